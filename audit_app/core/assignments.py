"""Who reviews which page, how far the review is, and what the workshop must discuss.

Everything here changes ``decisions`` through ``apply_changes`` (audit trail, undo). The
read side answers the questions a workshop lead asks: how many pages are decided, per old
section and per reviewer, and which pages were marked "discuss" (the workshop agenda).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, func, or_, select

from audit_app.core import schema as s
from audit_app.core.changes import (
    REVIEW_STATUSES,
    AppliedChange,
    ChangeError,
    FieldChange,
    apply_changes,
)
from audit_app.core.navigation import PATH_SEPARATOR, node_paths

NO_SECTION = ""


def reviewable() -> ColumnElement[bool]:
    """Pages people review: fetched and in scope (not queued, failed, traps or excluded)."""
    return s.pages.c.state == "done"


def _section_filter(section: str) -> ColumnElement[bool]:
    col = s.pages.c.section
    if section == NO_SECTION:
        return or_(col.is_(None), col == "")
    prefix = section + PATH_SEPARATOR
    esc = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return or_(col == section, col.like(esc + "%", escape="\\"))


def section_page_ids(conn: Connection, section: str) -> list[int]:
    """Reviewable pages in an old section, including its subsections (by path prefix)."""
    q = select(s.pages.c.id).where(reviewable(), _section_filter(section)).order_by(s.pages.c.id)
    return [int(x) for x in conn.execute(q).scalars()]


def assign_changes(page_ids: Iterable[int], reviewer_id: int | None) -> list[FieldChange]:
    return [FieldChange("decision", int(p), "reviewer_id", reviewer_id) for p in page_ids]


def _require_reviewer(conn: Connection, reviewer_id: int | None) -> None:
    if reviewer_id is None:
        return
    found = conn.execute(select(s.reviewers.c.id).where(s.reviewers.c.id == reviewer_id)).first()
    if found is None:
        raise ChangeError(f"Reviewer {reviewer_id} bestaat niet (meer).")


def assign_pages(
    conn: Connection,
    page_ids: Iterable[int],
    reviewer_id: int | None,
    *,
    who: str,
    source: str = "app",
) -> list[AppliedChange]:
    """Make *reviewer_id* responsible for the pages (None: unassign)."""
    _require_reviewer(conn, reviewer_id)
    return apply_changes(conn, assign_changes(page_ids, reviewer_id), who=who, source=source)


def assign_section(
    conn: Connection, section: str, reviewer_id: int | None, *, who: str, source: str = "app"
) -> list[AppliedChange]:
    """Assign every reviewable page of an old section (and its subsections) to a reviewer."""
    ids = section_page_ids(conn, section)
    if not ids:
        raise ChangeError(f"De sectie '{section}' heeft geen pagina's om toe te wijzen.")
    return assign_pages(conn, ids, reviewer_id, who=who, source=source)


def set_review_status(
    conn: Connection, page_ids: Iterable[int], status: str, *, who: str, source: str = "app"
) -> list[AppliedChange]:
    if status not in REVIEW_STATUSES:
        raise ChangeError(f"Ongeldige reviewstatus: {status!r}.")
    changes = [FieldChange("decision", int(p), "review_status", status) for p in page_ids]
    return apply_changes(conn, changes, who=who, source=source)


def set_note(
    conn: Connection, page_id: int, note: str | None, *, who: str, source: str = "app"
) -> list[AppliedChange]:
    text = (note or "").strip() or None
    return apply_changes(conn, [FieldChange("decision", page_id, "note", text)], who=who,
                         source=source)  # fmt: skip


@dataclass(frozen=True)
class PageItem:
    """A page as a reviewer's list or the workshop agenda shows it."""

    id: int
    url: str
    title: str | None
    section: str | None
    decision: str | None
    review_status: str
    note: str | None
    reviewer: str | None
    home: str | None


def _page_items(
    conn: Connection, where: ColumnElement[bool], limit: int | None = None
) -> list[PageItem]:
    p, d, r = s.pages.c, s.decisions.c, s.reviewers.c
    rows = conn.execute(
        select(p.id, p.url, p.title, p.section, d.decision, d.review_status, d.note, r.name,
               d.nav_node_id)
        .select_from(
            s.pages.join(s.decisions, d.page_id == p.id).outerjoin(
                s.reviewers, r.id == d.reviewer_id
            )
        )
        .where(where)
        .order_by(func.coalesce(p.section, ""), func.coalesce(p.title, p.url), p.id)
        .limit(limit)
    ).all()  # fmt: skip
    paths = node_paths(conn) if any(x[8] is not None for x in rows) else {}
    return [
        PageItem(x[0], x[1], x[2], x[3], x[4], x[5] or "todo", x[6], x[7], paths.get(x[8]))
        for x in rows
    ]


