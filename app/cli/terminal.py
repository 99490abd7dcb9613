"""Asking on the terminal: passwords and passphrases, never echoed; nothing without a tty."""

from __future__ import annotations

import getpass
import sys


def ask_on_terminal(prompt: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt + " ")


YES = ("j", "jā", "ja", "y", "yes")


def confirm_on_terminal(prompt: str) -> bool:
    """A yes/no question answered on the terminal (echoed); no terminal means no."""
    if not sys.stdin.isatty():
        return False
    return input(prompt + " ").strip().casefold() in YES
