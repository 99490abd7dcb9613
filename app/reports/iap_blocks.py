"""The IAP's closing blocks: the director's approval, the evaluation, the lines to sign."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.formatting import format_date, format_datetime
from app.reports.content import Approval, Evaluation, PlanDocument
from app.reports.layout import BODY, HEADING, WIDTH, grid, label_value, para
from app.reports.words import category_name, grouped, t


def approval_block(a: Approval, lang: str) -> list[Flowable]:
    """Who approved and when, with the signature key's fingerprint; or why it is not."""
    rows: list[Flowable] = [para(t("iap.approval", lang), HEADING)]
    when = format_datetime(a.decided_at, lang) if a.decided_at else ""
    if a.state == "approved":
        fingerprint = grouped(a.fingerprint) if a.fingerprint else t("iap.no_signature", lang)
        rows += [label_value(t("iap.approved_by", lang), a.director_name or ""),
                 label_value(t("iap.approved_at", lang), when),
                 label_value(t("iap.fingerprint", lang), fingerprint)]
    elif a.state == "returned":
        rows += [label_value(t("iap.state", lang), t("iap.returned", lang)),
                 label_value(t("iap.returned_by", lang),
                             f"{a.director_name or ''}, {when}".strip(", ")),
                 label_value(t("iap.comment", lang), a.comment or "—")]
    else:
        rows.append(label_value(t("iap.state", lang), t("iap.not_approved", lang)))
    return rows


def evaluation_block(ev: Evaluation, lang: str) -> list[Flowable]:
    head: list[Flowable] = [
        para(t("iap.evaluation", lang), HEADING),
        label_value(t("iap.evaluated", lang), t("iap.evaluated_value", lang,
                    date=format_date(ev.evaluated_on), name=ev.evaluator_name)),
    ]
    rows = [[t("iap.col.category", lang), t("iap.col.outcome", lang)]]
    rows += [[category_name(c, lang), t(f"outcome.{o}", lang)] for c, o in ev.outcomes]
    table = grid(rows, [WIDTH * 0.7, WIDTH * 0.3])
    return [KeepTogether([*head, table]), Spacer(1, 2 * mm),
            label_value(t("iap.narrative", lang), ev.narrative),
            label_value(t("iap.recommendation", lang),
                        t(f"recommendation.{ev.recommendation}", lang))]


def signature_lines(doc: PlanDocument, lang: str) -> list[Flowable]:
    """Lines for the handwritten signatures of the paper copy that is filed: the author's and
    the director's side by side, then the parent's "I have read the plan" under them."""
    line = "_" * 28
    parent = doc.parent_application.applicant_name if doc.parent_application else ""
    cells = [
        [para(t("iap.sign_author", lang), BODY), para(t("iap.sign_director", lang), BODY)],
        [para(f"{line}\n{doc.author_name}", BODY),
         para(f"{line}\n{doc.approval.director_name or ''}", BODY)],
        [para(t("iap.sign_parent", lang), BODY), ""],
        [para(f"{line}\n{parent}", BODY), ""],
    ]
    table = Table(cells, colWidths=[WIDTH / 2, WIDTH / 2])
    table.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, 1), 8 * mm),
                               ("TOPPADDING", (0, 2), (-1, 2), 6 * mm),
                               ("TOPPADDING", (0, 3), (-1, 3), 8 * mm),
                               ("SPAN", (0, 2), (1, 2)),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 8 * mm), KeepTogether([table])]
