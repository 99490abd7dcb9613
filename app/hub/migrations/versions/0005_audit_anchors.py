"""each school's audit-trail head as its bundles carried it, and the findings

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 21:30:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('hub_audit_anchor',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('head_seq', sa.BigInteger(), nullable=False),
    sa.Column('head_hash', sa.String(length=64), nullable=False),
    sa.Column('bundle_seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('school_id', name=op.f('pk_hub_audit_anchor'))
    )
    op.create_table('hub_audit_finding',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('bundle_seq', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('kept_seq', sa.BigInteger(), nullable=False),
    sa.Column('head_seq', sa.BigInteger(), nullable=False),
    sa.Column('found_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hub_audit_finding'))
    )
    with op.batch_alter_table('hub_audit_finding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hub_audit_finding_school_id'), ['school_id'],
                              unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('hub_audit_finding', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hub_audit_finding_school_id'))
    op.drop_table('hub_audit_finding')
    op.drop_table('hub_audit_anchor')
