"""The school: its calendar, settings, classes and first set-up."""

from app.services.school.calendar import (
    SchoolInfo,
    SemesterInfo,
    all_semesters,
    current_semester,
    school_info,
    school_year_id,
    semesters,
)
from app.services.school.class_admin import (
    ClassRecord,
    Teacher,
    add_class,
    archive_class,
    find_class,
    rename_class,
    school_classes,
    set_class_teachers,
)
from app.services.school.class_names import ClassName, parse_class_name
from app.services.school.classes import ClassInfo, list_classes
from app.services.school.creation import CreatedSchool, CreationRequest, create_school
from app.services.school.machine_school import MachineSchool, create_machine_school
from app.services.school.semester_dates import (
    default_semester_dates,
    set_semester_dates,
    year_to_open,
)
from app.services.school.settings import (
    idle_lock_problems,
    info_of,
    normalise_registration_number,
    save_school_settings,
    school_problems,
    set_idle_lock_minutes,
    update_school_details,
)
from app.services.school.setup import (
    FirstAdminInput,
    SchoolSetupInput,
    SchoolSetupResult,
    first_admin_problems,
    school_year_start,
    set_up_school,
    setup_problems,
    year_label,
)

__all__ = [
    "ClassInfo",
    "ClassName",
    "ClassRecord",
    "CreatedSchool",
    "CreationRequest",
    "FirstAdminInput",
    "MachineSchool",
    "SchoolInfo",
    "SchoolSetupInput",
    "SchoolSetupResult",
    "SemesterInfo",
    "Teacher",
    "add_class",
    "all_semesters",
    "archive_class",
    "create_machine_school",
    "create_school",
    "current_semester",
    "default_semester_dates",
    "find_class",
    "first_admin_problems",
    "idle_lock_problems",
    "info_of",
    "list_classes",
    "normalise_registration_number",
    "parse_class_name",
    "rename_class",
    "save_school_settings",
    "school_classes",
    "school_info",
    "school_problems",
    "school_year_id",
    "school_year_start",
    "semesters",
    "set_class_teachers",
    "set_idle_lock_minutes",
    "set_semester_dates",
    "set_up_school",
    "setup_problems",
    "update_school_details",
    "year_label",
    "year_to_open",
]
