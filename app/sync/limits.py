"""Size limits of the protocol, checked before anything is read into memory.

A school's upload for a term is a few hundred kilobytes; the limits leave a wide margin and
still stop a hostile or broken file long before it can exhaust memory.
"""

from __future__ import annotations

from typing import BinaryIO

from app.errors import SyncError

MAX_BUNDLE_BYTES = 32 * 1024 * 1024
"""A whole bundle file (the HTTP body, the file on a USB stick)."""

MAX_MANIFEST_BYTES = 64 * 1024
"""manifest.json."""

MAX_SIGNATURE_BYTES = 512
"""manifest.sig (a single short line)."""

MAX_PAYLOAD_PLAIN_BYTES = 64 * 1024 * 1024
"""The decompressed payload JSON; zlib output beyond this is never produced. The large
benchmark school's whole outbox in one bundle (83,705 records) is 23.6 MB (docs/hub_limits.md)."""

MAX_PAYLOAD_RECORDS = 250_000
"""Records in one bundle (the sum of the signed manifest's `counts`), checked before decrypting;
the school app puts at most 5,000 in a bundle."""

MAX_JSON_VALUES = 2_500_000
"""An upper bound of the JSON values and keys in a payload (commas + brackets), checked on the
bytes before parsing: what the parsed objects weigh grows with it (the large school: 921,000)."""

MAX_JSON_DEPTH = 16
"""Nesting of arrays and objects in a payload (a real one: 6)."""

MAX_JSON_STRING_BYTES = 256 * 1024
"""One JSON string of a payload, escapes included (a real one: at most 96 B; a comment of a
decision at most 10,000 characters)."""

MAX_COUNT_KEYS = 100
"""Entries in a manifest's `counts`."""


def check_declared_size(size: int | None, max_size: int = MAX_BUNDLE_BYTES) -> None:
    """Refuse a body whose declared size (Content-Length) is over the limit, before reading it."""
    if size is not None and size > max_size:
        raise SyncError("sync.too_large", kind="too_large", size=size, limit=max_size)


def read_bounded(stream: BinaryIO, max_size: int = MAX_BUNDLE_BYTES) -> bytes:
    """Read a stream, refusing it as soon as it holds more than `max_size` bytes."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(65536, max_size + 1 - total))
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > max_size:
            raise SyncError("sync.too_large_stream", kind="too_large", limit=max_size)
        chunks.append(chunk)
