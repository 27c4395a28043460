"""robots.txt, read once per host and kept for the whole crawl.

Intranet owners use robots.txt mostly to fence off search pages and calendars, which are exactly
the traps an audit wants to skip, so we honour it. We follow RFC 9309 for a missing file (4xx:
everything allowed) but are lenient where the RFC is strict: an unreachable or failing robots.txt
(5xx, network error) also allows everything, because on an intranet that is nearly always a
misconfigured server, not a wish to be left alone.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from crawlers.model import FetchResult


class RobotsCache:
    def __init__(self, fetch: Callable[[str], FetchResult], user_agent: str) -> None:
        self._fetch = fetch
        self.user_agent = user_agent
        self._parsers: dict[str, _Rules | None] = {}
        self._lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}

    def _parser(self, url: str) -> _Rules | None:
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

    def _load(self, robots_url: str) -> _Rules | None:
        try:
            result = self._fetch(robots_url)
        except Exception:  # a fetcher should not raise, but robots must never stop a crawl
            return None
        if result.error or result.status is None or not 200 <= result.status < 300:
            return None
        parser = _Rules(robots_url)
        text = result.body.decode("utf-8", errors="replace").lstrip("\ufeff")
        parser.parse(text.splitlines())
        parser.delays = _crawl_delays(text)
        return parser

    def allowed(self, url: str) -> bool:
        parser = self._parser(url)
        return True if parser is None else parser.can_fetch(self.user_agent, url)

    def crawl_delay(self, url: str) -> float | None:
        parser = self._parser(url)
        if parser is None:
            return None
        agent = self.user_agent.split("/")[0].lower()
        fallback = None
        for agents, delay in parser.delays:
            if any(a != "*" and a in agent for a in agents):
                return delay
            if "*" in agents and fallback is None:
                fallback = delay
        return fallback

    def sitemaps(self, url: str) -> list[str]:
        parser = self._parser(url)
        return list(parser.site_maps() or []) if parser is not None else []


class _Rules(RobotFileParser):
    delays: list[tuple[list[str], float]]


def _crawl_delays(text: str) -> list[tuple[list[str], float]]:
    """Crawl-delay per group; the stdlib parser drops fractions such as 0.5."""
    groups: list[tuple[list[str], float]] = []
    agents: list[str] = []
    in_rules = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        key, _, value = line.partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "user-agent":
            if in_rules:
                agents, in_rules = [], False
            agents.append(value.lower())
        elif key in ("allow", "disallow", "crawl-delay", "request-rate"):
            in_rules = True
            if key == "crawl-delay" and agents:
                with contextlib.suppress(ValueError):
                    groups.append((list(agents), float(value)))
    return groups
