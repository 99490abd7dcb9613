"""The HTTPS transport (httpx): one bundle per request, signed requests, retries with backoff.

Every request carries the headers of the sync API: the school id, its key id, the time and an
Ed25519 signature over method, path, time and the body's SHA-256 (the hub accepts ±300 s).
- A network error or a 5xx answer is retried with exponential backoff (`attempts`, `backoff`);
  after the last attempt the call raises SyncError(kind="network"), and the caller backs off
  that one bundle and moves on.
- 401/403 raises SyncError(kind="auth") at once: a person must look (enrolment, revoked key,
  the PC's clock).
- 408 (the body came too slowly) and 429 (too many uploads from this school lately) are
  passing: SyncError(kind="network") at once, so the bundle is kept and sent later, never
  marked rejected.
- 409 → UploadResult("conflict"), 400/413/422 and other 4xx → UploadResult("rejected"), with
  the hub's reason.
- Downlinks are read as a stream and refused beyond the bundle size limit.
The hub is idempotent by bundle id, so resending after a dropped connection is always safe.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.errors import SyncError, SyncErrorKind
from app.sync.keys import b64url_encode, key_id
from app.sync.limits import MAX_BUNDLE_BYTES, check_declared_size
from app.sync.transport import UploadResult, UploadStatus

UPLOAD_PATH = "/api/v1/bundles"
DOWNLINK_PATH = "/api/v1/downlink"


def request_signature(signing_key: Ed25519PrivateKey, method: str, path: str, when: int,
                      body: bytes) -> str:
    message = f"{method}\n{path}\n{when}\n{hashlib.sha256(body).hexdigest()}".encode("ascii")
    return b64url_encode(signing_key.sign(message))


class HttpTransport:
    def __init__(
        self, base_url: str, *, school_id: str, signing_key: Ed25519PrivateKey,
        client: httpx.Client | None = None, attempts: int = 4, backoff: float = 0.5,
        sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.time,
        timeout: float = 30.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.school_id = school_id
        self.signing_key = signing_key
        self.client = client or httpx.Client(timeout=timeout)
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.sleep = sleep
        self.clock = clock

    def close(self) -> None:
        self.client.close()

    def _headers(self, method: str, path: str, body: bytes) -> dict[str, str]:
        when = int(self.clock())
        return {
            "X-Pumpurs-School": self.school_id,
            "X-Pumpurs-Key": key_id(self.signing_key.public_key()),
            "X-Pumpurs-Time": str(when),
            "X-Pumpurs-Signature": request_signature(self.signing_key, method, path, when, body),
        }

    def _with_retries(self, call: Callable[[], Any]) -> Any:
        error = ""
        for attempt in range(self.attempts):
            if attempt:
                self.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                result = call()
            except httpx.TransportError as exc:
                error = f"{type(exc).__name__}: {exc}"[:300]
                continue
            if isinstance(result, httpx.Response) and result.status_code >= 500:
                error = f"HTTP {result.status_code}"
                continue
            return result
        raise SyncError("sync_school.network", kind=SyncErrorKind.NETWORK, url=self.base_url,
                        error=error)

    @staticmethod
    def _reason(response: httpx.Response) -> str | None:
        try:
            body = response.json()
        except ValueError:
            return None
        reason = body.get("reason") if isinstance(body, dict) else None
        return str(reason)[:500] if reason is not None else None

    def _check_auth(self, response: httpx.Response) -> None:
        if response.status_code in (401, 403):
            raise SyncError("sync_school.auth_failed", kind=SyncErrorKind.AUTH, url=self.base_url,
                            reason=self._reason(response) or str(response.status_code))

    def upload(self, data: bytes, *, seq: int) -> UploadResult:
        def post() -> httpx.Response:
            return self.client.post(
                self.base_url + UPLOAD_PATH, content=data,
                headers={**self._headers("POST", UPLOAD_PATH, data),
                         "Content-Type": "application/octet-stream"},
            )

        response: httpx.Response = self._with_retries(post)
        self._check_auth(response)
        code, reason = response.status_code, self._reason(response)
        if code in (408, 429):
            raise SyncError("sync_school.hub_busy", kind=SyncErrorKind.NETWORK,
                            url=self.base_url, reason=reason or f"HTTP {code}",
                            seconds=response.headers.get("Retry-After", "60")[:10])
        if code == 200:
            status = response.json().get("status")
            if status in (UploadStatus.ACCEPTED, UploadStatus.DUPLICATE, UploadStatus.HELD):
                return UploadResult(UploadStatus(status), reason, code)
            return UploadResult(UploadStatus.REJECTED, reason or f"status {status}", code)
        if code == 409:
            return UploadResult(UploadStatus.CONFLICT, reason, code)
        if code == 413:
            return UploadResult(UploadStatus.REJECTED, reason or "sync.too_large", code)
        return UploadResult(UploadStatus.REJECTED, reason or f"HTTP {code}", code)

    def fetch_downlink(self, after: int) -> bytes | None:
        path = f"{DOWNLINK_PATH}?after={after}"

        def get() -> tuple[int, bytes] | httpx.Response:
            headers = self._headers("GET", path, b"")
            with self.client.stream("GET", self.base_url + path, headers=headers) as response:
                if response.status_code != 200:
                    response.read()
                    return response
                length = response.headers.get("Content-Length")
                check_declared_size(
                    int(length) if length and length.isascii() and length.isdigit() else None)
                chunks, total = [], 0
                for chunk in response.iter_bytes():
                    total += len(chunk)
                    if total > MAX_BUNDLE_BYTES:
                        raise SyncError("sync.too_large_stream", kind=SyncErrorKind.TOO_LARGE,
                                        limit=MAX_BUNDLE_BYTES)
                    chunks.append(chunk)
                return 200, b"".join(chunks)

        result = self._with_retries(get)
        if isinstance(result, tuple):
            return result[1]
        self._check_auth(result)
        if result.status_code == 204:
            return None
        raise SyncError("sync_school.downlink_http", kind=SyncErrorKind.REJECTED,
                        status=result.status_code, reason=self._reason(result) or "")

    def health(self) -> dict[str, Any]:
        response: httpx.Response = self._with_retries(
            lambda: self.client.get(self.base_url + "/api/v1/health"))
        return dict(response.json())
