"""The words to fix per page travel with the workbook and the review packs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from audit_app.core import assignments, reviewers
from audit_app.core.project import Project
from audit_app.core.scoring import score_project
from exporters.options import ExportOptions
from exporters.review_packs import export_review_packs
from exporters.workbook import export_workbook
from tests.scoring.helpers import add_page
from tests.scoring.plain_texts import B1_TEXTS, OFFICIALESE_TEXTS

BASE = "http://intranet.test"
HEAD = "Moeilijke woorden (vervang door)"


def _column(path: Path, sheet: str | None = None) -> dict[str, object]:
    wb = load_workbook(path)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    col = rows[0].index(HEAD)
    url = rows[0].index("Oude URL") if "Oude URL" in rows[0] else 1
    return {str(r[url]): r[col] for r in rows[1:]}


def test_top_hard_words_in_workbook_and_pack(project: Project, tmp_path: Path) -> None:
    hard = f"{BASE}/pz/regeling.html"
    easy = f"{BASE}/pz/verlof.html"
    add_page(project, hard, OFFICIALESE_TEXTS["thuiswerken"], section="P&O")
    add_page(project, easy, B1_TEXTS["verlof"], section="P&O")
    score_project(project, today=date(2026, 11, 22), workers=1)
    with project.transaction() as conn:
        rid = reviewers.add_reviewer(conn, "Anja", None, None, who="t", source="cli")
        assignments.assign_section(conn, "P&O", rid, who="t", source="cli")

    out = tmp_path / "plan.xlsx"
    export_workbook(project, out, options=ExportOptions())
    cells = _column(out, "Migratieplan")
    assert cells[hard] == (
        "teneinde → om; optimaliseren → verbeteren; thans → nu; "
        "in de gelegenheid gesteld → de kans geven; verrichten → doen"
    )
    assert cells[easy] == "intranet"  # no officialese: the uncommon words instead

    pack = export_review_packs(project, tmp_path / "packs")[0]
    pack_cells = _column(pack.path, "Beoordelen")  # the first sheet is the instructions
    assert pack_cells[hard] == cells[hard]
