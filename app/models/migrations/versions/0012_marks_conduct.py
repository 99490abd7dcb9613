"""Marks and conduct imported from the e-journal (`mark_figure`, `conduct_figure`, both of an
`indicator_import`), and a teacher's change of an imported indicator with its reason
(`indicator_override`). None of them syncs.

Revision ID: 0012_marks_conduct
Revises: 0011_catalogue_retired
Create Date: 2026-12-04 23:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0012_marks_conduct'
down_revision: Union[str, Sequence[str], None] = '0011_catalogue_retired'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _of_import(table: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column('import_id', sa.Uuid(), nullable=False),
        sa.Column('student_id', sa.Uuid(), nullable=False),
        sa.Column('source_row', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['import_id'], ['indicator_import.id'],
                                name=op.f(f'fk_{table}_import_id_indicator_import')),
        sa.ForeignKeyConstraint(['student_id'], ['student.id'],
                                name=op.f(f'fk_{table}_student_id_student')),
    ]


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('mark_figure', *_of_import('mark_figure'),
    sa.Column('subject', sa.String(length=100), nullable=False),
    sa.Column('mark_text', sa.String(length=40), nullable=False),
    sa.Column('mark', sa.Integer(), nullable=True),
    sa.Column('failing', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mark_figure'))
    )
    op.create_table('conduct_figure', *_of_import('conduct_figure'),
    sa.Column('notes', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conduct_figure')),
    sa.UniqueConstraint('import_id', 'student_id', name=op.f('uq_conduct_figure_import_id'))
    )
    for table in ('mark_figure', 'conduct_figure'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f'ix_{table}_import_id'), ['import_id'],
                                  unique=False)
            batch_op.create_index(batch_op.f(f'ix_{table}_student_id'), ['student_id'],
                                  unique=False)
    op.create_table('indicator_override',
    sa.Column('assessment_id', sa.Uuid(), nullable=False),
    sa.Column('field', sa.String(length=32), nullable=False),
    sa.Column('period', sa.String(length=32), nullable=False),
    sa.Column('imported_value', sa.String(length=40), nullable=False),
    sa.Column('entered_value', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.String(length=1000), nullable=False),
    sa.Column('recorded_by_id', sa.Uuid(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['risk_assessment.id'],
                            name=op.f('fk_indicator_override_assessment_id_risk_assessment')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['app_user.id'],
                            name=op.f('fk_indicator_override_recorded_by_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_override'))
    )
    with op.batch_alter_table('indicator_override', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_override_assessment_id'),
                              ['assessment_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('indicator_override', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_override_assessment_id'))
    op.drop_table('indicator_override')
    for table in ('conduct_figure', 'mark_figure'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_student_id'))
            batch_op.drop_index(batch_op.f(f'ix_{table}_import_id'))
        op.drop_table(table)
