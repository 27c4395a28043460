"""Review packs back in: read, validate, preview, and merge as recorded changes.

Packs come back edited by hand, sometimes damaged: columns moved or deleted, rows copied,
values typed instead of picked, the wrong file attached. Reading is strict and complete (every
problem is reported with file, row and column) and applying is all-or-nothing, so a bad pack
never half-changes a project. Each field a reviewer changed is compared three ways: the value
as exported (kept in the pack), the value in the pack, and the project's value now; a field
someone else changed after the pack went out is a conflict for a person to resolve.

Nothing in a pack is trusted until its signature checks out (:mod:`exporters.pack_signature`):
then the token names the reviewer, and only rows for the signed pages count.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, update

from audit_app.core import schema as s
from audit_app.core.changes import FieldChange, apply_changes, last_change_id
from audit_app.core.merging import find_page
from audit_app.core.navigation import node_paths
from audit_app.core.progress import Progress
from audit_app.core.project import Project, utcnow
from exporters import labels
from exporters.import_words import coded, issue
from exporters.pack_signature import pack_secret, pack_signature_ok
from exporters.review_pack_files import (
    cell_text,
    find_columns,
    open_pack,
    read_base,
    read_meta,
    review_sheet,
    unreadable_issue,
)
from exporters.review_plan import (
    Conflict,
    ImportIssue,
    ImportPlan,
    ImportRefused,
    PackRef,
    PlannedChange,
    Resolution,
    field_label,
    show_value,
)
from exporters.xlsx_reader import Unreadable, UnreadableWorkbook, XlsxValues

__all__ = [
    "Conflict",
    "ImportIssue",
    "ImportPlan",
    "ImportRefused",
    "PlannedChange",
    "Resolution",
    "apply_plan",
    "field_label",
    "read_packs",
    "resolve_all",
]

CHUNK = 500


@dataclass
class _Reader:
    """State shared while reading several packs against one project snapshot."""

    conn: Connection
    paths: dict[int, str]
    plan: ImportPlan
    secret: bytes | None = None
    by_path: dict[str, int] = field(default_factory=dict)
    seen_tokens: dict[str, str] = field(default_factory=dict)
    proposals: dict[tuple[int, str], tuple[Any, str]] = field(default_factory=dict)
    now: dict[int, dict[str, Any]] = field(default_factory=dict)
    theirs: dict[tuple[int, str], tuple[str, str]] = field(default_factory=dict)
    page_urls: dict[int, str] = field(default_factory=dict)  # merge targets' addresses

    def __post_init__(self) -> None:
        for node_id, path in sorted(self.paths.items()):
            self.by_path.setdefault(path.casefold(), node_id)

    def error(
        self, file: str, row: int | None, column: str | None, code: str, **params: Any
    ) -> None:
        self.plan.errors.append(issue(file, row, column, code, **params))

    def pack_ref(
        self, meta: dict[str, Any], base: dict[int, Any], name: str, project_id: str
    ) -> PackRef | None:
        if str(meta.get("project_id")) != project_id:
            pname = meta.get("project_name") or None
            self.error(name, None, None, "pack-other-project", project=pname)
            return None
        signed = pack_signature_ok(
            self.secret,
            meta.get("signature"),
            project_id=project_id,
            version=meta.get("format_version"),
            token=meta.get("token"),
            reviewer_id=meta.get("reviewer_id"),
            page_ids=sorted(base),
        )
        if not signed:
            self.error(name, None, None, "pack-bad-signature")
            return None
        token = str(meta.get("token") or "")
        row = self.conn.execute(
            select(s.review_packs, s.reviewers.c.name)
            .join(s.reviewers, s.reviewers.c.id == s.review_packs.c.reviewer_id)
            .where(s.review_packs.c.token == token)
        ).first()
        if row is None or row.reviewer_id != meta.get("reviewer_id"):
            self.error(name, None, None, "pack-unknown-token")
            return None
        if token in self.seen_tokens:
            self.error(name, None, None, "pack-twice", other=self.seen_tokens[token])
            return None
        self.seen_tokens[token] = name
        return PackRef(name, token, row.reviewer_id, row.name, row.last_change_id)

    def read_rows(
        self,
        wb: XlsxValues,
        sheet: str,
        cols: dict[str, int],
        base: dict[int, dict[str, Any]],
        ref: PackRef,
    ) -> None:
        name = ref.file
        self.snapshot(ref, sorted(base))
        seen_rows: dict[int, int] = {}
        header = {key: labels.text("nl", "col." + key) for key in cols}
        width = max(cols.values()) + 1
        for r, values in wb.rows(sheet, set(cols.values())):
            if r == 1:
                continue
            if len(values) < width:
                values = values + [None] * (width - len(values))
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            bad = [(k, v) for k, i in cols.items() if isinstance(v := values[i], Unreadable)]
            for key, value in bad:
                self.plan.errors.append(unreadable_issue(name, r, header[key], value))
            if bad:
                continue
            raw_id = values[cols["id"]]
            page_id = raw_id if isinstance(raw_id, int) else None
            if isinstance(raw_id, float) and raw_id.is_integer():
                page_id = int(raw_id)
            elif isinstance(raw_id, str) and raw_id.strip().isdigit():
                page_id = int(raw_id.strip())
            if page_id is None:
                self.error(name, r, header["id"], "pack-bad-id", value=repr(raw_id))
                continue
            if page_id not in base:
                self.error(name, r, header["id"], "id-not-in-pack", id=page_id)
                continue
            if page_id in seen_rows:
                self.error(
                    name, r, header["id"], "id-twice-in-pack", id=page_id, first=seen_rows[page_id]
                )
                continue
            seen_rows[page_id] = r
            self.read_row(ref, r, page_id, values, cols, header, base[page_id])

    def read_row(
        self,
        ref: PackRef,
        r: int,
        page_id: int,
        values: Sequence[Any],
        cols: dict[str, int],
        header: dict[str, str],
        base: dict[str, Any],
    ) -> None:
        name = ref.file
        pack: dict[str, Any] = {}
        decision = cell_text(values[cols["decision"]])
        if decision is None:
            pack["decision"] = None
        elif (code := labels.parse_value("decision", decision)) is None:
            choices = ", ".join(labels.choices("nl", "decision"))
            self.error(name, r, header["decision"], "bad-decision", value=decision, choices=choices)
        else:
            pack["decision"] = code
        status = cell_text(values[cols["status"]])
        if status is None:
            pack["review_status"] = "todo"
        elif (code := labels.parse_value("status", status)) is None:
            self.error(name, r, header["status"], "bad-status", value=status)
        else:
            pack["review_status"] = code
        nav = cell_text(values[cols["nav_home"]])
        base_nav = base.get("nav_node_id")
        if nav is None:
            pack["nav_node_id"] = None
        elif base_nav is not None and nav == cell_text(self.paths.get(base_nav)):
            pack["nav_node_id"] = base_nav
        elif (node := self.by_path.get(nav.casefold())) is None:
            self.error(name, r, header["nav_home"], "pack-unknown-nav", value=nav)
        else:
            pack["nav_node_id"] = node
        pack["note"] = cell_text(values[cols["note"]])
        named = False
        if "merge_into" in cols:
            raw = values[cols["merge_into"]]
            named = cell_text(raw) is not None
            self.read_merge_target(ref, r, page_id, raw, base, pack)
        current = self.now.get(page_id, {}).get("merge_into")
        target = pack.get("merge_into", current)
        if pack.get("decision") == "merge" and target is None and not named:
            self.error(name, r, labels.text("nl", "col.merge_into"), "merge-needs-target")
        for fld, new in pack.items():
            if new != base.get(fld):
                self.propose(ref, r, page_id, fld, new)

    def read_merge_target(
        self,
        ref: PackRef,
        r: int,
        page_id: int,
        raw: Any,
        base: dict[str, Any],
        pack: dict[str, Any],
    ) -> None:
        text = cell_text(raw)
        column = labels.text("nl", "col.merge_into")
        if text is None:
            pack["merge_into"] = None
            return
        base_target = base.get("merge_into")
        if base_target is not None and text == self.page_urls.get(base_target):
            pack["merge_into"] = base_target
            return
        target = find_page(self.conn, text)
        if target is None:
            self.error(ref.file, r, column, "pack-unknown-page", value=text)
        elif target == page_id:
            self.error(ref.file, r, column, "merge-self")
        else:
            pack["merge_into"] = target

    def propose(self, ref: PackRef, r: int, page_id: int, fld: str, new: Any) -> None:
        key = (page_id, fld)
        if key in self.proposals:
            if self.proposals[key][0] == new:
                return
            other = self.proposals[key][1]
            self.error(ref.file, r, field_label(fld), "page-in-other-pack", id=page_id, other=other)
            return
        self.proposals[key] = (new, ref.file)
        page = self.now.get(page_id)
        if page is None:
            self.error(ref.file, r, "ID", "page-gone", id=page_id)
            return
        current = page[fld]
        if fld == "review_status" and current is None:
            current = "todo"
        if current == new:
            return
        change = PlannedChange(
            file=ref.file,
            row=r,
            reviewer=ref.reviewer,
            page_id=page_id,
            url=page["url"],
            title=page["title"],
            field=fld,
            current=current,
            pack=new,
            current_text=show_value(fld, current, self.paths),
            pack_text=show_value(fld, new, self.paths),
        )
        theirs = self.theirs.get(key)
        if theirs is None:
            self.plan.changes.append(change)
        else:
            self.plan.conflicts.append(Conflict(change, theirs[0], theirs[1]))

    def snapshot(self, ref: PackRef, page_ids: list[int]) -> None:
        """The project's current values for the pack's pages, and who changed which field
        since the pack went out; read in bulk so a pack costs a few queries, not thousands."""
        p, d, c = s.pages.c, s.decisions.c, s.changes.c
        self.now, self.theirs = {}, {}
        for i in range(0, len(page_ids), CHUNK):
            ids = page_ids[i : i + CHUNK]
            rows = self.conn.execute(
                select(
                    p.id,
                    p.url,
                    p.title,
                    d.decision,
                    d.nav_node_id,
                    d.review_status,
                    d.note,
                    d.merge_into,
                )
                .select_from(s.pages.outerjoin(s.decisions, d.page_id == p.id))
                .where(p.id.in_(ids))
            ).mappings()
            self.now.update({row["id"]: dict(row) for row in rows})
            targets = [t for t in (self.now[i]["merge_into"] for i in ids if i in self.now) if t]
            if targets:
                found = self.conn.execute(select(p.id, p.url).where(p.id.in_(targets)))
                self.page_urls.update({pid: url for pid, url in found})
            later = self.conn.execute(
                select(c.entity_id, c.field, c.who, c.at)
                .where(
                    c.entity == "decision",
                    c.entity_id.in_(ids),
                    c.id > ref.last_change_id,
                    c.who != ref.reviewer,
                )
                .order_by(c.id)
            )
            for page_id, fld, who, at in later:
                self.theirs[(page_id, fld)] = (who, at)


def read_packs(
    project: Project, paths: Iterable[str | Path], progress: Progress | None = None
) -> ImportPlan:
    """Read returned packs and work out what they would change; never writes."""
    plan = ImportPlan()
    project_id = project.project_id
    files = [Path(p) for p in paths]
    if progress is not None:
        progress.update(0, len(files), "Reviewpakketten lezen", force=True, code="read-packs")
    with project.read() as conn:
        plan.change_high = last_change_id(conn)
        reader = _Reader(conn, node_paths(conn), plan, pack_secret(conn, create=False))
        for path in files:
            if progress is not None:
                progress.check()
                progress.update(advance=1, message=path.name)
            wb = open_pack(path, plan.errors)
            if wb is None:
                continue
            try:
                meta = read_meta(wb, path.name, plan.errors)
                if meta is None:
                    continue
                base = read_base(wb, path.name, plan.errors)
                if base is None:
                    continue
                ref = reader.pack_ref(meta, base, path.name, project_id)
                if ref is None:
                    continue
                sheet = review_sheet(wb, meta)
                cols = find_columns(wb, sheet, path.name, plan.errors)
                if cols is None:
                    continue
                plan.packs.append(ref)
                reader.read_rows(wb, sheet, cols, base, ref)
            except UnreadableWorkbook:
                reader.error(path.name, None, None, "pack-unreadable")
            finally:
                wb.close()
    return plan


def resolve_all(plan: ImportPlan, resolution: Resolution) -> dict[tuple[int, str], Resolution]:
    return {c.key: resolution for c in plan.conflicts}


def apply_plan(
    project: Project,
    plan: ImportPlan,
    resolutions: Mapping[tuple[int, str], Resolution] | None = None,
) -> int:
    """Apply the plan in one transaction; returns the number of fields changed.

    Conflicts without a resolution are left alone. Refuses (ImportRefused, nothing applied)
    when the plan has errors or the project changed since the packs were read.
    """
    if plan.errors:
        raise coded(ImportRefused, "packs-have-errors", count=len(plan.errors))
    chosen = resolutions or {}
    todo = list(plan.changes) + [c.change for c in plan.conflicts if chosen.get(c.key) == "theirs"]
    by_file: dict[str, list[PlannedChange]] = {}
    for ch in todo:
        by_file.setdefault(ch.file, []).append(ch)
    applied = 0
    with project.transaction() as conn:
        if last_change_id(conn) != plan.change_high:
            raise coded(ImportRefused, "packs-changed-since")
        for ref in plan.packs:
            changes = by_file.get(ref.file, [])
            if changes:
                field_changes = [
                    FieldChange("decision", ch.page_id, ch.field, ch.pack) for ch in changes
                ]
                done = apply_changes(
                    conn, field_changes, who=ref.reviewer, source=f"review-pack:{ref.file}"
                )
                applied += len(done)
            conn.execute(
                update(s.review_packs)
                .where(s.review_packs.c.token == ref.token)
                .values(imported_at=utcnow())
            )
    return applied
