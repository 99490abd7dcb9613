"""The school's store: typed SQLAlchemy 2 models. Importing this package registers them all."""

from app.models.assessment import RiskAssessment, RiskFinding
from app.models.attachment import Attachment, AttachmentBlob
from app.models.audit import AuditEntry
from app.models.base import Base
from app.models.catalogue import MeasureType, RiskSign
from app.models.indicators import (
    AttendanceFigure,
    ConductFigure,
    IndicatorImport,
    IndicatorOverride,
    MarkFigure,
    MarkSummary,
)
from app.models.outbox import OutboxChange
from app.models.plan import PlanGoal, PlanReviewDate, PlanVersion, SupportMeasure, SupportPlan
from app.models.plan_evaluation import ParentApplication, PlanEvaluation, RiskOutcome
from app.models.retention import RetentionRule
from app.models.roster import RosterMapping
from app.models.school import (
    ClassEnrolment,
    ClassTeacher,
    School,
    SchoolClass,
    SchoolYear,
    Semester,
)
from app.models.signing_key import SigningKey
from app.models.student import Guardian, Student, SupportAssignment
from app.models.support import Consultation, Expense
from app.models.sync_state import (
    DownlinkRecord,
    MunicipalityDecision,
    SyncBundle,
    SyncConflict,
    SyncIdentity,
    SyncPlanTotal,
    TrustRecord,
)
from app.models.user import User, UserRole

__all__ = [
    "Attachment",
    "AttachmentBlob",
    "AttendanceFigure",
    "AuditEntry",
    "Base",
    "ClassEnrolment",
    "ClassTeacher",
    "ConductFigure",
    "Consultation",
    "DownlinkRecord",
    "Expense",
    "Guardian",
    "IndicatorImport",
    "IndicatorOverride",
    "MarkFigure",
    "MarkSummary",
    "MeasureType",
    "MunicipalityDecision",
    "OutboxChange",
    "ParentApplication",
    "PlanEvaluation",
    "PlanGoal",
    "PlanReviewDate",
    "PlanVersion",
    "RetentionRule",
    "RiskAssessment",
    "RiskFinding",
    "RiskOutcome",
    "RiskSign",
    "RosterMapping",
    "School",
    "SchoolClass",
    "SchoolYear",
    "Semester",
    "SigningKey",
    "Student",
    "SupportAssignment",
    "SupportMeasure",
    "SupportPlan",
    "SyncBundle",
    "SyncConflict",
    "SyncIdentity",
    "SyncPlanTotal",
    "TrustRecord",
    "User",
    "UserRole",
]
