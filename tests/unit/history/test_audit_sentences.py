"""Every action the code writes to the audit trail reads as a sentence in both languages:
the audit viewer and the pupil's history never show a raw code such as `sync.plan_returned`.
"""

from __future__ import annotations

import ast
from pathlib import Path

from app.i18n import catalogue

APP = Path(__file__).resolve().parents[3] / "app"
# Actions built from a value: every value the code passes.
TEMPLATED = {
    "sync.plan_{outcome}": ("sync.plan_accepted", "sync.plan_returned"),
    "report.{report}": ("report.plan", "report.plans", "report.semester"),
    "indicators.{kind}_import": ("indicators.attendance_import", "indicators.marks_import",
                                 "indicators.conduct_import"),
    # parameters of a private helper: the values its callers pass
    "<action>@accounts.py": ("user.created", "user.first_admin_created"),
    "<action>@auth.py": ("auth.sign_in_failed", "auth.unlock_failed", "auth.confirm_failed"),
    "<action>@editing.py": ("catalogue.sign_edit", "catalogue.measure_edit"),
    "<actions[0]>@editing.py": ("catalogue.sign_retire", "catalogue.measure_retire"),
    "<actions[1]>@editing.py": ("catalogue.sign_restore", "catalogue.measure_restore"),
}


def _values(expr: ast.expr, names: dict[str, list[ast.expr]], where: str) -> list[str]:
    """The action strings an expression can be, as source text for the unknown ones."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return [expr.value]
    if isinstance(expr, ast.IfExp):
        return _values(expr.body, names, where) + _values(expr.orelse, names, where)
    if isinstance(expr, ast.JoinedStr):
        text = "".join(v.value if isinstance(v, ast.Constant)
                       else "{" + ast.unparse(v.value) + "}"  # type: ignore[attr-defined]
                       for v in expr.values)
        return list(TEMPLATED.get(text, (text,)))
    if isinstance(expr, ast.Name) and expr.id in names:
        return [v for e in names[expr.id] for v in _values(e, {}, where)]
    text = f"<{ast.unparse(expr)}>"
    return list(TEMPLATED.get(f"{text}@{where}", (text,)))


def recorded_actions() -> set[str]:
    found: set[str] = set()
    for path in APP.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names: dict[str, list[ast.expr]] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        names.setdefault(target.id, []).append(node.value)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "record" and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "audit" and len(node.args) >= 3):
                found.update(_values(node.args[2], names, path.name))
    return found


def test_the_scan_finds_the_actions() -> None:
    actions = recorded_actions()
    assert {"plan.approve", "consultation.delete", "sync.plan_returned"} <= actions
    assert not [a for a in actions if "{" in a or "<" in a], "name the values in TEMPLATED"


def test_every_recorded_action_has_a_sentence_in_latvian_and_english() -> None:
    actions = recorded_actions()
    for lang in ("lv", "en"):
        messages = catalogue(lang)
        missing = sorted(a for a in actions if f"history.action.{a}" not in messages)
        assert missing == [], f"{lang}: no sentence in history.json for {missing}"
