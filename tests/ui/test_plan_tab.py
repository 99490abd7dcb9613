"""The support plan tab: a class teacher drafts, completes and submits Anna's plan; others
read it; bad input is named next to its field and nothing is saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from app.formatting import format_money
from app.models import AuditEntry, MeasureType
from app.models.enums import EvaluationOutcome, PlanStatus, Recommendation, RiskCategory
from app.secrets import KeyringSecretStore
from app.services.approvals.decisions import approve_plan, return_plan
from app.services.catalogue.loading import measure_types
from app.services.plans import lifecycle as plans
from app.services.plans.costs import hours_cost_cents
from app.ui.student_card.plan_dates import set_date
from app.ui.student_card.plan_tab import PlanTab
from tests.builders.catalogue import CatalogueFixture
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.school import TEST_PASSWORD, SchoolFixture
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext
from tests.builders.ui_plan_tab import (
    ANNA,
    ASKED,
    add_measure,
    cell,
    click,
    create,
    open_tab,
    stored,
)


def test_teacher_drafts_completes_and_submits_a_plan(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture, tmp_path: Path) -> None:
    scan = tmp_path / "iesniegums.pdf"
    scan.write_bytes(b"%PDF-1.4 vecaka iesniegums")
    tab = open_tab(qtbot, make_ctx, school, scan=scan)
    assert tab.title() == "Atbalsta plāns"
    create(qtbot, tab)

    type_text(tab.goals.new_goal, "Uzlabot sekmes matemātikā")
    click(qtbot, tab.goals.add_button)
    type_text(tab.goals.new_goal, "Mazināt neattaisnotus kavējumus")
    click(qtbot, tab.goals.add_button)
    assert tab.goals.goals() == ("Uzlabot sekmes matemātikā", "Mazināt neattaisnotus kavējumus")

    rates = {t.code: t.rate_cents for t in measure_types(school.store, school.year_id)}
    psychologist = hours_cost_cents(90, rates["consult_psychologist"])
    add_measure(qtbot, tab, catalogue.measure("consult_psychologist"), "1,5", "Līga Zariņa")
    assert tab.measures.amount_label.text() == "Plānotās stundas"
    assert cell(tab, 0, 4) == "1\u00a0h\u00a030\u00a0min"
    assert cell(tab, 0, 6) == format_money(psychologist)
    assert tab.measures.row_cost.text() == format_money(psychologist)
    add_measure(qtbot, tab, catalogue.measure("meals"), "25,00")
    assert tab.measures.amount_label.text() == "Plānotā summa, €"
    assert cell(tab, 1, 6) == "25,00\u00a0€"
    assert cell(tab, 1, 5) == "—"
    total = format_money(psychologist + 2500)
    assert tab.measures.total.text() == f"Kopā: {total}"
    assert tab.is_dirty()

    tab.responsible.setCurrentIndex(
        tab.responsible.findText("Ilze Kalniņa", Qt.MatchFlag.MatchStartsWith))
    set_date(tab.review_dates.new_date, date(2026, 12, 15))
    click(qtbot, tab.review_dates.add_button)
    with qtbot.waitSignal(tab.saved):
        tab.save()
    assert not tab.is_dirty()
    view = stored(school)
    assert view.status is PlanStatus.DRAFT
    assert [(m.code, m.planned_minutes, m.planned_cents, m.cost_cents) for m in view.measures] \
        == [("consult_psychologist", 90, 0, psychologist), ("meals", 0, 2500, 2500)]
    assert view.measures[0].provider_id == school.actors["support"].user_id
    assert view.total_cost_cents == psychologist + 2500
    assert view.review_dates == (date(2026, 12, 15),)
    assert view.responsible_id == school.actors["teacher"].user_id
    assert tab.measures.total.text() == f"Kopā: {total}"  # shown again from what was stored

    type_text(tab.application.applicant, "Inese Ēcere")
    set_date(tab.application.received, date(2026, 11, 20))
    click(qtbot, tab.application.choose_button)
    assert tab.application.scan_label.text() == "iesniegums.pdf (tiks saglabāts)"
    with qtbot.waitSignal(tab.saved):
        tab.save()
    application = stored(school).parent_application
    assert application is not None and application.applicant_name == "Inese Ēcere"
    assert application.filename == "iesniegums.pdf"
    assert tab.application.scan_label.text() == "iesniegums.pdf"

    ASKED.clear()
    with qtbot.waitSignal(tab.saved):
        click(qtbot, tab.submit_button)
    assert len(ASKED) == 1
    assert ASKED[0] == (f"Iesniegt atbalsta plānu ({ANNA}) direktora apstiprināšanai? Kopējās "
                        f"izmaksas: {total}. Kamēr direktors nav lēmis, plānu nevar mainīt.")
    assert tab.status.status.text() == "Statuss: iesniegts (tikai lasīšanai)"
    assert stored(school).status is PlanStatus.SUBMITTED
    assert not tab.submit_button.isVisible()
    assert not tab.goals.add_button.isVisible() and not tab.measures.editor.isVisible()
    assert tab.application.applicant.isReadOnly() and not tab.responsible.isEnabled()


def test_director_and_support_staff_see_the_plan_read_only(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    teacher = school.actors["teacher"]
    plan = plans.create_plan(school.store, teacher, school.student_ids[ANNA],
                             school.current_semester_id)
    plans.save_plan_draft(school.store, teacher, plan.id, plans.PlanDraftInput(
        goals=("Regulāri apmeklēt skolu",),
        measures=(plans.MeasureInput(catalogue.measure("meals"), planned_cents=4000),)))
    for who in ("director", "support"):
        tab = open_tab(qtbot, make_ctx, school, who)
        assert tab.status.status.text() == "Statuss: melnraksts (tikai lasīšanai)"
        assert tab.goals.goals() == ("Regulāri apmeklēt skolu",)
        assert cell(tab, 0, 1) == "Ēdināšana"
        assert tab.measures.total.text() == "Kopā: 40,00\u00a0€"
        assert not tab.submit_button.isVisible() and not tab.measures.add_button.isVisible()
        assert not tab.goals.new_goal.isVisible() and tab.summary.isReadOnly()


def test_support_staff_cannot_create_a_plan(qtbot: QtBot, make_ctx: MakeContext,
                                            school: SchoolFixture) -> None:
    tab = open_tab(qtbot, make_ctx, school, "support")
    assert tab.message.text() == "Skolēnam vēl nav atbalsta plāna semestrim 2026/2027-1."
    assert not tab.create_button.isVisible()


def test_bad_input_is_named_next_to_its_field_and_nothing_is_saved(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    tab = open_tab(qtbot, make_ctx, school)
    create(qtbot, tab)
    add_measure(qtbot, tab, catalogue.measure("consult_psychologist"), "pusotra")
    assert tab.measures.amount_problem.isVisible()
    assert tab.measures.amount_problem.text() == (
        "Plānotās stundas: ierakstiet stundu skaitu, piemēram, 1,5.")
    assert cell(tab, 0, 6) == "—"
    set_date(tab.review_dates.new_date, date(2027, 2, 15))  # the next semester
    click(qtbot, tab.review_dates.add_button)
    tab.save()
    qtbot.waitUntil(lambda: tab.errors.message("measures") != "")
    assert tab.errors.message("measures") == (
        "Pasākums 1: plānotajām stundām jābūt vairāk par 0 h un ne vairāk par 1000\u00a0h.")
    assert tab.errors.message("review_dates").startswith(
        "Pārskatīšanas datums 1: 15.02.2027 nav semestra laikā")
    assert tab.is_dirty()
    view = stored(school)
    assert view.measures == () and view.review_dates == ()


def test_submitting_an_incomplete_plan_names_each_missing_part(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    tab = open_tab(qtbot, make_ctx, school)
    create(qtbot, tab)
    click(qtbot, tab.submit_button)
    qtbot.waitUntil(lambda: tab.errors.message("goals") != "")
    assert tab.errors.message("goals").startswith("Mērķi: plānā nav neviena mērķa")
    assert tab.errors.message("measures").startswith("Pasākumi: plānā nav neviena")
    assert tab.errors.message("responsible_id").startswith("Atbildīgā persona: nav norādīta")
    assert tab.errors.message("parent_application").startswith(
        "Vecāka iesniegums: nav reģistrēts")
    assert stored(school).status is PlanStatus.DRAFT
    assert tab.status.status.text() == "Statuss: melnraksts"


def test_revert_brings_back_the_stored_plan(qtbot: QtBot, make_ctx: MakeContext,
                                            school: SchoolFixture) -> None:
    tab = open_tab(qtbot, make_ctx, school)
    create(qtbot, tab)
    type_text(tab.goals.new_goal, "Pagaidu mērķis")
    click(qtbot, tab.goals.add_button)
    assert tab.is_dirty()
    tab.revert()
    qtbot.waitUntil(lambda: not tab.is_dirty())
    assert tab.goals.goals() == ()


def test_a_returned_plan_shows_the_directors_comment_and_can_be_resubmitted(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    teacher = school.actors["teacher"]
    plan = plans.create_plan(school.store, teacher, school.student_ids[ANNA],
                             school.current_semester_id)
    plans.save_plan_draft(school.store, teacher, plan.id, plans.PlanDraftInput(
        goals=("Regulāri apmeklēt skolu",), responsible_id=teacher.user_id,
        measures=(plans.MeasureInput(catalogue.measure("meals"), planned_cents=4000),)))
    plans.record_parent_application(school.store, teacher, plan.id, "Inese Ēcere",
                                    date(2026, 11, 20))
    plans.submit_plan(school.store, teacher, plan.id)
    return_plan(school.store, school.actors["director"], plan.id,
                "Lūdzu, precizējiet, kā mērīsiet kavējumu samazināšanos.")

    tab = open_tab(qtbot, make_ctx, school)
    assert tab.status.status.text() == "Statuss: atgriezts"
    assert tab.status.comment.isVisible()
    assert tab.status.comment.text().startswith("Jānis Bērziņš atgrieza plānu")
    assert tab.status.comment.text().endswith(
        "Lūdzu, precizējiet, kā mērīsiet kavējumu samazināšanos.")
    type_text(tab.goals.new_goal, "Kavējumi samazinās līdz 2 stundām mēnesī")
    click(qtbot, tab.goals.add_button)
    with qtbot.waitSignal(tab.saved):
        click(qtbot, tab.submit_button)  # saves the edit, then submits again
    view = stored(school)
    assert view.status is PlanStatus.SUBMITTED
    assert view.goals == ("Regulāri apmeklēt skolu", "Kavējumi samazinās līdz 2 stundām mēnesī")
    assert tab.status.status.text() == "Statuss: iesniegts (tikai lasīšanai)"
    assert not tab.status.comment.isVisible()


def test_the_author_evaluates_an_approved_plan_and_it_closes(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    teacher = school.actors["teacher"]
    plan = plans.create_plan(school.store, teacher, school.student_ids[ANNA],
                             school.current_semester_id)
    plans.save_plan_draft(school.store, teacher, plan.id, plans.PlanDraftInput(
        goals=("Regulāri apmeklēt skolu",), responsible_id=teacher.user_id,
        measures=(plans.MeasureInput(catalogue.measure("meals"), planned_cents=4000),)))
    plans.record_parent_application(school.store, teacher, plan.id, "Inese Ēcere",
                                    date(2026, 11, 20))
    plans.submit_plan(school.store, teacher, plan.id)
    approve_plan(school.store, KeyringSecretStore(MemoryKeyring()), school.actors["director"],
                 plan.id, password=TEST_PASSWORD)

    director_tab = open_tab(qtbot, make_ctx, school, "director")
    assert not director_tab.evaluation.isVisible()
    tab = open_tab(qtbot, make_ctx, school)
    assert tab.status.status.text() == "Statuss: apstiprināts (tikai lasīšanai)"
    assert tab.status.comment.text().startswith("Apstiprināja Jānis Bērziņš")
    form = tab.evaluation
    assert form.isVisible()
    set_date(form.evaluated_on, date(2026, 11, 20))
    click(qtbot, form.record_button)  # nothing chosen, nothing written
    qtbot.waitUntil(lambda: tab.errors.message("narrative") != "")
    assert tab.errors.message("narrative").startswith("Izvērtējuma apraksts: teksts ir tukšs")
    assert tab.errors.message("outcomes").startswith("Rezultāti: norādiet rezultātu")
    assert stored(school).status is PlanStatus.APPROVED

    learning = form.outcomes[RiskCategory.LEARNING]
    learning.setCurrentIndex(learning.findText("risks samazinājies"))
    type_text(form.narrative, "Kavējumi samazinājās, sekmes uzlabojās.")
    form.recommendation.setCurrentIndex(form.recommendation.findText("beigt atbalstu"))
    with qtbot.waitSignal(tab.saved):
        click(qtbot, form.record_button)
    view = stored(school)
    assert view.status is PlanStatus.CLOSED
    assert view.evaluation is not None and view.evaluation.narrative.startswith("Kavējumi")
    assert tab.status.status.text() == "Statuss: noslēgts (tikai lasīšanai)"
    assert "Ieteikums: beigt atbalstu." in tab.status.evaluation.text()
    assert "risks samazinājies" in tab.status.evaluation.text()
    assert not form.isVisible()


# ---- semester end: the next semester's plan starts from the closed one ---------------------

PREVIOUS = "2025/2026-2"


def closed_previous_plan(school: SchoolFixture, catalogue: CatalogueFixture) -> plans.PlanView:
    """Anna's plan of 2025/2026-2: drafted, approved by the director, evaluated — closed."""
    teacher, year = school.actors["teacher"], "2025/2026"
    plan = plans.create_plan(school.store, teacher, school.student_ids[ANNA],
                             school.semester_ids[PREVIOUS])
    plans.save_plan_draft(school.store, teacher, plan.id, plans.PlanDraftInput(
        goals=("Uzlabot sekmes matemātikā līdz 5 ballēm.", "Apmeklēt visas stundas."),
        measures=(plans.MeasureInput(catalogue.measure("consult_psychologist", year),
                                     planned_minutes=90,
                                     provider_id=school.actors["support"].user_id),
                  plans.MeasureInput(catalogue.measure("meals", year), planned_cents=12000)),
        responsible_id=teacher.user_id, review_dates=(date(2026, 3, 16),),
        summary="Atbalsts mācībās un ēdināšana."))
    plans.record_parent_application(school.store, teacher, plan.id, "Inese Ēcere",
                                    date(2026, 1, 12))
    plans.submit_plan(school.store, teacher, plan.id)
    approve_plan(school.store, KeyringSecretStore(MemoryKeyring()), school.actors["director"],
                 plan.id, password=TEST_PASSWORD)
    closed = plans.record_evaluation(
        school.store, teacher, plan.id, {RiskCategory.LEARNING: EvaluationOutcome.REDUCED},
        "Sekmes uzlabojās; ēdināšana jāturpina.", Recommendation.CONTINUE, date(2026, 6, 19))
    assert closed.status is PlanStatus.CLOSED
    return closed


