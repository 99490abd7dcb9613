"""Printable documents (reportlab): the IAP, the school's semester report, the recovery sheet.

Plain Python: no Qt and no ORM. Each document takes the frozen dataclasses of
`app.reports.content` / `content_semester` (filled by `app.services.report_data`) and
returns the PDF as bytes:

- `app.reports.iap.plan_pdf(doc: PlanDocument, lang="lv") -> bytes`
- `app.reports.semester.semester_report_pdf(report: SemesterReport, lang="lv") -> bytes`
- `app.reports.recovery.recovery_sheet_pdf(school_name, db_path, recovery_key, created_at,
  lang="lv") -> bytes`

Nothing is imported here, so the services can use the content dataclasses without loading
reportlab.
"""
