"""When was a page last changed? Collecting date evidence and choosing one date with a reason.

The "last modified" date drives the audit's most visible suggestion ("not changed since
2009"), so a wrong date costs trust. Old intranets often send the crawl moment or a template
date as Last-Modified, so the page's own words ("Laatst gewijzigd: 12 maart 2009") count
for more than the server, and every choice carries a reason people can check.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote, urlsplit

from lxml import etree

from crawlers.model import DateChoice, DateEvidence

MIN_YEAR = 1990

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "febr": 2, "february": 2,
    "maart": 3, "mrt": 3, "mar": 3, "march": 3, "mrch": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "augustus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = (
    r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)"
    r"\.?,?\s+)?"
)
_DAY_ORD = r"(?P<d>\d{1,2})(?:e|de|ste|st|nd|rd|th)?"
_DATE_FORMS = (
    r"(?P<iso>(?P<iy>(?:19|20)\d\d)[-/.](?P<im>\d{1,2})[-/.](?P<id>\d{1,2}))(?!\d)",
    r"(?P<num>(?P<nd>\d{1,2})[-/.](?P<nm>\d{1,2})[-/.](?P<ny>\d{4}|\d{2}))(?!\d)",
    _WEEKDAY + _DAY_ORD + r"\s*" + _MONTH + r",?\s+(?P<y>(?:19|20)\d\d)(?!\d)",
    _WEEKDAY
    + _MONTH.replace("mon>", "mon2>")
    + r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)(?!\d)",
    _MONTH.replace("mon>", "mon3>") + r",?\s+(?P<y3>(?:19|20)\d\d)(?!\d)",
)
_DATE = "(?:" + "|".join(f"(?:{form})" for form in _DATE_FORMS) + ")"
_DATE_RE = re.compile(r"(?<![\w])" + _DATE, re.I)

_MODIFIED_LABELS = (
    r"laatst\s+gewijzigd|laatste\s+wijziging|datum\s+laatste\s+wijziging|wijzigingsdatum"
    r"|laatst\s+bijgewerkt|laatste\s+update|bijgewerkt|gewijzigd|laatst\s+aangepast|aangepast"
    r"|herzien|actualisatiedatum|geactualiseerd|versie\s+van|versiedatum"
    r"|last\s+updated|last\s+modified|last\s+changed|last\s+revised|updated|modified|revised"
)
_PUBLISHED_LABELS = (
    r"gepubliceerd|publicatiedatum|geplaatst|verschenen|aangemaakt|published|posted|created"
)
_UNKNOWN_LABELS = r"datum|date"
_LABELLED = re.compile(
    r"(?<!\w)(?:(?P<mod>" + _MODIFIED_LABELS + r")|(?P<pub>" + _PUBLISHED_LABELS + r")"
    r"|(?P<unk>" + _UNKNOWN_LABELS + r"))(?!\w)"
    r"[\s:\-–]*(?:(?:op|on|per|d\.d\.|dd|sinds)\b[\s:]*)?" + _DATE,
    re.I,
)

_URL_PATTERNS = (
    re.compile(r"(?<!\d)((?:19|20)\d\d)[-_/.](\d\d)[-_/.](\d\d)(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)"),
    re.compile(r"/((?:19|20)\d\d)/(\d\d?)(?:/|$)()"),
)

MODIFIED_META = frozenset(
    {
        "date", "dc.date", "dcterms.date", "dcterms.modified", "dc.date.modified",
        "dc.modified", "last-modified", "lastmodified", "last_modified", "revised", "modified",
        "article:modified_time", "og:updated_time", "dc.date.x-metadatalastmodified",
        "datemodified", "date.modified", "wijzigingsdatum",
    }
)  # fmt: skip
PUBLISHED_META = frozenset(
    {
        "dcterms.created", "dc.date.created", "dc.created", "article:published_time",
        "dcterms.issued", "dc.date.issued", "pubdate", "publish_date", "publication_date",
        "datepublished", "creation_date", "date.created",
    }
)  # fmt: skip


def _today() -> dt.date:
    return dt.date.today()


def _make(year: int, month: int, day: int, today: dt.date) -> dt.date | None:
    if year < MIN_YEAR:
        return None
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    if value > today + dt.timedelta(days=1):
        return None
    return value


def _from_match(m: re.Match[str], today: dt.date) -> dt.date | None:
    """A date from one match of the date pattern; numeric dates are always day-month-year."""
    g = m.groupdict()
    if g.get("iso"):
        return _make(int(g["iy"]), int(g["im"]), int(g["id"]), today)
    if g.get("num"):
        year = int(g["ny"])
        if len(g["ny"]) == 2:
            year += 2000 if year <= today.year % 100 else 1900
        return _make(year, int(g["nm"]), int(g["nd"]), today)
    if g.get("mon"):
        return _make(int(g["y"]), MONTHS[g["mon"].lower()], int(g["d"]), today)
    if g.get("mon2"):
        return _make(int(g["y2"]), MONTHS[g["mon2"].lower()], int(g["d2"]), today)
    if g.get("mon3"):
        return _make(int(g["y3"]), MONTHS[g["mon3"].lower()], 1, today)
    return None


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The first plausible date in a string: ISO, d-m-yyyy, '12 maart 2009', 'March 2005', RFC."""
    today = today or _today()
    stripped = text.strip()
    compact = re.fullmatch(r"D?:?((?:19|20)\d\d)(\d\d)(\d\d)\d*.*", stripped)
    if compact:
        return _make(int(compact[1]), int(compact[2]), int(compact[3]), today)
    month_only = re.fullmatch(r"((?:19|20)\d\d)-(\d\d)", stripped)
    if month_only:
        return _make(int(month_only[1]), int(month_only[2]), 1, today)
    for m in _DATE_RE.finditer(text):
        value = _from_match(m, today)
        if value is not None:
            return value
    return parse_http_date(text, today)


