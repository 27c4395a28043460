"""The migration workbook: the plan the project group keeps working on in Excel.

Written with XlsxWriter in constant-memory mode (:mod:`exporters.xlsx_util`), so 100,000
pages take the memory of one row; the sheets that need the whole plan at once (navigation
counts, summary) are built from SQL aggregates instead of from the rows. Dropdowns and fills
use the same words as the cells, so people can keep deciding in Excel after the export.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, select

from audit_app.core import schema as s
from audit_app.core.changes import last_change_id
from audit_app.core.navigation import node_paths
from audit_app.core.progress import Progress
from audit_app.core.project import Project, get_setting, utcnow
from exporters import labels
from exporters.labels import Lang
from exporters.options import ExportOptions
from exporters.plan import (
    PLAN_COLUMNS,
    count_plan_rows,
    iter_plan_rows,
    plan_headers,
    plan_values,
)
from exporters.workbook_planning import write_planning, write_recrawl
from exporters.workbook_sheets import (
    write_broken_links,
    write_files,
    write_lists,
    write_navigation,
    write_redirects,
    write_summary,
)
from exporters.xlsx_util import (
    DATE_FORMAT,
    Book,
    Link,
    Sheet,
    col_name,
    replace_when_done,
    sheet_title,
    writing_book,
)

PLAN_WIDTHS = {
    "id": 8, "url": 50, "title": 45, "section": 30, "kind": 11, "last_modified": 14,
    "date_source": 20, "age_band": 18, "readability": 12, "readability_band": 18, "words": 9,
    "inlinks": 14, "views": 14, "duplicate_of": 40, "suggestion": 13, "reasons": 45,
    "hard_words": 40, "decision": 15, "merge_into": 40, "nav_home": 45, "new_url": 45,
    "reviewer": 22, "status": 13, "note": 40,
}  # fmt: skip

# Soft fills so text stays readable: keep green, rewrite amber, merge blue, archive lilac,
# delete red.
DECISION_FILLS = {
    "keep": "#E2F0D9",
    "rewrite": "#FFF2CC",
    "merge": "#DDEBF7",
    "archive": "#E4DFEC",
    "delete": "#F8CBAD",
}

NAV_LIST_NAME = "Navigatiehuizen"
PLAN_META_SHEET = "_plan"
PLAN_FORMAT = "content-audit-migration-plan"
PROGRESS_STEP = 1000


def _col(key: str) -> str:
    return col_name(PLAN_COLUMNS.index(key))


def _plan_sheet(
    book: Book,
    conn: Connection,
    title: str,
    nav_paths: dict[int, str],
    lang: Lang,
    *,
    reviewer_id: int | None,
    progress: Progress | None,
) -> int:
    out = book.sheet(title)
    out.header(plan_headers(lang), [PLAN_WIDTHS.get(k, 14) for k in PLAN_COLUMNS])
    formats = [None] * len(PLAN_COLUMNS)
    formats[PLAN_COLUMNS.index("last_modified")] = book.fmt(num_format=DATE_FORMAT)
    formats[PLAN_COLUMNS.index("readability")] = book.fmt(num_format="0.0")
    url_i = PLAN_COLUMNS.index("url")
    dup_i = PLAN_COLUMNS.index("duplicate_of")
    merge_i = PLAN_COLUMNS.index("merge_into")
    new_i = PLAN_COLUMNS.index("new_url")
    n = 0
    for row in iter_plan_rows(conn, nav_paths, reviewer_id):
        values = plan_values(row, lang)
        values[url_i] = Link(row.url)
        if row.duplicate_of:
            values[dup_i] = Link(row.duplicate_of)
        if row.merge_into_url:
            values[merge_i] = Link(row.merge_into_url)
        if row.new_url:
            values[new_i] = Link(row.new_url)
        out.append(values, formats)
        n += 1
        if progress is not None and n % PROGRESS_STEP == 0:
            progress.check()
            progress.update(advance=PROGRESS_STEP)
    if progress is not None:
        progress.update(advance=n % PROGRESS_STEP)
    out.filter(len(PLAN_COLUMNS))
    out.print_wide()
    if n:
        _decision_fills(out, n + 1, lang)
        _dropdowns(out, n + 1, lang, nav_paths)
    return n


def _decision_fills(out: Sheet, last: int, lang: Lang) -> None:
    """Conditional fills follow the decision column, also after people edit it in Excel."""
    col = _col("decision")
    area = f"A2:{col_name(len(PLAN_COLUMNS) - 1)}{last}"
    for code, colour in DECISION_FILLS.items():
        word = labels.value(lang, "decision", code)
        out.ws.conditional_format(
            area,
            {
                "type": "formula",
                "criteria": f'=${col}2="{word}"',
                "format": out.book.fmt(bg_color=colour),
            },
        )


def _dropdowns(out: Sheet, last: int, lang: Lang, nav_paths: dict[int, str]) -> None:
    for key, group in (("decision", "decision"), ("status", "status")):
        out.ws.data_validation(
            f"{_col(key)}2:{_col(key)}{last}",
            {"validate": "list", "source": labels.choices(lang, group), "ignore_blank": True},
        )
    if nav_paths:
        out.ws.data_validation(
            f"{_col('nav_home')}2:{_col('nav_home')}{last}",
            {
                "validate": "list",
                "source": "=" + NAV_LIST_NAME,
                "ignore_blank": True,
                "error_message": "Kies een plek uit de navigatie."
                if lang == "nl"
                else "Pick a navigation home.",
            },
        )


def _meta_sheet(book: Book, conn: Connection, opts: ExportOptions, plan_sheet: str) -> None:
    """What reading the plan back needs (content-audit import-plan): whose project, which
    sheet, and how far the change log was when it was written, so later changes in the
    project show as conflicts instead of being overwritten."""
    meta = book.sheet(PLAN_META_SHEET)
    values: dict[str, object] = {
        "format": PLAN_FORMAT,
        "format_version": 1,
        "project_id": get_setting(conn, "project_id"),
        "last_change_id": last_change_id(conn),
        "exported_at": utcnow(),
        "plan_sheet": plan_sheet,
        "lang": opts.lang,
    }
    for key, value in values.items():
        meta.append([key, value])
    meta.ws.very_hidden()
    meta.ws.protect("", {})


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
            sheet = labels.text(lang, "sheet.plan")
            progress.update(
                0, total, sheet, force=True, code="export-sheet", params={"sheet": sheet}
            )
        with writing_book(tmp) as book:
            n = _fill(book, conn, opts, nav_paths, progress)
        if progress is not None:
            progress.update(total, total, "Klaar", force=True, code="done")
    return n


def _fill(
    book: Book,
    conn: Connection,
    opts: ExportOptions,
    nav_paths: dict[int, str],
    progress: Progress | None,
) -> int:
    lang = opts.lang
    taken: set[str] = set()
    names = {
        key: sheet_title(labels.text(lang, key), taken)
        for key in (
            "sheet.plan",
            "sheet.nav",
            "sheet.planning",
            "sheet.recrawl",
            "sheet.summary",
            "sheet.redirects",
            "sheet.broken",
            "sheet.files",
            "sheet.lists",
        )
    }
    n = _plan_sheet(
        book, conn, names["sheet.plan"], nav_paths, lang, reviewer_id=None, progress=progress
    )
    write_navigation(book.sheet(names["sheet.nav"]), conn, lang)
    write_planning(book.sheet(names["sheet.planning"]), conn, lang)
    write_recrawl(book.sheet(names["sheet.recrawl"]), conn, lang)
    write_summary(book.sheet(names["sheet.summary"]), conn, lang)
    if progress is not None:
        sheet = labels.text(lang, "sheet.redirects")
        progress.update(message=sheet, force=True, code="export-sheet", params={"sheet": sheet})
    write_redirects(book.sheet(names["sheet.redirects"]), conn, lang, opts.base_url, nav_paths)
    write_broken_links(book.sheet(names["sheet.broken"]), conn, lang)
    write_files(book.sheet(names["sheet.files"]), conn, lang)
    if opts.per_reviewer:
        reviewers = conn.execute(
            select(s.reviewers.c.id, s.reviewers.c.name).order_by(s.reviewers.c.name)
        ).all()
        for rid, name in reviewers:
            if progress is not None:
                progress.check()
                progress.update(message=name)
            _plan_sheet(
                book,
                conn,
                sheet_title(name, taken),
                nav_paths,
                lang,
                reviewer_id=rid,
                progress=None,
            )
    lists = book.sheet(names["sheet.lists"])
    nav_rows = write_lists(lists, conn, lang, nav_paths)
    lists.ws.hide()
    if nav_rows:
        book.define_list(NAV_LIST_NAME, lists, 0, nav_rows)
    _meta_sheet(book, conn, opts, names["sheet.plan"])
    if progress is not None:
        progress.check()
        progress.update(message="Opslaan", force=True, code="save")
    return n
