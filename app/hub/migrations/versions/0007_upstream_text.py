"""whether a school's plans' free texts travel (hub_school.send_free_text, issue 20)

Revision ID: 0007_upstream_text
Revises: 0006_console_schools
Create Date: 2026-12-04 23:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0007_upstream_text'
down_revision: Union[str, Sequence[str], None] = '0006_console_schools'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('hub_school', schema=None) as batch_op:
        batch_op.add_column(sa.Column('send_free_text', sa.Boolean(), server_default=sa.false(),
                                      nullable=False))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('hub_school', schema=None) as batch_op:
        batch_op.drop_column('send_free_text')
