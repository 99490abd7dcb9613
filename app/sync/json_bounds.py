"""A cheap look at JSON bytes before they are parsed: nesting depth, string sizes, values.

Parsing turns every byte of JSON into Python objects that weigh ten to fifty times as much
(`[[],[],…]` costs a list of 56 B for every three bytes), so a small, highly compressible
payload could exhaust memory before its shape is checked. `check_json_bounds` refuses such a
text first, from the bytes alone and without building a single object:

- values: an upper bound from the commas and brackets (each value but the first of a
  container follows a comma), counted in C;
- depth and string length: one regular-expression pass over the strings and brackets only.

The bounds (`app.sync.limits`) are far above what a real school sends; see docs/hub_limits.md.
"""

from __future__ import annotations

import re

from app.errors import SyncError

_TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')
_QUOTE, _OPENERS = ord('"'), (ord("["), ord("{"))


def value_bound(data: bytes) -> int:
    """At least the number of JSON values (and keys) in `data`."""
    return data.count(b",") + data.count(b"[") + data.count(b"{") + 1


def check_json_bounds(data: bytes, *, max_depth: int, max_string: int, max_values: int) -> None:
    """SyncError(kind="too_large") if `data` nests deeper, holds a longer string or more
    values than allowed. Malformed JSON is left to the parser that follows."""
    values = value_bound(data)
    if values > max_values:
        raise SyncError("sync.payload_too_many_values", kind="too_large", limit=max_values)
    depth = 0
    for match in _TOKEN.finditer(data):
        start = match.start()
        first = data[start]
        if first == _QUOTE:
            if match.end() - start - 2 > max_string:
                raise SyncError("sync.payload_string_too_long", kind="too_large",
                                limit=max_string)
        elif first in _OPENERS:
            depth += 1
            if depth > max_depth:
                raise SyncError("sync.payload_too_deep", kind="too_large", limit=max_depth)
        else:
            depth -= 1
