"""`make screenshots`: render the main screens of the demo school offscreen into PNG files.

    python -m app.ui.screenshots [--out screenshots] [--only login,pupils]

Builds the demo school into a throwaway encrypted database (its key held in memory only),
then renders in Latvian, with the bundled font, each screen as its role sees it: the login,
the main window on every navigation entry (coordinator, psychologist, director, admin), the
pupil card on each tab, a draft plan in the editor, a psychologist's consultation log, and
each task screen on its own: plans, consultations, approvals (as the director, the first
waiting plan open), reports, the audit trail and sync (as the coordinator), and the settings.
Parts another module has not built yet are skipped with a printed note.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from app.demo import DEMO_PASSWORD, build_demo_school
from app.models.enums import PlanStatus
from app.secrets import SecretStore
from app.services.core.store import Store, create_store
from app.services.plans.lifecycle import list_plans
from app.services.school.calendar import current_semester, school_info
from app.services.support.expenses import list_expenses
from app.services.support.staff_log import StudentHours, staff_log
from app.services.users import auth
from app.ui.context import UiContext
from app.ui.fonts import load_fonts
from app.ui.mnemonics import Mnemonics
from app.ui.tasks import DatabaseWorker, Worker
from app.ui.translation import install_translator

TABS = (("overview_tab", "OverviewTab"), ("assessment_tab", "AssessmentTab"),
        ("plan_tab", "PlanTab"), ("consultations_tab", "ConsultationsTab"),
        ("expenses_tab", "ExpensesTab"), ("documents_tab", "DocumentsTab"),
        ("history_tab", "HistoryTab"))
ROLES = ("koordinators", "skolotaja", "psihologs", "direktors", "admins")


def _quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages, without the offscreen platform's note on every window shown."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


class MemorySecrets:
    """A SecretStore in memory: the throwaway database's key dies with the process."""

    description = "memory"

    def __init__(self) -> None:
        self._values: dict[str, bytes] = {}

    def get(self, name: str) -> bytes | None:
        return self._values.get(name)

    def set(self, name: str, value: bytes) -> None:
        self._values[name] = value

    def delete(self, name: str) -> None:
        self._values.pop(name, None)


def optional(module: str, name: str) -> Callable[..., QWidget] | None:
    """A class from app.ui.<module>, or None (printed) when it is not built yet."""
    try:
        return getattr(importlib.import_module(f"app.ui.{module}"), name)
    except (ImportError, AttributeError):
        print(f"skipped: app.ui.{module}.{name} does not exist yet")
        return None


class Shooter:
    def __init__(self, app: QApplication, out: Path, only: set[str] | None) -> None:
        self.app, self.out, self.only = app, out, only
        self.written: list[Path] = []
        self.workers: list[Worker] = []
        self.keep: list[QWidget] = []

    def wanted(self, group: str) -> bool:
        return self.only is None or group in self.only

    def settle(self) -> None:
        """Let every background load finish and its results reach the widgets."""
        for _ in range(12):
            for worker in self.workers:
                worker.wait()
            self.app.processEvents()

    def shoot(self, widget: QWidget, name: str, width: int = 1280, height: int = 800) -> None:
        widget.resize(width, height)
        widget.show()
        self.settle()
        path = self.out / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.written.append(path)
        self.keep.append(widget)
        widget.hide()

    def context(self, store: Store, username: str,
                secrets: SecretStore | None = None) -> UiContext:
        worker = DatabaseWorker()
        actor = auth.sign_in(store, username, DEMO_PASSWORD)
        ctx = UiContext(store, actor, worker, school_info(store), current_semester(store),
                        "lv", secrets)
        self.workers += [worker, ctx.slow_worker]
        return ctx


def shoot_main_windows(s: Shooter, store: Store) -> None:
    window_class = optional("main_window", "MainWindow")
    if window_class is None:
        return
    for username in ROLES:
        window = window_class(s.context(store, username))
        nav = window.navigation  # type: ignore[attr-defined]
        for row in range(nav.count()):
            nav.setCurrentRow(row)
            s.shoot(window, f"main-{username}-{row + 1}")


def card_factories() -> list[Callable[..., QWidget]]:
    found = [optional(f"student_card.{module}", name) for module, name in TABS]
    return [f for f in found if f is not None]


def shoot_card(s: Shooter, ctx: UiContext, student_id: uuid.UUID, name: str,
               factories: list[Callable[..., QWidget]]) -> None:
    card_class = optional("student_card.card", "StudentCard")
    if card_class is None:  # the tabs on their own
        for i, factory in enumerate(factories, start=1):
            tab = factory(ctx, student_id)
            tab.load()  # type: ignore[attr-defined]
            s.shoot(tab, f"{name}-{i}", 1000, 720)
        return
    card = card_class(ctx, student_id, factories)
    tabs = card.tabs  # type: ignore[attr-defined]
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        tab = card.tab_list[i]  # type: ignore[attr-defined]
        s.shoot(card, f"{name}-{i + 1}-{type(tab).__name__.lower()}", 1100, 800)


def pick_plan(store: Store, ctx: UiContext, statuses: Iterable[PlanStatus]) -> uuid.UUID | None:
    plans = list_plans(store, ctx.actor, ctx.semester.id)
    for status in statuses:
        for plan in plans:
            if plan.status is status:
                return plan.student_id
    return None


