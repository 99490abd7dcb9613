"""The columns a school's roster files (e-journal and VIIS exports) were last read with
(`roster_mapping`), so the next import of the same export needs no mapping again.

Revision ID: 0007_roster
Revises: 0006_school_year
Create Date: 2026-12-04 07:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0007_roster'
down_revision: Union[str, Sequence[str], None] = '0006_school_year'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('roster_mapping',
    sa.Column('school_id', sa.Uuid(), nullable=False),
    sa.Column('headers_key', sa.String(length=1000), nullable=False),
    sa.Column('columns', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_roster_mapping_school_id_school')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roster_mapping')),
    sa.UniqueConstraint('school_id', 'headers_key', name=op.f('uq_roster_mapping_school_id'))
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('roster_mapping')
