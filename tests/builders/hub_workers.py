"""Shared by several test modules: UVICORN."""

from __future__ import annotations

UVICORN = ["--factory", "app.hub.serve:create_app_from_env", "--workers", "2",
           "--http", "app.hub.serve_protocol:HeadDeadlineProtocol", "--limit-concurrency", "100",
           "--timeout-keep-alive", "5", "--h11-max-incomplete-event-size", "16384",
           "--no-server-header", "--log-level", "info"]
