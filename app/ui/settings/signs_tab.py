"""Settings → Catalogue → Risk signs (coordinator): the signs of the current school year by
category, with whether each is offered; "Add…", "Wording…", and "Retire" (assessments that
chose it keep it, new ones cannot) or "Offer again"."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from app.services.catalogue.editing import edit_risk_sign, set_risk_sign_retired
from app.services.catalogue.query import RiskSignView, category_name, risk_signs
from app.services.core.store import Store
from app.ui.context import UiContext
from app.ui.settings.catalogue_dialogs import SignDialog
from app.ui.settings.catalogue_list import CatalogueList
from app.ui.settings.settings_dialog import SettingsDialog


class SignsTab(CatalogueList):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "sign", parent)
        self.set_columns(
            self.tr("Risk signs of the school year %1").replace("%1", ctx.semester.school_year),
            [self.tr("Risk category"), self.tr("Risk sign"), self.tr("Offered")], 1)

    @property
    def signs(self) -> list[RiskSignView]:
        return self.entries

    def fetch(self, store: Store, year_id: uuid.UUID) -> list[RiskSignView]:
        return risk_signs(store, year_id)

    def row_texts(self, sign: RiskSignView) -> Sequence[str]:
        return (category_name(sign.category, self.ctx.lang), sign.name(self.ctx.lang),
                self.status_text(sign))

    def new_dialog(self) -> SettingsDialog:
        return SignDialog(self.ctx, self)

    def reword(self, entry_id: uuid.UUID, name_lv: str, name_en: str) -> RiskSignView:
        return edit_risk_sign(self.ctx.store, self.ctx.actor, entry_id, name_lv, name_en)

    def set_retired(self, entry_id: uuid.UUID, retired: bool) -> RiskSignView:
        return set_risk_sign_retired(self.ctx.store, self.ctx.actor, entry_id, retired)

    def retired_message(self, name: str) -> str:
        return self.tr("%1 is no longer offered for new assessments; assessments that have it "
                       "keep it.").replace("%1", name)

    def empty_message(self) -> str:
        return self.tr("This school year has no catalogue of risk signs.")
