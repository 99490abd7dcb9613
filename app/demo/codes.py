"""Personal codes for demo pupils, valid by the rules in product.md.

Old format `DDMMYY-CNNNZ` (C: 0 = 1800s, 1 = 1900s, 2 = 2000s; Z a check digit over the first
ten digits with weights 1,6,3,7,9,10,5,8,4,2: (1101 − sum) mod 11 mod 10). Codes issued since
1 July 2017 use the new format: eleven digits, `3`, a digit 2–9, nine more digits, no date.
"""

from __future__ import annotations

import random
from datetime import date

WEIGHTS = (1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
NEW_FORMAT_SINCE = date(2017, 7, 1)


def check_digit(first_ten: str) -> int:
    total = sum(int(d) * w for d, w in zip(first_ten, WEIGHTS, strict=True))
    return (1101 - total) % 11 % 10


def old_code(birth: date, serial: int) -> str:
    """`DDMMYY-CNNNZ` for `birth` with the three-digit `serial` and its check digit."""
    century = {18: "0", 19: "1", 20: "2"}[birth.year // 100]
    ten = f"{birth:%d%m%y}{century}{serial:03d}"
    return f"{ten[:6]}-{ten[6:]}{check_digit(ten)}"


def new_code(rng: random.Random) -> str:
    digits = f"3{rng.randint(2, 9)}{rng.randint(0, 999_999_999):09d}"
    return f"{digits[:6]}-{digits[6:]}"


def personal_code(rng: random.Random, birth: date, taken: set[str],
                  *, switched: bool = False) -> str:
    """A code not in `taken` (and added to it): old format for births before July 2017,
    unless the family `switched` to a new-format code (allowed since 2017)."""
    while True:
        if birth < NEW_FORMAT_SINCE and not switched:
            code = old_code(birth, rng.randint(0, 999))
        else:
            code = new_code(rng)
        if code not in taken:
            taken.add(code)
            return code
