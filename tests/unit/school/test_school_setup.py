"""Setting up a new school (first run) and changing its details (Settings), on real files."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.errors import Conflict, PermissionDenied, ValidationError
from app.models import MeasureType, School, SchoolYear, Semester, User
from app.models.audit import AuditEntry
from app.services.core.audit import verify_chain
from app.services.core.store import Store
from app.services.school.calendar import school_info
from app.services.school.settings import (
    save_school_settings,
    set_idle_lock_minutes,
    update_school_details,
)
from app.services.school.setup import (
    FirstAdminInput,
    SchoolSetupInput,
    school_year_start,
    set_up_school,
)
from app.services.users import auth
from tests.builders.school import SchoolFixture

SCHOOL = SchoolSetupInput("Rucavas pamatskola", "4112 900 456", "Dienvidkurzemes novads")
ADMIN = FirstAdminInput("Ilze.Admin", "Ilze Bērziņa", "pavasaris-2026", "pavasaris-2026")


def _counts(store: Store) -> dict[str, int]:
    with store.read() as s:
        return {model.__name__: s.scalar(select(func.count()).select_from(model)) or 0
                for model in (School, SchoolYear, Semester, User, MeasureType, AuditEntry)}


def test_school_year_of_a_date() -> None:
    assert school_year_start(date(2026, 9, 1)) == 2026
    assert school_year_start(date(2026, 8, 31)) == 2025
    assert school_year_start(date(2027, 1, 15)) == 2026


def test_sets_up_school_years_catalogue_and_admin(store: Store) -> None:
    result = set_up_school(store, SCHOOL, ADMIN, today=date(2026, 11, 23))
    assert result.school.name == "Rucavas pamatskola"
    assert result.school.registration_number == "4112900456"  # spaces dropped
    assert result.school_years == ("2025/2026", "2026/2027")
    assert result.catalogue_years == ("2025/2026", "2026/2027")
    assert result.years_without_catalogue == ()
    assert result.admin.username == "ilze.admin"
    assert school_info(store) == result.school
    with store.read() as s:
        semesters = [(sem.school_year.label, sem.number, sem.starts_on, sem.ends_on)
                     for sem in s.scalars(select(Semester).order_by(Semester.starts_on))]
        assert verify_chain(s).ok
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
        measures = s.scalar(select(func.count()).select_from(MeasureType))
    assert semesters == [
        ("2025/2026", 1, date(2025, 9, 1), date(2025, 12, 31)),
        ("2025/2026", 2, date(2026, 1, 1), date(2026, 6, 30)),
        ("2026/2027", 1, date(2026, 9, 1), date(2026, 12, 31)),
        ("2026/2027", 2, date(2027, 1, 1), date(2027, 6, 30)),
    ]
    assert measures and measures > 0
    assert actions[-1] == "school.set_up"
    assert "user.first_admin_created" in actions
    actor = auth.sign_in(store, "ilze.admin", "pavasaris-2026")
    assert actor.full_name == "Ilze Bērziņa"


def test_a_year_without_a_catalogue_file_is_skipped_and_reported(store: Store) -> None:
    result = set_up_school(store, SCHOOL, ADMIN, today=date(2025, 3, 10))
    assert result.school_years == ("2023/2024", "2024/2025")
    assert result.years_without_catalogue == ("2023/2024", "2024/2025")
    assert result.catalogue_years == ()
    result_counts = _counts(store)
    assert result_counts["SchoolYear"] == 2 and result_counts["MeasureType"] == 0


def test_one_year_with_and_one_without_a_catalogue(store: Store) -> None:
    result = set_up_school(store, SCHOOL, ADMIN, today=date(2026, 3, 10))
    assert result.school_years == ("2024/2025", "2025/2026")
    assert result.catalogue_years == ("2025/2026",)
    assert result.years_without_catalogue == ("2024/2025",)


def test_every_problem_is_reported_and_nothing_is_written(store: Store) -> None:
    bad_school = SchoolSetupInput("  ", "41129A0456", "")
    bad_admin = FirstAdminInput("Ē", "Ilze Bērziņa", "īsa", "cita")
    with pytest.raises(ValidationError) as exc:
        set_up_school(store, bad_school, bad_admin, today=date(2026, 11, 23))
    assert set(exc.value.fields) == {"name", "registration_number", "municipality",
                                     "username", "password", "password_confirm"}
    text = exc.value.text("lv")
    assert "Skolas nosaukums: šis lauks ir obligāts" in text
    assert "Reģistrācijas numurs: tajā drīkst būt tikai cipari" in text
    assert "Pašvaldība: šis lauks ir obligāts" in text
    assert "Registration number: it may contain digits only" in exc.value.text("en")
    assert all(n == 0 for n in _counts(store).values())


def test_registration_number_length_is_named(store: Store) -> None:
    with pytest.raises(ValidationError) as exc:
        set_up_school(store, SchoolSetupInput("Skola", "123 456 789", "Rīga"), ADMIN,
                      today=date(2026, 11, 23))
    assert exc.value.fields == ["registration_number"]
    assert "ievadīto ciparu skaits ir 9" in exc.value.text("lv")


def test_a_database_with_a_school_is_refused(school: SchoolFixture) -> None:
    before = _counts(school.store)
    with pytest.raises(Conflict) as exc:
        set_up_school(school.store, SCHOOL, ADMIN, today=date(2026, 11, 23))
    assert "tikai tukšā datubāzē" in exc.value.text("lv")
    assert _counts(school.store) == before


def test_a_second_set_up_changes_nothing(store: Store) -> None:
    set_up_school(store, SCHOOL, ADMIN, today=date(2026, 11, 23))
    before = _counts(store)
    other = SchoolSetupInput("Cita skola", "90000012345", "Rīga")
    with pytest.raises(Conflict):
        set_up_school(store, other, ADMIN, today=date(2026, 11, 23))
    assert _counts(store) == before
    assert school_info(store).name == "Rucavas pamatskola"


def test_admin_updates_school_details_audited(school: SchoolFixture) -> None:
    admin = school.actors["admin"]
    info = update_school_details(school.store, admin, " Priekules vidusskola ",
                                 "90000 012345", "Dienvidkurzemes novads")
    assert info.registration_number == "90000012345"
    assert school_info(school.store).name == "Priekules vidusskola"
    with school.store.read() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert entry is not None and entry.action == "school.details_updated"
    assert "90000012345" in entry.details and entry.username == admin.username


@pytest.mark.parametrize("who", ["teacher", "coordinator", "director"])
def test_only_the_admin_may_change_school_settings(school: SchoolFixture, who: str) -> None:
    before = school_info(school.store)
    actor = school.actors[who]
    with pytest.raises(PermissionDenied):
        update_school_details(school.store, actor, "Cits nosaukums", "4113900123", "Rīga")
    with pytest.raises(PermissionDenied):
        set_idle_lock_minutes(school.store, actor, 30)
    assert school_info(school.store) == before


def test_idle_lock_minutes_range(school: SchoolFixture) -> None:
    admin = school.actors["admin"]
    assert set_idle_lock_minutes(school.store, admin, 240).idle_lock_minutes == 240
    assert set_idle_lock_minutes(school.store, admin, 1).idle_lock_minutes == 1
    for bad in (0, 241):
        with pytest.raises(ValidationError) as exc:
            set_idle_lock_minutes(school.store, admin, bad)
        assert exc.value.fields == ["idle_lock_minutes"]
        assert "Automātiskā bloķēšana: jānorāda no 1 līdz 240 minūtēm." in exc.value.text("lv")
    assert school_info(school.store).idle_lock_minutes == 1


def test_save_school_settings_is_all_or_nothing(school: SchoolFixture) -> None:
    admin = school.actors["admin"]
    before = school_info(school.store)
    with pytest.raises(ValidationError) as exc:
        save_school_settings(school.store, admin, "Jauns nosaukums", "4113900123",
                             "Dienvidkurzemes novads", 0)
    assert exc.value.fields == ["idle_lock_minutes"]
    assert school_info(school.store) == before
    info = save_school_settings(school.store, admin, "Jauns nosaukums", "4113900123",
                                "Dienvidkurzemes novads", 25)
    assert (info.name, info.idle_lock_minutes) == ("Jauns nosaukums", 25)
    assert school_info(school.store) == info
