from datetime import UTC, date, datetime

import pytest

from app.formatting import format_date, format_datetime, format_hours, format_money, parse_money


def test_money_reads_the_latvian_way() -> None:
    assert format_money(123456) == "1\u00a0234,56\u00a0€"
    assert format_money(5) == "0,05\u00a0€"
    assert format_money(123456, "en") == "€1,234.56"
    assert format_money(-2500) == "-25,00\u00a0€"


def test_hours_and_dates() -> None:
    assert format_hours(90) == "1\u00a0h\u00a030\u00a0min"
    assert format_hours(120) == "2\u00a0h"
    assert format_hours(50, "en") == "50\u00a0min"
    assert format_hours(265) == "4\u00a0h\u00a025\u00a0min"  # never "4,42 h"
    assert format_hours(0) == "0\u00a0h"
    assert format_hours(-30) == "−30\u00a0min"
    assert format_date(date(2026, 9, 1)) == "01.09.2026"
    # 12:05 UTC in November is 14:05 in Riga (EET, UTC+2).
    assert format_datetime(datetime(2026, 11, 23, 12, 5, tzinfo=UTC)) == "23.11.2026 14:05"


@pytest.mark.parametrize(("text", "cents"), [
    ("1 234,56", 123456), ("1234.5", 123450), ("12 €", 1200), ("0,05", 5),
    ("1\u00a0000", 100000),
])
def test_parse_money(text: str, cents: int) -> None:
    assert parse_money(text) == cents


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "1.234", "-5", "1e3"])
def test_parse_money_refuses_junk(text: str) -> None:
    with pytest.raises(ValueError):
        parse_money(text)


def test_amounts_as_typed_into_a_field() -> None:
    from app.formatting import format_amount

    assert format_amount(2500) == "25,00"
    assert format_amount(1850, "en") == "18.50"
    assert format_amount(-5) == "-0,05"
