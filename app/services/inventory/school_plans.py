"""The school database's support plans (IAP): versions, goals, measures, evaluations."""

from __future__ import annotations

from app.services.core.rbac import Permission as P
from app.services.inventory.classification import (
    CREATED,
    ID,
    ID_SENT,
    STUDENT_SENT,
    UPDATED,
    USER,
    Table,
    Travel,
    personal,
    plain,
    special,
)

Y, TEXT = Travel.YES, Travel.TEXT
PLAN = plain("plāns", "plan", Y)
VERSION = plain("plāna versija", "plan version", Y)
ORDER = plain("secība", "order", Y)

PLAN_TABLES: dict[str, Table] = {
    "support_plan": Table("Atbalsta plāni", "Support plans", (P.PLAN_VIEW,), "plan", {
        "student_id": STUDENT_SENT,
        "semester_id": plain("semestris", "semester", Y),
        "author_id": USER,
        "assessment_id": plain("izvērtējums, uz kura balstīts", "the assessment it rests on", Y),
        "status": personal("statuss", "status", Y),
        "current_version": plain("pašreizējā versija", "current version", Y),
        "id": ID_SENT, "created_at": CREATED, "updated_at": UPDATED,
    }),
    "plan_version": Table("Plāna versijas", "Plan versions", (P.PLAN_VIEW,), "plan", {
        "plan_id": PLAN,
        "number": plain("versijas numurs", "version number", Y),
        "status": personal("statuss", "status", Y),
        "responsible_id": personal("atbildīgais darbinieks (parakstītajos datos)",
                                   "responsible staff member (in the signed bytes)", Y),
        "summary": special("kopsavilkums (brīvs teksts)", "summary (free text)", TEXT),
        "submitted_at": plain("iesniegts", "submitted", Y),
        "decided_by_id": personal("direktors, kas lēma", "the deciding director", Y),
        "decided_at": plain("lēmuma laiks", "decided", Y),
        "decision_comment": personal("direktora komentārs (brīvs teksts)",
                                     "director's comment (free text)", TEXT),
        "signature": plain("direktora paraksts", "director's signature", Y),
        "signer_fingerprint": plain("parakstītāja atslēgas nospiedums",
                                    "signer's key fingerprint", Y),
        "approved_context": special(
            "apstiprinātā konteksta kopija (pieteicējs, pazīmju piezīmes, sāls); nosūta tikai "
            "aizzīmogotu parakstītajos datos (teksti — kā jaucējvērtības)",
            "copy of the approved context (applicant, sign notes, salts); sent only sealed in "
            "the signed bytes (texts as digests)"),
        "id": ID_SENT, "created_at": CREATED, "updated_at": UPDATED,
    }),
    "plan_goal": Table("Plāna mērķi", "Plan goals", (P.PLAN_VIEW,), "plan", {
        "version_id": VERSION, "sort_order": ORDER,
        "text": special("mērķis (brīvs teksts)", "goal (free text)", TEXT),
        "id": ID_SENT,
    }),
    "plan_review_date": Table("Plāna pārskatīšanas datumi", "Plan review dates",
                              (P.PLAN_VIEW,), "plan", {
        "version_id": VERSION,
        "review_on": plain("datums", "date", Y),
        "done": plain("notikusi", "done", Y),
        "id": ID_SENT,
    }),
    "support_measure": Table("Atbalsta pasākumi", "Support measures", (P.PLAN_VIEW,), "plan", {
        "version_id": VERSION,
        "measure_type_id": special("pasākuma veids (arī psihologa, logopēda)",
                                   "measure type (also psychologist, speech therapist)", Y),
        "sort_order": ORDER,
        "provider_id": personal("sniedzējs (darbinieks)", "provider (staff member)", Y),
        "provider_name": personal("ārējā sniedzēja vārds", "external provider's name"),
        "subject": personal("mācību priekšmets", "school subject", Y),
        "planned_minutes": personal("plānotās minūtes", "planned minutes", Y),
        "planned_cents": personal("plānotie euro (centi)", "planned euro (cents)", Y),
        "rate_cents": plain("likme (centi)", "rate (cents)", Y),
        "cost_cents": personal("izmaksas (centi)", "cost (cents)", Y),
        "starts_on": plain("sākums", "start", Y),
        "ends_on": plain("beigas", "end", Y),
        "id": ID_SENT,
    }),
    "parent_application": Table("Vecāku iesniegumi", "Parents' applications", (P.PLAN_VIEW,),
                                "plan", {
        "plan_id": PLAN,
        "applicant_name": personal("iesniedzēja vārds", "applicant's name"),
        "received_on": personal("saņemts", "received", Y),
        "attachment_id": plain("pielikums", "attachment"),
        "id": ID_SENT, "created_at": CREATED, "updated_at": UPDATED,
    }),
    "plan_evaluation": Table("Plāna izvērtējums", "Plan evaluations", (P.PLAN_VIEW,), "plan", {
        "plan_id": PLAN,
        "evaluated_by_id": USER,
        "evaluated_on": plain("datums", "date", Y),
        "narrative": special("izvērtējuma teksts (brīvs teksts)", "narrative (free text)"),
        "recommendation": personal("ieteikums (turpināt, beigt)", "recommendation", Y),
        "id": ID_SENT, "created_at": CREATED, "updated_at": UPDATED,
    }),
    "risk_outcome": Table("Iznākums katrā riska kategorijā", "Outcome per risk category",
                          (P.PLAN_VIEW,), "plan", {
        "evaluation_id": plain("izvērtējums", "evaluation", Y),
        "category": plain("riska kategorija", "risk category", Y),
        "outcome": personal("iznākums", "outcome", Y),
        "note": special("piezīme (brīvs teksts)", "note (free text)"),
        "id": ID_SENT,
    }),
    "municipality_decision": Table("Pašvaldības lēmumi", "The municipality's decisions",
                                   (P.PLAN_VIEW,), "plan", {
        "id": ID, "plan_id": plain("plāns", "plan"),
        "plan_version_id": plain("plāna versija", "plan version"),
        "outcome": personal("lēmums", "decision"),
        "comment": personal("komentārs (brīvs teksts)", "comment (free text)"),
        "decided_at": plain("lēmuma laiks", "decided"),
        "applied_at": plain("saņemts skolā", "applied at school"),
    }),
}
