"""Latvian wording of the demo's risk assessments: notes per risk sign and per profile.

`{masculine|feminine}` marks words that agree with the pupil's gender (see `gendered`).
"""

from __future__ import annotations

import re

_CHOICE = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")


def gendered(text: str, female: bool) -> str:
    """Pick the masculine or feminine form of every `{masculine|feminine}` in `text`."""
    return _CHOICE.sub(lambda m: m.group(2 if female else 1), text)

FINDING_NOTES: dict[str, tuple[str, ...]] = {
    "unjustified_absence": (
        "Regulāri neierodas uz pirmajām stundām; vecāki kavējumus neattaisno.",
        "Kavē veselas dienas, īpaši pirmdienās; paskaidrojumus nesniedz.",
    ),
    "behind_after_absence": (
        "Pēc kavējumiem nav nokārtoti vairāki pārbaudes darbi.",
        "Nav {apguvis|apguvusi} tēmas, kas mācītas kavējumu laikā.",
    ),
    "low_motivation": (
        "Stundās {pasīvs|pasīva}, mājasdarbus nepilda; saka, ka mācības „neko nedod”.",
        "Trūkst intereses par mācībām, nav skaidru nākotnes mērķu.",
    ),
    "low_parental_involvement": (
        "Vecāki neatbild uz e-klases ziņām un neierodas uz sarunām.",
        "Ģimene skolas dzīvē iesaistās maz; sazināties izdodas reti.",
    ),
    "negative_peers": ("Brīvo laiku pavada ar vecākiem jauniešiem, kuri mācības pametuši.",),
    "negative_attitude": ("Ģimenē izglītībai nepiešķir lielu nozīmi.",),
    "learning_difficulty": (
        "Grūti uztver jaunu vielu, vajag vairākkārtēju skaidrojumu.",
        "Lasītprasme un rēķināšana atpaliek no klases līmeņa.",
    ),
    "low_marks": (
        "Nepietiekami vērtējumi vairākos priekšmetos.",
        "Vērtējumi semestra laikā pazeminājušies.",
    ),
    "learning_disorder": ("Ir pedagoģiski medicīniskās komisijas atzinums (disleksija).",),
    "special_needs": ("Nepieciešami atbalsta pasākumi pārbaudes darbos.",),
    "repeated_year": ("Iepriekšējā mācību gadā pagarināts mācību gads.",),
    "behaviour_problems": (
        "Atkārtoti traucē stundas; vairāki ieraksti e-klasē par uzvedību.",
        "Grūti ievērot skolas iekšējās kārtības noteikumus.",
    ),
    "conflicts": (
        "Konflikti ar klasesbiedriem starpbrīžos.",
        "Asi konflikti ar vairākiem pedagogiem.",
    ),
    "risky_behaviour": (
        "{Pieķerts|Pieķerta} smēķējam skolas teritorijā; bijusi saruna ar policiju.",
    ),
    "bullying": ("{Iesaistīts|Iesaistīta} ņirgāšanās gadījumos klasē.",),
    "family_conflict": (
        "Ģimenē biežas nesaskaņas; {skolēns|skolniece} par tām stāsta klases audzinātājai.",
    ),
    "low_income": (
        "Ģimenei piešķirts trūcīgas ģimenes statuss.",
        "Ģimenei ir maznodrošinātas ģimenes statuss.",
    ),
    "no_money_meals": ("Bieži ierodas skolā {neēdis|neēdusi}; pusdienas nav apmaksātas.",),
    "no_money_transport": ("Ģimene nevar apmaksāt autobusa biļetes.",),
    "no_money_materials": ("Nav darba burtnīcu un mācību piederumu.",),
    "no_money_personal": ("Nav piemērotu ziemas apavu un apģērba.",),
    "long_distance": ("Dzīvo 25 km no skolas; autobuss kursē reti.",),
    "family_change": (
        "Vecāki šķīrušies; {skolēns pārcēlies|skolniece pārcēlusies} dzīvot pie mātes.",
        "Ģimenē nesen miris tuvinieks.",
    ),
    "psycho_emotional": (
        "{Noslēgts|Noslēgta}, bieži raud; stāsta par miega grūtībām.",
        "Paaugstināta trauksme pirms pārbaudes darbiem.",
    ),
    "parents_abroad": ("Vecāki strādā ārzemēs; {skolēns|skolniece} dzīvo pie vecmāmiņas.",),
    "caring_duties": ("Pieskata jaunākos brāļus un māsas pēc stundām.",),
    "parental_addiction": ("Sociālais dienests informējis par alkohola lietošanu ģimenē.",),
    "language_barrier": (
        "Latviešu valodu apgūst otro gadu; grūti saprast uzdevumu nosacījumus.",
        "Ģimene pārcēlusies no Ukrainas; latviešu valodas zināšanas sākuma līmenī.",
    ),
    "school_changes": ("Pēdējo trīs gadu laikā {mainījis|mainījusi} trīs skolas.",),
    "social_isolation": ("Klasē vēl nav draugu, starpbrīžos turas savrup.",),
}

ASSESSMENT_NOTES: dict[str, tuple[str, ...]] = {
    "absence": (
        "Galvenais risks — neattaisnoti kavējumi; sarunas ar ģimeni līdz šim nav devušas "
        "rezultātu.",
        "Kavējumu dēļ atpaliek mācībās; nepieciešams sociālā pedagoga atbalsts.",
    ),
    "learning": (
        "Mācību grūtības vairākos priekšmetos; ieteicams speciālā pedagoga atbalsts.",
        "Zemi vērtējumi, grūtības ar lasīšanu un rakstīšanu.",
    ),
    "behaviour": (
        "Uzvedības grūtības un konflikti; ieteicamas psihologa konsultācijas.",
        "Atkārtoti disciplīnas pārkāpumi; ģimene informēta.",
    ),
    "economic": (
        "Ģimenes materiālā situācija apgrūtina mācības; nepieciešamas kompensācijas.",
        "Ekonomiskie riski; citādi {skolēns|skolniece} mācās labi.",
    ),
    "family": (
        "Pārmaiņas ģimenē ietekmējušas emocionālo stāvokli un sekmes.",
        "Emocionālas grūtības saistībā ar situāciju ģimenē.",
    ),
    "newcomer": (
        "Valodas barjera un adaptācija jaunajā skolā.",
        "Nepieciešams atbalsts latviešu valodā un iekļaušanās klasē.",
    ),
}
