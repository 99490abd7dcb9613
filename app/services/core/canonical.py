"""RFC 8785 canonical JSON for the audit trail, fast for the values the trail holds.

The audit trail hashes the canonical JSON of every entry (`audit`), thousands per roster
import. `rfc8785` is pure Python (~50 µs an entry); for JSON made of ASCII-keyed objects,
strings, integers within ±(2^53 − 1), booleans, null and lists, the standard library's
`json.dumps` with sorted keys, no spaces and raw UTF-8 writes the very same bytes (JCS sorts
keys by UTF-16 code units, which for ASCII keys is the code-point order `sort_keys` uses, and
escapes strings exactly as `json` does with `ensure_ascii=False`). Anything else — a float,
a non-ASCII key, a huge integer, a lone surrogate — goes to `rfc8785`, which also raises
where the standard says a value has no canonical form. A property test compares the two.
"""

from __future__ import annotations

import json
from typing import Any

import rfc8785

MAX_SAFE_INTEGER = 2**53 - 1


def _plain(value: Any) -> bool:
    """Exact types only (a `str` subclass such as an enum goes the careful way)."""
    kind = type(value)
    if kind is str or kind is bool or value is None:
        return True
    if kind is int:
        return -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER
    if kind is dict:
        return all(type(k) is str and k.isascii() and _plain(v) for k, v in value.items())
    if kind is list:
        return all(_plain(v) for v in value)
    return False


def canonical_json(value: Any) -> bytes:
    """The RFC 8785 bytes of `value`."""
    if _plain(value):
        try:
            return json.dumps(value, ensure_ascii=False, separators=(",", ":"),
                              sort_keys=True).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: let rfc8785 say what is wrong
            pass
    return rfc8785.dumps(value)
