"""Hub ingest of 1,000 incremental bundles (bundles per second) against verify + decrypt alone.

50 schools enrol on a fresh hub (real enrolment requests, real trust documents); each builds
20 chained upload bundles of about 50 records (four pupils' assessments, findings, plans,
versions, measures and delivery totals, with `app.sync.envelope.build_bundle`), built before
the clock starts. Ingest (`app.hub.ingest.ingest_bundle`: verify, decrypt, exactly-once and
order checks, store the raw bundle, apply the records) takes them in the order they would
arrive, the schools interleaved. The baseline verifies and decrypts the same bundles
(`read_bundle` + `open_payload`) without a database. On SQLite, and on PostgreSQL when
PUMPURS_TEST_POSTGRES_URL is set.
"""

from __future__ import annotations

import os
import random
import tempfile
import uuid
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.hub.enrolment import enrol_school
from app.hub.hub import Hub
from app.hub.ingest import ingest_bundle
from app.hub.setup import init_hub
from app.sync.enrolment import make_enrolment_request
from app.sync.envelope import build_bundle, open_payload, read_bundle
from app.sync.keys import generate_encryption_key, generate_signing_key, key_id
from benchmarks import pg
from benchmarks.generator.municipality import case_records, semesters, student_record
from benchmarks.measure import (
    Row,
    check_min,
    emit,
    peak_mb,
    reset_peak,
    timed,
    unavailable,
    work_dir,
)

SCHOOLS, PER_SCHOOL, CASES = 50, 20, 4


@dataclass
class School:
    school_id: str
    signing: Ed25519PrivateKey
    seq: int = 0
    prev: str | None = None


def enrol_all(hub: Hub, rng: random.Random) -> list[School]:
    schools = []
    for n in range(SCHOOLS):
        school = School(str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        generate_signing_key())
        request = make_enrolment_request(
            school_id=school.school_id, school_name=f"Rīgas {n + 1}. skola",
            registration_number="90000000000", municipality="Rīgas valstspilsēta",
            signing_key=school.signing, encryption_public=generate_encryption_key().public_key())
        enrol_school(hub, request)
        schools.append(school)
    return schools


def bundles(hub: Hub, schools: list[School], rng: random.Random) -> list[bytes]:
    """Every school's chain of PER_SCHOOL bundles, interleaved as they would arrive."""
    with hub.store.read() as s:
        recipient = hub.encryption_key(s).public_key()
    label = semesters(1)[0]
    chains: list[list[bytes]] = []
    for school in schools:
        chain = []
        for _ in range(PER_SCHOOL):
            records: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for _ in range(CASES):
                student = student_record(rng, rng.randint(1, 12))
                records["student"].append(student)
                case_records(rng, student["id"], label, records)
            school.seq += 1
            built = build_bundle({"schema_version": 1, "records": dict(records)},
                                 kind="school-upload", sender_id=school.school_id,
                                 signing_key=school.signing, recipient_public=recipient,
                                 seq=school.seq, prev_manifest_sha256=school.prev)
            school.prev = built.manifest_sha256
            chain.append(built.data)
        chains.append(chain)
    return [chain[i] for i in range(PER_SCHOOL) for chain in chains]


def verify_and_decrypt(hub: Hub, schools: list[School], data: list[bytes]) -> None:
    keys = {(s.school_id, key_id(s.signing.public_key())): s.signing.public_key()
            for s in schools}
    with hub.store.read() as s:
        private = hub.encryption_key(s)

    def trusted(sender: str, kid: str) -> Ed25519PublicKey | None:
        return keys.get((sender, kid))

    for item in data:
        open_payload(read_bundle(item, trusted_keys=trusted), private)


def run(db: str, keys: Path, where: str) -> None:
    os.environ.setdefault("PUMPURS_HUB_PASSPHRASE", "benchmark hub passphrase")  # key file /2
    hub = init_hub(db, keys, municipality="Rīgas valstspilsēta", url="https://hub.example.lv",
                   hub_id="hub-riga")
    try:
        rng = random.Random(2026)
        schools = enrol_all(hub, rng)
        data = bundles(hub, schools, rng)
        reset_peak()
        base_s, _ = timed(lambda: verify_and_decrypt(hub, schools, data))
        statuses: dict[str, int] = defaultdict(int)

        def ingest() -> None:
            for item in data:
                statuses[ingest_bundle(hub, item).status] += 1

        seconds, _ = timed(ingest)
        if statuses.get("accepted") != len(data):
            raise RuntimeError(f"not every bundle was accepted: {dict(statuses)}")
        row = check_min(Row(f"hub ingest, {len(data):,} incremental bundles ({where})",
                            len(data) / seconds, len(data) / base_s, unit="per_s",
                            goal="≥ 300/s and ≤ 3× verify + decrypt", peak_mb=peak_mb(),
                            note=f"{len(data[0]) // 1024 or 1} KB a bundle, ~50 records each; "
                                 f"{SCHOOLS} schools × {PER_SCHOOL}"), 300)
        row.met = bool(row.met) and (row.ratio or 0) <= 3.0
        emit(row)
    finally:
        hub.close()


def main() -> None:
    work = work_dir()
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        run(str(Path(tmp) / "hub-ingest.db"), Path(tmp) / "keys", "SQLite")
    why = pg.available()
    if why is not None:
        emit(unavailable("hub ingest (PostgreSQL)", why))
        return
    with pg.database("pumpurs_bench_ingest") as url, tempfile.TemporaryDirectory(dir=work) as tmp:
        run(url, Path(tmp) / "keys", "PostgreSQL")


if __name__ == "__main__":
    main()
