"""The NSIS script compiles against the onedir's layout (Linux binaries here: this checks
the script — pages in Latvian and English, shortcut, uninstaller, registry — not a Windows
payload, which build-windows.yml makes on a Windows runner)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from installer.nsis import SCRIPT, makensis_command


def test_the_nsis_script_compiles_against_the_onedir(onedir: Path, tmp_path: Path) -> None:
    if shutil.which("makensis") is None:
        pytest.skip("makensis is not installed (Debian's nsis; installer/system-packages.sh)")
    out = tmp_path / "pumpurs-setup.exe"
    done = subprocess.run(makensis_command(onedir, out, check=True), capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert out.read_bytes()[:2] == b"MZ"  # a Windows executable
    payload = sum(p.stat().st_size for p in onedir.rglob("*") if p.is_file() and not p.is_symlink())
    assert out.stat().st_size > payload  # every file packed (uncompressed in this check)


def test_the_uninstaller_keeps_the_schools_data() -> None:
    script = SCRIPT.read_text(encoding="utf-8")
    uninstall = script[script.index('Section "Uninstall"'):]
    assert "$LOCALAPPDATA" not in uninstall and "$APPDATA" not in uninstall
    assert 'RMDir /r "$INSTDIR"' not in uninstall  # only the files it installed
    assert '!insertmacro MUI_LANGUAGE "Latvian"' in script
    assert '!insertmacro MUI_LANGUAGE "English"' in script
