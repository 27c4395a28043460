"""Score a whole project: the one entry point the CLI, the demo and the app call after a crawl.

Two parts. The heavy part (language, text statistics, MinHash, duplicate clusters) reads every
page's text and runs in worker processes for big projects; its raw results are stored in the
scores table. The cheap part (age and bands, B1 band, signals, suggestion rules) reads only
those stored numbers and page facts, so after a threshold change ``only_cheap=True`` redoes
the bands and suggestions in seconds without touching the text again.

Writes only scores, and pages.language where the crawl left it empty; never decisions.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from multiprocessing import get_context
from multiprocessing.context import BaseContext
from typing import TypeVar

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from audit_app.core import schema as s
from audit_app.core.page_query import PageFilter, count_decided
from audit_app.core.progress import Progress
from audit_app.core.project import Project, utcnow
from audit_app.core.scoring.cheap import apply_cheap
from audit_app.core.scoring.duplicates import DupCandidate, find_duplicates
from audit_app.core.scoring.facts import PageFacts
from audit_app.core.scoring.heavy import (
    HeavyResult,
    PageInput,
    TextOptions,
    analyse_chunk,
    analyse_words_chunk,
)
from audit_app.core.scoring.settings import load_settings
from audit_app.core.scoring.signals import internal_inlinks
from audit_app.core.scoring.word_store import WordRow, own_rows, store_word_metrics
from crawlers.model import PAGE_KINDS

R = TypeVar("R")
CHUNK = 250  # pages per unit of work
PARALLEL_MIN_PAGES = 2000  # below this, starting worker processes costs more than it saves


def _mp_context() -> BaseContext:
    """fork from a plain command-line process: the workers start at once with everything
    imported. spawn when other Python threads run or Qt is loaded (forking a threaded process
    can deadlock), at the price of a few seconds of imports per worker."""
    plain = threading.active_count() == 1 and "PySide6.QtCore" not in sys.modules
    return get_context("fork" if plain and sys.platform.startswith("linux") else "spawn")


def _watch_parent(parent: int) -> None:
    """Runs in each worker: end it when the process that started it is gone (killed with
    kill -9, say), instead of lingering with a few hundred megabytes of memory."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


@dataclass
class ScoreSummary:
    pages: int = 0  # pages with a score
    analysed: int = 0  # pages whose text was analysed in this run
    only_cheap: bool = False
    suggestions: dict[str, int] = field(default_factory=dict)
    duplicate_clusters: int = 0
    duplicates: int = 0  # pages that are a copy of another (originals not counted)
    pages_with_broken_links: int = 0
    orphans: int = 0
    seconds: float = 0.0
    listed: int = 0  # rows the page table lists unfiltered (its "van N pagina's")

    def __str__(self) -> str:
        return self.line()

    def line(self) -> str:
        sug = self.suggestions
        rest = self.listed - self.pages
        among = (
            f" (van de {self.listed} in de tabel; {rest} kapotte, verdwenen of overgeslagen "
            "adressen hebben geen tekst om te scoren)"
            if rest > 0
            else ""
        )
        pages = _n(self.pages, "pagina", "pagina's")
        texts = _n(self.analysed, "tekst", "teksten")
        seconds = f"{self.seconds:.1f}".replace(".", ",")
        return (
            f"{pages} gescoord{among} ({texts} geanalyseerd) in "
            f"{seconds} s: {sug.get('keep', 0)} behouden, "
            f"{sug.get('rewrite', 0)} herschrijven, {sug.get('merge', 0)} samenvoegen, "
            f"{sug.get('delete', 0)} verwijderen; "
            f"{_n(self.duplicate_clusters, 'groep', 'groepen')} kopieën, "
            f"{_n(self.pages_with_broken_links, 'pagina', PAGES)} met kapotte "
            f"links, {_n(self.orphans, 'wees', 'wezen')}."
        )


PAGES = "pagina's"


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _scoreable(conn: Connection) -> dict[int, tuple[str, str | None, str | None]]:
    """Page id -> (kind, language, content_hash) for every page that was fetched fine.

    A re-crawl puts the pages it meets back in the queue until it fetches them again; those
    keep being scored from their last fetched text, so a `score` run during a re-crawl does
    not drop their scores and duplicate links.
    """
    p = s.pages.c
    fetched_fine = (p.state == "done") & ((p.status.is_(None)) | (p.status < 400))
    requeued = (p.state == "queued") & p.fetched_at.is_not(None) & (p.status < 400)
    rows = conn.execute(
        select(p.id, p.kind, p.language, p.content_hash).where(
            fetched_fine | requeued,
            p.kind.in_(PAGE_KINDS),  # images and other assets are inventoried, not scored
        )
    )
    return {r.id: (r.kind, r.language, r.content_hash) for r in rows}


