"""Names for the codes a school sends (risk signs, measure types and their caps), from the
catalogues bundled with the program (newest school year wins), as the hub's PDF does."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from app.paths import resource_path


@dataclass(frozen=True)
class Names:
    signs: dict[str, str]
    measures: dict[str, str]
    caps: dict[str, int]  # measure type code → cap in cents, where the catalogue has one


@cache
def names(lang: str) -> Names:
    signs: dict[str, str] = {}
    measures: dict[str, str] = {}
    caps: dict[str, int] = {}
    for path in sorted(resource_path("catalogue").glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            for category in data.get("categories", []):
                signs.update({g["code"]: g[f"name_{lang}"] for g in category.get("signs", [])})
            for m in data.get("measure_types", []):
                measures[m["code"]] = m[f"name_{lang}"]
                if isinstance(m.get("cap_cents"), int):
                    caps[m["code"]] = m["cap_cents"]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue
    return Names(signs, measures, caps)
