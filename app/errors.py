"""Typed errors of the domain.

Services raise these with a message *key* and parameters; the text a person reads is rendered
from the catalogue in `resources/i18n/messages.<lang>.json` (Latvian by default, English
second) by `app.i18n`. Every message that concerns an input names the field and the problem.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from app.i18n import DEFAULT_LANGUAGE, render


class AppError(Exception):
    """Base of every error a person may see."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(self.text(DEFAULT_LANGUAGE))

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """The sentence for a person, in `lang`."""
        return render(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.text(DEFAULT_LANGUAGE)


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one input field: `field` is its code name, `key` the message key."""

    field: str
    key: str
    params: dict[str, Any] = dc_field(default_factory=dict)

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return render(self.key, lang, **self.params)


class ValidationError(AppError):
    """Input that cannot be accepted; one problem per field so a form can show each."""

    def __init__(self, problems: list[FieldProblem] | FieldProblem) -> None:
        self.problems = problems if isinstance(problems, list) else [problems]
        super().__init__("validation.summary")

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return " ".join(p.text(lang) for p in self.problems)

    @property
    def fields(self) -> list[str]:
        return [p.field for p in self.problems]


class PermissionDenied(AppError):
    """The signed-in user's roles do not allow this."""


class NotFound(AppError):
    """The record does not exist or is not visible to the user."""


class Conflict(AppError):
    """The action clashes with the current state (a duplicate, a locked plan, a stale edit)."""


class AuthenticationFailed(AppError):
    """Wrong user name or password, an inactive or locked-out account."""


class DatabaseKeyError(AppError):
    """The database cannot be opened: the key is missing or wrong. Nothing was changed."""


class BackupError(AppError):
    """A backup could not be made, read or restored; the message names the file. The school's
    database was not changed."""


class MigrationError(AppError):
    """The schema could not be upgraded; the original file and its backup are untouched."""


class SyncErrorKind(enum.StrEnum):
    """Which failure case of sync-protocol.md a `SyncError` is (the values are stable text:
    logs, the hub's answers and tests read them)."""

    UNKNOWN = "unknown"
    NETWORK = "network"  # after the transport's retries: the caller backs off and tries later
    AUTH = "auth"  # 401/403: a person must look (enrolment, revoked key)
    IO = "io"
    NOT_ENROLLED = "not_enrolled"
    KEYS_MISSING = "keys_missing"
    CONFLICT = "conflict"
    REJECTED = "rejected"
    MALFORMED = "malformed"
    TOO_LARGE = "too_large"
    BAD_MEMBER = "bad_member"
    BAD_KEY = "bad_key"
    BAD_SIGNATURE = "bad_signature"
    DECRYPT_FAILED = "decrypt_failed"
    PAYLOAD_MISMATCH = "payload_mismatch"
    WRONG_RECIPIENT = "wrong_recipient"
    UNKNOWN_KEY = "unknown_key"
    UNSUPPORTED_VERSION = "unsupported_version"
    EXPIRED = "expired"
    ROLLBACK = "rollback"
    GAP = "gap"
    FORK = "fork"


class SyncError(AppError):
    """A sync step failed; `kind` says which failure case of sync-protocol.md it is (given
    as a `SyncErrorKind` or its value)."""

    def __init__(self, key: str, kind: SyncErrorKind | str = SyncErrorKind.UNKNOWN,
                 **params: Any) -> None:
        self.kind = SyncErrorKind(kind)
        super().__init__(key, **params)
