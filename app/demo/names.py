"""Latvian names for the demo school: first names of both genders and surnames in both forms.

Latvian surnames agree with the bearer's gender (Bērziņš / Bērziņa, Lācis / Lāce, Jansons /
Jansone, Ivanovs / Ivanova), so each surname is kept as a (masculine, feminine) pair.
"""

from __future__ import annotations

import unicodedata

BOYS = (
    "Jānis", "Andris", "Mārtiņš", "Kristaps", "Roberts", "Artūrs", "Edgars", "Dāvis", "Emīls",
    "Gustavs", "Rihards", "Raivis", "Kārlis", "Markuss", "Ralfs", "Daniels", "Matīss", "Niks",
    "Ričards", "Toms", "Adrians", "Aleksandrs", "Maksims", "Dmitrijs", "Oskars", "Miķelis",
    "Krišjānis", "Ēriks", "Valters", "Elvis", "Reinis", "Pēteris", "Lūkass", "Olivers",
    "Renārs", "Kristiāns", "Ņikita", "Jēkabs", "Aigars", "Arvīds",
)

GIRLS = (
    "Anna", "Līga", "Laura", "Elīza", "Paula", "Marta", "Sofija", "Alise", "Emīlija", "Estere",
    "Keita", "Elza", "Amēlija", "Madara", "Katrīna", "Jana", "Rūta", "Evelīna", "Viktorija",
    "Annija", "Beāte", "Luīze", "Megija", "Agnese", "Dārta", "Gabriela", "Kristiāna", "Ance",
    "Zane", "Līva", "Sintija", "Diāna", "Samanta", "Ieva", "Marija", "Anastasija", "Daniela",
    "Elīna", "Justīne", "Ērika",
)

MEN = (
    "Māris", "Aivars", "Guntis", "Juris", "Uldis", "Ainārs", "Valdis", "Normunds", "Gatis",
    "Ivars", "Raimonds", "Agris", "Viesturs", "Edgars", "Kaspars", "Armands", "Sergejs",
    "Aleksejs", "Gints", "Jānis",
)

WOMEN = (
    "Ilze", "Inese", "Dace", "Sandra", "Inga", "Vija", "Ināra", "Gunta", "Aija", "Baiba",
    "Ligita", "Daiga", "Anita", "Vineta", "Iveta", "Solvita", "Ruta", "Kristīne", "Evita",
    "Santa", "Jeļena", "Olga", "Linda", "Sarmīte", "Dzintra",
)

# (masculine, feminine)
SURNAMES = (
    ("Bērziņš", "Bērziņa"), ("Kalniņš", "Kalniņa"), ("Ozols", "Ozola"), ("Jansons", "Jansone"),
    ("Liepiņš", "Liepiņa"), ("Krūmiņš", "Krūmiņa"), ("Zariņš", "Zariņa"), ("Kļaviņš", "Kļaviņa"),
    ("Pētersons", "Pētersone"), ("Vītols", "Vītola"), ("Eglītis", "Eglīte"), ("Lācis", "Lāce"),
    ("Balodis", "Balode"), ("Šmits", "Šmite"), ("Kārkliņš", "Kārkliņa"),
    ("Ozoliņš", "Ozoliņa"), ("Grīnbergs", "Grīnberga"), ("Siliņš", "Siliņa"),
    ("Vilks", "Vilka"), ("Kalējs", "Kalēja"), ("Līcis", "Līce"), ("Ziemelis", "Ziemele"),
    ("Freimanis", "Freimane"), ("Andersons", "Andersone"), ("Miezītis", "Miezīte"),
    ("Celmiņš", "Celmiņa"), ("Strazdiņš", "Strazdiņa"), ("Rozenbergs", "Rozenberga"),
    ("Krastiņš", "Krastiņa"), ("Upītis", "Upīte"), ("Sproģis", "Sproģe"), ("Dzenis", "Dzene"),
    ("Auziņš", "Auziņa"), ("Leitis", "Leite"), ("Vanags", "Vanaga"), ("Cīrulis", "Cīrule"),
    ("Briedis", "Briede"), ("Lapiņš", "Lapiņa"), ("Mežulis", "Mežule"),
    ("Gailītis", "Gailīte"), ("Ķēniņš", "Ķēniņa"), ("Dūmiņš", "Dūmiņa"), ("Skujiņš", "Skujiņa"),
    ("Purviņš", "Purviņa"), ("Rudzītis", "Rudzīte"), ("Āboliņš", "Āboliņa"),
    ("Grāvītis", "Grāvīte"), ("Žagars", "Žagare"), ("Saulītis", "Saulīte"),
    ("Kociņš", "Kociņa"), ("Jaunzems", "Jaunzema"), ("Zeltiņš", "Zeltiņa"),
    ("Ivanovs", "Ivanova"), ("Kuzņecovs", "Kuzņecova"), ("Petrovs", "Petrova"),
    ("Ņikitins", "Ņikitina"), ("Smirnovs", "Smirnova"), ("Vasiļjevs", "Vasiļjeva"),
    ("Kreicbergs", "Kreicberga"), ("Lūsis", "Lūse"),
)


def surname(pair: tuple[str, str], female: bool) -> str:
    return pair[1] if female else pair[0]


def ascii_fold(text: str) -> str:
    """`Kļaviņa` → `klavina`: for user names and e-mail addresses."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