def _inputs(
    project: Project, ids: list[int], info: dict[int, tuple[str, str | None, str | None]]
) -> Iterator[list[PageInput]]:
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        with project.read() as conn:
            texts = dict(
                conn.execute(
                    select(s.page_content.c.page_id, s.page_content.c.text).where(
                        s.page_content.c.page_id.in_(chunk)
                    )
                ).all()
            )
        yield [PageInput(pid, texts.get(pid), info[pid][1], info[pid][0]) for pid in chunk]


def _run_heavy(
    project: Project,
    ids: list[int],
    info: dict[int, tuple[str, str | None, str | None]],
    options: TextOptions,
    progress: Progress | None,
    workers: int,
    *,
    isolate: bool = False,
    work: Callable[[list[PageInput], TextOptions], list[R]],
) -> list[R]:
    """Run *work* over the pages in chunks, in worker processes when *workers* > 1."""
    results: list[R] = []

    def step(done: list[R]) -> None:
        results.extend(done)
        if progress is not None:
            progress.update(advance=len(done))
            progress.check()

    if workers <= 1 and not (isolate and ids):
        for pages in _inputs(project, ids, info):
            step(work(pages, options))
        return results
    workers = max(workers, 1)
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_mp_context(),
        initializer=_watch_parent,
        initargs=(os.getpid(),),
    ) as ex:
        pending: list[Future[list[R]]] = []
        try:
            for pages in _inputs(project, ids, info):
                pending.append(ex.submit(work, pages, options))
                while len(pending) > workers * 2:
                    step(pending.pop(0).result())
            while pending:
                step(pending.pop(0).result())
        except BaseException:
            ex.shutdown(wait=True, cancel_futures=True)
            raise
    return results


def _heavy_row(r: HeavyResult, now: str) -> dict[str, object]:
    m = r.metrics
    return {
        "page_id": r.page_id,
        "readability": m.readability,
        "readability_status": m.status,
        "avg_sentence_length": m.avg_sentence_length,
        "syllables_per_word": m.syllables_per_word,
        "grade": m.grade,
        "brouwer": m.brouwer,
        "long_sentences": json.dumps(m.long_sentences, ensure_ascii=False),
        "long_words": json.dumps(m.long_words, ensure_ascii=False),
        "scored_at": now,
    }


def _store_heavy(conn: Connection, results: list[HeavyResult], now: str) -> None:
    ids = [r.page_id for r in results]
    for start in range(0, len(ids), 500):
        conn.execute(delete(s.scores).where(s.scores.c.page_id.in_(ids[start : start + 500])))
    if results:
        conn.execute(insert(s.scores), [_heavy_row(r, now) for r in results])
    store_word_metrics(conn, [r.words for r in results if r.words is not None])
    langs = [{"pid": r.page_id, "lang": r.language} for r in results if r.language]
    if langs:
        conn.execute(
            update(s.pages)
            .where(s.pages.c.id == bindparam("pid"), s.pages.c.language.is_(None))
            .values(language=bindparam("lang")),
            langs,
        )


def _store_duplicates(
    conn: Connection,
    results: list[HeavyResult],
    info: dict[int, tuple[str, str | None, str | None]],
    threshold: float,
) -> None:
    p = s.pages.c
    meta = {
        r.id: r
        for r in conn.execute(select(p.id, p.url, p.inlinks, p.last_modified, p.found_via))
        if r.id in info
    }
    links_in = internal_inlinks(conn)
    candidates = []
    for r in results:
        m = meta[r.page_id]
        own_hash = info[r.page_id][2]
        text_hash = (own_hash or r.text_hash) if r.text_hash else None
        candidates.append(
            DupCandidate(
                r.page_id,
                m.url,
                max(m.inlinks or 0, links_in.get(r.page_id, 0)),
                m.last_modified,
                text_hash,
                r.signature,
                r.shingles,
                is_start=m.found_via == "start",
                words=r.metrics.words,
            )
        )
    found = find_duplicates(candidates, threshold)
    conn.execute(
        update(s.scores).values(
            duplicate_cluster=None,
            duplicate_kind=None,
            duplicate_of=None,
            duplicate_similarity=None,
            duplicate_basis=None,
        )
    )
    if found:
        conn.execute(
            update(s.scores)
            .where(s.scores.c.page_id == bindparam("pid"))
            .values(
                duplicate_cluster=bindparam("cluster"),
                duplicate_kind=bindparam("kind"),
                duplicate_of=bindparam("of"),
                duplicate_similarity=bindparam("sim"),
                duplicate_basis=bindparam("basis"),
            ),
            [
                {
                    "pid": pid,
                    "cluster": a.cluster,
                    "kind": a.kind,
                    "of": a.duplicate_of,
                    "sim": a.similarity,
                    "basis": a.basis,
                }
                for pid, a in found.items()
            ],
        )


