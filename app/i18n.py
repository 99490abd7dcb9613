"""Message catalogue for text produced outside Qt (errors, command line, reports).

Qt widgets use Qt's own translation (`self.tr`, .ts files); services and the command line
render message keys from `resources/i18n/messages/<lang>/*.json` (one file per feature,
merged). Latvian is the default. A key missing from a catalogue is a defect that
`tests/unit/test_i18n.py` catches.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from functools import cache
from typing import Any

from app.formatting import format_date, format_datetime
from app.paths import resource_path

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

DEFAULT_LANGUAGE = "lv"
LANGUAGES = ("lv", "en")


@cache
def catalogue(lang: str) -> dict[str, str]:
    data: dict[str, str] = {}
    for path in sorted(resource_path("i18n", "messages", lang).glob("*.json")):
        with path.open(encoding="utf-8") as fh:
            data.update(json.load(fh))
    return data


def render(key: str, lang: str = DEFAULT_LANGUAGE, **params: Any) -> str:
    """The sentence for `key` in `lang`, with `{name}` placeholders filled from `params`."""
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    template = catalogue(lang).get(key) or catalogue(DEFAULT_LANGUAGE).get(key) or key
    try:
        return template.format(**{name: shown(value, lang) for name, value in params.items()})
    except (KeyError, IndexError):
        return template


def plural_lv(n: int, one: str, many: str, zero: str) -> str:
    """Latvian has three plural slots: 1, 21, 31… take `one`; 0, 10–20, 30… take `zero`."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if n % 10 == 0 or 11 <= n % 100 <= 19:
        return zero
    return many


def shown(value: Any, lang: str = DEFAULT_LANGUAGE) -> Any:
    """A date in a sentence reads as people write it, "03.12.2026", whether it came as a date
    or as the ISO text an audit entry or a problem carries; a name given in both languages
    ({"lv": "Ēdināšana", "en": "Meals"}) is said in the reader's; anything else is left as it
    is."""
    if isinstance(value, dict) and DEFAULT_LANGUAGE in value:
        return value.get(lang, value[DEFAULT_LANGUAGE])
    if isinstance(value, datetime):
        return format_datetime(value) if value.tzinfo else value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    return value
