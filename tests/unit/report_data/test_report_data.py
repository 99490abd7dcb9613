"""The school's semester report: figures from the database (plans, risks, measures planned
against delivered, consultation hours, costs) and the PDF that prints them."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.errors import PermissionDenied
from app.models.enums import PlanStatus
from app.reports.content_semester import CategoryCount, SpecialistHours, StatusCount
from app.reports.semester import semester_report_pdf
from app.services.assessments.recording import AssessmentInput, record_assessment
from app.services.plans.costs import hours_cost_cents
from app.services.plans.lifecycle import list_plans
from app.services.report_data.semester import semester_report
from app.services.support.consultations import ConsultationInput, log_consultation
from app.services.support.expenses import ExpenseInput, record_expense
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import expect_refused
from tests.builders.reports import ANNA, SEM, approve, money, page_count, pdf_text, plan_with_risks
from tests.builders.school import SchoolFixture

PSYCHOLOGIST_RATE = 2200  # c/h in the 2026/2027 catalogue


@pytest.fixture
def semester(school: SchoolFixture, cat: CatalogueFixture) -> SchoolFixture:
    """Anna's plan approved, Oskars's submitted, Pēteris assessed without risk; three
    consultations and two expenses in the semester, one of each outside it."""
    approve(school, plan_with_risks(school, cat))
    plan_with_risks(school, cat, "Oskars Lūsis")
    record_assessment(school.store, school.actors["teacher"], AssessmentInput(
        school.student_ids["Pēteris Šmits"], school.semester_ids[SEM], date(2026, 9, 4),
        Decimal("0"), 0, 0, [], 0), today=date(2026, 9, 4))
    anna = school.student_ids[ANNA]
    for day, minutes, attended in ((date(2026, 9, 10), 45, True), (date(2026, 10, 8), 45, True),
                                   (date(2026, 10, 15), 30, False),
                                   (date(2026, 6, 10), 60, True)):  # semester 2025/2026-2
        log_consultation(school.store, school.actors["support"], ConsultationInput(
            anna, None, day, minutes, attended=attended, topic="Mācību motivācija"))
    for year, day, cents in (("2026/2027", date(2026, 10, 1), 4000),
                             ("2026/2027", date(2026, 11, 2), 1250),
                             ("2025/2026", date(2026, 5, 10), 9900)):
        record_expense(school.store, school.actors["teacher"], ExpenseInput(
            anna, None, cat.measure("meals", year), day, cents, "Pusdienas"))
    return school


def test_the_figures_come_from_the_database(semester: SchoolFixture) -> None:
    school = semester
    report = semester_report(school.store, school.actors["coordinator"],
                             school.semester_ids[SEM])
    plans = {p.student_name: p for p in list_plans(school.store, school.actors["coordinator"],
                                                   school.semester_ids[SEM])}
    assert report.statuses == (
        StatusCount("draft", 0, 0), StatusCount("submitted", 1, plans["Oskars Lūsis"]
                                                .total_cost_cents),
        StatusCount("returned", 0, 0), StatusCount("approved", 1, plans[ANNA].total_cost_cents),
        StatusCount("closed", 0, 0))
    assert (report.students_active, report.students_assessed, report.students_at_risk) == (5, 3, 2)
    assert report.categories == (
        CategoryCount("learning", 0, 0, 2), CategoryCount("social_health", 0, 0, 0),
        CategoryCount("economic", 0, 0, 2), CategoryCount("family", 0, 0, 0))
    figures = {m.code: m for m in report.measures}
    assert set(figures) == {"consult_psychologist", "meals"}
    psych, meals = figures["consult_psychologist"], figures["meals"]
    assert (psych.plans, psych.planned_minutes, psych.planned_cents) == (1, 90, 3300)
    assert (psych.delivered_minutes, psych.delivered_cents) == (
        90, hours_cost_cents(90, PSYCHOLOGIST_RATE))
    assert (psych.rate_cents, meals.cap_cents) == (PSYCHOLOGIST_RATE, 22500)
    # only the approved plan counts as planned; expenses of the semester as delivered
    assert (meals.plans, meals.planned_cents, meals.delivered_cents) == (1, 12000, 5250)
    assert report.planned_cents == plans[ANNA].total_cost_cents == 15300
    assert report.delivered_cents == 3300 + 5250
    assert report.specialists == (SpecialistHours("psychologist", 1, 1, 3, 90, 30),)
    assert report.printed_by == "Dace Vītola"


@pytest.mark.parametrize("who", ["coordinator", "director"])
def test_coordinator_and_director_see_the_report(semester: SchoolFixture, who: str) -> None:
    report = semester_report(semester.store, semester.actors[who], semester.semester_ids[SEM])
    assert report.plans_total == 2 and report.approved_plans == 1


@pytest.mark.parametrize("who", ["teacher", "support", "admin"])
def test_other_roles_are_refused_the_report(semester: SchoolFixture, who: str) -> None:
    err = expect_refused(semester, PermissionDenied, semester_report, semester.store,
                         semester.actors[who], semester.semester_ids[SEM])
    assert "report.view" in err.text("lv")


def test_the_semester_report_pdf_prints_the_figures(semester: SchoolFixture,
                                                    tmp_path: Path) -> None:
    report = semester_report(semester.store, semester.actors["director"],
                             semester.semester_ids[SEM])
    data = semester_report_pdf(report)
    text = pdf_text(data, tmp_path)
    rows = (
        r"Skolas pārskats par semestri",
        r"2026/2027\. mācību gada 1\. semestris \(01\.09\.2026–31\.12\.2026\)",
        r"Sagatavoja: Jānis Bērziņš",
        r"Skolēni \(aktīvie\)\s+5", r"Skolēni riska grupā\s+2",
        r"Atbalsta plāni \(IAP\) kopā\s+2",
        rf"Plānotās izmaksas apstiprinātajos plānos\s+{money(15300)}",
        rf"Sniegtā atbalsta vērtība\s+{money(8550)}",
        r"Ar mācību darbu/izglītības iestādes vidi saistītie riski\s+0\s+0\s+2\s+2",
        r"Ekonomiskie riski\s+0\s+0\s+2\s+2",
        rf"apstiprināts\s+1\s+{money(15300)}", rf"iesniegts direktoram\s+1\s+{money(12000)}",
        rf"Psihologa(?: konsultācijas)?\s+22,00 €/h\s+1\s+1 h 30 min\s+1 h 30 min\s+"
        rf"{money(3300)}\s+"
        rf"{money(3300)}",
        rf"Ēdināšana\s+līdz 225,00 €\s+1\s+{money(12000)}\s+{money(5250)}",
        r"— 56 % no plānotā",
        r"Psihologs\s+1\s+1\s+3\s+1 h 30 min\s+30 min",
    )
    flat = re.sub(r"[ \t]+", " ", text)
    for row in rows:
        assert re.search(row, text) or re.search(row, flat), row
    pages = page_count(data, tmp_path)
    assert f"Lapa 1 no {pages}" in text and f"Lapa {pages} no {pages}" in text
    assert "report." not in text


def test_the_semester_report_prints_in_english(semester: SchoolFixture,
                                               tmp_path: Path) -> None:
    report = semester_report(semester.store, semester.actors["coordinator"],
                             semester.semester_ids[SEM])
    text = pdf_text(semester_report_pdf(report, "en"), tmp_path)
    for expected in ("School report for the semester", "Pupils at risk", "Economic risks",
                     "submitted to the director", "Psychologist consultations", "Psychologist",
                     "€153.00", "Page 1 of"):
        assert expected in text, expected
    assert "report." not in text


def test_an_empty_semester_still_prints(school: SchoolFixture, tmp_path: Path) -> None:
    report = semester_report(school.store, school.actors["director"],
                             school.semester_ids["2026/2027-2"])
    assert report.plans_total == 0 and report.measures == () and report.specialists == ()
    text = pdf_text(semester_report_pdf(report), tmp_path)
    assert "Šajā semestrī nav ne apstiprinātu pasākumu, ne sniegta atbalsta." in text
    assert re.search(r"melnraksts\s+0\s+0,00 €", text)  # every status, by its name
    assert PlanStatus.DRAFT.value not in text
