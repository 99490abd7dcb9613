"""The hub's memory stays bounded under the attacks of security findings 1 and 2: `pumpurs-hub
serve` runs in a child process limited to 512 MiB of address space; a holder of a school's
key sends the oversized shapes (deep, long, many values, a decompression bomb, a manifest
declaring too many records) and then 200 stalled connections are held open (silent, heads
dribbled, uploads stalled after 1 MiB of a 30 MiB body) — and the hub keeps serving a real
school: its upload is accepted while the stalled uploads are still open."""

from __future__ import annotations

import os
import resource
import socket
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.hub.api_auth import sign_request
from app.hub.hub import Hub
from app.sync.limits import (
    MAX_JSON_DEPTH,
    MAX_JSON_STRING_BYTES,
    MAX_JSON_VALUES,
    MAX_PAYLOAD_PLAIN_BYTES,
    MAX_PAYLOAD_RECORDS,
)
from tests.builders.hub import TestSchool, new_id, upsert
from tests.builders.hub_http import UPLOAD, _student, post
from tests.builders.hub_payloads import signed_bundle

LIMIT = 512 * 1024 * 1024
ROOT = Path(__file__).resolve().parents[2]
WAIT = 120  # a safety net for a hub that never answers, not a limit being tested
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS and /proc")


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def _env() -> dict[str, str]:
    return {**os.environ, "MALLOC_ARENA_MAX": "2"}  # glibc reserves 64 MiB per thread else


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def limited_hub(db_url: str, keys: Path, log: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    port = _free_port()
    command = [sys.executable, "-m", "app.hub.cli", "serve", "--db", db_url, "--keys",
               str(keys), "--host", "127.0.0.1", "--port", str(port)]
    with log.open("w") as out:
        child = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT,
                                 env=_env(), preexec_fn=_limited)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline and child.poll() is None:
            try:
                if httpx.get(base + "/api/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        assert child.poll() is None, log.read_text()
        yield base, child
    finally:
        child.terminate()
        child.wait(timeout=30)


def _peak_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


def _one_student(**data: Any) -> dict[str, list[dict[str, Any]]]:
    return {"student": [upsert(new_id(), status="active", grade=3, **data)]}


def _attacks(school: TestSchool) -> dict[str, bytes]:
    nested: Any = 0
    for _ in range(MAX_JSON_DEPTH + 1):
        nested = [nested]
    deflater = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    bomb = [deflater.compress(b'{"records":{},"schema_version":1}')]
    bomb += [deflater.compress(chunk) for _ in range(MAX_PAYLOAD_PLAIN_BYTES // len(chunk) + 1)]
    empty = zlib.compress(b'{"records":{},"schema_version":1}')
    return {
        "deep": school.bundle(_one_student(notes=nested), advance=False).data,
        "long string": school.bundle(_one_student(notes="a" * (MAX_JSON_STRING_BYTES + 1)),
                                     advance=False).data,
        "many values": school.bundle(_one_student(notes=[0] * MAX_JSON_VALUES),
                                     advance=False).data,
        "bomb": signed_bundle(school, b"".join(bomb) + deflater.flush(), {}),
        "declared records": signed_bundle(school, empty, {"student": MAX_PAYLOAD_RECORDS + 1}),
    }


def _stalled_upload(base: str, school: TestSchool) -> socket.socket:
    """An authenticated upload declaring 30 MiB that sends 1 MiB and then nothing."""
    body = os.urandom(1024 * 1024)
    declared = 30 * 1024 * 1024
    headers = sign_request(school.signing, "POST", UPLOAD, body, school.school_id,
                           school.key_id)
    lines = [f"POST {UPLOAD} HTTP/1.1", "Host: hub", "Content-Type: application/octet-stream",
             f"Content-Length: {declared}", *(f"{k}: {v}" for k, v in headers.items())]
    conn = _connect(base)
    conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body)
    return conn


def _connect(base: str) -> socket.socket:
    host, port = base.removeprefix("http://").split(":")
    return socket.create_connection((host, int(port)), timeout=WAIT)


def _closed_by_hub(conn: socket.socket) -> bool:
    """True when the hub closes (or resets) the connection; False if it is still open after
    WAIT seconds."""
    try:
        while conn.recv(65536):
            pass
    except TimeoutError:
        return False
    except OSError:  # reset by the hub
        pass
    return True


def test_the_limit_is_real() -> None:
    """The same limit stops a child that allocates more than it: the guard bites."""
    grab = subprocess.run([sys.executable, "-c", "b = bytearray(600 * 1024 * 1024)"],
                          env=_env(), preexec_fn=_limited, capture_output=True, text=True)
    assert grab.returncode != 0 and "MemoryError" in grab.stderr


def test_the_hub_stays_bounded_and_keeps_serving_a_real_school(
        db_url: str, keys_dir: Path, hub: Hub, school: TestSchool, tmp_path: Path) -> None:
    attacks = _attacks(school)
    log = tmp_path / "hub.log"
    with limited_hub(db_url, keys_dir, log) as (base, child), ExitStack() as held:
        for name, data in attacks.items():
            reply = post(base, school, data)
            assert reply.json()["status"] == "rejected", (name, reply.text)
            assert child.poll() is None, (name, log.read_text())
        silent = [held.enter_context(_connect(base)) for _ in range(80)]
        dribbling = [held.enter_context(_connect(base)) for _ in range(80)]
        for conn in dribbling:
            conn.sendall(b"POST /api/v1/bundles HTTP/1.1\r\nHost: hub\r\n")
        uploads = [held.enter_context(_stalled_upload(base, school)) for _ in range(40)]
        for conn in silent + dribbling:  # the hub closes heads that never complete
            assert _closed_by_hub(conn)
        real = post(base, school, school.bundle(_student()).data)
        assert real.status_code == 200 and real.json()["status"] == "accepted", real.text
        assert len(uploads) == 40 and child.poll() is None
        peak = _peak_mib(child.pid)
        print(f"hub peak resident memory {peak:.0f} MiB under a {LIMIT >> 20} MiB limit")
        assert peak < LIMIT >> 20
    assert "MemoryError" not in log.read_text()
