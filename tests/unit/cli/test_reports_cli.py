"""`pumpurs report plans` and `pumpurs report semester` on real database files: a small
school made through the services, and (slow) the demo school behind an encrypted key file."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli.reports import plan_filename
from app.cli.run import run
from app.demo import build_demo_school
from app.models import AuditEntry, PlanVersion, SupportMeasure, SupportPlan
from app.models.database import create_school_database
from app.models.enums import PlanStatus
from app.reports.iap import plan_pdf
from app.reports.semester import semester_report_pdf
from app.services.core.store import Store
from app.services.report_data.common import command_line_actor, find_semester
from app.services.report_data.plan_documents import semester_plan_documents
from app.services.report_data.semester import semester_report
from tests.builders.catalogue import load_test_catalogue
from tests.builders.reports import SEM, approve, money, pdf_text, plan_with_risks
from tests.builders.school import SchoolFixture, build_school

ANNA_FILE = "5.a_Ēcere_Anna_2026-2027-1.pdf"
OSKARS_FILE = "6.b_Lūsis_Oskars_2026-2027-1.pdf"


@pytest.fixture
def school_file(tmp_path: Path) -> Iterator[tuple[Path, SchoolFixture]]:
    """A plaintext school database made like a real one (migrations), with two plans."""
    path = tmp_path / "skola.db"
    created = create_school_database(path, None, plaintext=True)
    store = Store(created.engine)
    school = build_school(store)
    cat = load_test_catalogue(store, school)
    approve(school, plan_with_risks(school, cat))
    plan_with_risks(school, cat, "Oskars Lūsis")
    yield path, school
    store.close()


def audit_rows(school: SchoolFixture, action: str) -> list[AuditEntry]:
    with school.store.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def report(path: Path, *args: str) -> int:
    return run(["report", *args[:1], "--db", str(path), "--plaintext", *args[1:]])


def test_report_plans_writes_one_pdf_per_plan(school_file: tuple[Path, SchoolFixture],
                                              tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path, school = school_file
    out = tmp_path / "plāni"
    assert report(path, "plans", "--out", str(out), "--semester", SEM) == 0
    assert f"Izveidotas 2 atbalsta plānu PDF datnes mapē {out}." in capsys.readouterr().out
    assert sorted(p.name for p in out.iterdir()) == [ANNA_FILE, OSKARS_FILE]
    anna = pdf_text((out / ANNA_FILE).read_bytes(), tmp_path)
    assert "Skolēns: Anna Ēcere" in anna and "Statuss: apstiprināts" in anna
    assert "Apstiprināja direktors: Jānis Bērziņš" in anna
    oskars = pdf_text((out / OSKARS_FILE).read_bytes(), tmp_path)
    assert "Skolēns: Oskars Lūsis" in oskars and "Statuss: nav apstiprināts" in oskars
    [entry] = audit_rows(school, "report.plans")
    assert entry.username == "komandrinda" and entry.user_id is None
    assert '"plans":2' in entry.details


def test_report_plans_of_one_status_in_english(school_file: tuple[Path, SchoolFixture],
                                               tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = school_file
    out = tmp_path / "approved"
    assert report(path, "plans", "--out", str(out), "--status", "approved", "--lang", "en",
                  "--semester", SEM) == 0
    assert f"Wrote 1 support plan PDF to {out}." in capsys.readouterr().out
    [only] = out.iterdir()
    assert only.name == ANNA_FILE
    assert "Individual support plan (IAP)" in pdf_text(only.read_bytes(), tmp_path)


def test_report_semester_writes_the_report(school_file: tuple[Path, SchoolFixture],
                                           tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path, school = school_file
    out = tmp_path / "pārskati" / "2026-1.pdf"
    assert report(path, "semester", "--out", str(out), "--semester", SEM) == 0
    assert f"Semestra {SEM} pārskats saglabāts: {out}." in capsys.readouterr().out
    text = pdf_text(out.read_bytes(), tmp_path)
    assert "Skolas pārskats par semestri" in text and "Sagatavoja: komandrinda" in text
    assert "Plānotās izmaksas apstiprinātajos plānos" in text and money(15300) in text
    assert len(audit_rows(school, "report.semester")) == 1


def test_an_unknown_semester_names_the_known_ones_and_writes_nothing(
        school_file: tuple[Path, SchoolFixture], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    path, school = school_file
    out = tmp_path / "nekas"
    assert report(path, "plans", "--out", str(out), "--semester", "2030/2031-1") == 2
    err = capsys.readouterr().err
    assert "Semestris: “2030/2031-1” nav atrasts" in err and "2026/2027-1, 2026/2027-2" in err
    assert not out.exists() and audit_rows(school, "report.plans") == []
    file = tmp_path / "a.pdf"
    file.write_bytes(b"")
    assert report(path, "plans", "--out", str(file), "--semester", SEM) == 2
    assert "Mape:" in capsys.readouterr().err and file.read_bytes() == b""


def test_a_semester_without_plans_writes_no_files(school_file: tuple[Path, SchoolFixture],
                                                  tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = school_file
    out = tmp_path / "tukšs"
    assert report(path, "plans", "--out", str(out), "--semester", "2026/2027-2") == 0
    assert "nav neviena atbalsta plāna" in capsys.readouterr().out and not out.exists()


def test_file_names_are_safe_and_keep_latvian_letters(
        school_file: tuple[Path, SchoolFixture]) -> None:
    _, school = school_file
    [doc, _] = semester_plan_documents(school.store, school.actors["director"],
                                       school.semester_ids[SEM])
    assert plan_filename(doc) == ANNA_FILE
    odd = dataclasses.replace(doc, class_name="Pavārs, 2. kurss", last_name="Bērziņa/Ozola",
                              first_name="Anna Marija")
    assert plan_filename(odd) == "Pavārs-2.-kurss_Bērziņa-Ozola_Anna-Marija_2026-2027-1.pdf"
    assert plan_filename(dataclasses.replace(doc, last_name="../..")) == (
        "5.a_-_Anna_2026-2027-1.pdf")


# ---- the demo school ------------------------------------------------------------------------

@pytest.mark.slow
def test_the_demo_schools_documents_match_its_database(store: Store, tmp_path: Path) -> None:
    build_demo_school(store.engine)
    actor = command_line_actor()
    sem = find_semester(store, "2026/2027-1")
    docs = semester_plan_documents(store, actor, sem.id)
    with store.read() as s:
        by_status = dict(s.execute(select(SupportPlan.status, func.count())
                                   .where(SupportPlan.semester_id == sem.id)
                                   .group_by(SupportPlan.status)).all())
        approved_cost = s.scalar(
            select(func.sum(SupportMeasure.cost_cents))
            .join(PlanVersion, PlanVersion.id == SupportMeasure.version_id)
            .join(SupportPlan, (SupportPlan.id == PlanVersion.plan_id)
                  & (SupportPlan.current_version == PlanVersion.number))
            .where(SupportPlan.semester_id == sem.id,
                   SupportPlan.status.in_((PlanStatus.APPROVED, PlanStatus.CLOSED))))
    assert Counter(d.status for d in docs) == {k.value: v for k, v in by_status.items()}
    report_data = semester_report(store, actor, sem.id)
    assert report_data.planned_cents == approved_cost
    assert {s.status: s.plans for s in report_data.statuses if s.plans} == Counter(
        d.status for d in docs)
    text = pdf_text(semester_report_pdf(report_data), tmp_path)
    assert money(approved_cost or 0) in text and "Lapa 1 no" in text
    signed = next(d for d in docs if d.status == "approved")
    iap = pdf_text(plan_pdf(signed), tmp_path)
    assert f"Skolēns: {signed.student_name}" in iap
    assert money(signed.total_cost_cents) in iap
    assert ("paraksts nav reģistrēts" in iap) is (signed.approval.fingerprint is None)
    assert signed.approval.director_name and signed.approval.director_name in iap


@pytest.mark.slow
def test_the_report_commands_on_the_encrypted_demo_school(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PUMPURS_KEY_PASSPHRASE", "testa-parole")
    db = tmp_path / "demo.db"
    key = ["--db", str(db), "--key-store", "file"]
    assert run(["demo", *key]) == 0
    out = tmp_path / "plāni"
    assert run(["report", "plans", *key, "--out", str(out), "--semester", SEM]) == 0
    said = capsys.readouterr().out
    files = sorted(out.iterdir())
    assert f"Izveidotas {len(files)} atbalsta plānu PDF datnes" in said or (
        f"Izveidots {len(files)} atbalsta plānu PDF datņu" in said)
    assert len(files) > 20 and all(f.stat().st_size > 10_000 for f in files)
    sheet = tmp_path / "pārskats.pdf"
    assert run(["report", "semester", *key, "--out", str(sheet), "--semester", SEM]) == 0
    assert "Skolas pārskats par semestri" in pdf_text(sheet.read_bytes(), tmp_path)
