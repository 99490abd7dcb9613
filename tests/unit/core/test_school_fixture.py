from sqlalchemy import func, select

from app.models import AuditEntry, OutboxChange, Student
from app.services.core import audit
from app.services.core.rbac import visible_students
from tests.builders.school import SchoolFixture


def test_fixture_builds_a_school_and_records_outbox_rows(school: SchoolFixture) -> None:
    with school.store.read() as s:
        assert s.scalar(select(func.count()).select_from(Student)) == 5
        entities = set(s.scalars(select(OutboxChange.entity)))
    assert {"school", "school_class", "student"} <= entities


def test_visible_students_follow_roles(school: SchoolFixture) -> None:
    def names(key: str) -> set[str]:
        with school.store.read() as s:
            rows = s.scalars(select(Student).where(visible_students(school.actors[key])))
            return {st.full_name for st in rows}

    assert names("teacher") == {"Anna Ēcere", "Pēteris Šmits", "Laura Ķemere"}
    assert names("support") == {"Anna Ēcere"}
    assert len(names("coordinator")) == 5
    assert len(names("director")) == 5
    assert names("admin") == set()


def test_audit_chain_detects_an_edited_entry(school: SchoolFixture) -> None:
    actor = school.actors["coordinator"]
    with school.store.write() as s:
        for n in range(3):
            audit.record(s, actor, "test.action", "student", str(n), count=n)
    with school.store.read() as s:
        assert audit.verify_chain(s).ok
    with school.store.write() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq).offset(1)).first()
        assert entry is not None
        entry.details = '{"count":99}'
    with school.store.read() as s:
        check = audit.verify_chain(s)
    assert not check.ok and check.first_broken_seq == 2
