"""Spider traps: URL spaces without end that would keep a crawl busy forever.

Old intranets are full of them: agenda modules that link to next month forever, relative links
that stack up path segments on every click, search and sort parameters that combine without
limit. The detector judges each URL from its shape plus what it has seen before, so the engine
can mark it as a trap (with a Dutch reason people can read) instead of fetching it.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from urllib.parse import parse_qsl, urlsplit

_DATE_PARAM_NAMES = frozenset(
    {
        "jaar",
        "year",
        "yr",
        "y",
        "maand",
        "month",
        "m",
        "mnd",
        "datum",
        "date",
        "dag",
        "day",
        "d",
        "week",
        "periode",
        "period",
        "van",
        "tot",
        "from",
        "to",
        "start",
        "end",
        "begin",
        "eind",
        "cal",
        "kalender",
        "calendar",
        "agenda",
        "month_year",
        "yearmonth",
        "ym",
    }
)
_CALENDAR_WORDS = frozenset(
    {
        "agenda",
        "kalender",
        "calendar",
        "cal",
        "archief",
        "archive",
        "jaar",
        "year",
        "maand",
        "month",
        "events",
        "evenementen",
        "activiteiten",
        "nieuws",
        "news",
        "datum",
        "date",
        "rooster",
    }
)
# yyyy-mm, yyyy-mm-dd, yyyy/mm, yyyymm(dd), dd-mm-yyyy, mm-yyyy
_Y = r"(1[5-9]\d\d|2\d\d\d)"
_DATE_PATTERNS = (
    re.compile(r"(?<!\d)" + _Y + r"[-_/.](?:0?[1-9]|1[0-2])(?:[-_/.]\d{1,2})?(?!\d)"),
    re.compile(r"(?<!\d)" + _Y + r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(r"(?<!\d)(?:\d{1,2}[-_/.])?(?:0?[1-9]|1[0-2])[-_/.]" + _Y + r"(?!\d)"),
)
_YEAR = re.compile(r"^(1[5-9]\d\d|2\d\d\d)$")
_SMALL_DATE_PARAMS = frozenset({"maand", "month", "mnd", "dag", "day", "week"})
# a paged list: ?page=3, ?pagina=2, ?start=40, or /nieuws/pagina/2/ (value: how many digits)
_PAGE_PARAMS = {"page": 3, "pagina": 3, "pg": 3, "paginanr": 3, "pagenr": 3, "p": 2}
_PAGE_PARAMS |= {"start": 4, "offset": 4, "startrow": 4}
_PAGE_PATH = re.compile(r"/(?:page|pagina)/(\d{1,3})/?$")


class TrapDetector:
    """Stateful and thread-safe: query-variant counts are shared by all crawl threads."""

    def __init__(
        self,
        max_segment_repeats: int = 3,
        max_query_variants: int = 100,
        max_calendar_variants: int = 24,
        max_path_segments: int = 20,
        max_url_length: int = 500,
        year_range: tuple[int, int] | None = None,
    ) -> None:
        self.max_segment_repeats = max_segment_repeats
        self.max_query_variants = max_query_variants
        self.max_calendar_variants = max_calendar_variants
        self.max_path_segments = max_path_segments
        self.max_url_length = max_url_length
        if year_range is None:
            year_range = (1970, dt.date.today().year + 3)  # archives of scanned 1970s papers exist
        self.year_range = year_range
        self._lock = threading.Lock()
        self._variants: dict[str, set[int]] = {}
        self._exploded: set[str] = set()
        self._dates: dict[str, set[int]] = {}
        self._endless: set[str] = set()

    def check(self, url: str) -> str | None:
        if len(url) > self.max_url_length:
            return f"Adres te lang ({len(url)} tekens, grens {self.max_url_length})"
        try:
            parts = urlsplit(url)
        except ValueError:
            return None
        segments = [s for s in parts.path.split("/") if s]
        if len(segments) > self.max_path_segments:
            return f"Te veel mappen in het pad ({len(segments)}, grens {self.max_path_segments})"
        reason = self._repeating(segments)
        if reason:
            return reason
        reason = self._calendar(segments, parts.query)
        if reason:
            return reason
        reason = self._count_dates(parts.netloc, segments, parts.query)
        if reason:
            return reason
        if parts.query:
            return self._count_variant(f"{parts.scheme}://{parts.netloc}{parts.path}", parts.query)
        return None

    @staticmethod
    def dated_query(url: str) -> bool:
        """True when the query carries dates (a calendar's day or month view): such variants of
        one page form a family the room decides once. Ids and sort orders do not."""
        try:
            parts = urlsplit(url)
        except ValueError:
            return False
        return bool(parts.query) and bool(_calendar_key(parts.netloc, [], parts.query)[1])

    @staticmethod
    def family(url: str) -> tuple[str, bool]:
        """The family a URL belongs to and whether it is a dated one (a calendar). Dates in the
        path (/agenda/2009/03/): the URL with its dates blanked out, so every month of one
        calendar is one family while /nieuws/2009/03/verhuizing.html stays apart from its
        neighbours. Otherwise the URL without its query, dated when the query carries dates."""
        try:
            parts = urlsplit(url)
        except ValueError:
            return url, False
        segments = [s for s in parts.path.split("/") if s]
        key, dates = _calendar_key(parts.netloc, segments, "")
        if dates:
            tail = "/" if parts.path.endswith("/") else ""
            return f"{parts.scheme}://{key.rstrip('?')}{tail}", True
        return url.split("?", 1)[0], TrapDetector.dated_query(url)

    @staticmethod
    def paged(url: str) -> str | None:
        """The address of the list a later page of a paged list belongs to (``?page=3`` and
        ``/nieuws/pagina/3/``: ``/nieuws/``), else None. Only a page-like name with a small
        number counts; the pages differ in content (it is a list), so that is not asked."""
        base, q, query = url.partition("?")
        if q:
            kept: list[str] = []
            found = False
            for piece in query.split("&"):
                name, _, value = piece.partition("=")
                digits = _PAGE_PARAMS.get(name.lower())
                if not found and digits and value.isdigit() and len(value) <= digits:
                    found = True
                    continue
                kept.append(piece)
            if found:
                return base + ("?" + "&".join(kept) if kept else "")
        m = _PAGE_PATH.search(base)
        head = base[: m.start()] if m is not None else ""
        if m is None or head.find("/", head.find("//") + 2) < 0:
            return None  # /pagina/12/ at the root is more likely a page of a CMS than a list
        return base[: m.start() + 1] + (q + query if q else "")

    def _repeating(self, segments: list[str]) -> str | None:
        limit = self.max_segment_repeats
        if limit < 1:
            return None
        counts: dict[str, int] = {}
        for seg in segments:
            counts[seg] = counts.get(seg, 0) + 1
            if counts[seg] > limit:
                return f"Herhalend pad: '{seg}' komt {counts[seg]} keer voor in het adres"
        n = len(segments)
        for size in range(1, n // limit + 1):
            for start in range(n - size * limit + 1):
                block = segments[start : start + size]
                if all(
                    segments[start + k * size : start + (k + 1) * size] == block
                    for k in range(1, limit)
                ):
                    shown = "/".join(block)
                    return f"Herhalend pad: '/{shown}/' staat {limit} keer achter elkaar"
        return None

    def _calendar(self, segments: list[str], query: str) -> str | None:
        years: list[tuple[int, str]] = []
        for name, value in parse_qsl(query, keep_blank_values=True):
            years.extend((y, f"{name}={value}") for y in _years_in(value))
            if name.lower() in _DATE_PARAM_NAMES and _YEAR.match(value.strip()):
                years.append((int(value), f"{name}={value}"))
        for i, seg in enumerate(segments):
            years.extend((y, seg) for y in _years_in(seg))
            if _YEAR.match(seg):
                before = segments[i - 1].lower() if i else ""
                after = segments[i + 1] if i + 1 < len(segments) else ""
                month_after = after.isdigit() and len(after) <= 2 and 1 <= int(after) <= 12
                if before in _CALENDAR_WORDS or month_after:
                    years.append((int(seg), "/".join(segments[max(0, i - 1) : i + 1])))
        low, high = self.year_range
        for year, where in years:
            if not low <= year <= high:
                return f"Kalender zonder einde: datum {where} ligt buiten {low}–{high}"
        return None

    def _count_dates(self, host: str, segments: list[str], query: str) -> str | None:
        """A calendar shows a month per page and links to the next: cut it after a few years'
        worth of dates, far sooner than the general limit for paged lists and filters."""
        if self.max_calendar_variants < 1:
            return None
        key, dates = _calendar_key(host, segments, query)
        if not dates:
            return None
        with self._lock:
            if key in self._endless:
                return self._calendar_reason()
            seen = self._dates.setdefault(key, set())
            seen.add(hash(dates))
            if len(seen) > self.max_calendar_variants:
                self._endless.add(key)
                del self._dates[key]
                return self._calendar_reason()
        return None

    def _calendar_reason(self) -> str:
        return (
            f"Kalender: meer dan {self.max_calendar_variants} datums van dezelfde pagina "
            "(elke maand of dag een eigen adres); de rest wordt overgeslagen"
        )

    def _count_variant(self, base: str, query: str) -> str | None:
        with self._lock:
            if base in self._exploded:
                return self._explode_reason()
            seen = self._variants.setdefault(base, set())
            seen.add(hash(query))
            if len(seen) > self.max_query_variants:
                self._exploded.add(base)
                del self._variants[base]
                return self._explode_reason()
        return None

    def _explode_reason(self) -> str:
        return (
            f"Meer dan {self.max_query_variants} varianten van dezelfde pagina met andere "
            "parameters (zoek-, sorteer- of filtercombinaties)"
        )


def _is_date(text: str, dated_name: bool) -> bool:
    """2009-03 or 03-2009 always; a bare year or 20090312 only under a date-like name, as ids
    look the same."""
    if _DATE_PATTERNS[0].fullmatch(text) or _DATE_PATTERNS[2].fullmatch(text):
        return True
    return dated_name and bool(_YEAR.match(text) or _DATE_PATTERNS[1].fullmatch(text))


def _calendar_key(host: str, segments: list[str], query: str) -> tuple[str, tuple[str, ...]]:
    """The URL with its date-like parts blanked out, and those parts. Only whole values count:
    a file name with a date in it (notulen-2019-03.pdf) is a document, not a calendar page."""
    dates: list[str] = []
    shape: list[str] = []
    month_slots = 0
    for i, seg in enumerate(segments):
        if month_slots and seg.isdigit() and len(seg) <= 2:
            month_slots -= 1
            dates.append(seg)
            shape.append("*")
            continue
        month_slots = 0
        year = _YEAR.match(seg)
        before = segments[i - 1].lower() if i else ""
        after = segments[i + 1] if i + 1 < len(segments) else ""
        month_after = after.isdigit() and len(after) <= 2 and 1 <= int(after) <= 12
        if (year and month_after) or _is_date(seg, before in _CALENDAR_WORDS):
            dates.append(seg)
            shape.append("*")
            month_slots = 2 if year else 0
        else:
            shape.append(seg)
    params: list[str] = []
    if query:
        for name, value in parse_qsl(query, keep_blank_values=True):
            v = value.strip()
            lower = name.lower()
            small = v.isdigit() and len(v) <= 2 and lower in _SMALL_DATE_PARAMS
            if v and (small or _is_date(v, lower in _DATE_PARAM_NAMES)):
                dates.append(f"{name}={v}")
                params.append(f"{name}=*")
            else:
                params.append(f"{name}={value}")
    if not dates:
        return "", ()
    return f"{host}/{'/'.join(shape)}?{'&'.join(sorted(params))}", tuple(dates)


def _years_in(text: str) -> list[int]:
    return [int(m.group(1)) for pattern in _DATE_PATTERNS for m in pattern.finditer(text)]
