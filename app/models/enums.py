"""Enumerations of the domain; stored by name (`native_enum=False`), so adding one is cheap."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    TEACHER = "teacher"  # class teacher, plan author
    SUPPORT = "support"  # support staff; the kind is in User.specialist_type
    COORDINATOR = "coordinator"
    DIRECTOR = "director"
    ADMIN = "admin"


class SpecialistType(enum.StrEnum):
    SOCIAL_PEDAGOGUE = "social_pedagogue"
    PSYCHOLOGIST = "psychologist"
    SPEECH_THERAPIST = "speech_therapist"
    SPECIAL_EDUCATION_TEACHER = "special_education_teacher"
    TEACHER_ASSISTANT = "teacher_assistant"
    SUBJECT_TEACHER = "subject_teacher"
    OCCUPATIONAL_THERAPIST = "occupational_therapist"
    SIGN_LANGUAGE_INTERPRETER = "sign_language_interpreter"
    ASSISTANT = "assistant"


class StudentStatus(enum.StrEnum):
    ACTIVE = "active"
    LEFT = "left"
    GRADUATED = "graduated"
    TRANSFERRED = "transferred"


class ProgrammeKind(enum.StrEnum):
    GENERAL = "general"  # grades 1-12
    VOCATIONAL = "vocational"  # courses 1-4


class RiskCategory(enum.StrEnum):
    LEARNING = "learning"
    SOCIAL_HEALTH = "social_health"
    ECONOMIC = "economic"
    FAMILY = "family"


class Severity(enum.IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class RiskLevel(enum.IntEnum):
    NONE = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class MeasureUnit(enum.StrEnum):
    HOURS = "hours"  # consultations: planned minutes x hourly rate
    EURO = "euro"  # compensations: planned amount


class PlanStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"
    CLOSED = "closed"


class EvaluationOutcome(enum.StrEnum):
    REDUCED = "reduced"
    UNCHANGED = "unchanged"
    INCREASED = "increased"


class Recommendation(enum.StrEnum):
    CONTINUE = "continue"
    CLOSE = "close"
    REFER = "refer"


class ConsultationKind(enum.StrEnum):
    INDIVIDUAL = "individual"
    GROUP = "group"
    WITH_PARENT = "with_parent"
    WITH_TEACHER = "with_teacher"


class ChangeOp(enum.StrEnum):
    UPSERT = "upsert"
    DELETE = "delete"


class SyncState(enum.StrEnum):
    TO_SEND = "to_send"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    CONFLICT = "conflict"


class BundleState(enum.StrEnum):
    """A built school-upload bundle: built → sent → acknowledged | held | rejected | conflict
    ("exported": written to a folder, waiting for the municipality's receipt)."""

    BUILT = "built"
    EXPORTED = "exported"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    HELD = "held"
    REJECTED = "rejected"
    CONFLICT = "conflict"


class DecisionOutcome(enum.StrEnum):
    """The municipality's decision on an approved plan version."""

    ACCEPTED = "accepted"
    RETURNED = "returned"
