"""The bundle container: a plain ZIP file with a fixed layout, written and read strictly.

Written by `pack` (not by zipfile, whose output may change between Python versions): the
members in the fixed order of `MEMBERS`, stored (not compressed — the payload is already
compressed and encrypted), timestamp 1980-01-01 00:00, mode 0644, no extra fields, no
comments. Any unzip tool can open it.

`unpack` reads it back in this order, refusing as early as possible:
1. the file size (before anything else);
2. the central directory only: exactly the expected names, in order, no duplicates, no path
   names, stored members whose declared sizes are within their limits;
3. the members (zipfile checks each CRC-32);
4. the container must be byte for byte what `pack` makes of those members, so not a single
   byte of the file can change without the bundle being refused.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from app.errors import SyncError
from app.sync.limits import MAX_MANIFEST_BYTES, MAX_SIGNATURE_BYTES

MANIFEST, SIGNATURE, PAYLOAD = "manifest.json", "manifest.sig", "payload.bin"
MEMBERS = (MANIFEST, SIGNATURE, PAYLOAD)

_DOS_TIME, _DOS_DATE = 0, (0 << 9) | (1 << 5) | 1  # 1980-01-01 00:00:00
_VERSION = 20
_MADE_BY = (3 << 8) | _VERSION  # Unix
_MODE = 0o100644 << 16
_ZIP_ERRORS = (
    zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError,
    NotImplementedError, struct.error, KeyError, IndexError, UnicodeError, OverflowError,
    RuntimeError, TypeError,
)


def pack(members: dict[str, bytes]) -> bytes:
    """The canonical container for the three members (all of MEMBERS, nothing else)."""
    if tuple(members) != MEMBERS:
        raise ValueError(f"members must be exactly {MEMBERS} in that order")
    out, central = bytearray(), bytearray()
    for name, data in members.items():
        raw_name = name.encode("ascii")
        crc = zlib.crc32(data)
        fixed = (_DOS_TIME, _DOS_DATE, crc, len(data), len(data), len(raw_name))
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, _MADE_BY, _VERSION, 0, 0, *fixed,
            0, 0, 0, 0, _MODE, len(out),
        ) + raw_name
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, _VERSION, 0, 0, *fixed, 0) + raw_name
        out += data
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(MEMBERS), len(MEMBERS), len(central), len(out), 0
    )
    return bytes(out + central + end)


def _safe(name: str) -> str:
    return name.encode("unicode_escape").decode("ascii")[:80]


def _check_directory(infos: list[zipfile.ZipInfo], max_size: int) -> None:
    names = [info.filename for info in infos]
    for name in names:
        if name.startswith(("/", "\\")) or ".." in name or "/" in name or "\\" in name \
                or ":" in name:
            raise SyncError("sync.unsafe_member", kind="bad_member", member=_safe(name))
    for name in names:
        if names.count(name) > 1:
            raise SyncError("sync.duplicate_member", kind="bad_member", member=_safe(name))
    if tuple(names) != MEMBERS:
        shown = ", ".join(_safe(n) for n in names[:10]) or "—"
        raise SyncError("sync.wrong_members", kind="bad_member", names=shown)
    limits = {MANIFEST: MAX_MANIFEST_BYTES, SIGNATURE: MAX_SIGNATURE_BYTES, PAYLOAD: max_size}
    for info in infos:
        limit = limits[info.filename]
        if info.file_size > limit or info.compress_size > limit:
            raise SyncError(
                "sync.member_too_large", kind="too_large", member=info.filename,
                size=max(info.file_size, info.compress_size), limit=limit,
            )
    for info in infos:
        if info.compress_type != zipfile.ZIP_STORED or info.compress_size != info.file_size:
            raise SyncError("sync.compressed_member", kind="bad_member", member=info.filename)
        if info.flag_bits != 0:  # encrypted, patched, data descriptors: never written by pack
            raise SyncError("sync.damaged_file", kind="malformed")


def unpack(data: bytes, max_size: int) -> dict[str, bytes]:
    """The three members of a bundle file, checked as described in the module docstring."""
    if len(data) > max_size:
        raise SyncError("sync.too_large", kind="too_large", size=len(data), limit=max_size)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            _check_directory(infos, max_size)
            members = {info.filename: archive.read(info) for info in infos}
    except _ZIP_ERRORS as exc:
        raise SyncError("sync.damaged_file", kind="malformed") from exc
    if pack(members) != data:
        raise SyncError("sync.altered_container", kind="malformed")
    return members
