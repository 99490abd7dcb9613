"""How `pumpurs-hub serve` runs uvicorn: a cap on connections and short timeouts; and the
app factory for a server with several workers:

    pumpurs-hub migrate --db "$PUMPURS_HUB_DB_URL"      # once, before the workers start
    uvicorn --factory app.hub.serve:create_app_from_env --workers 2 \
        --http app.hub.serve_protocol:HeadDeadlineProtocol --limit-concurrency 100 …

`create_app_from_env` reads PUMPURS_HUB_DB_URL (a SQLite path or postgresql+psycopg://…) and
PUMPURS_HUB_KEYS (the key file's folder; else the SQLite file's); the key file's passphrase
comes from the systemd credential pumpurs-hub-passphrase, PUMPURS_HUB_PASSPHRASE_FILE or
PUMPURS_HUB_PASSPHRASE (`app.hub.keyfile.hub_passphrase`). Each worker opens the store
without migrating it and refuses to start unless its schema is the newest, so workers never
race a migration. installer/hub/ has the systemd unit with these same limits.

The hub is meant to sit behind a reverse proxy with the same limits (docs/hub_limits.md has
an nginx example); these hold when it does not. uvicorn has no deadline for a request's head
nor its body: the head's is `serve_protocol` (10 s), the body's the app's
(`api_body.BODY_CHUNK_TIMEOUT`, 30 s a chunk).
"""

from __future__ import annotations

import os
from typing import Any

import uvicorn
from fastapi import FastAPI

from app.errors import AppError
from app.hub.serve_protocol import HEAD_TIMEOUT_SECONDS, with_head_timeout

MAX_CONNECTIONS = 100
"""Connections (and requests in progress) at once; past it uvicorn answers 503."""
KEEP_ALIVE_SECONDS = 5
"""An idle keep-alive connection is closed after this."""
BACKLOG = 100
"""Connections waiting in the listen queue."""
MAX_HEADER_BYTES = 16 * 1024
"""The request line and headers (h11's incomplete event size)."""
SHUTDOWN_SECONDS = 10


def serve_config(app: Any, host: str, port: int, *, log_level: str = "info",
                 max_connections: int = MAX_CONNECTIONS,
                 keep_alive: int = KEEP_ALIVE_SECONDS,
                 head_timeout: float = HEAD_TIMEOUT_SECONDS) -> uvicorn.Config:
    return uvicorn.Config(
        app, host=host, port=port, log_level=log_level, http=with_head_timeout(head_timeout),
        limit_concurrency=max_connections, timeout_keep_alive=keep_alive,
        backlog=BACKLOG, h11_max_incomplete_event_size=MAX_HEADER_BYTES,
        timeout_graceful_shutdown=SHUTDOWN_SECONDS, server_header=False,
    )


DB_URL_ENV = "PUMPURS_HUB_DB_URL"


def create_app_from_env() -> FastAPI:
    """The hub's ASGI app for `uvicorn --factory` (see the module's text)."""
    from app.hub.api import create_app
    from app.hub.keyfile import ENV as KEYS_ENV

    db_url = os.environ.get(DB_URL_ENV, "").strip()
    if not db_url:
        raise AppError("hub.db_url_missing")
    return create_app(db_url, os.environ.get(KEYS_ENV) or None, migrate=False)
