"""director keys as received, signature checks at ingest

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 18:40:00.000000

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
    op.create_table('hub_director_key',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('fingerprint', sa.String(length=80), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('bundle_seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('school_id', 'fingerprint', name=op.f('pk_hub_director_key'))
    )
    op.create_table('hub_signature_check',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('version_id', sa.String(length=36), nullable=False),
    sa.Column('verified', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.String(length=60), nullable=True),
    sa.Column('checked_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('school_id', 'version_id', name=op.f('pk_hub_signature_check'))
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('hub_signature_check')
    op.drop_table('hub_director_key')
