"""The management report: one self-contained HTML file with the baseline and the plan."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

from audit_app.core.project import Project
from tests.exporters.helpers import build_sample, run_cli


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.refs += [v or "" for k, v in attrs if k in ("src", "href")]


def test_report_is_one_file_with_figures_and_no_outside_references(
    project: Project, tmp_path: Path
) -> None:
    build_sample(project)
    out = tmp_path / "rapport.html"
    assert run_cli("report", str(project.path), "-o", str(out)) == 0
    text = out.read_text(encoding="utf-8")
    parser = _Refs()
    parser.feed(text)
    assert parser.refs == [] and "script" not in parser.tags  # nothing fetched, nothing run
    assert "default-src 'none'" in text
    assert "Nulmeting: het oude intranet" in text
    cards = dict(
        (html.unescape(label), int(n.replace(".", "")))
        for n, label in re.findall(r'<div class="card"><b>([\d.]+)</b>([^<]+)</div>', text)
    )
    assert cards["pagina's en documenten"] == 6
    assert cards["met een besluit"] == 3
    assert text.count("<svg") >= 3
    assert 'fill="#2E7D32"' in text  # keep green, as in the app
