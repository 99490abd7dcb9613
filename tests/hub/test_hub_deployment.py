"""The deployment files in installer/hub/: the systemd unit passes `systemd-analyze verify`
(where systemd is), the unit and the Dockerfile start uvicorn with the limits the workers
test runs with, nginx cuts bodies at the hub's limit, and compose migrates before the hub."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.sync.limits import MAX_BUNDLE_BYTES
from tests.builders.hub_workers import UVICORN

HUB = Path(__file__).resolve().parents[2] / "installer" / "hub"
UNIT = HUB / "pumpurs-hub.service"


def test_the_systemd_unit_verifies(tmp_path: Path) -> None:
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed (no systemd here)")
    # verify wants the programs to exist: point the unit at this checkout's virtualenv
    unit = tmp_path / UNIT.name
    unit.write_text(UNIT.read_text(encoding="utf-8").replace(
        "/opt/pumpurs-hub/venv/bin/", f"{Path(sys.executable).parent}/"), encoding="utf-8")
    done = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr


@pytest.mark.parametrize("path", [UNIT, HUB / "Dockerfile"], ids=lambda p: p.name)
def test_the_service_runs_uvicorn_with_the_tested_limits(path: Path) -> None:
    text = " ".join(path.read_text(encoding="utf-8").replace("\\\n", " ").split())
    text = text.replace('", "', " ").replace('"', "")  # the Dockerfile's JSON CMD
    flags = [f for f in UVICORN if f != "--log-level" and f != "info"]
    for flag, value in zip(flags, [*flags[1:], ""], strict=True):
        if flag.startswith("--") and not value.startswith("--") and value:
            assert f"{flag} {value}" in text, f"{path.name}: {flag} {value}"
        elif flag.startswith("--"):
            assert flag in text, f"{path.name}: {flag}"


def test_the_image_has_the_resources_the_hub_reads() -> None:
    dockerfile = (HUB / "Dockerfile").read_text(encoding="utf-8")
    assert "COPY resources ./resources" in dockerfile  # messages, PDF fonts, catalogue names
    assert "pip install -e '.[hub]'" in dockerfile  # app.paths finds resources/ beside app/


def test_nginx_cuts_bodies_at_the_hubs_limit() -> None:
    conf = (HUB / "nginx-pumpurs-hub.conf").read_text(encoding="utf-8")
    assert f"client_max_body_size   {MAX_BUNDLE_BYTES // 2**20}m;" in conf
    assert "listen 443 ssl;" in conf and "proxy_pass http://pumpurs_hub;" in conf


def test_compose_migrates_once_before_the_workers(tmp_path: Path) -> None:
    compose = (HUB / "compose.yaml").read_text(encoding="utf-8")
    assert "pumpurs-hub migrate" in compose
    assert "condition: service_completed_successfully" in compose
    docker = shutil.which("docker")
    if docker is None or subprocess.run([docker, "compose", "version"], capture_output=True,
                                        check=False).returncode != 0:
        pytest.skip("docker compose is not installed: the file's structure is checked above")
    done = subprocess.run([docker, "compose", "-f", str(HUB / "compose.yaml"), "config", "-q"],
                          env={"POSTGRES_PASSWORD": "check", "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
