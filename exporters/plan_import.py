"""The migration plan back in: the project group edits the exported workbook in Excel and
reads it back, like review packs: validated, previewed, conflicts shown, all-or-nothing, and
recorded as changes by the person who imports it.

The workbook carries no copy of the values it was written with; it carries the change-log
position at export (hidden sheet ``_plan``). What a field held at export time is then the old
value of its first later change, or its value now when nothing changed since. A cell that
differs from that is an edit; if the project changed the same field after the export, the two
meet as a conflict for a person to resolve.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from audit_app.core import schema as s
from audit_app.core.changes import FieldChange, apply_changes, last_change_id, new_url_code
from audit_app.core.merging import find_page
from audit_app.core.navigation import node_paths
from audit_app.core.project import Project
from exporters import labels
from exporters.import_words import coded, issue
from exporters.review_pack_files import cell_text, unreadable_issue
from exporters.review_plan import (
    Conflict,
    ImportIssue,
    ImportPlan,
    ImportRefused,
    PlannedChange,
    Resolution,
    show_value,
)
from exporters.workbook import PLAN_FORMAT, PLAN_META_SHEET
from exporters.xlsx_reader import Unreadable, UnreadableWorkbook, XlsxValues

CHUNK = 500
# sheet column key -> decisions field
EDITABLE = {
    "decision": "decision",
    "merge_into": "merge_into",
    "nav_home": "nav_node_id",
    "new_url": "new_url",
    "reviewer": "reviewer_id",
    "status": "review_status",
    "note": "note",
}


@dataclass
class _Sheet:
    name: str
    meta: dict[str, Any]
    cols: dict[str, int]
    rows: dict[int, tuple[int, dict[str, Any]]] = field(default_factory=dict)  # id -> row, cells


def _meta(wb: XlsxValues, name: str, errors: list[ImportIssue]) -> dict[str, Any] | None:
    if PLAN_META_SHEET not in wb.sheetnames:
        errors.append(issue(name, None, None, "plan-old"))
        return None
    meta = {
        str(v[0]): v[1]
        for _r, v in wb.rows(PLAN_META_SHEET)
        if len(v) >= 2 and isinstance(v[0], str) and not isinstance(v[1], Unreadable)
    }
    if meta.get("format") != PLAN_FORMAT:
        errors.append(issue(name, None, None, "not-a-plan"))
        return None
    return meta


def _columns(wb: XlsxValues, sheet: str, name: str, errors: list[ImportIssue]) -> dict[str, int]:
    header: list[Any] = next((v for r, v in wb.rows(sheet) if r == 1), [])
    wanted = {key: labels.header_variants("col." + key) for key in ("id", *EDITABLE)}
    cols: dict[str, int] = {}
    for i, cell in enumerate(header):
        text = cell_text(cell) if not isinstance(cell, Unreadable) else None
        for key, variants in wanted.items():
            if text is not None and text.casefold() in variants and key not in cols:
                cols[key] = i
    if "id" not in cols:
        errors.append(issue(name, 1, "ID", "id-column-missing"))
    return cols


class _Reader:
    def __init__(self, conn: Connection, who: str, plan: ImportPlan) -> None:
        self.conn = conn
        self.who = who
        self.plan = plan
        self.paths = node_paths(conn)
        self.by_path = {p.casefold(): nid for nid, p in sorted(self.paths.items())}
        rows = conn.execute(select(s.reviewers.c.id, s.reviewers.c.name)).all()
        self.reviewers = {name.casefold(): rid for rid, name in rows}
        self.reviewer_names = {rid: name for rid, name in rows}

    def error(
        self, file: str, row: int | None, column: str | None, code: str, **params: Any
    ) -> None:
        self.plan.errors.append(issue(file, row, column, code, **params))

    def parse(self, sheet: _Sheet, row: int, page_id: int, cells: dict[str, Any]) -> dict:
        """The row's editable cells as decision fields (codes and ids); errors reported."""
        out: dict[str, Any] = {}
        for key, raw in cells.items():
            column = labels.text("nl", "col." + key)
            if isinstance(raw, Unreadable):
                self.plan.errors.append(unreadable_issue(sheet.name, row, column, raw))
                continue
            text = cell_text(raw)
            fld = EDITABLE[key]
            if text is None:
                out[fld] = "todo" if fld == "review_status" else None
            elif key in ("decision", "status"):
                code = labels.parse_value(key, text)
                if code is None:
                    words = ", ".join(labels.choices("nl", key))
                    self.error(
                        sheet.name, row, column, "bad-value", value=text, choices=words, group=key
                    )
                else:
                    out[fld] = code
            elif key == "nav_home":
                node = self.by_path.get(text.casefold())
                if node is None:
                    self.error(sheet.name, row, column, "unknown-nav", value=text)
                else:
                    out[fld] = node
            elif key == "merge_into":
                target = find_page(self.conn, text)
                if target is None or target == page_id:
                    self.error(sheet.name, row, column, "unknown-page", value=text)
                else:
                    out[fld] = target
            elif key == "new_url":
                bad = new_url_code(text)
                if bad is None:
                    out[fld] = text
                else:
                    self.error(sheet.name, row, column, bad[0], **bad[1])
            elif key == "reviewer":
                rid = self.reviewers.get(text.casefold())
                if rid is None:
                    self.error(sheet.name, row, column, "unknown-reviewer", value=text)
                else:
                    out[fld] = rid
            else:
                out[fld] = text
        return out

    def compare(self, sheet: _Sheet) -> None:
        high = int(sheet.meta.get("last_change_id") or 0)
        ids = sorted(sheet.rows)
        d, p, c = s.decisions.c, s.pages.c, s.changes.c
        for i in range(0, len(ids), CHUNK):
            chunk = ids[i : i + CHUNK]
            now = {
                row["id"]: dict(row)
                for row in self.conn.execute(
                    select(p.id, p.url, p.title, *(d[f] for f in EDITABLE.values()))
                    .select_from(s.pages.outerjoin(s.decisions, d.page_id == p.id))
                    .where(p.id.in_(chunk))
                ).mappings()
            }
            base: dict[tuple[int, str], Any] = {}
            later: dict[tuple[int, str], tuple[str, str]] = {}
            for pid, fld, old, who, at in self.conn.execute(
                select(c.entity_id, c.field, c.old_value, c.who, c.at)
                .where(c.entity == "decision", c.entity_id.in_(chunk), c.id > high)
                .order_by(c.id)
            ):
                base.setdefault((pid, fld), json.loads(old) if old is not None else None)
                later[(pid, fld)] = (who, at)
            for pid in chunk:
                row_no, cells = sheet.rows[pid]
                current = now.get(pid)
                if current is None:
                    self.error(sheet.name, row_no, "ID", "plan-page-gone", id=pid)
                    continue
                if current["review_status"] is None:
                    current["review_status"] = "todo"
                for fld, value in self.parse(sheet, row_no, pid, cells).items():
                    was = base.get((pid, fld), current[fld])
                    if fld == "review_status" and was is None:
                        was = "todo"
                    if value == was or value == current[fld]:
                        continue
                    change = PlannedChange(
                        file=sheet.name,
                        row=row_no,
                        reviewer=self.who,
                        page_id=pid,
                        url=current["url"],
                        title=current["title"],
                        field=fld,
                        current=current[fld],
                        pack=value,
                        current_text=self.show(fld, current[fld]),
                        pack_text=self.show(fld, value),
                    )
                    if (pid, fld) in later:
                        who, at = later[(pid, fld)]
                        self.plan.conflicts.append(Conflict(change, who, at))
                    else:
                        self.plan.changes.append(change)

    def show(self, fld: str, value: Any) -> str:
        return show_value(fld, value, self.paths, self.reviewer_names)


