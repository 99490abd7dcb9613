"""The sync protocol shared by the school app and the municipality hub (plain Python).

Imports only the standard library, `cryptography`, `rfc8785`, `argon2-cffi` (`sealing`),
`app.errors` and `app.i18n`.
- `canonical`, `values`: canonical JSON (RFC 8785), no floats; exact strings for Decimal,
  UUID, date, datetime.
- `keys`: Ed25519 signing and X25519 encryption keys, key ids, fingerprints.
- `envelope`: `build_bundle`, `read_bundle`, `open_payload` (details in its docstring).
- `payload_schema`: the versioned payload shapes (upload records, downlink receipts and
  decisions).
- `sealing`: secrets sealed under a passphrase (argon2id, AES-256-GCM), shared by the
  school's passphrase key file and the hub's key file.
- `limits`: size limits, and reading a stream without buffering more than the limit.
- `transport`, `folder_transport`, `http_client` (httpx): the school side's transports, which
  move bundle bytes only (no database, no Qt).
"""

from app.sync.canonical import canonical_bytes, parse_canonical
from app.sync.envelope import (
    REJECTION_KINDS,
    BuiltBundle,
    VerifiedBundle,
    build_bundle,
    open_payload,
    read_bundle,
)
from app.sync.keys import fingerprint, key_id
from app.sync.payload_schema import SCHEMA_VERSION

__all__ = [
    "REJECTION_KINDS",
    "SCHEMA_VERSION",
    "BuiltBundle",
    "VerifiedBundle",
    "build_bundle",
    "canonical_bytes",
    "fingerprint",
    "key_id",
    "open_payload",
    "parse_canonical",
    "read_bundle",
]
