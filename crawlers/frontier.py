"""The frontier: which URLs are new (dedupe), which are in scope, traps or aliases, and the order
and pace in which they are fetched.

It lives in the crawl loop's thread only, so the "seen" set needs no locks; only the per-host
politeness slots are shared with the downloader threads. Every URL it admits is handed to the
store first, so the project file always holds the frontier and a crash loses nothing.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import Protocol
from urllib.parse import urlsplit

from crawlers.model import CrawlStore
from crawlers.scope import Scope
from crawlers.traps import TrapDetector
from crawlers.urls import canonical, normalise

BACKLOG_BATCH = 500

Queued = tuple[str, int, str]  # url, depth, found via
Mark = tuple[str, str, str | None, int]  # url, state, reason, depth
Alias = tuple[str, str, str]  # alias url, page url, reason


class Counts(Protocol):
    """The crawl statistics the frontier adds to (what it turned away)."""

    traps: int
    excluded: int
    aliases: int


class Frontier:
    def __init__(
        self,
        store: CrawlStore,
        counts: Counts,
        traps: TrapDetector,
        session_params: frozenset[str],
        case_insensitive: bool | None,
    ) -> None:
        self.store = store
        self.traps = traps
        self.session_params = session_params
        self.case_insensitive = case_insensitive  # None until the server or folder tells us
        self.scope: Scope | None = None
        self.queue: deque[Queued] = deque()
        self.backlog: deque[tuple[str, str]] = deque()  # sitemap and folder URLs, crawled last
        self.seen: set[str] = set()
        self.counts = counts
        self.renamed: dict[str, str] = {}  # case-folded URL -> page recorded before the decision
        self.folded: dict[str, str] = {}  # while case is undecided: case-folded URL -> page

    def fold_seen(self) -> None:
        """Index the known pages by their case-folded URL, to spot the first case twin."""
        if self.case_insensitive is None:
            for url in self.seen:
                self._fold(url)

    def _fold(self, url: str) -> None:
        if canonical(url)[1] is None:  # a page, not an alias
            self.folded.setdefault(canonical(url, case_insensitive=True)[0], url)

    def decide_case(self, insensitive: bool) -> None:
        """Settle letter case once. Pages recorded before the decision keep their URL (they may
        already be in the store); their other-case spellings are then mapped onto them."""
        self.case_insensitive = insensitive
        self.folded = {}
        if not insensitive:
            return
        for url in sorted(self.seen):
            if canonical(url)[1] is not None:
                continue  # an alias, not a page
            key = canonical(url, case_insensitive=True)[0]
            if key != url and key not in self.seen:
                self.renamed.setdefault(key, url)

    def page_for(self, norm: str) -> tuple[str, str | None]:
        """The page a normalised URL shows, and why it is an alias (None: it is the page)."""
        page, reason = canonical(norm, case_insensitive=bool(self.case_insensitive))
        if page in self.renamed:
            return self.renamed[page], reason or "case"
        return page, reason

    def admit(self, items: list[Queued]) -> None:
        """Seeds and backlog URLs: normalise, scope, traps, aliases, then queue."""
        queued: list[Queued] = []
        marks: list[Mark] = []
        aliases: list[Alias] = []
        for raw, depth, via in items:
            norm = normalise(raw, session_params=self.session_params)
            if norm is None:
                continue
            self.route(norm, depth, via, queued, marks, aliases)
        self.emit(queued, marks, aliases)

    def drain_backlog(self) -> None:
        batch: list[Queued] = []
        while self.backlog and len(batch) < BACKLOG_BATCH:
            url, via = self.backlog.popleft()
            batch.append((url, 1, via))
        self.admit(batch)

    def route(
        self,
        norm: str,
        depth: int,
        via: str,
        queued: list[Queued],
        marks: list[Mark],
        aliases: list[Alias],
    ) -> str:
        """Decide what happens to one normalised URL; returns its scope verdict."""
        assert self.scope is not None
        if norm in self.seen:
            return "in"
        verdict, why = self.scope.explain(norm, depth)
        if verdict == "external":
            if via == "sitemap":  # no page links here: keep the entry, never fetch it
                self.seen.add(norm)
                marks.append((norm, "excluded", f"{why} (uit de sitemap)", depth))
                self.counts.excluded += 1
            return verdict
        if verdict == "excluded":
            self.seen.add(norm)
            marks.append((norm, "excluded", why, depth))
            self.counts.excluded += 1
            return verdict
        page, alias_reason = self.page_for(norm)
        if page not in self.seen:
            self.seen.add(page)
            if self.case_insensitive is None:
                self._fold(page)
            trap = self.traps.check(page)
            if trap:
                marks.append((page, "trap", trap, depth))
                self.counts.traps += 1
            else:
                queued.append((page, depth, via))
        if alias_reason and norm != page and norm not in self.seen:
            self.seen.add(norm)
            aliases.append((norm, page, alias_reason))
            self.counts.aliases += 1
        return verdict

    def emit(self, queued: list[Queued], marks: list[Mark], aliases: list[Alias]) -> None:
        """Store first, then the in-memory queue: the file must always be ahead."""
        if queued:
            self.store.add_queued(queued)
            self.queue.extend(queued)
        for url, state, why, depth in marks:
            self.store.mark(url, state, why, depth=depth)
        for alias, page, why in aliases:
            self.store.add_alias(alias, page, why)


class HostSlots:
    """The polite delay between two requests to one host, shared by the downloader threads."""

    def __init__(self) -> None:
        self._next_at: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, url: str, delay: float, stopping: threading.Event) -> bool:
        """Wait for this host's next slot; False if the crawl was stopped meanwhile."""
        if delay <= 0:
            return True
        host = urlsplit(url).netloc
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next_at.get(host, 0.0))
            self._next_at[host] = slot + delay
        while not stopping.is_set():
            left = slot - time.monotonic()
            if left <= 0:
                return True
            time.sleep(min(left, 0.05))
        return False
