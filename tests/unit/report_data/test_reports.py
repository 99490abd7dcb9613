"""The printed IAP: built from a real plan (made through the services) and read back as text
with pdftotext — Latvian letters, figures from the database, approval block, page numbers.

The helpers at the top (`pdf_text`, `page_count`, `plan_with_risks`, `approve`) are shared
by the other report tests.
"""

from __future__ import annotations

import ast
import dataclasses
import re
import subprocess
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from app.errors import NotFound, PermissionDenied
from app.models import Student
from app.models.enums import EvaluationOutcome, PlanStatus, Recommendation, RiskCategory
from app.reports.iap import plan_pdf
from app.reports.recovery import recovery_sheet_pdf
from app.services.plans.lifecycle import (
    get_plan,
    record_evaluation,
)
from app.services.report_data.plan_documents import plan_document, semester_plan_documents
from tests.builders.catalogue import CatalogueFixture
from tests.builders.reports import (
    ANNA,
    FINGERPRINT,
    SEM,
    approve,
    money,
    page_count,
    pdf_text,
    plan_with_risks,
)
from tests.builders.school import SchoolFixture

CODE = "325614-12345"  # the new format: no date, no check digit
APP = Path(__file__).resolve().parents[3] / "app"


def set_personal_code(school: SchoolFixture, student: str = ANNA) -> None:
    with school.store.write() as s:
        s.execute(update(Student).where(Student.id == school.student_ids[student])
                  .values(personal_code=CODE))


@pytest.fixture
def approved(school: SchoolFixture, cat: CatalogueFixture) -> uuid.UUID:
    plan_id = plan_with_risks(school, cat)
    approve(school, plan_id)
    set_personal_code(school)
    return plan_id


def _doc_text(school: SchoolFixture, plan_id: uuid.UUID, tmp_path: Path, who: str = "director",
              lang: str = "lv") -> str:
    doc = plan_document(school.store, school.actors[who], plan_id)
    return pdf_text(plan_pdf(doc, lang), tmp_path)


def test_the_iap_prints_the_plan_in_latvian(school: SchoolFixture, approved: uuid.UUID,
                                            tmp_path: Path) -> None:
    data = plan_pdf(plan_document(school.store, school.actors["director"], approved))
    text = pdf_text(data, tmp_path)
    plan = get_plan(school.store, school.actors["director"], approved)
    for expected in (
        "Priekules vidusskola", "Reģ. Nr. 4113900123 · Dienvidkurzemes novads",
        "Individuālais atbalsta plāns",
        "2026/2027. mācību gada 1. semestris (01.09.2026–31.12.2026)",
        "Statuss: apstiprināts · 1. versija",
        "Skolēns: Anna Ēcere", "Klase: 5.a", f"Personas kods: {CODE}",
        "Plāna autors: Ilze Kalniņa", "Atbildīgā persona: Ilze Kalniņa",
        "Vecāka iesniegums: saņemts 03.09.2026, iesniedzējs Ruta Ēcere",
        "Riska izvērtējums veikts 02.09.2026.",
        "Ar mācību darbu/izglītības iestādes vidi saistītie riski — līmenis: augsts",
        "Ekonomiskie riski — līmenis: augsts",
        "(vidēja pakāpe) — Divi nesekmīgi.", "(augsta pakāpe)",
        "kavējumi 11,5 % stundu (augsts līmenis)",
        "1. Uzlabot sekmes matemātikā līdz 5 ballēm.", "2. Apmeklēt visas stundas.",
        "Psihologa konsultācijas", "Līga Zariņa", "1 h 30 min", "22,00 €/h", "Ēdināšana",
        "Pārskatīšanas datumi", "15.10.2026, 10.12.2026",
        "Apstiprināja direktors: Jānis Bērziņš",
        "Apstiprināšanas laiks: 28.09.2026 14:05",
        f"Paraksta atslēgas nospiedums: {FINGERPRINT}",
    ):
        assert expected in text, expected
    assert plan.total_cost_cents == 90 * 2200 // 60 + 12000
    assert re.search(rf"Kopā\s+1 h 30 min\s+{re.escape(money(plan.total_cost_cents))}", text), \
        text[text.find("Kopā"):text.find("Kopā") + 80]
    for m in plan.measures:
        assert money(m.cost_cents) in text
    pages = page_count(data, tmp_path)
    assert [f"Lapa {n} no {pages}" in text for n in range(1, pages + 1)] == [True] * pages
    assert "report." not in text  # every label came from the catalogue


