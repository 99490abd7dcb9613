"""Cells of the hub's CSV exports, safe to open in a spreadsheet.

Text a school sent (its name, a programme, a measure code) could start with `=`, `+`, `-`,
`@`, a tab or a carriage return, which Excel and LibreOffice read as a formula (CSV/formula
injection: `=HYPERLINK(…)`, `=cmd|…`). Such a text cell gets a leading apostrophe, which the
spreadsheet shows as text. Numbers stay numbers: an int, or a text that is only a number
("-12", "-3.50"), is written as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START) \
            and _NUMBER.fullmatch(value) is None:
        return "'" + value
    return value


def safe_row(values: Iterable[Any]) -> list[Any]:
    return [safe_cell(v) for v in values]
