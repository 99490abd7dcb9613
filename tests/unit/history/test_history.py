"""The audit trail read back in plain words: a pupil's history and the auditors' trail."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import NotFound, PermissionDenied
from app.models.enums import StudentStatus
from app.services.history.student_history import audit_trail, describe, student_history
from app.services.students.registry import (
    GuardianInput,
    StudentInput,
    get_student,
    mark_student_left,
    update_student,
)
from app.services.support.attachments import add_attachment, read_attachment
from app.services.support.staff_assignment import assign_support_staff
from app.services.users import auth
from tests.builders.school import SchoolFixture

ANNA = "Anna Ēcere"
OSKARS = "Oskars Lūsis"


def edit_anna(school: SchoolFixture) -> None:
    sid = school.student_ids[ANNA]
    now = get_student(school.store, school.actors["coordinator"], sid)
    update_student(school.store, school.actors["teacher"], sid, StudentInput(
        "Anna", "Ēcere-Liepa", now.class_id,
        guardians=[GuardianInput("Inese Ēcere", "māte", "+371 20000000")]))


def test_student_history_tells_who_did_what_newest_first(school: SchoolFixture) -> None:
    sid = school.student_ids[ANNA]
    edit_anna(school)
    attachment = add_attachment(school.store, school.actors["support"], sid, "iesniegums.pdf",
                                b"%PDF-1.4 test", "application/pdf")
    read_attachment(school.store, school.actors["coordinator"], attachment.id)
    mark_student_left(school.store, school.actors["coordinator"], sid, StudentStatus.TRANSFERRED,
                      date(2026, 11, 20), "Pārcēlās uz Liepāju", today=date(2026, 11, 23))

    history = student_history(school.store, school.actors["teacher"], sid)
    assert [h.action for h in history] == ["student.mark_left", "attachment.read",
                                           "attachment.add", "student.update"]
    assert [h.who for h in history] == ["Dace Vītola", "Dace Vītola", "Līga Zariņa",
                                        "Ilze Kalniņa"]
    assert history[0].what == ("Atzīmēts, ka skolēns pārgāja uz citu izglītības iestādi "
                               "(20.11.2026).")
    assert history[1].what == "Atvērts dokuments “iesniegums.pdf”."
    assert history[3].what == "Laboti skolēna dati: uzvārds, vecāki vai aizbildņi."
    assert len(history[3].when) == len("23.11.2026 14:05") and history[3].when[2] == "."
    english = student_history(school.store, school.actors["teacher"], sid, lang="en")
    assert english[3].what == "Pupil details changed: surname, parents or guardians."


def test_staff_names_are_resolved_and_limit_keeps_the_newest(school: SchoolFixture) -> None:
    sid = school.student_ids[OSKARS]
    coordinator = school.actors["coordinator"]
    assign_support_staff(school.store, coordinator, sid, school.actors["support2"].user_id)
    edit = StudentInput("Oskars", "Lūsis", school.class_ids["6.b"], birth_date=date(2015, 3, 2))
    update_student(school.store, coordinator, sid, edit)
    history = student_history(school.store, coordinator, sid, limit=1)
    assert [h.what for h in history] == ["Laboti skolēna dati: dzimšanas datums."]
    older = student_history(school.store, coordinator, sid)[1]
    assert older.what == "Piesaistīts atbalsta personāls: Andris Liepa."


@pytest.mark.parametrize("who", ["teacher", "support2", "admin"])
def test_history_of_an_invisible_student_is_not_found(school: SchoolFixture, who: str) -> None:
    # teacher leads 5.a, not Oskars' 6.b; support2 is assigned to nobody; admin sees no pupils
    with pytest.raises((NotFound, PermissionDenied)) as exc:
        student_history(school.store, school.actors[who], school.student_ids[OSKARS])
    assert exc.value.text("lv")


def test_unknown_actions_still_show_by_their_code() -> None:
    assert describe("future.thing", {}) == "Darbība “future.thing”."
    assert describe("future.thing", {}, lang="en") == "Action “future.thing”."
    assert describe("expense.record", {"amount_cents": 123456}) == (
        "Reģistrēti izdevumi: 1\u00a0234,56\u00a0€.")


def test_audit_trail_filters_and_hides_students_the_auditor_may_not_see(
        school: SchoolFixture) -> None:
    edit_anna(school)
    with pytest.raises(auth.AuthenticationFailed):
        auth.sign_in(school.store, "nobody", "wrong-password")
    admin = school.actors["admin"]
    trail = audit_trail(school.store, admin)
    assert [h.action for h in trail] == ["auth.sign_in_failed"]
    assert trail[0].who == "Sistēma" and trail[0].what == "Neizdevies pieteikšanās mēģinājums."

    director = school.actors["director"]
    assert [h.action for h in audit_trail(school.store, director)] == [
        "auth.sign_in_failed", "student.update"]
    assert [h.action for h in audit_trail(school.store, director, action="student.")] == [
        "student.update"]
    mine = audit_trail(school.store, director, user_id=school.actors["teacher"].user_id)
    assert [h.who for h in mine] == ["Ilze Kalniņa"]
    by_student = audit_trail(school.store, director, student_id=school.student_ids[ANNA])
    assert [h.action for h in by_student] == ["student.update"]
    with pytest.raises(NotFound):
        audit_trail(school.store, admin, student_id=school.student_ids[ANNA])


def test_only_auditors_read_the_whole_trail(school: SchoolFixture) -> None:
    with pytest.raises(PermissionDenied) as exc:
        audit_trail(school.store, school.actors["teacher"])
    assert "audit.view" in exc.value.text("lv")
