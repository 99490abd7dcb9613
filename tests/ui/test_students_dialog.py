"""Adding, editing and marking pupils as left through the dialogs, checked on screen and in
the database."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.models.enums import StudentStatus
from app.services.students.registry import get_student, list_students
from app.ui.students.leave_dialog import LeaveDialog
from app.ui.students.student_dialog import StudentDialog
from app.ui.students.students_screen import StudentsScreen
from tests.builders.school import SchoolFixture
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext
from tests.builders.ui_students import click, open_screen, select, shown_column
from tests.builders.ui_students_dialog import fill


class Answers:
    """Answers the dialogs' questions as a person would, remembering what was asked."""

    def __init__(self, *answers: bool) -> None:
        self.answers, self.asked = list(answers), []  # type: list[bool], list[str]

    def __call__(self, _parent: QWidget, text: str) -> bool:
        self.asked.append(text)
        return self.answers.pop(0)


def screen_with(make_ctx: MakeContext, qtbot: QtBot, who: str,
                answers: Answers) -> StudentsScreen:
    ctx = make_ctx(who)
    screen = StudentsScreen(ctx.worker, ctx=ctx, confirm=answers)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.loaded):
        screen.reload()
    return screen


def open_dialog(qtbot: QtBot, screen: StudentsScreen, button: QWidget) -> StudentDialog:
    click(qtbot, button)
    dialog = screen.dialog
    assert isinstance(dialog, StudentDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    return dialog


def names(school: SchoolFixture) -> set[str]:
    rows = list_students(school.store, school.actors["coordinator"], status=None)
    return {r.full_name for r in rows}


def test_add_a_student_bad_code_then_good(school: SchoolFixture, make_ctx: MakeContext,
                                        qtbot: QtBot) -> None:
    screen = screen_with(make_ctx, qtbot, "coordinator", Answers())
    before = names(school)
    dialog = open_dialog(qtbot, screen, screen.add_button)
    assert dialog.windowTitle() == "Pievienot skolēnu"
    fill(dialog, "Jānis", "Bērziņš", "6.b", "120314-21238")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.errors.message("personal_code") != "")
    assert dialog.errors.message("personal_code") == (
        "Personas kods: kontrolcipars nesakrīt — pārbaudiet ciparus.")
    assert dialog.isVisible() and names(school) == before

    dialog.personal_code.clear()
    type_text(dialog.personal_code, "120314-21237")
    with qtbot.waitSignal(screen.loaded):
        click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert names(school) == before | {"Jānis Bērziņš"}
    assert "Bērziņš" in shown_column(screen, 0)
    assert screen.current_row() is not None
    assert screen.current_row().full_name == "Jānis Bērziņš"  # type: ignore[union-attr]
    assert screen.count.text() == "6 no 6"


def test_possible_duplicate_asks_save_anyway(school: SchoolFixture, make_ctx: MakeContext,
                                             qtbot: QtBot) -> None:
    answers = Answers(False, True)
    screen = screen_with(make_ctx, qtbot, "coordinator", answers)
    dialog = open_dialog(qtbot, screen, screen.add_button)
    fill(dialog, "Anna", "Ecere", "5.a")  # the same name as Anna Ēcere of 5.a
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.errors.general.text() != "")
    assert answers.asked[0].startswith("Iespējams dublikāts: 5.a klasē jau ir skolēns Anna Ēcere")
    assert answers.asked[0].endswith("Vai tomēr saglabāt?")
    assert "Iespējams dublikāts" in dialog.errors.general.text()
    assert len(names(school)) == 5

    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    assert len(list_students(school.store, school.actors["coordinator"])) == 6


