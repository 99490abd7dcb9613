"""The municipality hub's tables (`app/hub/models*.py`), classified as the school's are.

Written here as data, not read from the hub's metadata: the school app never imports the hub
(the layer rule). The inventory's test compares this with the hub's models.
"""

from __future__ import annotations

from app.services.inventory.classification import (
    CREATED,
    SCHOOL_ID,
    Reader,
    Table,
    Travel,
    personal,
    plain,
    special,
)

H = Travel.HUB
CONSOLE = (Reader.CONSOLE,)
OPERATOR = (Reader.OPERATOR,)


def _h(table: Table) -> Table:
    """Every hub field is held at the hub."""
    return Table(table.lv, table.en, table.readers, table.retention, {
        name: type(f)(f.kind, f.lv, f.en, H) for name, f in table.fields.items()})



PUPIL = personal("skolēns (pseidonīms)", "pupil (pseudonym)")
ID = plain("ieraksta identifikators (no skolas)", "record identifier (from the school)")
SEMESTER = plain("semestris", "semester")

_TABLES: dict[str, Table] = {
    "hub_student": Table("Skolēni (pseidonīmi; vārdi tikai, ja pieprasīti)",
                         "Pupils (pseudonyms; names only if required)", CONSOLE, "hub_records", {
        "status": personal("statuss", "status"), "grade": personal("klašu grupa", "grade"),
        "programme": personal("programma", "programme"),
        "first_name": personal("vārds (ja pieprasīts)", "first name (if required)"),
        "last_name": personal("uzvārds (ja pieprasīts)", "last name (if required)"),
        "personal_code": personal("personas kods (ja pieprasīts)",
                                  "personal code (if required)"),
        "school_id": SCHOOL_ID, "id": PUPIL,
    }),
    "hub_assessment": Table("Riska izvērtējumi", "Risk assessments", CONSOLE, "hub_records", {
        "student_id": PUPIL, "semester": SEMESTER,
        "assessed_on": personal("datums", "date"), "created_at": CREATED,
        "absence_pct": personal("kavējumu procents", "absence %"),
        "unjustified_lessons": personal("neattaisnoti kavētās", "unjustified lessons"),
        "failing_marks": personal("nepietiekamie vērtējumi", "failing marks"),
        "conduct_incidents": personal("uzvedības gadījumi", "conduct incidents"),
        "level_learning": personal("mācību riska līmenis", "learning risk level"),
        "level_social_health": special("sociālā un veselības riska līmenis",
                                       "social and health risk level"),
        "level_economic": personal("ekonomiskā riska līmenis", "economic risk level"),
        "level_family": personal("ģimenes riska līmenis", "family risk level"),
        "school_id": SCHOOL_ID, "id": ID,
    }),
    "hub_finding": Table("Riska pazīmes", "Risk signs", CONSOLE, "hub_records", {
        "assessment_id": plain("izvērtējums", "assessment"),
        "category": special("kategorija", "category"),
        "sign_code": special("pazīmes kods", "sign code"),
        "severity": special("smagums", "severity"), "school_id": SCHOOL_ID, "id": ID,
    }),
    "hub_plan": Table("Atbalsta plāni", "Support plans", CONSOLE, "hub_records", {
        "student_id": PUPIL, "semester": SEMESTER, "status": personal("statuss", "status"),
        "current_version": plain("pašreizējā versija", "current version"),
        "assessment_id": plain("izvērtējums", "assessment"), "school_id": SCHOOL_ID, "id": ID,
    }),
    "hub_plan_version": Table("Plāna versijas", "Plan versions", CONSOLE, "hub_records", {
        "plan_id": plain("plāns", "plan"), "number": plain("numurs", "number"),
        "status": personal("statuss", "status"), "submitted_at": plain("iesniegts", "submitted"),
        "decided_at": plain("lēmuma laiks", "decided"),
        "decision_comment": personal("direktora komentārs (ja teksti tiek sūtīti)",
                                     "director's comment (if texts travel)"),
        "signature": plain("direktora paraksts", "director's signature"),
        "signer_fingerprint": plain("atslēgas nospiedums", "key fingerprint"),
        "summary": special("kopsavilkums (ja teksti tiek sūtīti)", "summary (if texts travel)"),
        "school_id": SCHOOL_ID, "id": ID,
    }),
    "hub_measure": Table("Atbalsta pasākumi", "Support measures", CONSOLE, "hub_records", {
        "version_id": plain("plāna versija", "plan version"),
        "measure_type_code": special("pasākuma veids", "measure type"),
        "unit": plain("vienība", "unit"), "specialist_type": special("speciālists", "specialist"),
        "planned_minutes": personal("plānotās minūtes", "planned minutes"),
        "planned_cents": personal("plānotie euro", "planned euro"),
        "rate_cents": plain("likme", "rate"), "cost_cents": personal("izmaksas", "cost"),
        "school_id": SCHOOL_ID, "id": ID,
    }),
    "hub_delivery": Table("Sniegtais atbalsts (kopsummas)", "Support delivered (totals)",
                          CONSOLE, "hub_records", {
        "student_id": PUPIL, "plan_id": plain("plāns", "plan"), "semester": SEMESTER,
        "kind": plain("veids", "kind"), "code": special("pasākuma vai speciālista kods",
                                                        "measure or specialist code"),
        "sessions": personal("reizes", "sessions"), "minutes": personal("minūtes", "minutes"),
        "cents": personal("euro", "euro"), "value_cents": personal("vērtība", "value"),
        "school_id": SCHOOL_ID, "id": ID,
    }),
    "hub_record": Table("Skolas ierakstu kopija (JSON)", "Copy of the school's records (JSON)",
                        CONSOLE, "hub_records", {
        "school_id": SCHOOL_ID, "entity": plain("ieraksta veids", "kind of record"),
        "record_id": plain("ieraksts", "record"),
        "data": special("ieraksta dati, kā skola tos nosūtīja (bez brīvajiem tekstiem, ja tie "
                        "netiek sūtīti)",
                        "the record as the school sent it (without the free texts unless they "
                        "travel)"),
        "deleted": plain("dzēsts", "deleted"), "changed_at": plain("mainīts", "changed"),
        "bundle_seq": plain("sūtījums", "bundle"),
    }),
    "hub_decision": Table("Pašvaldības lēmumi", "The municipality's decisions", CONSOLE,
                          "hub_records", {
        "decision_id": plain("lēmums", "decision"), "school_id": SCHOOL_ID,
        "plan_id": plain("plāns", "plan"), "plan_version_id": plain("versija", "version"),
        "outcome": personal("lēmums", "decision"),
        "comment": personal("komentārs (brīvs teksts)", "comment (free text)"),
        "decided_at": plain("lēmuma laiks", "decided"),
        "decided_by": personal("konsoles lietotājs", "console user"),
        "downlink_seq": plain("atbilde", "downlink"),
    }),
    "hub_signature_check": Table("Parakstu pārbaudes", "Signature checks", CONSOLE,
                                 "hub_records", {
        "school_id": SCHOOL_ID, "version_id": plain("versija", "version"),
        "verified": plain("pārbaudīts", "verified"), "reason": plain("iemesls", "reason"),
        "checked_at": plain("pārbaudes laiks", "checked"),
    }),
    "hub_director_key": Table("Direktoru atslēgas", "Directors' keys", CONSOLE, "hub_records", {
        "school_id": SCHOOL_ID, "fingerprint": plain("nospiedums", "fingerprint"),
        "public_key": plain("publiskā atslēga", "public key"),
        "user_id": personal("direktors (pseidonīms)", "director (pseudonym)"),
        "created_at": CREATED, "revoked_at": plain("atsaukta", "revoked"),
        "bundle_seq": plain("sūtījums", "bundle"),
    }),
}

