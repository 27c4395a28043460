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
from crawlers.urls import canonical, normalise, session_spelling

BACKLOG_BATCH = 500

Queued = tuple[str, int, str]  # url, depth, found via
Mark = tuple[str, str, str | None, int]  # url, state, reason, depth
Alias = tuple[str, str, str]  # alias url, page url, reason


def folder_of(url: str) -> str:
    """The folder a URL is in, letters folded: where a case decision holds."""
    return url.split("?", 1)[0].rsplit("/", 1)[0].lower()


class Counts(Protocol):
    """The crawl statistics the frontier adds to (what it turned away)."""

    traps: int
    excluded: int
    aliases: int


class Frontier:
    """Identity may fold (letter case, index files, print versions); what is fetched never does.

    Every page is stored under a spelling something linked (a page, the start list, a sitemap,
    a redirect). Other spellings of the same identity become aliases of it and are not fetched,
    unless that page turns out broken: then the next linked spelling gets its own turn, because on
    a server that is case-sensitive in places the other spelling may be the one that works.

    A probe that found one pair of spellings alike says little about a server that is case-blind
    only in places (symlinks, mod_speling in one folder). So after such a probe every other
    folder is checked once: the first case variant linked there, whose page was fetched, is
    fetched too (it is a linked spelling). Same answer: the folder is case-blind and later
    variants there are aliases unasked. Another answer (or a 404): letter case matters in that
    folder, the variant is its own page, and the variants held there as aliases get their turn.
    """

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
        self.seen: set[str] = set()  # every spelling already routed
        self.counts = counts
        self.pages: dict[str, str] = {}  # identity -> the linked spelling that is the page
        self.folded: dict[str, str] = {}  # while case is undecided: case-folded URL -> page
        self.variants: dict[str, list[Queued]] = {}  # page not yet fetched -> other spellings
        self.failed: set[str] = set()  # pages whose own spelling came back broken
        # a trap or paged family (one path, many queries; one calendar, many dated paths)
        # becomes one row: its first page
        self.families: dict[str, str] = {}  # TrapDetector.family -> the family's first page
        self.members: dict[str, list[str]] = {}  # that URL -> the family's other pages
        self.absorbed: dict[str, str] = {}  # member -> its family's first page, folded into it
        # a later page of a paged list (?page=3, /nieuws/pagina/3/) -> the list's first page:
        # fetched and its links followed, then an alias of that page (reason "paged")
        self.paged_of: dict[str, str] = {}
        # letter case per folder, when a probe (not the server's name or a setting) decided
        self.presumed = False  # case-blind by the probe's word: each folder is checked once
        self.folder_case: dict[str, bool] = {}  # folder -> case-blind there (checked)
        self.prints: dict[str, str] = {}  # fetched page in an unchecked folder -> fingerprint
        self._print_folders: dict[str, list[str]] = {}  # folder -> its pages in prints
        self.checks: dict[str, str] = {}  # case variant fetched to check its folder -> page
        self.checking: set[str] = set()  # folders with a check under way
        self.held: dict[str, list[tuple[Queued, str]]] = {}  # folder -> case aliases, their page
        # a page linked only with a session id: the spelling it is fetched as (also an alias,
        # reason "session", so a resumed crawl asks for it the same way)
        self.fetch_as: dict[str, str] = {}

    def identity(self, norm: str) -> str:
        blind = bool(self.case_insensitive)
        if blind and self.folder_case:
            # the folder of the page it shows: /print/Team/x.htm is in /Team/
            blind = self.folder_case.get(folder_of(canonical(norm)[0]), True)
        return canonical(norm, case_insensitive=blind)[0]

    def adopt(self, page: str) -> None:
        """A page reached by a redirect rather than routed: later spellings of it are aliases."""
        key = self.identity(page)
        if key not in self.pages or self.pages[key] in self.failed:
            self.pages[key] = page
        if self.case_insensitive is None:
            self._fold(page)

    def keep_print(self, page: str, fingerprint: str) -> None:
        """Remember a fetched page's fingerprint until its folder's case check answers."""
        if page not in self.prints:
            self._print_folders.setdefault(folder_of(page), []).append(page)
        self.prints[page] = fingerprint

    def unchecked(self, url: str) -> bool:
        """Case-blind by a probe, but not yet checked in this URL's folder."""
        return self.presumed and folder_of(url) not in self.folder_case

    def wants_print(self, url: str) -> bool:
        """Keep this page's fingerprint: a case variant of it may still need checking."""
        return self.case_insensitive is None or self.unchecked(url)

    def restore(self, page_urls: list[str], broken: set[str]) -> None:
        """A resumed crawl: the pages of the interrupted session, in the order they were found,
        and those that came back broken (another spelling of them may have been queued)."""
        self.failed |= broken
        for url in page_urls:
            key = self.identity(url)
            if key not in self.pages or self.pages[key] in self.failed:
                self.pages[key] = url
            family, dated = self.traps.family(url)
            head = self.families.setdefault(family, url)
            if head != url and dated:
                self.members.setdefault(family, []).append(url)
            if self.case_insensitive is None:
                self._fold(url)
        for url in page_urls:
            first = self.paged_head(url)
            if first is not None:
                self.paged_of[url] = first

    def paged_head(self, norm: str) -> str | None:
        """The first page of the paged list ``norm`` is a later page of, if that page is known
        (it links to the next one, so it is met first); else None: a row of its own."""
        key = self.traps.paged(norm)
        if key is None:
            return None
        head = self.pages.get(self.identity(key))
        if head is None or head == norm or head in self.paged_of:
            return None
        return head

    def restore_spellings(self, pairs: list[tuple[str, str]]) -> None:
        """A resumed crawl: the queued pages that only a spelling with a session id links
        (alias, page), first linked first."""
        for spelling, page in pairs:
            self.fetch_as.setdefault(page, spelling)

    def fetch_url(self, url: str) -> str:
        """The spelling to ask for: the page's own, or the one it was linked as."""
        return self.fetch_as.get(url, url)

    def _fold(self, url: str) -> None:
        self.folded.setdefault(canonical(url, case_insensitive=True)[0], url)

    def decide_case(self, insensitive: bool, *, presumed: bool = False) -> None:
        """Settle letter case once. Pages recorded before the decision keep their spelling;
        later spellings that differ only in case become their aliases. ``presumed``: only a
        probe said so; folders are checked as their case variants turn up."""
        self.case_insensitive = insensitive
        self.presumed = insensitive and presumed
        self.folded = {}
        if not self.presumed:
            self.prints, self._print_folders = {}, {}
        if not insensitive:
            return
        merged: dict[str, str] = {}
        for page in self.pages.values():
            key = self.identity(page)
            if key not in merged or merged[key] in self.failed:
                merged[key] = page
        self.pages = merged

    def page_for(self, norm: str) -> tuple[str, str | None]:
        """The page a normalised URL shows, and why it is an alias (None: it is the page)."""
        page = self.pages.get(self.identity(norm))
        if page is None or page == norm or page in self.failed:
            return norm, None
        return page, self._reason(norm, page)

    def _reason(self, alias: str, page: str) -> str:
        ci = bool(self.case_insensitive)
        why = canonical(alias, case_insensitive=ci)[1] or canonical(page, case_insensitive=ci)[1]
        return why or "case"

    def superseded(self, url: str, depth: int = 0, via: str = "link") -> tuple[str, str] | None:
        """A queued page that turned out to be another spelling of a page (the case decision
        came after both were queued): that page and the reason, so it is not fetched too."""
        if url in self.checks:
            return None
        page, why = self.page_for(url)
        if why is None:
            return None
        if why == "case" and self.case_only(url, page) and self.unchecked(url):
            if self.check_superseded(url, page):
                return None
            self.held.setdefault(folder_of(url), []).append(((url, depth, via), page))
        if page not in self.failed and page in self.variants:
            self.variants[page].append((url, 0, "link"))
        return page, why

    def settle(self, page: str, ok: bool) -> Queued | None:
        """A page was fetched. If it is broken, the next linked spelling of it gets a turn; if
        it is fine and a case variant of it waits in an unchecked folder, that variant is
        fetched to check the folder (the caller drops its alias and queues it)."""
        waiting = self.variants.pop(page, [])
        if ok:
            return self._check_held(page)
        self.failed.add(page)
        if not waiting:
            return None
        first, *rest = waiting
        self._unhold(first[0])
        self.pages[self.identity(first[0])] = first[0]
        self.variants[first[0]] = rest
        return first

    @staticmethod
    def case_only(alias: str, page: str) -> bool:
        """The two spellings are one page only if letter case does not matter (``dir/`` and
        ``Dir/index.html``, not ``dir/`` and ``dir/index.html``)."""
        return canonical(alias)[0] != canonical(page)[0]

    def _unhold(self, url: str) -> None:
        held = self.held.get(folder_of(url))
        if held:
            held[:] = [h for h in held if h[0][0] != url]

    def _check_held(self, page: str) -> Queued | None:
        folder = folder_of(page)
        if folder in self.checking or page not in self.prints or not self.unchecked(page):
            return None
        held = self.held.get(folder, [])
        for i, (item, of) in enumerate(held):
            if of == page:
                del held[i]
                self.checking.add(folder)
                self.checks[item[0]] = page
                return item
        return None

    def check_superseded(self, url: str, page: str) -> bool:
        """A queued case variant (a resumed crawl's) is the check of its folder, not an alias."""
        folder = folder_of(url)
        if folder in self.checking or page not in self.prints or not self.unchecked(url):
            return False
        self.checking.add(folder)
        self.checks[url] = page
        return True

    def hold(self, item: Queued, page: str) -> None:
        """A case alias stored before its folder was checked (a resumed crawl's)."""
        if self.unchecked(item[0]):
            self.held.setdefault(folder_of(item[0]), []).append((item, page))

    def case_checked(self, url: str, blind: bool) -> list[Queued]:
        """The check of a folder answered. Case-blind: its held variants stay aliases. Not:
        those get their own turn (returned: the caller drops their aliases and routes them)."""
        self.checks.pop(url, None)
        folder = folder_of(url)
        self.checking.discard(folder)
        self.folder_case[folder] = blind
        held = self.held.pop(folder, [])
        for page in self._print_folders.pop(folder, []):  # not a pass over every page
            self.prints.pop(page, None)
        if blind:
            return []
        self.pages = {
            (self.identity(p) if folder_of(p) == folder else key): p
            for key, p in self.pages.items()
        }
        freed = []
        for item, page in held:
            waiting = self.variants.get(page)
            if waiting and item in waiting:
                waiting.remove(item)
            self.seen.discard(item[0])
            freed.append(item)
        return freed

    def admit(self, items: list[Queued]) -> None:
        """Seeds and backlog URLs: normalise, scope, traps, aliases, then queue."""
        queued: list[Queued] = []
        marks: list[Mark] = []
        aliases: list[Alias] = []
        for raw, depth, via in items:
            norm = normalise(raw, session_params=self.session_params)
            if norm is None:
                continue
            spelling = session_spelling(raw, norm)
            self.route(norm, depth, via, queued, marks, aliases, spelling)
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
        spelling: str | None = None,
    ) -> str:
        """Decide what happens to one normalised URL; returns its scope verdict. ``spelling``:
        how it was linked, when that carried a session id its normal form dropped."""
        assert self.scope is not None
        if norm in self.seen:
            if spelling is None and norm in self.fetch_as:
                # now linked without a session id too: that spelling is asked for, not the other
                getattr(self.store, "drop_alias", lambda _url: None)(self.fetch_as.pop(norm))
            return "in"
        verdict, why = self.scope.explain(norm, depth)
        if verdict == "external":
            if via == "sitemap":  # no page links here: keep the entry, never fetch it
                self.seen.add(norm)
                marks.append((norm, "excluded", f"{why} (uit de sitemap)", depth))
                self.counts.excluded += 1
            return verdict
        self.seen.add(norm)
        if verdict == "excluded":
            marks.append((norm, "excluded", why, depth))
            self.counts.excluded += 1
            return verdict
        page, alias_reason = self.page_for(norm)
        if alias_reason is None:
            self.pages[self.identity(norm)] = norm
            if self.case_insensitive is None:
                self._fold(norm)
            trap = self.traps.check(norm)
            family, dated = self.traps.family(norm)
            head = self.families.get(family)
            if trap and head is not None and head != norm and dated:
                # one row for the whole family: its first page, with every variant an alias
                aliases.append((norm, head, "trap"))
                for member in self.members.pop(family, []):
                    self.absorbed[member] = head
                    aliases.append((member, head, "trap-family"))
                self.counts.traps += 1
            elif trap:
                marks.append((norm, "trap", trap, depth))
                self.counts.traps += 1
            else:
                self._queue((norm, depth, via), spelling, queued, aliases)
                self.variants[norm] = []
                paged = self.paged_head(norm)
                if paged is not None:
                    self.paged_of[norm] = paged
                head = self.families.setdefault(family, norm)
                if head != norm and dated:
                    self.members.setdefault(family, []).append(norm)
            return verdict
        if alias_reason == "case" and self.unchecked(norm) and self.case_only(norm, page):
            folder = folder_of(norm)
            if folder not in self.checking and page in self.prints:
                # its page was fetched: fetch this spelling too, once, to check the folder
                self.checking.add(folder)
                self.checks[norm] = page
                self._queue((norm, depth, via), spelling, queued, aliases)
                return verdict
            self.held.setdefault(folder, []).append(((norm, depth, via), page))
        if page in self.variants:
            self.variants[page].append((norm, depth, via))
        aliases.append((norm, page, alias_reason))
        self.counts.aliases += 1
        return verdict

    def _queue(
        self, item: Queued, spelling: str | None, queued: list[Queued], aliases: list[Alias]
    ) -> None:
        queued.append(item)
        if spelling is not None:
            self.fetch_as[item[0]] = spelling
            aliases.append((spelling, item[0], "session"))

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
