"""Charts on screen: the SVG drawings the reports package makes (the same as in its PDFs),
one under another, each named after its title for screen readers."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

SCALE = 1.3  # the PDF's points are small on a screen


class ChartImage(QSvgWidget):
    def __init__(self, title: str, svg: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.load(svg)
        self.setAccessibleName(title)
        self.setToolTip(title)
        size = self.renderer().defaultSize()
        self.setFixedSize(QSize(round(size.width() * SCALE), round(size.height() * SCALE)))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class ChartsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.charts: list[ChartImage] = []
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def show_charts(self, charts: list[tuple[str, bytes]]) -> None:
        for chart in self.charts:
            self.box.removeWidget(chart)
            chart.deleteLater()
        self.charts = [ChartImage(title, svg, self) for title, svg in charts]
        for chart in self.charts:
            self.box.addWidget(chart)

    def titles(self) -> list[str]:
        return [c.title for c in self.charts]
