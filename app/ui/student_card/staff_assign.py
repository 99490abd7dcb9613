"""Assigning support staff to the pupil by hand, from the card's Overview (coordinator).

The picker lists active support staff with their specialist type ("Līga Zariņa —
psychologist"); those already assigned are left out. Saving calls `assign_support_staff`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from app.services.plans.staff import StaffMember
from app.services.support.staff_assignment import assign_support_staff
from app.ui.context import UiContext
from app.ui.settings.labels import SettingsLabels
from app.ui.settings.settings_dialog import SettingsDialog


def staff_text(labels: SettingsLabels, m: StaffMember) -> str:
    """"Name — psychologist", or the person's roles when they have no specialist type."""
    kind = (labels.specialist(m.specialist_type, m.full_name) if m.specialist_type
            else labels.roles(m.roles, m.full_name))
    return f"{m.full_name} — {kind}"


class AssignStaffDialog(SettingsDialog):
    def __init__(self, ctx: UiContext, student_id: uuid.UUID, staff: list[StaffMember],
                 assigned: set[uuid.UUID], parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.student_id = student_id
        self.setWindowTitle(self.tr("Assign support staff"))
        labels = SettingsLabels(self)
        self.person = QComboBox()
        self.person.setObjectName("staff_person")
        for m in staff:
            if m.is_support and m.id not in assigned:
                self.person.addItem(staff_text(labels, m), str(m.id))
        self.add_row(self.tr("Support staff member"), "user_id", self.person)
        self.save_button.setText(self.tr("Assign"))
        self.save_button.setEnabled(self.person.count() > 0)

    def choose(self, full_name: str) -> None:
        index = next(i for i in range(self.person.count())
                     if self.person.itemText(i).startswith(full_name))
        self.person.setCurrentIndex(index)

    def work(self) -> Callable[[], Any] | None:
        data = self.person.currentData()
        if not data:
            return None
        store, actor, sid, uid = self.ctx.store, self.ctx.actor, self.student_id, uuid.UUID(data)
        return lambda: assign_support_staff(store, actor, sid, uid)
