"""A per-school rate limit on uploads: a token bucket in memory for every school id.

A bucket holds up to `burst` uploads and refills at `per_second`; an upload takes one token,
and when none is left the hub answers 429 with Retry-After (the seconds until the next token).
The defaults let a school send its first full upload (the large benchmark school: 15 bundles
in one sync run) at once and then one bundle every two seconds. The buckets live in the
process: a restart refills them, and several workers each keep their own (docs/hub_limits.md).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

UPLOAD_BURST = 60
UPLOADS_PER_SECOND = 0.5
MAX_SCHOOLS = 100_000
"""Buckets kept at most; past it the full (idle) ones are forgotten."""


@dataclass
class UploadRate:
    burst: float = UPLOAD_BURST
    per_second: float = UPLOADS_PER_SECOND
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self, school_id: str) -> float:
        """0 if `school_id` may upload now (one token taken); else the seconds to wait."""
        now = self.clock()
        with self._lock:
            tokens, since = self._buckets.get(school_id, (self.burst, now))
            tokens = min(self.burst, tokens + (now - since) * self.per_second)
            if tokens >= 1:
                if len(self._buckets) >= MAX_SCHOOLS:
                    self._forget_full(now)
                self._buckets[school_id] = (tokens - 1, now)
                return 0.0
            self._buckets[school_id] = (tokens, now)
        if self.per_second <= 0:
            return math.inf
        return (1 - tokens) / self.per_second

    def _forget_full(self, now: float) -> None:
        for school_id, (tokens, since) in list(self._buckets.items()):
            if tokens + (now - since) * self.per_second >= self.burst:
                del self._buckets[school_id]


def retry_after(wait: float) -> str:
    """The Retry-After header's whole seconds (at least 1)."""
    return str(max(1, min(86_400, math.ceil(wait)))) if math.isfinite(wait) else "86400"
