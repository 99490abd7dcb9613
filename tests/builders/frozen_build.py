"""Shared by several test modules: frozen_env."""

from __future__ import annotations

import os
from pathlib import Path


def frozen_env(home: Path) -> dict[str, str]:
    """No display, no checkout on the path, a home of its own (logs, keyring)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH", "QT_QPA_PLATFORM")}
    return {**env, "HOME": str(home), "PUMPURS_LANG": "lv", "XDG_DATA_HOME": str(home / "d"),
            "XDG_STATE_HOME": str(home / "s"), "XDG_CACHE_HOME": str(home / "c")}
