"""Security finding 7, "hash every field": an entry's username and seq are in its hash now
(format 2); entries of format 1, made before, still verify; and a trail never goes back from
format 2 to 1 (an entry set back to format 1 to leave its username out is caught)."""

from __future__ import annotations

from sqlalchemy import select, text, update

from app.models import AuditEntry
from app.services.core import audit
from app.services.core.audit import GENESIS, HASH_FORMAT, _entry_hash, verify_chain
from tests.builders.school import SchoolFixture


def _write(school: SchoolFixture, count: int) -> None:
    with school.store.write() as s:
        for n in range(count):
            audit.record(s, school.actors["admin"], "test.entry", "school", "", n=n)


def test_new_entries_hash_every_field(school: SchoolFixture) -> None:
    _write(school, 3)
    with school.store.read() as s:
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        assert [e.seq for e in entries] == [1, 2, 3]
        assert {e.hash_format for e in entries} == {HASH_FORMAT} == {2}
    with school.store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET username = 'someone' WHERE seq = 2"))
    with school.store.read() as s:
        assert verify_chain(s).first_broken_seq == 2


def test_format_1_entries_still_verify_and_format_2_follows(school: SchoolFixture) -> None:
    _write(school, 2)
    with school.store.write() as s:  # as an older version wrote them: no seq, no username
        prev = GENESIS
        for e in s.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
            e.hash_format, e.prev_hash = 1, prev
            e.hash = _entry_hash(prev, e.at, e.user_id, e.action, e.entity, e.entity_id,
                                 e.student_id, e.details, hash_format=1)
            prev = e.hash
    _write(school, 1)
    with school.store.read() as s:
        assert verify_chain(s).ok
        assert [e.hash_format for e in s.scalars(
            select(AuditEntry).order_by(AuditEntry.seq))] == [1, 1, 2]


def test_a_trail_never_goes_back_to_format_1(school: SchoolFixture) -> None:
    _write(school, 2)
    with school.store.write() as s:  # the last entry "downgraded", its hash recomputed
        last = s.scalars(select(AuditEntry).where(AuditEntry.seq == 2)).one()
        last.username = "someone"
        last.hash_format = 1
        last.hash = _entry_hash(last.prev_hash, last.at, last.user_id, last.action,
                                last.entity, last.entity_id, last.student_id, last.details,
                                hash_format=1)
    with school.store.read() as s:
        assert verify_chain(s).first_broken_seq == 2
    with school.store.write() as s:
        s.execute(update(AuditEntry).values(hash_format=3))
    with school.store.read() as s:
        assert verify_chain(s).first_broken_seq == 1
