"""The composition root: parses the command line, runs a sub-command or starts the desktop app.

The only module outside app/ui that imports Qt — and it does so only when the desktop app
is started (or `pumpurs self-test` checks the sign-in window), so `pumpurs demo` and
`pumpurs check-db` run on machines without a display.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from app.argparse_i18n import in_language
from app.cli.parser import build_parser, options
from app.cli.run import run
from app.i18n import render
from app.log_file import start_log_file


def window_check(folder: Path) -> str | None:
    """`self-test`'s check of the desktop: the sign-in window in Latvian (offscreen without a
    display). Qt is imported only here; a Qt that cannot load fails this check by name."""
    from app.ui.sign_in_check import sign_in_window_check

    return sign_in_window_check(folder)


def _has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY")
                or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = in_language(build_parser, argv).parse_args(argv)
    if args.command:
        return run(argv, extra_checks=(("window", window_check),))
    db, lang, mode, plaintext = options(args)
    if not _has_display():
        print(render("cli.no_display", lang), file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO)  # the console, as before
    start_log_file()  # and the rotating file in the user's log folder
    from app.ui.desktop import run_desktop  # Qt only from here on; a missing file starts
                                            # the first-run wizard

    return run_desktop(db, lang, mode, plaintext)


if __name__ == "__main__":
    raise SystemExit(main())
