"""The Reports screen (coordinator, director): choose a semester, see its key figures and the
charts of its PDF, save
the semester report as a PDF, or every plan of the semester as one PDF per plan into a
folder — in the background, with progress and a Cancel button."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.reports.chart_svg import semester_chart_svgs
from app.reports.content_semester import SemesterReport
from app.services.report_data.printing import PlansWritten, semester_pdf, write_plan_pdfs
from app.services.report_data.semester import semester_report
from app.services.school.calendar import SemesterInfo, all_semesters
from app.ui.charts_view import ChartsView
from app.ui.context import UiContext
from app.ui.form_errors import ERROR_STYLE, ErrorLabel
from app.ui.pdf_export import PdfFiles, documents_dir, save_pdf
from app.ui.reports.report_preview import ReportPreview
from app.ui.tasks import Op, Progress, show_failure


class ReportsScreen(QWidget):
    def __init__(self, ctx: UiContext, files: PdfFiles | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.files = files or PdfFiles()
        self.plans_op: Op | None = None
        self.semester = QComboBox()
        self.semester.setObjectName("report_semester")
        self.semester.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.semester.currentIndexChanged.connect(lambda _i: self.load_preview())
        self.semester_button = QPushButton(self.tr("Semester report (PDF)…"))
        self.semester_button.setObjectName("semester_pdf")
        self.semester_button.clicked.connect(self.save_semester_report)
        self.plans_button = QPushButton(self.tr("All plans as PDF…"))
        self.plans_button.setObjectName("plans_pdf")
        self.plans_button.clicked.connect(self.save_all_plans)
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setObjectName("cancel_plans_pdf")
        self.cancel_button.clicked.connect(self.cancel_plans)
        self.cancel_button.hide()
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.status.setWordWrap(True)
        self.error_place = ErrorLabel(self.status, ctx.lang, ERROR_STYLE)
        self.preview = ReportPreview(ctx.lang)
        self.charts = ChartsView()
        self.charts.setObjectName("report_charts")
        self._layout()
        self._set_enabled(False)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Semester:")))
        top.addWidget(self.semester)
        top.addStretch(1)
        top.addWidget(self.semester_button)
        top.addWidget(self.plans_button)
        top.addWidget(self.cancel_button)
        title = QLabel(self.tr("Key figures of the semester"))
        title.setStyleSheet("font-weight: bold")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        page = QWidget()
        page_box = QVBoxLayout(page)
        page_box.addWidget(self.preview)
        page_box.addWidget(self.charts)
        page_box.addStretch(1)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.semester, self.semester_button, self.plans_button):
            widget.setEnabled(enabled)

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    def semester_id(self) -> uuid.UUID | None:
        value = self.semester.currentData()
        return uuid.UUID(value) if value else None

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> Op:
        ctx = self.ctx
        return (Op(self, ctx.worker, lambda _p, _c: all_semesters(ctx.store))
                .success(self._semesters).start())

    def _semesters(self, found: list[SemesterInfo]) -> None:
        self.semester.blockSignals(True)
        self.semester.clear()
        for sem in found:
            self.semester.addItem(sem.label, str(sem.id))
        self.semester.setCurrentIndex(max(0, self.semester.findData(str(self.ctx.semester.id))))
        self.semester.blockSignals(False)
        self._set_enabled(bool(found))
        self.load_preview()

    def load_preview(self) -> Op | None:
        ctx, semester_id = self.ctx, self.semester_id()
        if semester_id is None:
            return None
        self.preview.setText(self.tr("Counting…"))

        def count(_p: object, _c: object) -> tuple[SemesterReport, list[tuple[str, bytes]]]:
            report = semester_report(ctx.store, ctx.actor, semester_id)
            return report, semester_chart_svgs(report, ctx.lang)

        def shown(found: tuple[SemesterReport, list[tuple[str, bytes]]]) -> None:
            if semester_id == self.semester_id():  # not an older choice arriving late
                self.preview.show_report(found[0])
                self.charts.show_charts(found[1])

        return Op(self, ctx.worker, count).success(shown).start()

    # --- printing ----------------------------------------------------------------------------

    def save_semester_report(self) -> Op | None:
        ctx, semester_id = self.ctx, self.semester_id()
        if semester_id is None:
            return None
        name = self.tr("Semester report %1.pdf").replace("%1", self.semester.currentText())
        self._show_status("")
        return save_pdf(self, ctx.slow_worker, self.files, self.tr("Save the semester report"),
                        name, lambda: semester_pdf(ctx.store, ctx.actor, semester_id, ctx.lang),
                        self._report_saved,
                        self._failed)

    def _report_saved(self, path: Path) -> None:
        self._show_status(self.tr("The semester report is saved: %1").replace("%1", str(path)))

    def save_all_plans(self) -> Op | None:
        ctx, semester_id = self.ctx, self.semester_id()
        if semester_id is None:
            return None
        folder = self.files.choose_folder(self, self.tr("Choose a folder for the plans"),
                                          documents_dir())
        if folder is None:
            return None
        message = self.tr("Saving plans: %1 of %2…")

        def work(progress: Progress, cancel: threading.Event) -> PlansWritten:
            return write_plan_pdfs(ctx.store, ctx.actor, semester_id, folder, ctx.lang, progress,
                                   cancel, message)

        self._show_status(self.tr("Saving the plans…"))
        self._set_enabled(False)
        self.cancel_button.show()
        self.plans_op = (Op(self, ctx.slow_worker, work, self.tr("Saving the plans as PDF…"))
                         .success(self._plans_saved).failure(self._plans_failed).start())
        return self.plans_op

    def cancel_plans(self) -> None:
        if self.plans_op is not None:
            self.plans_op.cancel_event.set()
            self.cancel_button.setEnabled(False)

    def _plans_done(self) -> None:
        self.plans_op = None
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        self._set_enabled(True)

    def _plans_saved(self, result: PlansWritten) -> None:
        self._plans_done()
        if result.total == 0:
            self._show_status(self.tr("The semester has no plans to print."))
            return
        text = (self.tr("Stopped: %1 of %2 plans saved in %3.") if result.cancelled
                else self.tr("%1 of %2 plans saved in %3."))
        self._show_status(text.replace("%1", str(len(result.files))).replace(
            "%2", str(result.total)).replace("%3", str(result.folder)))
        if result.files:
            self.files.open_path(result.folder)

    def _plans_failed(self, exc: Exception) -> None:
        self._plans_done()
        self._failed(exc)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, OSError):
            self._show_status(self.tr("The file could not be saved: %1").replace(
                "%1", exc.strerror or str(exc)), error=True)
            return
        show_failure(self, exc)
