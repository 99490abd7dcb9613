"""Alembic environment: runs only on the connection that app.models.migrate hands over.

There is no offline (SQL script) mode and no URL: the database is encrypted and keyed by the
engine, so the caller passes an open connection in `config.attributes["connection"]`.
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import TypeDecorator

from app.models import Base


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Write our column types as their plain SQLAlchemy type, so scripts never import models."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl!r}"
    return False


def run_migrations() -> None:
    if context.is_offline_mode():
        raise RuntimeError("Pumpurs migrations run online only (app.models.migrate)")
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("app.models.migrate must pass config.attributes['connection']")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