def test_cancel_with_unsaved_edits_asks_first(school: SchoolFixture, make_ctx: MakeContext,
                                              qtbot: QtBot) -> None:
    answers = Answers(False, True)
    screen = screen_with(make_ctx, qtbot, "teacher", answers)
    dialog = open_dialog(qtbot, screen, screen.add_button)
    click(qtbot, dialog.cancel_button)  # nothing typed: closes without asking
    assert not dialog.isVisible() and answers.asked == []

    dialog = open_dialog(qtbot, screen, screen.add_button)
    type_text(dialog.first_name, "Ģirts")
    click(qtbot, dialog.cancel_button)
    assert dialog.isVisible()
    assert answers.asked == ["Vai atmest nesaglabātās izmaiņas?"]
    click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible()
    assert len(names(school)) == 5


def test_edit_a_student_with_a_guardian(school: SchoolFixture, make_ctx: MakeContext,
                                      qtbot: QtBot) -> None:
    screen = screen_with(make_ctx, qtbot, "coordinator", Answers())
    select(screen, "Lūsis")
    dialog = open_dialog(qtbot, screen, screen.edit_button)
    assert dialog.windowTitle() == "Labot skolēna datus"
    assert (dialog.first_name.text(), dialog.class_combo.currentText()) == ("Oskars", "6.b")
    dialog.last_name.clear()
    type_text(dialog.last_name, "Lūsis-Kalns")
    click(qtbot, dialog.guardians.add_button)
    table = dialog.guardians.table
    for col, text in enumerate(["Ilga Lūse", "māte", "+371 26123456", "ilga@"]):
        table.item(0, col).setText(text)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.errors.message("guardians") != "")
    assert dialog.errors.message("guardians").startswith("Vecāka vai aizbildņa nr. 1 e-pasts:")

    table.item(0, 3).setText("ilga@example.lv")
    dialog.birth_known.setChecked(True)
    dialog.birth_date.setDate(QDate(2014, 3, 12))
    with qtbot.waitSignal(screen.loaded):
        click(qtbot, dialog.save_button)
    student = get_student(school.store, school.actors["coordinator"],
                        school.student_ids["Oskars Lūsis"])
    assert student.last_name == "Lūsis-Kalns" and student.birth_date == date(2014, 3, 12)
    assert [(g.full_name, g.email) for g in student.guardians] == [("Ilga Lūse",
                                                                  "ilga@example.lv")]
    assert "Lūsis-Kalns" in shown_column(screen, 0)


def test_mark_as_left(school: SchoolFixture, make_ctx: MakeContext, qtbot: QtBot) -> None:
    screen = screen_with(make_ctx, qtbot, "teacher", Answers())
    select(screen, "Ķemere")
    click(qtbot, screen.leave_button)
    dialog = screen.dialog
    assert isinstance(dialog, LeaveDialog)
    dialog.status.setCurrentIndex(dialog.status.findText("pārgāja uz citu izglītības iestādi"))
    dialog.on_date.setDate(QDate(date.today() + timedelta(days=3)))
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.errors.message("status_changed_on") != "")
    assert dialog.errors.message("status_changed_on").startswith("Aiziešanas datums:")
    sid = school.student_ids["Laura Ķemere"]
    assert get_student(school.store, school.actors["teacher"], sid).status is StudentStatus.ACTIVE

    dialog.on_date.setDate(QDate(date.today()))
    type_text(dialog.note, "Pārcēlās uz Liepāju")
    with qtbot.waitSignal(screen.loaded):
        click(qtbot, dialog.save_button)
    student = get_student(school.store, school.actors["teacher"], sid)
    assert (student.status, student.status_note) == (StudentStatus.TRANSFERRED,
                                                     "Pārcēlās uz Liepāju")
    assert "Ķemere" not in shown_column(screen, 0)
    assert screen.count.text() == "2 no 3"


def test_opening_through_the_screen_helper(school: SchoolFixture, make_ctx: MakeContext,
                                           qtbot: QtBot) -> None:
    opened: list[object] = []
    screen = open_screen(make_ctx("director"), qtbot, open_card=opened.append)
    select(screen, "Ēcere")
    click(qtbot, screen.open_button)
    assert opened == [school.student_ids["Anna Ēcere"]] and screen.cards == {}
