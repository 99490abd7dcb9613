"""Students (izglītojamie): registering, editing, searching, leaving, personal codes."""

from app.services.students.access import require_leads
from app.services.students.duplicates import check_personal_code, check_possible_duplicate
from app.services.students.personal_code import (
    PersonalCode,
    check_digit,
    is_new_format,
    parse_personal_code,
)
from app.services.students.query import get_student, list_students
from app.services.students.registry import create_student, update_student
from app.services.students.search import (
    Named,
    filter_by_name,
    fold,
    latvian_sort_key,
    matches,
    sort_by_name,
)
from app.services.students.status import mark_student_left, reactivate_student
from app.services.students.types import (
    GuardianInput,
    GuardianView,
    StudentInput,
    StudentRow,
    StudentView,
    guardian_view,
    student_view,
)
from app.services.students.validation import (
    CleanGuardian,
    CleanStudent,
    check_name,
    tidy,
    validate_student,
)

__all__ = [
    "CleanGuardian",
    "CleanStudent",
    "GuardianInput",
    "GuardianView",
    "Named",
    "PersonalCode",
    "StudentInput",
    "StudentRow",
    "StudentView",
    "check_digit",
    "check_name",
    "check_personal_code",
    "check_possible_duplicate",
    "create_student",
    "filter_by_name",
    "fold",
    "get_student",
    "guardian_view",
    "is_new_format",
    "latvian_sort_key",
    "list_students",
    "mark_student_left",
    "matches",
    "parse_personal_code",
    "reactivate_student",
    "require_leads",
    "sort_by_name",
    "student_view",
    "tidy",
    "update_student",
    "validate_student",
]
