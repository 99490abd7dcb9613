"""`pumpurs recover` for a per-machine database: the recovery key opens it, and the person
named by `--user` (asked when omitted) gets a fresh key slot for their current password —
after that password is checked inside the database, with the usual lock-out. A lost or
damaged key-slot file is made anew this way, with that one slot.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.cli.acting_user import password_for
from app.cli.terminal import ask_on_terminal
from app.errors import AppError, AuthenticationFailed
from app.i18n import render
from app.key_slots import KeySlots, MemorySecretStore, slots_path
from app.models.database import recover_database_key
from app.models.keys import secret_name
from app.services.core.store import open_store
from app.services.users.auth import sign_in
from app.services.users.rules import normalise_username


def recover_slot(args: argparse.Namespace, db: Path, lang: str, text: str,
                 say: Callable[[str], None]) -> int:
    pending = MemorySecretStore()
    recover_database_key(db, pending, text)  # refuses a key that does not open `db`
    key = pending.get(secret_name(db))
    assert key is not None
    username = getattr(args, "user", None) or ask_on_terminal(
        render("cli.ask_username", lang)) or ""
    if not username.strip():
        raise AuthenticationFailed("auth.failed")
    name = normalise_username(username)
    password = password_for(name, lang)
    store = open_store(db, pending)
    try:
        sign_in(store, name, password)  # the password must be the account's own
    finally:
        store.close()
    path = slots_path(db)
    try:
        slots = KeySlots.unlock_with_key(path, key)
    except AppError:  # missing or damaged: made anew with this one slot
        path.unlink(missing_ok=True)
        slots = KeySlots.create(path, key, name, password)
    slots.put(name, password)
    say(render("cli.recovered_slot", lang, path=db, username=name))
    return 0
