"""A new school from the first-run wizard to its first pupils, as its people do it:
the wizard creates the school; the administrator adds a class and names its class teacher in
Settings → Classes; the coordinator registers a pupil (now possible: there is a class),
imports the rest of the class from the e-journal's list,
records the risk, and assigns the social pedagogue from the pupil card, who then sees the
pupil; at the end the coordinator opens the Settings → School year tab."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import RiskSign, SchoolYear
from app.models.database import open_school_database
from app.models.enums import Role, Severity, SpecialistType
from app.secrets import KeyringSecretStore
from app.services.assessments.recording import AssessmentInput, FindingInput, record_assessment
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.school.calendar import current_semester, school_info
from app.services.students.query import get_student, list_students
from app.services.users import auth
from app.services.users.accounts import UserInput, create_user
from app.ui.context import UiContext
from app.ui.settings.class_dialogs import AddClassDialog, ClassTeachersDialog
from app.ui.settings.classes_tab import ClassesTab
from app.ui.settings.settings_screen import SettingsScreen
from app.ui.student_card.overview_tab import OverviewTab
from app.ui.student_card.staff_assign import AssignStaffDialog
from app.ui.students.student_dialog import StudentDialog
from app.ui.tasks import DatabaseWorker
from tests.builders.memory_keyring import MemoryKeyring
from tests.builders.roster_files import personal_code, write_csv
from tests.builders.ui_first_run import _fill_school_and_admin, _finish, _wizard
from tests.builders.ui_students import click, open_screen
from tests.builders.ui_students_dialog import fill

TODAY = date(2026, 11, 23)
PASSWORD = "pavasaris-2026"


def _context(store: Store, actor: Actor, workers: list[DatabaseWorker]) -> UiContext:
    worker = DatabaseWorker()
    workers.append(worker)
    return UiContext(store, actor, worker, school_info(store), current_semester(store, TODAY))


def _staff(store: Store, admin: Actor) -> None:
    for username, name, roles, spec in (
            ("ilze", "Ilze Kalniņa", (Role.TEACHER,), None),
            ("dace", "Dace Vītola", (Role.COORDINATOR,), None),
            ("andris", "Andris Liepa", (Role.SUPPORT,), SpecialistType.SOCIAL_PEDAGOGUE)):
        create_user(store, admin, UserInput(username, name, PASSWORD, roles, spec))


def test_from_the_wizard_to_the_first_pupil_at_risk(qtbot: QtBot, tmp_path: Path) -> None:
    ring = MemoryKeyring()
    path = tmp_path / "pumpurs.db"
    wizard = _wizard(qtbot, path, ring)
    _fill_school_and_admin(qtbot, wizard)
    _finish(qtbot, wizard)
    store = Store(open_school_database(path, KeyringSecretStore(ring)))
    workers: list[DatabaseWorker] = []
    try:
        admin = auth.sign_in(store, "ilze.admin", PASSWORD)
        _staff(store, admin)
        coordinator = auth.sign_in(store, "dace", PASSWORD)

        # the coordinator cannot add a pupil yet: the new school has no classes
        pupils = open_screen(_context(store, coordinator, workers), qtbot)
        assert not pupils.add_button.isEnabled()

        # the administrator adds class 5.a and names Ilze Kalniņa its class teacher
        settings = SettingsScreen(_context(store, admin, workers))
        qtbot.addWidget(settings)
        settings.show()
        tab = settings.classes_tab
        assert tab is not None
        settings.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: "Klašu vēl nav" in tab.message.text())
        click(qtbot, tab.add_button)
        add = tab.dialog
        assert isinstance(add, AddClassDialog)
        add.grade.setValue(5)
        add.label.setText("a")
        with qtbot.waitSignal(add.saved):
            click(qtbot, add.save_button)
        qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
        tab.table.selectRow(tab.row_of("5.a"))
        tab.edit_teachers()
        qtbot.waitUntil(lambda: isinstance(tab.dialog, ClassTeachersDialog))
        teachers = tab.dialog
        assert isinstance(teachers, ClassTeachersDialog)
        teachers.check("Ilze Kalniņa")
        with qtbot.waitSignal(teachers.saved):
            click(qtbot, teachers.save_button)
        qtbot.waitUntil(lambda: tab.table.item(0, 1) is not None
                        and tab.table.item(0, 1).text() == "Ilze Kalniņa")

        # now the coordinator registers Anna Ēcere in 5.a
        pupils = open_screen(_context(store, coordinator, workers), qtbot)
        assert pupils.add_button.isEnabled()
        click(qtbot, pupils.add_button)
        dialog = pupils.dialog
        assert isinstance(dialog, StudentDialog)
        qtbot.waitUntil(lambda: dialog.save_button.isEnabled() and dialog.class_combo.count() > 0)
        fill(dialog, "Anna", "Ēcere", "5.a")
        with qtbot.waitSignal(dialog.saved):
            click(qtbot, dialog.save_button)
        [anna] = list_students(store, coordinator)
        assert (anna.full_name, anna.class_name) == ("Anna Ēcere", "5.a")

        # the rest of 5.a comes from the e-journal's class list (Settings → Classes → import)
        roster = write_csv(tmp_path / "e-klase.csv", [
            ["Ēcere", "Anna", "", "", "5.a"],  # already registered: unchanged
            ["Liepa", "Jānis", personal_code(date(2015, 5, 6), 31), "", "5.a"],
            ["Ozola", "Marta", personal_code(date(2015, 8, 9), 42), "", "5.a"]])
        classes = ClassesTab(_context(store, coordinator, workers),
                             confirm=lambda _p, _t: True, choose_file=lambda _p: str(roster))
        qtbot.addWidget(classes)
        classes.show()
        importing = classes.import_roster()
        assert importing is not None
        qtbot.waitUntil(lambda: importing.preview is not None)
        assert "Jauni: 2" in importing.view.counts.text()
        with qtbot.waitSignal(importing.imported):
            click(qtbot, importing.import_button)
        assert sorted(p.full_name for p in list_students(store, coordinator)) == [
            "Anna Ēcere", "Jānis Liepa", "Marta Ozola"]

        # her risk: the findings of the first semester, from the loaded catalogue
        semester = current_semester(store, TODAY)
        with store.read() as s:
            year_id = s.scalar(select(SchoolYear.id).where(SchoolYear.label == "2026/2027"))
            sign = s.scalar(select(RiskSign.id).where(RiskSign.school_year_id == year_id,
                                                     RiskSign.code == "low_marks"))
        assert sign is not None
        record_assessment(store, coordinator, AssessmentInput(
            student_id=anna.id, semester_id=semester.id, assessed_on=date(2026, 11, 20),
            absence_pct=Decimal("6"), unjustified_lessons=11, failing_marks=2,
            failing_subjects=["matemātika"], conduct_incidents=0,
            findings=[FindingInput(sign, Severity.HIGH)]), today=TODAY)

        # the class teacher sees her; the social pedagogue not yet
        ilze = auth.sign_in(store, "ilze", PASSWORD)
        assert get_student(store, ilze, anna.id).class_name == "5.a"
        andris = auth.sign_in(store, "andris", PASSWORD)
        assert list_students(store, andris) == []

        # the coordinator assigns him from the pupil card
        overview = OverviewTab(_context(store, coordinator, workers), anna.id)
        qtbot.addWidget(overview)
        overview.show()
        with qtbot.waitSignal(overview.loaded):
            overview.load()
        assert overview.staff_label.text() == "Atbalsta personāls nav piesaistīts."
        assert overview.assign_button is not None
        overview.assign_staff()
        qtbot.waitUntil(lambda: overview.assign_dialog is not None)
        assign = overview.assign_dialog
        assert isinstance(assign, AssignStaffDialog)
        assert [assign.person.itemText(i) for i in range(assign.person.count())] == [
            "Andris Liepa — sociālais pedagogs"]
        with qtbot.waitSignal(overview.loaded):
            click(qtbot, assign.save_button)
        assert "Andris Liepa" in overview.staff_label.text()
        assert [s.full_name for s in list_students(store, andris)] == ["Anna Ēcere"]

        # the coordinator's Settings: Classes, rates and the school year with its next year
        mine = SettingsScreen(_context(store, coordinator, workers))
        qtbot.addWidget(mine)
        mine.show()
        assert mine.tab_titles() == ["Klases", "Katalogs", "Mācību gads"]
        year_tab = mine.year_tab
        assert year_tab is not None
        qtbot.waitUntil(lambda: year_tab.open_button.isEnabled())
        assert year_tab.open_button.text() == "Atvērt mācību gadu 2027/2028…"
    finally:
        for worker in workers:
            worker.shutdown()
        store.close()
