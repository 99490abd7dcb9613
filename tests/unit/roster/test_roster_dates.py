"""The roster's quick reading of "dd.mm.yyyy" dates agrees with `strptime` on every text."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from app.services.roster.row_values import DATE_FORMATS, parse_date


def _by_strptime(text: str) -> date | None:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


digits = st.text("0123456789", min_size=0, max_size=5)


@given(digits, digits, digits, st.sampled_from(["", ".", " ", ".."]))
def test_dotted_dates_read_as_strptime_reads_them(d: str, m: str, y: str, end: str) -> None:
    text = f"{d}.{m}.{y}{end}"
    assert parse_date(text) == _by_strptime(text)


@given(st.text(max_size=14))
def test_any_text_reads_as_strptime_reads_it(text: str) -> None:
    assert parse_date(text) == _by_strptime(text)