def parse_http_date(value: str | None, today: dt.date | None = None) -> dt.date | None:
    """The date of an HTTP date header (RFC 1123, RFC 850 or asctime), in UTC."""
    if not value:
        return None
    try:
        stamp = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(dt.UTC)
    return _make(stamp.year, stamp.month, stamp.day, today or _today())


def _meta_pairs(tree: etree._Element) -> list[tuple[str, str]]:
    pairs = []
    for meta in tree.iter("meta"):
        name = meta.get("name") or meta.get("property") or meta.get("http-equiv") or ""
        content = meta.get("content")
        if name and content:
            pairs.append((name.strip().lower(), content))
    return pairs


def _visible_text(tree: etree._Element) -> str:
    parts = []
    for el in tree.iter():
        if el.tag in ("script", "style", "head", "title") or not isinstance(el.tag, str):
            continue
        if el.text:
            parts.append(el.text)
        if el.tail:
            parts.append(el.tail)
    return " ".join(parts)


# Cheap substrings that every label contains: the full pattern only runs near them.
_LABEL_KEYS = (
    "wijzig", "bijgewerkt", "update", "aangepast", "herzien", "actualis", "versie", "modified",
    "revised", "changed", "publi", "geplaatst", "verschenen", "aangemaakt", "posted", "created",
    "datum", "date",
)  # fmt: skip


def _label_windows(text: str) -> list[tuple[int, int]]:
    lowered = text.lower()
    starts: list[int] = []
    for key in _LABEL_KEYS:
        pos = lowered.find(key)
        while pos != -1:
            starts.append(pos)
            pos = lowered.find(key, pos + 1)
    windows: list[tuple[int, int]] = []
    for pos in sorted(starts):
        lo, hi = max(0, pos - 30), pos + 120
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def _labelled_matches(text: str) -> list[re.Match[str]]:
    matches: list[re.Match[str]] = []
    for lo, hi in _label_windows(text):
        matches.extend(_LABELLED.finditer(text, lo, hi))
    return matches


def visible_dates(text: str, today: dt.date | None = None) -> list[DateEvidence]:
    """Dates that sit behind a label in the page's text ('Laatst gewijzigd: 12 maart 2009')."""
    today = today or _today()
    found = []
    for m in _labelled_matches(text):
        value = _from_match(m, today)
        if value is None:
            continue
        kind = "modified" if m.group("mod") else "published" if m.group("pub") else "unknown"
        found.append(DateEvidence(value.isoformat(), "visible", " ".join(m.group(0).split()), kind))
    return found


_YEAR_HINT = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def newest_content_date(text: str, today: dt.date | None = None) -> DateEvidence | None:
    """The newest date anywhere in a page's text, with no label saying what it is: weak
    evidence (a meeting date, a law's date), used only when nothing better exists."""
    today = today or _today()
    best: tuple[dt.date, str] | None = None
    text = text[:200_000]
    done = 0
    # every form but dd-mm-yy holds a four-digit year: look only around those (the full
    # pattern over every position of a long text costs a millisecond a page)
    for year in _YEAR_HINT.finditer(text):
        start = max(done, year.start() - 40)
        for m in _DATE_RE.finditer(text, start, min(len(text), year.end() + 12)):
            done = m.end()
            value = _from_match(m, today)
            if value is not None and (best is None or value > best[0]):
                best = (value, " ".join(m.group(0).split()))
    if best is None:
        return None
    return DateEvidence(best[0].isoformat(), "content", best[1], "unknown")


def meta_dates(
    pairs: Iterable[tuple[str, str]], today: dt.date | None = None
) -> list[DateEvidence]:
    """Dates from <meta> tags whose name says modified or published."""
    today = today or _today()
    found = []
    for name, content in pairs:
        key = name.strip().lower()
        if key in MODIFIED_META:
            kind = "modified"
        elif key in PUBLISHED_META:
            kind = "published"
        else:
            continue
        value = parse_date(content, today)
        if value is not None:
            found.append(DateEvidence(value.isoformat(), "meta", key, kind))
    return found


