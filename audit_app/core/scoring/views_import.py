"""Page views from a web-statistics export (CSV), matched to the pages of the project.

Exports differ per tool and per person: Dutch or English headers, ; or , or tab, "1.234" or
"1,234", UTF-8 with or without BOM or Windows-1252 from Excel. We accept all of these. A file we
cannot read gives a Dutch message and changes nothing: all rows go in one transaction, and the
new figures replace the previous import.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import delete, insert, select

from audit_app.core import schema as s
from audit_app.core.db import ProjectError
from audit_app.core.project import Project, utcnow
from crawlers.urls import normalise as crawl_normalise

URL_HEADERS = (
    "url",
    "pagina",
    "adres",
    "page",
    "pagina-url",
    "paginaurl",
    "pagepath",
    "paginapad",
    "pad",
    "path",
    "landingspagina",
    "pagetitle-url",
)
VIEWS_HEADERS = (
    "views",
    "weergaven",
    "paginaweergaven",
    "bezoeken",
    "pageviews",
    "hits",
    "aantalweergaven",
    "bezoekers",
    "visits",
)
_NUMBER_GROUPED = re.compile(r"^\d{1,3}([.,]\d{3})+$")
_NUMBER_DECIMAL = re.compile(r"^\d+[.,]\d{1,2}$")
_HOST_DEFAULT_PORTS = {"http": "80", "https": "443"}


class ViewsImportError(ProjectError):
    """The CSV could not be read; nothing was imported."""


@dataclass
class ViewsImportResult:
    rows: int = 0
    matched_rows: int = 0
    pages: int = 0  # distinct pages that got views
    unmatched_rows: int = 0
    skipped_rows: int = 0  # no usable number
    unmatched_examples: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.rows} regels gelezen: {self.matched_rows} gekoppeld aan {self.pages} "
            f"pagina's, {self.unmatched_rows} niet gevonden, {self.skipped_rows} overgeslagen "
            "(geen getal)."
        )


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ViewsImportError(
            f"{name} kan niet worden gelezen: de tekenset is onbekend. Sla het bestand op als "
            "CSV (UTF-8) en probeer het opnieuw. Er is niets ingelezen.",
            code="views-encoding",
            name=name,
        ) from exc


def _delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return max(";,\t", key=first.count)


def _key(header: str) -> str:
    return re.sub(r"[\s_\"'()]+", "", header.strip().lower())


def _find_column(headers: list[str], names: tuple[str, ...]) -> int | None:
    keys = [_key(h) for h in headers]
    for name in names:
        if name in keys:
            return keys.index(name)
    for name in names:
        for i, k in enumerate(keys):
            if k.startswith(name) or k.endswith(name):
                return i
    return None


def parse_views(value: str) -> int | None:
    """'1.234' / '1,234' / '1 234' / '12' / '12,0' -> int; anything else -> None."""
    v = value.strip().replace("\u00a0", "").replace(" ", "")
    if v.isdigit():
        return int(v)
    if _NUMBER_GROUPED.match(v):
        return int(re.sub(r"[.,]", "", v))
    if _NUMBER_DECIMAL.match(v):
        return round(float(v.replace(",", ".")))
    return None


def normalise_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no trailing slash."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and str(parts.port) != _HOST_DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((scheme, host, path, parts.query, ""))


def _path_key(url: str) -> str:
    """'/PZ/verlof.html', 'pz/verlof.html/' and 'http://host/pz/verlof.html' share one key."""
    u = url.strip().split("#")[0]
    if "://" in u:
        parts = urlsplit(u)
        path, query = parts.path, parts.query
    else:
        path, _, query = u.partition("?")
    path = "/" + path.lstrip("/")
    path = path.rstrip("/") or "/"
    return (path + (f"?{query}" if query else "")).lower()


def _index(project: Project) -> tuple[dict[str, int], dict[str, int | None]]:
    """Full normalised URL -> page id, and path -> page id (None when two pages share it)."""
    by_url: dict[str, int] = {}
    by_path: dict[str, int | None] = {}
    with project.read() as conn:
        rows = list(conn.execute(select(s.pages.c.id, s.pages.c.url)))
        rows += list(conn.execute(select(s.aliases.c.page_id, s.aliases.c.url)))
    for pid, url in rows:
        by_url.setdefault(normalise_url(url), pid)
        key = _path_key(url)
        if key in by_path and by_path[key] != pid:
            by_path[key] = None
        else:
            by_path[key] = pid
    return by_url, by_path


def read_rows(path: Path) -> list[tuple[str, str]]:
    """(url, views text) per data row; raises ViewsImportError when the file is unusable."""
    name = path.name
    if not path.is_file():
        raise ViewsImportError(
            f"Het bestand {path} bestaat niet. Er is niets ingelezen.",
            code="views-missing",
            path=str(path),
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ViewsImportError(
            f"{name} kan niet worden geopend: {exc.strerror}.",
            code="views-unopenable",
            name=name,
            detail=exc.strerror or "",
        ) from exc
    if b"\x00" in data[:4096]:
        raise ViewsImportError(
            f"{name} is geen CSV-bestand (het lijkt een Excel- of ander binair bestand). "
            "Sla het op als CSV en probeer het opnieuw. Er is niets ingelezen.",
            code="views-binary",
            name=name,
        )
    content = _decode(data, name)
    lines = content.splitlines()
    if not lines:
        raise ViewsImportError(
            f"{name} is leeg. Er is niets ingelezen.", code="views-empty", name=name
        )
    try:
        reader = csv.reader(io.StringIO(content), delimiter=_delimiter(content[:8192]))
        table = [row for row in reader if any(cell.strip() for cell in row)]
    except csv.Error as exc:
        raise ViewsImportError(
            f"{name} kan niet als CSV worden gelezen ({exc}). Er is niets ingelezen.",
            code="views-bad-csv",
            name=name,
            detail=str(exc),
        ) from exc
    # Exports often start with a few lines of notes before the header row.
    for h, header in enumerate(table[:20]):
        url_col = _find_column(header, URL_HEADERS)
        views_col = _find_column(header, VIEWS_HEADERS)
        if url_col is not None and views_col is not None and url_col != views_col:
            return [
                (row[url_col], row[views_col])
                for row in table[h + 1 :]
                if len(row) > max(url_col, views_col)
            ]
    raise ViewsImportError(
        f"In {name} staat geen kolom met adressen (url, pagina, adres of page) en een kolom met "
        "aantallen (weergaven, paginaweergaven, bezoeken, views, pageviews of hits). "
        "Er is niets ingelezen.",
        code="views-no-columns",
        name=name,
    )


def import_views(project: Project, path: str | Path) -> ViewsImportResult:
    """Replace the project's page views with the figures in the CSV at *path*."""
    path = Path(path)
    rows = read_rows(path)
    by_url, by_path = _index(project)
    result = ViewsImportResult(rows=len(rows))
    totals: dict[int, int] = defaultdict(int)
    for url, raw in rows:
        views = parse_views(raw)
        if views is None or not url.strip():
            result.skipped_rows += 1
            continue
        pid = by_url.get(normalise_url(crawl_normalise(url) or url)) if "://" in url else None
        if pid is None:
            pid = by_path.get(_path_key(url))
        if pid is None:
            result.unmatched_rows += 1
            if len(result.unmatched_examples) < 10:
                result.unmatched_examples.append(url.strip())
            continue
        result.matched_rows += 1
        totals[pid] += views
    if rows and result.skipped_rows == len(rows):
        raise ViewsImportError(
            f"In {path.name} staat in geen enkele regel een bruikbaar aantal weergaven. "
            "Er is niets ingelezen.",
            code="views-no-numbers",
            name=path.name,
        )
    result.pages = len(totals)
    now = utcnow()
    with project.transaction() as conn:
        conn.execute(delete(s.page_views))
        if totals:
            conn.execute(
                insert(s.page_views),
                [
                    {"page_id": pid, "views": v, "source": path.name, "imported_at": now}
                    for pid, v in totals.items()
                ],
            )
    return result
