"""`pumpurs self-test`: every check really runs (a temporary encrypted database, migrations,
an Ed25519 signature, a PDF, the Latvian catalogue) and a failure is named."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.run import run
from app.services.checks.self_test import CHECKS, SelfTestResult, run_self_test

ROOT = Path(__file__).resolve().parents[3]


def test_self_test_passes_on_this_installation() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PUMPURS_LANG": "lv"}
    done = subprocess.run([sys.executable, "-m", "app.main", "self-test"], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines() == [
        "Šifrēta datubāze un migrācijas: OK", "Ed25519 paraksts: OK", "PDF dokuments: OK",
        "Latviešu tulkojumi: OK", "Pieteikšanās logs latviski: OK (Pumpurs — pieteikšanās)",
        "Pašpārbaude: visas pārbaudes izdevās."]


def test_a_failing_check_is_named_and_the_others_still_run() -> None:
    def broken(folder: Path) -> None:
        raise OSError("disks ir pilns")

    results = run_self_test((("pdf", broken), *[c for c in CHECKS if c[0] != "pdf"]))
    assert [(r.check, r.ok) for r in results] == [
        ("pdf", False), ("database", True), ("signature", True), ("translations", True)]
    assert results[0].text("lv") == "PDF dokuments: neizdevās (disks ir pilns)"


def test_the_command_exits_1_naming_what_failed(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("app.cli.commands.run_self_test", lambda *checks: [
        SelfTestResult("database", True), SelfTestResult("pdf", False, "fonts nav atrasti")])
    assert run(["self-test"]) == 1
    out = capsys.readouterr().out
    assert "PDF dokuments: neizdevās (fonts nav atrasti)" in out
    assert out.rstrip().endswith("Pašpārbaude: neizdevās — PDF dokuments.")
