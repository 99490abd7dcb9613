"""Shared by several test modules: MakeContext."""

from __future__ import annotations

from collections.abc import Callable

from app.ui.context import UiContext

MakeContext = Callable[..., UiContext]
