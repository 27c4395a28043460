"""Everything the cheap part of scoring knows about one page, in one plain object.

Signals and suggestion rules read only this, so they can be tested without a project file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from audit_app.core.scoring.word_store import WordFacts


@dataclass
class PageFacts:
    page_id: int
    url: str
    kind: str = "page"
    found_via: str | None = None
    depth: int = 0
    title: str | None = None
    h1: str | None = None
    words: int | None = None
    owner: str | None = None
    last_modified: str | None = None
    inlinks: int = 0
    broken_outlinks: int = 0
    views: int | None = None  # None: no page-view figures for this page
    views_imported: bool = False  # any page views imported in this project
    age_days: int | None = None
    age_band: str = "unknown"
    date_confidence: str = "none"
    date_source: str | None = None  # visible | meta | document | http-header | url | content
    readability: float | None = None
    readability_status: str | None = None
    b1_band: str | None = None
    duplicate_kind: str | None = None
    duplicate_of: int | None = None
    duplicate_of_url: str | None = None
    orphan: bool = False
    signals: list[str] = field(default_factory=list)
    suggestion: str | None = None
    # Word-level B1 (None before the first score with word counts).
    word: WordFacts | None = None
    word_signals: list[str] = field(default_factory=list)  # uncommon | officialese | passive
    b1_indication: str | None = None  # the formula's band made stricter by word_signals

    @property
    def years(self) -> float | None:
        return None if self.age_days is None else self.age_days / 365.25

    @property
    def decisive_years(self) -> float | None:
        """The age a suggestion may rest on: not the newest date found loose in the text
        (weak evidence, shown but never deciding on its own)."""
        return None if self.date_source == "content" else self.years

    @property
    def is_start(self) -> bool:
        return self.found_via == "start"


def short_url(url: str | None) -> str:
    """The path people recognise ("/pz/verlof.html") instead of the full address."""
    if not url:
        return "?"
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.path:
        return parts.path + (f"?{parts.query}" if parts.query else "")
    return url