def test_the_iap_prints_in_english(school: SchoolFixture, approved: uuid.UUID,
                                   tmp_path: Path) -> None:
    text = _doc_text(school, approved, tmp_path, lang="en")
    for expected in (
        "Individual support plan (IAP)", "School year 2026/2027, semester 1",
        "Reg. No. 4113900123", "Pupil: Anna Ēcere", "Risks related to learning",
        "Economic risks — level: high", "Psychologist consultations", "€22.00/h", "Meals",
        "Approved by the director: Jānis Bērziņš", "Approved at: 28.09.2026 14:05",
        f"Signature key fingerprint: {FINGERPRINT}", "Page 1 of",
    ):
        assert expected in text, expected
    assert "report." not in text


def test_a_fingerprint_is_printed_in_groups_of_four(school: SchoolFixture,
                                                    approved: uuid.UUID, tmp_path: Path) -> None:
    approve(school, approved, fingerprint="sha256:0a1b2c3d4e5f60718293a4b5")
    text = _doc_text(school, approved, tmp_path)
    assert "nospiedums: sha2 560a 1b2c 3d4e 5f60 7182 93a4 b5" in text


def test_an_approval_without_a_stored_signature_says_so(school: SchoolFixture,
                                                        approved: uuid.UUID,
                                                        tmp_path: Path) -> None:
    approve(school, approved, fingerprint=None)
    text = _doc_text(school, approved, tmp_path)
    assert "Apstiprināja direktors: Jānis Bērziņš" in text
    assert "Paraksta atslēgas nospiedums: paraksts nav reģistrēts" in text


def test_a_plan_waiting_for_the_director_is_not_approved(school: SchoolFixture,
                                                         cat: CatalogueFixture,
                                                         tmp_path: Path) -> None:
    plan_id = plan_with_risks(school, cat)
    text = _doc_text(school, plan_id, tmp_path)
    assert "Statuss: iesniegts direktoram" in text
    assert "Statuss: nav apstiprināts" in text
    assert "Apstiprināja" not in text and "nospiedums" not in text


def test_a_returned_plan_shows_the_directors_comment(school: SchoolFixture,
                                                     cat: CatalogueFixture,
                                                     tmp_path: Path) -> None:
    plan_id = plan_with_risks(school, cat)
    approve(school, plan_id, None, PlanStatus.RETURNED, "Precizējiet psihologa stundu skaitu.")
    text = _doc_text(school, plan_id, tmp_path)
    assert "Statuss: atgriezts labošanai" in text
    assert "Atgrieza: Jānis Bērziņš, 28.09.2026 14:05" in text
    assert "Direktora komentārs: Precizējiet psihologa stundu skaitu." in text
    english = _doc_text(school, plan_id, tmp_path, lang="en")
    assert "Director's comment: Precizējiet psihologa stundu skaitu." in english


def test_the_evaluation_is_printed_when_there_is_one(school: SchoolFixture,
                                                     approved: uuid.UUID,
                                                     tmp_path: Path) -> None:
    record_evaluation(school.store, school.actors["teacher"], approved,
                      {RiskCategory.LEARNING: EvaluationOutcome.REDUCED,
                       RiskCategory.ECONOMIC: EvaluationOutcome.UNCHANGED},
                      "Sekmes uzlabojās; ēdināšana jāturpina.", Recommendation.CONTINUE,
                      evaluated_on=date(2026, 11, 20))
    text = _doc_text(school, approved, tmp_path)
    assert "Statuss: izvērtēts un slēgts" in text
    assert "Izvērtējums semestra beigās" in text
    assert "Izvērtēja: Ilze Kalniņa, 20.11.2026" in text
    assert re.search(r"Ar mācību darbu/izglītības iestādes vidi saistītie riski\s+risks "
                     r"samazinājies", text)
    assert re.search(r"Ekonomiskie riski\s+risks nav mainījies", text)
    assert "Apraksts: Sekmes uzlabojās; ēdināšana jāturpina." in text
    assert "Ieteikums: turpināt atbalstu nākamajā semestrī" in text
    # the approval block stays: the evaluated plan is still the approved one
    assert "Apstiprināja direktors: Jānis Bērziņš" in text


@pytest.mark.parametrize(("who", "shown"), [
    ("teacher", True), ("coordinator", True), ("director", True), ("support", False),
])
def test_the_personal_code_is_printed_only_for_roles_that_handle_the_paper(
        school: SchoolFixture, approved: uuid.UUID, tmp_path: Path, who: str,
        shown: bool) -> None:
    doc = plan_document(school.store, school.actors[who], approved)
    assert (doc.personal_code == CODE) is shown
    text = pdf_text(plan_pdf(doc), tmp_path)
    assert (CODE in text) is shown and "Anna Ēcere" in text


