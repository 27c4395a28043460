"""The crawl loop: frontier, downloader, parser and store, in the Scrapy split.

* The frontier (``frontier.py``: dedupe, scope, traps, politeness) lives in this thread.
* The downloader is a thread pool: fetching is I/O. Each worker also reads documents and sends
  HTML to the parser (``parse_pool.py``: a small process pool for the CPU work).
* Start items (``start_items.py``) become the first seeds and the crawl's scope.
* Results go to the store in the order they were made, which is what makes resuming exact.

The engine knows nothing of the app: it takes a ``should_stop`` callable, an ``on_progress``
callback and/or a duck-typed progress object (``check()`` blocks while paused and raises when
cancelled; ``update(...)``).
"""

from __future__ import annotations

import logging
import threading
import time
import zlib
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawlers.config import CrawlConfig
from crawlers.dates import parse_http_date, url_dates
from crawlers.documents import document_dates, document_type, read_document_info
from crawlers.encoding import looks_binary
from crawlers.fetch_errors import fetch_error
from crawlers.frontier import Alias, Frontier, HostSlots, Mark, Queued, folder_of
from crawlers.model import (
    CrawlResult,
    CrawlStore,
    DateEvidence,
    DocumentInfo,
    FetchResult,
    PageExtract,
    StoredLink,
)
from crawlers.parse_pool import ASSET_TAGS, ParsedPage, ParsePool
from crawlers.read_budget import BudgetLimits
from crawlers.robots import RobotsCache
from crawlers.scope import Scope, ScopeConfig
from crawlers.start_items import (
    CrawlStartError,
    StartPlan,
    resolve_start,
    same_page,
    sitemap_urls,
)
from crawlers.tls import network_code
from crawlers.traps import TrapDetector
from crawlers.urls import DEFAULT_SESSION_PARAMS, canonical, is_document_url, normalise

log = logging.getLogger(__name__)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
MAX_CRAWL_DELAY = 30.0
REPORT_INTERVAL = 0.1
# HTML beyond this is not parsed: parsing costs ~25x the page in memory (a 20 MB page took
# ~540 MB, 5 MB ~90 MB), and no intranet page has 5 MB of text worth scoring
MAX_PAGE_BYTES = 5 * 1024 * 1024
PROBE_WAIT = 5.0  # seconds a page waits for the case probe before its links go in anyway
CASE_NOTE = "Server negeert hoofdletters: varianten worden als één pagina geteld"


