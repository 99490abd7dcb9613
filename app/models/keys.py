"""The database key: 32 random bytes, its name in the SecretStore, and its printable form.

The recovery key is shown once at setup and printed on the recovery sheet. It is base32 of
the key followed by a 3-byte check (the start of the key's SHA-256): 35 bytes, 56 characters,
14 groups of four joined by "-". The check catches a mistyped character before the key is
ever tried on the file.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from pathlib import Path

from app.errors import FieldProblem, ValidationError
from app.models.db import KEY_BYTES

CHECK_BYTES = 3
GROUP = 4
RECOVERY_CHARS = (KEY_BYTES + CHECK_BYTES) * 8 // 5  # 56
FIELD = "recovery_key"
# Characters people confuse with base32 letters; base32 itself has no 0, 1 or 8.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})
_ALPHABET = re.compile(r"[A-Z2-7]")


def new_database_key() -> bytes:
    return os.urandom(KEY_BYTES)


def secret_name(db_path: Path) -> str:
    """The SecretStore name of a database's key: fixed by the file's absolute path."""
    return f"db-key:{Path(db_path).resolve()}"


def _check(key: bytes) -> bytes:
    return hashlib.sha256(key).digest()[:CHECK_BYTES]


def recovery_key_text(key: bytes) -> str:
    """The printable recovery key, e.g. "ABCD-EFGH-…" (14 groups of four)."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"a database key has {KEY_BYTES} bytes")
    text = base64.b32encode(key + _check(key)).decode("ascii")
    return "-".join(text[i:i + GROUP] for i in range(0, len(text), GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The key from a typed recovery key; spaces, dashes and letter case do not matter.

    Raises `ValidationError` on field "recovery_key" naming what is wrong: a character that
    cannot occur, the wrong length, or a check that does not match (a typo).
    """
    cleaned = re.sub(r"[\s\-–—]", "", text).upper().translate(_LOOKALIKES)
    if not cleaned:
        raise ValidationError(FieldProblem(FIELD, "store.recovery_key_empty"))
    for ch in cleaned:
        if not _ALPHABET.fullmatch(ch):
            raise ValidationError(FieldProblem(FIELD, "store.recovery_key_char", {"char": ch}))
    if len(cleaned) != RECOVERY_CHARS:
        raise ValidationError(FieldProblem(
            FIELD, "store.recovery_key_length",
            {"expected": RECOVERY_CHARS, "groups": RECOVERY_CHARS // GROUP,
             "count": len(cleaned)}))
    raw = base64.b32decode(cleaned)
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if _check(key) != check:
        raise ValidationError(FieldProblem(FIELD, "store.recovery_key_check"))
    return key
