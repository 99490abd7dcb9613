"""Settings → Data retention (administrator): the rules with a changed one and its reason,
the review of a day listing the pupil due with counts, and anonymising after the question —
a No changes nothing, a Yes anonymises (real widgets offscreen, the real database)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Student
from app.ui.settings.retention_tab import RetentionTab
from app.ui.settings.settings_screen import SettingsScreen
from tests.builders.catalogue import CatalogueFixture
from tests.builders.plans import ANNA
from tests.builders.retention import pupil_who_left
from tests.builders.school import SchoolFixture
from tests.builders.ui_make_context import MakeContext


def _tab(qtbot: QtBot, make_ctx: MakeContext, answers: list[bool],
         asked: list[str]) -> tuple[SettingsScreen, RetentionTab]:
    def confirm(_parent: object, text: str) -> bool:
        asked.append(text)
        return answers.pop(0)

    screen = SettingsScreen(make_ctx("admin"), confirm=confirm)
    qtbot.addWidget(screen)
    screen.show()
    tab = screen.retention_tab
    assert tab is not None
    screen.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.rules.rowCount() == 3 and tab.op is None)
    return screen, tab


def _names(school: SchoolFixture) -> list[str]:
    with school.store.read() as s:
        return sorted(s.scalars(select(Student.first_name)))


def test_the_admin_changes_a_rule_reviews_and_anonymises(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    pupil_who_left(school, catalogue)
    asked: list[str] = []
    screen, tab = _tab(qtbot, make_ctx, [False, True], asked)
    assert "Datu glabāšana" in screen.tab_titles()
    assert tab.rules.item(0, 0).text() == "skolēna dati, izvērtējumi un plāni"
    assert [tab.rules.item(r, 1).text() for r in range(3)] == ["5", "2", "1"]

    tab.kind.setCurrentIndex(1)  # the scans
    tab.years.setValue(3)
    tab.reason.setText("DPO lēmums 2026/7")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.rules.item(1, 3) is not None
                    and tab.rules.item(1, 3).text() == "DPO lēmums 2026/7")
    assert tab.rules.item(1, 1).text() == "3"

    tab.on.setDate(QDate(2032, 1, 1))
    qtbot.mouseClick(tab.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.apply_button.isEnabled())
    lines = [tab.due.item(i).text() for i in range(tab.due.count())]
    assert lines[0] == "Anna Ēcere (5.a), mācības programmā beidza 31.12.2026"
    assert any("skenētie dokumenti — 01.01.2030: dokumenti 1" in line for line in lines)
    assert tab.status.text() == "Skolēni, kuru dati jāanonimizē: 1."

    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)  # No
    assert asked == ["Anonimizēt sarakstā redzamos datus (skolēni: 1)? To nevar atsaukt."]
    assert tab.op is None and "Anna" in _names(school)
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)  # Yes
    qtbot.waitUntil(lambda: tab.status.text().startswith("Dati anonimizēti (skolēni: 1)"))
    assert "Anna" not in _names(school) and "Anonimizēts" in _names(school)
    assert tab.due.count() == 0 and not tab.apply_button.isEnabled()
    assert ANNA not in tab.status.text()


def test_a_rule_without_a_reason_is_told(qtbot: QtBot, make_ctx: MakeContext) -> None:
    _, tab = _tab(qtbot, make_ctx, [], [])
    tab.years.setValue(7)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.error.isVisible())
    assert "Norādiet, kāpēc glabāšanas laiks tiek mainīts." in tab.error.text()


def test_other_roles_have_no_retention_tab(qtbot: QtBot, make_ctx: MakeContext) -> None:
    for who in ("coordinator", "director", "teacher"):
        screen = SettingsScreen(make_ctx(who))
        qtbot.addWidget(screen)
        assert screen.retention_tab is None
