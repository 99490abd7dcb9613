"""Run one `pumpurs` sub-command: exit codes, and errors printed as sentences."""

from __future__ import annotations

import sys

from app.cli.parser import build_parser, options
from app.errors import AppError
from app.i18n import render
from app.services.checks.self_test import Check


def run(argv: list[str], extra_checks: tuple[tuple[str, Check], ...] = ()) -> int:
    """Run a sub-command; returns the process exit code. Errors print as sentences.
    `extra_checks` are added to `self-test` (the entry point's check of the desktop)."""
    from app.argparse_i18n import in_language
    from app.cli.commands import COMMANDS

    args = in_language(build_parser, argv).parse_args(argv)
    db, lang, mode, plaintext = options(args)
    args.extra_checks = extra_checks
    try:
        return COMMANDS[args.command](args, db, lang, mode, plaintext)
    except AppError as exc:
        print(exc.text(lang), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(render("cli.interrupted", lang), file=sys.stderr)
        return 130
