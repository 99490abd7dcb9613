"""Canonical JSON: properties over generated values, and the refusals a person may read."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import SyncError
from app.sync.canonical import MAX_SAFE_INTEGER, canonical_bytes, parse_canonical

scalars = (
    st.none() | st.booleans() | st.integers(-MAX_SAFE_INTEGER, MAX_SAFE_INTEGER) | st.text()
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=5),
    max_leaves=25,
)


def reversed_order(value: Any) -> Any:
    """The same value with every object's keys inserted in reverse order."""
    if isinstance(value, dict):
        return {k: reversed_order(value[k]) for k in reversed(list(value))}
    if isinstance(value, list):
        return [reversed_order(v) for v in value]
    return value


@given(json_values)
def test_canonical_bytes_parse_back_to_the_same_value(value: Any) -> None:
    data = canonical_bytes(value)
    assert parse_canonical(data) == value
    assert json.loads(data) == value


@given(json_values)
def test_key_order_does_not_change_the_bytes(value: Any) -> None:
    assert canonical_bytes(reversed_order(value)) == canonical_bytes(value)


@given(json_values)
def test_any_other_serialisation_is_refused_unless_byte_identical(value: Any) -> None:
    other = json.dumps(value, indent=1, ensure_ascii=True).encode()
    if other == canonical_bytes(value):
        assert parse_canonical(other) == value
    else:
        with pytest.raises(SyncError) as exc:
            parse_canonical(other)
        assert exc.value.kind == "malformed"


@given(json_values, st.floats(allow_nan=True, allow_infinity=True))
def test_a_float_anywhere_is_refused(value: Any, number: float) -> None:
    with pytest.raises(SyncError) as exc:
        canonical_bytes({"ok": value, "amount": [1, {"x": number}]})
    assert exc.value.kind == "malformed"
    assert "$.amount[1].x" in exc.value.text("lv")
    assert "floating-point" in exc.value.text("en")


def test_float_message_tells_how_to_send_decimals() -> None:
    with pytest.raises(SyncError) as exc:
        canonical_bytes({"absence_percent": 12.5})
    assert "decimālskaitļus sūta kā tekstu" in exc.value.text("lv")
    assert "$.absence_percent" in exc.value.text("en")


@pytest.mark.parametrize(
    ("value", "key", "where"),
    [
        ({"n": MAX_SAFE_INTEGER + 1}, "sync.integer_out_of_range", "$.n"),
        ({"a": {1: "x"}}, "sync.non_string_key", "$.a"),
        ({"a": [b"raw"]}, "sync.unsupported_type", "$.a[0]"),
        ({"a": {1, 2}}, "sync.unsupported_type", "$.a"),
    ],
)
def test_values_json_cannot_carry_exactly_are_refused(value: Any, key: str, where: str) -> None:
    with pytest.raises(SyncError) as exc:
        canonical_bytes(value)
    assert exc.value.key == key
    assert where in exc.value.text("lv") and where in exc.value.text("en")


def test_lone_surrogate_is_refused() -> None:
    with pytest.raises(SyncError) as exc:
        canonical_bytes({"name": "\ud800"})
    assert exc.value.key == "sync.not_encodable"


@pytest.mark.parametrize(
    ("data", "key"),
    [
        (b'{"b":1,"a":2}', "sync.not_canonical"),
        (b'{"a": 1}', "sync.not_canonical"),
        (b'{"a":"\\u0041"}', "sync.not_canonical"),
        (b"-0", "sync.not_canonical"),
        (b'{"a":1,"a":1}', "sync.duplicate_key"),
        (b'{"a":1.0}', "sync.float_in_input"),
        (b'{"a":1e3}', "sync.float_in_input"),
        (b'{"a":NaN}', "sync.float_in_input"),
        (b'{"a":1', "sync.not_json"),
        (b'"\xff"', "sync.not_json"),
        (b"[" * 100_000, "sync.not_json"),
        (b'"\\ud800"', "sync.not_canonical"),
    ],
)
def test_received_json_that_is_not_canonical_is_refused(data: bytes, key: str) -> None:
    with pytest.raises(SyncError) as exc:
        parse_canonical(data)
    assert exc.value.key == key
    assert exc.value.kind == "malformed"
    assert exc.value.text("lv").startswith("Saņemtie dati:")
    assert exc.value.text("en").startswith("Received data:")


def test_canonical_form_is_rfc8785() -> None:
    value = {"ž": 1, "z": [True, None, "Ē\n"], "a": {"b": -5}}
    assert canonical_bytes(value) == '{"a":{"b":-5},"z":[true,null,"Ē\\n"],"ž":1}'.encode()


ascii_key_values = st.recursive(
    scalars.filter(lambda v: not isinstance(v, str) or not any(
        0xD800 <= ord(c) <= 0xDFFF for c in v)),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(
        st.text(st.characters(max_codepoint=127), max_size=8), inner, max_size=5),
    max_leaves=25,
)


@given(ascii_key_values)
def test_the_fast_path_for_ascii_keys_writes_exactly_what_rfc8785_writes(value: Any) -> None:
    import rfc8785

    assert canonical_bytes(value) == rfc8785.dumps(value)
