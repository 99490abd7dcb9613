"""`make screenshots` writes real PNGs of the demo school (slow: it builds the demo school)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.ui.screenshots import render_all

pytestmark = pytest.mark.slow


def colours(image: QImage) -> set[int]:
    step = 7
    return {image.pixel(x, y) for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)}


def test_the_login_and_the_students_list_are_rendered(tmp_path: Path) -> None:
    written = render_all(tmp_path, {"login", "pupils"})
    names = {p.name for p in written}
    assert {"login.png", "main-koordinators-1.png", "main-psihologs-1.png",
            "main-skolotaja-1.png"} <= names  # the home screens, "Mans darbs", per role
    for path in written:
        assert path.parent == tmp_path and path.stat().st_size > 1000
    login = QImage(str(tmp_path / "login.png"))
    assert (login.width(), login.height()) == (460, 260)
    students = QImage(str(tmp_path / "main-koordinators-1.png"))
    assert (students.width(), students.height()) == (1280, 800)
    assert len(colours(students)) > 20  # text, badges and lines drawn, not an empty window
