"""Support delivered: consultations, expenses, attachments and staff assigned to students."""

from app.services.support.attachments import (
    SCAN_TYPES,
    AttachmentView,
    add_attachment,
    check_chosen_file,
    check_file,
    clean_filename,
    drop_attachment,
    list_attachments,
    megabytes,
    read_attachment,
    remove_attachment,
    sniff,
    store_file,
)
from app.services.support.consultations import (
    ConsultationInput,
    ConsultationView,
    consultation_view,
    list_consultations,
    log_consultation,
    update_consultation,
)
from app.services.support.expenses import ExpenseInput, ExpenseView, list_expenses, record_expense
from app.services.support.removal import delete_consultation, delete_expense
from app.services.support.staff_assignment import (
    AssignedStaff,
    assign_providers,
    assign_support_staff,
    list_assigned_staff,
    unassign_support_staff,
)
from app.services.support.staff_log import StaffLog, StudentHours, staff_log

__all__ = [
    "SCAN_TYPES",
    "AssignedStaff",
    "AttachmentView",
    "ConsultationInput",
    "ConsultationView",
    "ExpenseInput",
    "ExpenseView",
    "StaffLog",
    "StudentHours",
    "add_attachment",
    "assign_providers",
    "assign_support_staff",
    "check_chosen_file",
    "check_file",
    "clean_filename",
    "consultation_view",
    "delete_consultation",
    "delete_expense",
    "drop_attachment",
    "list_assigned_staff",
    "list_attachments",
    "list_consultations",
    "list_expenses",
    "log_consultation",
    "megabytes",
    "read_attachment",
    "record_expense",
    "remove_attachment",
    "sniff",
    "staff_log",
    "store_file",
    "unassign_support_staff",
    "update_consultation",
]
