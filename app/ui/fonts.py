"""The bundled DejaVu Sans font: loaded at start-up so Latvian letters never draw as boxes,
at the size the person chose for their system (a larger text size stays larger)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import resource_path

FAMILY = "DejaVu Sans"


def system_point_size() -> float:
    """The point size of the system's general font (the person's text size setting)."""
    size = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    return size if size > 0 else 10.0


def scaled(base: QFont, factor: float) -> QFont:
    """`base` made `factor` times larger: headings grow with the person's text size."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    return font


def load_fonts(app: QApplication, point_size: float | None = None) -> str:
    """Register the bundled fonts and make DejaVu Sans the application font, at the
    system's text size unless a size is given (the screenshots and tests fix one)."""
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id < 0:
            raise RuntimeError(f"cannot load bundled font {name}")
    font = QFont(FAMILY)
    font.setPointSizeF(point_size if point_size is not None else system_point_size())
    app.setFont(font)
    return FAMILY
