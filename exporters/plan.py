"""The rows of the migration plan, read from the project in one streaming query.

The workbook, the CSV and the per-reviewer sheets all show the same columns, so the query and
the turning of stored codes into words live here once. Rows are yielded, never collected, so
a 100,000-page project exports in bounded memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, or_, select
from sqlalchemy.orm import aliased

from audit_app.core import schema as s
from audit_app.core.scoring.word_store import hard_words
from exporters import labels
from exporters.labels import Lang
from exporters.reason_words import reasons_text

PLAN_KINDS = ("page", "document")

# Column keys in sheet order; their headers are labels.text(lang, "col." + key).
PLAN_COLUMNS: tuple[str, ...] = (
    "id",
    "url",
    "title",
    "section",
    "kind",
    "last_modified",
    "date_source",
    "age_band",
    "readability",
    "readability_band",
    "words",
    "inlinks",
    "views",
    "duplicate_of",
    "suggestion",
    "reasons",
    "hard_words",
    "decision",
    "merge_into",
    "nav_home",
    "new_url",
    "reviewer",
    "status",
    "note",
)


@dataclass(slots=True)
class PlanRow:
    id: int
    url: str
    title: str | None
    section: str | None
    kind: str
    last_modified: date | str | None
    date_source: str | None
    age_band: str | None
    readability: float | None
    readability_band: str | None
    words: int | None
    inlinks: int
    views: int | None
    duplicate_of: str | None
    suggestion: str | None
    reasons: str | None  # as stored: a JSON list of codes (or older sentences)
    decision: str | None
    merge_into: int | None
    merge_into_url: str | None
    nav_node_id: int | None
    nav_home: str | None
    new_url: str | None
    reviewer_id: int | None
    reviewer: str | None
    status: str
    note: str | None
    hard_words: str | None = None  # "indien → als; teneinde → om; ..." (word-level B1)
    family_kind: str | None = None  # this row stands for a calendar family (pages.family_*)
    family_variants: int | None = None
    family_skipped: bool | None = None


def parse_date(raw: str | None) -> date | str | None:
    """A real date where the project holds an ISO date; odd text is kept, not dropped."""
    if not raw:
        return None
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        return raw


def count_plan_rows(conn: Connection, reviewer_id: int | None = None) -> int:
    stmt = select(func.count()).select_from(
        s.pages.outerjoin(s.decisions, s.decisions.c.page_id == s.pages.c.id)
    )
    return int(conn.execute(stmt.where(*plan_filter(reviewer_id))).scalar_one())


def plan_filter(reviewer_id: int | None) -> list[Any]:
    p, d = s.pages.c, s.decisions.c
    clauses: list[Any] = [
        p.kind.in_(PLAN_KINDS),
        or_(p.state == "done", d.decision.is_not(None)),
    ]
    if reviewer_id is not None:
        clauses.append(d.reviewer_id == reviewer_id)
    return clauses


def iter_plan_rows(
    conn: Connection, nav_paths: dict[int, str], reviewer_id: int | None = None
) -> Iterator[PlanRow]:
    """Pages and documents (fetched, or decided on) ordered by old section and URL."""
    p, sc, pv, d, r, w = s.pages, s.scores, s.page_views, s.decisions, s.reviewers, s.word_scores
    dup = aliased(s.pages, name="dup")
    target = aliased(s.pages, name="target")
    stmt = (
        select(
            p.c.id,
            p.c.url,
            p.c.title,
            p.c.section,
            p.c.kind,
            p.c.last_modified,
            p.c.last_modified_source,
            sc.c.age_band,
            sc.c.readability,
            sc.c.readability_band,
            p.c.words,
            p.c.inlinks,
            pv.c.views,
            dup.c.url.label("dup_url"),
            sc.c.suggestion,
            sc.c.suggestion_reasons,
            d.c.decision,
            d.c.merge_into,
            target.c.url.label("merge_url"),
            d.c.nav_node_id,
            d.c.new_url,
            d.c.reviewer_id,
            r.c.name.label("reviewer"),
            d.c.review_status,
            d.c.note,
            w.c.officialese_hits,
            w.c.uncommon_words,
            p.c.family_kind,
            p.c.family_variants,
            p.c.family_skipped,
        )
        .select_from(
            p.outerjoin(sc, sc.c.page_id == p.c.id)
            .outerjoin(pv, pv.c.page_id == p.c.id)
            .outerjoin(d, d.c.page_id == p.c.id)
            .outerjoin(r, r.c.id == d.c.reviewer_id)
            .outerjoin(dup, dup.c.id == sc.c.duplicate_of)
            .outerjoin(w, w.c.page_id == p.c.id)
            .outerjoin(target, target.c.id == d.c.merge_into)
        )
        .where(*plan_filter(reviewer_id))
        .order_by(p.c.section, p.c.url)
    )
    result = conn.execution_options(yield_per=2000).execute(stmt)
    # Plain tuples: reading 22 attributes by name from SQLAlchemy rows costs more than the
    # query itself on 100,000 rows.
    for row in result:
        (
            page_id, url, title, section, kind, modified, date_source, age_band, readability,
            readability_band, words, inlinks, views, dup_url, suggestion, reasons, decision,
            merge_into, merge_url, nav_node_id, new_url, reviewer_id, reviewer, status, note,
            word_hits, uncommon, family_kind, family_variants, family_skipped,
        ) = row  # fmt: skip
        yield PlanRow(
            page_id,
            url,
            title,
            section,
            kind,
            parse_date(modified),
            date_source,
            age_band,
            readability,
            readability_band,
            words,
            inlinks or 0,
            views,
            dup_url,
            suggestion,
            reasons,
            decision,
            merge_into,
            merge_url,
            nav_node_id,
            None if nav_node_id is None else nav_paths.get(nav_node_id),
            new_url,
            reviewer_id,
            reviewer,
            status or "todo",
            note,
            "; ".join(hard_words(word_hits, uncommon)) or None,
            family_kind,
            family_variants,
            family_skipped,
        )


def plan_cells(row: PlanRow, lang: Lang) -> dict[str, Any]:
    """The row's cells by column key, codes turned into words (not yet made safe). A sheet
    picks the keys it shows, so a new column is one entry here and one in its key list."""
    v = labels.value
    return {
        "id": row.id,
        "url": row.url,
        "title": _title(row, lang),
        "section": row.section,
        "kind": v(lang, "kind", row.kind),
        "last_modified": row.last_modified,
        "date_source": v(lang, "date_source", row.date_source),
        "age_band": v(lang, "age_band", row.age_band),
        "readability": None if row.readability is None else round(row.readability, 1),
        "readability_band": v(lang, "readability_band", row.readability_band),
        "words": row.words,
        "inlinks": row.inlinks,
        "views": row.views,
        "duplicate_of": row.duplicate_of,
        "suggestion": v(lang, "decision", row.suggestion),
        "reasons": reasons_text(lang, row.reasons),
        "hard_words": row.hard_words,
        "decision": v(lang, "decision", row.decision),
        "merge_into": row.merge_into_url,
        "nav_home": row.nav_home,
        "new_url": row.new_url,
        "reviewer": row.reviewer,
        "status": v(lang, "status", row.status),
        "note": row.note,
    }


def _title(row: PlanRow, lang: Lang) -> str | None:
    """A calendar family's row says what it stands for after its title."""
    family = labels.family(lang, row.family_kind, row.family_variants, row.family_skipped)
    if family is None:
        return row.title
    return f"{row.title} — {family}" if row.title else family


def plan_values(row: PlanRow, lang: Lang) -> list[Any]:
    """The row's cells in PLAN_COLUMNS order."""
    cells = plan_cells(row, lang)
    return [cells[key] for key in PLAN_COLUMNS]


def plan_headers(lang: Lang) -> list[str]:
    return [labels.text(lang, "col." + key) for key in PLAN_COLUMNS]
