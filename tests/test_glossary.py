"""One language: every text people read uses the glossary's word for each concept.

Scans the Dutch translations and English source strings of the app, the words the exports
write, the CLI's messages and the user docs. A text that uses a variant the glossary replaces
("reviewpack", "voorstel", "dashboard", "geen besluit", ...) fails with where it was found.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from audit_app.core.glossary import term, terms, words_outside_glossary
from exporters import labels, reason_words

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "content_audit_nl.ts"


def translations() -> Iterator[tuple[str, str, str]]:
    """(where, English source, Dutch translation) for every message of the app."""
    for ctx in ET.parse(TS).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            dutch = tr.text or " ".join(f.text or "" for f in tr.findall("numerusform"))
            yield f"{TS.name} [{name}]", m.findtext("source") or "", dutch


def strings_in(path: Path) -> Iterator[str]:
    """String literals of a module, without docstrings (those are for developers) and without
    the names of commands and options ("review-packs" keeps its name, like every command)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    skip |= {
        id(arg)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("add_parser", "add_argument")
        for arg in node.args
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            yield node.value


def prose_lines(path: Path) -> Iterator[tuple[int, str]]:
    """The lines of a Markdown page as people read them: code blocks, `code` and link targets
    keep their names (commands, options, file names), so they are left out."""
    fenced = False
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if fenced or line.startswith(("    ", "$ ")):
            if " # " in line:  # a comment beside a command is prose
                yield n, line.split(" # ", 1)[1]
            continue
        yield n, re.sub(r"\]\([^)]*\)", "]", re.sub(r"`[^`]*`", "", line))


def export_words() -> Iterator[tuple[str, str]]:
    """(nl, en) pairs from the exports' word tables."""

    def walk(value: object) -> Iterator[tuple[str, str]]:
        if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value):
            yield value[0], value[1]
        elif isinstance(value, dict):
            for v in value.values():
                yield from walk(v)

    for module in (labels, reason_words):
        for name in dir(module):
            yield from walk(getattr(module, name))


def dutch_texts() -> Iterator[tuple[str, str]]:
    for where, _src, dutch in translations():
        yield where, dutch
    for nl, _en in export_words():
        yield "exporters/labels.py", nl
    for path in [
        ROOT / "audit_app" / "cli.py",
        *sorted((ROOT / "audit_app" / "commands").glob("*.py")),
    ]:
        for text in strings_in(path):
            yield str(path.relative_to(ROOT)), text
    for path in sorted((ROOT / "docs").glob("*.md")):
        for n, line in prose_lines(path):
            yield f"{path.relative_to(ROOT)}:{n}", line


def english_texts() -> Iterator[tuple[str, str]]:
    for where, src, _dutch in translations():
        yield where, src
    for _nl, en in export_words():
        yield "exporters/labels.py", en
    for n, line in prose_lines(ROOT / "README.md"):  # the README is for developers: English
        yield f"README.md:{n}", line


@pytest.mark.parametrize(("lang", "texts"), [("nl", dutch_texts), ("en", english_texts)])
def test_texts_use_the_glossary(lang: str, texts: object) -> None:
    found = [
        f"{where}: '{hit.found}' → '{hit.use}'  ({text.strip()[:80]})"
        for where, text in texts()  # type: ignore[operator]
        for hit in words_outside_glossary(text, lang)
    ]
    assert not found, "\n".join(found)


def test_the_check_can_fail() -> None:
    hits = words_outside_glossary("Maak de reviewpacks en kijk op het dashboard.", "nl")
    assert [(h.found, h.use) for h in hits] == [
        ("reviewpacks", "reviewpakket"),
        ("dashboard", "overzicht"),
    ]
    assert words_outside_glossary("Nog geen besluiten genomen.", "nl") == []
    hits = words_outside_glossary("Stuur de packs terug; het ZIP-pakket en de package blijven.")
    assert [h.found for h in hits] == ["packs"]


def test_code_and_link_targets_keep_their_names(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "Zie [Exporteren](export-and-review-packs.md) en `content-audit review-packs`.\n"
        "```\ncontent-audit review-packs x.audit -o packs/  # maakt de packs\n```\n"
        "De packs gaan terug.\n",
        encoding="utf-8",
    )
    assert [n for n, line in prose_lines(page) if words_outside_glossary(line)] == [3, 5]


def test_decision_words_are_the_glossarys() -> None:
    """The app's labels for the decisions say exactly what the glossary says."""
    found = {src: dutch for _w, src, dutch in translations() if _w.endswith("[Labels]")}
    for concept, english in (("keep", "Keep"), ("rewrite", "Rewrite"), ("delete", "Delete")):
        assert found[english].lower() == term(concept, "nl")
        assert english.lower() == term(concept, "en")
    assert found["Undecided"].lower() == term("undecided", "nl")
    assert len(terms()) >= 20
