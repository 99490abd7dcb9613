"""The layers hold: read every module's imports (AST) and check the house rules.

- PySide6 only in app/ui and app/main.py;
- the hub shares only app/sync (and errors, i18n, paths, formatting, argparse_i18n) with the
  school app;
- the domain (models, services, sync, reports) never imports the UI or the hub;
- a feature package of app/services imports only the packages below it (SERVICE_ORDER);
- app/ui imports no app.cli and of app.models only app.models.enums (it goes through the
  services);
- only app/main.py (and app/cli itself) imports app.cli.

Each rule has a check that its guard sees real imports: run with a rule made stricter, it
names modules that exist today, so no rule can pass because it reads nothing.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Callable
from pathlib import Path

APP = Path(__file__).resolve().parents[3] / "app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@functools.cache
def _modules() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple(
        (p.relative_to(APP.parent).as_posix(), frozenset(_imports(p)))
        for p in sorted(APP.rglob("*.py"))
    )


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


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


HUB_SHARES = ("app.sync", "app.errors", "app.i18n", "app.paths", "app.formatting",
              "app.argparse_i18n")


def _hub_offenders(shared: tuple[str, ...]) -> list[str]:
    return [
        f"{rel} imports {name}"
        for rel, names in _modules()
        if rel.startswith("app/hub/")
        for name in names
        if _within(name, "app") and not _within(name, "app.hub")
        and not any(_within(name, s) for s in shared)
    ]


def test_hub_shares_only_the_sync_protocol() -> None:
    assert _hub_offenders(HUB_SHARES) == []


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


def test_the_hub_guard_sees_the_hubs_real_imports() -> None:
    found = _hub_offenders(("app.errors", "app.i18n", "app.paths", "app.formatting",
                            "app.argparse_i18n"))  # app.sync left out on purpose
    assert any(" imports app.sync." in line for line in found)


# --- feature packages of app/services ----------------------------------------------------

SERVICE_ORDER: dict[str, int] = {
    "core": 0,
    "users": 1,
    "catalogue": 2,
    "students": 3,
    "school": 4,
    "assessments": 5,
    "support": 6,
    "roster": 6,
    "indicators": 7,
    "early_warning": 8,
    "plans": 7,
    "approvals": 8,
    "report_data": 9,
    "year_opening": 9,
    "sync": 10,
    "history": 11,
    "checks": 11,
    "my_work": 12,
    "subject_access": 12,
    "retention": 12,
    "backup": 11,
    "inventory": 1,
}
"""A package imports only packages with a lower number (core is below all of them);
packages with the same number never import each other."""


def _service_edges() -> set[tuple[str, str, str]]:
    """(importing package, imported package, module) for every import between two feature
    packages of app/services."""
    edges = set()
    for rel, names in _modules():
        parts = rel.split("/")
        if parts[:2] != ["app", "services"] or len(parts) < 4:
            continue
        for name in names:
            bits = name.split(".")
            if bits[:2] == ["app", "services"] and len(bits) > 2 and bits[2] != parts[2]:
                edges.add((parts[2], bits[2], rel))
    return edges


def _service_offenders(order: dict[str, int]) -> list[str]:
    return sorted(f"{rel} ({pkg}) imports app.services.{used}"
                  for pkg, used, rel in _service_edges()
                  if pkg not in order or used not in order or order[used] >= order[pkg])


def test_every_feature_package_is_in_the_order() -> None:
    packages = {p.name for p in (APP / "services").iterdir()
                if p.is_dir() and (p / "__init__.py").exists()}
    assert packages == set(SERVICE_ORDER)


def test_a_feature_package_imports_only_the_packages_below_it() -> None:
    assert _service_offenders(SERVICE_ORDER) == []


def test_nothing_imports_the_services_package_itself() -> None:
    """`from app.services import x` would hide which feature package is used."""
    assert [rel for rel, names in _modules() if "app.services" in names] == []


def test_the_service_guard_sees_the_real_imports_between_packages() -> None:
    edges = {(pkg, used) for pkg, used, _ in _service_edges()}
    assert {("report_data", "plans"), ("plans", "support"), ("sync", "assessments"),
            ("school", "students"), ("history", "users")} <= edges
    upside_down = {pkg: -n for pkg, n in SERVICE_ORDER.items()}
    assert any("imports app.services.core" in line
               for line in _service_offenders(upside_down))


# --- the UI goes through the services; the command line is an entry point ----------------

def _ui_offenders(models_allowed: tuple[str, ...]) -> list[str]:
    return [
        f"{rel} imports {name}"
        for rel, names in _modules()
        if rel.startswith("app/ui/")
        for name in names
        if _within(name, "app.cli")
        or (_within(name, "app.models") and not any(_within(name, m) for m in models_allowed))
    ]


def test_the_ui_imports_no_cli_and_of_the_models_only_the_enums() -> None:
    assert _ui_offenders(("app.models.enums",)) == []


def test_the_ui_guard_sees_the_uis_real_imports() -> None:
    assert any(line.endswith(" imports app.models.enums") for line in _ui_offenders(()))


def _cli_offenders(allowed: Callable[[str], bool]) -> list[str]:
    return _offenders(allowed, "app.cli")


def test_only_the_entry_point_imports_the_command_line() -> None:
    assert _cli_offenders(lambda rel: rel == "app/main.py" or rel.startswith("app/cli/")) == []


def test_the_cli_guard_sees_the_entry_points_real_import() -> None:
    found = _cli_offenders(lambda rel: rel.startswith("app/cli/"))
    assert found and all(line.startswith("app/main.py imports app.cli.") for line in found)
