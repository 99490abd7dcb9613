"""Attachments: content kept once by SHA-256, tamper detection, size limit, file names, roles."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from sqlalchemy import func, select, update

from app.errors import AppError, Conflict, NotFound, PermissionDenied, ValidationError
from app.models import AttachmentBlob, AuditEntry
from app.services.core.store import Store
from app.services.plans.lifecycle import record_parent_application
from app.services.support.attachments import (
    MAX_BYTES,
    SCAN_TYPES,
    AttachmentView,
    add_attachment,
    check_chosen_file,
    check_file,
    clean_filename,
    list_attachments,
    read_attachment,
    remove_attachment,
)
from tests.builders.plans import expect_refused, new_plan
from tests.builders.school import SchoolFixture

ANNA = "Anna Ēcere"
SCAN = b"%PDF-1.7 iesniegums " + bytes(range(256))


def add(school: SchoolFixture, who: str = "teacher", name: str = "iesniegums.pdf",
        data: bytes = SCAN, media_type: str = "application/pdf") -> AttachmentView:
    return add_attachment(school.store, school.actors[who], school.student_ids[ANNA], name,
                          data, media_type)


def blobs(store: Store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(AttachmentBlob)) or 0


def test_the_same_content_is_stored_once(school: SchoolFixture) -> None:
    a = add(school)
    b = add(school, "coordinator", "kopija.pdf")
    assert a.sha256 == b.sha256 == hashlib.sha256(SCAN).hexdigest()
    assert (a.size, a.filename, b.filename) == (len(SCAN), "iesniegums.pdf", "kopija.pdf")
    assert a.id != b.id and blobs(school.store) == 1
    add(school, data=b"cits saturs", name="cits.txt", media_type="")
    assert blobs(school.store) == 2
    listed = list_attachments(school.store, school.actors["director"],
                              school.student_ids[ANNA])
    assert sorted(x.filename for x in listed) == ["cits.txt", "iesniegums.pdf", "kopija.pdf"]
    assert next(x for x in listed if x.filename == "cits.txt").media_type == "text/plain"


def test_read_returns_the_bytes_and_is_audited(school: SchoolFixture) -> None:
    a = add(school)
    assert read_attachment(school.store, school.actors["director"], a.id) == SCAN
    with school.store.read() as s:
        assert s.scalar(select(func.count()).where(AuditEntry.action == "attachment.read")) == 1


def test_a_changed_blob_is_detected_on_read(school: SchoolFixture) -> None:
    a = add(school)
    with school.store.write() as s:
        s.execute(update(AttachmentBlob).values(data=SCAN.replace(b"1.7", b"1.8")))
    err = expect_refused(school, Conflict, read_attachment, school.store,
                         school.actors["teacher"], a.id)
    assert "iesniegums.pdf" in err.text("lv") and "iesniegums.pdf" in err.text("en")
    assert "mainīta" in err.text("lv") and "checksum" in err.text("en")


def test_the_blob_goes_with_the_last_attachment_that_uses_it(school: SchoolFixture) -> None:
    a, b = add(school), add(school, "coordinator", "kopija.pdf")
    remove_attachment(school.store, school.actors["teacher"], a.id)
    assert blobs(school.store) == 1
    assert read_attachment(school.store, school.actors["teacher"], b.id) == SCAN
    remove_attachment(school.store, school.actors["coordinator"], b.id)
    assert blobs(school.store) == 0
    with pytest.raises(NotFound):
        read_attachment(school.store, school.actors["teacher"], b.id)


def test_a_file_over_20_mb_is_refused_naming_the_file(school: SchoolFixture) -> None:
    err = expect_refused(school, ValidationError, add, school, name="liels.pdf",
                         data=b"\0" * (MAX_BYTES + 1))
    assert "liels.pdf" in err.text("lv") and "(20,1 MB)" in err.text("lv")
    assert "ne vairāk kā 20 MB" in err.text("lv")
    assert "liels.pdf" in err.text("en") and "too large" in err.text("en")
    exactly = b"%PDF-" + b"\1" * (MAX_BYTES - 5)
    assert add(school, data=exactly).size == MAX_BYTES  # exactly 20 MB is fine


def test_empty_files_and_names_are_refused(school: SchoolFixture) -> None:
    err = expect_refused(school, ValidationError, add, school, name="tukšs.pdf", data=b"")
    assert "tukšs.pdf" in err.text("lv") and "empty" in err.text("en")
    err = expect_refused(school, ValidationError, add, school, name=" ../.. ")
    assert "Datnes nosaukums:" in err.text("lv") and "File name:" in err.text("en")
    err = expect_refused(school, ValidationError, add, school, media_type="nav tips")
    assert isinstance(err, ValidationError) and err.fields == ["media_type"]


@pytest.mark.parametrize(("name", "data", "kind"), [
    ("skans.pdf", b"%PDF-1.7 ...", "application/pdf"),
    ("foto.jpg", b"\xff\xd8\xff\xe0\0\x10JFIF", "image/jpeg"),
    ("foto.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "image/png"),
    ("bez nosaukuma", b"%PDF-1.4 ...", "application/pdf"),  # the bytes name the type
])
def test_the_bytes_prove_the_content_type(school: SchoolFixture, name: str, data: bytes,
                                          kind: str) -> None:
    assert add(school, name=name, data=data, media_type="").media_type == kind


def test_a_text_file_named_pdf_is_refused(school: SchoolFixture) -> None:
    err = expect_refused(school, ValidationError, add, school, name="teksts.pdf",
                         data=b"0123456789")
    assert isinstance(err, ValidationError) and err.fields == ["media_type"]
    assert err.text("lv") == "Datne “teksts.pdf”: tās saturs nav PDF — izvēlieties īsto datni."
    err = expect_refused(school, ValidationError, add, school, name="foto.png",
                         data=b"%PDF-1.4 ...", media_type="")
    assert "nav PNG" in err.text("lv")


def test_a_scan_must_be_a_pdf_or_a_picture() -> None:
    with pytest.raises(ValidationError) as refused:
        check_file("vestule.docx", b"PK\3\4 word", "", SCAN_TYPES)
    assert refused.value.text("lv") == (
        "Datne “vestule.docx”: iesnieguma skenējumam jābūt PDF, JPEG vai PNG datnei.")
    assert check_file("vestule.pdf", b"%PDF-1.4", "", SCAN_TYPES) == ("vestule.pdf",
                                                                      "application/pdf")


def test_a_chosen_file_is_checked_by_its_size_and_first_bytes() -> None:
    with pytest.raises(ValidationError) as refused:
        check_chosen_file("liels.pdf", MAX_BYTES + 1, b"%PDF-1.4", SCAN_TYPES)
    assert "par lielu (20,1 MB)" in refused.value.text("lv")
    with pytest.raises(ValidationError):
        check_chosen_file("teksts.pdf", 10, b"0123456789", SCAN_TYPES)
    check_chosen_file("skans.pdf", 1000, b"%PDF-1.4", SCAN_TYPES)


@pytest.mark.parametrize(("raw", "clean"), [
    ("../../etc/passwd", "passwd"),
    ("C:\\Users\\Ilze\\skans<1>.pdf", "skans_1_.pdf"),
    ("  iesniegums  ar\tatstarpēm .pdf. ", "iesniegums ar atstarpēm .pdf"),
    ("CON.txt", "_CON.txt"),
    ("nul", "_nul"),
    ("a\x00b.pdf", "a_b.pdf"),
    ("..", ""),
])
def test_file_names_are_sanitised(raw: str, clean: str) -> None:
    assert clean_filename(raw) == clean


def test_a_long_file_name_keeps_its_extension() -> None:
    name = clean_filename("ē" * 400 + ".pdf")
    assert len(name) == 255 and name.endswith("ē.pdf")


def test_the_stored_name_is_the_sanitised_one(school: SchoolFixture) -> None:
    assert add(school, name="..\\..\\Skenēts: iesniegums.pdf").filename == \
        "Skenēts_ iesniegums.pdf"


@pytest.mark.parametrize(("who", "error"), [
    ("teacher", None), ("support", None), ("coordinator", None), ("teacher2", NotFound),
    ("support2", NotFound), ("director", PermissionDenied), ("admin", PermissionDenied),
])
def test_add_attachment_by_role(school: SchoolFixture, who: str,
                                error: type[AppError] | None) -> None:
    if error is None:
        assert add(school, who).uploaded_by_id == school.actors[who].user_id
    else:
        expect_refused(school, error, add, school, who)


@pytest.mark.parametrize(("who", "error"), [
    ("teacher", None), ("support", None), ("coordinator", None), ("director", None),
    ("teacher2", NotFound), ("support2", NotFound), ("admin", PermissionDenied),
])
def test_read_and_list_by_role(school: SchoolFixture, who: str,
                               error: type[AppError] | None) -> None:
    a = add(school)
    if error is None:
        assert read_attachment(school.store, school.actors[who], a.id) == SCAN
        assert [x.id for x in list_attachments(school.store, school.actors[who],
                                                school.student_ids[ANNA])] == [a.id]
    else:
        expect_refused(school, error, read_attachment, school.store, school.actors[who], a.id)
        with pytest.raises(error):
            list_attachments(school.store, school.actors[who], school.student_ids[ANNA])


@pytest.mark.parametrize(("who", "error"), [
    ("teacher", None), ("coordinator", None), ("support", PermissionDenied),
    ("teacher2", NotFound), ("director", PermissionDenied), ("admin", PermissionDenied),
])
def test_remove_by_role(school: SchoolFixture, who: str,
                        error: type[AppError] | None) -> None:
    a = add(school)  # uploaded by the class teacher
    if error is None:
        remove_attachment(school.store, school.actors[who], a.id)
        assert blobs(school.store) == 0
    else:
        expect_refused(school, error, remove_attachment, school.store, school.actors[who],
                       a.id)


def test_the_scan_of_a_parent_application_cannot_be_removed(school: SchoolFixture) -> None:
    plan = record_parent_application(
        school.store, school.actors["teacher"], new_plan(school).id, "Ruta Ēcere",
        date(2026, 9, 3), ("iesniegums.pdf", SCAN, "application/pdf"))
    assert plan.parent_application is not None
    scan_id = plan.parent_application.attachment_id
    err = expect_refused(school, Conflict, remove_attachment, school.store,
                         school.actors["teacher"], scan_id)
    assert "iesniegums.pdf" in err.text("lv") and "application" in err.text("en")
    assert scan_id is not None
    assert read_attachment(school.store, school.actors["teacher"], scan_id) == SCAN
