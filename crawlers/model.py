"""Plain data passed between the crawler's parts: fetchers, extractor, engine and the store.

Everything here is picklable (extraction runs in worker processes) and free of I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass
class FetchResult:
    """What a fetcher got for one URL; ``error`` is set (plain words) when nothing usable came."""

    url: str  # the normalised URL that was asked for
    final_url: str  # after redirects
    redirect_chain: list[str] = field(default_factory=list)  # URLs passed through, in order
    status: int | None = None  # HTTP status; folder fetches use 200 / 404
    headers: dict[str, str] = field(default_factory=dict)  # lower-cased names
    content_type: str | None = None  # mime type only, lower-cased ("text/html")
    charset: str | None = None  # charset parameter of the Content-Type header, if any
    body: bytes = b""
    truncated: bool = False  # body cut at the size cap
    elapsed_ms: int = 0
    error: str | None = None  # a code with its facts as JSON (crawlers.fetch_errors)
    retryable: bool = False  # a 5xx or time-out that may succeed later
    offsite_redirect: bool = False  # final_url is on a host outside the crawl: not requested
    aborted: bool = False  # the crawl stopped while this was in flight: fetch it again later


@dataclass
class Link:
    url: str  # absolute URL as resolved against the page (not yet normalised)
    anchor_text: str | None = ""  # for tag img: the alt text, None when the image has none
    tag: str = "a"  # a | area | frame | iframe | img | link


@dataclass
class DateEvidence:
    date: str  # ISO yyyy-mm-dd
    source: str  # http-header | meta | visible | url | document
    text: str  # where it was seen, e.g. "Laatst gewijzigd: 12 maart 2009" or "dcterms.modified"
    kind: str = "modified"  # modified | published | unknown


@dataclass
class DateChoice:
    date: str | None
    source: str | None
    # a code with its facts: {"code": "found", "source": "visible", "text": "Laatst gewijzigd:
    # 12 maart 2009"}; worded by the app and the exports (crawlers.dates.choose_last_modified)
    reason: dict[str, Any]
    confidence: str = "none"  # high | medium | low | none


@dataclass
class PageExtract:
    """Everything read from one HTML page."""

    charset: str  # encoding used to decode
    title: str | None = None
    meta_description: str | None = None
    meta_keywords: str | None = None
    h1: str | None = None
    headings: list[tuple[int, str]] = field(default_factory=list)
    text: str = ""  # main text: blocks (p, li, td, h*) separated by "\n\n"; menus/footers removed
    words: int = 0
    language: str | None = None  # from <html lang> / meta content-language, lower-cased 2 letters
    images: int = 0
    images_missing_alt: int = 0
    links: list[Link] = field(default_factory=list)
    section: str | None = None  # old breadcrumb / section path "Personeelszaken > Verlof"
    owner: str | None = None  # visible owner / author / contact
    canonical_url: str | None = None
    meta_refresh_url: str | None = None
    content_hash: str = ""  # of the normalised main text
    date_evidence: list[DateEvidence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # e.g. "binary content served as text/html"


@dataclass
class DocumentInfo:
    """What a small library could read from a document's own metadata."""

    title: str | None = None
    author: str | None = None
    created: str | None = None  # ISO date
    modified: str | None = None  # ISO date
    pages: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class CrawlStore(Protocol):
    """Where the engine keeps its frontier and results (implemented in audit_app.core).

    The engine never writes SQL itself; this keeps crawlers/ free of the app and lets tests
    use a store of their own.
    """

    def begin_run(self, config: dict[str, Any]) -> int: ...

    def pending(self) -> list[tuple[str, int]]:
        """URLs queued but not yet stored, with their depth: the frontier after a restart."""
        ...

    def known_urls(self) -> set[str]:
        """All normalised URLs already recorded (pages and aliases), for the dupe filter."""
        ...

    def add_queued(self, items: list[tuple[str, int, str]]) -> None:
        """New URLs to fetch: (url, depth, found_via)."""
        ...

    def save(self, result: Any) -> None:
        """Store one finished URL (a crawlers.engine.CrawlResult)."""
        ...

    def add_alias(self, alias_url: str, page_url: str, reason: str) -> None: ...

    def mark(self, url: str, state: str, reason: str | None = None, depth: int = 0) -> None:
        """Record a URL as trap / excluded without fetching it."""
        ...

    def add_links(self, page_url: str, links: list[Any]) -> None:
        """Links (StoredLink) found on a page folded into *page_url* (a later page of a list, a
        calendar view): they count as that page's links, so the items they lead to keep their
        inlinks instead of looking like orphans."""
        ...

    def flush(self) -> None:
        """Commit what is buffered."""
        ...

    def finish_run(
        self, run_id: int, status: str, reason: str | None, stats: dict[str, Any]
    ) -> None: ...


# what the inventory counts, scores and shows in the workshop; every other kind ("asset": images,
# style sheets, archives; "other" in projects crawled before) is inventoried apart
PAGE_KINDS: tuple[str, ...] = ("page", "document")


@dataclass
class StoredLink:
    """One outgoing link as the store keeps it: target already normalised (raw if unparsable)."""

    to_url: str
    anchor_text: str | None = ""  # for tag img: the alt text, None when the image has none
    internal: bool = True
    tag: str = "a"


@dataclass
class CrawlResult:
    """One finished URL, handed by the engine to the store. Only observed facts."""

    url: str  # normalised, canonical: the page's identity
    depth: int
    found_via: str
    kind: str  # page | document | other
    state: str  # done | failed
    fetched_at: str
    final_url: str | None = None
    redirect_chain: list[str] = field(default_factory=list)
    status: int | None = None
    content_type: str | None = None
    charset: str | None = None
    size_bytes: int | None = None
    response_ms: int | None = None
    http_last_modified: str | None = None
    etag: str | None = None
    error: str | None = None
    extract: PageExtract | None = None  # pages only; its ``links`` are not used
    document: DocumentInfo | None = None
    date_evidence: list[DateEvidence] = field(default_factory=list)
    links: list[StoredLink] = field(default_factory=list)
    raw_compressed: bytes | None = None  # zlib; HTML pages only
