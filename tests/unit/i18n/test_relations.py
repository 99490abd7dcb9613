"""A guardian's relation reads in the reader's language when it is a usual word (issue 17
#11: the English UI read "(tēvs)"); anything else as the school typed it."""

from __future__ import annotations

import pytest

from app.services.students.relations import relation_text


@pytest.mark.parametrize(("typed", "lv", "en"), [
    ("māte", "māte", "mother"),
    ("Tēvs", "tēvs", "father"),
    ("TEVS", "tēvs", "father"),
    ("aizbildne", "aizbildne", "guardian"),
    ("vecmāmiņa", "vecmāmiņa", "grandmother"),
    ("mother", "māte", "mother"),
    ("krustmāte", "krustmāte", "krustmāte"),  # not a usual word: as typed, in both
    (" tante Ilze ", "tante Ilze", "tante Ilze"),
])
def test_relation_in_each_language(typed: str, lv: str, en: str) -> None:
    assert relation_text(typed, "lv") == lv
    assert relation_text(typed, "en") == en
