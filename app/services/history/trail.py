"""What the audit screen reads: the filter choices and the entries that match a filter.

A pupil filter is a name text: the pupils it matches (at most MAX_STUDENTS) are found in
one query and their entries in one more, newest first, at most DEFAULT_LIMIT.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.i18n import DEFAULT_LANGUAGE
from app.services.core.actor import Actor
from app.services.core.rbac import Permission, can
from app.services.core.store import Store
from app.services.history.student_history import HistoryEntry, audit_trail
from app.services.students.query import list_students
from app.services.users.accounts import UserSummary, list_users

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


def trail_choices(store: Store, actor: Actor) -> TrailChoices:
    users = list_users(store, actor)
    students: dict[uuid.UUID, str] = {}
    if can(actor, Permission.STUDENT_VIEW):
        rows = list_students(store, actor, status=None)
        students = {r.id: r.full_name for r in rows}
    return TrailChoices(users, students)


def trail_rows(store: Store, actor: Actor, chosen: TrailFilter,
               lang: str = DEFAULT_LANGUAGE) -> TrailRows:
    """The newest entries (at most DEFAULT_LIMIT) that match `chosen`."""
    text = chosen.student_text.strip()
    if not text or not can(actor, Permission.STUDENT_VIEW):
        return TrailRows(audit_trail(store, actor, user_id=chosen.user_id,
                                     action=chosen.action, lang=lang), None)
    students = list_students(store, actor, text=text, status=None)[:MAX_STUDENTS]
    if not students:
        return TrailRows([], 0)
    entries = audit_trail(store, actor, user_id=chosen.user_id, action=chosen.action,
                          lang=lang, student_ids=[p.id for p in students])
    return TrailRows(entries, len(students))
