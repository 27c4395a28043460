"""How old a page is, and how sure we are of its date.

The crawl chose one last-modified date per page from its evidence (visible "Laatst gewijzigd",
meta tags, HTTP header, URL, document metadata). A date printed by the site template on every
page, or a publication date, says little about when the content last changed, so such dates
get a low confidence. Pages without any date are "unknown", never new.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from typing import Any

from audit_app.core.scoring.settings import ScoringSettings

AGE_BANDS = ("lt1", "1-2", "2-5", "gt5", "unknown")
AGE_BAND_LABELS = {
    "lt1": "minder dan 1 jaar",
    "1-2": "1 tot 2 jaar",
    "2-5": "2 tot 5 jaar",
    "gt5": "meer dan 5 jaar",
    "unknown": "onbekend",
}

HIGH_SOURCES = frozenset({"visible", "meta"})
MEDIUM_SOURCES = frozenset({"http-header", "url", "document"})
_TEMPLATE_HINTS = ("template", "sjabloon", "voettekst", "footer")

DAYS_PER_YEAR = 365.25


@lru_cache(maxsize=65536)
def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _evidence(raw: str | None) -> list[dict[str, Any]]:
    if not raw:
        return []
    try:
        items = json.loads(raw)
    except ValueError:
        return []
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def date_confidence(
    chosen: str | None, source: str | None, reason: str | None, evidence_json: str | None
) -> str:
    """high | medium | low | none for the chosen last-modified date."""
    if parse_date(chosen) is None:
        return "none"
    kind = "modified"
    hint_text = (reason or "").lower()
    for item in _evidence(evidence_json):
        if str(item.get("date", ""))[:10] == chosen[:10] and item.get("source") == source:  # type: ignore[index]
            kind = str(item.get("kind") or "modified")
            hint_text += " " + str(item.get("text") or "").lower()
            break
    if kind in ("published", "template") or source == "template":
        return "low"
    if any(h in hint_text for h in _TEMPLATE_HINTS):
        return "low"
    if source in HIGH_SOURCES:
        return "medium" if kind == "unknown" else "high"
    if source in MEDIUM_SOURCES:
        return "medium"
    return "low"


def age_days(chosen: str | None, today: date) -> int | None:
    d = parse_date(chosen)
    if d is None:
        return None
    return max(0, (today - d).days)


def age_band(days: int | None, settings: ScoringSettings) -> str:
    if days is None:
        return "unknown"
    years = days / DAYS_PER_YEAR
    if years < settings.age_lt1:
        return "lt1"
    if years < settings.age_lt2:
        return "1-2"
    if years < settings.age_lt5:
        return "2-5"
    return "gt5"


def years(days: int | None) -> float | None:
    return None if days is None else round(days / DAYS_PER_YEAR, 1)
