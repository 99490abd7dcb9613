"""Alembic environment of the hub: runs only on the connection app.hub.migrate hands over."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import TypeDecorator

import app.hub.audit_anchor
import app.hub.models_console
import app.hub.models_records  # noqa: F401  (registers the record tables)
from app.hub.migrate import VERSION_TABLE
from app.hub.models import HubBase


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Write our column types as their plain SQLAlchemy type, so scripts never import models."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl!r}"
    return False


def run_migrations() -> None:
    if context.is_offline_mode():
        raise RuntimeError("hub migrations run online only (app.hub.migrate)")
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("app.hub.migrate must pass config.attributes['connection']")
    context.configure(
        connection=connection, target_metadata=HubBase.metadata, render_as_batch=True,
        compare_type=True, render_item=render_item, version_table=VERSION_TABLE,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
