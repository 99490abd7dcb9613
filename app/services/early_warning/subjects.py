"""A subject's name inside a Latvian sentence: "Matemātika" → "matemātikā" (the locative),
"Latviešu valoda" → "latviešu valodā", "Vizuālā māksla" → "vizuālajā mākslā", "Sports" →
"sportā", "Sociālās zinības" → "sociālajās zinībās", "Sports un veselība" → "sportā un
veselībā". The e-journal's names are Latvian, so
the English sentence lists them as written. A name the rules do not know is left as it is."""

from __future__ import annotations

from collections.abc import Sequence

PROPER = ("Latvijas", "Eiropas")  # a first word that keeps its capital
_LAST = (("as", "ās"), ("es", "ēs"), ("is", "ī"), ("us", "ū"), ("a", "ā"), ("e", "ē"),
         ("s", "ā"), ("š", "ā"))
_ADJECTIVE = (("ais", "ajā"), ("ās", "ajās"), ("ā", "ajā"))


def _ending(word: str, rules: tuple[tuple[str, str], ...]) -> str:
    for old, new in rules:
        if word.endswith(old) and len(word) > len(old) + 1:
            return word[: -len(old)] + new
    return word


def in_subject(name: str) -> str:
    """The locative of a subject's name ("in mathematics"), lower-case first letter."""
    words = name.split()
    if not words or not all(w.isalpha() for w in words) or words[-1].isupper():
        return name
    if words[0] not in PROPER:
        words[0] = words[0][:1].lower() + words[0][1:]
    parts = " ".join(words).split(" un ")  # "Sports un veselība": both nouns
    return " un ".join(_phrase(p.split()) for p in parts)


def _phrase(words: list[str]) -> str:
    *before, last = words
    return " ".join([_ending(w, _ADJECTIVE) for w in before] + [_ending(last, _LAST)])


def listed(items: Sequence[str], lang: str) -> str:
    """"a, b un c" / "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    word = " un " if lang == "lv" else " and "
    return ", ".join(items[:-1]) + word + items[-1]