@pytest.mark.parametrize(("who", "error"), [
    ("teacher2", NotFound), ("support2", NotFound), ("admin", PermissionDenied),
])
def test_a_plan_the_reader_may_not_see_is_not_printed(school: SchoolFixture,
                                                      approved: uuid.UUID, who: str,
                                                      error: type[Exception]) -> None:
    with pytest.raises(error) as exc:
        plan_document(school.store, school.actors[who], approved)
    assert exc.value.text("lv") and exc.value.text("en")  # type: ignore[attr-defined]


def test_the_semesters_plans_need_the_report_right_and_come_in_class_order(
        school: SchoolFixture, cat: CatalogueFixture) -> None:
    anna = plan_with_risks(school, cat)
    oskars = plan_with_risks(school, cat, "Oskars Lūsis")
    approve(school, anna)
    sem = school.semester_ids[SEM]
    docs = semester_plan_documents(school.store, school.actors["director"], sem)
    assert [(d.class_name, d.student_name, d.status) for d in docs] == [
        ("5.a", ANNA, "approved"), ("6.b", "Oskars Lūsis", "submitted")]
    only = semester_plan_documents(school.store, school.actors["coordinator"], sem,
                                   PlanStatus.SUBMITTED)
    assert [d.student_name for d in only] == ["Oskars Lūsis"]
    assert semester_plan_documents(school.store, school.actors["director"],
                                   school.semester_ids["2026/2027-2"]) == []
    for who in ("teacher", "support", "admin"):
        with pytest.raises(PermissionDenied) as exc:
            semester_plan_documents(school.store, school.actors[who], sem)
        assert "report.view" in exc.value.text("lv")
    assert oskars != anna


def test_the_report_package_needs_neither_qt_nor_the_orm() -> None:
    """app/reports takes plain dataclasses: no SQLAlchemy, models, services or Qt there."""
    bad = []
    for path in sorted((APP / "reports").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            bad += [f"{path.name}: {n}" for n in names
                    if n.split(".")[0] in ("sqlalchemy", "PySide6")
                    or n.startswith(("app.models", "app.services", "app.ui"))]
    assert bad == []


def test_the_recovery_sheet_prints_the_key_in_groups_with_instructions(tmp_path: Path) -> None:
    from app.models.keys import recovery_key_text

    key = recovery_key_text(bytes(range(32)))
    groups = key.split("-")
    data = recovery_sheet_pdf("Priekules vidusskola", tmp_path / "skola.db", key,
                              datetime(2026, 9, 1, 6, 30, tzinfo=UTC))
    text = pdf_text(data, tmp_path)
    flat = " ".join(text.split())
    assert page_count(data, tmp_path) == 1 and "Lapa 1 no 1" in text
    for expected in ("Datubāzes atkopšanas atslēga", "Izglītības iestāde: Priekules vidusskola",
                     f"Datubāzes datne: {tmp_path / 'skola.db'}", "Izveidota: 01.09.2026 09:30",
                     f'pumpurs recover --db "{tmp_path / "skola.db"}"', "seifā",
                     "nesūtiet to e-pastā"):
        assert expected in flat, expected
    printed = re.findall(r"\b[A-Z2-7]{4}\b", text.split("Atkopšanas atslēga", 2)[-1])
    assert printed[:len(groups)] == groups and len(groups) == 14
    english = pdf_text(recovery_sheet_pdf("Priekules vidusskola", "skola.db", key,
                                          datetime(2026, 9, 1, 6, 30, tzinfo=UTC), "en"),
                       tmp_path)
    assert "Database recovery key" in english
    assert 'pumpurs recover --db "skola.db"' in " ".join(english.split())
    assert "report." not in text + english


def test_the_approval_stays_on_the_first_page_and_the_parent_signs_that_they_read_it(
        school: SchoolFixture, approved: uuid.UUID, tmp_path: Path) -> None:
    doc = plan_document(school.store, school.actors["director"], approved)
    # Eight goals leave room on the first page for the approval block but not for the
    # signature lines as well: the approval stays, the signatures go on to the next page.
    goals = tuple(f"Mērķis {n}: apmeklēt visas stundas un sekot līdzi mājasdarbiem."
                  for n in range(1, 9))
    data = plan_pdf(dataclasses.replace(doc, goals=goals))
    path = tmp_path / "plan.pdf"
    path.write_bytes(data)
    first = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "1", str(path), "-"],
                           check=True, capture_output=True, text=True).stdout
    assert "Apstiprināja direktors: Jānis Bērziņš" in first
    assert "Ar plānu iepazinos" not in first and page_count(data, tmp_path) == 2
    text = pdf_text(data, tmp_path)
    assert "Ar plānu iepazinos (vecāks vai likumiskais pārstāvis):" in text
    assert re.search(r"_{28}\s*\n\s*Ruta Ēcere", text), text[-600:]
    english = _doc_text(school, approved, tmp_path, lang="en")
    assert "I have read the plan (parent or legal guardian):" in english
