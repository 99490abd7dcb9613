"""A real school's classes and years: several class teachers per class (`class_teacher`),
archived classes, vocational programme names, the grade after which a class graduates, the
class a class was promoted from, and the class each pupil finished a year in
(`class_enrolment`); the ABC thresholds of each school year (`school_year.abc_thresholds`,
from its catalogue file; empty means the defaults).

Existing class teachers (`school_class.class_teacher_id`) are copied into `class_teacher`.

Revision ID: 0006_school_year
Revises: 0005
Create Date: 2026-12-03 08:40:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0006_school_year'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('class_teacher',
    sa.Column('class_id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['school_class.id'], name=op.f('fk_class_teacher_class_id_school_class')),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_class_teacher_user_id_app_user')),
    sa.PrimaryKeyConstraint('class_id', 'user_id', name=op.f('pk_class_teacher'))
    )
    with op.batch_alter_table('class_teacher', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_class_teacher_user_id'), ['user_id'], unique=False)
    op.create_table('class_enrolment',
    sa.Column('student_id', sa.Uuid(), nullable=False),
    sa.Column('school_year_id', sa.Uuid(), nullable=False),
    sa.Column('class_id', sa.Uuid(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['school_class.id'], name=op.f('fk_class_enrolment_class_id_school_class')),
    sa.ForeignKeyConstraint(['school_year_id'], ['school_year.id'], name=op.f('fk_class_enrolment_school_year_id_school_year')),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_class_enrolment_student_id_student')),
    sa.PrimaryKeyConstraint('student_id', 'school_year_id', name=op.f('pk_class_enrolment'))
    )
    # Plain ADD COLUMN (no table rebuild: school_class is referenced by many tables).
    op.add_column('school_class', sa.Column('programme_name', sa.String(length=60), nullable=False, server_default=''))
    op.add_column('school_class', sa.Column('final_grade', sa.Integer(), nullable=False, server_default='12'))
    op.add_column('school_class', sa.Column('archived', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('school_class', sa.Column('promoted_from_id', sa.Uuid(), nullable=True))
    op.add_column('school_year', sa.Column('abc_thresholds', sa.Text(), nullable=True))
    op.execute("UPDATE school_class SET final_grade = 4 WHERE programme = 'VOCATIONAL'")
    op.execute("INSERT INTO class_teacher (class_id, user_id) SELECT id, class_teacher_id "
               "FROM school_class WHERE class_teacher_id IS NOT NULL")


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column('school_year', 'abc_thresholds')
    for column in ('promoted_from_id', 'archived', 'final_grade', 'programme_name'):
        op.drop_column('school_class', column)
    op.drop_table('class_enrolment')
    with op.batch_alter_table('class_teacher', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_class_teacher_user_id'))
    op.drop_table('class_teacher')
