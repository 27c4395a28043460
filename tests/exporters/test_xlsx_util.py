"""The one place every workbook cell is written: types, dates, links, text safety."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from exporters.xlsx_util import MAX_URL, Link, Styled, writing_book


def test_cells_keep_their_types_and_links_fall_back_to_text(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    long_url = "https://intranet.example/" + "a" * MAX_URL
    with writing_book(path) as book:
        out = book.sheet("Blad")
        out.append(
            [
                date(2025, 3, 1),
                date(1899, 5, 1),
                datetime(2024, 1, 2, 3, 4),
                Link("https://intranet.example/verlof"),
                Link(long_url),
                Link("https://intranet.example/met spatie"),
                Link("javascript:alert(1)"),
                "=SOM(A1:A2)",
                "regel 1\r\nregel 2",
                Styled(3.5, {"num_format": "0.0"}),
                float("nan"),
                True,
            ]
        )
    ws = load_workbook(path)["Blad"]
    row = [c for c in ws[1]]
    assert row[0].value == datetime(2025, 3, 1) and row[0].is_date
    assert row[1].value == "1899-05-01"  # before Excel's calendar: text, not a wrong date
    assert row[2].value == datetime(2024, 1, 2, 3, 4)
    assert row[3].hyperlink.target == "https://intranet.example/verlof"
    for cell in row[4:7]:  # too long, a blank, not http(s): text only
        assert cell.hyperlink is None and isinstance(cell.value, str)
    assert row[7].value == "'=SOM(A1:A2)" and row[7].data_type == "s"
    assert row[8].value == "regel 1\nregel 2"
    assert (row[9].value, row[9].number_format) == (3.5, "0.0")
    assert row[10].value is None  # NaN is no number a spreadsheet can hold
    assert row[11].value is True
