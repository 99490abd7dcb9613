"""The figures behind the printed IAP and the semester report."""

from app.services.report_data.common import (
    command_line_actor,
    find_semester,
    record_printed,
    school_header,
    semester_name,
)
from app.services.report_data.money import measure_figures, specialist_hours, status_rows
from app.services.report_data.parts import approval, evaluation, measures, risks, user_name
from app.services.report_data.plan_documents import plan_document, semester_plan_documents
from app.services.report_data.printing import (
    PlansWritten,
    plan_file_name,
    semester_pdf,
    write_plan_pdfs,
)
from app.services.report_data.semester import semester_report

__all__ = [
    "PlansWritten",
    "approval",
    "command_line_actor",
    "evaluation",
    "find_semester",
    "measure_figures",
    "measures",
    "plan_document",
    "plan_file_name",
    "record_printed",
    "risks",
    "school_header",
    "semester_name",
    "semester_pdf",
    "semester_plan_documents",
    "semester_report",
    "specialist_hours",
    "status_rows",
    "user_name",
    "write_plan_pdfs",
]
