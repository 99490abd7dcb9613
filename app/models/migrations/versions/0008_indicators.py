"""Early-warning indicators from the e-journal: one row per imported file and period
(`indicator_import`) and each pupil's attendance figures of it (`attendance_figure`:
lessons, absences justified and unjustified, late; NULL where the file gave none).

Revision ID: 0008_indicators
Revises: 0007_roster
Create Date: 2026-12-04 18:10:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0008_indicators'
down_revision: Union[str, Sequence[str], None] = '0007_roster'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('indicator_import',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('period', sa.String(length=32), nullable=False),
    sa.Column('period_kind', sa.String(length=16), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('source_name', sa.String(length=300), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('imported_by_id', sa.Uuid(), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['imported_by_id'], ['app_user.id'], name=op.f('fk_indicator_import_imported_by_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_import')),
    sa.UniqueConstraint('kind', 'period', name=op.f('uq_indicator_import_kind'))
    )
    op.create_table('attendance_figure',
    sa.Column('import_id', sa.Uuid(), nullable=False),
    sa.Column('student_id', sa.Uuid(), nullable=False),
    sa.Column('source_row', sa.Integer(), nullable=False),
    sa.Column('lessons', sa.Integer(), nullable=True),
    sa.Column('justified', sa.Integer(), nullable=True),
    sa.Column('unjustified', sa.Integer(), nullable=True),
    sa.Column('late', sa.Integer(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['import_id'], ['indicator_import.id'], name=op.f('fk_attendance_figure_import_id_indicator_import')),
    sa.ForeignKeyConstraint(['student_id'], ['student.id'], name=op.f('fk_attendance_figure_student_id_student')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance_figure')),
    sa.UniqueConstraint('import_id', 'student_id', name=op.f('uq_attendance_figure_import_id'))
    )
    with op.batch_alter_table('attendance_figure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_figure_import_id'), ['import_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_figure_student_id'), ['student_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('attendance_figure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_figure_student_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_figure_import_id'))
    op.drop_table('attendance_figure')
    op.drop_table('indicator_import')
