"""The Debian package of the frozen school app: dist/pumpurs_<version>_amd64.deb.

    python installer/deb.py      # after installer/build.py (make installer runs both)

The onedir goes to /opt/pumpurs, /usr/bin/pumpurs links to it, and the menu entry and the
icon go where desktops look for them. Depends names the system libraries Qt loads (the
same list as installer/system-packages.sh, without the test tools). Nothing of a school's
data is in the package: the database lives in each user's data folder, so removing the
package never touches it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import app_version  # noqa: E402

DIST = ROOT / "dist"
ONEDIR = DIST / "pumpurs"
DEPENDS = (
    "libc6 (>= 2.31)", "libgl1", "libegl1", "libxkbcommon0", "libxkbcommon-x11-0",
    "libfontconfig1", "libfreetype6", "libdbus-1-3", "libglib2.0-0", "libxcb-cursor0",
    "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
    "libxcb-shape0", "libxcb-xinerama0", "libxcb-xkb1", "libxcb-randr0",
)
CONTROL = """\
Package: pumpurs
Version: {version}
Section: education
Priority: optional
Architecture: amd64
Maintainer: Pumpurs <pumpurs@example.lv>
Installed-Size: {size_kib}
Depends: {depends}
Homepage: https://example.lv/pumpurs
Description: Pumpurs — support plans for pupils at risk of early school leaving
 Offline-first desktop app for Latvian schools in the PuMPuRS programme: pupils at
 risk, risk assessments, individual support plans (IAP), consultations, and signed,
 encrypted sync to the municipality. The school's database is encrypted (SQLCipher).
"""


def deb_path(version: str | None = None) -> Path:
    return DIST / f"pumpurs_{version or app_version()}_amd64.deb"


def package_tree(root: Path, onedir: Path = ONEDIR, version: str | None = None) -> Path:
    """The file tree of the package under `root` (root/DEBIAN/control included)."""
    shutil.copytree(onedir, root / "opt" / "pumpurs", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "pumpurs").symlink_to("/opt/pumpurs/pumpurs")
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy(ROOT / "installer" / "linux" / "pumpurs.desktop", apps / "pumpurs.desktop")
    icons = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "pumpurs.svg", icons / "pumpurs.svg")
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) // 1024 + 1
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(CONTROL.format(
        version=version or app_version(), size_kib=size_kib, depends=", ".join(DEPENDS)),
        encoding="utf-8")
    for path in (root, *root.rglob("*")):  # dpkg-deb wants 0755 folders, no group-writable
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or path.stat().st_mode & 0o111 else 0o644)
    return root


def build_deb(onedir: Path = ONEDIR, out: Path | None = None) -> Path:
    if not (onedir / "pumpurs").is_file():
        raise SystemExit(f"deb: no frozen build in {onedir}; run installer/build.py first")
    target = out or deb_path()
    with tempfile.TemporaryDirectory(prefix="pumpurs-deb-") as tmp:
        tree = package_tree(Path(tmp) / "root", onedir)
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build",
                        str(tree), str(target)], check=True, stdout=subprocess.DEVNULL)
    print(f"deb: {target}")
    return target


if __name__ == "__main__":
    build_deb()
