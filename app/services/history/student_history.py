"""The audit trail in plain words: a pupil's history for the card, the trail for auditors.

Every entry reads as who, when and what ("Ilze Kalniņa", "23.11.2026 14:05", "Laboti skolēna
dati: klase."), rendered from `resources/i18n/messages/<lang>/history.json`. An action
without its own sentence still shows, named by its code, so no entry is ever hidden.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, or_, select

from app.formatting import format_date, format_datetime, format_money
from app.i18n import DEFAULT_LANGUAGE, catalogue, render
from app.models.audit import AuditEntry
from app.models.student import Student
from app.models.user import User
from app.services.core.actor import MUNICIPALITY_USERNAME, Actor
from app.services.core.rbac import Permission, require, require_student, visible_students
from app.services.core.store import Store

DEFAULT_LIMIT = 200


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: datetime  # aware UTC
    when: str  # "23.11.2026 14:05", Riga time
    user_id: uuid.UUID | None
    who: str  # the person's full name, or the system
    action: str  # the code, e.g. "student.update"
    what: str  # plain words in the requested language
    entity: str
    entity_id: str
    student_id: uuid.UUID | None


def _when(on: Any, lang: str) -> str:
    try:
        return format_date(date.fromisoformat(str(on)), lang)
    except ValueError:
        return str(on)


def _params(action: str, details: dict[str, Any], names: dict[str, str],
            lang: str) -> dict[str, Any]:
    """The placeholders an action's sentence uses, filled from the entry's details."""
    fields = details.get("fields") or []
    return {
        "filename": details.get("filename", ""),
        "semester": details.get("semester", ""),
        "fields": ", ".join(render(f"history.field.{f}", lang) for f in fields),
        "status": render(f"history.status.{details.get('status', 'left')}", lang),
        "date": _when(details.get("on", ""), lang),
        "amount": format_money(int(details.get("amount_cents", 0)), lang),
        "name": names.get(str(details.get("user_id", "")), ""),
        "username": details.get("username", ""),
        "code": details.get("code", ""),
        "label": details.get("name", "") if isinstance(details.get("name"), str) else "",
        "before": details.get("before", "") if isinstance(details.get("before"), str) else "",
        "school_year": details.get("school_year", ""),
        "municipality": details.get("municipality", ""),
        "action": action,
        "file": details.get("file", ""),  # roster import and export
        **{n: details.get(n, "") if isinstance(details.get(n), str) else ""
           for n in ("imported", "entered", "reason")},  # an imported indicator changed
        **{n: details.get(n, 0) for n in ("created", "moved", "marked_left", "pupils")},
    }


def describe(action: str, details: dict[str, Any], names: dict[str, str] | None = None,
             lang: str = DEFAULT_LANGUAGE) -> str:
    """One audit entry in plain words; `names` maps user ids in the details to full names."""
    key = f"history.action.{action}"
    if key not in catalogue(DEFAULT_LANGUAGE):
        key = "history.action.unknown"
    return render(key, lang, **_params(action, details, names or {}, lang))


def _who(entry: AuditEntry, details: dict[str, Any], lang: str) -> str:
    """Who did what no user of this school did: the municipality, or the program itself."""
    if entry.user_id is not None:
        return entry.username  # a user since removed
    if entry.username == MUNICIPALITY_USERNAME:
        return render("history.who.municipality", lang,
                      municipality=details.get("municipality") or "?")
    return render("history.who.system", lang)


def _entries(store: Store, where: list[ColumnElement[bool]], limit: int | None,
             lang: str) -> list[HistoryEntry]:
    query = (select(AuditEntry, User.full_name)
             .outerjoin(User, User.id == AuditEntry.user_id)
             .where(*where).order_by(AuditEntry.seq.desc()))
    if limit is not None:
        query = query.limit(limit)
    with store.read() as s:
        rows = s.execute(query).all()
        details = [(e, name, json.loads(e.details or "{}")) for e, name in rows]
        mentioned = {uuid.UUID(d["user_id"]) for _e, _n, d in details
                     if isinstance(d.get("user_id"), str)}
        names = {str(uid): full for uid, full in s.execute(
            select(User.id, User.full_name).where(User.id.in_(mentioned)))} if mentioned else {}
    return [
        HistoryEntry(e.seq, e.at, format_datetime(e.at, lang), e.user_id,
                     name or _who(e, d, lang),
                     e.action, describe(e.action, d, names, lang), e.entity, e.entity_id,
                     e.student_id)
        for e, name, d in details
    ]


READ_ACTIONS = ("student.card_opened", "consultation.notes_read")


def student_history(store: Store, actor: Actor, student_id: uuid.UUID, *,
                  lang: str = DEFAULT_LANGUAGE, limit: int | None = None) -> list[HistoryEntry]:
    """Everything the trail records happening to one pupil, newest first — not who read
    their data (card openings, notes read): those are for the auditors' trail.

    For anyone who may see the pupil; an invisible pupil is `NotFound`.
    """
    require(actor, Permission.STUDENT_VIEW)
    with store.read() as s:
        require_student(s, actor, student_id)
    return _entries(store, [AuditEntry.student_id == student_id,
                            AuditEntry.action.not_in(READ_ACTIONS)], limit, lang)


def audit_trail(store: Store, actor: Actor, *, student_id: uuid.UUID | None = None,
                user_id: uuid.UUID | None = None, action: str | None = None,
                limit: int | None = DEFAULT_LIMIT,
                lang: str = DEFAULT_LANGUAGE,
                student_ids: Collection[uuid.UUID] | None = None) -> list[HistoryEntry]:
    """The trail for those who audit (coordinator, director, admin), newest first.

    Entries about a pupil are included only when the actor may see that pupil (the admin
    sees the entries about users and sign-ins). `action` matches exactly, or every action of
    a group when it ends with a dot ("plan."). `student_ids` keeps the entries about any of
    these pupils (one query; the invisible ones among them stay out).
    """
    require(actor, Permission.AUDIT_VIEW)
    visible = select(Student.id).where(visible_students(actor))
    where: list[ColumnElement[bool]] = [
        or_(AuditEntry.student_id.is_(None), AuditEntry.student_id.in_(visible))]
    if student_id is not None:
        with store.read() as s:
            require_student(s, actor, student_id)
        where.append(AuditEntry.student_id == student_id)
    if student_ids is not None:
        where.append(AuditEntry.student_id.in_(list(student_ids)))
    if user_id is not None:
        where.append(AuditEntry.user_id == user_id)
    if action:
        where.append(AuditEntry.action.startswith(action, autoescape=True)
                     if action.endswith(".") else AuditEntry.action == action)
    return _entries(store, where, limit, lang)
