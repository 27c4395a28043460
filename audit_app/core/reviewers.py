"""The people who review pages: content owners and ambassadors from the departments.

Adding and removing a reviewer is structural (recorded with ``record_event``); editing and the
unassigning that removal implies go through ``apply_changes``, so undo can restore both the
person and the pages that were theirs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, case, delete, func, insert, select

from audit_app.core import schema as s
from audit_app.core.changes import (
    AppliedChange,
    ChangeError,
    FieldChange,
    apply_changes,
    record_event,
)


@dataclass(frozen=True)
class Reviewer:
    id: int
    name: str
    email: str | None = None
    department: str | None = None


@dataclass(frozen=True)
class ReviewerStats:
    reviewer: Reviewer
    assigned: int
    decided: int
    reviewed: int
    discuss: int


@dataclass
class RemovedReviewer:
    reviewer: Reviewer
    page_ids: list[int] = field(default_factory=list)


def _clean(
    name: str, email: str | None, department: str | None
) -> tuple[str, str | None, str | None]:
    n = " ".join((name or "").split())
    if not n:
        raise ChangeError("Een reviewer heeft een naam nodig.", code="reviewer-needs-name")
    e = (email or "").strip() or None
    if e is not None and ("@" not in e or " " in e or e.startswith("@") or e.endswith("@")):
        raise ChangeError(f"'{e}' is geen geldig e-mailadres.", code="bad-email", email=e)
    d = " ".join((department or "").split()) or None
    return n, e, d


def get_reviewer(conn: Connection, reviewer_id: int) -> Reviewer | None:
    c = s.reviewers.c
    r = conn.execute(select(c.id, c.name, c.email, c.department).where(c.id == reviewer_id)).first()
    return None if r is None else Reviewer(r.id, r.name, r.email, r.department)


def add_reviewer(
    conn: Connection,
    name: str,
    email: str | None = None,
    department: str | None = None,
    *,
    who: str,
    source: str = "app",
    reviewer_id: int | None = None,
) -> int:
    """Add a reviewer; *reviewer_id* is for undo, which must bring back the same id."""
    n, e, d = _clean(name, email, department)
    values: dict[str, object] = {"name": n, "email": e, "department": d}
    if reviewer_id is not None:
        if get_reviewer(conn, reviewer_id) is not None:
            raise ChangeError(f"Reviewer {reviewer_id} bestaat al; herstellen is niet mogelijk.")
        values["id"] = reviewer_id
    pk = conn.execute(insert(s.reviewers).values(**values)).inserted_primary_key
    assert pk is not None
    rid = int(pk[0])
    record_event(conn, "reviewer", rid, "created", None, {"name": n, "email": e, "department": d},
                 who=who, source=source)  # fmt: skip
    return rid


def edit_changes(
    reviewer_id: int, name: str, email: str | None, department: str | None
) -> list[FieldChange]:
    """The field changes that make a reviewer read as given (validated, for a ChangeCommand)."""
    n, e, d = _clean(name, email, department)
    return [
        FieldChange("reviewer", reviewer_id, "name", n),
        FieldChange("reviewer", reviewer_id, "email", e),
        FieldChange("reviewer", reviewer_id, "department", d),
    ]


def edit_reviewer(
    conn: Connection,
    reviewer_id: int,
    name: str,
    email: str | None = None,
    department: str | None = None,
    *,
    who: str,
    source: str = "app",
) -> list[AppliedChange]:
    return apply_changes(conn, edit_changes(reviewer_id, name, email, department), who=who,
                         source=source)  # fmt: skip


def remove_reviewer(
    conn: Connection, reviewer_id: int, *, who: str, source: str = "app"
) -> RemovedReviewer:
    """Remove a reviewer; their pages become unassigned (recorded), decisions stay."""
    rev = get_reviewer(conn, reviewer_id)
    if rev is None:
        raise ChangeError(f"Reviewer {reviewer_id} bestaat niet (meer).")
    packs = conn.execute(
        select(func.count())
        .select_from(s.review_packs)
        .where(s.review_packs.c.reviewer_id == reviewer_id)
    ).scalar_one()
    if packs:
        raise ChangeError(
            f"{rev.name} heeft nog reviewpakketten uitstaan en kan daarom niet worden "
            "verwijderd. Wijs de pagina's eventueel aan iemand anders toe.",
            code="reviewer-has-packs",
            name=rev.name,
        )
    d = s.decisions.c
    page_ids = [
        int(p)
        for p in conn.execute(
            select(d.page_id).where(d.reviewer_id == reviewer_id).order_by(d.page_id)
        ).scalars()
    ]
    if page_ids:
        apply_changes(conn, [FieldChange("decision", p, "reviewer_id", None) for p in page_ids],
                      who=who, source=source)  # fmt: skip
    conn.execute(delete(s.reviewers).where(s.reviewers.c.id == reviewer_id))
    record_event(conn, "reviewer", reviewer_id, "deleted",
                 {"name": rev.name, "email": rev.email, "department": rev.department}, None,
                 who=who, source=source)  # fmt: skip
    return RemovedReviewer(rev, page_ids)


def restore_reviewer(
    conn: Connection, removed: RemovedReviewer, *, who: str, source: str = "undo"
) -> None:
    r = removed.reviewer
    add_reviewer(conn, r.name, r.email, r.department, who=who, source=source, reviewer_id=r.id)
    if removed.page_ids:
        apply_changes(
            conn, [FieldChange("decision", p, "reviewer_id", r.id) for p in removed.page_ids],
            who=who, source=source,
        )  # fmt: skip


def find_reviewer(conn: Connection, name: str) -> Reviewer | None:
    """The reviewer called *name* (case and surrounding spaces ignored): "my pages"."""
    r = s.reviewers.c
    row = conn.execute(
        select(r.id, r.name, r.email, r.department)
        .where(func.lower(func.trim(r.name)) == name.strip().lower())
        .order_by(r.id)
    ).first()
    return None if row is None else Reviewer(row.id, row.name, row.email, row.department)


def list_reviewers(conn: Connection) -> list[ReviewerStats]:
    """Reviewers by name with how far they are: one LEFT JOIN + GROUP BY."""
    r, d = s.reviewers.c, s.decisions.c
    rows = conn.execute(
        select(
            r.id, r.name, r.email, r.department,
            func.count(d.page_id),
            func.count(d.decision),
            func.coalesce(func.sum(case((d.review_status == "reviewed", 1), else_=0)), 0),
            func.coalesce(func.sum(case((d.review_status == "discuss", 1), else_=0)), 0),
        )
        .select_from(s.reviewers.outerjoin(s.decisions, d.reviewer_id == r.id))
        .group_by(r.id)
        .order_by(func.lower(r.name), r.id)
    ).all()  # fmt: skip
    return [
        ReviewerStats(Reviewer(x[0], x[1], x[2], x[3]), int(x[4]), int(x[5]), int(x[6]), int(x[7]))
        for x in rows
    ]
