"""`pumpurs self-test`: does this installation work? Each check runs on its own and reports
OK or why it failed; nothing touches the school's database.

- a temporary encrypted database is made with a fresh key and brought to the newest schema,
  then opened again with the key (and refused without it);
- an Ed25519 signature over canonical bytes is made and verified (and a changed text fails);
- a PDF (the recovery sheet, with Latvian letters) is rendered;
- the Latvian message catalogue and command-line help texts load;
- (added by the command line when Qt is there, app/ui/sign_in_check.py) the sign-in window
  is built offscreen and shows its Latvian title.

A check returns None, or a short text the OK line shows (the window's title).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.errors import DatabaseKeyError
from app.i18n import DEFAULT_LANGUAGE, catalogue, render
from app.models.db import KEY_BYTES, open_engine
from app.models.keys import recovery_key_text
from app.models.migrate import current_revision, head_revision, upgrade_to_head
from app.paths import resource_path
from app.reports.recovery import recovery_sheet_pdf
from app.sync.canonical import canonical_bytes


@dataclass(frozen=True)
class SelfTestResult:
    check: str  # "database", "signature", "pdf", "translations", "window"
    ok: bool
    detail: str = ""

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        name = render(f"selftest.{self.check}", lang)
        if self.ok and self.detail:
            return render("selftest.ok_detail", lang, check=name, detail=self.detail)
        if self.ok:
            return render("selftest.ok", lang, check=name)
        return render("selftest.failed", lang, check=name, detail=self.detail)


def database_check(folder: Path) -> None:
    key = os.urandom(KEY_BYTES)
    path = folder / "self-test.db"
    engine = open_engine(path, key)
    try:
        upgrade_to_head(engine, path)
    finally:
        engine.dispose()
    engine = open_engine(path, key)
    try:
        with engine.connect() as conn:
            if current_revision(conn) != head_revision():
                raise RuntimeError("schema revision is not the newest")
    finally:
        engine.dispose()
    if path.read_bytes().startswith(b"SQLite format 3"):
        raise RuntimeError("the file is not encrypted")
    try:
        open_engine(path, os.urandom(KEY_BYTES)).connect().close()
    except DatabaseKeyError:
        return
    raise RuntimeError("a wrong key opened the file")


def signature_check(folder: Path) -> None:
    key = Ed25519PrivateKey.generate()
    text = canonical_bytes({"plan": "IAP", "vārds": "Ēcere", "semestris": 1})
    signature = key.sign(text)
    key.public_key().verify(signature, text)
    try:
        key.public_key().verify(signature, text + b" ")
    except InvalidSignature:
        return
    raise RuntimeError("a changed text passed the signature check")


def pdf_check(folder: Path) -> None:
    data = recovery_sheet_pdf("Pašpārbaudes skola — ĀČĒĢĪĶĻŅŠŪŽ", folder / "self-test.db",
                              recovery_key_text(os.urandom(KEY_BYTES)), datetime.now(UTC))
    if not data.startswith(b"%PDF") or len(data) < 1000:
        raise RuntimeError("the PDF is empty")


def translations_check(folder: Path) -> None:
    messages = catalogue("lv")
    if len(messages) < 100 or "selftest.ok" not in messages:
        raise RuntimeError("the Latvian message catalogue is incomplete")
    if not resource_path("i18n", "cli_lv.json").is_file():
        raise RuntimeError("the Latvian help texts are missing")


Check = Callable[[Path], str | None]

CHECKS: tuple[tuple[str, Check], ...] = (
    ("database", database_check), ("signature", signature_check), ("pdf", pdf_check),
    ("translations", translations_check),
)


def run_self_test(checks: tuple[tuple[str, Check], ...] = CHECKS) -> list[SelfTestResult]:
    """Every check in a temporary folder that is removed afterwards."""
    results: list[SelfTestResult] = []
    with tempfile.TemporaryDirectory(prefix="pumpurs-self-test-") as tmp:
        for name, check in checks:
            try:
                detail = check(Path(tmp))
            except Exception as exc:  # any failure is reported, and the next check runs
                results.append(SelfTestResult(name, False, str(exc) or type(exc).__name__))
            else:
                results.append(SelfTestResult(name, True, detail or ""))
    return results
