"""A school that disconnects in the middle of an upload is a line in the hub's log, not a
traceback (security finding 7)."""

from __future__ import annotations

import logging
import socket
import threading
from urllib.parse import urlsplit

from app.hub.api_auth import sign_request
from tests.builders.hub import TestSchool
from tests.builders.hub_http import UPLOAD


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []
        self.seen = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        if record.exc_info or "disconnected" in record.getMessage():
            self.seen.set()


def test_a_disconnect_mid_upload_is_logged_quietly(server: str, school: TestSchool) -> None:
    body = b"\0" * 1000
    headers = sign_request(school.signing, "POST", UPLOAD, body, school.school_id,
                           school.key_id)
    head = (f"POST {UPLOAD} HTTP/1.1\r\nHost: hub\r\nContent-Length: {len(body)}\r\n"
            + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n")
    handler = _Records()
    loggers = [logging.getLogger(name) for name in ("uvicorn.error", "pumpurs.hub")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.INFO)
    try:
        parts = urlsplit(server)
        with socket.create_connection((parts.hostname, parts.port), timeout=120) as conn:
            conn.sendall(head.encode("ascii") + body[:100])
        assert handler.seen.wait(120), "the hub logged nothing about the disconnect"
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.removeHandler(handler)
            lg.setLevel(level)
    assert not [r for r in handler.records if r.exc_info or r.levelno >= logging.ERROR]
    assert any("disconnected" in r.getMessage() for r in handler.records)
