"""Subject access (GDPR art. 15): everything the school holds about one pupil, for the
parent who asks — a readable PDF, every row as JSON, the documents themselves."""

from app.services.subject_access.exporting import SubjectExport, export_subject, find_subject
from app.services.subject_access.records import subject_rows

__all__ = ["SubjectExport", "export_subject", "find_subject", "subject_rows"]
