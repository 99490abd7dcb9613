"""The subject-access document in words a parent reads: what the school holds about the
child, section by section, as plain rows of text in the reader's language (the PDF lays
them out; the JSON beside it holds every row of the database as it is)."""

from __future__ import annotations

import uuid

from app.formatting import format_date, format_datetime, format_hours, format_money
from app.i18n import render
from app.reports.subject import Section
from app.services.assessments.explain import explain, level_name
from app.services.assessments.query import get_assessment
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.history.student_history import audit_trail
from app.services.plans.query import get_plan
from app.services.school.calendar import all_semesters
from app.services.students.query import get_student
from app.services.students.relations import relation_text
from app.services.support.attachments import list_attachments
from app.services.support.consultations import list_consultations
from app.services.support.expenses import list_expenses


def _t(key: str, lang: str, **params: object) -> str:
    return render(f"subject.{key}", lang, **params)


def _cols(lang: str, *keys: str) -> tuple[str, ...]:
    return tuple(_t(f"col.{k}", lang) for k in keys)


def person_section(store: Store, actor: Actor, sid: uuid.UUID, lang: str) -> list[Section]:
    s = get_student(store, actor, sid)
    person = Section(_t("person", lang), _cols(lang, "field", "value"), (
        (_t("col.name", lang), s.full_name),
        (_t("col.birth_date", lang), format_date(s.birth_date) or "—"),
        (_t("col.personal_code", lang), s.personal_code or "—"),
        (_t("col.class", lang), s.class_name),
        (_t("col.status", lang), render(f"roster.export.status.{s.status.value}", lang)),
    ))
    guardians = Section(_t("guardians", lang), _cols(lang, "name", "relation", "phone", "email"),
                        tuple((g.full_name, relation_text(g.relation, lang) if g.relation
                               else "", g.phone, g.email) for g in s.guardians),
                        _t("none", lang))
    return [person, guardians]


def assessment_section(store: Store, actor: Actor, sid: uuid.UUID, lang: str) -> Section:
    rows = []
    for sem in all_semesters(store):
        a = get_assessment(store, actor, sid, sem.id)
        if a is None:
            continue
        for c in a.profile.categories:
            rows.append((sem.label, format_date(a.assessed_on), a.assessed_by_name,
                         render(f"catalogue.category.{c.category.value}", lang),
                         level_name(c.level, lang), explain(c.reasons, lang)))
    return Section(_t("assessments", lang),
                   _cols(lang, "semester", "date", "by", "category", "level", "reasons"),
                   tuple(rows), _t("none", lang))


def plan_section(store: Store, actor: Actor, plan_ids: list[uuid.UUID],
                 lang: str) -> Section:
    rows = []
    for plan_id in plan_ids:
        p = get_plan(store, actor, plan_id)
        measures = "; ".join(
            f"{m.name_lv if lang == 'lv' else m.name_en} ("
            + (f"{format_hours(m.planned_minutes, lang)}, " if m.unit.value == "hours" else "")
            + f"{format_money(m.cost_cents, lang)})" for m in p.measures)
        decided = (f"{p.decided_by_name or ''} {format_datetime(p.decided_at, lang)}".strip()
                   + (f": {p.decision_comment}" if p.decision_comment else ""))
        rows.append((p.semester_label, render(f"report.status.{p.status.value}", lang),
                     str(p.version), " ".join(f"{i}. {g}" for i, g in enumerate(p.goals, 1)),
                     measures, format_money(p.total_cost_cents, lang), decided or "—"))
    return Section(_t("plans", lang), _cols(lang, "semester", "status", "version", "goals",
                                            "measures", "cost", "decision"),
                   tuple(rows), _t("none", lang))


def support_sections(store: Store, actor: Actor, sid: uuid.UUID, lang: str) -> list[Section]:
    consultations = tuple(
        (format_date(c.held_on), c.staff_name,
         render(f"report.specialist.{c.specialist_type.value}", lang),
         format_hours(c.minutes, lang), c.topic,
         _t("yes", lang) if c.attended else _t("no", lang))
        for c in list_consultations(store, actor, sid))
    expenses = tuple((format_date(e.spent_on), e.name_lv if lang == "lv" else e.name_en,
                      format_money(e.amount_cents, lang), e.description, e.recorded_by_name)
                     for e in list_expenses(store, actor, sid))
    files = tuple((a.filename, a.media_type, str(a.size), format_datetime(a.created_at, lang),
                   a.uploaded_by_name) for a in list_attachments(store, actor, sid))
    return [
        Section(_t("consultations", lang), _cols(lang, "date", "by", "specialist", "duration",
                                                 "topic", "attended"),
                consultations, _t("none", lang)),
        Section(_t("expenses", lang), _cols(lang, "date", "measure", "amount", "description",
                                            "by"), expenses, _t("none", lang)),
        Section(_t("documents", lang), _cols(lang, "file", "type", "bytes", "date", "by"),
                files, _t("none", lang)),
    ]


def trail_section(store: Store, actor: Actor, sid: uuid.UUID, lang: str) -> Section:
    entries = audit_trail(store, actor, student_id=sid, limit=None, lang=lang)
    return Section(_t("trail", lang), _cols(lang, "date", "by", "what"),
                   tuple((e.when, e.who, e.what) for e in reversed(entries)), _t("none", lang))
