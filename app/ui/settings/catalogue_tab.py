"""Settings → Catalogue (PMP coordinator): the current school year's support measures
(rates, caps, wording, retired or offered), risk signs and ABC thresholds, one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.ui.context import UiContext
from app.ui.settings.rates_tab import RatesTab
from app.ui.settings.signs_tab import SignsTab
from app.ui.settings.thresholds_tab import ThresholdsTab


class CatalogueTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measures = RatesTab(ctx)
        self.signs = SignsTab(ctx)
        self.thresholds = ThresholdsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("catalogue_tabs")
        self.tabs.addTab(self.measures, self.tr("Support measures"))
        self.tabs.addTab(self.signs, self.tr("Risk signs"))
        self.tabs.addTab(self.thresholds, self.tr("ABC thresholds"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def load(self) -> None:
        for tab in (self.measures, self.signs, self.thresholds):
            tab.load()
