"""Exact strings for Decimal, UUID, date and datetime: one form per value, strictly decoded."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import SyncError
from app.sync.canonical import canonical_bytes, parse_canonical
from app.sync.values import (
    decode_date,
    decode_datetime,
    decode_decimal,
    decode_uuid,
    encode_date,
    encode_datetime,
    encode_decimal,
    encode_uuid,
    to_json,
)


@given(st.decimals(allow_nan=False, allow_infinity=False, places=4))
def test_decimals_round_trip_exactly_with_their_scale(value: Decimal) -> None:
    text = encode_decimal(value)
    back = decode_decimal(text)
    assert back == value and str(back.as_tuple().exponent) == str(value.as_tuple().exponent)


@given(st.datetimes(datetime(1900, 1, 1), datetime(2200, 1, 1), timezones=st.timezones()))
def test_aware_datetimes_round_trip_as_utc(value: datetime) -> None:
    text = encode_datetime(value)
    assert text.endswith("Z")
    assert decode_datetime(text) == value.astimezone(UTC)


@given(st.uuids(), st.dates())
def test_uuids_and_dates_round_trip(ident: uuid.UUID, day: date) -> None:
    assert decode_uuid(encode_uuid(ident)) == ident
    assert decode_date(encode_date(day)) == day


def test_examples_of_the_exact_forms() -> None:
    riga = timezone(timedelta(hours=2))
    assert encode_decimal(Decimal("12.50")) == "12.50"
    assert encode_decimal(Decimal("1E+2")) == "100"
    assert encode_datetime(datetime(2026, 1, 31, 10, 15, tzinfo=riga)) == "2026-01-31T08:15:00Z"
    assert encode_datetime(datetime(2026, 1, 31, 8, 15, 0, 250000, tzinfo=UTC)) == (
        "2026-01-31T08:15:00.250000Z"
    )


@pytest.mark.parametrize(
    ("decode", "text", "key"),
    [
        (decode_decimal, "1e3", "sync.bad_decimal"),
        (decode_decimal, "01.5", "sync.bad_decimal"),
        (decode_decimal, "12,50", "sync.bad_decimal"),
        (decode_uuid, "0F8FAD5B-D9CB-469F-A165-70867728950E", "sync.bad_uuid"),
        (decode_uuid, "0f8fad5bd9cb469fa16570867728950e", "sync.bad_uuid"),
        (decode_date, "2026-1-31", "sync.bad_date"),
        (decode_date, "2026-02-30", "sync.bad_date"),
        (decode_datetime, "2026-01-31T08:15:00+00:00", "sync.bad_datetime"),
        (decode_datetime, "2026-01-31T08:15:00.25Z", "sync.bad_datetime"),
        (decode_datetime, "2026-13-31T08:15:00Z", "sync.bad_datetime"),
    ],
)
def test_other_spellings_are_refused(decode: object, text: str, key: str) -> None:
    with pytest.raises(SyncError) as exc:
        decode(text)  # type: ignore[operator]
    assert exc.value.key == key
    assert text in exc.value.text("lv") and text in exc.value.text("en")


def test_naive_datetime_and_infinite_decimal_are_refused() -> None:
    with pytest.raises(SyncError) as exc:
        encode_datetime(datetime(2026, 1, 31, 8, 15))
    assert "laika joslu" in exc.value.text("lv")
    with pytest.raises(SyncError):
        encode_decimal(Decimal("Infinity"))


def test_to_json_converts_a_record_and_keeps_floats_for_refusal() -> None:
    row = {"id": uuid.UUID(int=1), "absence": Decimal("7.25"), "born": date(2014, 3, 2),
           "at": datetime(2026, 1, 1, tzinfo=UTC), "tags": ("a", "b")}
    data = canonical_bytes(to_json(row))
    assert parse_canonical(data) == {
        "absence": "7.25", "at": "2026-01-01T00:00:00Z", "born": "2014-03-02",
        "id": "00000000-0000-0000-0000-000000000001", "tags": ["a", "b"],
    }
    with pytest.raises(SyncError):
        canonical_bytes(to_json({"x": 0.5}))
