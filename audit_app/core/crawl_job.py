"""Run one crawl into a project: the single entry point for the CLI and the app's worker.

Running the same job again after a stop, a limit or a crash resumes it; running it after it
finished is a re-crawl that updates what was observed and marks vanished pages as gone.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from audit_app.core.crawl_lock import CrawlLockedError
from audit_app.core.crawl_store import ProjectCrawlStore
from audit_app.core.page_query import visible_count
from audit_app.core.progress import Progress
from audit_app.core.project import Project
from crawlers.config import CrawlConfig
from crawlers.engine import CrawlEngine, CrawlStats
from crawlers.model import PAGE_KINDS
from crawlers.start_items import CrawlStartError

__all__ = [
    "CrawlLockedError",
    "CrawlStartError",
    "CrawlSummary",
    "crawl_sample_intranet",
    "last_crawl_run",
    "run_crawl",
]


# Why a crawl stopped before the end, as a code; the UI and CLI word it (stop_reason keeps the
# crawler's own detail, e.g. which source limit).
STOP_CANCELLED = "cancelled"  # the user stopped it
STOP_PAGE_LIMIT = "page-limit"  # max_pages reached with addresses still waiting
STOP_TIME_LIMIT = "time-limit"  # max_seconds reached
STOP_OTHER = "other"  # a source limit, an interruption: see stop_reason


@dataclass(frozen=True)
class CrawlSummary:
    run_id: int
    status: str  # finished | stopped
    stop_reason: str | None  # Dutch, for people; None when finished
    resumed: bool
    fetched: int  # pages fetched in this session
    fetched_total: int  # pages fetched in this run (earlier sessions included)
    errors: int
    queued: int  # still waiting (resume to fetch them)
    traps: int
    excluded: int
    aliases: int
    external_links: int
    seconds: float
    pages_per_second: float
    pages_in_project: int  # pages and documents as the page table counts them (visible_count)
    parsed_in_processes: int = 0
    offsite_redirects: tuple[str, ...] = ()  # start pages that redirect to a host not crawled
    stop_code: str | None = None  # STOP_* when status is "stopped"
    assets_in_project: int = 0  # images and other files a link pointed to: not pages
    case_insensitive: bool | None = None  # None: never needed deciding
    case_decided_by: str | None = None  # setting | folder | iis | probe
    # why it stopped as a code with its facts (crawlers.engine.CrawlStats.stop_detail): the
    # app words STOP_OTHER from it
    stop_detail: dict[str, Any] | None = None
    case_checks: int = 0  # folders checked after the probe (one linked case variant each)
    # what the addresses fetched in this run became; fetched_total is their sum:
    fetched_pages: int = 0  # pages and documents that answered (rows in the table)
    fetched_broken: int = 0  # pages and documents that gave an error (rows in the table too)
    fetched_assets: int = 0  # images and other files (inventoried apart, not in the table)
    merged: int = 0  # fetched, then found to be a variant of another row (calendar days, copies)

    @property
    def other_rows(self) -> int:
        """Rows in the table this run did not fetch: earlier crawls' pages, pages not found
        again, a calendar cut off before its first month was fetched."""
        return max(0, self.pages_in_project - self.fetched_pages - self.fetched_broken)

    @property
    def cancelled(self) -> bool:
        return self.stop_code == STOP_CANCELLED


def _stop_code(
    st: CrawlStats,
    config: CrawlConfig,
    progress: Progress | None,
    should_stop: Callable[[], bool] | None,
) -> str | None:
    """The code for why *st* stopped, from what is known (never from the crawler's wording)."""
    if st.status != "stopped":
        return None
    if (progress is not None and progress.cancelled) or (should_stop is not None and should_stop()):
        return STOP_CANCELLED
    if config.max_pages is not None and st.fetched_total >= config.max_pages:
        return STOP_PAGE_LIMIT
    if config.max_seconds is not None and st.elapsed >= config.max_seconds:
        return STOP_TIME_LIMIT
    return STOP_OTHER


def run_crawl(
    project: Project,
    config: CrawlConfig,
    progress: Progress | None = None,
    *,
    should_stop: Callable[[], bool] | None = None,
    on_progress: Callable[[CrawlStats], None] | None = None,
) -> CrawlSummary:
    """Crawl into *project*. Raises CrawlStartError (Dutch message) for an unusable start, and
    its subclass CrawlLockedError when another crawl is busy with the same project; never for
    a bad page. Pause/cancel through *progress*."""
    with project.crawl_lock():
        store = ProjectCrawlStore(project)
        engine = CrawlEngine(
            config, store, should_stop=should_stop, on_progress=on_progress, progress=progress
        )
        try:
            st = engine.run()
        finally:
            store.close()
        project.set_setting("crawl_config", config.to_dict())
    with project.read() as conn:
        in_project = visible_count(conn)  # the table's own count, its "van N getoond"
        this_run: Counter[tuple[bool, str]] = Counter()
        for kind, state, n in conn.execute(
            text(
                "SELECT kind, state, COUNT(*) FROM pages WHERE last_seen_run = :run"
                " AND state IN ('done', 'failed') GROUP BY kind, state"
            ),
            {"run": st.run_id},
        ):
            this_run[(kind in PAGE_KINDS, state)] += int(n)
        assets = conn.exec_driver_sql(
            "SELECT COUNT(*) FROM pages WHERE state IN ('done', 'failed')"
            " AND kind NOT IN ('page', 'document')"
        ).scalar_one()
        queued = conn.execute(
            text("SELECT COUNT(*) FROM pages WHERE state = 'queued' AND last_seen_run = :run"),
            {"run": st.run_id},
        ).scalar_one()
    return CrawlSummary(
        run_id=st.run_id,
        status=st.status,
        stop_reason=st.stop_reason,
        stop_detail=st.stop_detail,
        resumed=st.resumed,
        fetched=st.fetched,
        fetched_total=st.fetched_total,
        errors=st.errors,
        queued=int(queued),
        traps=st.traps,
        excluded=st.excluded,
        aliases=st.aliases,
        external_links=st.external_links,
        seconds=round(st.elapsed, 2),
        pages_per_second=round(st.rate, 1),
        pages_in_project=int(in_project),
        assets_in_project=int(assets),
        parsed_in_processes=st.parsed_in_processes,
        offsite_redirects=tuple(st.offsite_redirects),
        stop_code=_stop_code(st, config, progress, should_stop),
        case_insensitive=st.case_insensitive,
        case_decided_by=st.case_decided_by,
        case_checks=st.case_checks,
        fetched_pages=this_run.get((True, "done"), 0),
        fetched_broken=this_run.get((True, "failed"), 0),
        fetched_assets=sum(n for (page, _state), n in this_run.items() if not page),
        merged=max(0, st.fetched_total - sum(this_run.values())),
    )


def crawl_sample_intranet(project: Project, progress: Progress | None = None) -> CrawlSummary:
    """The demo: serve the bundled sample intranet on 127.0.0.1, crawl it into *project* and
    read the page views of its old statistics package (bundled beside it, never served), so
    the suggestions that rest on visitor figures are seen too."""
    from audit_app.core.sample_server import DEFAULT_ROOT, SampleServer
    from audit_app.core.scoring.views_import import import_views

    with SampleServer() as server:
        summary = run_crawl(project, CrawlConfig(start=[server.base_url]), progress)
    views = DEFAULT_ROOT / "_bezoekcijfers.csv"
    if views.is_file():
        import_views(project, views)
    return summary


def last_crawl_run(project: Project) -> tuple[dict[str, Any], str] | None:
    """The configuration and status (running | stopped | finished) of the latest crawl."""
    with project.read() as conn:
        row = conn.exec_driver_sql(
            "SELECT config, status FROM crawl_runs ORDER BY id DESC LIMIT 1"
        ).first()
    if row is None:
        return None
    return json.loads(row[0]), str(row[1])
