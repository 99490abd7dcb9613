"""The coordinator's console on the municipality of the generator (~130 schools, six years,
~3 100 plans a semester): the queue page of one semester, of every semester (the first 500
rows shown) and a plan page, each a whole GET through the ASGI app (TestClient, in process:
server time plus the in-process client's small share). Goal ≤ 150 ms each (issue 14)."""

from __future__ import annotations

import shutil

from fastapi.testclient import TestClient
from sqlalchemy import select

from app.hub.api import create_app
from app.hub.console.accounts import add_user
from app.hub.models_records import HubPlan
from benchmarks.bench_aggregate import new_hub
from benchmarks.generator.municipality import draw, insert_all
from benchmarks.generator.sizes import RIGA
from benchmarks.measure import Row, check_max, emit, median_time, peak_mb, reset_peak, work_dir

PASSWORD = "benchmark password"
GOAL = 0.150


def _get(client: TestClient, url: str) -> None:
    answer = client.get(url)
    assert answer.status_code == 200, (url, answer.status_code)


def main() -> None:
    work = work_dir()
    db = work / "hub-console.db"
    for suffix in ("", "-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    shutil.rmtree(work / "hub-console-keys", ignore_errors=True)
    plans, labels, tables = draw(RIGA)
    hub = new_hub(str(db), work / "hub-console-keys")
    insert_all(hub.store.engine, plans, tables)
    add_user(hub, "koord", PASSWORD, "coordinator")
    current = labels[-2]
    with hub.store.read() as s:
        plan_id = s.scalars(select(HubPlan.id).where(HubPlan.semester == current).limit(1)).one()
        count = len(s.scalars(select(HubPlan.id).where(HubPlan.semester == current)).all())
    client = TestClient(create_app(hub=hub))
    form = client.get("/login").text
    csrf = form.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    client.post("/login", data={"username": "koord", "password": PASSWORD, "csrf": csrf})
    pages = ((f"console queue, one semester ({count:,} plans)", f"/?semester={current}"),
             ("console queue, newest semester (the default)", "/"),
             (f"console queue, every semester ({len(tables['hub_plan']):,} plans)",
              "/?semester=*"),
             ("console queue, one semester, awaiting only",
              f"/?semester={current}&status=awaiting"),
             ("console plan page", f"/plans/{plan_id}"))
    for name, url in pages:
        _get(client, url)  # warm
        reset_peak()
        seconds, _ = median_time(lambda url=url: _get(client, url), 5)
        emit(check_max(Row(name, seconds * 1000, unit="ms", goal="≤ 150 ms",
                           peak_mb=peak_mb(), note="median of 5, SQLite"), GOAL * 1000))
    hub.close()


if __name__ == "__main__":
    main()
