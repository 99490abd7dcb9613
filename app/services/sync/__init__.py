"""Sync with the municipality hub: outbox, bundles, enrolment, downlinks, conflicts."""

from app.services.sync.apply import (
    DownlinkResult,
    apply_downlink,
    last_downlink_seq,
    verify_downlink,
)
from app.services.sync.conflicts import (
    ConflictView,
    list_conflicts,
    queue_full_resync,
    resolve_conflict,
)
from app.services.sync.decisions import (
    MunicipalityDecisionView,
    apply_decision,
    conflict_reason,
    municipality_decisions,
    reopen,
)
from app.services.sync.engine import SyncRunResult, backoff, record_outcome, run_sync
from app.services.sync.enrolment import (
    EnrolmentFile,
    TrustInfo,
    current_trust,
    enrolment_request,
    import_trust,
    stored_trust,
    trust_info,
)
from app.services.sync.folder import (
    ExportResult,
    ImportOutcome,
    downlink_files,
    export_to_folder,
    import_files,
)
from app.services.sync.keys import (
    IdentityInfo,
    SchoolKeys,
    encryption_secret,
    ensure_identity,
    identity_row,
    load_school_keys,
    require_sync,
    signing_secret,
    the_school,
)
from app.services.sync.outbox import (
    BundleInfo,
    Share,
    build_pending_bundles,
    bundle_info,
    pending_changes,
)
from app.services.sync.records import (
    Lookups,
    assessment_levels,
    chunks,
    current_rows,
    lookups,
    with_related,
)
from app.services.sync.run import TransportFactory, http_transport, run_now
from app.services.sync.status import SyncStatus, sync_status
from app.services.sync.totals import delivery_totals, digest, hourly_rates, total_id, totals_basis
from app.services.sync.totals_change import TotalsChange, changed_totals, store_totals
from app.services.sync.view import SyncView, load_sync_view

__all__ = [
    "BundleInfo",
    "ConflictView",
    "DownlinkResult",
    "EnrolmentFile",
    "ExportResult",
    "IdentityInfo",
    "ImportOutcome",
    "Lookups",
    "MunicipalityDecisionView",
    "SchoolKeys",
    "Share",
    "SyncRunResult",
    "SyncStatus",
    "SyncView",
    "TotalsChange",
    "TransportFactory",
    "TrustInfo",
    "apply_decision",
    "apply_downlink",
    "assessment_levels",
    "backoff",
    "build_pending_bundles",
    "bundle_info",
    "changed_totals",
    "chunks",
    "conflict_reason",
    "current_rows",
    "current_trust",
    "delivery_totals",
    "digest",
    "downlink_files",
    "encryption_secret",
    "enrolment_request",
    "ensure_identity",
    "export_to_folder",
    "hourly_rates",
    "http_transport",
    "identity_row",
    "import_files",
    "import_trust",
    "last_downlink_seq",
    "list_conflicts",
    "load_school_keys",
    "load_sync_view",
    "lookups",
    "municipality_decisions",
    "pending_changes",
    "queue_full_resync",
    "record_outcome",
    "reopen",
    "require_sync",
    "resolve_conflict",
    "run_now",
    "run_sync",
    "signing_secret",
    "store_totals",
    "stored_trust",
    "sync_status",
    "the_school",
    "total_id",
    "totals_basis",
    "trust_info",
    "verify_downlink",
    "with_related",
]
