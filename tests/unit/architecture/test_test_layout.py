"""The tests follow the code: shared builders live in `tests/builders/`, test modules never
import each other (nor a conftest), and the unit tests sit in one folder per feature."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[2]


def _imported_modules(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names]
    return found


def test_modules_import_builders_never_other_test_modules() -> None:
    offenders = []
    for path in TESTS.rglob("*.py"):
        for module in _imported_modules(path):
            last = module.rsplit(".", 1)[-1]
            if module.startswith("tests.") and (last.startswith("test_") or last == "conftest"):
                offenders.append(f"{path.relative_to(TESTS)} imports {module}")
    assert offenders == []


def test_the_guard_sees_an_import_of_a_test_module(tmp_path: Path) -> None:
    sample = tmp_path / "test_sample.py"
    sample.write_text("from tests.unit.plans.test_plans import something\n", encoding="utf-8")
    assert _imported_modules(sample) == ["tests.unit.plans.test_plans"]


def test_unit_tests_sit_in_feature_folders() -> None:
    loose = sorted(p.name for p in (TESTS / "unit").glob("test_*.py"))
    assert loose == []
    for folder in (p for p in (TESTS / "unit").iterdir() if p.is_dir() and p.name != "__pycache__"):
        assert (folder / "__init__.py").is_file(), folder.name
