"""Malformed input over real HTTP is a 400 with a clear message, never a 500 (security
finding 3): a time header of a non-ASCII digit ("²" is a digit to str.isdigit, not to int)
and an `after` beyond any seq."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

import httpx

from app.hub.api_auth import sign_request
from app.sync.envelope_manifest import MAX_SEQ
from tests.builders.hub import TestSchool
from tests.builders.hub_http import UPLOAD, _read_reply


def _raw(base: str, request: bytes) -> str:
    parts = urlsplit(base)
    with socket.create_connection((parts.hostname, parts.port), timeout=120) as conn:
        conn.sendall(request)
        return _read_reply(conn)


def test_a_superscript_time_header_is_a_400(server: str, school: TestSchool) -> None:
    headers = sign_request(school.signing, "POST", UPLOAD, b"", school.school_id,
                           school.key_id)
    headers.pop("X-Pumpurs-Time")
    lines = b"".join(f"{k}: {v}\r\n".encode("ascii") for k, v in headers.items())
    for method, target in ((b"POST", UPLOAD), (b"GET", "/api/v1/downlink")):
        reply = _raw(server, method + b" " + target.encode() + b" HTTP/1.1\r\nHost: hub\r\n"
                     b"Content-Length: 0\r\nX-Pumpurs-Time: \xb2\r\n" + lines + b"\r\n")
        assert reply.startswith("HTTP/1.1 400"), reply
        assert "hub.auth_time_invalid" in reply and "X-Pumpurs-Time" in reply


def _downlink(server: str, school: TestSchool, after: int) -> httpx.Response:
    target = f"/api/v1/downlink?after={after}"
    headers = sign_request(school.signing, "GET", target, b"", school.school_id,
                           school.key_id)
    return httpx.get(server + target, headers=headers, timeout=60)


def test_after_beyond_any_seq_is_a_400(server: str, school: TestSchool) -> None:
    for after in (2**63 - 1, 2**63, MAX_SEQ + 1, -1):
        answer = _downlink(server, school, after)
        assert answer.status_code == 400, (after, answer.text)
        assert answer.json()["reason"] == "hub.after_invalid"
        assert str(MAX_SEQ) in answer.json()["message"]
    assert _downlink(server, school, MAX_SEQ).status_code == 204
