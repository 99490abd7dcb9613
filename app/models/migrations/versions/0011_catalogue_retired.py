"""Risk signs and measure types can be retired by the coordinator (`retired`): a retired
entry stays (plans and assessments that used it keep pointing at it) but is no longer
offered for new ones.

Revision ID: 0011_catalogue_retired
Revises: 0010_audit_anchor
Create Date: 2026-12-04 22:50:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0011_catalogue_retired'
down_revision: Union[str, Sequence[str], None] = '0010_audit_anchor'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    for table in ('risk_sign', 'measure_type'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('retired', sa.Boolean(), server_default=sa.false(),
                                          nullable=False))


def downgrade() -> None:
    """Downgrade schema."""
    for table in ('measure_type', 'risk_sign'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('retired')
