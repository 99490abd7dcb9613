"""the console: each school key's last upload (hub_school_key.last_upload_at: per
computer), and the queue's counts read from covering indexes — hub_plan by school, id,
current version and semester; hub_plan_version by school, plan, number, status and id (in
place of the index on school and plan, its prefix)

Revision ID: 0006_console_schools
Revises: 0005
Create Date: 2026-12-04 23:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0006_console_schools'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('hub_school_key', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_upload_at', sa.DateTime(), nullable=True))
    with op.batch_alter_table('hub_plan', schema=None) as batch_op:
        batch_op.create_index('ix_hub_plan_queue',
                              ['school_id', 'id', 'current_version', 'semester'], unique=False)
    with op.batch_alter_table('hub_plan_version', schema=None) as batch_op:
        batch_op.create_index('ix_hub_plan_version_current',
                              ['school_id', 'plan_id', 'number', 'status', 'id'], unique=False)
        batch_op.drop_index('ix_hub_plan_version_school_plan')


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('hub_plan_version', schema=None) as batch_op:
        batch_op.create_index('ix_hub_plan_version_school_plan', ['school_id', 'plan_id'],
                              unique=False)
        batch_op.drop_index('ix_hub_plan_version_current')
    with op.batch_alter_table('hub_plan', schema=None) as batch_op:
        batch_op.drop_index('ix_hub_plan_queue')
    with op.batch_alter_table('hub_school_key', schema=None) as batch_op:
        batch_op.drop_column('last_upload_at')
