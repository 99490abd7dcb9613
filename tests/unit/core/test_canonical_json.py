"""The audit trail's fast canonical JSON writes exactly what `rfc8785` writes, and leaves to
it what only it may judge (floats, huge integers, non-ASCII keys, lone surrogates)."""

from __future__ import annotations

from typing import Any

import pytest
import rfc8785
from hypothesis import given
from hypothesis import strategies as st

from app.services.core.canonical import MAX_SAFE_INTEGER, canonical_json

ascii_keys = st.text(st.characters(max_codepoint=127), max_size=12)
scalars = (st.none() | st.booleans()
           | st.integers(-MAX_SAFE_INTEGER, MAX_SAFE_INTEGER)
           | st.text(st.characters(exclude_categories=("Cs",)), max_size=40))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=5)
                      | st.dictionaries(ascii_keys, inner, max_size=5), max_leaves=30)
any_keys = st.text(st.characters(exclude_categories=("Cs",)), max_size=6)
mixed = st.recursive(scalars | st.floats(allow_nan=False, allow_infinity=False),
                     lambda inner: st.lists(inner, max_size=4)
                     | st.dictionaries(any_keys, inner, max_size=4), max_leaves=20)


@given(values)
def test_the_fast_path_writes_the_same_bytes(value: Any) -> None:
    assert canonical_json(value) == rfc8785.dumps(value)


@given(mixed)
def test_everything_else_is_rfc8785_too(value: Any) -> None:
    assert canonical_json(value) == rfc8785.dumps(value)


def test_control_characters_quotes_and_latvian_letters() -> None:
    value = {"b": "Ēcere \"x\" \\ \n\t\x01\x7f\u2028", "a": [1, -2, True, None],
             "Z": {"é": 1}}
    assert canonical_json(value) == rfc8785.dumps(value)


def test_values_without_a_canonical_form_are_refused_as_rfc8785_refuses_them() -> None:
    for bad in ({"n": 2**60}, {"s": "\ud800"}):
        with pytest.raises(Exception) as mine:
            canonical_json(bad)
        with pytest.raises(Exception) as theirs:
            rfc8785.dumps(bad)
        assert type(mine.value) is type(theirs.value)
