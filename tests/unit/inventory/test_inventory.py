"""The data inventory covers every field of both databases, and the committed document is the
one the code makes now."""

from __future__ import annotations

from pathlib import Path

# every hub table registered, as the hub's alembic env does
import app.hub.audit_anchor
import app.hub.models_console
import app.hub.models_records
import app.models  # noqa: F401
from app.cli.run import run
from app.hub.models import HubBase
from app.models.base import Base
from app.services.inventory import HUB_TABLES, SCHOOL_TABLES, inventory_markdown
from app.services.inventory.classification import Kind, Travel
from app.services.sync.records import FREE_TEXT

ROOT = Path(__file__).parents[3]


def _columns(metadata: object) -> dict[str, set[str]]:
    return {t.name: {c.name for c in t.columns} for t in metadata.sorted_tables}  # type: ignore[attr-defined]


def _differences(models: dict[str, set[str]], classified: dict[str, set[str]]) -> list[str]:
    missing = [f"{t}.{c} is not classified" for t, cols in models.items()
               for c in sorted(cols - classified.get(t, set()))]
    gone = [f"{t}.{c} is classified but no longer exists" for t, cols in classified.items()
            for c in sorted(cols - models.get(t, set()))]
    return missing + gone


def test_every_school_field_is_classified_and_nothing_else() -> None:
    classified = {name: set(t.fields) for name, t in SCHOOL_TABLES.items()}
    assert _differences(_columns(Base.metadata), classified) == []


def test_every_hub_field_is_classified_and_nothing_else() -> None:
    classified = {name: set(t.fields) for name, t in HUB_TABLES.items()}
    assert _differences(_columns(HubBase.metadata), classified) == []


def test_the_classification_finds_a_new_field_and_a_removed_one() -> None:
    models = {"student": {"id", "first_name", "nickname"}}
    classified = {"student": {"id", "first_name", "shoe_size"}}
    assert _differences(models, classified) == [
        "student.nickname is not classified",
        "student.shoe_size is classified but no longer exists"]


def test_the_committed_inventory_is_what_the_code_makes_now() -> None:
    committed = (ROOT / "docs" / "data-inventory.md").read_text(encoding="utf-8")
    assert committed == inventory_markdown("lv"), (
        "docs/data-inventory.md is stale: run "
        "`pumpurs data-inventory --out docs/data-inventory.md`")


def test_what_the_law_singles_out_is_marked() -> None:
    special = {(t, f) for t, table in SCHOOL_TABLES.items()
               for f, field in table.fields.items() if field.kind is Kind.SPECIAL}
    assert {("consultation", "confidential_notes"), ("attachment_blob", "data"),
            ("risk_finding", "note")} <= special
    never = {("guardian", f) for f in ("full_name", "phone", "email")} | {
        ("consultation", "confidential_notes"), ("parent_application", "applicant_name")}
    for table, field in never:
        assert SCHOOL_TABLES[table].fields[field].travel is Travel.NO
    assert SCHOOL_TABLES["student"].fields["personal_code"].travel is Travel.NAMES
    assert all(f.travel is Travel.HUB for t in HUB_TABLES.values() for f in t.fields.values())


def test_readers_come_from_the_roles_permissions() -> None:
    text = inventory_markdown("en")
    # confidential notes: consultation.view; accounts: user.manage (the administrator only)
    assert "| `confidential_notes` |" in text
    accounts = text.split("### `app_user`")[1].split("###")[0]
    assert "**Who can read it**: administrator\n" in accounts
    student = text.split("### `student`")[1].split("###")[0]
    assert "teacher (own pupils), support staff (assigned pupils), coordinator, director" \
        in student


def test_the_command_writes_markdown_and_pdf_in_both_languages(tmp_path: Path) -> None:
    assert run(["data-inventory", "--out", str(tmp_path / "inventory.md")]) == 0
    assert (tmp_path / "inventory.md").read_text(encoding="utf-8") == inventory_markdown("lv")
    assert run(["data-inventory", "--out", str(tmp_path / "en.md"), "--lang", "en"]) == 0
    english = (tmp_path / "en.md").read_text(encoding="utf-8")
    assert english.startswith("# Pumpurs data inventory") and "Leaves the school" in english
    assert run(["data-inventory", "--out", str(tmp_path / "inventory.pdf")]) == 0
    pdf = (tmp_path / "inventory.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000


def test_the_free_texts_are_the_ones_the_sync_sends_only_when_allowed() -> None:
    marked = {(t, f) for t, table in SCHOOL_TABLES.items()
              for f, field in table.fields.items() if field.travel is Travel.TEXT}
    assert marked == {(entity, f) for entity, fields in FREE_TEXT.items() for f in fields}
