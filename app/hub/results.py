"""What ingest answers for one bundle: `IngestResult` (status, reason, receipt position)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.i18n import render

STATUSES = ("accepted", "duplicate", "held", "deferred", "quarantined", "conflict", "rejected")


@dataclass(frozen=True)
class IngestResult:
    """`status` is one of STATUSES; `reason_key` (+ params) says why, for every non-accept.

    `applied_seq` is the school's highest seq applied on the hub after this bundle (the
    `receipt_seq` of the HTTP answer).
    """

    status: str
    bundle_id: str | None = None
    seq: int | None = None
    school_id: str | None = None
    applied_seq: int | None = None
    reason_key: str | None = None
    reason_params: dict[str, Any] = field(default_factory=dict)
    kind: str | None = None

    def reason(self, lang: str = "lv") -> str | None:
        return render(self.reason_key, lang, **self.reason_params) if self.reason_key else None

    def to_json(self) -> dict[str, Any]:
        quarantined = self.status == "quarantined"  # a fork: HTTP 409 "conflict" (sync_api)
        body: dict[str, Any] = {"status": "conflict" if quarantined else self.status,
                                "bundle_id": self.bundle_id, "seq": self.seq,
                                "receipt_seq": self.applied_seq, "quarantined": quarantined}
        if self.reason_key:
            body.update(reason=self.reason_key, kind=self.kind, message=self.reason("lv"),
                        message_en=self.reason("en"))
        return body
