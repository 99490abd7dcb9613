"""The Windows installer: makensis over installer/windows/pumpurs.nsi and a onedir.

    python installer/nsis.py [--check]   # dist/pumpurs → dist/pumpurs-<version>-setup.exe

On Windows (build-windows.yml) this packs the real onedir, LZMA-compressed. On Linux the
onedir holds Linux binaries, so `--check` only proves the script compiles against that
layout (uncompressed, warnings as errors) into a throwaway file; it is no installer.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import app_version  # noqa: E402

SCRIPT = ROOT / "installer" / "windows" / "pumpurs.nsi"
ONEDIR = ROOT / "dist" / "pumpurs"


def makensis_command(onedir: Path, out: Path, *, check: bool = False,
                     version: str | None = None) -> list[str]:
    command = ["makensis", "-V2", "-WX", f"-DSOURCE_DIR={onedir}",
               f"-DVERSION={version or app_version()}", f"-DOUTFILE={out}"]
    if check:
        command += ["-DNO_COMPRESSION", "-DEXE=pumpurs"]  # the Linux onedir's program name
    return [*command, str(SCRIPT)]


def build_installer(onedir: Path = ONEDIR, out: Path | None = None, *,
                    check: bool = False) -> Path:
    target = out or ROOT / "dist" / f"pumpurs-{app_version()}-setup.exe"
    subprocess.run(makensis_command(onedir, target, check=check), check=True)
    return target


if __name__ == "__main__":
    print(build_installer(check="--check" in sys.argv[1:]))