@dataclass
class CrawlStats:
    run_id: int = 0
    fetched: int = 0  # this session
    fetched_total: int = 0  # this run, earlier sessions included
    errors: int = 0
    queued: int = 0
    in_flight: int = 0
    traps: int = 0
    excluded: int = 0
    aliases: int = 0
    external_links: int = 0
    resumed: bool = False
    parsed_in_processes: int = 0  # pages parsed by the parser processes (the rest in-process)
    case_insensitive: bool | None = None  # None: not known (yet); treated as case-sensitive
    case_decided_by: str | None = None  # setting | folder | iis | probe
    case_checks: int = 0  # folders checked after a probe: one linked case variant fetched each
    login_from_url: bool = False  # a start address carried a login: used, then stripped
    offsite_redirects: list[str] = field(default_factory=list)  # start pages sent elsewhere
    status: str = "running"  # running | finished | stopped
    stop_reason: str | None = None  # Dutch, for the CLI and the log
    # why, as a code with its facts, for the app: cancelled, time-limit (seconds), page-limit
    # (max), read-files / read-bytes / zip-bomb (crawlers.read_budget), interrupted (error:
    # the exception's name, when one ended it)
    stop_detail: dict[str, Any] | None = None
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    @property
    def elapsed(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    @property
    def rate(self) -> float:
        return self.fetched / self.elapsed if self.elapsed > 0 else 0.0


@dataclass
class _Outcome:
    """What a downloader thread brings back for one URL."""

    url: str
    depth: int
    via: str
    fetch: FetchResult | None = None
    blocked: str | None = None
    kind: str = "page"
    extract: PageExtract | None = None
    links: list[tuple[str | None, str | None, str]] = field(default_factory=list)  # norm, text, tag
    spellings: dict[str, str] = field(default_factory=dict)  # norm -> linked with a session id
    document: DocumentInfo | None = None
    evidence: list[DateEvidence] = field(default_factory=list)
    raw_compressed: bytes | None = None
    size: int | None = None
    skipped: bool = False  # the crawl stopped before its turn came: stays queued
    probe: bool = False  # the case probe's fetch of a link (and its verdict)
    case_answer: bool | None = None


def fingerprint(
    kind: str, words: int | None, content_hash: str | None, title: str | None, size: int | None
) -> str:
    """What two answers must share to be one page: the main text and title of an HTML page,
    else the kind and size (a symlinked file answers the same bytes)."""
    if words and content_hash:
        return f"{content_hash}|{title or ''}"
    return f"{kind}:{size}"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class CrawlEngine:
    """One crawl run. ``run()`` returns when the frontier is empty, a limit is hit, or the user
    stops it; the frontier is then in the store and the same run can be resumed."""

    def __init__(
        self,
        config: CrawlConfig,
        store: CrawlStore,
        *,
        should_stop: Callable[[], bool] | None = None,
        on_progress: Callable[[CrawlStats], None] | None = None,
        progress: Any = None,
        http_fetcher_factory: Callable[[], Any] | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.stats = CrawlStats()
        # before anything can store, log or send the start list (CrawlConfig.to_dict)
        self.stats.login_from_url = config.take_url_credentials()
        self._should_stop = should_stop
        self._on_progress = on_progress
        self._progress = progress
        self._http_factory = http_fetcher_factory or self._default_http_fetcher
        self._session_params = DEFAULT_SESSION_PARAMS | frozenset(
            p.lower() for p in (config.session_params or [])
        )
        self._http_fetchers: list[Any] = []
        self._fetchers_lock = threading.Lock()
        self._folder: Any = None
        self._robots = RobotsCache(self._fetch_any, config.user_agent)
        self._traps = TrapDetector()
        case = None if config.case_insensitive == "auto" else bool(config.case_insensitive)
        self._front = Frontier(store, self.stats, self._traps, self._session_params, case)
        if case is not None:
            self.stats.case_insensitive, self.stats.case_decided_by = case, "setting"
        self._before = 0
        self._pool: ThreadPoolExecutor | None = None
        self._inflight: dict[Future[_Outcome], tuple[str, int, str]] = {}
        self._probe_started = False
        self._parked: _Outcome | None = None  # the page whose links wait for the case probe
        self._same: dict[tuple[str, str], str] = {}  # (URL without query, text hash) -> page
        self._parked_until = 0.0
        self._scope_starts: list[str] = []
        self._start_hosts = self._host_scope(config)
        self._hosts = HostSlots()
        self._parsers = ParsePool(
            config.parser_processes, config.parser_threshold, config.max_pages
        )
        self._stopping = threading.Event()
        self._stop_cause: str | None = None
        self._stop_detail: dict[str, Any] | None = None
        self._stop_lock = threading.Lock()
        self._ended = threading.Event()
        self._last_report = 0.0

    # ---- public ----------------------------------------------------------------------------

    def run(self) -> CrawlStats:
        watcher = threading.Thread(target=self._watch_for_stop, name="crawl-stop-watch")
        watcher.start()
        try:
            return self._run()
        finally:
            self._ended.set()
            watcher.join()

    def _watch_for_stop(self) -> None:
        """Ctrl-C, SIGTERM, Stoppen or --max-time take effect within moments even while every
        downloader waits on a slow server: the fetches in flight are abandoned (they stay
        queued) instead of waited for."""
        while not self._ended.wait(0.1):
            if self._stop_reason():
                return

    def _run(self) -> CrawlStats:
        st = self.stats
        try:
            plan = self._resolve_start()
            seeds, scope_starts = plan.seeds, plan.scope_starts
            self._scope_starts = list(scope_starts)
            self._front.scope = self._make_scope()
            if any(u.lower().startswith(("http://", "https://")) for u in scope_starts):
                try:
                    self._http()  # login settings and cookie files fail here, in words
                except (ValueError, OSError) as exc:
                    code = getattr(exc, "code", None)
                    params = getattr(exc, "params", None)
                    if not isinstance(code, str) or not isinstance(params, dict):
                        bad = network_code(self.config.ca_file, self.config.proxy)
                        code, params = bad or ("settings", {"detail": str(exc)})
                    raise CrawlStartError(str(exc), code=code, **params) from exc
        except Exception:
            self._close_fetchers()
            raise
        st.run_id = self.store.begin_run(self.config.to_dict())
        before = getattr(self.store, "fetched_count", lambda: 0)()
        self._before = before
        st.resumed = bool(before) or bool(getattr(self.store, "resumed", False))
        front = self._front
        decided = getattr(self.store, "case_decision", None)
        if st.resumed and decided and front.case_insensitive is None:
            self._decide_case(bool(decided[0]), str(decided[1]), note=False)
            front.folder_case.update(getattr(self.store, "case_folders", None) or {})
        front.seen = set(self.store.known_urls())
        if st.resumed:
            ordered: list[str] = getattr(self.store, "urls_in_order", list)()
            for url in ordered:
                self._traps.check(url)  # the trap counts of the interrupted session
            front.restore(ordered, set(getattr(self.store, "broken_urls", set)()))
            front.restore_spellings(getattr(self.store, "session_spellings", list)())
            self._restore_answers()
        front.queue.extend((u, d, "link") for u, d in self.store.pending())
        front.admit([(u, 0, via) for u, via in seeds])
        if self.config.follow_sitemaps:
            # found last, so depth keeps meaning "clicks from the start"
            urls = sitemap_urls(
                scope_starts, self._robots.sitemaps, self._fetch_any, self._may_contact
            )
            front.backlog.extend((u, "sitemap") for u in urls)
        status, reason = "stopped", None
        try:
            status, reason = self._loop(before)
        except BaseException as exc:
            reason = f"Onderbroken: {exc.__class__.__name__}"
            self._stop_detail = {"code": "interrupted", "error": exc.__class__.__name__}
            raise
        finally:
            st.status, st.stop_reason, st.finished = status, reason, time.monotonic()
            st.stop_detail = self._stop_detail if reason else None
            self._parsers.shutdown()
            try:
                self.store.finish_run(st.run_id, status, reason, self._stats_dict())
            finally:
                self._close_fetchers()
                self._report(force=True)
        return st

    def _restore_answers(self) -> None:
        """What the interrupted session knew about its pages' answers, rebuilt from the store:
        the main texts a query variant is matched against (same text on the same path: an
        alias), the fingerprints a folder's case check compares with, and the case aliases
        held until their folder is checked."""
        front = self._front
        for url, kind, words, content_hash, title, size in getattr(
            self.store, "page_prints", list
        )():
            if words and content_hash:
                self._same.setdefault((url.split("?", 1)[0], content_hash), url)
            if front.wants_print(url):
                front.keep_print(url, fingerprint(kind, words, content_hash, title, size))
        for alias, page in getattr(self.store, "case_aliases", list)():
            front.hold((alias, 1, "link"), page)
        for page in list(front.prints):
            item = front.settle(page, True)
            if item is not None:
                getattr(self.store, "drop_alias", lambda _url: None)(item[0])
                front.emit([item], [], [])

    def _make_scope(self) -> Scope:
        c = self.config
        return Scope(
            self._scope_starts,
            ScopeConfig(
                path_prefix=c.path_prefix,
                include=list(c.include),
                exclude=list(c.exclude),
                extra_hosts=list(c.extra_hosts),
                max_depth=c.max_depth,
            ),
        )

    @staticmethod
    def _host_scope(config: CrawlConfig) -> Scope | None:
        """The hosts of the web start items and --extra-host, for the requests made while the
        start is resolved (a remote sitemap), before the crawl's own scope exists."""
        starts = [
            u for u in config.start if u.lower().startswith(("http", "file")) and normalise(u)
        ]
        try:
            return Scope(starts, ScopeConfig(extra_hosts=list(config.extra_hosts)))
        except ValueError:
            return None

    def _may_contact(self, url: str) -> bool:
        scope = self._front.scope or self._start_hosts
        return scope is not None and scope.may_contact(url)

    def stop(self) -> None:
        """Ask the crawl to stop; pages in flight are abandoned and stay queued (thread-safe)."""
        self._stopping.set()

    # ---- start items -----------------------------------------------------------------------

    def _resolve_start(self) -> StartPlan:
        c = self.config
        limits = BudgetLimits(c.max_read_bytes, c.max_files)
        plan = resolve_start(c.start, self._fetch_any, c.max_bytes, limits)
        if plan.folder is not None:
            self._folder = plan.folder
            for name in plan.folder.skipped_members:
                log.warning("zip member outside the archive's root, never read: %s", name)
            self._front.backlog.extend((u, "folder") for u in plan.folder_files)
            if self._front.case_insensitive is None:
                self._decide_case(bool(plan.folder_case_insensitive), "folder")
        return plan

    # ---- the loop --------------------------------------------------------------------------

    def _stop_requested(self) -> bool:
        if self._stopping.is_set():
            return True
        if self._should_stop is not None and self._should_stop():
            return True
        if self._progress is not None and hasattr(self._progress, "check"):
            try:
                self._progress.check()  # blocks while paused
            except Exception:  # the app's Cancelled; this package cannot import it
                return True
        return False

    def _loop(self, before: int) -> tuple[str, str | None]:
        cfg = self.config
        st = self.stats
        front = self._front
        inflight: dict[Future[_Outcome], tuple[str, int, str]] = {}
        reason: str | None = None
        with ThreadPoolExecutor(max(1, cfg.workers), thread_name_prefix="crawl-fetch") as pool:
            self._pool, self._inflight = pool, inflight
            try:
                while True:
                    reason = reason or self._stop_reason()
                    limit = cfg.max_pages is not None and before + st.fetched >= cfg.max_pages
                    if reason is None and not limit:
                        self._dispatch(pool, inflight, before)
                    if not inflight:
                        if reason is None and limit and (front.queue or front.backlog):
                            reason = f"Limiet van {cfg.max_pages} pagina's bereikt"
                            self._stop_detail = {"code": "page-limit", "max": cfg.max_pages}
                        if reason is None and not front.queue and front.backlog:
                            continue
                        break
                    self._collect(inflight)
                    st.fetched_total = before + st.fetched
                    self._report()
            except BaseException:
                self._stopping.set()  # fetches still waiting for their turn give up
                self._abort_fetches()
                raise
        st.in_flight, st.queued = 0, len(front.queue)
        if reason is None and (front.queue or front.backlog):
            reason = "Onderbroken"
            self._stop_detail = {"code": "interrupted"}
        return ("stopped", reason) if reason else ("finished", None)

    def _stop_reason(self) -> str | None:
        """Why the crawl must stop now, or None. The first reason sticks; from then on every
        fetch in flight is abandoned (called by the loop and by the stop watcher)."""
        if self._stop_cause is not None:
            return self._stop_cause
        found = self._new_stop_reason()
        if found is None:
            return None
        reason, detail = found
        with self._stop_lock:
            if self._stop_cause is None:
                self._stop_cause, self._stop_detail = reason, detail
        self._stopping.set()
        self._abort_fetches()
        return self._stop_cause

    def _abort_fetches(self) -> None:
        with self._fetchers_lock:
            fetchers = list(self._http_fetchers)
        for f in fetchers:
            if hasattr(f, "abort"):
                f.abort()

    def _new_stop_reason(self) -> tuple[str, dict[str, Any] | None] | None:
        """Why to stop now: the Dutch sentence and the code with its facts; or None."""
        cfg = self.config
        if self._stop_requested():
            return "Gestopt door de gebruiker", {"code": "cancelled"}
        if cfg.max_seconds is not None and self.stats.elapsed >= cfg.max_seconds:
            return (
                f"Tijdslimiet van {cfg.max_seconds:g} seconden bereikt",
                {"code": "time-limit", "seconds": cfg.max_seconds},
            )
        if self._folder is not None and self._folder.exhausted:
            return str(self._folder.exhausted), self._folder.exhausted_detail
        return None

    def _dispatch(
        self,
        pool: ThreadPoolExecutor,
        inflight: dict[Future[_Outcome], tuple[str, int, str]],
        before: int,
    ) -> None:
        """Keep the downloader busy, but never beyond the page limit."""
        cfg = self.config
        front = self._front
        if not front.queue and not inflight and front.backlog:
            front.drain_backlog()
        while front.queue and len(inflight) < max(1, cfg.workers) * 2:
            if cfg.max_pages is not None and (
                before + self.stats.fetched + len(inflight) >= cfg.max_pages
            ):
                return  # the pages in flight may not all count (aliases, robots.txt)
            item = front.queue.popleft()
            other = front.superseded(*item)
            if other is not None:  # another spelling of a page: never fetched twice
                self.store.add_alias(item[0], *other)
                self.stats.aliases += 1
                continue
            self._parsers.maybe_start(len(front.seen))
            inflight[pool.submit(self._work, *item, front.fetch_url(item[0]))] = item

    def _collect(self, inflight: dict[Future[_Outcome], tuple[str, int, str]]) -> None:
        self.stats.in_flight, self.stats.queued = len(inflight), len(self._front.queue)
        done, _ = wait(list(inflight), timeout=0.25, return_when=FIRST_COMPLETED)
        for fut in done:
            url, depth, via = inflight.pop(fut)
            try:
                outcome = fut.result()
            except Exception as exc:  # a bug in a helper must not end the crawl
                log.exception("crawl worker failed on %s", url)
                outcome = _Outcome(url, depth, via, fetch=self._failed(url, exc))
            self._handle_safely(outcome)
        if self._parked is not None and time.monotonic() >= self._parked_until:
            parked, self._parked = self._parked, None
            self._handle_safely(parked)  # a slow probe must not hold the crawl up

    # ---- one result ------------------------------------------------------------------------

    def _handle_safely(self, o: _Outcome) -> None:
        """A page that trips a bug is stored as failed (so it is not fetched again and again);
        the crawl goes on."""
        try:
            self._handle(o)
        except Exception as exc:
            if isinstance(exc, getattr(self.store, "fatal_errors", ())):
                raise
            log.exception("could not process %s", o.url)
            fr = self._failed(o.url, exc, f"Kon deze pagina niet verwerken: {exc}")
            self.store.save(self._result(_Outcome(o.url, o.depth, o.via), o.url, fr))
            self.stats.fetched += 1
            self.stats.errors += 1

    def _handle(self, o: _Outcome) -> None:
        st = self.stats
        if o.probe:
            self._finish_probe(o)
            return
        if o.skipped:
            self._front.queue.appendleft((o.url, o.depth, o.via))
            return
        spelling = self._front.fetch_as.pop(o.url, None)
        if spelling is not None:  # asked for: the session id need not be kept any longer
            getattr(self.store, "drop_alias", lambda _url: None)(spelling)
        if o.blocked:
            self.store.mark(o.url, "excluded", o.blocked, depth=o.depth)
            st.excluded += 1
            self._front.settle(o.url, True)
            return
        fr = o.fetch
        assert fr is not None
        front = self._front
        if front.case_insensitive is None and fr.status is not None:
            if "microsoft-iis" in fr.headers.get("server", "").lower():
                self._decide_case(True, "iis")
            elif not self._probe_started and self._start_probe(o):
                return  # handled when the probe answers
        if o.url in front.checks and self._case_check(o, fr):
            return
        target = o.url
        queued: list[Queued] = []
        marks: list[Mark] = []
        aliases: list[Alias] = []
        if fr.final_url and fr.final_url != o.url:
            final = normalise(fr.final_url, session_params=self._session_params)
            page = front.page_for(final)[0] if final else None
            if page and page != o.url:
                if page in front.seen:
                    self.store.add_alias(o.url, page, "redirect")
                    st.aliases += 1
                    front.settle(o.url, True)
                    return
                assert front.scope is not None
                if fr.offsite_redirect and o.via == "start":
                    st.offsite_redirects.append(page)
                if front.scope.classify(page, o.depth) == "in" and not self._traps.check(page):
                    front.seen.add(page)
                    front.adopt(page)  # dir/ reached by a redirect: dir/index.htm is an alias
                    via = o.via if o.via in ("start", "sitemap") else "redirect"
                    self.store.add_queued([(page, o.depth, via)])
                    self.store.add_alias(o.url, page, "redirect")
                    st.aliases += 1
                    target = page
        if o.url in front.absorbed:
            # a calendar view folded into its family's first page: not a row, but the pages
            # it links to (events) are still found, and linked from that row
            links = self._fold_links(o, queued, marks, aliases)
            front.emit(queued, marks, aliases)  # the targets first: the links resolve to them
            if links:
                self.store.add_links(front.absorbed[o.url], links)
            front.settle(o.url, True)
            return
        if self._paged(o, target, fr):
            return
        if self._same_content(o, target):
            return
        result = self._result(o, target, fr)
        if result.state == "done" and o.kind == "page":
            assert front.scope is not None
            uses: set[tuple[str, str | None]] = set()
            for norm, anchor, tag in o.links:
                if norm is None:
                    continue
                text = anchor[:500] if anchor is not None else None
                if tag in ASSET_TAGS:  # an image: where it is used and its alt, not a page
                    if (norm, text) not in uses:  # the same image with the same alt: one use
                        uses.add((norm, text))
                        internal = front.scope.classify(norm, o.depth + 1) != "external"
                        result.links.append(StoredLink(norm, text, internal, tag))
                    continue
                verdict = front.route(
                    norm, o.depth + 1, "link", queued, marks, aliases, o.spellings.get(norm)
                )
                internal = verdict != "external"
                st.external_links += not internal
                result.links.append(StoredLink(norm, text, internal, tag))
        if fr.offsite_redirect and fr.final_url:
            away = normalise(fr.final_url, session_params=self._session_params)
            result.links.append(StoredLink(away or fr.final_url, "", False, "redirect"))
            st.external_links += 1
        front.emit(queued, marks, aliases)
        if o.url in front.absorbed:  # its own links showed its calendar family is a trap
            self.store.add_links(front.absorbed[o.url], result.links)
            front.settle(o.url, True)
            return
        self.store.save(result)
        st.fetched += 1
        st.errors += result.state == "failed"
        ok = result.state != "failed"
        if ok and front.wants_print(o.url):
            front.keep_print(o.url, self._print_of(o))
        if not ok and o.url not in front.variants and hasattr(self.store, "spellings_of"):
            # queued by an interrupted session: its other spellings are in the store
            front.variants[o.url] = [(u, o.depth, "link") for u in self.store.spellings_of(o.url)]
        retry = front.settle(o.url, ok)
        if retry is not None:  # a broken spelling: the next spelling someone linked gets a turn
            getattr(self.store, "drop_alias", lambda _url: None)(retry[0])
            st.aliases -= 1
            front.emit([retry], [], [])

    def _fold_links(
        self, o: _Outcome, queued: list[Queued], marks: list[Mark], aliases: list[Alias]
    ) -> list[StoredLink]:
        """Follow the links of a page folded into another (a later page of a list, a calendar
        view); they are kept as links of that page, so the items they lead to are linked, not
        orphans. Images are left out: a folded page has no row to show them on."""
        front = self._front
        assert front.scope is not None
        links: list[StoredLink] = []
        for norm, anchor, tag in o.links:
            if norm is None or tag in ASSET_TAGS:
                continue
            verdict = front.route(
                norm, o.depth + 1, "link", queued, marks, aliases, o.spellings.get(norm)
            )
            text = anchor[:500] if anchor is not None else None
            links.append(StoredLink(norm, text, verdict != "external", tag))
        return links

    def _paged(self, o: _Outcome, url: str, fr: FetchResult) -> bool:
        """A later page of a paged list: its links are followed (the items on page 4 are found
        there), then it becomes an alias of the list's first page, so the list is one row."""
        front = self._front
        head = front.paged_of.pop(o.url, None)
        if head is None or url != o.url or o.extract is None:
            return False
        if fr.error or fr.status is None or fr.status >= 400:
            return False
        queued: list[Queued] = []
        marks: list[Mark] = []
        aliases: list[Alias] = []
        links = self._fold_links(o, queued, marks, aliases)
        aliases.append((o.url, head, "paged"))
        self.stats.aliases += 1
        front.emit(queued, marks, aliases)
        if links:
            self.store.add_links(head, links)
        front.settle(o.url, True)
        return True

    def _same_content(self, o: _Outcome, url: str) -> bool:
        """A query variant (a calendar day view, a sort order) whose main text is the same as
        an earlier page on the same path is an alias of that page, not a row to decide."""
        x = o.extract
        if x is None or not x.words or not x.content_hash:
            return False
        first = self._same.setdefault((url.split("?", 1)[0], x.content_hash), url)
        if first == url or "?" not in url:
            return False
        self.store.add_alias(url, first, "same-content")
        self.stats.aliases += 1
        self._front.settle(url, True)
        return True

    # ---- letter case -----------------------------------------------------------------------

    @staticmethod
    def _print_of(o: _Outcome) -> str:
        x = o.extract
        if x is None:
            return fingerprint(o.kind, 0, None, None, o.size)
        return fingerprint(o.kind, x.words, x.content_hash, x.title, o.size)

    def _case_check(self, o: _Outcome, fr: FetchResult) -> bool:
        """A case variant fetched to check its folder came back. The same answer as its page
        (or a redirect to it): the folder is case-blind and the variant an alias (True). Else
        letter case matters there: the variant is its own page (a broken one if 404) and the
        variants held in that folder are queued as pages."""
        front = self._front
        page = front.checks[o.url]
        broken = bool(fr.error) or fr.status is None or fr.status >= 400
        final = fr.final_url and normalise(fr.final_url, session_params=self._session_params)
        blind = not broken and (
            final == page or (page in front.prints and self._print_of(o) == front.prints[page])
        )
        self.stats.case_checks += 1
        freed = front.case_checked(o.url, blind)
        if hasattr(self.store, "note_case_folder"):
            self.store.note_case_folder(folder_of(o.url), blind)
        log.info("case check %s against %s: %s", o.url, page, "alike" if blind else "differs")
        if blind:
            self.store.add_alias(o.url, page, "case")
            self.stats.aliases += 1
            front.settle(o.url, True)
            return True
        front.pages[front.identity(o.url)] = o.url
        queued: list[Queued] = []
        marks: list[Mark] = []
        aliases: list[Alias] = []
        for url, depth, via in freed:
            getattr(self.store, "drop_alias", lambda _url: None)(url)
            self.stats.aliases -= 1
            front.route(url, depth, via, queued, marks, aliases)
        front.emit(queued, marks, aliases)
        return False

    def _decide_case(self, insensitive: bool, by: str, *, note: bool = True) -> None:
        self._front.decide_case(insensitive, presumed=by == "probe")
        self.stats.case_insensitive, self.stats.case_decided_by = insensitive, by
        if note and by in ("probe", "iis") and hasattr(self.store, "note_case"):
            self.store.note_case(insensitive, by)  # so a resumed crawl decides the same
        if insensitive:
            log.info("%s (%s)", CASE_NOTE, by)

    def _start_probe(self, o: _Outcome) -> bool:
        """Letter case only matters once two links differ in nothing else. At the first such
        pair, and before this page's links are queued, ask the server: fetch both spellings
        (at most two extra requests; the known spelling's fetch becomes its page). The page is
        parked until then. False while no pair has turned up."""
        front = self._front
        assert front.scope is not None
        if self._pool is None or not o.url.startswith(("http://", "https://")):
            return False
        here: dict[str, str] = {}
        for norm, _anchor, tag in o.links:
            if tag in ASSET_TAGS or not norm or not norm.startswith(("http://", "https://")):
                continue
            if norm in front.seen:
                continue
            if front.scope.classify(norm, o.depth + 1) != "in":
                continue
            key = canonical(norm, case_insensitive=True)[0]
            twin = front.folded.get(key) or here.setdefault(key, norm)
            if (
                twin != norm
                and front.case_only(norm, twin)  # not dir/ and dir/index.html, nor ?a&b and ?b&a
                and (not self.config.obey_robots or self._robots.allowed(norm))
            ):
                break
        else:
            return False
        self._probe_started = True
        self._parked, self._parked_until = o, time.monotonic() + PROBE_WAIT
        item = (twin, o.depth + 1, "link")
        asks = (front.fetch_url(twin), o.spellings.get(norm, norm))
        self._inflight[self._pool.submit(self._probe_work, twin, *asks, o.depth + 1)] = item
        return True

    def _probe_work(self, url: str, ask: str, variant: str, depth: int) -> _Outcome:
        """``ask`` and ``variant``: the two spellings as linked (``url`` is the page)."""
        o = _Outcome(url, depth, "link", probe=True)
        try:
            if not self._polite_wait(ask) or self._stopping.is_set():
                return o
            first = self._as_page(self._fetch_any(ask), ask, url)
            first_body = first.body or b""
            if self._polite_wait(variant) and not self._stopping.is_set():
                second = self._fetch_any(variant)
                o.case_answer = same_page(first, second, first_body, second.body or b"")
                log.info("case probe %s / %s: %s", url, variant, o.case_answer)
            self._digest(o, url, first)
        except Exception:  # the probe is a nicety; the parked page must still be handled
            log.exception("case probe failed on %s", url)
            o.fetch = None
        return o

    def _finish_probe(self, o: _Outcome) -> None:
        if o.case_answer is not None and self._front.case_insensitive is None:
            self._decide_case(o.case_answer, "probe")
            if o.case_answer:  # the probe's own pair has checked its folder
                self._front.case_checked(o.url, True)
                if hasattr(self.store, "note_case_folder"):
                    self.store.note_case_folder(folder_of(o.url), True)
        parked, self._parked = self._parked, None
        if parked is not None:
            self._handle_safely(parked)
        if o.fetch is not None:
            self._handle_probed(o)

    def _handle_probed(self, probed: _Outcome) -> None:
        """The probe's fetch of a queued page stands in for that page's own turn."""
        front = self._front
        page = front.page_for(probed.url)[0]
        limit = self.config.max_pages
        if limit is not None and self._before + self.stats.fetched >= limit:
            return
        item = next((q for q in front.queue if q[0] == page), None)
        if item is None:
            return  # fetched already, a trap, or on its way: this fetch was only the probe's
        front.queue.remove(item)
        probed.url, probed.depth, probed.via, probed.probe = page, item[1], item[2], False
        self._handle_safely(probed)

    def _result(self, o: _Outcome, target: str, fr: FetchResult) -> CrawlResult:
        broken = bool(fr.error) or fr.status is None or fr.status >= 400
        x = o.extract
        evidence = list(x.date_evidence) if x is not None else list(o.evidence)
        lm = fr.headers.get("last-modified")
        if lm and not any(e.source == "http-header" for e in evidence):
            day = parse_http_date(lm)
            if day is not None:
                evidence.append(DateEvidence(day.isoformat(), "http-header", "Last-Modified"))
        if x is None and not any(e.source == "url" for e in evidence):
            evidence += url_dates(target)
        size = o.size or None
        if fr.truncated and fr.headers.get("content-length", "").isdigit():
            size = int(fr.headers["content-length"])
        return CrawlResult(
            url=target,
            depth=o.depth,
            found_via=o.via,
            kind=o.kind,
            state="failed" if broken else "done",
            fetched_at=_now(),
            final_url=fr.final_url or None,
            redirect_chain=list(fr.redirect_chain),
            status=fr.status,
            content_type=fr.content_type,
            charset=x.charset if x is not None else fr.charset,
            size_bytes=size,
            response_ms=fr.elapsed_ms,
            http_last_modified=lm,
            etag=fr.headers.get("etag"),
            error=fr.error,
            extract=x,
            document=o.document,
            date_evidence=evidence,
            raw_compressed=o.raw_compressed,
        )

    # ---- downloader threads ----------------------------------------------------------------

    def _work(self, url: str, depth: int, via: str, ask: str | None = None) -> _Outcome:
        """Fetch one page as ``ask``, the spelling it was linked as (default: its own)."""
        o = _Outcome(url, depth, via)
        ask = ask or url
        http = url.startswith(("http://", "https://"))
        if http and self.config.obey_robots and not self._robots.allowed(ask):
            o.blocked = "Uitgesloten door robots.txt"
            return o
        if (http and not self._polite_wait(ask)) or self._stopping.is_set():
            o.skipped = True
            return o
        return self._digest(o, url, self._as_page(self._fetch_any(ask), ask, url))

    @staticmethod
    def _as_page(fr: FetchResult, ask: str, url: str) -> FetchResult:
        """An answer to a spelling with a session id, recorded under the page's own address:
        the session id is not kept (nor taken for a redirect)."""
        if ask != url:
            fr.url = url
            if fr.final_url == ask:
                fr.final_url = url
            fr.redirect_chain = [url if u == ask else u for u in fr.redirect_chain]
        return fr

    def _digest(self, o: _Outcome, url: str, fr: FetchResult) -> _Outcome:
        o.fetch = fr
        if fr.aborted:  # not read (the crawl stopped, or the read budget ran out): stays queued
            o.skipped = True
            return o
        body = fr.body or b""
        final = fr.final_url or url
        doc_type = document_type(final, fr.content_type) if not fr.error else None
        if doc_type:
            o.kind = "document"
            if body and fr.status is not None and fr.status < 400:
                try:
                    o.document = read_document_info(body, doc_type)
                    o.evidence = list(document_dates(o.document))
                except Exception as exc:  # a broken document is a fact, not a crash
                    log.info("document info failed for %s: %s", url, exc)
        elif fr.error or fr.status is None:
            o.kind = "document" if is_document_url(url) else "page"
        elif fr.offsite_redirect:
            o.kind = "page"  # the answer was "elsewhere"; that host was not asked
        elif self._is_html(fr.content_type, body):
            o.kind = "page"
            if fr.status < 400:
                page = body[:MAX_PAGE_BYTES]
                o.extract, o.links, o.spellings = self._parse(page, final, fr)
                o.raw_compressed = zlib.compress(page, 6)
                if len(body) > MAX_PAGE_BYTES:
                    o.extract.warnings.append("Pagina groter dan 5 MB: alleen het begin gelezen")
        else:
            o.kind = "asset"  # an image, style sheet, archive...: inventoried, not a page
        o.size = len(body)
        fr.body = b""  # the text and the compressed copy are all the store needs
        return o

    @staticmethod
    def _is_html(content_type: str | None, body: bytes) -> bool:
        if content_type in HTML_TYPES:
            return not looks_binary(body)
        if not content_type:
            head = body[:512].lstrip().lower()
            return head.startswith((b"<!doctype html", b"<html")) and not looks_binary(body)
        return False

    def _parse(self, body: bytes, url: str, fr: FetchResult) -> ParsedPage:
        last_modified = fr.headers.get("last-modified")
        parsed, by_process = self._parsers.parse(
            body, url, fr.charset, last_modified, self._session_params
        )
        if by_process:
            self.stats.parsed_in_processes += 1  # a statistic: a rare lost count is fine
        return parsed

    def _polite_wait(self, url: str) -> bool:
        """Wait for this host's next slot; False if the crawl was stopped meanwhile."""
        delay = self.config.delay
        if self.config.obey_robots:
            asked = self._robots.crawl_delay(url)
            if asked:
                delay = max(delay, min(asked, MAX_CRAWL_DELAY))
        return self._hosts.wait(url, delay, self._stopping)

    def _fetch_any(self, url: str) -> FetchResult:
        if self._stop_cause is not None:  # no new request once the crawl is stopping
            return FetchResult(url=url, final_url=url, error=fetch_error("aborted"), aborted=True)
        try:
            if url.startswith("file:"):
                if self._folder is None:
                    return self._failed(url, None, fetch_error("loose-file"))
                return self._folder.fetch(url)
            return self._http().fetch(url)
        except Exception as exc:  # fetchers should not raise; a crawl never dies of one URL
            log.exception("fetch failed for %s", url)
            return self._failed(url, exc)

    def _http(self) -> Any:
        with self._fetchers_lock:
            if not self._http_fetchers:
                self._http_fetchers.append(self._http_factory())
            return self._http_fetchers[0]

    def _default_http_fetcher(self) -> Any:
        from crawlers.auth import AuthConfig
        from crawlers.fetch_http import FetchConfig, HttpFetcher

        c = self.config
        return HttpFetcher(
            FetchConfig(
                timeout=c.timeout,
                retries=c.retries,
                backoff=c.backoff,
                max_bytes=c.max_bytes,
                user_agent=c.user_agent,
                verify_tls=c.verify_tls,
                ca_file=c.ca_file,
                proxy=c.proxy,
                max_redirects=c.max_redirects,
                may_contact=self._may_contact,
                auth=AuthConfig(
                    method=c.auth_method or "none",
                    username=c.auth_user,
                    password=c.password,
                    cookies_file=Path(c.cookies_file) if c.cookies_file else None,
                ),
            )
        )

    @staticmethod
    def _failed(url: str, exc: BaseException | None, message: str | None = None) -> FetchResult:
        text = message or fetch_error("unexpected", detail=f"{exc.__class__.__name__}: {exc}")
        return FetchResult(url=url, final_url=url, error=text)

    # ---- bookkeeping -----------------------------------------------------------------------

    def _close_fetchers(self) -> None:
        with self._fetchers_lock:
            fetchers, self._http_fetchers = self._http_fetchers, []
        for f in fetchers:
            try:
                f.close()
            except Exception:  # closing is best effort
                log.debug("closing fetcher failed", exc_info=True)
        if self._folder is not None and hasattr(self._folder, "close"):
            self._folder.close()

    def _stats_dict(self) -> dict[str, Any]:
        st = self.stats
        return {
            "fetched": st.fetched,
            "errors": st.errors,
            "queued": st.queued,
            "traps": st.traps,
            "excluded": st.excluded,
            "aliases": st.aliases,
            "external_links": st.external_links,
            "case_insensitive": st.case_insensitive,
            "case_decided_by": st.case_decided_by,
            "case_checks": st.case_checks,
            "seconds": round(st.elapsed, 2),
        }

    def _message(self) -> str:
        st = self.stats
        text = f"{st.fetched_total} opgehaald, {st.queued + st.in_flight} in de rij"
        return f"{text}. {CASE_NOTE}" if st.case_insensitive else text

    def _report(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last_report < REPORT_INTERVAL:
            return
        self._last_report = now
        st = self.stats
        if self._on_progress is not None:
            self._on_progress(st)
        p = self._progress
        if p is not None and hasattr(p, "update"):
            total = st.fetched_total + st.queued + st.in_flight
            p.update(
                done=st.fetched_total,
                total=total,
                errors=st.errors,
                message=self._message(),
                force=force,
                code="crawl",
                params={
                    "fetched": st.fetched_total,
                    "queued": st.queued + st.in_flight,
                    "case_insensitive": bool(st.case_insensitive),
                },
            )
