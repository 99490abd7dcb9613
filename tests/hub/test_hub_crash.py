"""A hub killed in the middle of an ingest has stored each bundle completely or not at all,
and a restart takes the rest: `pumpurs-hub ingest` in a child process, SIGKILL once some
bundles are in, then the store is checked record by record and the files ingested again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from sqlalchemy import func, select

from app.hub.hub import Hub, open_hub
from app.hub.models import Bundle
from app.hub.models_records import Record
from tests.builders.hub import TestSchool, new_id, upsert

FILES, RECORDS = 24, 2500


def _applied(hub: Hub) -> dict[int, int]:
    """Applied seq → records stored under it."""
    with hub.store.read() as s:
        seqs = set(s.scalars(select(Bundle.seq).where(Bundle.status == "applied")))
        counts = dict(s.execute(select(Record.bundle_seq, func.count())
                                .group_by(Record.bundle_seq)).all())
    return {seq: counts.get(seq, 0) for seq in seqs | set(counts)}


def test_killed_mid_ingest_stores_whole_bundles_only(
        db_url: str, keys_dir: Path, hub: Hub, school: TestSchool, tmp_path: Path) -> None:
    files = []
    for _ in range(FILES):
        records = {"student": [upsert(new_id(), status="active", grade=5)
                               for _ in range(RECORDS)]}
        path = tmp_path / f"up-{school.seq + 1:06d}.pumpurs"
        path.write_bytes(school.bundle(records).data)
        files.append(str(path))
    command = [sys.executable, "-m", "app.hub.cli", "ingest", "--db", db_url,
               "--keys", str(keys_dir), *files]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             cwd=Path(__file__).resolve().parents[2])
    try:
        pause = threading.Event()
        while child.poll() is None and len(_applied(hub)) < 3:
            pause.wait(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    after_kill = _applied(hub)
    print(f"killed after {len(after_kill)} of {FILES} bundles")
    assert after_kill, "the child applied nothing before it was killed"
    assert all(count == RECORDS for count in after_kill.values()), after_kill
    assert sorted(after_kill) == list(range(1, len(after_kill) + 1))  # in order, no gap
    restarted = open_hub(db_url, keys_dir)
    try:
        again = subprocess.run(command, capture_output=True, text=True,
                               cwd=Path(__file__).resolve().parents[2])
        assert again.returncode == 0, again.stdout + again.stderr
        final = _applied(restarted)
    finally:
        restarted.close()
    assert final == {seq: RECORDS for seq in range(1, FILES + 1)}
