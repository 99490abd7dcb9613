"""Sync totals by record: `sync_plan_total` is keyed by the `delivery_total` record id (one
total per plan, kind and code) instead of the plan id.

Written by hand (autogenerate would add a NOT NULL key column to existing rows): the table
only caches digests of the totals last sent, so it is dropped and made again empty; the next
bundle then sends every total once more, which the hub applies as plain upserts.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 04:09:20.630094

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.drop_table('sync_plan_total')
    op.create_table('sync_plan_total',
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('record_id', name=op.f('pk_sync_plan_total'))
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('sync_plan_total')
    op.create_table('sync_plan_total',
    sa.Column('plan_id', sa.Uuid(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('plan_id', name=op.f('pk_sync_plan_total'))
    )
