"""The cheap part of scoring: age, bands, signals and suggestions from stored numbers.

Reads only page facts, the links table, page views and the raw text statistics the heavy part
stored in scores, so it runs in seconds for 10,000 pages and can be repeated after every
threshold change.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Connection, bindparam, select, text, update

from audit_app.core import schema as s
from audit_app.core.scoring import age as age_mod
from audit_app.core.scoring.facts import PageFacts
from audit_app.core.scoring.readability import b1_band, readability_band
from audit_app.core.scoring.rules import suggest
from audit_app.core.scoring.settings import ScoringSettings
from audit_app.core.scoring.signals import (
    broken_outlinks,
    compute_signals,
    internal_inlinks,
    is_orphan,
)
from audit_app.core.scoring.word_store import WordFacts, b1_indication, fired_signals

_CHEAP_SQL = text(
    "SELECT p.id, p.url, p.kind, p.found_via, p.depth, p.title, p.h1, p.words, p.owner, "
    "p.last_modified, p.last_modified_source, p.last_modified_reason, p.inlinks, "
    "c.date_evidence, sc.readability, sc.readability_status, sc.duplicate_kind, "
    "sc.duplicate_of, "
    "w.status AS w_status, w.uncommon_pct AS w_uncommon_pct, w.officialese AS w_officialese, "
    "w.officialese_per_100 AS w_per_100, w.officialese_hits AS w_hits, "
    "w.sentences AS w_sentences, w.passive_sentences AS w_passive "
    "FROM scores sc JOIN pages p ON p.id = sc.page_id "
    "LEFT JOIN page_content c ON c.page_id = p.id "
    "LEFT JOIN word_scores w ON w.page_id = p.id"
)


def apply_cheap(conn: Connection, settings: ScoringSettings, today: date) -> list[PageFacts]:
    """Recompute age, bands, signals and suggestions for every scored page from stored data."""
    links_in = internal_inlinks(conn)
    broken = broken_outlinks(conn)
    views = dict(conn.execute(select(s.page_views.c.page_id, s.page_views.c.views)).all())
    rows = conn.execute(_CHEAP_SQL).all()
    urls = {r.id: r.url for r in rows}
    out: list[PageFacts] = []
    updates: list[dict[str, object]] = []
    indications: list[dict[str, object]] = []
    for r in rows:
        days = age_mod.age_days(r.last_modified, today)
        f = PageFacts(
            page_id=r.id,
            url=r.url,
            kind=r.kind,
            found_via=r.found_via,
            depth=r.depth or 0,
            title=r.title,
            h1=r.h1,
            words=r.words,
            owner=r.owner,
            last_modified=r.last_modified,
            date_source=r.last_modified_source,
            inlinks=max(r.inlinks or 0, links_in.get(r.id, 0)),
            broken_outlinks=broken.get(r.id, 0),
            views=views.get(r.id),
            views_imported=bool(views),
            age_days=days,
            age_band=age_mod.age_band(days, settings),
            date_confidence=age_mod.date_confidence(
                r.last_modified, r.last_modified_source, r.last_modified_reason, r.date_evidence
            ),
            readability=r.readability,
            readability_status=r.readability_status,
            b1_band=b1_band(r.readability, settings.b1_min, settings.above_b1_max),
            duplicate_kind=r.duplicate_kind,
            duplicate_of=r.duplicate_of,
            duplicate_of_url=urls.get(r.duplicate_of) if r.duplicate_of else None,
        )
        if r.w_status is not None:
            f.word = WordFacts.from_row(
                r.w_status,
                r.w_uncommon_pct,
                r.w_officialese,
                r.w_per_100,
                r.w_hits,
                r.w_sentences,
                r.w_passive,
            )
            f.word_signals = fired_signals(f.word, settings)
            f.b1_indication = b1_indication(f.b1_band, f.word_signals)
            indications.append({"wpid": f.page_id, "ind": f.b1_indication})
        f.orphan = is_orphan(f)
        f.signals = compute_signals(f, settings)
        action, reasons = suggest(f, settings)
        f.suggestion = action
        out.append(f)
        updates.append(
            {
                "pid": f.page_id,
                "age_days": days,
                "age_band": f.age_band,
                "date_confidence": f.date_confidence,
                "readability_band": readability_band(f.readability),
                "b1_band": f.b1_band,
                "broken_outlinks": f.broken_outlinks,
                "orphan": f.orphan,
                "signals": json.dumps(f.signals),
                "suggestion": action,
                "suggestion_reasons": json.dumps(reasons, ensure_ascii=False),
            }
        )
    if updates:
        conn.execute(
            update(s.scores)
            .where(s.scores.c.page_id == bindparam("pid"))
            .values({k: bindparam(k) for k in updates[0] if k != "pid"}),
            updates,
        )
    if indications:
        conn.execute(
            update(s.word_scores)
            .where(s.word_scores.c.page_id == bindparam("wpid"))
            .values(b1_indication=bindparam("ind")),
            indications,
        )
    return out
