"""The frozen school app (PyInstaller onedir): it runs from a copy outside the checkout, says
its version, passes its self-test and shows the sign-in window in Latvian offscreen."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from app import app_version
from installer.build import missing_files
from tests.builders.frozen_build import frozen_env


def test_the_build_holds_what_the_app_reads(onedir: Path) -> None:
    assert missing_files(onedir) == []


def test_a_copied_build_runs_in_latvian(onedir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "pumpurs"
    shutil.copytree(onedir, copy, symlinks=True)  # new file times: the .qm is trusted as built
    env = frozen_env(tmp_path)
    version = subprocess.run([str(copy / "pumpurs"), "--version"], env=env, cwd=tmp_path,
                             capture_output=True, text=True, timeout=60, check=False)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"Pumpurs {app_version()}"
    done = subprocess.run([str(copy / "pumpurs"), "self-test"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Pieteikšanās logs latviski: OK (Pumpurs — pieteikšanās)" in done.stdout.splitlines()
    assert done.stdout.splitlines()[-1] == "Pašpārbaude: visas pārbaudes izdevās."
