"""Role words said of a person take the person's grammatical gender in Latvian, read from
the name as Latvian names carry it; a name that says neither takes the usual form."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.models.enums import Role, SpecialistType
from app.ui.settings.labels import SettingsLabels, said_of_a_woman


def test_the_name_says_whether_to_speak_of_a_woman() -> None:
    for woman in ("Ilze Kalniņa", "Līga Zariņa", "Ruta Ēcere", "Anna Ivanova", "Dace Vītola"):
        assert said_of_a_woman(woman), woman
    for other in ("Jānis Bērziņš", "Pēteris Šmits", "Kārlis Skalbe", "Nikita Ivanovs", "",
                  "Alex Kim"):
        assert not said_of_a_woman(other), other


def test_latvian_role_words_follow_the_person(qtbot: QtBot) -> None:
    labels = SettingsLabels()  # the Latvian translator is installed for the UI tests
    assert labels.role(Role.TEACHER, "Ilze Kalniņa") == "klases audzinātāja"
    assert labels.role(Role.TEACHER, "Jānis Bērziņš") == "klases audzinātājs"
    assert labels.role(Role.TEACHER) == "klases audzinātājs"
    assert labels.roles((Role.COORDINATOR, Role.DIRECTOR), "Dace Vītola") == \
        "PMP koordinatore, direktore"
    assert labels.specialist(SpecialistType.PSYCHOLOGIST, "Līga Zariņa") == "psiholoģe"
    assert labels.specialist(SpecialistType.SOCIAL_PEDAGOGUE, "Kaspars Siliņš") == \
        "sociālais pedagogs"
    assert labels.specialist(SpecialistType.SPEECH_THERAPIST, "Santa Liepiņa") == "logopēde"
