"""The Audit trail screen: entries in words with time and person, filters by pupil, user and
action, and the banner that says whether the hash chain holds — verified when the screen is
shown, and shown broken (in red, from the first bad entry) after raw SQL tampering."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, text

from app.models import AuditEntry
from app.ui.audit.audit_screen import AuditScreen
from app.ui.context import UiContext
from tests.builders.approvals_batch import second_plan
from tests.builders.catalogue import CatalogueFixture
from tests.builders.school import SchoolFixture
from tests.builders.ui_approvals_screen import ANNA, approved_plan, click
from tests.builders.ui_keys import type_text
from tests.builders.ui_make_context import MakeContext

APPROVED = "Atbalsta plāns apstiprināts."
WHEN = re.compile(r"^\d\d\.\d\d\.\d{4} \d\d:\d\d$")


def entries(school: SchoolFixture) -> int:
    with school.store.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


def open_screen(qtbot: QtBot, ctx: UiContext) -> AuditScreen:
    screen = AuditScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    with qtbot.waitSignal(screen.reload().finished):
        screen.show()  # the chain is verified now, in the background
    qtbot.waitUntil(lambda: screen.chain is not None)
    return screen


def rows(screen: AuditScreen) -> list[tuple[str, str, str, str]]:
    m = screen.model
    return [(m.text(r, "when"), m.text(r, "who"), m.text(r, "pupil"), m.text(r, "what"))
            for r in range(m.rowCount())]


def reload(qtbot: QtBot, screen: AuditScreen) -> None:
    with qtbot.waitSignal(screen.reload().finished):
        pass


def test_the_director_sees_the_approvals_in_words_and_an_intact_chain(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    approved_plan(school, catalogue)
    screen = open_screen(qtbot, make_ctx("director"))

    assert screen.banner.text() == (
        f"Audita žurnāla ķēde ir nebojāta ({entries(school)} ierakstu).")
    shown = rows(screen)
    assert (shown[0][1], shown[0][2], shown[0][3]) == ("Jānis Bērziņš", ANNA, APPROVED)
    assert all(WHEN.match(when) for when, *_ in shown)
    assert ("Ilze Kalniņa", ANNA, "Atbalsta plāns iesniegts apstiprināšanai.") in \
        [r[1:] for r in shown]
    assert screen.count.text().startswith(f"Parādīti ieraksti: {len(shown)}, ")


def test_filters_by_action_student_and_user(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    approved_plan(school, catalogue)
    second_plan(school, catalogue)  # Pēteris's plan: submitted, not approved
    screen = open_screen(qtbot, make_ctx("coordinator"))

    with qtbot.waitSignal(screen.action.currentIndexChanged):
        screen.action.setCurrentIndex(screen.action.findText("Plānu apstiprināšana"))
    qtbot.waitUntil(lambda: {r[3] for r in rows(screen)} == {APPROVED})
    assert [r[2] for r in rows(screen)] == [ANNA]

    screen.action.setCurrentIndex(screen.action.findText("Atbalsta plāni"))
    qtbot.waitUntil(lambda: {r[2] for r in rows(screen)} == {ANNA, "Pēteris Šmits"})
    type_text(screen.student, "šmits")
    click(qtbot, screen.show_button)
    qtbot.waitUntil(lambda: {r[2] for r in rows(screen)} == {"Pēteris Šmits"})
    assert "Atbalsta plāns iesniegts apstiprināšanai." in [r[3] for r in rows(screen)]

    screen.student.clear()
    type_text(screen.student, "Zvaigzne")
    click(qtbot, screen.show_button)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0)
    assert screen.count.text() == "Nevienam skolēnam vārdā vai uzvārdā nav “Zvaigzne”."

    screen.student.clear()
    screen.action.setCurrentIndex(0)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
    screen.user.setCurrentIndex(screen.user.findText("Jānis Bērziņš"))
    qtbot.waitUntil(lambda: {r[1] for r in rows(screen)} == {"Jānis Bērziņš"})
    assert APPROVED in [r[3] for r in rows(screen)]


def test_a_tampered_entry_shows_the_chain_broken_from_that_entry(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    approved_plan(school, catalogue)
    screen = open_screen(qtbot, make_ctx("director"))
    assert "nebojāta" in screen.banner.text()
    with school.store.read() as s:
        seq = s.scalar(select(AuditEntry.seq).where(AuditEntry.action == "plan.submit"))
    with school.store.write() as s:
        s.execute(text("UPDATE audit_entry SET details = :d WHERE seq = :seq"),
                  {"d": '{"version":7}', "seq": seq})

    screen.hide()
    screen.chain = None
    screen.show()  # shown again: verified again
    qtbot.waitUntil(lambda: screen.chain is not None)
    assert screen.banner.text() == (
        f"Audita žurnāla ķēde ir bojāta, sākot ar ierakstu Nr. {seq}: ieraksti no šīs "
        "vietas var būt mainīti vai dzēsti. Ziņojiet skolas administratoram.")
    assert "#b00020" in screen.banner.styleSheet()


def test_the_administrator_sees_entries_without_students_and_no_student_filter(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    approved_plan(school, catalogue)
    screen = open_screen(qtbot, make_ctx("admin"))
    assert not screen.student.isVisible()
    shown = rows(screen)
    assert shown and all(student == "" for _w, _who, student, _what in shown)
    assert APPROVED not in [r[3] for r in shown]  # about a pupil the admin may not see
    assert screen.banner.text().startswith("Audita žurnāla ķēde ir nebojāta")
    assert screen.table.model().headerData(3, Qt.Orientation.Horizontal) == "Skolēns"
