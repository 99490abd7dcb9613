"""Whole-database checks: integrity, foreign keys, audit chain, approval signatures."""

from app.services.checks.integrity import (
    Finding,
    IntegrityReport,
    approval_signatures,
    audit_chain,
    check_database,
    foreign_keys,
    sqlite_file,
)

__all__ = [
    "Finding",
    "IntegrityReport",
    "approval_signatures",
    "audit_chain",
    "check_database",
    "foreign_keys",
    "sqlite_file",
]
