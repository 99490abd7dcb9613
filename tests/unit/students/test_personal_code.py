"""Latvian personal codes: named examples and properties over generated codes."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.services.students.personal_code import parse_personal_code

TODAY = date(2026, 9, 15)
REF_WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def reference_is_valid(digits: str) -> bool:
    """An independent statement of the rules in product.md, for comparison."""
    if digits[0] == "3" and int(digits[1]) >= 2:
        return True  # new format: no date, no check digit
    if digits[6] not in "012":
        return False
    year = {"0": 1800, "1": 1900, "2": 2000}[digits[6]] + int(digits[4:6])
    try:
        born = date(year, int(digits[2:4]), int(digits[0:2]))
    except ValueError:
        return False
    if born > TODAY:
        return False
    total = 0
    for i in range(10):
        total += REF_WEIGHTS[i] * int(digits[i])
    return (1101 - total) % 11 % 10 == int(digits[10])


def make_old(born: date, serial: int) -> str:
    century = {18: "0", 19: "1", 20: "2"}[born.year // 100]
    first = f"{born:%d%m}{born.year % 100:02d}{century}{serial:03d}"
    total = sum(w * int(d) for w, d in zip(REF_WEIGHTS, first, strict=True))
    return f"{first[:6]}-{first[6:]}{(1101 - total) % 11 % 10}"


def problem(text: str) -> ValidationError:
    with pytest.raises(ValidationError) as exc:
        parse_personal_code(text, today=TODAY)
    assert exc.value.fields == ["personal_code"]
    assert exc.value.text("lv").startswith("Personas kods: ")
    assert exc.value.text("en").startswith("Personal code: ")
    return exc.value


# --- named examples ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "normalised", "born"), [
    ("120314-21237", "120314-21237", date(2014, 3, 12)),
    ("12031421237", "120314-21237", date(2014, 3, 12)),
    ("  120314-21237 \n", "120314-21237", date(2014, 3, 12)),
    ("310199-10007", "310199-10007", date(1999, 1, 31)),  # starts with 31: a date, not new
    ("290200-20009", "290200-20009", date(2000, 2, 29)),  # 2000 is a leap year
    ("010185-02995", "010185-02995", date(1885, 1, 1)),
    ("150590-10020", "150590-10020", date(1990, 5, 15)),  # check value 10 is written 0
])
def test_old_format_examples(text: str, normalised: str, born: date) -> None:
    code = parse_personal_code(text, today=TODAY)
    assert (code.normalised, code.format, code.birth_date) == (normalised, "old", born)


@pytest.mark.parametrize("text", ["320000-00000", "32000000000", " 399999-99999 ", "351234-56789"])
def test_new_format_examples_have_no_birth_date(text: str) -> None:
    code = parse_personal_code(text, today=TODAY)
    assert code.format == "new"
    assert code.birth_date is None
    assert code.normalised == text.strip().replace("-", "")[:6] + "-" + text.strip()[-5:]


@pytest.mark.parametrize(("text", "lv_part", "en_part"), [
    ("120314-21238", "kontrolcipars nesakrīt", "check digit does not match"),
    ("120314-31237", "septītajam ciparam", "seventh digit"),
    ("290200-10009", "nav īsts datums", "not a real date"),  # 1900 was not a leap year
    ("300000-10000", "300000", "300000"),  # 30th of month 00
    ("010199-29994", "nākotnē", "future"),  # 2099
    ("1203142123", "ievadīti 10", "10 were entered"),
    ("120314-212370", "ievadīti 12", "12 were entered"),
    ("", "ievadīti 0", "0 were entered"),
    ("12031-421237", "defisei", "hyphen"),
    ("120314--21237", "defisei", "hyphen"),
    ("12O314-21237", "tikai cipari", "only digits"),
    ("120314 21237", "tikai cipari", "only digits"),
    ("١٢٠٣١٤-٢١٢٣٧", "tikai cipari", "only digits"),  # Arabic-Indic digits are not digits here
])
def test_each_problem_has_its_own_message(text: str, lv_part: str, en_part: str) -> None:
    err = problem(text)
    assert lv_part in err.text("lv")
    assert en_part in err.text("en")


def test_the_check_digit_message_is_the_house_example() -> None:
    err = problem("120314-21238")
    assert err.text("lv") == "Personas kods: kontrolcipars nesakrīt — pārbaudiet ciparus."
    assert err.text("en") == "Personal code: the check digit does not match — check the digits."


# --- properties -------------------------------------------------------------------------

real_dates = st.dates(min_value=date(1800, 1, 1), max_value=TODAY)
serials = st.integers(min_value=0, max_value=999)


@given(born=real_dates, serial=serials, hyphen=st.booleans(),
       pad=st.sampled_from(["", " ", "\t", "  \n"]))
def test_every_valid_old_code_is_accepted_and_normalised(born: date, serial: int,
                                                         hyphen: bool, pad: str) -> None:
    code = make_old(born, serial)
    typed = code if hyphen else code.replace("-", "")
    parsed = parse_personal_code(pad + typed + pad, today=TODAY)
    assert parsed.normalised == code
    assert parsed.format == "old"
    assert parsed.birth_date == born


@given(born=real_dates, serial=serials, position=st.integers(0, 10),
       digit=st.integers(0, 9))
@example(born=date(1990, 5, 15), serial=2, position=10, digit=1)
def test_a_single_changed_digit_is_accepted_only_when_the_rules_allow(
        born: date, serial: int, position: int, digit: int) -> None:
    digits = make_old(born, serial).replace("-", "")
    changed = digits[:position] + str(digit) + digits[position + 1:]
    try:
        parsed = parse_personal_code(changed, today=TODAY)
    except ValidationError as exc:
        assert exc.fields == ["personal_code"]
        assert not reference_is_valid(changed)
    else:
        assert reference_is_valid(changed)
        assert parsed.normalised == f"{changed[:6]}-{changed[6:]}"


@given(born=real_dates, serial=serials, position=st.integers(0, 9), delta=st.integers(1, 9))
def test_a_changed_digit_before_the_check_digit_is_caught_unless_0_and_10_collide(
        born: date, serial: int, position: int, delta: int) -> None:
    digits = make_old(born, serial).replace("-", "")
    new_digit = (int(digits[position]) + delta) % 10
    changed = digits[:position] + str(new_digit) + digits[position + 1:]
    total = sum(w * int(d) for w, d in zip(REF_WEIGHTS, changed[:10], strict=True))
    old_total = sum(w * int(d) for w, d in zip(REF_WEIGHTS, digits[:10], strict=True))
    collide = {(1101 - total) % 11, (1101 - old_total) % 11} == {0, 10}
    if changed[0] == "3" and changed[1] in "23456789":
        return  # became a new-format code, which has no check digit
    if not collide:
        with pytest.raises(ValidationError):
            parse_personal_code(changed, today=TODAY)


@given(rest=st.text(alphabet="0123456789", min_size=9, max_size=9),
       second=st.sampled_from("23456789"), hyphen=st.booleans())
def test_new_format_codes_are_accepted_and_never_give_a_birth_date(
        rest: str, second: str, hyphen: bool) -> None:
    digits = "3" + second + rest
    typed = f"{digits[:6]}-{digits[6:]}" if hyphen else digits
    parsed = parse_personal_code(typed, today=TODAY)
    assert parsed.format == "new"
    assert parsed.birth_date is None
    assert parsed.normalised == f"{digits[:6]}-{digits[6:]}"


@given(st.text(max_size=30))
@example("")
@example("-")
@example("32-")
@example("999999-99999")
def test_junk_never_crashes_only_validation_errors(text: str) -> None:
    try:
        parsed = parse_personal_code(text, today=TODAY)
    except ValidationError as exc:
        assert exc.fields == ["personal_code"]
        assert exc.text("lv").startswith("Personas kods: ")
        assert exc.text("en").startswith("Personal code: ")
    else:
        assert len(parsed.normalised) == 12
        assert reference_is_valid(parsed.normalised.replace("-", ""))
