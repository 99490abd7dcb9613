"""Who a `pumpurs` command acts as: the database opened with its key, and a person signed in.

Commands that act as a person take `--user USERNAME`; the password comes from the environment
variable `PUMPURS_PASSWORD` or, when it is not set, is asked on the terminal (never echoed).
The sign-in is the app's own (`app.services.users.auth.sign_in`): the same lock-out after
repeated wrong passwords, the same audit entries, the same roles afterwards.

    with acting_user(args, db, lang, mode, plaintext) as (store, actor):
        ...  # call services with `actor`

A per-machine database (`app.key_slots`) is opened with the person's own key slot, unwrapped
with the same password.

Without a terminal and without the variable the command stops with a sentence
("cli.password_needed") before anything is changed.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app.cli.terminal import ask_on_terminal
from app.errors import AuthenticationFailed, DatabaseKeyError, NotFound
from app.i18n import render
from app.key_slots import KeySlots, slots_path
from app.machine_install import is_shared_database
from app.models.database import open_school_database
from app.models.keys import secret_name
from app.secrets import SecretStore, secret_store_for
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.users.auth import sign_in
from app.services.users.rules import normalise_username

PASSWORD_VARIABLE = "PUMPURS_PASSWORD"


def add_user_option(parser: argparse.ArgumentParser) -> None:
    """`--user USERNAME`: the person the command acts as (required)."""
    parser.add_argument("--user", required=True, metavar="USERNAME",
                        help=f"the user the command acts as (password from {PASSWORD_VARIABLE} "
                             "or asked on the terminal)")


def _say(text: str) -> None:
    print(text, flush=True)


def password_for(username: str, lang: str, *, variable: str = PASSWORD_VARIABLE,
                 ask: Callable[[str], str | None] = ask_on_terminal) -> str:
    """The password from `variable`, else asked on the terminal; `AuthenticationFailed`
    ("cli.password_needed") when neither gives one."""
    password = os.environ.get(variable)
    if password is None:
        password = ask(render("cli.ask_password", lang, username=username))
    if not password:
        raise AuthenticationFailed("cli.password_needed", username=username, variable=variable)
    return password


def secrets_for(db: Path, lang: str, mode: str, plaintext: bool) -> SecretStore | None:
    """The SecretStore holding `db`'s key, chosen as every command chooses it."""
    return None if plaintext else secret_store_for(db, mode, lang, ask_on_terminal, _say).store


def database_key(db: Path, secrets: SecretStore | None) -> bytes | None:
    """`db`'s key from `secrets` (None for a plaintext database); `DatabaseKeyError` when
    the store does not hold it."""
    if secrets is None:
        return None
    key = secrets.get(secret_name(db))
    if key is None:
        raise DatabaseKeyError("db.key_missing", store=secrets.description)
    return key


@contextmanager
def open_store(db: Path, lang: str, mode: str, plaintext: bool,
               secrets: SecretStore | None = None) -> Iterator[Store]:
    """The school database at `db`, opened with its key as the other commands do."""
    if not db.exists():
        raise NotFound("cli.db_missing", path=db)
    if secrets is None:
        secrets = secrets_for(db, lang, mode, plaintext)
    slots = secrets if isinstance(secrets, KeySlots) else None
    store = Store(open_school_database(db, secrets, plaintext=plaintext), slots)
    try:
        yield store
    finally:
        store.close()


@contextmanager
def acting_user(args: argparse.Namespace, db: Path, lang: str, mode: str,
                plaintext: bool, secrets: SecretStore | None = None
                ) -> Iterator[tuple[Store, Actor]]:
    """The opened database and the person named by `--user`, signed in with their password."""
    username: str = args.user
    password = password_for(username, lang)
    if secrets is None and not plaintext and is_shared_database(db):
        secrets = KeySlots.unlock(slots_path(db), normalise_username(username), password)
    with open_store(db, lang, mode, plaintext, secrets) as store:
        actor = sign_in(store, username, password)
        yield store, actor
