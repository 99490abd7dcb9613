"""`pumpurs data-inventory --out FILE.md|FILE.pdf [--lang en]`: what Pumpurs stores where,
generated from the models (`app.services.inventory`). Needs no database."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.i18n import LANGUAGES, render
from app.services.inventory import write_inventory


def add_inventory_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("data-inventory", help="write the data inventory: every table and "
                       "field, its kind of data, place, readers, retention and whether it "
                       "leaves the school")
    p.add_argument("--out", type=Path, required=True,
                   help="the file to write: .md for Markdown, .pdf for a PDF")
    p.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                   help="language of messages: lv (default) or en")


def data_inventory(args: argparse.Namespace, db: Path, lang: str, mode: str,
                   plaintext: bool) -> int:
    write_inventory(args.out, lang)
    print(render("cli.inventory_written", lang, path=args.out), flush=True)
    return 0
