"""The four risk categories carry their official names everywhere a person reads them: the
catalogue, the hub's PDF and the pupils export (issue 17 #11), in both languages."""

from __future__ import annotations

import pytest

from app.i18n import render

CATEGORIES = ("learning", "social_health", "economic", "family")


@pytest.mark.parametrize("lang", ["lv", "en"])
@pytest.mark.parametrize("category", CATEGORIES)
def test_the_official_name_everywhere(lang: str, category: str) -> None:
    official = render(f"catalogue.category.{category}", lang)
    assert render(f"hub.pdf.category.{category}", lang) == official
    assert render(f"roster.export.column.category.{category}", lang) == official


def test_the_learning_category_is_named_as_in_the_programme() -> None:
    assert render("catalogue.category.learning", "lv") == (
        "Ar mācību darbu/izglītības iestādes vidi saistītie riski")