def read_plan(project: Project, path: str | Path, *, who: str) -> ImportPlan:
    """Read an edited migration plan and work out what it would change; never writes."""
    file = Path(path)
    plan = ImportPlan()
    name = file.name
    if not file.is_file():
        plan.errors.append(issue(name, None, None, "missing-file"))
        return plan
    try:
        wb = XlsxValues(file)
    except UnreadableWorkbook:
        plan.errors.append(issue(name, None, None, "plan-not-xlsx"))
        return plan
    try:
        meta = _meta(wb, name, plan.errors)
        if meta is None:
            return plan
        if str(meta.get("project_id")) != project.project_id:
            plan.errors.append(issue(name, None, None, "plan-other-project"))
            return plan
        sheet_name = str(meta.get("plan_sheet") or "")
        if sheet_name not in wb.sheetnames:
            plan.errors.append(issue(name, None, None, "plan-sheet-missing"))
            return plan
        cols = _columns(wb, sheet_name, name, plan.errors)
        if plan.errors:
            return plan
        sheet = _Sheet(name, meta, cols)
        keys = [k for k in EDITABLE if k in cols]
        for row_no, values in wb.rows(sheet_name, set(cols.values())):
            if row_no == 1:
                continue
            values = values + [None] * (max(cols.values()) + 1 - len(values))
            raw_id = values[cols["id"]]
            if raw_id is None:
                continue
            if not isinstance(raw_id, int) or isinstance(raw_id, bool):
                plan.errors.append(issue(name, row_no, "ID", "plan-bad-id", value=repr(raw_id)))
                continue
            if raw_id in sheet.rows:
                first = sheet.rows[raw_id][0]
                plan.errors.append(issue(name, row_no, "ID", "id-twice", id=raw_id, first=first))
                continue
            sheet.rows[raw_id] = (row_no, {k: values[cols[k]] for k in keys})
        with project.read() as conn:
            plan.change_high = last_change_id(conn)
            _Reader(conn, who, plan).compare(sheet)
    except UnreadableWorkbook:
        plan.errors.append(issue(name, None, None, "plan-damaged"))
    finally:
        wb.close()
    return plan


def apply_plan_changes(
    project: Project,
    plan: ImportPlan,
    *,
    who: str,
    source: str,
    resolutions: Mapping[tuple[int, str], Resolution] | None = None,
) -> int:
    """All or nothing, in one recorded batch; conflicts only where resolved as 'theirs'."""
    if plan.errors:
        raise coded(ImportRefused, "plan-has-errors", count=len(plan.errors))
    chosen = resolutions or {}
    todo: Iterable[PlannedChange] = list(plan.changes) + [
        c.change for c in plan.conflicts if chosen.get(c.key) == "theirs"
    ]
    changes = [FieldChange("decision", ch.page_id, ch.field, ch.pack) for ch in todo]
    with project.transaction() as conn:
        if last_change_id(conn) != plan.change_high:
            raise coded(ImportRefused, "plan-changed-since")
        return len(apply_changes(conn, changes, who=who, source=source)) if changes else 0
