"""The core every feature builds on: the session store, the acting user, roles (RBAC)
and the audit chain."""

from app.services.core.actor import Actor
from app.services.core.audit import ChainCheck, check_audit_chain, record, verify_chain
from app.services.core.rbac import (
    Permission,
    can,
    permissions,
    require,
    require_student,
    visible_students,
)
from app.services.core.store import Store, create_store, open_store

__all__ = [
    "Actor",
    "ChainCheck",
    "Permission",
    "Store",
    "can",
    "check_audit_chain",
    "create_store",
    "open_store",
    "permissions",
    "record",
    "require",
    "require_student",
    "verify_chain",
    "visible_students",
]
