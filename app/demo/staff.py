"""Demo staff: the named logins of every role and one class teacher per class.

All demo users share one password; it is hashed once (argon2id) and the hash reused, since
hashing is deliberately slow.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from app.demo.names import MEN, SURNAMES, WOMEN, ascii_fold, surname
from app.demo.rows import DemoRows
from app.models import User, UserRole
from app.models.enums import Role, SpecialistType

DEMO_PASSWORD = "demo-parole-2026"

T, S = Role.TEACHER, Role.SUPPORT
# username: (full name, roles, specialist type, subject taught, what the login is for (lv))
NAMED: dict[str, tuple[str, tuple[Role, ...], SpecialistType | None, str, str]] = {
    "direktors": ("Aivars Kalniņš", (Role.DIRECTOR,), None, "", "direktors"),
    "koordinators": ("Dace Vītola", (Role.COORDINATOR,), None, "", "PMP koordinatore"),
    "skolotaja": ("Ilze Ozola", (T,), None, "", "8.b klases audzinātāja"),
    "psihologs": ("Santa Liepiņa", (S,), SpecialistType.PSYCHOLOGIST, "", "psiholoģe"),
    "socpedagogs": ("Kaspars Siliņš", (S,), SpecialistType.SOCIAL_PEDAGOGUE, "",
                    "sociālais pedagogs"),
    "logopeds": ("Inga Krūmiņa", (S,), SpecialistType.SPEECH_THERAPIST, "", "logopēde"),
    "specpedagogs": ("Baiba Eglīte", (S,), SpecialistType.SPECIAL_EDUCATION_TEACHER, "",
                     "speciālā pedagoģe"),
    "pedpaligs": ("Evita Lāce", (S,), SpecialistType.TEACHER_ASSISTANT, "",
                  "pedagoga palīdze"),
    "matematika": ("Sandra Kļaviņa", (T, S), SpecialistType.SUBJECT_TEACHER, "matemātika",
                   "10.a klases audzinātāja, matemātikas skolotāja"),
    "latviesu": ("Vija Freimane", (T, S), SpecialistType.SUBJECT_TEACHER, "latviešu valoda",
                 "6.a klases audzinātāja, latviešu valodas skolotāja"),
    "admins": ("Gatis Vanags", (Role.ADMIN,), None, "", "sistēmas administrators"),
}
# Named class teachers lead these classes; generated teachers lead the rest.
NAMED_CLASSES = {"8.b": "skolotaja", "10.a": "matematika", "6.a": "latviesu"}


@dataclass(frozen=True)
class StaffMember:
    id: uuid.UUID
    username: str
    full_name: str
    roles: tuple[Role, ...]
    specialist_type: SpecialistType | None = None
    subject: str = ""
    note: str = ""


@dataclass
class Staff:
    by_username: dict[str, StaffMember] = field(default_factory=dict)

    def __getitem__(self, username: str) -> StaffMember:
        return self.by_username[username]

    def support(self, kind: SpecialistType) -> list[StaffMember]:
        return [m for m in self.by_username.values()
                if Role.SUPPORT in m.roles and m.specialist_type is kind]


def _add(rows: DemoRows, staff: Staff, member: StaffMember, pw_hash: str,
         created: datetime) -> None:
    rows.add(User, id=member.id, username=member.username, full_name=member.full_name,
             password_hash=pw_hash, active=True, specialist_type=member.specialist_type,
             language="lv", failed_logins=0, created_at=created, updated_at=created)
    for role in member.roles:
        rows.add(UserRole, user_id=member.id, role=role)
    staff.by_username[member.username] = member


def add_staff(rows: DemoRows, rng: random.Random, class_names: list[str], pw_hash: str,
              created: datetime) -> tuple[Staff, list[uuid.UUID]]:
    """All users; returns them and the class teacher of each of `class_names`, in order."""
    staff = Staff()
    for username, (name, roles, spec, subject, note) in NAMED.items():
        _add(rows, staff, StaffMember(rows.new_id(), username, name, roles, spec, subject,
                                      note), pw_hash, created)
    used = {m.full_name for m in staff.by_username.values()}
    teachers: list[uuid.UUID] = []
    for class_name in class_names:
        if class_name in NAMED_CLASSES:
            teachers.append(staff[NAMED_CLASSES[class_name]].id)
            continue
        while True:
            female = rng.random() < 0.8  # most teachers in Latvia are women
            first = rng.choice(WOMEN if female else MEN)
            full = f"{first} {surname(rng.choice(SURNAMES), female)}"
            if full not in used:
                break
        used.add(full)
        username = ascii_fold(full.replace(" ", "."))
        ending = "a" if female else "s"
        note = (f"{class_name}: grupas audzinātāj{ending}" if "kurss" in class_name
                else f"{class_name} klases audzinātāj{ending}")
        member = StaffMember(rows.new_id(), username, full, (Role.TEACHER,), note=note)
        _add(rows, staff, member, pw_hash, created)
        teachers.append(member.id)
    return staff, teachers
