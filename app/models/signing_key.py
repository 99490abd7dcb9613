"""A director's public signing key: what every stored plan approval is verified against.

The private half never enters the database: it is kept in the director's SecretStore
(`app.services.approvals.signing_keys`). The row travels in the sync so that the municipality can
verify approvals too. A key is never deleted; a revoked key still verifies the approvals
it signed before `revoked_at`.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, Syncable, utcnow


class SigningKey(IdMixin, Syncable, Base):
    __tablename__ = "signing_key"
    __sync_entity__ = "signing_key"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"), index=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))  # raw Ed25519, 32 bytes
    fingerprint: Mapped[str] = mapped_column(String(80), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]
