"""What `build_demo_school` made: counts and the demo logins, as a frozen dataclass."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.demo.calendar import DemoCalendar
from app.demo.rows import DemoRows
from app.demo.school import SCHOOL_NAME
from app.demo.staff import DEMO_PASSWORD, NAMED, Staff
from app.models import OutboxChange, RiskAssessment, Student, SupportPlan
from app.models.enums import StudentStatus

MAIN_LOGIN = "koordinators"


@dataclass(frozen=True)
class DemoLogin:
    username: str
    full_name: str
    roles: tuple[str, ...]  # Role values
    description: str  # in Latvian, e.g. "8.b klases audzinātāja"


@dataclass(frozen=True)
class DemoSummary:
    school_name: str
    seed: int
    today: date
    current_semester: str  # "2026/2027-1"
    classes: int
    students: int
    active_students: int
    users: int
    at_risk_current: int  # pupils with a risk assessment in the current semester
    assessments: int
    findings: int
    plans: int
    plans_by_status: dict[str, int]  # PlanStatus value → count, all semesters
    consultations: int
    expenses: int
    outbox_rows: int
    password: str
    logins: tuple[DemoLogin, ...]

    # The names the command line uses (`pumpurs demo` prints them).
    @property
    def at_risk(self) -> int:
        return self.at_risk_current

    @property
    def login_username(self) -> str:
        """The login to show first: the coordinator sees the whole school."""
        return MAIN_LOGIN

    @property
    def login_password(self) -> str:
        return self.password


def summarise(session: Session, rows: DemoRows, seed: int, cal: DemoCalendar,
              staff: Staff) -> DemoSummary:
    c = rows.counts
    by_status = {
        status.value: n for status, n in session.execute(
            select(SupportPlan.status, func.count()).group_by(SupportPlan.status))
    }
    at_risk = session.scalar(select(func.count(func.distinct(RiskAssessment.student_id)))
                             .where(RiskAssessment.semester_id == cal.current.id)) or 0
    active = session.scalar(select(func.count()).select_from(Student)
                            .where(Student.status == StudentStatus.ACTIVE)) or 0
    outbox = session.scalar(select(func.count()).select_from(OutboxChange)) or 0
    logins = tuple(
        DemoLogin(m.username, m.full_name, tuple(r.value for r in m.roles), m.note)
        for m in (staff[u] for u in NAMED)
    )
    return DemoSummary(
        school_name=SCHOOL_NAME, seed=seed, today=cal.today, current_semester=cal.current.label,
        classes=c["school_class"], students=c["student"], active_students=active,
        users=c["app_user"], at_risk_current=at_risk, assessments=c["risk_assessment"],
        findings=c["risk_finding"], plans=c["support_plan"], plans_by_status=by_status,
        consultations=c["consultation"], expenses=c["expense"], outbox_rows=outbox,
        password=DEMO_PASSWORD, logins=logins,
    )