def shoot_student_screens(s: Shooter, store: Store) -> None:
    coordinator, psychologist = s.context(store, "koordinators"), s.context(store, "psihologs")
    log = staff_log(store, psychologist.actor, psychologist.semester)

    def richness(p: StudentHours) -> tuple[bool, int]:  # expenses shown too, if any pupil has
        spent = list_expenses(store, coordinator.actor, p.student_id, coordinator.semester.id)
        return bool(spent), p.consultations

    busiest = max(log.students, key=richness, default=None)
    factories = card_factories()
    if busiest is not None:
        shoot_card(s, coordinator, busiest.student_id, "card", factories)
        tab_class = optional("student_card.consultations_tab", "ConsultationsTab")
        if tab_class is not None:
            tab = tab_class(psychologist, busiest.student_id)
            tab.load()  # type: ignore[attr-defined]
            s.shoot(tab, "consultation-log-psychologist", 1000, 760)
    draft = pick_plan(store, coordinator, (PlanStatus.DRAFT, PlanStatus.RETURNED))
    plan_tab = optional("student_card.plan_tab", "PlanTab")
    if draft is not None and plan_tab is not None:
        shoot_card(s, coordinator, draft, "plan-editor", [plan_tab])


def open_first_waiting_plan(s: Shooter, screen: QWidget) -> None:
    """Approvals: the first plan of the queue open in the reader, as the director reads it."""
    s.settle()
    table = screen.table  # type: ignore[attr-defined]
    if table.model().rowCount():
        table.selectRow(0)
        screen.open_selected()  # type: ignore[attr-defined]


OWN_SCREENS: tuple[tuple[str, str, str, str], ...] = (
    ("plans.plans_screen", "PlansScreen", "koordinators", "plans"),
    ("consultations.consultations_screen", "ConsultationsScreen", "psihologs",
     "consultations"),
    ("approvals.approvals_screen", "ApprovalsScreen", "direktors", "approvals"),
    ("reports.reports_screen", "ReportsScreen", "koordinators", "reports"),
    ("audit.audit_screen", "AuditScreen", "koordinators", "audit"),
    ("sync.sync_screen", "SyncScreen", "koordinators", "sync"),
    ("settings.settings_screen", "SettingsScreen", "admins", "settings-admin"),
    ("settings.settings_screen", "SettingsScreen", "koordinators", "settings-coordinator"),
)
PREPARE: dict[str, Callable[[Shooter, QWidget], None]] = {
    "approvals": open_first_waiting_plan,
}


def shoot_own_screens(s: Shooter, store: Store, secrets: SecretStore | None = None) -> None:
    """The navigation screens on their own, each as the role that uses it sees it (the
    director with this computer's signing key, so the approval buttons are live)."""
    for module, name, username, file in OWN_SCREENS:
        screen_class = optional(module, name)
        if screen_class is None:
            continue
        screen = screen_class(s.context(store, username,
                                        secrets if file == "approvals" else None))
        if hasattr(screen, "reload") and name != "SettingsScreen":
            screen.reload()
        if file in PREPARE:
            PREPARE[file](s, screen)
        s.shoot(screen, f"screen-{file}")


def shoot_login(s: Shooter, store: Store) -> None:
    from app.ui.login_dialog import LoginDialog

    dialog = LoginDialog(school_info(store).name, lambda u, p: auth.sign_in(store, u, p), "lv")
    dialog.username.setText("koordinators")
    s.shoot(dialog, "login", 460, 260)


def render_all(out: Path, only: set[str] | None = None) -> list[Path]:
    """Build the demo school and write the PNGs into `out`; the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    previous_handler = qInstallMessageHandler(_quiet)
    app = QApplication.instance() or QApplication(["pumpurs-screenshots"])
    assert isinstance(app, QApplication)
    load_fonts(app, 10)  # one size for every run of the screenshots
    mnemonics = Mnemonics(app)  # as in the app: the buttons' Alt+letters are underlined
    translator = install_translator(app, "lv")
    out.mkdir(parents=True, exist_ok=True)
    shooter = Shooter(app, out, only)
    with tempfile.TemporaryDirectory(prefix="pumpurs-shots-") as tmp:
        secrets = MemorySecrets()
        store = create_store(Path(tmp) / "demo.db", secrets)
        print("building the demo school…", flush=True)
        build_demo_school(store.engine)
        try:
            steps: tuple[tuple[str, Callable[[Shooter, Store], None]], ...] = (
                ("login", shoot_login), ("pupils", shoot_main_windows),
                ("card", shoot_student_screens),
                ("screens", lambda sh, st: shoot_own_screens(sh, st, secrets)))
            for group, step in steps:
                if shooter.wanted(group):
                    step(shooter, store)
        finally:
            for widget in shooter.keep:
                widget.close()
            shooter.settle()
            store.close()
    if translator is not None:
        app.removeTranslator(translator)
    qInstallMessageHandler(previous_handler)
    mnemonics.deleteLater()
    return shooter.written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--only", default="", help="login,pupils,card,screens (default all)")
    args = parser.parse_args(argv)
    only = {x.strip() for x in args.only.split(",") if x.strip()} or None
    written = render_all(args.out, only)
    print(f"{len(written)} screenshots written:")
    for path in written:
        print(f"  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
