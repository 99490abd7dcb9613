"""Reading an upload's body: as a stream, bounded in size and in time as the bytes arrive.

The size limit is enforced chunk by chunk (413 as soon as it is exceeded, never buffering
more than the limit), and every chunk must arrive within `chunk_timeout` seconds, so a client
that sends its body slowly or stalls (slow loris) is cut off (408) instead of holding a
connection and its buffer for ever; the whole body must arrive within `total_timeout`, so
one byte every 29 seconds does not hold it either. See docs/hub_limits.md.
"""

from __future__ import annotations

import asyncio

from fastapi import Request

BODY_CHUNK_TIMEOUT = 30.0
"""Seconds the hub waits for the next chunk of a body (nginx's client_body_timeout)."""
BODY_TOTAL_TIMEOUT = 300.0
"""Seconds for a whole body: a real bundle (≤ 4 MB) at 14 KB/s; 32 MiB at 110 KB/s."""


class BodyTooLarge(Exception):
    pass


class BodyStalled(Exception):
    pass


def declared_too_large(declared: str | None, limit: int) -> bool:
    """True if a Content-Length is not a plain number or is over `limit`."""
    if declared is None:
        return False
    return not (declared.isascii() and declared.isdigit()) or int(declared) > limit


async def read_body(request: Request, limit: int, chunk_timeout: float,
                    total_timeout: float = BODY_TOTAL_TIMEOUT) -> bytes:
    """The whole body; `BodyTooLarge` past `limit` bytes, `BodyStalled` if a chunk is late
    or the whole body takes longer than `total_timeout`."""
    chunks: list[bytes] = []
    total = 0
    stream = request.stream().__aiter__()
    loop = asyncio.get_running_loop()
    deadline = loop.time() + total_timeout
    while True:
        wait = min(chunk_timeout, deadline - loop.time())
        try:
            if wait <= 0:
                raise TimeoutError
            chunk = await asyncio.wait_for(stream.__anext__(), wait)
        except StopAsyncIteration:
            return b"".join(chunks)
        except TimeoutError:
            raise BodyStalled from None
        total += len(chunk)
        if total > limit:
            raise BodyTooLarge
        chunks.append(chunk)
