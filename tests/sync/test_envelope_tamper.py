"""Damaged, truncated, oversized and hostile bundle files: always a SyncError, never accepted."""

from __future__ import annotations

import io
import struct
import zipfile
from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import SyncError
from app.sync.envelope import REJECTION_KINDS, BuiltBundle, read_bundle
from app.sync.envelope_zip import MANIFEST, PAYLOAD, SIGNATURE
from app.sync.limits import check_declared_size, read_bounded
from tests.builders.bundles import Parties, members_of, rezip, upload


@cache
def sample() -> tuple[Parties, BuiltBundle]:
    parties = Parties()
    return parties, upload(parties)


def refused(data: bytes, max_size: int = 1 << 20) -> SyncError:
    parties, _ = sample()
    with pytest.raises(SyncError) as exc:
        read_bundle(data, trusted_keys=parties.trusted, max_size=max_size)
    assert exc.value.kind in REJECTION_KINDS
    assert exc.value.text("lv") != exc.value.key and exc.value.text("en") != exc.value.key
    return exc.value


def flipped(data: bytes, position: int, mask: int) -> bytes:
    changed = bytearray(data)
    changed[position] ^= mask
    return bytes(changed)


def test_the_untouched_sample_is_accepted() -> None:
    parties, built = sample()
    assert read_bundle(built.data, trusted_keys=parties.trusted).manifest == built.manifest


@pytest.mark.parametrize("mask", [0x01, 0x80, 0xFF])
def test_every_single_byte_flip_is_detected(mask: int) -> None:
    _, built = sample()
    for position in range(len(built.data)):
        refused(flipped(built.data, position, mask))


@given(st.data())
def test_any_flipped_byte_anywhere_is_detected(data: st.DataObject) -> None:
    _, built = sample()
    position = data.draw(st.integers(0, len(built.data) - 1))
    mask = data.draw(st.integers(1, 255))
    refused(flipped(built.data, position, mask))


@given(st.data())
def test_inserted_or_deleted_bytes_are_detected(data: st.DataObject) -> None:
    _, built = sample()
    position = data.draw(st.integers(0, len(built.data)))
    extra = data.draw(st.binary(min_size=0, max_size=3))
    cut = data.draw(st.integers(0 if extra else 1, 3))
    changed = built.data[:position] + extra + built.data[position + cut:]
    if changed != built.data:
        refused(changed)


def test_every_truncation_is_detected() -> None:
    _, built = sample()
    for length in range(len(built.data)):
        assert refused(built.data[:length]).kind in ("malformed", "bad_member")


def test_appended_bytes_are_detected() -> None:
    _, built = sample()
    assert refused(built.data + b"\0").kind == "malformed"
    assert refused(b"junk" + built.data).kind == "malformed"


def test_an_oversized_file_is_refused_before_it_is_read() -> None:
    _, built = sample()
    error = refused(built.data, max_size=len(built.data) - 1)
    assert error.kind == "too_large"
    assert f"{len(built.data)} B" in error.text("lv") and "not read" in error.text("en")
    assert refused(b"\0" * 5000, max_size=4999).kind == "too_large"  # not even a ZIP


def test_oversized_streams_are_cut_off_and_declared_sizes_checked() -> None:
    assert read_bounded(io.BytesIO(b"x" * 100), max_size=100) == b"x" * 100
    with pytest.raises(SyncError) as exc:
        read_bounded(io.BytesIO(b"x" * 101), max_size=100)
    assert exc.value.kind == "too_large"
    check_declared_size(None)
    check_declared_size(100, max_size=100)
    with pytest.raises(SyncError) as exc:
        check_declared_size(101, max_size=100)
    assert "101 B" in exc.value.text("en")


def good_members() -> list[tuple[str, bytes]]:
    _, built = sample()
    return list(members_of(built.data).items())


@pytest.mark.parametrize(
    ("entries", "kind", "shown"),
    [
        ([*good_members(), ("extra.txt", b"hi")], "bad_member", "extra.txt"),
        (good_members()[:2], "bad_member", "manifest.sig"),
        (list(reversed(good_members())), "bad_member", "payload.bin, manifest.sig"),
        ([("../../etc/passwd", b"x"), *good_members()], "bad_member", "../../etc/passwd"),
        ([("/abs/manifest.json", b"x"), *good_members()], "bad_member", "/abs/manifest.json"),
        ([("dir\\payload.bin", b"x"), *good_members()], "bad_member", "dir\\\\payload.bin"),
        ([("C:manifest.json", b"x"), *good_members()], "bad_member", "C:manifest.json"),
        ([*good_members(), (PAYLOAD, b"again")], "bad_member", PAYLOAD),
    ],
)
def test_wrong_member_lists_are_refused(
    entries: list[tuple[str, bytes]], kind: str, shown: str
) -> None:
    error = refused(rezip(entries))
    assert error.kind == kind
    assert shown in error.text("lv") and shown in error.text("en")


def test_a_compressed_member_is_refused_without_inflating_it() -> None:
    entries = [(MANIFEST, b"{}"), (SIGNATURE, b"x"), (PAYLOAD, b"\0" * 30_000_000)]
    bomb = rezip(entries, compress=zipfile.ZIP_DEFLATED)
    assert len(bomb) < 100_000
    error = refused(bomb)
    assert error.kind == "too_large"  # 30 MB declared, more than the 1 MiB allowed here
    small = rezip([(MANIFEST, b"{}"), (SIGNATURE, b"x"), (PAYLOAD, b"\0" * 10)],
                  compress=zipfile.ZIP_DEFLATED)
    assert refused(small).key == "sync.compressed_member"


def test_a_huge_declared_size_is_refused_before_reading() -> None:
    _, built = sample()
    data = bytearray(built.data)
    central = data.rfind(b"PK\x01\x02")  # the last central entry: payload.bin
    struct.pack_into("<II", data, central + 20, 0xFFFFFFF0, 0xFFFFFFF0)
    error = refused(bytes(data))
    assert error.kind == "too_large" and "payload.bin" in error.text("en")


def test_an_oversized_manifest_member_is_refused() -> None:
    entries = good_members()
    entries[0] = (MANIFEST, b" " * (64 * 1024 + 1))
    error = refused(rezip(entries))
    assert error.key == "sync.member_too_large" and "manifest.json" in error.text("lv")


def test_a_stdlib_rezip_of_the_same_members_is_not_the_canonical_container() -> None:
    """Same bytes inside, other container bytes (timestamps, flags): refused as altered."""
    error = refused(rezip(good_members()))
    assert error.key == "sync.altered_container"
