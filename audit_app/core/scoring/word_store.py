"""Word-level B1 scores in the project: store, combine with the formula, read back.

``store_word_metrics`` keeps the heavy part's raw counts; ``b1_indication`` is the cheap part's
combination with the formula's band; ``rescore_words`` redoes only the word counts after the
organisation's own list changed (no syllables, no duplicates: a few seconds for 10,000 pages).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from audit_app.core import schema as s
from audit_app.core.progress import Progress
from audit_app.core.project import Project
from audit_app.core.scoring.plain import OfficialeseHit, WordMetrics
from audit_app.core.scoring.settings import ScoringSettings

B1_STEPS = ("b1", "maybe-above", "above")

# The word-level signals that can move the B1 indication, as codes (the UI words them).
WORD_SIGNALS = ("uncommon", "officialese", "passive")


@dataclass
class WordFacts:
    """What the cheap part needs from word_scores for one page."""

    status: str | None = None
    uncommon_pct: float | None = None
    officialese: int = 0
    officialese_per_100: float | None = None
    officialese_forms: list[str] = field(default_factory=list)  # most frequent first
    passive_pct: float | None = None

    @classmethod
    def from_row(
        cls,
        status: str | None,
        uncommon_pct: float | None,
        officialese: int | None,
        per_100: float | None,
        hits: str | None,
        sentences: int | None,
        passive: int | None,
    ) -> WordFacts:
        forms = [str(h[0]) for h in json.loads(hits)] if hits else []
        passive_pct = 100.0 * passive / sentences if sentences and passive is not None else None
        return cls(status, uncommon_pct, officialese or 0, per_100, forms, passive_pct)


def fired_signals(w: WordFacts, settings: ScoringSettings) -> list[str]:
    """Which word-level signals are above their limit (codes from WORD_SIGNALS)."""
    if w.status != "ok":
        return []
    out = []
    if w.uncommon_pct is not None and w.uncommon_pct > settings.uncommon_max_pct:
        out.append("uncommon")
    if w.officialese_per_100 is not None and (
        w.officialese_per_100 > settings.officialese_max_per_100
    ):
        out.append("officialese")
    if w.passive_pct is not None and w.passive_pct > settings.passive_max_pct:
        out.append("passive")
    return out


def officialese_limits(settings: ScoringSettings) -> tuple[int, float]:
    """What makes "ambtelijke taal" on a page: at least this many officialese words AND more
    than this many per 100 words (a long page with five is not officialese)."""
    return max(1, settings.officialese_rewrite_min), settings.officialese_max_per_100


def is_officialese(count: int | None, per_100: float | None, settings: ScoringSettings) -> bool:
    minimum, density = officialese_limits(settings)
    return (count or 0) >= minimum and (per_100 or 0.0) > density


def b1_indication(formula_band: str | None, signals: list[str]) -> str | None:
    """The formula's band moved one step towards "above" per word-level signal that fired.

    The formula sees only word and sentence length; a text that passes it but is full of
    officialese, rare words or passive sentences is not B1 all the same. Word signals only
    ever make the indication stricter, never easier. None when the formula has no figure
    (text too short or language not supported)."""
    if formula_band not in B1_STEPS:
        return None
    step = min(B1_STEPS.index(formula_band) + len(signals), len(B1_STEPS) - 1)
    return B1_STEPS[step]


WORD_COLUMNS = (
    "page_id",
    "status",
    "words",
    "uncommon",
    "uncommon_pct",
    "uncommon_words",
    "officialese",
    "officialese_per_100",
    "officialese_hits",
    "sentences",
    "long_sentences",
    "passive_sentences",
    "passive_examples",
)
WordRow = tuple[Any, ...]  # a word_scores row in WORD_COLUMNS order


def word_row(page_id: int, total_words: int, m: WordMetrics) -> WordRow:
    """One page's counts as a compact row (lists already JSON): worker processes send these
    back, and 100,000 of them must fit in the main process until they are stored."""
    per_100 = round(100.0 * m.officialese / total_words, 2) if total_words else None
    return (
        page_id,
        m.status,
        m.words,
        m.uncommon,
        None if m.uncommon_pct is None else round(m.uncommon_pct, 1),
        json.dumps(m.uncommon_words, ensure_ascii=False),
        m.officialese,
        per_100,
        json.dumps([h.to_json() for h in m.officialese_hits], ensure_ascii=False),
        m.sentences,
        m.long_sentences,
        m.passive_sentences,
        json.dumps(m.passive_examples, ensure_ascii=False),
    )


def store_word_metrics(conn: Connection, rows: Sequence[WordRow]) -> None:
    """Replace the word scores of the pages in *rows*."""
    for start in range(0, len(rows), 500):
        chunk = rows[start : start + 500]
        ids = [r[0] for r in chunk]
        conn.execute(delete(s.word_scores).where(s.word_scores.c.page_id.in_(ids)))
        conn.execute(
            insert(s.word_scores), [dict(zip(WORD_COLUMNS, r, strict=True)) for r in chunk]
        )


@dataclass
class PageWords:
    """A page's word-level B1 figures, for the detail panel, workshop and exports."""

    page_id: int
    status: str
    b1_indication: str | None
    uncommon_pct: float | None
    uncommon_words: list[str]
    officialese: int
    officialese_hits: list[OfficialeseHit]
    sentences: int
    long_sentences: int
    passive_sentences: int
    passive_examples: list[str]


