"""The frozen school app: a PyInstaller onedir in dist/pumpurs/ (`make installer`).

    python installer/build.py            # → dist/pumpurs/pumpurs (+ _internal/)

What goes in besides the Python code PyInstaller finds by itself:
- resources/ (fonts, the catalogue files, the message catalogues, cli_lv.json) with the
  app's .qm files compiled from the .ts files just before (a frozen build trusts them as
  built: app/ui/translation.py does not compare them with the .ts there);
- the alembic scripts of the school database (app/models/migrations), read as files;
- Qt's platform plugins (PySide6's hook; offscreen and xcb are checked after the build) and
  Qt's own translations, qtbase_lv.qm among them (checked too).
The hub (FastAPI, uvicorn) is left out: it is a separate program for a server.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from installer.translations import compile_all  # noqa: E402

DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
ONEDIR = DIST / "pumpurs"
EXCLUDED = ("app.hub", "fastapi", "uvicorn", "starlette", "psycopg",
            "pytest", "hypothesis", "mypy", "ruff", "tkinter", "PySide6.QtWebEngineCore",
            "PySide6.QtQml", "PySide6.QtQuick")
REQUIRED = (
    "_internal/resources/i18n/pumpurs_lv.qm", "_internal/resources/fonts/DejaVuSans.ttf",
    "_internal/resources/catalogue/2026-2027.json", "_internal/app/models/migrations/env.py",
    "_internal/PySide6/Qt/translations/qtbase_lv.qm",
    "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
)


def pyinstaller_args() -> list[str]:
    sep = ";" if sys.platform == "win32" else ":"
    args = [
        str(ROOT / "app" / "__main__.py"), "--name", "pumpurs", "--onedir", "--noconfirm",
        "--clean", "--log-level", "WARN", "--distpath", str(DIST), "--workpath", str(WORK),
        "--specpath", str(WORK), "--paths", str(ROOT),
        "--add-data", f"{ROOT / 'resources'}{sep}resources",
        "--add-data", f"{ROOT / 'app' / 'models' / 'migrations'}{sep}app/models/migrations",
        # what the migration scripts (read as files, not analysed) import from alembic
        "--hidden-import", "alembic.op", "--hidden-import", "alembic.context",
        "--hidden-import", "alembic.autogenerate.api", "--collect-submodules", "alembic.ddl",
        "--hidden-import", "sqlcipher3", "--copy-metadata", "pumpurs",
        "--collect-submodules", "keyring.backends",
        # UTF-8 mode: Latvian letters print whatever the console's or the pipe's code page
        "--python-option", "X utf8",
    ]
    if sys.platform == "win32":
        # a console program (so `pumpurs --version` and `self-test` print in cmd) whose
        # console is hidden when it owns it, i.e. when started from the Start menu
        args += ["--console", "--hide-console", "hide-early"]
    for name in EXCLUDED:
        args += ["--exclude-module", name]
    return args


def missing_files(onedir: Path = ONEDIR) -> list[str]:
    """The files a working build must hold (Linux layout) that this one lacks."""
    return [rel for rel in REQUIRED if not (onedir / rel).is_file()]


def build() -> Path:
    import PyInstaller.__main__

    compile_all()
    shutil.rmtree(ONEDIR, ignore_errors=True)
    started = time.monotonic()
    PyInstaller.__main__.run(pyinstaller_args())
    print(f"build: {ONEDIR} in {time.monotonic() - started:.0f} s")
    if sys.platform.startswith("linux"):
        missing = missing_files()
        if missing:
            raise SystemExit("build: the onedir lacks " + ", ".join(missing))
    return ONEDIR


if __name__ == "__main__":
    build()
