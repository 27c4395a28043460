"""robots.txt, read once per host and kept for the whole crawl.

Intranet owners use robots.txt mostly to fence off search pages and calendars, which are exactly
the traps an audit wants to skip, so we honour it. We follow RFC 9309 for a missing file (4xx:
everything allowed) but are lenient where the RFC is strict: an unreachable or failing robots.txt
(5xx, network error) also allows everything, because on an intranet that is nearly always a
misconfigured server, not a wish to be left alone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from crawlers.model import FetchResult


class RobotsCache:
    def __init__(self, fetch: Callable[[str], FetchResult], user_agent: str) -> None:
        self._fetch = fetch
        self.user_agent = user_agent
        self._parsers: dict[str, RobotFileParser | None] = {}
        self._lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}

    def _parser(self, url: str) -> RobotFileParser | None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return None
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            if origin in self._parsers:
                return self._parsers[origin]
            host_lock = self._host_locks.setdefault(origin, threading.Lock())
        with host_lock:  # one fetch per host even when many threads ask at once
            with self._lock:
                if origin in self._parsers:
                    return self._parsers[origin]
            parser = self._load(origin + "/robots.txt")
            with self._lock:
                self._parsers[origin] = parser
            return parser

    def _load(self, robots_url: str) -> RobotFileParser | None:
        try:
            result = self._fetch(robots_url)
        except Exception:  # a fetcher should not raise, but robots must never stop a crawl
            return None
        if result.error or result.status is None or not 200 <= result.status < 300:
            return None
        parser = RobotFileParser(robots_url)
        text = result.body.decode("utf-8", errors="replace").lstrip("\ufeff")
        parser.parse(text.splitlines())
        return parser

    def allowed(self, url: str) -> bool:
        parser = self._parser(url)
        return True if parser is None else parser.can_fetch(self.user_agent, url)

    def crawl_delay(self, url: str) -> float | None:
        parser = self._parser(url)
        if parser is None:
            return None
        delay = parser.crawl_delay(self.user_agent)
        try:
            return None if delay is None else float(delay)
        except (TypeError, ValueError):
            return None

    def sitemaps(self, url: str) -> list[str]:
        parser = self._parser(url)
        return list(parser.site_maps() or []) if parser is not None else []
