"""Every English source string of part B has a Dutch line in docs/nav_translations_nl.tsv."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILES = ["navigation_model.py", "navigation_panel.py", "reviewers_dialog.py", "dashboard.py"]


def _sources() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for name in FILES:
        tree = ast.parse((ROOT / "audit_app" / "ui" / name).read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for node in ast.walk(cls):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "tr"
                ):
                    arg = node.args[0]
                    assert isinstance(arg, ast.Constant), (
                        f"{name}:{node.lineno}: tr() needs a literal"
                    )
                    found.add((cls.name, arg.value))
    return found


def test_all_strings_have_a_dutch_translation() -> None:
    table: dict[tuple[str, str], str] = {}
    for line in (
        (ROOT / "docs" / "nav_translations_nl.tsv").read_text(encoding="utf-8").splitlines()
    ):
        if line.strip() and not line.startswith("#"):
            context, english, dutch = line.split("\t")
            assert dutch.strip(), english
            assert ("%n" in english) == ("|" in dutch), english
            table[(context, english)] = dutch
    missing = _sources() - set(table)
    assert not missing, sorted(missing)
