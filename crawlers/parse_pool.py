"""The parser processes: ``extract_page`` is CPU work and a laptop has more than one core.

The pool starts only once a crawl is big enough to pay for starting processes; until its first
job comes back (and for good, should it break) pages are parsed in the calling thread.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool, ProcessPoolExecutor
from pathlib import Path

from crawlers.extract import extract_page
from crawlers.model import PageExtract
from crawlers.urls import normalise, session_spelling

log = logging.getLogger(__name__)

FOLLOWED_TAGS = frozenset({"a", "area", "frame", "iframe"})
ASSET_TAGS = frozenset({"img"})  # recorded where they are used, never crawled
IGNORED_SCHEMES = ("mailto:", "javascript:", "tel:", "data:", "#")
PARSE_WAIT = 120.0

# extract; (normalised target, anchor text or alt, tag); the targets linked only with a session
# id, with their first linked spelling (what is fetched if nothing links them without one)
ParsedPage = tuple[PageExtract, list[tuple[str | None, str | None, str]], dict[str, str]]


def _warm_up() -> bool:
    """Runs first in each parser process; the engine parses in-process until it returns."""
    return True


def _init_parser_process(crawler_pid: int) -> None:
    """Parser processes leave Ctrl-C to the crawl, which stops them in order, and end
    themselves when the crawl was killed outright (kill -9 leaves pool workers waiting for
    work forever)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if os.name == "posix":
        threading.Thread(
            target=_exit_with, args=(crawler_pid,), daemon=True, name="crawler-watch"
        ).start()


def _exit_with(pid: int) -> None:
    stat = Path(f"/proc/{pid}/stat")
    while True:
        time.sleep(1.0)
        try:
            os.kill(pid, 0)
            gone = stat.exists() and stat.read_text().rsplit(")", 1)[-1].split()[0] == "Z"
        except ProcessLookupError:
            gone = True
        except OSError:
            gone = False
        if gone:
            os._exit(0)


def parse_job(
    body: bytes,
    url: str,
    header_charset: str | None,
    http_last_modified: str | None,
    session_params: frozenset[str],
) -> ParsedPage:
    """Extract a page and normalise its links: all the per-page CPU work, in a worker process."""
    page = extract_page(
        body, url, header_charset=header_charset, http_last_modified=http_last_modified
    )
    links: list[tuple[str | None, str | None, str]] = []
    spellings: dict[str, str] = {}
    plain: set[str] = set()
    raws = [(link.url.strip(), link.anchor_text, link.tag) for link in page.links]
    if page.meta_refresh_url:
        raws.append((page.meta_refresh_url.strip(), "", "a"))
    for raw, anchor, tag in raws:
        if tag not in FOLLOWED_TAGS and tag not in ASSET_TAGS:
            continue
        if not raw or raw.lower().startswith(IGNORED_SCHEMES):
            continue
        norm = normalise(raw, session_params=session_params)
        links.append((norm, anchor, tag))
        if norm is None or tag in ASSET_TAGS:
            continue
        spelling = session_spelling(raw, norm)
        if spelling is None:
            plain.add(norm)
        else:
            spellings.setdefault(norm, spelling)
    page.links = []
    return page, links, {n: s for n, s in spellings.items() if n not in plain}


class ParsePool:
    """Thread-safe ``parse``; ``maybe_start`` and ``shutdown`` belong to the crawl loop."""

    def __init__(self, processes: int, threshold: int, max_pages: int | None) -> None:
        self.processes = processes
        self.threshold = threshold
        self.max_pages = max_pages
        self._pool: ProcessPoolExecutor | None = None
        self._failed = False
        self._warm: Future[bool] | None = None

    def maybe_start(self, urls_seen: int) -> None:
        """Start the processes once the crawl has seen enough URLs to be worth it."""
        if self._pool is not None or self._failed or self.processes < 1:
            return
        if urls_seen < self.threshold or (self.max_pages or 1 << 30) < self.threshold:
            return
        method = "forkserver" if sys.platform.startswith("linux") else "spawn"
        try:
            self._pool = ProcessPoolExecutor(
                self.processes,
                mp_context=multiprocessing.get_context(method),
                initializer=_init_parser_process,
                initargs=(os.getpid(),),
            )
            self._warm = self._pool.submit(_warm_up)
        except (OSError, ValueError) as exc:
            log.warning("cannot start parser processes: %s", exc)
            self._failed = True

    def parse(
        self,
        body: bytes,
        url: str,
        header_charset: str | None,
        http_last_modified: str | None,
        session_params: frozenset[str],
    ) -> tuple[ParsedPage, bool]:
        """The parsed page, and whether a parser process did it."""
        args = (body, url, header_charset, http_last_modified, session_params)
        pool, warm = self._pool, self._warm
        if pool is not None and not self._failed and warm is not None and warm.done():
            try:
                return pool.submit(parse_job, *args).result(timeout=PARSE_WAIT), True
            except (BrokenProcessPool, TimeoutError, RuntimeError) as exc:
                log.warning("parser processes unavailable (%s); parsing in-process", exc)
                self._failed = True
        return parse_job(*args), False

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
