"""Over real HTTP on loopback (raw sockets): an upload's auth headers are checked before its
body is read, a body that stalls is cut off, and `pumpurs-hub serve`'s uvicorn settings cap
the connections (security finding 2)."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

from app.hub.api import create_app
from app.hub.api_auth import sign_request
from app.hub.hub import Hub
from app.hub.serve import serve_config
from tests.builders.hub import TestSchool
from tests.builders.hub_http import UPLOAD, _read_reply
from tests.builders.hub_serve import serve

WAIT = 120  # a safety net for a hub that never answers, not a limit being tested


def _head(base: str, length: int, headers: dict[str, str]) -> bytes:
    lines = [f"POST {UPLOAD} HTTP/1.1", f"Host: {urlsplit(base).netloc}",
             "Content-Type: application/octet-stream", f"Content-Length: {length}"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")


def _connect(base: str) -> socket.socket:
    parts = urlsplit(base)
    return socket.create_connection((parts.hostname, parts.port), timeout=WAIT)


def _closed(conn: socket.socket) -> bool:
    while True:
        data = conn.recv(65536)
        if not data:
            return True


def _rest(conn: socket.socket) -> bytes:
    """Whatever the hub still sends until it closes (or resets) the connection."""
    data = b""
    while True:
        try:
            chunk = conn.recv(65536)
        except OSError:
            return data
        if not chunk:
            return data
        data += chunk


def test_an_unauthenticated_upload_is_refused_before_its_body(server: str) -> None:
    """1 MB declared and not a byte sent: 401 comes at once, the body is never waited for."""
    with _connect(server) as conn:
        conn.sendall(_head(server, 1_000_000, {"X-Pumpurs-School": "anyone"}))
        reply = _read_reply(conn)
        assert reply.startswith("HTTP/1.1 401") and "hub.auth_missing" in reply
        assert _closed(conn)


def test_a_stalled_body_is_cut_off(hub: Hub, school: TestSchool) -> None:
    body = b"\0" * 1000
    headers = sign_request(school.signing, "POST", UPLOAD, body, school.school_id,
                           school.key_id)
    with serve(create_app(hub=hub, body_timeout=0.5)) as base, _connect(base) as conn:
        conn.sendall(_head(base, len(body), headers) + body[:100])  # and then nothing
        reply = _read_reply(conn)
        assert reply.startswith("HTTP/1.1 408") and "hub.body_timeout" in reply
        assert "savienojums tika pārtraukts" in reply
        assert _closed(conn)


def test_serve_caps_the_connections(hub: Hub) -> None:
    app = create_app(hub=hub)
    # uvicorn counts the connection asking too: with a cap of 3, two others may be open
    config = serve_config(app, "127.0.0.1", 0, log_level="warning", max_connections=3,
                          keep_alive=WAIT)
    health = b"GET /api/v1/health HTTP/1.1\r\nHost: hub\r\n\r\n"
    with serve(app, config) as base, _connect(base) as one, _connect(base) as two:
        for conn in (one, two):  # both connections open and kept alive
            conn.sendall(health)
            assert _read_reply(conn).startswith("HTTP/1.1 200")
        with _connect(base) as third:
            third.sendall(health)
            assert _read_reply(third).startswith("HTTP/1.1 503")


def test_serve_closes_a_connection_whose_head_never_completes(hub: Hub) -> None:
    """Silent, or the request line and headers dribbled and then nothing: closed, not kept."""
    app = create_app(hub=hub)
    config = serve_config(app, "127.0.0.1", 0, log_level="warning", head_timeout=0.5)
    with serve(app, config) as base:
        with _connect(base) as silent:
            assert _closed(silent)
        with _connect(base) as dribbling:
            dribbling.sendall(b"POST /api/v1/bundles HTTP/1.1\r\nHost: hub\r\n")
            assert _closed(dribbling)
        with _connect(base) as kept:  # an ordinary request on the same server still works
            kept.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: hub\r\n\r\n")
            assert _read_reply(kept).startswith("HTTP/1.1 200")


def test_a_body_dribbled_past_the_total_deadline_is_cut_off(
        hub: Hub, school: TestSchool) -> None:
    """Every chunk in time, but the whole body not: one byte at a time until the hub closes."""
    body = b"\0" * 100_000
    headers = sign_request(school.signing, "POST", UPLOAD, body, school.school_id,
                           school.key_id)
    app = create_app(hub=hub, body_timeout=60, body_total_timeout=1)
    with serve(app) as base, _connect(base) as conn:
        conn.sendall(_head(base, len(body), headers))
        conn.settimeout(0.05)
        reply = b""
        for i in range(len(body)):  # ends long before the body does
            try:
                conn.sendall(body[i:i + 1])
                reply += conn.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                break
            if b"\r\n\r\n" in reply:
                break
        conn.settimeout(WAIT)
        reply += _rest(conn)  # the reply's body may come in a later packet than its head
        assert reply.startswith(b"HTTP/1.1 408") and b"hub.body_timeout" in reply
