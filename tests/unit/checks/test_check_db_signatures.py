"""check-db verifies every stored approval: the stored director key against the canonical
bytes recomputed from the database. Tampering with an approved version in raw SQL — or with
its signature, key or director — is reported in both languages, naming pupil and version."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.run import run
from app.models.database import create_school_database
from app.secrets import KeyringSecretStore
from app.services.approvals.decisions import approve_plan
from app.services.checks.integrity import check_database
from app.services.core.store import Store
from app.services.plans.lifecycle import submit_plan
from app.services.plans.versions import amend_approved_plan
from tests.builders.approvals import submitted_plan
from tests.builders.catalogue import CatalogueFixture, load_test_catalogue
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.school import TEST_PASSWORD, SchoolFixture, build_school

TAMPERING = {
    "minutes": ("UPDATE support_measure SET planned_minutes = 600 WHERE planned_minutes = 90",
                "approvals.check_bad_signature"),
    "goal": ("UPDATE plan_goal SET text = 'Cits mērķis.' WHERE sort_order = 0",
             "approvals.check_bad_signature"),
    "risks": ("UPDATE plan_version SET approved_context = "
              "replace(approved_context, '\"severity\":3', '\"severity\":1')",
              "approvals.check_bad_signature"),
    "application": ("UPDATE plan_version SET approved_context = "
                    "replace(approved_context, '2026-09-03', '2026-08-03')",
                    "approvals.check_bad_signature"),
    "damaged context": ("UPDATE plan_version SET approved_context = '{not json'",
                        "approvals.check_bad_signature"),
    "signature": ("UPDATE plan_version SET signature = NULL", "approvals.check_unsigned"),
    "key": ("UPDATE plan_version SET signer_fingerprint = 'AAAA BBBB'",
            "approvals.check_unknown_key"),
    "director": ("UPDATE plan_version SET decided_by_id = "
                 "(SELECT id FROM app_user WHERE username = 'coordinator')",
                 "approvals.check_wrong_signer"),
    "revoked": ("UPDATE signing_key SET revoked_at = '2000-01-01 00:00:00'",
                "approvals.check_revoked_key"),
    "status only": ("UPDATE plan_version SET status = 'APPROVED', signature = NULL, "
                    "signer_fingerprint = NULL", "approvals.check_unsigned"),
}


def tamper(school: SchoolFixture, sql: str) -> None:
    with school.store.engine.begin() as conn:
        assert conn.exec_driver_sql(sql).rowcount >= 1


def test_approvals_that_hold_are_reported_as_valid(school: SchoolFixture, cat: CatalogueFixture,
                                                   secrets: KeyringSecretStore) -> None:
    plan_id = submitted_plan(school, cat)
    approve_plan(school.store, secrets, school.actors["director"], plan_id, password=TEST_PASSWORD)

    report = check_database(school.store)

    assert report.ok and not report.failed("approval_signatures")
    assert any("Direktora apstiprinājumu paraksti ir derīgi (pārbaudīto apstiprinājumu "
               "skaits: 1)." in line for line in report.lines("lv"))
    assert any("approval signatures are valid (approvals checked: 1)" in line
               for line in report.lines("en"))


@pytest.mark.parametrize("what", list(TAMPERING))
def test_a_tampered_approval_is_reported_naming_student_and_version(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore,
        what: str) -> None:
    plan_id = submitted_plan(school, cat)
    approve_plan(school.store, secrets, school.actors["director"], plan_id, password=TEST_PASSWORD)
    sql, key = TAMPERING[what]
    if what == "status only":  # a submitted plan made to look approved, without a signature
        sql = sql.replace("signer_fingerprint = NULL", "signer_fingerprint = NULL, "
                          "decided_by_id = NULL")
    tamper(school, sql)

    report = check_database(school.store)

    assert not report.ok and report.failed("approval_signatures")
    [problem] = [p for p in report.problems if p.check == "approval_signatures"]
    assert problem.key == key
    lv, en = problem.text("lv"), problem.text("en")
    assert lv.startswith("Anna Ēcere, semestris 2026/2027-1, plāna versija 1: ")
    assert en.startswith("Anna Ēcere, semester 2026/2027-1, plan version 1: ")
    assert not report.failed("audit_chain") and not report.failed("foreign_keys")


def test_only_the_tampered_version_of_an_amended_plan_is_reported(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    director, teacher = school.actors["director"], school.actors["teacher"]
    plan_id = submitted_plan(school, cat)
    approve_plan(school.store, secrets, director, plan_id, password=TEST_PASSWORD)
    amend_approved_plan(school.store, teacher, plan_id)
    submit_plan(school.store, teacher, plan_id)
    approve_plan(school.store, secrets, director, plan_id, password=TEST_PASSWORD)
    tamper(school, "UPDATE support_measure SET planned_cents = 99999 WHERE planned_cents = "
                   "12000 AND version_id = (SELECT id FROM plan_version WHERE number = 2)")

    problems = check_database(school.store).problems

    assert [p.params["version"] for p in problems] == [2]
    assert "paraksts neatbilst plānam" in problems[0].text("lv")
    assert "has been changed since it was approved" in problems[0].text("en")


def test_pumpurs_check_db_prints_the_tampered_plan(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "skola.db"
    created = create_school_database(db, None, plaintext=True)  # at head, by the migrations
    store = Store(created.engine)
    school = build_school(store)
    secrets = KeyringSecretStore(MemoryKeyring())
    plan_id = submitted_plan(school, load_test_catalogue(store, school))
    approve_plan(store, secrets, school.actors["director"], plan_id, password=TEST_PASSWORD)
    assert run(["check-db", "--db", str(db), "--plaintext", "--lang", "en"]) == 0
    tamper(school, TAMPERING["minutes"][0])
    store.close()
    capsys.readouterr()

    code = run(["check-db", "--db", str(db), "--plaintext", "--lang", "lv"])

    out = capsys.readouterr().out
    assert code == 1
    assert "Datubāzes pārbaude: atrastas problēmas (1)." in out
    assert ("  ✗ Anna Ēcere, semestris 2026/2027-1, plāna versija 1: paraksts neatbilst "
            "plānam — apstiprinātā versija pēc apstiprināšanas ir mainīta.") in out


def test_an_approval_undone_in_raw_sql_is_reported_from_the_audit_trail(
        school: SchoolFixture, cat: CatalogueFixture, secrets: KeyringSecretStore) -> None:
    """Back to "submitted", the signature gone: nothing is left for the signature check to
    verify, but the trail recorded the approval."""
    plan_id = submitted_plan(school, cat)
    approve_plan(school.store, secrets, school.actors["director"], plan_id, password=TEST_PASSWORD)
    tamper(school, "UPDATE plan_version SET status = 'SUBMITTED', signature = NULL, "
                   "signer_fingerprint = NULL, decided_by_id = NULL, decided_at = NULL")
    tamper(school, "UPDATE support_plan SET status = 'SUBMITTED'")

    report = check_database(school.store)

    assert report.failed("approvals_standing") and not report.failed("approval_signatures")
    [problem] = [p for p in report.problems if p.check == "approvals_standing"]
    assert problem.text("lv").startswith("Anna Ēcere: plāna 1. versiju audita žurnāls rāda")
    assert "version 1 of the plan as approved" in problem.text("en")