def test_the_next_semester_starts_from_the_closed_plan(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    old = closed_previous_plan(school, catalogue)
    tab = open_tab(qtbot, make_ctx, school)
    assert tab.message.text() == "Skolēnam vēl nav atbalsta plāna semestrim 2026/2027-1."
    assert tab.create_button.isVisible()
    offer = tab.continuation
    assert offer.button.isVisible() and offer.button.text() == "Sākt no iepriekšējā plāna"
    assert offer.note.text().startswith(
        "Semestra 2025/2026-2 plāns ir izvērtēts un noslēgts.")
    assert "ar šī mācību gada likmēm" in offer.note.text()

    with qtbot.waitSignal(tab.saved):
        click(qtbot, offer.button)
    assert tab.status.status.text() == "Statuss: melnraksts"
    assert tab.status.details.text().startswith("Semestris 2026/2027-1, versija 1")
    assert not offer.isVisible() and not tab.create_button.isVisible()
    assert not tab.message.isVisible()  # every measure was carried over
    assert tab.goals.goals() == ("Uzlabot sekmes matemātikā līdz 5 ballēm.",
                                 "Apmeklēt visas stundas.")
    assert tab.summary.toPlainText() == "Atbalsts mācībās un ēdināšana."
    assert tab.responsible.currentText() == "Ilze Kalniņa — klases audzinātāja"
    assert cell(tab, 0, 1) == "Psihologa konsultācijas" and cell(tab, 1, 1) == "Ēdināšana"
    assert cell(tab, 0, 6) == "33,00\u00a0€"  # 1,5 h at this year's 22,00 € (was 21,00 €)
    assert tab.measures.total.text() == "Kopā: 153,00\u00a0€"
    assert tab.review_dates.dates() == ()
    assert not tab.is_dirty() and tab.submit_button.isVisible()

    view = stored(school)
    assert (view.status, view.version, view.author_name) == (PlanStatus.DRAFT, 1,
                                                             "Ilze Kalniņa")
    assert view.goals == old.goals and view.parent_application is None
    assert [(m.code, m.rate_cents, m.cost_cents) for m in view.measures] == [
        ("consult_psychologist", 2200, 3300), ("meals", 0, 12000)]
    assert [m.measure_type_id for m in view.measures] == [
        catalogue.measure("consult_psychologist"), catalogue.measure("meals")]
    assert plans.get_plan(school.store, school.actors["teacher"], old.id).status \
        is PlanStatus.CLOSED
    with school.store.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "plan.continue")).one()
    assert entry.entity_id == str(view.id) and str(old.id) in entry.details

    reopened = open_tab(qtbot, make_ctx, school)  # the plan exists now: no offer any more
    assert reopened.goals.goals() == old.goals and not reopened.continuation.isVisible()


