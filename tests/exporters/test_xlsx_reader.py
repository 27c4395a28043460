from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from audit_app.core.project import Project
from exporters.workbook import export_workbook
from exporters.xlsx_reader import UnreadableWorkbook, XlsxValues
from tests.exporters.helpers import build_sample


def test_reads_the_same_values_as_openpyxl(project: Project, tmp_path: Path) -> None:
    build_sample(project)
    out = tmp_path / "plan.xlsx"
    export_workbook(project, out)
    expected = load_workbook(out)
    book = XlsxValues(out)
    try:
        assert book.sheetnames == expected.sheetnames
        assert book.state("Lijsten") == "hidden"
        for name in ("Migratieplan", "Redirects", "Navigatie"):
            mine = {r: v for r, v in book.rows(name)}
            for row in expected[name].iter_rows():
                for cell in row:
                    got = (
                        mine[cell.row][cell.column - 1]
                        if cell.column <= len(mine[cell.row])
                        else None
                    )
                    if cell.is_date:
                        assert isinstance(got, int)
                    else:
                        assert got == cell.value, (name, cell.coordinate)
    finally:
        book.close()


def test_shared_rich_text_booleans_and_gaps(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = CellRichText("ver", TextBlock(InlineFont(b=True), "lof"))
    ws["C1"] = True
    ws["D1"] = 2.5
    ws["B3"] = "€ één"
    path = tmp_path / "x.xlsx"
    wb.save(path)
    book = XlsxValues(path)
    assert list(book.rows(ws.title)) == [(1, ["verlof", None, True, 2.5]), (3, [None, "€ één"])]
    book.close()


@pytest.mark.parametrize("content", [b"", b"ID;Besluit\n1;behouden\n", b"PK\x03\x04rommel"])
def test_not_a_workbook(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    with pytest.raises(UnreadableWorkbook):
        XlsxValues(path)
