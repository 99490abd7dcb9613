"""Latvian wording of the demo's support plans: goals, summaries, decisions, evaluations.

`{subject}` is replaced by a failing subject; `{masculine|feminine}` agrees with the pupil.
"""

from __future__ import annotations

from app.models.enums import EvaluationOutcome

GOALS: dict[str, tuple[str, ...]] = {
    "absence": (
        "Samazināt neattaisnotos kavējumus līdz ne vairāk kā 4 stundām mēnesī.",
        "Līdz semestra beigām nokārtot visus kavētos pārbaudes darbus.",
        "Mācību priekšmetā „{subject}” iegūt vismaz 4 balles.",
        "Vienoties ar ģimeni par regulāru saziņu ar klases audzinātāju reizi nedēļā.",
    ),
    "learning": (
        "Uzlabot lasītprasmi: izlasīt un atstāstīt vienkāršu tekstu.",
        "Novērst nepietiekamos vērtējumus mācību priekšmetā „{subject}”.",
        "Apgūt paņēmienus, kā plānot mājasdarbu izpildi.",
    ),
    "behaviour": (
        "Samazināt uzvedības pārkāpumu skaitu līdz ne vairāk kā diviem mēnesī.",
        "Apgūt konfliktu risināšanas prasmes sarunās ar psihologu.",
        "Iesaistīties vismaz vienā ārpusstundu nodarbībā.",
    ),
    "economic": (
        "Nodrošināt ikdienas siltas pusdienas skolā.",
        "Nodrošināt nokļūšanu uz skolu un atpakaļ.",
        "Nodrošināt nepieciešamos mācību līdzekļus un apģērbu.",
    ),
    "family": (
        "Mazināt trauksmi un uzlabot emocionālo pašsajūtu.",
        "Saglabāt sekmes vismaz līdzšinējā līmenī.",
        "Nodrošināt regulāru sadarbību ar ģimeni un sociālo dienestu.",
    ),
    "newcomer": (
        "Uzlabot latviešu valodas prasmes, lai patstāvīgi saprastu uzdevumus.",
        "Iekļauties klases kolektīvā un atrast draugus.",
        "Novērst nepietiekamos vērtējumus mācību priekšmetā „{subject}”.",
    ),
}

SUMMARIES: dict[str, str] = {
    "absence": "Atbalsts kavējumu mazināšanai un mācību atpalicības novēršanai.",
    "learning": "Atbalsts mācību grūtību pārvarēšanai un pamatprasmju nostiprināšanai.",
    "behaviour": "Atbalsts uzvedības un saskarsmes prasmju uzlabošanai.",
    "economic": "Kompensācijas, lai ģimenes materiālā situācija netraucētu mācības.",
    "family": "Psihoemocionāls atbalsts un sadarbība ar ģimeni pārmaiņu laikā.",
    "newcomer": "Atbalsts valodas apguvei un iekļaušanās skolā.",
}

RETURN_COMMENTS = (
    "Lūdzu precizēt mērķus, lai tie būtu izmērāmi (piemēram, kavēto stundu skaits mēnesī).",
    "Psihologa stundu skaits pārsniedz pieejamo laiku; lūdzu samazināt līdz 8 stundām.",
    "Nav norādīti pārskatīšanas datumi; lūdzu papildināt un iesniegt atkārtoti.",
    "Lūdzu norādīt, kurš pedagogs sniegs konsultācijas mācību priekšmetā.",
    "Kompensācijas summa nav pamatota; lūdzu pievienot aprēķinu.",
)

NARRATIVES: dict[EvaluationOutcome, tuple[str, ...]] = {
    EvaluationOutcome.REDUCED: (
        "Plānotie pasākumi īstenoti; kavējumi un nepietiekamie vērtējumi samazinājušies.",
        "{Skolēns|Skolniece} regulāri apmeklēja konsultācijas; situācija "
        "uzlabojusies.",
    ),
    EvaluationOutcome.UNCHANGED: (
        "Pasākumi daļēji īstenoti; būtisku pārmaiņu nav, atbalstu jāturpina.",
        "Konsultācijas notika neregulāri; riski saglabājas iepriekšējā līmenī.",
    ),
    EvaluationOutcome.INCREASED: (
        "Neraugoties uz atbalstu, kavējumu skaits pieaudzis; nepieciešama sadarbība ar "
        "sociālo dienestu.",
    ),
}

OUTCOME_NOTES: dict[EvaluationOutcome, str] = {
    EvaluationOutcome.REDUCED: "Risks mazinājies.",
    EvaluationOutcome.UNCHANGED: "Risks saglabājas.",
    EvaluationOutcome.INCREASED: "Risks pieaudzis.",
}
