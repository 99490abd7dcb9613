"""Settings: each role sees only its tabs; the administrator manages accounts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.models.enums import Role, SpecialistType
from app.services.users import auth
from app.services.users.accounts import list_users
from app.ui.settings.settings_screen import SettingsScreen
from app.ui.settings.users_tab import UsersTab
from tests.builders.school import SchoolFixture
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext
from tests.builders.ui_settings import users_row


def _screen(qtbot: QtBot, make_ctx: MakeContext, who: str) -> SettingsScreen:
    screen = SettingsScreen(make_ctx(who))
    qtbot.addWidget(screen)
    screen.show()
    return screen


SCREENS: list[SettingsScreen] = []


def _users_tab(qtbot: QtBot, make_ctx: MakeContext) -> UsersTab:
    screen = _screen(qtbot, make_ctx, "admin")
    SCREENS[:] = [screen]  # the screen must outlive this helper
    tab = screen.users_tab
    assert tab is not None
    qtbot.waitUntil(lambda: tab.table.rowCount() == 7)
    return tab


def _click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("who", ["teacher", "support"])
def test_roles_without_settings_see_nothing_of_them(qtbot: QtBot, make_ctx: MakeContext,
                                                    who: str) -> None:
    screen = _screen(qtbot, make_ctx, who)
    assert screen.tab_titles() == []
    assert not screen.tabs.isVisible()
    assert screen.nothing.text() == "Jūsu lomai nav iestatījumu, ko mainīt."
    assert screen.users_tab is None and screen.school_tab is None and screen.rates_tab is None


def test_admin_sees_users_and_school_coordinator_sees_rates(qtbot: QtBot,
                                                            make_ctx: MakeContext) -> None:
    assert _screen(qtbot, make_ctx, "admin").tab_titles() == [
        "Lietotāji", "Skola", "Datu glabāšana", "Klases", "Rezerves kopija"]
    assert _screen(qtbot, make_ctx, "director").tab_titles() == ["Rezerves kopija"]
    assert _screen(qtbot, make_ctx, "coordinator").tab_titles() == [
        "Klases", "Katalogs", "Mācību gads"]


def test_the_users_table_shows_roles_and_state(qtbot: QtBot, make_ctx: MakeContext) -> None:
    tab = _users_tab(qtbot, make_ctx)
    assert tab.table.horizontalHeaderItem(0).text() == "Lietotājvārds"
    row = users_row(tab, "support")
    assert row[1:] == ["Līga Zariņa", "atbalsta personāls", "aktīvs"]


def test_admin_adds_a_user_with_errors_under_the_fields(qtbot: QtBot, make_ctx: MakeContext,
                                                        school: SchoolFixture) -> None:
    tab = _users_tab(qtbot, make_ctx)
    _click(qtbot, tab.add_button)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.username, "teacher")  # taken
    type_text(dialog.full_name, "Zane Ērgle")
    type_text(dialog.password, "rudens-lapas-1")
    type_text(dialog.confirm, "rudens-lapas-2")
    dialog.picker.checks[Role.SUPPORT].click()
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.op is None)
    assert dialog.errors.message("password_confirm").startswith("Paroles apstiprinājums:")
    assert dialog.errors.message("specialist_type") == (
        "Speciālista veids: atbalsta personālam tas ir jānorāda.")
    assert dialog.isVisible()
    checks = dialog.picker.checks.values()  # the dialog grows; nothing is squashed
    qtbot.waitUntil(lambda: all(c.height() >= c.sizeHint().height() for c in checks),
                    timeout=2000)

    dialog.picker.choose_specialist(SpecialistType.SPEECH_THERAPIST)
    assert dialog.picker.specialist.currentText() == "logopēds"
    dialog.confirm.clear()
    type_text(dialog.confirm, "rudens-lapas-1")
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.op is None)
    assert dialog.errors.message("username") == (
        "Lietotājvārds: “teacher” jau ir aizņemts — izvēlieties citu.")

    dialog.username.clear()
    type_text(dialog.username, "zane.ergle")
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 8)
    assert not dialog.isVisible()
    assert users_row(tab, "zane.ergle")[1:] == ["Zane Ērgle", "atbalsta personāls", "aktīvs"]
    users = {u.username: u for u in list_users(school.store, school.actors["admin"])}
    assert users["zane.ergle"].specialist_type is SpecialistType.SPEECH_THERAPIST
    assert auth.sign_in(school.store, "zane.ergle", "rudens-lapas-1").roles == {Role.SUPPORT}


def test_admin_changes_roles_deactivates_and_resets_a_password(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    tab = _users_tab(qtbot, make_ctx)
    tab.select_user("teacher2")
    _click(qtbot, tab.roles_button)
    dialog = tab.dialog
    assert dialog is not None
    dialog.picker.checks[Role.COORDINATOR].click()
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: users_row(tab, "teacher2")[2] == "klases audzinātājs, PMP koordinators")

    tab.select_user("teacher2")
    assert tab.active_button.text() == "Deaktivizēt"
    _click(qtbot, tab.active_button)
    qtbot.waitUntil(lambda: users_row(tab, "teacher2")[3] == "deaktivizēts")
    assert "vairs nevar pieteikties" in tab.message.text()
    tab.select_user("teacher2")
    assert tab.active_button.text() == "Aktivizēt atkārtoti"

    _click(qtbot, tab.password_button)
    dialog = tab.dialog
    assert dialog is not None
    type_text(dialog.password, "īss")
    type_text(dialog.confirm, "īss")
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.op is None)
    assert dialog.errors.message("password").startswith("Parole: tai jābūt vismaz 10")
    dialog.password.clear()
    dialog.confirm.clear()
    type_text(dialog.password, "jauna-parole-42")
    type_text(dialog.confirm, "jauna-parole-42")
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    _click(qtbot, tab.active_button)  # reactivate
    qtbot.waitUntil(lambda: users_row(tab, "teacher2")[3] == "aktīvs")
    actor = auth.sign_in(school.store, "teacher2", "jauna-parole-42")
    assert actor.roles == {Role.TEACHER, Role.COORDINATOR}


def test_an_admin_cannot_open_their_own_roles(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture) -> None:
    """Issue 18 #5: nobody changes their own roles (the service refuses it too)."""
    tab = _users_tab(qtbot, make_ctx)
    tab.select_user("admin")
    assert not tab.active_button.isEnabled() and not tab.password_button.isEnabled()
    assert not tab.roles_button.isEnabled()
    tab.select_user("teacher")
    assert tab.roles_button.isEnabled()
    users = {u.username: u for u in list_users(school.store, school.actors["admin"])}
    assert users["admin"].roles == (Role.ADMIN,)
