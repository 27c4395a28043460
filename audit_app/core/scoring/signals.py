"""Cheap per-page signals: link counts from the links table and flags from page facts.

Signal keys are stable codes (the UI filters on them); the UI words them through tr()
(page_table_model.signal_label), the exports through exporters.labels (group "signal").
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from audit_app.core.scoring.facts import PageFacts
from audit_app.core.scoring.settings import ScoringSettings

ORPHAN_SOURCES = frozenset({"sitemap", "folder"})


def internal_inlinks(conn: Connection) -> dict[int, int]:
    """Distinct pages linking to each page (self-links do not count)."""
    rows = conn.execute(
        text(
            "SELECT to_page_id, COUNT(DISTINCT from_page_id) FROM links "
            "WHERE internal AND to_page_id IS NOT NULL AND to_page_id != from_page_id "
            "AND tag != 'img' "
            "GROUP BY to_page_id"
        )
    )
    return {int(pid): int(n) for pid, n in rows}


def broken_outlinks(conn: Connection) -> dict[int, int]:
    """Distinct broken targets (HTTP status >= 400 or a failed fetch) linked from each page."""
    rows = conn.execute(
        text(
            "SELECT l.from_page_id, COUNT(DISTINCT l.to_page_id) FROM links l "
            "JOIN pages t ON t.id = l.to_page_id "
            "WHERE (t.status >= 400 OR t.state = 'failed') AND l.tag != 'img' "
            "GROUP BY l.from_page_id"
        )
    )
    return {int(pid): int(n) for pid, n in rows}


def is_orphan(f: PageFacts) -> bool:
    return not f.is_start and f.found_via in ORPHAN_SOURCES and f.inlinks == 0


def compute_signals(f: PageFacts, settings: ScoringSettings) -> list[str]:
    out: list[str] = []
    if f.orphan:
        out.append("orphan")
    if f.broken_outlinks:
        out.append("broken-links")
    if f.kind == "page":
        if f.words is not None and f.words < settings.thin_words:
            out.append("thin")
        if not (f.title or "").strip():
            out.append("no-title")
        if not (f.h1 or "").strip():
            out.append("no-h1")
    if not (f.owner or "").strip():
        out.append("no-owner")
    years = f.years
    if f.kind == "document" and years is not None and years >= settings.old_document_years:
        out.append("old-document")
    if f.age_days is None:
        out.append("unknown-date")
    elif f.date_confidence == "low":
        out.append("low-date-confidence")
    if f.duplicate_of is not None:
        out.append("duplicate")
    if f.views_imported and not f.views:
        out.append("no-views")
    return out
