"""Latvian wording of what was delivered: consultation topics and notes, expense lines."""

from __future__ import annotations

from app.models.enums import SpecialistType as ST

TOPICS: dict[ST, tuple[str, ...]] = {
    ST.PSYCHOLOGIST: (
        "Emociju atpazīšana un regulēšana", "Trauksmes mazināšanas paņēmieni",
        "Saruna par attiecībām klasē", "Konfliktu risināšana", "Pašvērtējums un motivācija",
    ),
    ST.SOCIAL_PEDAGOGUE: (
        "Kavējumu cēloņu izvērtēšana", "Dienas režīma plānošana",
        "Vienošanās par stundu apmeklējumu", "Sadarbība ar sociālo dienestu",
        "Brīvā laika pavadīšana un interešu izglītība",
    ),
    ST.SPEECH_THERAPIST: (
        "Skaņu izrunas korekcija", "Lasītprasmes vingrinājumi", "Rakstītprasmes vingrinājumi",
        "Vārdu krājuma paplašināšana",
    ),
    ST.SPECIAL_EDUCATION_TEACHER: (
        "Mācību satura pielāgošana", "Lasīšanas stratēģijas", "Matemātikas pamatprasmes",
        "Mācīšanās paņēmieni un atgādnes",
    ),
    ST.TEACHER_ASSISTANT: (
        "Atbalsts uzdevumu izpildē stundā", "Palīdzība mājasdarbu plānošanā",
        "Atbalsts pārbaudes darba laikā",
    ),
    ST.SUBJECT_TEACHER: (
        "{subject}: kavēto tēmu apguve", "{subject}: gatavošanās pārbaudes darbam",
        "{subject}: pamatprasmju nostiprināšana",
    ),
}

PARENT_TOPICS = (
    "Saruna ar vecākiem par sadarbību un kavējumiem",
    "Tikšanās ar vecākiem: atbalsta plāna gaita",
)
TEACHER_TOPICS = ("Konsultācija klases audzinātājai par atbalsta paņēmieniem stundās",)
GROUP_TOPICS = ("Grupas nodarbība: saskarsmes prasmes", "Grupas nodarbība: stresa mazināšana")

CONFIDENTIAL: dict[ST, tuple[str, ...]] = {
    ST.PSYCHOLOGIST: (
        "Stāsta, ka mājās bieži ir strīdi; vienojāmies par nākamo tikšanos.",
        "Trauksme mazinājusies, guļ labāk; iesaku turpināt elpošanas vingrinājumus.",
        "Runā par vientulību klasē; {aicināts|aicināta} iesaistīties pulciņā.",
        "Ieteikts vērsties pie ģimenes ārsta par miega traucējumiem.",
    ),
    ST.SOCIAL_PEDAGOGUE: (
        "Māte strādā maiņās; rītos neviens nepamodina — vienojāmies par modinātāju.",
        "Sociālais dienests apstiprināja trūcīgas ģimenes statusu.",
        "Pēc stundām pavada laiku ar vecākiem jauniešiem; runājām par drošību.",
    ),
}
MISSED_NOTE = "Neieradās; sazinājāmies ar vecākiem un vienojāmies par citu laiku."

EXPENSES: dict[str, tuple[str, ...]] = {
    "meals": ("Pusdienas skolas ēdnīcā ({month})", "Brokastis skolā ({month})"),
    "transport_tickets": ("Autobusa mēnešbiļete Vaiņode–Priekule ({month})",
                          "Autobusa biļetes Embūte–Priekule ({month})"),
    "special_transport": ("Speciālā transporta pakalpojums ({month})",),
    "lodging": ("Dienesta viesnīcas maksa ({month})",),
    "learning_materials": ("Darba burtnīcas un rakstāmpiederumi", "Kalkulators un lineāli",
                           "Darba burtnīcas latviešu valodā"),
    "personal_items": ("Ziemas zābaki", "Virsjaka un cepure", "Sporta tērps un apavi"),
    "youth_initiative": ("Dalība projektā „Pumpuru radošā darbnīca”",
                         "Materiāli jauniešu iniciatīvu projektam"),
}

MONTHS = ("janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs",
          "augusts", "septembris", "oktobris", "novembris", "decembris")
