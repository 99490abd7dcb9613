"""What moves a school's bundles: the HTTP client or a folder (USB stick). Bytes only.

A transport knows nothing of the school's database: it uploads one bundle file and fetches
the hub's next downlink file. `UploadResult.status` is the hub's answer — "accepted",
"duplicate", "held" (all three: the hub has the bundle), "conflict", "rejected" — or
"exported" when the file was only written to a folder for someone to carry.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol


class UploadStatus(enum.StrEnum):
    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    HELD = "held"
    CONFLICT = "conflict"
    REJECTED = "rejected"
    EXPORTED = "exported"


DELIVERED = (UploadStatus.ACCEPTED, UploadStatus.DUPLICATE, UploadStatus.HELD,
             UploadStatus.EXPORTED)


@dataclass(frozen=True)
class UploadResult:
    status: UploadStatus  # given as a member or its value
    reason: str | None = None
    http_status: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", UploadStatus(self.status))

    @property
    def delivered(self) -> bool:
        return self.status in DELIVERED


class Transport(Protocol):
    def upload(self, data: bytes, *, seq: int) -> UploadResult: ...

    def fetch_downlink(self, after: int) -> bytes | None:
        """The hub's downlink bundle with seq `after + 1`, or None when there is none yet."""
        ...


def upload_name(school_id: str, seq: int) -> str:
    return f"{school_id}-up-{seq:06d}.pumpurs"


def downlink_name(school_id: str, seq: int) -> str:
    return f"{school_id}-down-{seq:06d}.pumpurs"
