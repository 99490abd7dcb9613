"""Sync bundles of the large school: the first full upload, and an incremental one of 50
changes, against the raw work over the same rows.

On a copy of the large school, enrolled with a hub (real keys, a real trust document), the
first `build_pending_bundles` turns the whole outbox into signed, encrypted bundles of at most
5,000 records. The baseline reads the same rows with the raw driver (every table that travels,
and the consultation and expense totals by plan with one GROUP BY each), makes them JSON,
compresses them (zlib 9), seals them with HPKE to the hub's key and signs each bundle's
manifest with Ed25519 — in bundles of the same size. Then 50 changes (assessments, measures,
consultations) are made through the ORM, as the app makes them, and the next bundle is timed;
its baseline is the same raw work for those 50 rows. Five rounds, the median.
"""

from __future__ import annotations

import hashlib
import json
import random
import statistics
import time
import uuid
import zlib
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Consultation, RiskAssessment, SupportMeasure
from app.services.core.store import Store
from app.services.sync.enrolment import enrolment_request, import_trust
from app.services.sync.outbox import MAX_RECORDS, build_pending_bundles
from app.services.sync.records import ENTITIES
from app.sync.envelope_payload import SUITE
from app.sync.keys import generate_encryption_key, generate_signing_key
from app.sync.trust import make_trust_document
from benchmarks.data import MemorySecrets, actor, copy_school, open_store, read_key
from benchmarks.generator import raw_insert
from benchmarks.measure import (
    Row,
    check_max,
    check_ratio,
    emit,
    peak_mb,
    reset_peak,
    timed,
    work_dir,
)

ROUNDS = 5
TOTALS_SQL = (
    "SELECT plan_id, specialist_type, count(*), sum(minutes) FROM consultation "
    "WHERE plan_id IS NOT NULL AND attended GROUP BY plan_id, specialist_type",
    "SELECT plan_id, measure_type_id, count(*), sum(amount_cents) FROM expense "
    "GROUP BY plan_id, measure_type_id",
)


def enrol(store: Store, secrets: MemorySecrets) -> X25519PublicKey:
    """Enrol the school with a made-up hub; returns the hub's encryption key."""
    coordinator = actor(store)
    enrolment_request(store, secrets, coordinator)
    hub_signing, hub_encryption = generate_signing_key(), generate_encryption_key()
    with store.read() as s:
        from app.services.sync.keys import the_school

        school_id = the_school(s).id
    import_trust(store, coordinator, make_trust_document(
        municipality="Rīgas valstspilsēta", hub_id="hub-riga", version=1,
        signing_key=hub_signing, encryption_public=hub_encryption.public_key(),
        url="https://hub.example.lv", school_id=school_id))
    return hub_encryption.public_key()


def seal_and_sign(records: list[dict[str, Any]], recipient: X25519PublicKey,
                  signing: Any) -> int:
    """JSON → zlib → HPKE → Ed25519 over a manifest with the payload's hash; the size."""
    body = json.dumps({"schema_version": 1, "records": records}, sort_keys=True,
                      ensure_ascii=False, separators=(",", ":")).encode()
    sealed = SUITE.encrypt(zlib.compress(body, 9), recipient, info=b"pumpurs-bench")
    manifest = json.dumps({"payload_sha256": hashlib.sha256(sealed).hexdigest(),
                           "payload_size": len(sealed)}).encode()
    signing.sign(manifest)
    return len(sealed)


def raw_records(conn: Any, wanted: dict[str, list[str]] | None) -> list[dict[str, Any]]:
    """Every travelling row (or only `wanted` ids per table) as {"id", "data"} records."""
    out: list[dict[str, Any]] = []
    tables = [model.__tablename__ for model, _ in ENTITIES.values()]
    for table in tables:
        if wanted is not None and table not in wanted:
            continue
        sql = f"SELECT * FROM {table}"
        params: tuple[str, ...] = ()
        if wanted is not None:
            params = tuple(wanted[table])
            sql += f" WHERE id IN ({', '.join('?' * len(params))})"
        cursor = conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        for row in cursor:
            data = dict(zip(names, row, strict=True))
            for k, v in data.items():
                if isinstance(v, bytes):
                    data[k] = v.hex()
            out.append({"id": data.pop("id"), "op": "upsert", "data": data})
    for sql in TOTALS_SQL:
        if wanted is None or "consultation" in wanted:
            out += [{"id": f"{r[0]}/{r[1]}", "op": "upsert", "data": list(r[2:])}
                    for r in conn.execute(sql)]
    return out