def test_measures_not_carried_over_are_named(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    closed_previous_plan(school, catalogue)
    with school.store.write() as s:  # this year's catalogue has no psychologist consultations
        s.execute(update(MeasureType).where(
            MeasureType.id == catalogue.measure("consult_psychologist"))
            .values(code="consult_psychologist_new"))
    tab = open_tab(qtbot, make_ctx, school)
    with qtbot.waitSignal(tab.saved):
        click(qtbot, tab.continuation.button)
    assert tab.message.isVisible()
    assert tab.message.text().startswith(
        "No iepriekšējā plāna netika pārņemts: Psihologa konsultācijas. Pasākumu nepārņem, ")
    assert cell(tab, 0, 1) == "Ēdināšana" and tab.measures.model.rowCount() == 1
    assert [m.code for m in stored(school).measures] == ["meals"]


def test_the_offer_needs_a_closed_plan_and_the_right_to_edit_plans(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    closed_previous_plan(school, catalogue)
    support = open_tab(qtbot, make_ctx, school, "support")  # may read plans, not write them
    assert support.message.text() == "Skolēnam vēl nav atbalsta plāna semestrim 2026/2027-1."
    assert not support.create_button.isVisible() and not support.continuation.isVisible()

    teacher = school.actors["teacher"]
    peteris = school.student_ids["Pēteris Šmits"]
    plans.create_plan(school.store, teacher, peteris,
                      school.semester_ids[PREVIOUS])  # a draft, never closed
    tab = PlanTab(make_ctx("teacher"), peteris)
    qtbot.addWidget(tab)
    tab.show()
    tab.load()
    qtbot.waitUntil(lambda: tab.create_button.isVisible())
    assert not tab.continuation.isVisible()
    assert plans.list_plans(school.store, teacher, school.current_semester_id) == []


def test_submitting_asks_first_and_no_keeps_the_draft(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    teacher = school.actors["teacher"]
    plan = plans.create_plan(school.store, teacher, school.student_ids[ANNA],
                             school.current_semester_id)
    plans.save_plan_draft(school.store, teacher, plan.id, plans.PlanDraftInput(
        goals=("Regulāri apmeklēt skolu",), responsible_id=teacher.user_id,
        measures=(plans.MeasureInput(catalogue.measure("meals"), planned_cents=4000),)))
    asked: list[str] = []
    tab = PlanTab(make_ctx("teacher"), school.student_ids[ANNA],
                  confirm=lambda _p, q: asked.append(q) is None and False)
    qtbot.addWidget(tab)
    tab.show()
    tab.load()
    qtbot.waitUntil(lambda: tab.view is not None)
    click(qtbot, tab.submit_button)
    assert asked and "Kopējās izmaksas: 40,00\u00a0€" in asked[0]
    assert stored(school).status is PlanStatus.DRAFT
