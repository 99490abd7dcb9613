"""Finding and ordering pupils by name the way a Latvian reader expects.

- `fold()` drops case and diacritics, so "berzins" finds "Bērziņš" and "ecere" finds "Ēcere".
- `latvian_sort_key()` orders as the Latvian alphabet does (CLDR "lv"): č, ģ, ķ, ļ, ņ, š, ž
  are letters of their own after c, g, k, l, n, s, z; long vowels ā, ē, ī, ū sort with their
  short vowels and only break ties; y sorts after i.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Protocol, TypeVar

OWN_LETTERS = frozenset("čģķļņšž")
AFTER_I = "y"


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower case without diacritics, whitespace collapsed: the form names are matched in."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split())


def _base(char: str) -> str:
    return fold(char) or char


@lru_cache(maxsize=16384)
def latvian_sort_key(text: str) -> tuple[tuple[tuple[str, int], ...], str, str]:
    """Primary letters (own Latvian letters after their base), then accents, then case."""
    lower = unicodedata.normalize("NFC", text.casefold())
    primary = []
    for char in lower:
        if char.isspace():
            continue
        if char in OWN_LETTERS:
            primary.append((_base(char), 1))
        elif char == AFTER_I:
            primary.append(("i", 2))
        else:
            primary.append((_base(char), 0))
    return tuple(primary), lower, text


class Named(Protocol):
    @property
    def first_name(self) -> str: ...

    @property
    def last_name(self) -> str: ...


N = TypeVar("N", bound=Named)


def matches(first_name: str, last_name: str, text: str) -> bool:
    """Every word of `text` occurs (folded) in the pupil's first or last name."""
    haystack = fold(f"{first_name} {last_name}")
    return all(word in haystack for word in fold(text).split())


def filter_by_name(rows: Iterable[N], text: str) -> list[N]:
    """The rows whose names match `text`; cheap enough to run on every keystroke."""
    if not text.strip():
        return list(rows)
    return [r for r in rows if matches(r.first_name, r.last_name, text)]


def sort_by_name(rows: Sequence[N]) -> list[N]:
    """Last name, then first name, in Latvian alphabetical order."""
    return sorted(rows, key=lambda r: (latvian_sort_key(r.last_name),
                                       latvian_sort_key(r.first_name)))
