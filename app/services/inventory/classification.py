"""The words of the data inventory: what kind of data a field is, whether it leaves the
school, who reads a table, and the shorthands the two classification modules are written in.

The classification itself is data (`school_tables`, `hub_tables`): one `Table` per table of
the school's and the hub's database, one `Field` per column, each described in Latvian and
English. `tests/unit/inventory/test_inventory.py` fails when a model's column is missing from
it or it names a column that no longer exists.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from app.services.core.rbac import Permission


class Kind(enum.StrEnum):
    """GDPR: personal data (art. 4(1)), special categories (art. 9: health …), or neither."""

    PERSONAL = "personal"
    SPECIAL = "special"
    NONE = "none"


class Travel(enum.StrEnum):
    """Whether a school field leaves the school in the sync payload (`services/sync/records`)."""

    NO = "no"  # never leaves the school (backups of the school's database aside)
    YES = "yes"  # in every upload bundle to the municipality's hub
    NAMES = "names"  # only when the trust document asks for names (`require_names`)
    TOTALS = "totals"  # only as per-plan totals, never as the row
    TEXT = "text"  # only when the trust document lets the free texts travel (`send_free_text`)
    HUB = "hub"  # a hub table: held at the municipality (sent by the school or made there)


class Reader(enum.StrEnum):
    """Readers that are not a school permission."""

    PROGRAM = "program"  # the program itself; no screen shows it
    EVERYONE = "everyone"  # every signed-in person of the school
    CONSOLE = "console"  # every console person at the hub (coordinator, viewer, admin)
    CONSOLE_ADMIN = "console_admin"  # the hub console's admin
    OPERATOR = "operator"  # the hub's server operator (database, `pumpurs-hub` commands)


@dataclass(frozen=True)
class Field:
    kind: Kind
    lv: str
    en: str
    travel: Travel = Travel.NO


@dataclass(frozen=True)
class Table:
    lv: str
    en: str
    readers: tuple[Permission | Reader, ...]
    retention: str  # a category of the retention rules (`RETENTION`)
    fields: dict[str, Field]


def personal(lv: str, en: str, travel: Travel = Travel.NO) -> Field:
    return Field(Kind.PERSONAL, lv, en, travel)


def special(lv: str, en: str, travel: Travel = Travel.NO) -> Field:
    return Field(Kind.SPECIAL, lv, en, travel)


def plain(lv: str, en: str, travel: Travel = Travel.NO) -> Field:
    return Field(Kind.NONE, lv, en, travel)


ID = plain("ieraksta identifikators", "record identifier")
ID_SENT = plain("ieraksta identifikators (UUID)", "record identifier (UUID)", Travel.YES)
CREATED = plain("ieraksta izveides laiks", "when the record was made")
UPDATED = plain("pēdējās izmaiņas laiks", "when the record last changed")
STUDENT = personal("skolēns (atsauce, pseidonīms)", "the pupil (reference, pseudonym)")
STUDENT_SENT = personal("skolēns (atsauce, pseidonīms)", "the pupil (reference, pseudonym)",
                        Travel.YES)
USER = personal("darbinieks (atsauce)", "staff member (reference)")
SCHOOL_ID = plain("skola (atsauce)", "the school (reference)")

RETENTION: dict[str, tuple[str, str]] = {  # with the retention rule (`retention.DataKind`)
    "pupil": ("skolēna dati (noteikums “records”)", "pupil's data (rule “records”)"),
    "assessment": ("riska izvērtējumi (noteikums “records”)",
                   "risk assessments (rule “records”)"),
    "plan": ("atbalsta plāni (noteikums “records”)", "support plans (rule “records”)"),
    "consultation": ("konsultācijas un izdevumi (noteikumi “records”, piezīmēm "
                     "“consultation_notes”)", "consultations and expenses (rules “records”, "
                     "the notes “consultation_notes”)"),
    "attachment": ("pielikumi (skenējumi; noteikums “attachments”)",
                   "attachments (scans; rule “attachments”)"),
    "indicators": ("e-žurnāla rādītāji (noteikums “records”)",
                   "e-journal figures (rule “records”)"),
    "audit": ("darbību žurnāls", "audit trail"),
    "accounts": ("lietotāju konti", "user accounts"),
    "school": ("skolas iestatījumi un katalogs", "school settings and catalogue"),
    "sync": ("sinhronizācijas stāvoklis", "sync state"),
    "hub_records": ("pašvaldības kopija", "the municipality's copy"),
    "hub_console": ("konsoles konti un žurnāls", "console accounts and log"),
    "hub_system": ("centra stāvoklis", "the hub's state"),
}
"""Retention categories named by the tables; the rules themselves (how long) are the
school's retention rules, kept apart."""
