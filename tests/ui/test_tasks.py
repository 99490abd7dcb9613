"""The op API: typed results, failures in the screen's error place by default, "data
changed" announced after a write, and the slow worker that does not hold the database one."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.errors import NotFound
from app.ui.data_changes import DataChanges, Entity
from app.ui.form_errors import ErrorLabel
from app.ui.tasks import DatabaseWorker, Op, SlowWorker, show_failure


class Screen(QWidget):
    """A screen naming its error place once; a child widget starts the ops."""

    def __init__(self) -> None:
        super().__init__()
        self.error = QLabel()
        self.error.hide()
        self.error_place = ErrorLabel(self.error, "en")
        self.part = QWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.part)


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    worker = DatabaseWorker()
    yield worker
    worker.shutdown()


def missing(_p: object, _c: object) -> int:
    raise NotFound("not_found", entity="plan")


def test_the_result_comes_back_typed_and_the_changes_are_announced_after_success(
        qtbot: QtBot, worker: DatabaseWorker) -> None:
    screen = Screen()
    qtbot.addWidget(screen)
    changes = DataChanges()
    got: list[object] = []
    changes.changed.connect(lambda entities: got.append(entities))
    op = Op(screen, worker, lambda _p, _c: 6 * 7).changes(changes, {Entity.PLAN})
    op.success(lambda n: got.append(n + 1))
    with qtbot.waitSignal(op.finished):
        op.start()
    assert got == [43, frozenset({Entity.PLAN})]  # the callback first, then the news


def test_an_app_error_is_shown_in_the_nearest_error_place_and_nothing_is_announced(
        qtbot: QtBot, worker: DatabaseWorker) -> None:
    screen = Screen()
    qtbot.addWidget(screen)
    screen.show()
    changes = DataChanges()
    announced: list[object] = []
    changes.changed.connect(announced.append)
    op = Op(screen.part, worker, missing).changes(changes, {Entity.PLAN})
    with qtbot.waitSignal(op.finished):
        op.start()
    assert screen.error.isVisible()
    assert screen.error.text() == "Record not found: plan."
    assert announced == []


def test_an_unexpected_exception_is_raised_on_the_gui_thread(
        qtbot: QtBot, worker: DatabaseWorker) -> None:
    screen = Screen()
    qtbot.addWidget(screen)

    def broken(_p: object, _c: object) -> int:
        raise KeyError("bug")

    with qtbot.captureExceptions() as raised:
        op = Op(screen, worker, broken)
        with qtbot.waitSignal(op.finished):
            op.start()
    assert [type(e[1]) for e in raised] == [KeyError]
    assert screen.error.text() == ""


def test_without_an_error_place_an_app_error_is_raised_too(qtbot: QtBot) -> None:
    with pytest.raises(NotFound):
        show_failure(QWidget(), NotFound("not_found", entity="plan"))


def test_the_slow_worker_does_not_hold_the_database_worker(
        qtbot: QtBot, worker: DatabaseWorker) -> None:
    slow = SlowWorker()
    screen = Screen()
    qtbot.addWidget(screen)
    release = threading.Event()
    slow_op = Op(screen, slow, lambda _p, _c: release.wait(30)).start()
    loaded: list[str] = []
    quick = Op(screen, worker, lambda _p, _c: "rows").success(loaded.append)
    with qtbot.waitSignal(quick.finished):
        quick.start()
    assert loaded == ["rows"]  # while the slow op still waits
    with qtbot.waitSignal(slow_op.finished):
        release.set()
    slow.shutdown()