def raw_bundles(path: Any, key: bytes, recipient: X25519PublicKey,
                wanted: dict[str, list[str]] | None = None) -> int:
    signing = generate_signing_key()
    conn = raw_insert.connect(path, key)
    try:
        records = raw_records(conn, wanted)
    finally:
        conn.close()
    return sum(seal_and_sign(records[i:i + MAX_RECORDS], recipient, signing)
               for i in range(0, len(records), MAX_RECORDS))


def fifty_changes(store: Store, rng: random.Random) -> dict[str, list[str]]:
    """20 assessments, 15 measures and 15 consultations (their minutes, so their plans'
    totals change too) changed through the ORM, as the app changes them."""
    def pick(s: Session, column: Any, n: int) -> list[uuid.UUID]:
        return rng.sample(list(s.scalars(select(column))), n)

    changed: dict[str, list[str]] = {}
    with store.write() as s:
        for a in s.scalars(select(RiskAssessment).where(
                RiskAssessment.id.in_(pick(s, RiskAssessment.id, 20)))):
            a.conduct_incidents += 1
            changed.setdefault("risk_assessment", []).append(a.id.hex)
        for m in s.scalars(select(SupportMeasure).where(
                SupportMeasure.id.in_(pick(s, SupportMeasure.id, 15)))):
            m.planned_minutes += 45
            changed.setdefault("support_measure", []).append(m.id.hex)
        for c in s.scalars(select(Consultation).where(
                Consultation.id.in_(pick(s, Consultation.id, 15)))):
            c.minutes += 15
            changed.setdefault("consultation", []).append(c.id.hex)
    return changed


def main() -> None:
    work = work_dir()
    path = copy_school(work, "large", "bundle")
    key = read_key(path)
    store = open_store(path)
    secrets = MemorySecrets({})
    from app.models.keys import secret_name

    secrets.set(secret_name(path), key)
    hub_key = enrol(store, secrets)
    coordinator = actor(store)
    reset_peak()
    full_s, bundles = timed(lambda: build_pending_bundles(store, secrets, coordinator))
    peak = peak_mb()
    records = sum(sum(b.counts.values()) for b in bundles)
    size = sum(b.size for b in bundles)
    reset_peak()
    raw_s, raw_size = timed(lambda: raw_bundles(path, key, hub_key))
    emit(check_ratio(Row(
        f"first full bundle, large school ({records:,} records in {len(bundles)} bundles)",
        full_s, raw_s, goal="≤ 2× raw read + JSON + zlib + HPKE + Ed25519",
        peak_mb=max(peak or 0, peak_mb() or 0),
        note=f"{size // 1024} KB sealed (baseline {raw_size // 1024} KB)"), 2.0))
    rng = random.Random(7)
    inc: list[float] = []
    base: list[float] = []
    reset_peak()
    built: list[Any] = []
    for _ in range(ROUNDS):
        wanted = fifty_changes(store, rng)
        seconds, built = timed(lambda: build_pending_bundles(store, secrets, coordinator))
        if len(built) != 1:
            raise RuntimeError(f"50 changes made {len(built)} bundles")
        inc.append(seconds)
        began = time.perf_counter()
        raw_bundles(path, key, hub_key, wanted)
        base.append(time.perf_counter() - began)
    emit(check_max(Row("incremental bundle, 50 changes", statistics.median(inc),
                       statistics.median(base), unit="ms", goal="≤ 50 ms", peak_mb=peak_mb(),
                       note=f"{sum(built[0].counts.values())} records in the last one (the "
                            "changed consultations travel as their plans' totals)"), 0.050))
    store.close()


if __name__ == "__main__":
    main()
