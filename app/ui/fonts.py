"""The bundled DejaVu Sans font: loaded at start-up so Latvian letters never draw as boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import resource_path

FAMILY = "DejaVu Sans"


def load_fonts(app: QApplication, point_size: int = 10) -> str:
    """Register the bundled fonts and make DejaVu Sans the application font."""
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id < 0:
            raise RuntimeError(f"cannot load bundled font {name}")
    app.setFont(QFont(FAMILY, point_size))
    return FAMILY
