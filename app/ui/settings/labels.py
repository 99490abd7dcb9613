"""Names of roles, specialist types and measure units as the screens show them.

Said of a person, a role word takes the person's grammatical gender in Latvian
("Ilze Kalniņa (klases audzinātāja)", "Jānis Bērziņš (direktors)"): `said_of_a_woman` reads
it from the name as Latvian names carry it; without a person the usual form is used.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from app.models.enums import MeasureUnit, Role, SpecialistType


def pmp_explained() -> str:
    """What "PMP" stands for, said once where a role is named (the status bar, About)."""
    return QCoreApplication.translate(
        "labels", "PMP: early school leaving. The PMP coordinator leads the school's work "
                  "to keep pupils from leaving school early (the PuMPuRS programme).")


def said_of_a_woman(full_name: str) -> bool:
    """Whether Latvian speaks of this person in the feminine: a woman's first name ends in -a
    or -e (Ilze, Līga, Anna) and her surname does not end as a man's does (-s, -š: Kalniņa,
    Ēcere). Anything else — a man's name, one that says neither — takes the usual form."""
    words = full_name.split()
    if not words:
        return False
    first, last = words[0].lower(), words[-1].lower()
    return first.endswith(("a", "e")) and not last.endswith(("s", "š"))


class SettingsLabels(QObject):
    """Each word is translated once per instance (a picker of 100 staff names the same few
    roles and types again and again)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: dict[tuple[object, bool], str] = {}

    def role(self, role: Role, person: str = "") -> str:
        key = (role, said_of_a_woman(person))
        if key not in self._words:
            self._words[key] = self._role(role, key[1])
        return self._words[key]

    def _role(self, role: Role, feminine: bool) -> str:
        if feminine:
            return {
                Role.TEACHER: self.tr("class teacher", "said of a woman"),
                Role.SUPPORT: self.tr("support staff", "said of a woman"),
                Role.COORDINATOR: self.tr("coordinator", "said of a woman"),
                Role.DIRECTOR: self.tr("director", "said of a woman"),
                Role.ADMIN: self.tr("administrator", "said of a woman"),
            }[role]
        return {
            Role.TEACHER: self.tr("class teacher"), Role.SUPPORT: self.tr("support staff"),
            Role.COORDINATOR: self.tr("coordinator"), Role.DIRECTOR: self.tr("director"),
            Role.ADMIN: self.tr("administrator"),
        }[role]

    def roles(self, roles: tuple[Role, ...], person: str = "") -> str:
        return ", ".join(self.role(r, person) for r in roles)

    def specialist(self, kind: SpecialistType, person: str = "") -> str:
        key = (kind, said_of_a_woman(person))
        if key not in self._words:
            self._words[key] = self._specialist(kind, key[1])
        return self._words[key]

    def _specialist(self, kind: SpecialistType, feminine: bool) -> str:
        if feminine:
            return self._specialist_feminine(kind)
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

    def _specialist_feminine(self, kind: SpecialistType) -> str:
        return {
            SpecialistType.SOCIAL_PEDAGOGUE: self.tr("social pedagogue", "said of a woman"),
            SpecialistType.PSYCHOLOGIST: self.tr("psychologist", "said of a woman"),
            SpecialistType.SPEECH_THERAPIST: self.tr("speech therapist", "said of a woman"),
            SpecialistType.SPECIAL_EDUCATION_TEACHER: self.tr(
                "special education teacher", "said of a woman"),
            SpecialistType.TEACHER_ASSISTANT: self.tr("teacher's assistant", "said of a woman"),
            SpecialistType.SUBJECT_TEACHER: self.tr("subject teacher", "said of a woman"),
            SpecialistType.OCCUPATIONAL_THERAPIST: self.tr(
                "occupational therapist", "said of a woman"),
            SpecialistType.SIGN_LANGUAGE_INTERPRETER: self.tr(
                "sign language interpreter", "said of a woman"),
            SpecialistType.ASSISTANT: self.tr("assistant", "said of a woman"),
        }[kind]

    def unit(self, unit: MeasureUnit) -> str:
        return self.tr("per hour") if unit is MeasureUnit.HOURS else self.tr("amount in euro")
