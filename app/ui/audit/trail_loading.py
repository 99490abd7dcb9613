"""What the audit screen loads on the database worker: the filter choices, the entries that
match a filter, and the check of the whole hash chain."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.services.core.audit import ChainCheck, check_audit_chain
from app.services.core.rbac import Permission, can
from app.services.history.student_history import DEFAULT_LIMIT, HistoryEntry, audit_trail
from app.services.students.query import list_students
from app.services.users.accounts import UserSummary, list_users
from app.ui.context import UiContext

MAX_STUDENTS = 30  # a filter text matching more pupils than this asks for more letters


@dataclass(frozen=True)
class TrailFilter:
    student_text: str = ""
    user_id: uuid.UUID | None = None
    action: str | None = None  # an exact action, or a group ending with "." ("plan.")


@dataclass(frozen=True)
class TrailChoices:
    users: list[UserSummary]
    students: dict[uuid.UUID, str]  # every pupil the person may see, to name them in the table


@dataclass(frozen=True)
class TrailRows:
    entries: list[HistoryEntry]
    matched_students: int | None  # None: no pupil filter; 0: no pupil matches the text


def load_choices(ctx: UiContext) -> TrailChoices:
    users = list_users(ctx.store, ctx.actor)
    students: dict[uuid.UUID, str] = {}
    if can(ctx.actor, Permission.STUDENT_VIEW):
        rows = list_students(ctx.store, ctx.actor, status=None)
        students = {r.id: r.full_name for r in rows}
    return TrailChoices(users, students)


def load_entries(ctx: UiContext, chosen: TrailFilter) -> TrailRows:
    """The newest entries (at most DEFAULT_LIMIT) that match `chosen`."""
    def trail(student_id: uuid.UUID | None) -> list[HistoryEntry]:
        return audit_trail(ctx.store, ctx.actor, student_id=student_id, user_id=chosen.user_id,
                           action=chosen.action, lang=ctx.lang)

    text = chosen.student_text.strip()
    if not text or not can(ctx.actor, Permission.STUDENT_VIEW):
        return TrailRows(trail(None), None)
    students = list_students(ctx.store, ctx.actor, text=text, status=None)[:MAX_STUDENTS]
    merged = {e.seq: e for p in students for e in trail(p.id)}
    newest = sorted(merged.values(), key=lambda e: e.seq, reverse=True)[:DEFAULT_LIMIT]
    return TrailRows(newest, len(students))


def check_chain(ctx: UiContext) -> ChainCheck:
    return check_audit_chain(ctx.store, ctx.actor)