_SYSTEM: dict[str, Table] = {
    "hub_school": Table("Pieteiktās skolas", "Enrolled schools", CONSOLE, "hub_system", {
        "school_id": SCHOOL_ID, "name": plain("nosaukums", "name"),
        "registration_number": plain("reģistrācijas numurs", "registration number"),
        "municipality": plain("pašvaldība", "municipality"),
        "require_names": plain("vai pieprasa vārdus", "whether names are required"),
        "send_free_text": plain("vai plānu brīvie teksti tiek sūtīti",
                                "whether the plans' free texts travel"),
        "enrolled_at": plain("pieteikta", "enrolled"),
        "applied_seq": plain("pēdējais sūtījums", "last bundle"),
        "applied_manifest_sha256": plain("tā jaucējvērtība", "its hash"),
        "downlink_seq": plain("pēdējā atbilde", "last downlink"),
        "downlink_manifest_sha256": plain("tās jaucējvērtība", "its hash"),
        "trust_version": plain("uzticības dokumenta versija", "trust document version"),
    }),
    "hub_school_key": Table("Skolu atslēgas", "Schools' keys", OPERATOR, "hub_system", {
        "school_id": SCHOOL_ID, "key_id": plain("atslēgas id", "key id"),
        "signing_public": plain("parakstīšanas atslēga", "signing key"),
        "encryption_public": plain("šifrēšanas atslēga", "encryption key"),
        "fingerprint": plain("nospiedums", "fingerprint"), "created_at": CREATED,
        "revoked_at": plain("atsaukta", "revoked"),
        "last_upload_at": plain("pēdējais šīs atslēgas parakstītais sūtījums (dators)",
                                "last upload signed with this key (the computer)"),
    }),
    "hub_trust_document": Table("Izdotie uzticības dokumenti", "Trust documents issued",
                                OPERATOR, "hub_system", {
        "school_id": SCHOOL_ID, "version": plain("versija", "version"),
        "data": plain("dokuments", "document"), "issued_at": plain("izdots", "issued"),
    }),
    "hub_bundle": Table("Saņemtie sūtījumi", "Bundles received", OPERATOR, "hub_system", {
        "id": plain("identifikators", "identifier"), "bundle_id": plain("sūtījums", "bundle"),
        "school_id": SCHOOL_ID, "seq": plain("kārtas numurs", "sequence number"),
        "chain_seq": plain("ķēdes numurs", "chain number"),
        "manifest_sha256": plain("manifesta jaucējvērtība", "manifest hash"),
        "prev_manifest_sha256": plain("iepriekšējā jaucējvērtība", "previous hash"),
        "bundle_sha256": plain("sūtījuma jaucējvērtība", "bundle hash"),
        "size": plain("izmērs", "size"),
        "data": special("šifrēts sūtījums (skolas ieraksti)", "the sealed bundle (its records)"),
        "status": plain("statuss", "status"), "reason": plain("iemesls", "reason"),
        "received_at": plain("saņemts", "received"), "applied_at": plain("piemērots", "applied"),
    }),
    "hub_receipt": Table("Kvītis", "Receipts", OPERATOR, "hub_system", {
        "id": plain("identifikators", "identifier"), "school_id": SCHOOL_ID,
        "bundle_id": plain("sūtījums", "bundle"), "seq": plain("kārtas numurs", "sequence number"),
        "manifest_sha256": plain("jaucējvērtība", "hash"), "status": plain("statuss", "status"),
        "reason": plain("iemesls", "reason"), "received_at": plain("saņemts", "received"),
        "downlink_seq": plain("atbilde", "downlink"),
    }),
    "hub_downlink": Table("Atbildes skolām", "Downlinks to schools", OPERATOR, "hub_system", {
        "school_id": SCHOOL_ID, "seq": plain("kārtas numurs", "sequence number"),
        "bundle_id": plain("sūtījums", "bundle"),
        "manifest_sha256": plain("jaucējvērtība", "hash"),
        "data": personal("lēmumi un kvītis", "decisions and receipts"), "created_at": CREATED,
    }),
    "hub_rejection": Table("Noraidītie sūtījumi", "Rejected uploads", OPERATOR, "hub_system", {
        "id": plain("identifikators", "identifier"), "received_at": plain("saņemts", "received"),
        "school_id": SCHOOL_ID, "bundle_id": plain("sūtījums", "bundle"),
        "kind": plain("veids", "kind"), "reason_key": plain("iemesla atslēga", "reason key"),
        "reason": plain("iemesls", "reason"), "size": plain("izmērs", "size"),
        "sha256": plain("jaucējvērtība", "hash"),
    }),
    "hub_audit_anchor": Table("Skolu darbību žurnālu galvas", "Heads of the schools' audit trails",
                              OPERATOR, "hub_system", {
        "school_id": SCHOOL_ID, "head_seq": plain("galvas numurs", "head's number"),
        "head_hash": plain("galvas jaucējvērtība", "head's hash"),
        "bundle_seq": plain("sūtījums", "bundle"), "updated_at": plain("mainīts", "changed"),
    }),
    "hub_audit_finding": Table("Žurnālu atradumi", "Audit trail findings", OPERATOR,
                               "hub_system", {
        "id": plain("identifikators", "identifier"), "school_id": SCHOOL_ID,
        "bundle_seq": plain("sūtījums", "bundle"), "kind": plain("veids", "kind"),
        "kept_seq": plain("glabātā galva", "kept head"),
        "head_seq": plain("jaunā galva", "new head"),
        "found_at": plain("atrasts", "found"),
    }),
    "hub_identity": Table("Centra identitāte", "The hub's identity", OPERATOR, "hub_system", {
        "id": plain("identifikators", "identifier"), "hub_id": plain("centra id", "hub id"),
        "municipality": plain("pašvaldība", "municipality"), "url": plain("adrese", "URL"),
        "created_at": CREATED,
    }),
    "hub_key": Table("Centra publiskās atslēgas", "The hub's public keys", OPERATOR,
                     "hub_system", {
        "key_id": plain("atslēgas id", "key id"), "purpose": plain("nolūks", "purpose"),
        "public": plain("publiskā atslēga", "public key"), "created_at": CREATED,
        "retired_at": plain("izņemta", "retired"),
    }),
    "hub_console_user": Table("Konsoles lietotāji", "Console users", (Reader.CONSOLE_ADMIN,),
                              "hub_console", {
        "username": personal("lietotājvārds", "user name"),
        "password_hash": personal("paroles jaucējvērtība", "password hash"),
        "role": personal("loma", "role"),
        "failed_sign_ins": personal("neveiksmīgas pieteikšanās", "failed sign-ins"),
        "locked_until": personal("bloķēts līdz", "locked until"), "created_at": CREATED,
    }),
    "hub_console_session": Table("Konsoles sesijas", "Console sessions", OPERATOR,
                                 "hub_console", {
        "token_sha256": plain("sesijas žetona jaucējvērtība", "session token hash"),
        "username": personal("lietotājvārds", "user name"),
        "csrf_token": plain("CSRF žetons", "CSRF token"), "created_at": CREATED,
        "last_seen_at": personal("pēdējā darbība", "last seen"),
        "revoked_at": plain("atsaukta", "revoked"),
    }),
    "hub_audit": Table("Konsoles žurnāls", "Console log", OPERATOR, "hub_console", {
        "id": plain("identifikators", "identifier"), "at": plain("laiks", "time"),
        "username": personal("lietotājvārds", "user name"), "action": plain("darbība", "action"),
        "detail": personal("sīkāka informācija", "detail"),
    }),
}

HUB_TABLES: dict[str, Table] = {name: _h(t) for name, t in {**_TABLES, **_SYSTEM}.items()}