def _summarise(facts: list[PageFacts], analysed: int, only_cheap: bool) -> ScoreSummary:
    clusters = {f.duplicate_of for f in facts if f.duplicate_of is not None}
    counts = Counter(f.suggestion for f in facts if f.suggestion)
    return ScoreSummary(
        pages=len(facts),
        analysed=analysed,
        only_cheap=only_cheap,
        suggestions=dict(counts),
        duplicate_clusters=len(clusters),
        duplicates=sum(1 for f in facts if f.duplicate_of is not None),
        pages_with_broken_links=sum(1 for f in facts if f.broken_outlinks),
        orphans=sum(1 for f in facts if f.orphan),
    )


def run_words(
    project: Project,
    ids: list[int],
    options: TextOptions,
    progress: Progress | None = None,
    *,
    info: dict[int, tuple[str, str | None, str | None]] | None = None,
    isolate: bool = False,
) -> list[WordRow]:
    """Word-level B1 counts only (no syllables, no signatures) for *ids*: after the own word
    list changed, or for pages scored before word counts existed. Parallel like the full
    analysis for big projects."""
    if info is None:
        with project.read() as conn:
            info = _scoreable(conn)
    ids = [i for i in ids if i in info]
    workers = min(os.cpu_count() or 1, 4) if len(ids) >= PARALLEL_MIN_PAGES else 1
    if progress is not None:
        progress.update(
            done=0, total=len(ids), message="Woorden controleren", force=True, code="score-words"
        )
    return _run_heavy(
        project, ids, info, options, progress, workers, isolate=isolate, work=analyse_words_chunk
    )


def score_project(
    project: Project,
    progress: Progress | None = None,
    *,
    only_cheap: bool = False,
    today: date | None = None,
    workers: int | None = None,
    isolate: bool = False,
) -> ScoreSummary:
    """Score every fetched page of *project*.

    ``only_cheap`` reuses the stored text statistics and duplicate clusters and recomputes only
    bands, signals and suggestions (after a threshold change); pages never analysed before are
    still analysed. ``workers`` defaults to the number of CPUs for big projects. ``isolate``
    keeps the text analysis out of this process even for small projects: the app passes it so
    its window never waits for the analysis to let go of the interpreter lock. Raises
    progress.Cancelled when cancelled; nothing is written then.
    """
    started = time.monotonic()
    settings = load_settings(project)
    today = today or datetime.now(UTC).date()
    with project.read() as conn:
        info = _scoreable(conn)
        scored = set(conn.execute(select(s.scores.c.page_id)).scalars())
        own = own_rows(conn)
    ids = sorted(info if not only_cheap else set(info) - scored)
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if len(ids) >= PARALLEL_MIN_PAGES else 1
    if progress is not None:
        progress.update(
            done=0, total=len(ids), message="Teksten analyseren", force=True, code="score-texts"
        )
    options = TextOptions(
        settings.long_sentence_words,
        settings.long_word_syllables,
        settings.long_word_letters,
        own_words=own,
    )
    results = _run_heavy(
        project, ids, info, options, progress, workers, isolate=isolate, work=analyse_chunk
    )
    # Pages scored before word-level B1 existed (an older project file) get their word
    # counts now, so a threshold change alone is enough to see them.
    word_results: list[WordRow] = []
    if only_cheap:
        with project.read() as conn:
            have = set(conn.execute(select(s.word_scores.c.page_id)).scalars())
        missing = sorted((scored & set(info)) - have - set(ids))
        word_results = run_words(project, missing, options, info=info) if missing else []
    if progress is not None:
        progress.update(message="Scores opslaan", force=True, code="score-save")
        progress.check()
    now = utcnow()
    with project.transaction() as conn:
        stale = sorted(scored - set(info))
        for start in range(0, len(stale), 500):
            chunk = stale[start : start + 500]
            conn.execute(delete(s.scores).where(s.scores.c.page_id.in_(chunk)))
            conn.execute(delete(s.word_scores).where(s.word_scores.c.page_id.in_(chunk)))
        _store_heavy(conn, results, now)
        store_word_metrics(conn, word_results)
        if not only_cheap:
            _store_duplicates(conn, results, info, settings.near_duplicate_jaccard)
        facts = apply_cheap(conn, settings, today)
        if only_cheap:
            conn.execute(update(s.scores).values(scored_at=now))
    summary = _summarise(facts, len(results), only_cheap)
    summary.seconds = time.monotonic() - started
    with project.read() as conn:
        summary.listed = count_decided(conn, PageFilter())[1]  # one definition of "pagina's"
    if progress is not None:
        progress.update(done=len(ids), message="Klaar", force=True, code="score-done")
    return summary
