"""The installation mode: "this user only" (the database in the account's own data folder,
its key in that account's credential store) or "all accounts of this PC" (per-machine).

Per-machine, the database and its key-slot file (`app.key_slots`) live in the machine's
shared data folder — C:\\ProgramData\\Pumpurs on Windows, /var/lib/pumpurs on Linux,
$PUMPURS_MACHINE_DATA when set (tests, unusual set-ups) — and the small settings file
`machine.json` there records that mode, so the app of every account finds the shared
database without being told.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from platformdirs import site_data_dir

from app.key_slots import has_key_slots
from app.paths import APP_NAME, default_database_path

MACHINE_ENV = "PUMPURS_MACHINE_DATA"
SETTINGS_NAME = "machine.json"
SETTINGS_FORMAT = "pumpurs-machine-1"
DATABASE_NAME = "pumpurs.db"


def machine_data_dir() -> Path:
    """The folder every account of this computer shares for Pumpurs' data."""
    override = os.environ.get(MACHINE_ENV)
    if override:
        return Path(override)
    if sys.platform.startswith("linux"):
        return Path("/var/lib/pumpurs")
    return Path(site_data_dir(APP_NAME, appauthor=False))


def machine_database_path() -> Path:
    return machine_data_dir() / DATABASE_NAME


@dataclass(frozen=True)
class MachineInstall:
    database: Path
    school_name: str  # shown on the sign-in window before the database is open


def machine_install() -> MachineInstall | None:
    """The per-machine installation recorded on this computer, or None (none, or a settings
    file that cannot be read: the person's own database is used then)."""
    path = machine_data_dir() / SETTINGS_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != SETTINGS_FORMAT \
                or data.get("mode") != "machine":
            return None
        database = Path(str(data["database"]))
        if not database.is_absolute():
            database = path.parent / database
        return MachineInstall(database, str(data.get("school_name") or APP_NAME))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def record_machine_install(database: Path, school_name: str) -> Path:
    """Write `machine.json` (atomically) so every account opens `database`."""
    folder = machine_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / SETTINGS_NAME
    database = Path(database).resolve()
    stored = database.name if database.parent == folder.resolve() else str(database)
    data = {"format": SETTINGS_FORMAT, "mode": "machine", "database": stored,
            "school_name": school_name}
    tmp = target.with_name(f"{SETTINGS_NAME}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, target)
    return target


def default_location() -> Path:
    """The database the app opens when none is named: the machine's shared one when this
    computer has a per-machine installation, else the person's own."""
    shared = machine_install()
    return shared.database if shared is not None else default_database_path()


def is_shared_database(db: Path) -> bool:
    """True for a database with key slots, or the one machine.json names (its slots lost)."""
    shared = machine_install()
    return has_key_slots(db) or (shared is not None and shared.database == Path(db).resolve())
