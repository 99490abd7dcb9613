"""Shared by several test modules: UPLOAD, _read_reply, _student, post."""

from __future__ import annotations

import socket

import httpx

from app.hub.api_auth import sign_request
from tests.builders.hub import TestSchool, new_id, upsert

UPLOAD = "/api/v1/bundles"


def post(base: str, school: TestSchool, data: bytes, **sign: object) -> httpx.Response:
    headers = sign_request(school.signing, "POST", UPLOAD, data, school.school_id,
                           school.key_id, **sign)  # type: ignore[arg-type]
    headers["Content-Type"] = "application/octet-stream"
    return httpx.post(base + UPLOAD, content=data, headers=headers, timeout=60)


def _student() -> dict[str, list]:
    return {"student": [upsert(new_id(), status="active", grade=3)]}


def _read_reply(conn: socket.socket) -> str:
    data = b""
    while b"\r\n\r\n" not in data:
        data += conn.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(next(line.split(b":")[1] for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length")))
    while len(body) < length:
        body += conn.recv(65536)
    return (head + b"\r\n\r\n" + body).decode("utf-8")
