"""Under the plan editor: "Save as PDF" (the IAP document as the school files it) and, for an
approved plan, "Amend" — a new version to change, which needs the director's approval again
while the approved one stays in force."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.models.enums import PlanStatus
from app.services.plans.lifecycle import PlanView
from app.services.plans.versions import amend_approved_plan
from app.services.report_data.common import record_printed
from app.services.report_data.plan_documents import plan_document
from app.ui.context import UiContext
from app.ui.data_changes import Entity
from app.ui.form_errors import ERROR_STYLE
from app.ui.pdf_export import PdfFiles, save_pdf
from app.ui.tasks import Op, show_failure


def plan_file_name(view: PlanView) -> str:
    return f"IAP {view.student_name} {view.semester_label}.pdf"


class PlanPrintActions(QWidget):
    amended = Signal(object)  # the new draft version's PlanView

    def __init__(self, ctx: UiContext, files: PdfFiles | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.files = files or PdfFiles()
        self.view: PlanView | None = None
        self.pdf_button = QPushButton(self.tr("Save as PDF"))
        self.pdf_button.setObjectName("plan_pdf")
        self.pdf_button.setToolTip(self.tr("The plan as stored (unsaved edits are not printed)."))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.amend_button = QPushButton(self.tr("Amend the approved plan"))
        self.amend_button.setObjectName("amend_plan")
        self._amend_tip = self.tr(
            "Starts version %1 to change; the approved version stays in force until the "
            "director approves the new one.")
        self.amend_button.clicked.connect(self.amend)
        self.amend_button.hide()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("plan_pdf_saved")
        self.saved_label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pdf_button)
        layout.addWidget(self.amend_button)
        layout.addWidget(self.saved_label, 1)

    def show_plan(self, view: PlanView, may_change: bool) -> None:
        self.view = view
        self.saved_label.clear()
        self.amend_button.setVisible(view.status is PlanStatus.APPROVED and may_change)
        self.amend_button.setToolTip(self._amend_tip.replace("%1", str(view.version + 1)))

    def save_pdf(self) -> None:
        view = self.view
        if view is None:
            return
        ctx, plan_id = self.ctx, view.id

        def make() -> bytes:
            from app.reports.iap import plan_pdf  # reportlab only when a PDF is made (start-up)

            data = plan_pdf(plan_document(ctx.store, ctx.actor, plan_id), ctx.lang)
            record_printed(ctx.store, ctx.actor, "plan", view.semester_id,
                           plan=str(plan_id), version=view.version)
            return data

        self.saved_label.clear()
        if save_pdf(self, ctx.slow_worker, self.files, self.tr("Save the plan as PDF"),
                    plan_file_name(view), make, self._saved, self._failed) is not None:
            self.pdf_button.setEnabled(False)

    def _saved(self, path: Path) -> None:
        self.pdf_button.setEnabled(True)
        self.saved_label.setStyleSheet("")
        self.saved_label.setText(self.tr("Saved: %1").replace("%1", str(path)))

    def amend(self) -> None:
        view = self.view
        if view is None:
            return
        ctx, plan_id = self.ctx, view.id
        self.amend_button.setEnabled(False)
        Op(self, ctx.worker, lambda _p, _c: amend_approved_plan(ctx.store, ctx.actor, plan_id),
           self.tr("Starting a new version…")).changes(ctx.changes, {Entity.PLAN}).success(
            self._amended).failure(self._failed).start()

    def _amended(self, view: PlanView) -> None:
        self.amend_button.setEnabled(True)
        self.amended.emit(view)

    def _failed(self, exc: Exception) -> None:
        self.pdf_button.setEnabled(True)
        self.amend_button.setEnabled(True)
        if isinstance(exc, OSError):
            self.saved_label.setStyleSheet(ERROR_STYLE)
            self.saved_label.setText(self.tr("The file could not be saved: %1").replace(
                "%1", exc.strerror or str(exc)))
            return
        show_failure(self, exc)  # in the plan tab's errors
