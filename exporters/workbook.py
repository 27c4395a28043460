"""The migration workbook: the plan the project group keeps working on in Excel.

Written in openpyxl's streaming (write-only) mode so 100,000 pages fit in a few hundred MB;
the sheets that need the whole plan at once (navigation counts, summary) are built from
SQL aggregates instead of from the rows. Dropdowns and fills use the same words as the cells,
so people can keep deciding in Excel after the export.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import Connection, select

from audit_app.core import schema as s
from audit_app.core.navigation import node_paths
from audit_app.core.progress import Progress
from audit_app.core.project import Project
from exporters import labels
from exporters.fast_rows import FastRows, Formatted, Link, splice
from exporters.labels import Lang
from exporters.options import ExportOptions
from exporters.plan import (
    PLAN_COLUMNS,
    count_plan_rows,
    iter_plan_rows,
    plan_headers,
    plan_values,
)
from exporters.workbook_sheets import (
    write_broken_links,
    write_lists,
    write_navigation,
    write_redirects,
    write_summary,
)
from exporters.xlsx_util import (
    LINK_FONT,
    SheetWriter,
    discard_streaming,
    finish_table,
    replace_when_done,
    sheet_title,
)

PLAN_WIDTHS = {
    "id": 8, "url": 50, "title": 45, "section": 30, "kind": 11, "last_modified": 14,
    "date_source": 20, "age_band": 18, "readability": 12, "readability_band": 18, "words": 9,
    "inlinks": 9, "views": 14, "duplicate_of": 40, "suggestion": 13, "reasons": 45,
    "hard_words": 40, "decision": 15, "nav_home": 45, "reviewer": 22, "status": 13, "note": 40,
}  # fmt: skip

# Soft fills so text stays readable: keep green, rewrite amber, delete red.
DECISION_FILLS = {"keep": "E2F0D9", "rewrite": "FFF2CC", "delete": "F8CBAD"}

NAV_LIST_NAME = "Navigatiehuizen"
PROGRESS_STEP = 1000


def _col(key: str) -> str:
    return get_column_letter(PLAN_COLUMNS.index(key) + 1)


def _plan_sheet(
    wb: Workbook,
    conn: Connection,
    title: str,
    nav_paths: dict[int, str],
    lang: Lang,
    fast: list[FastRows],
    *,
    reviewer_id: int | None,
    progress: Progress | None,
) -> int:
    ws = wb.create_sheet(title)
    SheetWriter(ws).header(plan_headers(lang), [PLAN_WIDTHS[k] for k in PLAN_COLUMNS])
    out = FastRows(ws, LINK_FONT)
    fast.append(out)
    url_i = PLAN_COLUMNS.index("url")
    dup_i = PLAN_COLUMNS.index("duplicate_of")
    read_i = PLAN_COLUMNS.index("readability")
    n = 0
    for row in iter_plan_rows(conn, nav_paths, reviewer_id):
        values = plan_values(row, lang)
        values[url_i] = Link(row.url)
        if row.duplicate_of:
            values[dup_i] = Link(row.duplicate_of)
        if values[read_i] is not None:
            values[read_i] = Formatted(values[read_i], "0.0")
        out.append(values)
        n += 1
        if progress is not None and n % PROGRESS_STEP == 0:
            progress.check()
            progress.update(advance=PROGRESS_STEP)
    if progress is not None:
        progress.update(advance=n % PROGRESS_STEP)
    last = n + 1
    finish_table(ws, len(PLAN_COLUMNS), last)
    if n:
        _decision_fills(ws, last, lang)
        _dropdowns(ws, last, lang, nav_paths)
    return n


def _decision_fills(ws: object, last: int, lang: Lang) -> None:
    """Conditional fills follow the decision column, also after people edit it in Excel."""
    col = _col("decision")
    area = f"A2:{get_column_letter(len(PLAN_COLUMNS))}{last}"
    for code, colour in DECISION_FILLS.items():
        word = labels.value(lang, "decision", code)
        rule = FormulaRule(
            formula=[f'${col}2="{word}"'], fill=PatternFill("solid", start_color=colour)
        )
        ws.conditional_formatting.add(area, rule)  # type: ignore[attr-defined]


def _dropdowns(ws: object, last: int, lang: Lang, nav_paths: dict[int, str]) -> None:
    dvs = ws.data_validations  # type: ignore[attr-defined]
    for key, group in (("decision", "decision"), ("status", "status")):
        dv = DataValidation(
            type="list",
            formula1='"' + ",".join(labels.choices(lang, group)) + '"',
            allow_blank=True,
        )
        dv.add(f"{_col(key)}2:{_col(key)}{last}")
        dvs.append(dv)
    if nav_paths:
        dv = DataValidation(type="list", formula1=NAV_LIST_NAME, allow_blank=True)
        dv.error = "Kies een plek uit de navigatie." if lang == "nl" else "Pick a navigation home."
        dv.showErrorMessage = True
        dv.add(f"{_col('nav_home')}2:{_col('nav_home')}{last}")
        dvs.append(dv)


def export_workbook(
    project: Project,
    path: str | Path,
    *,
    options: ExportOptions | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the migration workbook to *path*; returns the number of pages in the plan.

    The file appears only when complete: a cancelled export (Progress.cancel) leaves any
    earlier workbook at *path* untouched.
    """
    opts = options or ExportOptions()
    lang = opts.lang
    target = Path(path)
    with project.read() as conn, replace_when_done(target) as tmp:
        nav_paths = node_paths(conn)
        total = count_plan_rows(conn)
        if progress is not None:
            progress.update(0, total, labels.text(lang, "sheet.plan"), force=True)
        wb = Workbook(write_only=True)
        fast: list[FastRows] = []
        try:
            n = _fill(wb, conn, opts, nav_paths, fast, progress)
            wb.save(tmp)
            splice(tmp, fast)
        except BaseException:
            discard_streaming(wb)
            for rows in fast:
                rows.discard()
            raise
        if progress is not None:
            progress.update(total, total, "Klaar", force=True)
    return n


