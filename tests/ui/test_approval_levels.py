"""The director's queue and plan reader name the same risk level as the assessment (and so
the card and the PDF): the ABC indicators raise the learning level above its findings."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import update

from app.models import RiskAssessment, RiskFinding
from app.models.enums import RiskCategory, RiskLevel, Severity
from app.services.assessments import get_assessment
from app.services.plans import lifecycle as plans
from tests.builders.approvals import submitted_plan
from tests.builders.catalogue import CatalogueFixture
from tests.builders.school import SchoolFixture
from tests.builders.ui_approvals_screen import ANNA, cell, director, open_screen, read_row
from tests.builders.ui_make_context import MakeContext


def test_queue_and_reader_show_the_level_the_assessment_shows(
        qtbot: QtBot, make_ctx: MakeContext, school: SchoolFixture,
        catalogue: CatalogueFixture) -> None:
    plan_id = submitted_plan(school, catalogue)
    assessment_id = plans.get_plan(school.store, school.actors["director"],
                                   plan_id).assessment_id
    with school.store.write() as s:  # a low finding, but 25 unjustified lessons
        s.execute(update(RiskFinding).where(RiskFinding.assessment_id == assessment_id,
                                            RiskFinding.severity == Severity.HIGH)
                  .values(severity=Severity.LOW))
        s.execute(update(RiskAssessment).where(RiskAssessment.id == assessment_id)
                  .values(unjustified_lessons=25))
    assessment = get_assessment(school.store, school.actors["director"],
                                school.student_ids[ANNA], school.current_semester_id)
    assert assessment is not None
    assert assessment.profile.level(RiskCategory.LEARNING) is RiskLevel.HIGH

    screen = open_screen(qtbot, director(make_ctx))
    assert cell(screen, 0, 4) == "Mācības: augsts; Ekonomiskie: vidējs"
    read_row(qtbot, screen, 0)
    text = screen.reader.toPlainText()
    assert "riska līmenis augsts" in text
    assert "zems" not in text
