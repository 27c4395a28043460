"""Review packs out: one workbook per reviewer with only their pages.

A pack is edited by people outside the project group, in whatever Excel they have, and then
comes back by mail. So identifiers and read-only columns are locked, the editable cells offer
dropdowns, and hidden sheets carry what the import needs to map rows back safely: the
project id, a token recorded in ``review_packs``, the values as exported (for a three-way
merge against later changes in the project), and a signature over the pack's reviewer and
pages (:mod:`exporters.pack_signature`).
"""

from __future__ import annotations

import secrets
from copy import copy
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import Connection, insert, select

from audit_app.core import schema as s
from audit_app.core.changes import last_change_id
from audit_app.core.navigation import node_paths
from audit_app.core.progress import Progress
from audit_app.core.project import Project, utcnow
from exporters import labels
from exporters.labels import Lang
from exporters.pack_signature import pack_secret, sign_pack
from exporters.plan import PlanRow, iter_plan_rows
from exporters.redirects import slugify
from exporters.review_pack_format import (
    BASE_COLUMNS,
    BASE_SHEET,
    EDITABLE,
    FORMAT_NAME,
    FORMAT_VERSION,
    LISTS_SHEET,
    META_SHEET,
    NAV_LIST_NAME,
    PACK_COLUMNS,
)
from exporters.safe import safe_value
from exporters.xlsx_util import DATE_FORMAT, HEADER_FONT, LINK_FONT, replace_when_done

WIDTHS = {
    "id": 8, "url": 45, "title": 45, "kind": 11, "section": 28, "last_modified": 14,
    "age_band": 18, "readability": 12, "readability_band": 18, "words": 9, "inlinks": 9,
    "views": 14, "duplicate_of": 35, "suggestion": 13, "reasons": 40, "hard_words": 40,
    "decision": 16, "nav_home": 45, "status": 14, "note": 45,
}  # fmt: skip
LOCKED_FILL = PatternFill("solid", start_color="595959")
EDIT_HEADER_FILL = PatternFill("solid", start_color="305496")
EDIT_FILL = PatternFill("solid", start_color="FFF9E5")


class PackError(ValueError):
    """A review pack cannot be made, worded for the user."""


@dataclass(frozen=True)
class PackInfo:
    reviewer: str
    path: Path
    pages: int
    token: str


def _cells(row: PlanRow, lang: Lang) -> list[object]:
    v = labels.value
    by_key: dict[str, object] = {
        "id": row.id,
        "url": row.url,
        "title": row.title,
        "kind": v(lang, "kind", row.kind),
        "section": row.section,
        "last_modified": row.last_modified,
        "age_band": v(lang, "age_band", row.age_band),
        "readability": None if row.readability is None else round(row.readability, 1),
        "readability_band": v(lang, "readability_band", row.readability_band),
        "words": row.words,
        "inlinks": row.inlinks,
        "views": row.views,
        "duplicate_of": row.duplicate_of,
        "suggestion": v(lang, "decision", row.suggestion),
        "reasons": row.reasons,
        "hard_words": row.hard_words,
        "decision": v(lang, "decision", row.decision),
        "nav_home": row.nav_home,
        "status": v(lang, "status", row.status),
        "note": row.note,
    }
    return [safe_value(by_key[k]) for k in PACK_COLUMNS]


def _column_styles(ws: Worksheet) -> dict[int, StyleArray]:
    """Cell styles per column, built once and copied into every row: setting fonts and fills
    cell by cell is what makes openpyxl slow."""
    templates: dict[str, dict[str, object]] = {
        key: {"protection": Protection(locked=False), "fill": EDIT_FILL} for key in EDITABLE
    }
    templates["note"]["alignment"] = Alignment(wrap_text=True)
    templates["url"] = {"font": LINK_FONT}
    templates["duplicate_of"] = {"font": LINK_FONT}
    templates["last_modified"] = {"number_format": DATE_FORMAT}
    templates["readability"] = {"number_format": "0.0"}
    styles = {}
    for key, attrs in templates.items():
        cell = Cell(ws)
        for name, value in attrs.items():
            setattr(cell, name, value)
        styles[PACK_COLUMNS.index(key) + 1] = cell._style
    return styles


