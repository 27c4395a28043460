"""Merging pages: several old pages become one new page.

A page decided "merge" names the page it goes into (``decisions.merge_into``). People name
that page by its old address (or one of its aliases) or its number; a near duplicate's
suggestion names its original, so accepting the suggestion fills in the target too.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, select

from audit_app.core import schema as s
from audit_app.core.changes import FieldChange

CHUNK = 500


def find_page(conn: Connection, ref: str) -> int | None:
    """The page a person means by *ref*: its number, its address or an alias's address."""
    ref = ref.strip()
    if not ref:
        return None
    if ref.isdigit():
        return conn.execute(select(s.pages.c.id).where(s.pages.c.id == int(ref))).scalar()
    found = conn.execute(select(s.pages.c.id).where(s.pages.c.url == ref)).scalar()
    if found is None:
        found = conn.execute(select(s.aliases.c.page_id).where(s.aliases.c.url == ref)).scalar()
    if found is None and not ref.endswith("/"):
        found = conn.execute(select(s.pages.c.id).where(s.pages.c.url == ref + "/")).scalar()
    return None if found is None else int(found)


def merge_hint(conn: Connection, page_ids: Sequence[int]) -> str | None:
    """The address to offer as merge target: the original of the first near duplicate."""
    dup = s.pages.alias("original")
    for i in range(0, len(page_ids), CHUNK):
        url = conn.execute(
            select(dup.c.url)
            .select_from(s.scores.join(dup, dup.c.id == s.scores.c.duplicate_of))
            .where(s.scores.c.page_id.in_(page_ids[i : i + CHUNK]))
            .order_by(s.scores.c.page_id)
            .limit(1)
        ).scalar()
        if url is not None:
            return str(url)
    return None


def merge_changes(page_ids: Sequence[int], target: int) -> list[FieldChange]:
    out: list[FieldChange] = []
    for pid in page_ids:
        out.append(FieldChange("decision", pid, "decision", "merge"))
        out.append(FieldChange("decision", pid, "merge_into", target))
    return out


def suggestion_changes(conn: Connection, page_ids: Sequence[int]) -> list[FieldChange]:
    """Accepting the suggestions of these pages: the suggested decision, and for a merge the
    original it names."""
    sc = s.scores.c
    out: list[FieldChange] = []
    for i in range(0, len(page_ids), CHUNK):
        rows = conn.execute(
            select(sc.page_id, sc.suggestion, sc.duplicate_of)
            .where(sc.suggestion.is_not(None), sc.page_id.in_(page_ids[i : i + CHUNK]))
            .order_by(sc.page_id)
        )
        for page_id, suggestion, original in rows:
            out.append(FieldChange("decision", page_id, "decision", suggestion))
            if suggestion == "merge" and original is not None:
                out.append(FieldChange("decision", page_id, "merge_into", original))
    return out
