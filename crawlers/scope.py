"""Which URLs the crawler may fetch: the promise "never outside its scope" lives here.

Links to other hosts are still worth knowing (they show how a page points away), so they are
classified ``external`` and recorded, never fetched; ``excluded`` covers what the user ruled out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

from crawlers.urls import normalise

Verdict = Literal["in", "external", "excluded"]


@dataclass
class ScopeConfig:
    path_prefix: str | None = None  # e.g. "/afdelingen/hr/": only pages below it
    include: list[str] = field(default_factory=list)  # regexes; if any, a URL must match one
    exclude: list[str] = field(default_factory=list)  # regexes; a match rules the URL out
    extra_hosts: list[str] = field(default_factory=list)  # "docs.intra.local", "*.intra.local"
    max_depth: int | None = None  # clicks from a start URL


def _compile(patterns: list[str], label: str) -> list[re.Pattern[str]]:
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(re.compile(pattern))
        except re.error as exc:
            raise ValueError(
                f"Het {label}-patroon {pattern!r} is geen geldige reguliere expressie: {exc}"
            ) from None
    return compiled


def _netloc(url: str) -> str | None:
    norm = normalise(url)
    return urlsplit(norm).netloc if norm else None


class Scope:
    """Decides per URL; immutable after construction, so safe to share between threads."""

    def __init__(self, start_urls: list[str], config: ScopeConfig) -> None:
        self.config = config
        self._include = _compile(config.include, "opnemen")
        self._exclude = _compile(config.exclude, "uitsluiten")
        self._starts: set[str] = set()
        self._hosts: set[str] = set()
        self._host_suffixes: list[str] = []
        self._file_roots: list[str] = []
        for url in start_urls:
            norm = normalise(url)
            if norm is None:
                raise ValueError(
                    f"Het startadres {url!r} is geen bruikbaar http-, https- of file-adres."
                )
            self._starts.add(norm)
            if norm.startswith("file:"):
                self._file_roots.append(norm.rsplit("/", 1)[0] + "/")
            else:
                self._hosts.add(urlsplit(norm).netloc)
        for host in config.extra_hosts:
            host = host.strip().lower()
            if host.startswith("*."):
                self._host_suffixes.append(host[1:])
            elif host:
                netloc = _netloc(host if "://" in host else f"http://{host}/")
                if netloc:
                    self._hosts.add(netloc)
        prefix = config.path_prefix
        self._prefix = None if not prefix else ("/" + prefix.lstrip("/"))

    def classify(self, url: str, depth: int = 0) -> Verdict:
        return self.explain(url, depth)[0]

    def explain(self, url: str, depth: int = 0) -> tuple[Verdict, str | None]:
        """The verdict with a Dutch reason, for the crawl log and the "excluded" page state."""
        norm = normalise(url)
        if norm is None:
            return "excluded", "Geen webadres of bestand (bijv. mailto: of javascript:)"
        parts = urlsplit(norm)
        if parts.scheme == "file":
            if not any(norm.startswith(root) for root in self._file_roots):
                return "external", "Bestand buiten de gekozen map"
        elif not self._host_allowed(parts.netloc):
            return "external", f"Andere website ({parts.netloc})"
        if self.config.max_depth is not None and depth > self.config.max_depth:
            return "excluded", f"Dieper dan {self.config.max_depth} klikken vanaf de start"
        outside = self._prefix and not parts.path.startswith(self._prefix)
        if parts.scheme != "file" and outside and norm not in self._starts:
            return "excluded", f"Buiten het pad {self._prefix}"
        for pattern in self._exclude:
            if pattern.search(norm):
                return "excluded", f"Uitgesloten door patroon {pattern.pattern!r}"
        matched = any(p.search(norm) for p in self._include)
        if self._include and not matched and norm not in self._starts:
            return "excluded", "Past bij geen van de op-te-nemen patronen"
        return "in", None

    def may_contact(self, url: str) -> bool:
        """True for an http(s) address on a start host or a host the user added: the only
        hosts the crawler ever sends a request to. A host is its name plus port (default ports
        left out, so http://intranet/ and https://intranet/ are one host)."""
        norm = normalise(url)
        if norm is None:
            return False
        parts = urlsplit(norm)
        return parts.scheme in ("http", "https") and self._host_allowed(parts.netloc)

    def _host_allowed(self, netloc: str) -> bool:
        if netloc in self._hosts:
            return True
        host = netloc.rsplit("@", 1)[-1].split(":")[0]
        return any(host.endswith(suffix) for suffix in self._host_suffixes)
