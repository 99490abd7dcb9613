"""Shared by several test modules: serve."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn


@contextmanager
def serve(app: Any, config: uvicorn.Config | None = None) -> Iterator[str]:
    """Run an ASGI app (or a whole uvicorn `config`) with uvicorn on 127.0.0.1 and a free
    port; yields its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    service = uvicorn.Server(config or uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=service.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    started = threading.Event()
    while not service.started and thread.is_alive():
        started.wait(0.02)
    yield f"http://127.0.0.1:{port}"
    service.should_exit = True
    thread.join()
    sock.close()
