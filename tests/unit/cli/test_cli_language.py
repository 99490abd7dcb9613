"""The command line speaks Latvian by default: help texts and argparse's own messages."""

from __future__ import annotations

import argparse

import pytest

from app.argparse_i18n import help_texts, in_language, latvian
from app.cli.parser import build_parser
from app.hub.cli import _parser as hub_parser
from app.main import main


def test_every_help_text_has_a_latvian_translation() -> None:
    english = ["--lang", "en"]  # the source texts, whatever language an earlier test left
    texts = set(help_texts(in_language(build_parser, english))
                + help_texts(in_language(hub_parser, english)))
    assert len(texts) > 40
    assert sorted(t for t in texts if t not in latvian()) == []


def test_a_missing_argument_is_told_in_latvian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["demo"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "kļūda: nav norādīti obligātie argumenti: --db" in err
    assert err.startswith("lietojums: ")


def test_help_in_latvian_and_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["sync", "--help"])
    assert "ierakstīt nenosūtītos sūtījumus mapē (USB)" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "izveidot demonstrācijas skolu" in out and "opcijas" in out
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    out = capsys.readouterr().out
    assert "create a demo school with a fixed seed" in out and "options" in out


def test_argparse_words_are_known_to_the_catalogue() -> None:
    # The strings argparse passes through gettext for the errors a person can cause.
    for text in ("usage: ", "the following arguments are required: %s",
                 "invalid choice: %(value)r (choose from %(choices)s)"):
        assert text in latvian()
    assert argparse._("usage: ") in ("usage: ", "lietojums: ")  # argparse asks through `_`
