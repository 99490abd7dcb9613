"""The plan tab's "Delete draft" button: a draft started by mistake or left empty goes.

Shown only for a draft never submitted, to its author or a coordinator; it asks first,
naming the pupil and semester. The service decides (it also refuses a draft that has
consultations, expenses, the parent's application or an evaluation recorded against it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget

from app.models.enums import PlanStatus
from app.services.plans.discard import delete_plan_draft
from app.services.plans.views import PlanView
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.students.questions import Confirm
from app.ui.tasks import Op


class DraftDiscard(QPushButton):
    def __init__(self, ctx: UiContext, confirm: Confirm, deleted: Callable[[], None],
                 failed: Callable[[Exception], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Delete draft"))
        self.setObjectName("delete_plan_draft")
        self.ctx, self._confirm, self._deleted, self._failed = ctx, confirm, deleted, failed
        self.view: PlanView | None = None
        self.clicked.connect(self.discard)
        self.hide()

    def show_plan(self, view: PlanView | None, may_change: bool) -> None:
        self.view = view
        self.setVisible(view is not None and may_change and view.status is PlanStatus.DRAFT
                        and view.submitted_at is None and view.version == 1)

    def discard(self) -> None:
        view = self.view
        if view is None:
            return
        question = (self.tr("Delete the draft support plan of %1 for semester %2? Its goals "
                            "and measures are deleted; the deletion is recorded in the "
                            "history.")
                    .replace("%1", view.student_name).replace("%2", view.semester_label))
        if not self._confirm(self, question):
            return
        ctx, plan_id = self.ctx, view.id
        self.setEnabled(False)

        def work(_p: object, _c: object) -> None:
            delete_plan_draft(ctx.store, ctx.actor, plan_id)

        def done(_result: None) -> None:
            self.setEnabled(True)
            self._deleted()

        def failed(exc: Exception) -> None:
            self.setEnabled(True)
            self._failed(exc)

        Op(self, ctx.worker, work).changes(ctx.changes, {Entity.PLAN}).success(done).failure(
            failed).start()