def _review_sheet(ws: Worksheet, rows: list[PlanRow], lang: Lang, has_nav: bool) -> None:
    ws.append([labels.text(lang, "col." + k) for k in PACK_COLUMNS])
    for i, key in enumerate(PACK_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = WIDTHS[key]
        head = ws.cell(row=1, column=i)
        head.font = HEADER_FONT
        head.fill = EDIT_HEADER_FILL if key in EDITABLE else LOCKED_FILL
        head.alignment = Alignment(vertical="top", wrap_text=True)
    styles = _column_styles(ws)
    links = [PACK_COLUMNS.index(k) for k in ("url", "duplicate_of")]
    for r, row in enumerate(rows, start=2):
        ws.append(_cells(row, lang))
        for c, style in styles.items():
            ws.cell(row=r, column=c)._style = copy(style)
        for i in links:
            cell = ws.cell(row=r, column=i + 1)
            if isinstance(cell.value, str) and cell.value.startswith(("http://", "https://")):
                cell.hyperlink = cell.value
    last = len(rows) + 1
    ws.freeze_panes = "D2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(PACK_COLUMNS))}{last}"
    if rows:
        _validations(ws, last, lang, has_nav)
    prot = ws.protection
    prot.sheet = True
    prot.autoFilter = False
    prot.sort = False
    prot.formatColumns = False
    prot.formatRows = False


def _validations(ws: Worksheet, last: int, lang: Lang, has_nav: bool) -> None:
    def col(key: str) -> str:
        letter = get_column_letter(PACK_COLUMNS.index(key) + 1)
        return f"{letter}2:{letter}{last}"

    nl = lang == "nl"
    lists: list[tuple[str, str, str]] = [
        (
            "decision",
            '"' + ",".join(labels.choices(lang, "decision")) + '"',
            "Kies behouden, herschrijven of verwijderen."
            if nl
            else "Pick keep, rewrite or delete.",
        ),
        (
            "status",
            '"' + ",".join(labels.choices(lang, "status")) + '"',
            "Kies te doen, beoordeeld of bespreken." if nl else "Pick to do, reviewed or discuss.",
        ),
    ]
    if has_nav:
        msg = "Kies een plek uit de lijst." if nl else "Pick a home from the list."
        lists.append(("nav_home", NAV_LIST_NAME, msg))
    for key, formula, message in lists:
        dv = DataValidation(type="list", formula1=formula, allow_blank=True)
        dv.error = message
        dv.errorTitle = "content-audit"
        dv.showErrorMessage = True
        dv.add(col(key))
        ws.add_data_validation(dv)


def _help_sheet(ws: Worksheet, lang: Lang, meta: dict[str, object], pages: int) -> None:
    ws.column_dimensions["A"].width = 100
    ws.append([safe_value(labels.text(lang, "help.title", name=meta["reviewer"]))])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([labels.text(lang, "help.pages", n=pages)])
    ws.append([])
    for i in range(1, 6):
        ws.append([f"{i}. " + labels.text(lang, f"help.{i}")])
    ws.protection.sheet = True


def _write_pack(
    path: Path,
    *,
    rows: list[PlanRow],
    lang: Lang,
    meta: dict[str, object],
    nav_paths: dict[int, str],
) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = labels.text(lang, "sheet.pack")
    paths = sorted(nav_paths.values(), key=str.casefold)
    _review_sheet(ws, rows, lang, bool(paths))

    lists = wb.create_sheet(LISTS_SHEET)
    lists.append([labels.text(lang, "col.nav_home")])
    for p in paths:
        lists.append([safe_value(p)])
    lists.sheet_state = "hidden"
    lists.protection.sheet = True
    if paths:
        ref = f"{quote_sheetname(LISTS_SHEET)}!$A$2:$A${len(paths) + 1}"
        wb.defined_names[NAV_LIST_NAME] = DefinedName(NAV_LIST_NAME, attr_text=ref)

    meta_ws = wb.create_sheet(META_SHEET)
    for key, value in meta.items():
        meta_ws.append([key, safe_value(value)])
    meta_ws.sheet_state = "veryHidden"
    meta_ws.protection.sheet = True

    base = wb.create_sheet(BASE_SHEET)
    base.append(list(BASE_COLUMNS))
    for row in rows:
        base.append([row.id, row.decision, row.nav_node_id, row.status, safe_value(row.note)])
    base.sheet_state = "veryHidden"
    base.protection.sheet = True

    _help_sheet(wb.create_sheet(labels.text(lang, "sheet.help"), 1), lang, meta, len(rows))
    wb.security = WorkbookProtection(lockStructure=True)
    wb.active = 0
    wb.save(path)


def _pack_name(name: str, taken: set[str]) -> str:
    stem = f"reviewpack-{slugify(name)}"
    candidate, n = stem, 2
    while candidate in taken:
        candidate, n = f"{stem}-{n}", n + 1
    taken.add(candidate)
    return candidate + ".xlsx"


def _select_reviewers(conn: Connection, names: list[str] | None) -> list[tuple[int, str]]:
    rows = conn.execute(
        select(s.reviewers.c.id, s.reviewers.c.name).order_by(s.reviewers.c.name)
    ).all()
    if not names:
        return [(r.id, r.name) for r in rows]
    by_name = {r.name.casefold(): (r.id, r.name) for r in rows}
    chosen, unknown = [], []
    for name in names:
        hit = by_name.get(name.strip().casefold())
        if hit is None:
            unknown.append(name)
        elif hit not in chosen:
            chosen.append(hit)
    if unknown:
        known = ", ".join(r.name for r in rows) or "(nog geen reviewers)"
        raise PackError(f"Onbekende reviewer: {', '.join(unknown)}. Bekende reviewers: {known}.")
    return chosen


def export_review_packs(
    project: Project,
    out_dir: str | Path,
    *,
    reviewers: list[str] | None = None,
    lang: Lang = "nl",
    progress: Progress | None = None,
) -> list[PackInfo]:
    """One pack per reviewer (all, or those named) who has pages; each pack is recorded in
    ``review_packs`` so its return can be checked and merged."""
    folder = Path(out_dir)
    made: list[PackInfo] = []
    taken: set[str] = set()
    with project.read() as conn:
        chosen = _select_reviewers(conn, reviewers)
        nav_paths = node_paths(conn)
    with project.transaction() as conn:
        secret = pack_secret(conn, create=True)
    assert secret is not None
    project_id = project.project_id
    folder.mkdir(parents=True, exist_ok=True)
    if progress is not None:
        progress.update(0, len(chosen), "Reviewpacks maken", force=True)
    for reviewer_id, name in chosen:
        if progress is not None:
            progress.check()
        with project.read() as conn:
            high = last_change_id(conn)
            rows = list(iter_plan_rows(conn, nav_paths, reviewer_id))
        if rows:
            token = secrets.token_hex(16)
            created = utcnow()
            target = folder / _pack_name(name, taken)
            meta: dict[str, object] = {
                "format": FORMAT_NAME,
                "format_version": FORMAT_VERSION,
                "project_id": project_id,
                "project_name": project.name,
                "token": token,
                "reviewer": name,
                "reviewer_id": reviewer_id,
                "created_at": created,
                "last_change_id": high,
                "lang": lang,
                "signature": sign_pack(
                    secret,
                    project_id=project_id,
                    version=FORMAT_VERSION,
                    token=token,
                    reviewer_id=reviewer_id,
                    page_ids=[row.id for row in rows],
                ),
            }
            with replace_when_done(target) as tmp:
                _write_pack(tmp, rows=rows, lang=lang, meta=meta, nav_paths=nav_paths)
                with project.transaction() as conn:
                    conn.execute(
                        insert(s.review_packs).values(
                            token=token,
                            reviewer_id=reviewer_id,
                            created_at=created,
                            last_change_id=high,
                            file_name=target.name,
                        )
                    )
            made.append(PackInfo(name, target, len(rows), token))
        if progress is not None:
            progress.update(advance=1, message=name)
    return made
