"""Individual support plans (IAP): drafts, submission, versions, delivery and evaluation."""

from app.services.plans.access import (
    current_version,
    load_plan,
    require_author_or_coordinator,
    require_editable,
    set_status,
)
from app.services.plans.continuation import start_next_plan
from app.services.plans.costs import hours_cost_cents, measure_cost_cents
from app.services.plans.delivery import EuroDelivery, HoursDelivery, PlanDelivery, plan_delivery
from app.services.plans.discard import delete_plan_draft
from app.services.plans.draft import (
    DraftCheck,
    MeasureInput,
    MeasureRow,
    PlanDraftInput,
    check_draft,
    is_active_user,
)
from app.services.plans.evaluation import record_evaluation, record_parent_application
from app.services.plans.lifecycle import create_plan, save_plan_draft, submit_plan
from app.services.plans.query import PlanSummary, get_plan, list_plans
from app.services.plans.staff import StaffMember, may_provide, plan_staff, providers_for
from app.services.plans.student_plan import StudentPlan, student_plan
from app.services.plans.versions import (
    amend_approved_plan,
    copy_content,
    diff_versions,
    find_version,
    latest_approved_version,
)
from app.services.plans.versions_diff import (
    Change,
    ChangeKind,
    Minutes,
    Money,
    Named,
    version_changes,
)
from app.services.plans.views import (
    EvaluationView,
    MeasureView,
    ParentApplicationView,
    PlanView,
    plan_view,
)

__all__ = [
    "Change",
    "ChangeKind",
    "DraftCheck",
    "EuroDelivery",
    "EvaluationView",
    "HoursDelivery",
    "MeasureInput",
    "MeasureRow",
    "MeasureView",
    "Minutes",
    "Money",
    "Named",
    "ParentApplicationView",
    "PlanDelivery",
    "PlanDraftInput",
    "PlanSummary",
    "PlanView",
    "StaffMember",
    "StudentPlan",
    "amend_approved_plan",
    "check_draft",
    "copy_content",
    "create_plan",
    "current_version",
    "delete_plan_draft",
    "diff_versions",
    "find_version",
    "get_plan",
    "hours_cost_cents",
    "is_active_user",
    "latest_approved_version",
    "list_plans",
    "load_plan",
    "may_provide",
    "measure_cost_cents",
    "plan_delivery",
    "plan_staff",
    "plan_view",
    "providers_for",
    "record_evaluation",
    "record_parent_application",
    "require_author_or_coordinator",
    "require_editable",
    "save_plan_draft",
    "set_status",
    "start_next_plan",
    "student_plan",
    "submit_plan",
    "version_changes",
]