def page_words(conn: Connection, page_id: int) -> PageWords | None:
    c = s.word_scores.c
    r = conn.execute(select(s.word_scores).where(c.page_id == page_id)).mappings().first()
    if r is None:
        return None
    return PageWords(
        page_id=page_id,
        status=r["status"] or "no-text",
        b1_indication=r["b1_indication"],
        uncommon_pct=r["uncommon_pct"],
        uncommon_words=json.loads(r["uncommon_words"] or "[]"),
        officialese=r["officialese"] or 0,
        officialese_hits=[
            OfficialeseHit.from_json(h) for h in json.loads(r["officialese_hits"] or "[]")
        ],
        sentences=r["sentences"] or 0,
        long_sentences=r["long_sentences"] or 0,
        passive_sentences=r["passive_sentences"] or 0,
        passive_examples=json.loads(r["passive_examples"] or "[]"),
    )


HARD_WORDS = 5  # words listed per page in exports


def hard_words(hits: str | None, uncommon: str | None, limit: int = HARD_WORDS) -> list[str]:
    """The words to fix first, from a word_scores row's JSON: officialese with its
    alternative ("indien → als", "mits → als / op voorwaarde dat"), then the most frequent
    uncommon words."""
    items = [f"{h[0]} → {str(h[1]).replace('; ', ' / ')}" for h in json.loads(hits or "[]")]
    items = items[:limit]
    return items + json.loads(uncommon or "[]")[: max(0, limit - len(items))]


def top_hard_words(conn: Connection, limit: int = HARD_WORDS) -> dict[int, list[str]]:
    """Page id -> up to *limit* words to fix first (see ``hard_words``)."""
    c = s.word_scores.c
    out: dict[int, list[str]] = {}
    for pid, hits, uncommon in conn.execute(
        select(c.page_id, c.officialese_hits, c.uncommon_words).where(c.status == "ok")
    ):
        items = hard_words(hits, uncommon, limit)
        if items:
            out[pid] = items
    return out


def own_rows(conn: Connection) -> tuple[tuple[str, str, str], ...]:
    """The organisation's own list as (language, word, alternative) rows, for the scorer."""
    c = s.own_words.c
    q = select(c.language, c.word, c.alternative).order_by(c.language, c.word)
    return tuple((str(a), str(b), str(d)) for a, b, d in conn.execute(q).all())


def rescore_words(
    project: Project, progress: Progress | None = None, *, isolate: bool = False
) -> int:
    """Redo the word counts of every scored page with the current own list (after the list
    changed), then the cheap part (indications, suggestions). Returns the pages analysed.
    *isolate* as for ``score_project``: the app keeps the work out of its own process."""
    from datetime import UTC, datetime

    from audit_app.core.scoring.cheap import apply_cheap
    from audit_app.core.scoring.heavy import TextOptions
    from audit_app.core.scoring.runner import run_words
    from audit_app.core.scoring.settings import load_settings

    settings = load_settings(project)
    with project.read() as conn:
        own = own_rows(conn)
        ids = sorted(conn.execute(select(s.scores.c.page_id)).scalars())
    options = TextOptions(long_sentence_words=settings.long_sentence_words, own_words=own)
    results = run_words(project, ids, options, progress, isolate=isolate)
    with project.transaction() as conn:
        store_word_metrics(conn, results)
        apply_cheap(conn, settings, datetime.now(UTC).date())
    return len(results)
