"""The bundled DejaVu Sans for reportlab: the base-14 Helvetica cannot print ā ē ģ ī ķ ļ ņ ū.

`register_fonts()` is idempotent and returns the family names the documents use. The
recovery key alone is printed in Courier: it is base32 (A–Z, 2–7 and dashes), which every
PDF viewer has, and a fixed width keeps its groups of four in straight columns.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
MONO = "Courier-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular and bold) once; returns (regular, bold)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    # <b> inside a Paragraph switches to the bold face of the same family.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
