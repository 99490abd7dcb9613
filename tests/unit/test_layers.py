"""The layers hold: read every module's imports (AST) and check the house rules.

- PySide6 only in app/ui and app/main.py;
- the hub shares only app/sync with the school app;
- the domain (models, services, sync, reports) never imports the UI or the hub.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules() -> list[tuple[str, set[str]]]:
    return [
        (p.relative_to(APP.parent).as_posix(), _imports(p))
        for p in sorted(APP.rglob("*.py"))
    ]


def _offenders(allowed: Callable[[str], bool], forbidden_prefix: str) -> list[str]:
    return [
        f"{rel} imports {name}"
        for rel, names in _modules()
        if not allowed(rel)
        for name in names
        if name == forbidden_prefix or name.startswith(forbidden_prefix + ".")
    ]


def test_pyside6_only_in_ui_and_main() -> None:
    def allowed(rel: str) -> bool:
        return rel.startswith("app/ui/") or rel == "app/main.py"

    assert _offenders(allowed, "PySide6") == []


def test_hub_shares_only_the_sync_protocol() -> None:
    bad = [
        f"{rel} imports {name}"
        for rel, names in _modules()
        if rel.startswith("app/hub/")
        for name in names
        if name.startswith("app.") and not name.startswith(("app.sync", "app.hub"))
        and name not in ("app.errors", "app.i18n", "app.paths", "app.formatting",
                         "app.argparse_i18n")
    ]
    assert bad == []


def test_school_app_never_imports_the_hub() -> None:
    assert _offenders(lambda rel: rel.startswith("app/hub/"), "app.hub") == []


def test_domain_never_imports_the_ui() -> None:
    def allowed(rel: str) -> bool:
        return rel.startswith("app/ui/") or rel == "app/main.py"

    assert _offenders(allowed, "app.ui") == []


def test_the_guard_sees_imports() -> None:
    """The AST reader finds a real import, so the checks above cannot pass vacuously."""
    assert "sqlalchemy" in _imports(APP / "models" / "base.py")
    assert any(rel == "app/models/db.py" for rel, _ in _modules())
