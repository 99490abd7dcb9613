"""Is the school's database whole? The checks behind `pumpurs check` and the About dialog.

Each check is a function from a read-only connection to `Finding`s. `DEFAULT_CHECKS` are the
SQLite file (integrity_check, and SQLCipher's page HMACs), the foreign keys, the audit
chain, the directors' approval signatures (`approvals_check`) and that a school is there.
More checks are functions of the same shape: append them to `DEFAULT_CHECKS` or pass
`checks=` to `check_database`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlcipher3
from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.i18n import DEFAULT_LANGUAGE, render
from app.models import SyncIdentity
from app.services.approvals.check import signature_problems
from app.services.checks.approval_trail import approvals_undone
from app.services.core.audit import hash_at, verify_chain
from app.services.core.store import Store


@dataclass(frozen=True)
class Finding:
    """One line of the report: which check (its function's name), whether it passed, and
    its message."""

    check: str
    ok: bool
    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return render(self.key, lang, **self.params)


IntegrityCheck = Callable[[Connection], list[Finding]]
# The engine hands sqlcipher3's own exceptions through unwrapped (its dialect is pysqlite's).
_DB_ERRORS = (DBAPIError, sqlcipher3.DatabaseError)


def _detail(exc: Exception) -> str:
    return str(exc.orig if isinstance(exc, DBAPIError) else exc)


def sqlite_file(conn: Connection) -> list[Finding]:
    # SQLCipher checks each page's HMAC (a plaintext file returns nothing), then SQLite's own
    # check, which raises "malformed" on a damaged page rather than listing it.
    cipher = conn.exec_driver_sql("PRAGMA cipher_integrity_check")
    problems = [str(r[0]) for r in cipher] if cipher.returns_rows else []  # none if plaintext
    try:
        rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        problems += [str(r[0]) for r in rows if r[0] != "ok"]
    except _DB_ERRORS as exc:
        problems.append(_detail(exc))
    if not problems:
        return [Finding("sqlite_file", True, "integrity.sqlite_ok")]
    return [Finding("sqlite_file", False, "integrity.sqlite_problem", {"detail": p})
            for p in problems]


def foreign_keys(conn: Connection) -> list[Finding]:
    rows = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if not rows:
        return [Finding("foreign_keys", True, "integrity.fk_ok")]
    return [Finding("foreign_keys", False, "integrity.fk_problem",
                    {"table": r[0], "rowid": r[1], "parent": r[2]}) for r in rows]


def audit_chain(conn: Connection) -> list[Finding]:
    with Session(bind=conn) as session:
        chain = verify_chain(session)
    if chain.ok:
        return [Finding("audit_chain", True, "integrity.audit_ok", {"entries": chain.entries})]
    return [Finding("audit_chain", False, "integrity.audit_broken",
                    {"seq": chain.first_broken_seq})]


def audit_anchor(conn: Connection) -> list[Finding]:
    """The trail still holds the head the last bundle to the municipality carried: entries
    removed after it, or a rewrite that recomputed every hash, show here (and at the hub)."""
    with Session(bind=conn) as session:
        identity = session.scalars(select(SyncIdentity)).first()
        if identity is None or identity.audit_head_seq is None:
            return []  # never sent: nothing to hold the trail against
        seq, kept = identity.audit_head_seq, identity.audit_head_hash
        now = hash_at(session, seq)
    if now is not None and now == kept:
        return [Finding("audit_anchor", True, "integrity.audit_anchor_ok", {"seq": seq})]
    key = "integrity.audit_anchor_gone" if now is None else "integrity.audit_anchor_changed"
    return [Finding("audit_anchor", False, key, {"seq": seq})]


def approval_signatures(conn: Connection) -> list[Finding]:
    """Every stored approval verifies against its director's key and the plan as stored."""
    with Session(bind=conn) as session:
        checked, problems = signature_problems(session)
    if not problems:
        return [Finding("approval_signatures", True, "approvals.check_ok", {"count": checked})]
    return [Finding("approval_signatures", False, p.key, p.params) for p in problems]


def approvals_standing(conn: Connection) -> list[Finding]:
    """Every approval in the audit trail still stands (see `approval_trail`)."""
    undone = approvals_undone(conn)
    if not undone:
        return [Finding("approvals_standing", True, "integrity.approvals_standing")]
    return [Finding("approvals_standing", False, "integrity.approval_undone",
                    {"student": name, "version": number}) for name, number in undone]


def school_present(conn: Connection) -> list[Finding]:
    """The file holds a school and someone who can sign in: a creation that stopped half-way
    (before the building under a temporary name) left an empty database behind."""
    schools = conn.execute(text("SELECT count(*) FROM school")).scalar_one()
    users = conn.execute(text("SELECT count(*) FROM app_user WHERE active")).scalar_one()
    if schools and users:
        return [Finding("school_present", True, "integrity.school_ok")]
    return [Finding("school_present", False, "integrity.school_empty")]


DEFAULT_CHECKS: tuple[IntegrityCheck, ...] = (
    sqlite_file, foreign_keys, audit_chain, audit_anchor, approval_signatures,
    approvals_standing, school_present)


@dataclass(frozen=True)
class IntegrityReport:
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.findings)

    @property
    def problems(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.ok)

    def failed(self, check: str) -> bool:
        return any(f.check == check and not f.ok for f in self.findings)

    def lines(self, lang: str = DEFAULT_LANGUAGE) -> list[str]:
        """The report for the command line: a summary sentence, then one line per finding."""
        if self.ok:
            head = render("integrity.summary_ok", lang)
        else:
            head = render("integrity.summary_problems", lang, count=len(self.problems))
        return [head, *(("  ✓ " if f.ok else "  ✗ ") + f.text(lang) for f in self.findings)]


def check_database(source: Engine | Store,
                   checks: Sequence[IntegrityCheck] = DEFAULT_CHECKS) -> IntegrityReport:
    """Run every check on one read-only connection (nothing is written)."""
    engine = source.engine if isinstance(source, Store) else source
    findings: list[Finding] = []
    with engine.connect() as conn:
        for check in checks:
            try:
                findings.extend(check(conn))
            except _DB_ERRORS as exc:  # a damaged file can make the check itself fail
                conn.rollback()
                findings.append(Finding(check.__name__, False, "integrity.check_failed",
                                        {"check": check.__name__, "detail": _detail(exc)}))
        conn.rollback()
    return IntegrityReport(tuple(findings))
