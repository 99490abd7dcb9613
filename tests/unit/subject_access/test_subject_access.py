"""Subject access: for one pupil, everything the school's database holds — every row about
them, checked here against the database table by table — as JSON, a PDF a parent reads, and
the documents; nothing of any other pupil; confidential notes listed, their text withheld;
the coordinator or the director only, and the export recorded."""

from __future__ import annotations

import json
import subprocess
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied
from app.models import (
    AuditEntry,
    Consultation,
    Expense,
    Guardian,
    PlanGoal,
    PlanVersion,
    RiskAssessment,
    RiskFinding,
    Student,
    SupportMeasure,
    SupportPlan,
)
from app.secrets import KeyringSecretStore
from app.services.approvals.decisions import approve_plan
from app.services.students.registry import GuardianInput, StudentInput, update_student
from app.services.subject_access import export_subject
from app.services.support.attachments import add_attachment
from tests.builders.approvals import submitted_plan
from tests.builders.approvals_batch import PETERIS, second_plan
from tests.builders.catalogue import CatalogueFixture
from tests.builders.consultations import SECRET, consultation
from tests.builders.expenses import expense
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.plans import ANNA
from tests.builders.school import TEST_PASSWORD, SchoolFixture

PDF_SCAN = b"%PDF-1.4\n% a parent's application\n" + b"0" * 200 + b"\n%%EOF\n"


@pytest.fixture
def anna(school: SchoolFixture, cat: CatalogueFixture) -> uuid.UUID:
    """Anna with a guardian, an approved plan, a consultation with notes, an expense and a
    scan; Pēteris beside her with a plan of his own."""
    from app.services.support.consultations import log_consultation

    sid = school.student_ids[ANNA]
    update_student(school.store, school.actors["coordinator"], sid, StudentInput(
        "Anna", "Ēcere", school.class_ids["5.a"],
        guardians=[GuardianInput("Ruta Ēcere", "māte", "+371 20000000")]))
    plan_id = submitted_plan(school, cat)
    approve_plan(school.store, KeyringSecretStore(MemoryKeyring()), school.actors["director"],
                 plan_id, password=TEST_PASSWORD)
    log_consultation(school.store, school.actors["support"], consultation(school))
    expense(school, cat, plan_id=plan_id)
    add_attachment(school.store, school.actors["teacher"], sid, "iesniegums.pdf", PDF_SCAN)
    second_plan(school, cat)
    return sid


def _ids(school: SchoolFixture, model: type, *where: object) -> set[uuid.UUID]:
    with school.store.read() as s:
        return set(s.scalars(select(model.id).where(*where)))  # type: ignore[attr-defined]


def test_everything_about_the_pupil_and_nothing_of_another(
        school: SchoolFixture, anna: uuid.UUID, tmp_path: Path) -> None:
    done = export_subject(school.store, school.actors["coordinator"], anna, tmp_path)
    data = json.loads(done.data.read_text(encoding="utf-8"))
    records = data["records"]
    got = {table: {uuid.UUID(r["id"]) for r in rows if "id" in r}
           for table, rows in records.items()}
    plans = _ids(school, SupportPlan, SupportPlan.student_id == anna)
    versions = _ids(school, PlanVersion, PlanVersion.plan_id.in_(plans))
    assessments = _ids(school, RiskAssessment, RiskAssessment.student_id == anna)
    expected = {
        "student": {anna}, "guardian": _ids(school, Guardian, Guardian.student_id == anna),
        "support_plan": plans, "plan_version": versions,
        "plan_goal": _ids(school, PlanGoal, PlanGoal.version_id.in_(versions)),
        "support_measure": _ids(school, SupportMeasure, SupportMeasure.version_id.in_(versions)),
        "risk_assessment": assessments,
        "risk_finding": _ids(school, RiskFinding, RiskFinding.assessment_id.in_(assessments)),
        "consultation": _ids(school, Consultation, Consultation.student_id == anna),
        "expense": _ids(school, Expense, Expense.student_id == anna),
    }
    for table, ids in expected.items():
        assert ids and got[table] == ids, table
    assert done.records == sum(len(rows) for rows in records.values())
    assert [p.read_bytes() for p in done.documents] == [PDF_SCAN]
    assert data["audit_trail"] and all(e["student_id"] == str(anna)
                                       for e in data["audit_trail"])

    text = done.data.read_text(encoding="utf-8") + _pdf_text(done.pdf, tmp_path)
    peteris = school.student_ids[PETERIS]
    assert PETERIS not in text and str(peteris) not in text
    assert SECRET not in text and "konfidenciāla piezīme" in text
    pdf = _pdf_text(done.pdf, tmp_path)
    for words in ("Skolēna datu izraksts", "Personas dati", "Anna Ēcere", "Ruta Ēcere",
                  "Riska izvērtējumi", "Individuālie atbalsta plāni", "Konsultācijas",
                  "Izdevumi", "Dokumenti", "iesniegums.pdf", "Kas un kad datus skatīja",
                  "Kas nosūtīts pašvaldībai", "1. Uzlabot"):
        assert words in pdf, words
    with school.store.read() as s:
        entry = s.scalars(select(AuditEntry).where(
            AuditEntry.action == "student.subject_export")).one()
    assert entry.student_id == anna and entry.user_id == school.actors["coordinator"].user_id


def _pdf_text(pdf: Path, tmp_path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout.replace("\u00a0", " ")


@pytest.mark.parametrize("who", ["teacher", "support", "admin"])
def test_only_the_coordinator_or_the_director_exports(
        school: SchoolFixture, anna: uuid.UUID, tmp_path: Path, who: str) -> None:
    out = tmp_path / "izraksti"
    out.mkdir()
    with pytest.raises(PermissionDenied) as refused:
        export_subject(school.store, school.actors[who], anna, out)
    assert "PMP koordinators vai direktors" in refused.value.text("lv")
    assert list(out.iterdir()) == []


def test_the_director_exports_in_english_into_a_new_folder_each_time(
        school: SchoolFixture, anna: uuid.UUID, tmp_path: Path) -> None:
    first = export_subject(school.store, school.actors["director"], anna, tmp_path, "en",
                           today=date(2026, 12, 4))
    second = export_subject(school.store, school.actors["director"], anna, tmp_path, "en",
                            today=date(2026, 12, 4))
    assert first.folder.name == "pumpurs-anna-ecere-2026-12-04"
    assert second.folder.name == "pumpurs-anna-ecere-2026-12-04-2"
    assert "Pupil's data record" in _pdf_text(second.pdf, tmp_path)
    with school.store.read() as s:
        assert s.get(Student, anna) is not None  # nothing was changed or removed
