"""The school's policy for confidential consultation notes: `notes_shared_with_support`
(false, the default: the author and specialists of the same type; true: every support
specialist who may read notes at all).

Revision ID: 0009_notes_policy
Revises: 0008_indicators
Create Date: 2026-12-04 21:10:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0009_notes_policy'
down_revision: Union[str, Sequence[str], None] = '0008_indicators'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('school', schema=None) as batch_op:
        batch_op.add_column(sa.Column('notes_shared_with_support', sa.Boolean(),
                                      server_default=sa.false(), nullable=False))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('school', schema=None) as batch_op:
        batch_op.drop_column('notes_shared_with_support')
