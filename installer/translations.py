"""Qt translation files: update them from the sources, check them, compile them.

    python installer/translations.py update   # pyside6-lupdate app/ui → resources/i18n/*.ts
    python installer/translations.py check    # exit 1 if a string lacks a Latvian translation
    python installer/translations.py compile  # pyside6-lrelease → resources/i18n/*.qm

The English file mirrors the English source strings (so English is complete by
construction); Latvian translations are edited in resources/i18n/pumpurs_lv.ts (Qt Linguist
or any editor).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("lv", "en")


def tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))


def update(ts: Path | None = None, lang: str = "lv") -> Path:
    target = ts or I18N / f"pumpurs_{lang}.ts"
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-ts", str(target), "-no-obsolete",
                    "-target-language", "lv_LV" if lang == "lv" else "en_GB", "-silent"],
                   check=True)
    if lang == "en":
        _mirror_sources(target)
    return target


def _mirror_sources(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is not None and translation is not None:
            translation.text = source.text
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def untranslated(ts: Path) -> list[str]:
    """Source strings whose translation is missing or marked unfinished."""
    missing = []
    for message in ET.parse(ts).iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished") \
                or not (translation.text or "").strip():
            missing.append(source.text if source is not None and source.text else "?")
    return missing


def compile_all() -> None:
    for lang in LANGS:
        ts = I18N / f"pumpurs_{lang}.ts"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        for lang in LANGS:
            print(update(lang=lang))
    elif command == "compile":
        compile_all()
    elif command == "check":
        missing = untranslated(I18N / "pumpurs_lv.ts")
        for text in missing:
            print(f"not translated to Latvian: {text}")
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
