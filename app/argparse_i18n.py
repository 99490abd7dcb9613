"""The command line in the user's language: help texts and argparse's own messages.

Help texts are written in English in the code (like Qt's source strings) and translated from
`resources/i18n/cli_lv.json` (English → Latvian). `in_language(build_parser, argv)` picks the
language (`--lang`, else $PUMPURS_LANG, else Latvian), translates every help text and
description of the parser tree, and makes argparse's own words ("usage:", "error: the
following arguments are required") Latvian too. Shared by `pumpurs` and `pumpurs-hub`.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable, Sequence
from functools import cache

from app.i18n import DEFAULT_LANGUAGE, LANGUAGES
from app.paths import resource_path


@cache
def latvian() -> dict[str, str]:
    with resource_path("i18n", "cli_lv.json").open(encoding="utf-8") as fh:
        data: dict[str, str] = json.load(fh)
    return data


def cli_language(argv: Sequence[str]) -> str:
    """The language asked for on the command line, else $PUMPURS_LANG, else Latvian."""
    args = list(argv)
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1] if args[i + 1] in LANGUAGES else DEFAULT_LANGUAGE
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
            return value if value in LANGUAGES else DEFAULT_LANGUAGE
    env = os.environ.get("PUMPURS_LANG", DEFAULT_LANGUAGE)
    return env if env in LANGUAGES else DEFAULT_LANGUAGE


def translate(text: str, lang: str) -> str:
    return latvian().get(text, text) if lang == "lv" else text


def parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """The parser and every sub-command parser below it."""
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                found += parsers(child)
    return found


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every description and help text a person can see in `--help`."""
    texts: list[str] = []
    for p in parsers(parser):
        if p.description:
            texts.append(p.description)
        for action in p._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                texts.append(action.help)
            if isinstance(action, argparse._SubParsersAction):
                texts += [c.help for c in action._choices_actions if c.help]
    return texts


def in_language(build: Callable[[], argparse.ArgumentParser],
                argv: Sequence[str]) -> argparse.ArgumentParser:
    """The parser `build` makes, in the language `argv` asks for. argparse's own words are
    switched before it is built (group titles such as "options" are fixed at build time)."""
    lang = cli_language(argv)
    argparse._ = lambda text: translate(text, lang)  # type: ignore[attr-defined]
    parser = build()
    if lang == "en":
        return parser
    for p in parsers(parser):
        if p.description:
            p.description = translate(p.description, lang)
        for action in p._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                action.help = translate(action.help, lang)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    choice.help = translate(choice.help or "", lang) or None
    return parser
