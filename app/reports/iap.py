"""The IAP document (individuālais atbalsta plāns) as the school files it, signed on paper."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.formatting import format_date, format_hours, format_money
from app.reports.content import CategoryRisks, MeasureLine, PlanDocument
from app.reports.fonts import register_fonts
from app.reports.iap_blocks import approval_block, evaluation_block, signature_lines
from app.reports.layout import (
    HEADING,
    SMALL,
    SUBTITLE,
    TITLE,
    WIDTH,
    build_pdf,
    bullets,
    grid,
    label_value,
    numbered,
    para,
)
from app.reports.words import (
    DASH,
    category_name,
    level_name,
    planned_text,
    rate_text,
    semester_name,
    severity_name,
    t,
)


def _student(doc: PlanDocument, lang: str) -> list[Flowable]:
    rows = [(t("iap.pupil", lang), doc.student_name), (t("iap.class", lang), doc.class_name)]
    if doc.personal_code:
        rows.append((t("iap.personal_code", lang), doc.personal_code))
    rows += [
        (t("iap.author", lang), doc.author_name),
        (t("iap.responsible", lang), doc.responsible_name or t("iap.not_set", lang)),
    ]
    app = doc.parent_application
    rows.append((t("iap.application", lang),
                 t("iap.application_value", lang, date=format_date(app.received_on),
                   name=app.applicant_name) if app else t("iap.application_missing", lang)))
    return [label_value(label, value) for label, value in rows]


def _category(risk: CategoryRisks, lang: str) -> Flowable:
    parts: list[Flowable] = [para(t("iap.category_level", lang,
                                    category=category_name(risk.category, lang),
                                    level=level_name(risk.level, lang)), HEADING)]
    if risk.signs:
        parts.append(bullets([
            t("iap.sign", lang, sign=s.name(lang), severity=severity_name(s.severity, lang))
            + (f" — {s.note}" if s.note else "") for s in risk.signs]))
    parts.append(para(t("iap.why", lang, text=risk.explanation(lang))))
    return KeepTogether(parts)


def _risks(doc: PlanDocument, lang: str) -> list[Flowable]:
    out: list[Flowable] = [para(t("iap.risks", lang), HEADING)]
    if doc.assessed_on is None:
        return [*out, para(t("iap.no_assessment", lang))]
    out.append(para(t("iap.assessed_on", lang, date=format_date(doc.assessed_on)), SMALL))
    if not doc.risks:
        out.append(para(t("iap.no_risks", lang)))
    return out + [_category(r, lang) for r in doc.risks]


def _goals(doc: PlanDocument, lang: str) -> list[Flowable]:
    out: list[Flowable] = [para(t("iap.goals", lang), HEADING)]
    if doc.summary:
        out.append(para(doc.summary))
        out.append(Spacer(1, 1.5 * mm))
    if not doc.goals:
        return [*out, para(t("iap.no_goals", lang))]
    return [*out, numbered(doc.goals)]


def _measure_name(m: MeasureLine, lang: str) -> str:
    name = f"{m.name(lang)}: {m.subject}" if m.subject else m.name(lang)
    if m.starts_on or m.ends_on:
        name += f"\n{format_date(m.starts_on)}–{format_date(m.ends_on)}"
    return name


def _measures(doc: PlanDocument, lang: str) -> list[Flowable]:
    out: list[Flowable] = [para(t("iap.measures", lang), HEADING)]
    if not doc.measures:
        return [*out, para(t("iap.no_measures", lang))]
    rows: list[list[str]] = [[t(f"iap.col.{c}", lang) for c in
                              ("no", "measure", "provider", "planned", "rate", "cost")]]
    for n, m in enumerate(doc.measures, start=1):
        rows.append([str(n), _measure_name(m, lang), m.provider or DASH,
                     planned_text(m.unit, m.planned_minutes, m.planned_cents, lang),
                     rate_text(m.rate_cents, lang) if m.unit == "hours" else DASH,
                     format_money(m.cost_cents, lang)])
    hours = [m.planned_minutes for m in doc.measures if m.unit == "hours"]
    rows.append(["", t("iap.total", lang), "", format_hours(sum(hours), lang) if hours else DASH,
                 "", format_money(doc.total_cost_cents, lang)])
    widths = [10 * mm, WIDTH - 124 * mm, 36 * mm, 28 * mm, 25 * mm, 25 * mm]  # "12 h 30 min"
    return [*out, grid(rows, widths, right=(0, 3, 4, 5), total=True)]


def _reviews(doc: PlanDocument, lang: str) -> list[Flowable]:
    dates = ", ".join(format_date(d) for d in doc.review_dates) or t("iap.not_set", lang)
    return [para(t("iap.reviews", lang), HEADING), para(dates)]


def plan_pdf(doc: PlanDocument, lang: str = "lv") -> bytes:
    """The IAP as a PDF: pupil, risks by category, goals, measures and costs, approval block,
    and the semester-end evaluation when there is one."""
    register_fonts()
    title = t("iap.title", lang)
    status = t("iap.status", lang, status=t(f"status.{doc.status}", lang), version=doc.version)
    story: list[Flowable] = [
        para(title, TITLE),
        para(f"{semester_name(doc.semester, lang)}\n{status}", SUBTITLE),
        *_student(doc, lang), *_risks(doc, lang), *_goals(doc, lang), *_measures(doc, lang),
        *_reviews(doc, lang),
    ]
    closing = approval_block(doc.approval, lang)
    if doc.evaluation is not None:
        story += closing
        closing = evaluation_block(doc.evaluation, lang)
    # The approval (or evaluation) block stays whole and in the first page when it fits there;
    # the signature lines keep together on their own, so they never push it to the next page.
    story += [KeepTogether(closing), *signature_lines(doc, lang)]
    return build_pdf(story, title=f"{title} — {doc.student_name}", school=doc.school,
                     lang=lang, printed_at=doc.printed_at, author=doc.author_name)

