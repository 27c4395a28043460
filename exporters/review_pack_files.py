"""Opening one returned review pack and checking it is whole: the right kind of file, our
metadata, the needed columns (found by header, wherever they moved) and the exported values.
Checking its signature is :mod:`exporters.pack_signature`'s job."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from exporters import labels
from exporters.import_words import issue
from exporters.review_pack_format import (
    BASE_COLUMNS,
    BASE_REQUIRED,
    BASE_SHEET,
    FORMAT_NAME,
    FORMAT_VERSION,
    META_SHEET,
    OPTIONAL,
    REQUIRED,
)
from exporters.review_plan import ImportIssue
from exporters.safe import unsafe_text
from exporters.xlsx_reader import Unreadable, UnreadableWorkbook, XlsxValues


def cell_text(value: Any) -> str | None:
    """Text of a plain cell value; a formula or error cell is never text (the caller reports
    it first, see :func:`unreadable_issue`)."""
    if isinstance(value, Unreadable):
        raise TypeError(f"unreadable cell {value!r}")
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unsafe_text(str(value)).strip()
    return text or None


def unreadable_issue(name: str, row: int, column: str, value: Unreadable) -> ImportIssue:
    """A formula or error cell where a plain value belongs."""
    if value.kind == "formula":
        return issue(name, row, column, "formula", formula=value.text[:60])
    return issue(name, row, column, "error-value", value=value.text)


def open_pack(path: Path, errors: list[ImportIssue]) -> XlsxValues | None:
    name = path.name
    if not path.is_file():
        errors.append(issue(name, None, None, "missing-file"))
        return None
    try:
        return XlsxValues(path)
    except UnreadableWorkbook:
        errors.append(issue(name, None, None, "pack-not-xlsx"))
        return None


def read_meta(wb: XlsxValues, name: str, errors: list[ImportIssue]) -> dict[str, Any] | None:
    if META_SHEET not in wb.sheetnames:
        errors.append(issue(name, None, None, "not-a-pack"))
        return None
    rows = [v for _r, v in wb.rows(META_SHEET) if len(v) >= 2 and v[0]]
    if any(isinstance(x, Unreadable) for v in rows for x in v[:2]):
        errors.append(issue(name, None, None, "pack-damaged"))
        return None
    meta = {str(v[0]): unsafe_text(v[1]) if isinstance(v[1], str) else v[1] for v in rows}
    if meta.get("format") != FORMAT_NAME:
        errors.append(issue(name, None, None, "not-a-pack"))
        return None
    version = meta.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        errors.append(issue(name, None, None, "pack-newer"))
        return None
    if version < FORMAT_VERSION or "signature" not in meta:
        errors.append(issue(name, None, None, "pack-old"))
        return None
    return meta


def review_sheet(wb: XlsxValues, meta: dict[str, Any]) -> str:
    """The sheet with the rows: the one the pack names, else the first visible sheet whose
    first row has an ID column (a renamed or moved tab is still found)."""
    named = meta.get("review_sheet")
    if isinstance(named, str) and named in wb.sheetnames:
        return named
    ids = labels.header_variants("col.id")
    for sheet in wb.sheetnames:
        if wb.state(sheet) != "visible":
            continue
        for _row_no, values in wb.rows(sheet):
            if any(isinstance(v, str) and v.strip().casefold() in ids for v in values):
                return sheet
            break
    return wb.sheetnames[0]


def find_columns(
    wb: XlsxValues, sheet: str, name: str, errors: list[ImportIssue]
) -> dict[str, int] | None:
    """Find the needed columns by their header (any language), wherever they are now."""
    found: dict[str, int] = {}
    header: list[Any] = []
    for row_no, values in wb.rows(sheet):
        header = values if row_no == 1 else []
        break
    wanted = {key: labels.header_variants("col." + key) for key in (*REQUIRED, *OPTIONAL)}
    for i, cell in enumerate(header):
        text = None if isinstance(cell, Unreadable) else cell_text(cell)
        if text is None:
            continue
        for key, variants in wanted.items():
            if text.casefold() in variants:
                if key in found:
                    errors.append(issue(name, 1, text, "column-twice"))
                    return None
                found[key] = i
    missing = [labels.text("nl", "col." + k) for k in REQUIRED if k not in found]
    for head in missing:
        errors.append(issue(name, 1, head, "column-missing"))
    return None if missing else found


def read_base(
    wb: XlsxValues, name: str, errors: list[ImportIssue]
) -> dict[int, dict[str, Any]] | None:
    """The values as exported, by page id. Strict: a row without a plain id, a repeated id or
    a formula makes the pack damaged, since these ids are the pack's signed page list."""
    if BASE_SHEET not in wb.sheetnames:
        errors.append(issue(name, None, None, "pack-damaged"))
        return None
    rows = (values for _r, values in wb.rows(BASE_SHEET))
    header = next(rows, [])
    known = tuple(header[: len(BASE_COLUMNS)])
    if len(known) < BASE_REQUIRED or known != BASE_COLUMNS[: len(known)]:
        errors.append(issue(name, None, None, "pack-damaged"))
        return None
    base: dict[int, dict[str, Any]] = {}
    for values in rows:
        if all(v is None for v in values):
            continue
        page_id = values[0]
        plain = not any(isinstance(v, Unreadable) for v in values)
        if (
            not plain
            or not isinstance(page_id, int)
            or isinstance(page_id, bool)
            or (page_id in base)
        ):
            errors.append(issue(name, None, None, "pack-damaged"))
            return None
        rec = dict(zip(BASE_COLUMNS[: len(known)], values, strict=False))
        rec.setdefault("merge_into", None)
        rec.setdefault("review_status", "todo")
        rec["note"] = cell_text(rec.get("note"))
        base[page_id] = rec
    return base
