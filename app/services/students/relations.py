"""A guardian's relation to the pupil is typed by the school ("māte", "tēvs", "aizbildne"…)
and kept as typed; the usual words are shown in the reader's language, so the English UI does
not read "(tēvs)". Anything else is shown as it was typed."""

from __future__ import annotations

from app.services.students.search import fold

# folded Latvian word → (Latvian, English)
USUAL: dict[str, tuple[str, str]] = {
    "mate": ("māte", "mother"),
    "tevs": ("tēvs", "father"),
    "aizbildnis": ("aizbildnis", "guardian"),
    "aizbildne": ("aizbildne", "guardian"),
    "vecmamina": ("vecmāmiņa", "grandmother"),
    "vecmate": ("vecmāte", "grandmother"),
    "vectevs": ("vectēvs", "grandfather"),
    "patevs": ("patēvs", "stepfather"),
    "pamate": ("pamāte", "stepmother"),
    "audzuvecaks": ("audžuvecāks", "foster parent"),
    "audzumate": ("audžumāte", "foster mother"),
    "audzutevs": ("audžutēvs", "foster father"),
    "bralis": ("brālis", "brother"),
    "masa": ("māsa", "sister"),
}
_ENGLISH = {en: lv for lv, en in USUAL.values()}


def relation_text(relation: str, lang: str) -> str:
    """`relation` in `lang` when it is one of the usual words (either language), else as typed."""
    typed = relation.strip()
    known = USUAL.get(fold(typed).replace(" ", ""))
    if known is not None:
        return known[1] if lang == "en" else known[0]
    if lang != "en" and typed.lower() in _ENGLISH:
        return _ENGLISH[typed.lower()]
    return typed
