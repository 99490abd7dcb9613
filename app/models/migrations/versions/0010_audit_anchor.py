"""The audit trail hashes every field (`audit_entry.hash_format` 2 for new entries; existing
ones keep format 1) and the trail's head as last sent to the municipality is kept
(`sync_identity.audit_head_seq`, `audit_head_hash`), so a truncated or rewritten trail shows.

Revision ID: 0010_audit_anchor
Revises: 0009_notes_policy
Create Date: 2026-12-04 21:20:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0010_audit_anchor'
down_revision: Union[str, Sequence[str], None] = '0009_notes_policy'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('hash_format', sa.Integer(), server_default='1',
                                      nullable=False))
    with op.batch_alter_table('sync_identity', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_head_seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('audit_head_hash', sa.String(length=64), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('sync_identity', schema=None) as batch_op:
        batch_op.drop_column('audit_head_hash')
        batch_op.drop_column('audit_head_seq')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_column('hash_format')
