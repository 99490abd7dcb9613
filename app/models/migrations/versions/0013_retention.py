"""Retention (issue 20): the school's retention rules (`retention_rule`: a kind of data, its
years, the admin's reason) and the day a pupil's personal data was removed
(`student.anonymised_on`).

Revision ID: 0013_retention
Revises: 0012_marks_conduct
Create Date: 2026-12-04 23:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0013_retention'
down_revision: Union[str, Sequence[str], None] = '0012_marks_conduct'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        'retention_rule',
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('years', sa.Integer(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('changed_by_id', sa.Uuid(), nullable=True),
        sa.Column('changed_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['changed_by_id'], ['app_user.id'],
                                name=op.f('fk_retention_rule_changed_by_id_app_user')),
        sa.PrimaryKeyConstraint('kind', name=op.f('pk_retention_rule')),
    )
    # a plain ADD COLUMN: a batch copy of `student` would trip the foreign keys pointing at it
    op.add_column('student', sa.Column('anonymised_on', sa.Date(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column('student', 'anonymised_on')  # SQLite 3.35+: ALTER TABLE … DROP COLUMN
    op.drop_table('retention_rule')