def url_dates(url: str, today: dt.date | None = None) -> list[DateEvidence]:
    """A date in the URL's path (/2009/03/, 2008-04-01-nieuws.html, verslag_20090312.doc)."""
    today = today or _today()
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        path = unquote(url)
    for pattern in _URL_PATTERNS:
        for m in pattern.finditer(path):
            year, month, day = int(m[1]), int(m[2]), int(m[3] or 1)
            value = _make(year, month, day, today)
            if value is not None:
                return [DateEvidence(value.isoformat(), "url", m.group(0).strip("/"), "unknown")]
    return []


def find_dates(
    source: etree._Element | str | None,
    url: str = "",
    http_last_modified: str | None = None,
    *,
    meta: Iterable[tuple[str, str]] | None = None,
    today: dt.date | None = None,
) -> list[DateEvidence]:
    """All date evidence for one page: HTTP header, meta tags, visible labelled dates, the URL.

    ``source`` is a parsed tree (meta tags and text are read from it) or the page's full
    visible text (then pass ``meta`` as (name, content) pairs). Footers count: that is where
    old intranets print "Laatst gewijzigd".
    """
    today = today or _today()
    evidence: list[DateEvidence] = []
    header = parse_http_date(http_last_modified, today)
    if header is not None:
        evidence.append(
            DateEvidence(header.isoformat(), "http-header", "Last-Modified", "modified")
        )
    if isinstance(source, str):
        text = source
        pairs = list(meta or ())
    elif source is not None:
        text = _visible_text(source)
        pairs = [*_meta_pairs(source), *(meta or ())]
    else:
        text, pairs = "", list(meta or ())
    evidence.extend(meta_dates(pairs, today))
    evidence.extend(visible_dates(text, today))
    if url:
        evidence.extend(url_dates(url, today))
    return evidence


def _latest(items: list[DateEvidence]) -> DateEvidence:
    return max(items, key=lambda e: e.date)


def choose_last_modified(
    evidence: list[DateEvidence],
    *,
    template_header_dates: frozenset[str] = frozenset(),
    today: dt.date | None = None,
) -> DateChoice:
    """Pick the page's last modification date, strongest evidence first.

    Order (the first that has a date wins; within a rung the latest date):
      1. a visible modified date on the page ("Laatst gewijzigd: ...")      -> high
      2. a meta modified date (dcterms.modified, last-modified, ...)         -> high
      3. the document's own "modified" property (PDF, Word, ...)             -> high
      4. the HTTP Last-Modified header, unless it is a template date          -> medium
      5. a visible date without a label saying what it is ("Datum: ...")      -> medium
      6. a date in the URL (/2009/03/)                                        -> low
      7. a publication/creation date: never a modification date, so only
         as a last resort and the reason says so                             -> low
      8. the newest date anywhere in the text (source "content"), weak      -> low
    An HTTP header date shared by most pages of the crawl (a copy, deploy or template
    artefact) is evidence of nothing: it is never chosen, and the reason says so.
    Dates after today+1 day are ignored. No evidence: no date, confidence "none".
    The reason is a code with its facts, for people to check once worded: "found" (source,
    text), "published-only", "newest-in-text" (maybe with the shared header date it passed
    over), "shared-header" (no date: only a header date most pages share), "none".
    """
    limit = ((today or _today()) + dt.timedelta(days=1)).isoformat()
    usable = [e for e in evidence if e.date and e.date <= limit]

    def pick(source: str, kinds: tuple[str, ...] = ("modified",)) -> list[DateEvidence]:
        return [e for e in usable if e.source == source and e.kind in kinds]

    header_all = pick("http-header")
    header_own = [e for e in header_all if e.date not in template_header_dates]
    header_template = [e for e in header_all if e.date in template_header_dates]
    rungs: list[tuple[list[DateEvidence], str]] = [
        (pick("visible"), "high"),
        (pick("meta"), "high"),
        (pick("document"), "high"),
        (header_own, "medium"),
        (pick("visible", ("unknown",)) + pick("meta", ("unknown",)), "medium"),
        (pick("url", ("modified", "unknown")), "low"),
    ]
    for items, confidence in rungs:
        if items:
            best = _latest(items)
            reason = {"code": "found", "source": best.source, "text": best.text}
            return DateChoice(best.date, best.source, reason, confidence)
    published = [e for e in usable if e.kind == "published"]
    if published:
        best = _latest(published)
        reason = {"code": "published-only", "source": best.source, "text": best.text}
        return DateChoice(best.date, best.source, reason, "low")
    content = pick("content", ("unknown",))
    shared = {"shared_header": _latest(header_template).date} if header_template else {}
    if content:
        best = _latest(content)
        reason = {"code": "newest-in-text", "text": best.text, **shared}
        return DateChoice(best.date, best.source, reason, "low")
    if shared:
        return DateChoice(None, None, {"code": "shared-header", **shared}, "none")
    return DateChoice(None, None, {"code": "none"}, "none")


def stored_reason(reason: dict[str, Any]) -> str:
    """The reason as the project keeps it (pages.last_modified_reason): its code and facts
    as JSON. Projects crawled before hold a Dutch sentence there; both are worded by the app
    (ui/date_words.py) and the exports (exporters/date_words.py)."""
    return json.dumps(reason, ensure_ascii=False)
