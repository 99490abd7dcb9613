"""Where things live: bundled resources and the user's data folder."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Pumpurs"


def project_root() -> Path:
    """The folder that holds `resources/` (the repository, or a frozen build's bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return project_root().joinpath("resources", *parts)


def default_database_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "pumpurs.db"