def _fill(
    wb: Workbook,
    conn: Connection,
    opts: ExportOptions,
    nav_paths: dict[int, str],
    fast: list[FastRows],
    progress: Progress | None,
) -> int:
    lang = opts.lang
    taken: set[str] = set()
    names = {
        key: sheet_title(labels.text(lang, key), taken)
        for key in (
            "sheet.plan",
            "sheet.nav",
            "sheet.summary",
            "sheet.redirects",
            "sheet.broken",
            "sheet.lists",
        )
    }
    n = _plan_sheet(
        wb,
        conn,
        names["sheet.plan"],
        nav_paths,
        lang,
        fast,
        reviewer_id=None,
        progress=progress,
    )
    write_navigation(wb.create_sheet(names["sheet.nav"]), conn, lang)
    write_summary(wb.create_sheet(names["sheet.summary"]), conn, lang)
    if progress is not None:
        progress.update(message=labels.text(lang, "sheet.redirects"), force=True)
    fast.append(
        write_redirects(
            wb.create_sheet(names["sheet.redirects"]), conn, lang, opts.base_url, nav_paths
        )
    )
    write_broken_links(wb.create_sheet(names["sheet.broken"]), conn, lang)
    if opts.per_reviewer:
        reviewers = conn.execute(
            select(s.reviewers.c.id, s.reviewers.c.name).order_by(s.reviewers.c.name)
        ).all()
        for rid, name in reviewers:
            if progress is not None:
                progress.check()
                progress.update(message=name)
            _plan_sheet(
                wb,
                conn,
                sheet_title(name, taken),
                nav_paths,
                lang,
                fast,
                reviewer_id=rid,
                progress=None,
            )
    lists_ws = wb.create_sheet(names["sheet.lists"])
    nav_rows = write_lists(lists_ws, conn, lang, nav_paths)
    lists_ws.sheet_state = "hidden"
    if nav_rows:
        ref = f"{quote_sheetname(lists_ws.title)}!$A$2:$A${nav_rows + 1}"
        wb.defined_names[NAV_LIST_NAME] = DefinedName(NAV_LIST_NAME, attr_text=ref)
    if progress is not None:
        progress.check()
        progress.update(message="Opslaan", force=True)
    return n
