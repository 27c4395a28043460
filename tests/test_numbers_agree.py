"""The crawl's lines, the page table's "of N pages shown", the summary and the workbook count the
same rows, or say what the difference is made of, and those parts add up (issue 10, on the demo)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from audit_app.cli import main
from audit_app.core.page_query import visible_count
from audit_app.core.project import Project
from audit_app.core.scoring.summary import build_summary, render_text
from exporters.options import ExportOptions
from exporters.workbook import export_workbook


def _ints(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text)]


def test_the_demo_counts_agree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.audit"
    assert main(["demo", "--no-gui", "--project", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    table_line = next(line for line in out if line.startswith("In het project, zoals de tabel"))
    done_line = next(line for line in out if line.startswith("Klaar: "))
    in_table, *table_parts = _ints(table_line)
    assert in_table == sum(table_parts)  # 236 = 228 fetched + 8 broken
    # Klaar: 257 adressen opgehaald in 3,6 s (70,9 per seconde): 228 ..., 8 kapot, 21 ...
    total = _ints(done_line)[0]
    parts = _ints(done_line.split(": ", 2)[2])
    assert total == sum(parts) and len(parts) >= 2
    assert parts[:2] == table_parts[:2]  # the pages that answered, the broken ones

    with Project.open(path) as project:
        with project.read() as conn:
            assert visible_count(conn) == in_table  # the table's "of N pages shown"
        summary = build_summary(project)
        export_workbook(project, tmp_path / "plan.xlsx", options=ExportOptions())
    t = summary["totals"]
    assert t["scored"] == table_parts[0]  # the summary scores the pages that answered ...
    assert f"In de tabel: {in_table} pagina's en documenten" in render_text(summary)  # ... and says

    sheet = load_workbook(tmp_path / "plan.xlsx")["Samenvatting"]
    cells = [row[:2] for row in sheet.iter_rows(values_only=True)]
    plan_total = next(n for label, n in cells if label == "Totaal")
    note = next(label for label, _ in cells if str(label or "").startswith("Niet in het plan"))
    assert plan_total == table_parts[0]
    assert plan_total + _ints(note)[0] == in_table and _ints(note)[1] == in_table
