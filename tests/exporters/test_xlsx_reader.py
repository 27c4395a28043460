from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from audit_app.core.project import Project
from exporters import xlsx_reader
from exporters.workbook import export_workbook
from exporters.xlsx_reader import Unreadable, UnreadableWorkbook, XlsxValues
from tests.exporters.helpers import build_sample


def test_reads_our_own_workbook(project: Project, tmp_path: Path) -> None:
    sample = build_sample(project)
    out = tmp_path / "plan.xlsx"
    export_workbook(project, out)
    book = XlsxValues(out)
    try:
        assert book.sheetnames[:2] == ["Migratieplan", "Navigatie"]
        assert book.state("Lijsten") == "hidden"
        rows = dict(book.rows("Migratieplan"))
        heads = rows[1]
        by_id = {r[0]: dict(zip(heads, r, strict=False)) for n, r in rows.items() if n > 1}
        verlof = by_id[sample.pages["verlof"]]
        assert verlof["Besluit"] == "behouden"
        assert verlof["Leesbaarheid"] == 62.5
        assert verlof["Laatst gewijzigd"] == datetime(2025, 3, 1)
        assert by_id[sample.pages["formulieren"]]["Titel"] == "'=Formulieren"
    finally:
        book.close()


def test_formula_and_error_cells_are_not_values(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "=1+2"
    ws["B1"] = "gewoon"
    ws["C1"].value = "#REF!"
    ws["C1"].data_type = "e"
    path = tmp_path / "f.xlsx"
    wb.save(path)
    book = XlsxValues(path)
    assert list(book.rows(ws.title)) == [
        (1, [Unreadable("formula", "=1+2"), "gewoon", Unreadable("error", "#REF!")])
    ]
    book.close()


def _rewrite_part(path: Path, part: str, change: Callable[[bytes], bytes]) -> None:
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            zout.writestr(info, change(data) if info.filename == part else data)


BOMB = (
    b'<?xml version="1.0"?>\n<!-- een commentaar -->\n<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
)


@pytest.mark.parametrize(
    "part", ["xl/worksheets/sheet1.xml", "xl/workbook.xml", "[Content_Types].xml"]
)
def test_a_part_with_a_dtd_is_refused_unparsed(tmp_path: Path, part: str) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "x"
    path = tmp_path / "dtd.xlsx"
    wb.save(path)

    def add_dtd(data: bytes) -> bytes:
        body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
        return BOMB + body.replace(b">x<", b">&b;<")

    _rewrite_part(path, part, add_dtd)
    with pytest.raises(UnreadableWorkbook, match="DTD"):
        XlsxValues(path)


def test_parts_over_the_size_cap_are_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for r in range(1, 200):
        ws.cell(r, 1, "verlof " * 20)
    path = tmp_path / "groot.xlsx"
    wb.save(path)
    XlsxValues(path).close()
    monkeypatch.setattr(xlsx_reader, "MAX_PART_BYTES", 10_000)
    with pytest.raises(UnreadableWorkbook, match="te groot"):
        XlsxValues(path)
    monkeypatch.setattr(xlsx_reader, "MAX_PART_BYTES", 200_000_000)
    monkeypatch.setattr(xlsx_reader, "MAX_TOTAL_BYTES", 10_000)
    with pytest.raises(UnreadableWorkbook, match="te groot"):
        XlsxValues(path)


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
