"""The Debian package: its layout, and `pumpurs self-test` after installing it — unpacked
here with `dpkg -x`, and installed with apt (its Depends) in a clean Debian root made by
installer/clean-root.sh when PUMPURS_TEST_CLEAN_ROOT names one (`.ci/run` makes it)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from installer.deb import deb_path
from tests.builders.frozen_build import frozen_env

SIGN_IN_LINE = "Pieteikšanās logs latviski: OK (Pumpurs — pieteikšanās)"


@pytest.fixture(scope="module")
def deb(onedir: Path) -> Path:
    path = deb_path()
    if not path.is_file():
        pytest.fail(f"{path} is missing although dist/pumpurs was built: make installer")
    return path


def test_the_package_installs_the_app_its_menu_entry_and_icon(deb: Path) -> None:
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    assert "./usr/bin/pumpurs -> /opt/pumpurs/pumpurs" in listing
    for path in ("./opt/pumpurs/pumpurs", "./usr/share/applications/pumpurs.desktop",
                 "./usr/share/icons/hicolor/scalable/apps/pumpurs.svg"):
        assert f" {path}\n" in listing
    assert " root/root " in listing.splitlines()[0]
    control = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Depends"],
                             capture_output=True, text=True, check=True).stdout
    assert "Package: pumpurs" in control and "libxkbcommon0" in control


def test_the_menu_entry_is_valid() -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (desktop-file-utils)")
    entry = Path(__file__).resolve().parents[2] / "installer" / "linux" / "pumpurs.desktop"
    done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_the_unpacked_package_passes_its_self_test(deb: Path, tmp_path: Path) -> None:
    subprocess.run(["dpkg", "-x", str(deb), str(tmp_path / "root")], check=True)
    done = subprocess.run([str(tmp_path / "root" / "opt" / "pumpurs" / "pumpurs"), "self-test"],
                          env=frozen_env(tmp_path), cwd=tmp_path, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert SIGN_IN_LINE in done.stdout.splitlines()


def test_the_package_installed_in_a_clean_root_passes_its_self_test(deb: Path) -> None:
    root = os.environ.get("PUMPURS_TEST_CLEAN_ROOT")
    if not root:
        pytest.skip("no clean root: PUMPURS_TEST_CLEAN_ROOT=$(installer/clean-root.sh) (root)")
    shutil.copy(deb, Path(root) / "tmp" / deb.name)
    install = subprocess.run(
        ["chroot", root, "sh", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive "
         f"apt-get install -y -qq --no-install-recommends /tmp/{deb.name}"],
        capture_output=True, text=True, timeout=600, check=False)
    assert install.returncode == 0, install.stdout[-2000:] + install.stderr[-2000:]
    done = subprocess.run(["chroot", root, "env", "-i", "PATH=/usr/bin:/bin", "HOME=/tmp",
                           "LANG=C.UTF-8", "/usr/bin/pumpurs", "self-test"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert SIGN_IN_LINE in done.stdout.splitlines()
