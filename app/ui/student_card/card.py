"""The pupil card: a window with a header (name, class, status, overall risk) and tabs.

    PupilCard(ctx, student_id, [OverviewTab, AssessmentTab, …, HistoryTab])

Each factory `(ctx, student_id) -> CardTab` makes one tab, so the final list is composed by
whoever opens the card. A tab is made and loads the first time it is shown (`CardPages`:
opening a card builds only the widgets of its first tab). Save and Revert act on the
current tab and are enabled while it holds unsaved edits (its title then ends with "*").
Closing with unsaved edits asks Save / Discard / Cancel; the question is injectable.
After any tab saves, the header is refreshed and the other tabs reload when next shown.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date
from app.models.enums import RiskLevel, StudentStatus
from app.services.assessments.query import get_assessment
from app.services.students.query import get_student, open_student_card
from app.services.students.registry import StudentView
from app.ui.context import UiContext
from app.ui.fonts import scaled
from app.ui.form_errors import ErrorLabel
from app.ui.student_card.card_pages import CardPages, TabFactory
from app.ui.student_card.card_tab import CardTab
from app.ui.student_card.documents_tab import DocumentsTab
from app.ui.student_card.history_tab import HistoryTab
from app.ui.student_card.overview_tab import OverviewTab
from app.ui.students.questions import AskUnsaved, UnsavedChoice, ask_unsaved
from app.ui.students.risk_badge import badge_style
from app.ui.tasks import Op


def basic_tabs() -> list[TabFactory]:
    """Overview first and Documents, History last; other tabs go in between."""
    return [OverviewTab, DocumentsTab, HistoryTab]


@dataclass(frozen=True)
class CardHeader:
    student: StudentView
    overall: RiskLevel | None  # None: not assessed this semester


class StudentCard(QWidget):
    closed = Signal(object)  # student_id
    header_loaded = Signal()

    def __init__(self, ctx: UiContext, student_id: uuid.UUID, tab_factories: Sequence[TabFactory],
                 parent: QWidget | None = None, *, ask: AskUnsaved = ask_unsaved) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.ctx, self.student_id, self._ask = ctx, student_id, ask
        self.name = QLabel()
        self.name.setObjectName("card_name")
        self.name.setFont(scaled(self.name.font(), 1.6))
        self.name.setStyleSheet("font-weight: bold")
        self.class_label, self.status_label = QLabel(), QLabel()
        self.status_label.setObjectName("card_status")
        self.risk = QLabel()
        self.risk.setObjectName("card_risk")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        self.error_place = ErrorLabel(self.error, ctx.lang)
        header = QHBoxLayout()
        for widget in (self.name, self.class_label, QLabel("·"), self.status_label):
            header.addWidget(widget)
        header.addStretch(1)
        header.addWidget(QLabel(self.tr("Overall risk:")))
        header.addWidget(self.risk)
        self.tabs = QTabWidget()
        self._loaded: set[int] = set()
        self._closing = False
        self.tab_list = CardPages(self.tabs, ctx, student_id, tab_factories, self._connect_tab)
        self.tabs.currentChanged.connect(self._current_changed)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("card_save")
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.setObjectName("card_revert")
        self.save_button.clicked.connect(lambda: self.current_tab().save())
        self.revert_button.clicked.connect(lambda: self.current_tab().revert())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.setWindowTitle(self.tr("Pupil card"))
        self._shortcuts()
        self.resize(1000, 720)
        self._update_buttons()
        self.load_header(opening=True)
        self._current_changed(self.tabs.currentIndex())

    def _shortcuts(self) -> None:
        """Ctrl+S saves the tab shown; Esc and Ctrl+W close the card (asking about edits)."""
        for keys, slot in (("Ctrl+S", self._save_shortcut), ("Esc", self.close),
                           ("Ctrl+W", self.close)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    def _connect_tab(self, tab: CardTab) -> None:
        tab.dirty_changed.connect(lambda _d, t=tab: self._dirty_changed(t))
        tab.saved.connect(lambda t=tab: self._tab_saved(t))

    def _save_shortcut(self) -> None:
        tab = self.current_tab()
        if tab.is_dirty():
            tab.save()

    def current_tab(self) -> CardTab:
        return self.tab_list[self.tabs.currentIndex()]

    def load_header(self, opening: bool = False) -> Op:
        """The header's pupil and risk; `opening` (the card's first load) is recorded."""
        ctx, sid = self.ctx, self.student_id

        def fetch(_p: object, _c: object) -> CardHeader:
            read = open_student_card if opening else get_student
            student = read(ctx.store, ctx.actor, sid)
            assessment = get_assessment(ctx.store, ctx.actor, sid, ctx.semester.id)
            return CardHeader(student, assessment.profile.overall if assessment else None)

        return Op(self, ctx.worker, fetch).success(self._show_header).start()

    def _show_header(self, header: CardHeader) -> None:
        s = header.student
        self.setWindowTitle(self.tr("Pupil card — %1").replace("%1", s.full_name))
        self.name.setText(s.full_name)
        self.class_label.setText(self.tr("class %1").replace("%1", s.class_name))
        statuses = {
            StudentStatus.ACTIVE: self.tr("studying"),
            StudentStatus.LEFT: self.tr("left school on %1"),
            StudentStatus.TRANSFERRED: self.tr("transferred to another school on %1"),
            StudentStatus.GRADUATED: self.tr("graduated on %1"),
        }
        on = format_date(s.status_changed_on)
        self.status_label.setText(statuses[s.status].replace("%1", on))
        words = {
            RiskLevel.NONE: self.tr("no risk"), RiskLevel.LOW: self.tr("low"),
            RiskLevel.MEDIUM: self.tr("medium"), RiskLevel.HIGH: self.tr("high"),
        }
        level = header.overall
        self.risk.setText(words[level] if level is not None else self.tr("not assessed"))
        self.risk.setStyleSheet(badge_style(level or RiskLevel.NONE))
        self.header_loaded.emit()

    def _current_changed(self, index: int) -> None:
        if index >= 0 and index not in self._loaded and not self.tab_list[index].is_dirty():
            # tab_list[index] made the tab if this is its first showing
            self._loaded.add(index)
            self.tab_list[index].load()
        self._update_buttons()

    def _dirty_changed(self, tab: CardTab) -> None:
        index = self.tab_list.position(tab)
        self.tabs.setTabText(index, tab.title() + (" *" if tab.is_dirty() else ""))
        if tab.is_dirty():
            self._closing = False  # a new edit after "Save" on closing: stay open
        self._update_buttons()

    def _tab_saved(self, tab: CardTab) -> None:
        self.load_header()
        index = self.tab_list.position(tab)
        current = self.tabs.currentIndex()
        self._loaded = {i for i in self._loaded if i in (index, current)}
        if self._closing and not self.dirty_tabs():
            self.close()

    def _update_buttons(self) -> None:
        dirty = self.tabs.count() > 0 and self.current_tab().is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def dirty_tabs(self) -> list[CardTab]:
        return [t for t in self.tab_list.made() if t.is_dirty()]

    def closeEvent(self, event: QCloseEvent) -> None:
        dirty = self.dirty_tabs()
        if dirty:
            names = ", ".join(t.title() for t in dirty)
            choice = self._ask(self, self.tr("Unsaved changes in: %1. Save them before closing?")
                               .replace("%1", names))
            if choice is UnsavedChoice.CANCEL:
                event.ignore()
                return
            if choice is UnsavedChoice.SAVE:
                self._closing = True
                for tab in dirty:
                    tab.save()
                event.ignore()
                return
            for tab in dirty:
                tab.revert()
        self.closed.emit(self.student_id)
        super().closeEvent(event)