def my_pages(conn: Connection, reviewer_id: int) -> list[PageItem]:
    """The pages one reviewer is responsible for, by old section."""
    return _page_items(conn, s.decisions.c.reviewer_id == reviewer_id)


def discussion_agenda(conn: Connection, limit: int | None = None) -> list[PageItem]:
    """Pages marked "discuss": the agenda of the next workshop."""
    return _page_items(conn, s.decisions.c.review_status == "discuss", limit)


@dataclass(frozen=True)
class Progress:
    total: int
    decided: int
    by_decision: dict[str, int]
    reviewed: int
    discuss: int

    @property
    def fraction(self) -> float:
        return self.decided / self.total if self.total else 0.0


@dataclass(frozen=True)
class SectionProgress:
    section: str  # NO_SECTION for pages without one
    total: int
    decided: int
    assigned: int


def _section_key(section: str, depth: int) -> str:
    parts = [x.strip() for x in section.split(PATH_SEPARATOR.strip())]
    return PATH_SEPARATOR.join(parts[:depth]).strip()


def progress_overview(conn: Connection, depth: int = 1) -> tuple[Progress, list[SectionProgress]]:
    """Overall progress and progress per old section (first *depth* parts of its path), from
    one scan of the pages: the dashboard's numbers for 100,000 pages in well under a second."""
    p, d = s.pages.c, s.decisions.c
    section = func.coalesce(p.section, "")
    rows = conn.execute(
        select(section, d.decision, d.review_status, func.count(), func.count(d.reviewer_id))
        .select_from(s.pages.outerjoin(s.decisions, d.page_id == p.id))
        .where(reviewable())
        .group_by(section, d.decision, d.review_status)
    ).all()
    by: dict[str, int] = {}
    total = reviewed = discuss = 0
    acc: dict[str, list[int]] = {}
    for sec, decision, status, n, assigned in rows:
        total += n
        if decision is not None:
            by[decision] = by.get(decision, 0) + n
        if status == "reviewed":
            reviewed += n
        elif status == "discuss":
            discuss += n
        a = acc.setdefault(_section_key(sec, depth), [0, 0, 0])
        a[0] += n
        a[1] += n if decision is not None else 0
        a[2] += assigned
    progress = Progress(total, sum(by.values()), by, reviewed, discuss)
    sections = [
        SectionProgress(k, *v)
        for k, v in sorted(acc.items(), key=lambda kv: (kv[0] == NO_SECTION, kv[0].casefold()))
    ]
    return progress, sections


def overall_progress(conn: Connection) -> Progress:
    """How many reviewable pages have a decision, per decision."""
    return progress_overview(conn)[0]


def section_progress(conn: Connection, depth: int = 1) -> list[SectionProgress]:
    """Progress per old section, grouped on the first *depth* parts of the section path."""
    return progress_overview(conn, depth)[1]


def section_counts(conn: Connection) -> dict[str, int]:
    """Reviewable pages per old section, each section counting its subsections too; every
    ancestor of a section path is a key (so "Personeelszaken" exists for "... > Verlof")."""
    col = s.pages.c.section
    rows = conn.execute(
        select(col, func.count()).where(reviewable(), col.is_not(None), col != "").group_by(col)
    ).all()
    out: dict[str, int] = {}
    for sec, n in rows:
        parts = [x.strip() for x in sec.split(PATH_SEPARATOR.strip()) if x.strip()]
        for i in range(1, len(parts) + 1):
            key = PATH_SEPARATOR.join(parts[:i])
            out[key] = out.get(key, 0) + int(n)
    return dict(sorted(out.items(), key=lambda kv: kv[0].casefold()))


def all_sections(conn: Connection) -> list[str]:
    """Every old section and each of its ancestors, for 'assign section' pickers."""
    return list(section_counts(conn))


def band_counts(conn: Connection, column: str) -> dict[str | None, int]:
    """Reviewable pages per value of a ``scores`` column; one GROUP BY."""
    col = s.scores.c[column]
    rows = conn.execute(
        select(col, func.count())
        .select_from(s.pages.join(s.scores, s.scores.c.page_id == s.pages.c.id))
        .where(reviewable())
        .group_by(col)
    ).all()
    return {r[0]: int(r[1]) for r in rows}
