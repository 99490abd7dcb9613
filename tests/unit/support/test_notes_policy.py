"""Who reads confidential consultation notes (security finding 19): by default their author
and support specialists of the same type; the school may widen it to every support specialist
of the pupil — an administrator's audited setting. Teachers never read them either way."""

from __future__ import annotations

from sqlalchemy import func, select

from app.errors import PermissionDenied
from app.models import AuditEntry
from app.services.school.calendar import school_info
from app.services.school.settings import save_school_settings
from app.services.support.consultations import list_consultations
from tests.builders.consultations import ANNA, SECRET, assign, log
from tests.builders.plans import expect_refused
from tests.builders.school import SchoolFixture


def _notes(school: SchoolFixture, who: str) -> list[str | None]:
    views = list_consultations(school.store, school.actors[who], school.student_ids[ANNA])
    return [v.confidential_notes for v in views]


def _share(school: SchoolFixture, shared: bool, who: str = "admin") -> None:
    info = school_info(school.store)
    save_school_settings(school.store, school.actors[who], info.name, info.registration_number,
                         info.municipality, info.idle_lock_minutes, notes_shared=shared)


def test_notes_stay_with_their_specialist_type_until_the_school_shares_them(
        school: SchoolFixture) -> None:
    assign(school, "support2")  # the social pedagogue reads
    log(school)
    assert school_info(school.store).notes_shared is False
    assert _notes(school, "support2") == [None]
    _share(school, True)
    assert school_info(school.store).notes_shared is True
    assert _notes(school, "support2") == [SECRET]
    assert _notes(school, "teacher") == [None]  # a teacher never reads them
    _share(school, False)
    assert _notes(school, "support2") == [None]
    with school.store.read() as s:
        changes = s.scalar(select(func.count()).where(
            AuditEntry.action == "school.notes_policy_set"))
    assert changes == 2


def test_only_the_administrator_changes_the_policy(school: SchoolFixture) -> None:
    info = school_info(school.store)
    expect_refused(school, PermissionDenied, save_school_settings, school.store,
                   school.actors["support"], info.name, info.registration_number,
                   info.municipality, info.idle_lock_minutes, notes_shared=True)
    assert school_info(school.store).notes_shared is False
