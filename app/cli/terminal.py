"""Asking on the terminal: passwords and passphrases, never echoed; nothing without a tty."""

from __future__ import annotations

import getpass
import sys


def ask_on_terminal(prompt: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt + " ")
