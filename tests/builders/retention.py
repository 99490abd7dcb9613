"""Shared by the retention tests: a pupil who left, with every kind of personal data.

Anna Ēcere (personal code, birth date, a guardian, an approved plan of 2026/2027-1 with a
parent's application and its scan, an assessment with notes, a consultation with notes, an
expense, a plan returned once with a comment) leaves on 1 December 2026; Pēteris stays.
Her time in the programme ends with the semester: 31 December 2026."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Connection

from app.models.enums import StudentStatus
from app.secrets import KeyringSecretStore
from app.services.approvals.decisions import approve_plan
from app.services.students.registry import GuardianInput, StudentInput, update_student
from app.services.students.status import mark_student_left
from app.services.support.attachments import add_attachment
from app.services.support.consultations import log_consultation
from tests.builders.approvals import submitted_plan
from tests.builders.approvals_batch import second_plan
from tests.builders.catalogue import CatalogueFixture
from tests.builders.consultations import consultation
from tests.builders.expenses import expense
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.plans import ANNA
from tests.builders.school import TEST_PASSWORD, SchoolFixture

CODE = "150312-21909"
BORN = date(2012, 3, 15)
GUARDIAN = "Ruta Ēcere"
PHONE = "+371 29123456"
LEFT_ON = date(2026, 12, 1)
ENDED_ON = date(2026, 12, 31)
PDF_SCAN = b"%PDF-1.4\n% Anna Ecere application\n" + b"0" * 200 + b"\n%%EOF\n"


def pupil_who_left(school: SchoolFixture, cat: CatalogueFixture) -> uuid.UUID:
    sid = school.student_ids[ANNA]
    coordinator = school.actors["coordinator"]
    update_student(school.store, coordinator, sid, StudentInput(
        "Anna", "Ēcere", school.class_ids["5.a"], personal_code=CODE, birth_date=BORN,
        guardians=[GuardianInput(GUARDIAN, "māte", PHONE)]), today=date(2026, 12, 4))
    plan_id = submitted_plan(school, cat)
    approve_plan(school.store, KeyringSecretStore(MemoryKeyring()), school.actors["director"],
                 plan_id, password=TEST_PASSWORD)
    log_consultation(school.store, school.actors["support"], consultation(school))
    expense(school, cat, plan_id=plan_id)
    add_attachment(school.store, school.actors["teacher"], sid, "Anna Ēcere iesniegums.pdf",
                   PDF_SCAN)
    second_plan(school, cat)
    mark_student_left(school.store, coordinator, sid, StudentStatus.LEFT, LEFT_ON,
                      "Pārcēlās uz Anna Ēcere jauno skolu", today=date(2026, 12, 4))
    return sid


def values_holding(conn: Connection, words: list[str]) -> list[tuple[str, str, str]]:
    """(table, column, word) for every value of every column of every table of the database
    (text, dates as stored, bytes) holding one of `words`."""
    found = []
    tables = [r[0] for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        result = conn.exec_driver_sql(f'SELECT * FROM "{table}"')
        columns = list(result.keys())
        for row in result:
            for column, value in zip(columns, row, strict=True):
                if value is None:
                    continue
                text = (value.decode("latin-1") if isinstance(value, bytes)
                        else str(value)).casefold()
                found += [(table, column, w) for w in words if w.casefold() in text]
    return found
