"""Names of roles, specialist types and measure units as the Settings screen shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from app.models.enums import MeasureUnit, Role, SpecialistType


def pmp_explained() -> str:
    """What "PMP" stands for, said once where a role is named (the status bar, About)."""
    return QCoreApplication.translate(
        "labels", "PMP: early school leaving. The PMP coordinator leads the school's work "
                  "to keep pupils from leaving school early (the PuMPuRS programme).")


class SettingsLabels(QObject):
    def role(self, role: Role) -> str:
        return {
            Role.TEACHER: self.tr("class teacher"), Role.SUPPORT: self.tr("support staff"),
            Role.COORDINATOR: self.tr("coordinator"), Role.DIRECTOR: self.tr("director"),
            Role.ADMIN: self.tr("administrator"),
        }[role]

    def roles(self, roles: tuple[Role, ...]) -> str:
        return ", ".join(self.role(r) for r in roles)

    def specialist(self, kind: SpecialistType) -> str:
        return {
            SpecialistType.SOCIAL_PEDAGOGUE: self.tr("social pedagogue"),
            SpecialistType.PSYCHOLOGIST: self.tr("psychologist"),
            SpecialistType.SPEECH_THERAPIST: self.tr("speech therapist"),
            SpecialistType.SPECIAL_EDUCATION_TEACHER: self.tr("special education teacher"),
            SpecialistType.TEACHER_ASSISTANT: self.tr("teacher's assistant"),
            SpecialistType.SUBJECT_TEACHER: self.tr("subject teacher"),
            SpecialistType.OCCUPATIONAL_THERAPIST: self.tr("occupational therapist"),
            SpecialistType.SIGN_LANGUAGE_INTERPRETER: self.tr("sign language interpreter"),
            SpecialistType.ASSISTANT: self.tr("assistant"),
        }[kind]

    def unit(self, unit: MeasureUnit) -> str:
        return self.tr("per hour") if unit is MeasureUnit.HOURS else self.tr("amount in euro")
