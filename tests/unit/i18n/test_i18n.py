"""Every message key exists in Latvian and English, and every key the code raises is known."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

from app.i18n import catalogue, plural_lv, render

APP = Path(__file__).resolve().parents[3] / "app"
# "some.key" string literals passed as the first argument of an error, FieldProblem or render.
KEY_USE = re.compile(
    r"(?:Error|Denied|NotFound|Conflict|Failed|FieldProblem\([^,]+,|render)\(\s*\"([a-z_]+\.[a-z0-9_.]+)\""
)


def test_latvian_and_english_have_the_same_keys() -> None:
    lv, en = catalogue("lv"), catalogue("en")
    assert sorted(set(lv) - set(en)) == []
    assert sorted(set(en) - set(lv)) == []


def test_no_empty_messages_and_placeholders_match() -> None:
    lv, en = catalogue("lv"), catalogue("en")
    for key, text in lv.items():
        assert text.strip(), key
        assert set(re.findall(r"{(\w+)}", text)) == set(re.findall(r"{(\w+)}", en[key])), key


def test_every_key_used_in_code_is_in_the_catalogue() -> None:
    used: set[str] = set()
    for path in APP.rglob("*.py"):
        used.update(KEY_USE.findall(path.read_text(encoding="utf-8")))
    assert used, "the scanner found no keys: the pattern is broken"
    missing = sorted(k for k in used if k not in catalogue("lv"))
    assert missing == []


def test_render_fills_parameters_and_falls_back_to_latvian() -> None:
    assert "student" in render("not_found", "en", entity="student")
    assert render("not_found", "xx", entity="x") == render("not_found", "lv", entity="x")


def test_latvian_plural_forms() -> None:
    forms = ("stunda", "stundas", "stundu")
    assert [plural_lv(n, *forms) for n in (1, 2, 10, 11, 21, 22, 111)] == [
        "stunda", "stundas", "stundu", "stundu", "stunda", "stundas", "stundu"
    ]



def test_dates_in_sentences_read_as_dd_mm_yyyy_in_both_languages() -> None:
    for lang in ("lv", "en"):
        for value in ("2026-12-03", date(2026, 12, 3)):
            text = render("assessment.assessed_on.future", lang, date=value)
            assert "03.12.2026" in text and "2026-12-03" not in text
    moment = datetime(2026, 12, 3, 12, 5, tzinfo=UTC)  # 14:05 in Riga
    assert "03.12.2026 14:05" in render("assessment.assessed_on.future", "lv", date=moment)
    assert "2026-13-45" in render("assessment.assessed_on.future", "lv", date="2026-13-45")


def test_a_name_given_in_both_languages_is_said_in_the_readers() -> None:
    meals = {"lv": "Ēdināšana", "en": "Meals"}
    assert "Ēdināšana" in render("support.expense_over_cap", "lv", measure=meals, semester="S",
                                 total="1", cap="2", spent="3", left="4")
    english = render("support.expense_over_cap", "en", measure=meals, semester="S",
                     total="1", cap="2", spent="3", left="4")
    assert "“Meals”" in english and "Ēdināšana" not in english
