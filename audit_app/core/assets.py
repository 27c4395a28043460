"""Images and other files the pages show or link to, for the app's "Files" view and the
workbook's "Files" sheet.

Assets are not pages: they are left out of the page table, counts, scores and the workshop
(see :mod:`audit_app.core.inventory` for the CLI's form). An asset is identified by its URL: a
row in ``pages`` of a kind other than page or document (a link pointed to it, so it was
fetched), or only the target of ``<img>`` tags (never fetched: size unknown). Large sites show
thousands of images on tens of thousands of pages, so the view works like the page table: one
query gives the ordered URLs for a filter and sort, cells are read in blocks on demand.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Connection

from audit_app.core.backends import backend_of

COLUMNS: tuple[str, ...] = ("url", "type", "size", "pages", "missing_alt")
BLOCK = 500  # URLs per IN list


@dataclass(frozen=True)
class AssetFilter:
    missing_alt: bool = False  # only files shown at least once without alt text
    search: str = ""  # part of the address, regardless of case


@dataclass(frozen=True)
class AssetRow:
    url: str
    content_type: str | None  # as the server said, when fetched
    size_bytes: int | None  # None: never fetched (only shown with <img>)
    status: int | None
    pages: int  # distinct pages that show it
    uses: int  # <img> tags, a page may show it more than once
    missing_alt: int  # uses without an alt attribute

    @property
    def fetched(self) -> bool:
        return self.status is not None

    @property
    def file_type(self) -> str:
        """A short type people know ("JPG", "GIF", "PDF"): from the server's content type when
        fetched, else from the address's extension; "" when neither tells."""
        return file_type(self.url, self.content_type)


@dataclass(frozen=True)
class AssetUse:
    page_id: int
    page_url: str
    title: str | None
    alt: str | None  # None: no alt attribute at all; "": alt="" (decorative, on purpose)


_SHORT_TYPES = {"jpeg": "JPG", "svg+xml": "SVG", "x-icon": "ICO", "vnd.microsoft.icon": "ICO"}


def file_type(url: str, content_type: str | None) -> str:
    mime = (content_type or "").split(";")[0].strip().lower()
    if not mime or mime == "application/octet-stream":
        mime = mimetypes.guess_type(urlsplit(url).path)[0] or ""
    if mime:
        sub = mime.split("/")[-1]
        return _SHORT_TYPES.get(sub, sub.removeprefix("x-").upper())
    ext = urlsplit(url).path.rsplit("/", 1)[-1].rpartition(".")[2]
    return ext.upper() if 0 < len(ext) <= 5 and ext.isalnum() else ""


# <img> uses per URL, from pages still on the site (a page gone since a re-crawl shows nothing)
_USES = (
    "SELECT l.to_url AS url, COUNT(DISTINCT l.from_page_id) AS pages, COUNT(*) AS uses, "
    "SUM(CASE WHEN l.anchor_text IS NULL THEN 1 ELSE 0 END) AS missing "
    "FROM links l JOIN pages f ON f.id = l.from_page_id "
    "WHERE l.tag = 'img' AND f.state <> 'gone'{uses_where} GROUP BY l.to_url"
)
_FETCHED = (
    "SELECT url, content_type, size_bytes, status FROM pages "
    "WHERE kind NOT IN ('page', 'document'){fetched_where}"
)
_SELECT = (
    "WITH u AS ({uses}), f AS ({fetched}), a AS (SELECT url FROM f UNION SELECT url FROM u) "
    "SELECT {columns} FROM a LEFT JOIN f ON f.url = a.url LEFT JOIN u ON u.url = a.url"
)
_ROW = (
    "a.url, f.content_type, f.size_bytes, f.status, COALESCE(u.pages, 0), COALESCE(u.uses, 0), "
    "COALESCE(u.missing, 0)"
)
_SORT = {
    "url": "a.url",
    "type": "COALESCE(f.content_type, '')",
    "size": "f.size_bytes",
    "pages": "COALESCE(u.pages, 0)",
    "missing_alt": "COALESCE(u.missing, 0)",
}


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _query(columns: str, params: dict[str, Any], urls: Sequence[str] | None = None) -> str:
    uses_where = fetched_where = ""
    if urls is not None:
        names = []
        for i, url in enumerate(urls):
            params[f"u{i}"] = url
            names.append(f":u{i}")
        listed = ", ".join(names) or "NULL"
        uses_where, fetched_where = f" AND l.to_url IN ({listed})", f" AND url IN ({listed})"
    return _SELECT.format(
        uses=_USES.format(uses_where=uses_where),
        fetched=_FETCHED.format(fetched_where=fetched_where),
        columns=columns,
    )


def asset_urls(
    conn: Connection, flt: AssetFilter, sort: str = "url", descending: bool = False
) -> list[str]:
    """The URLs of the assets that pass *flt*, in display order (the URL breaks ties)."""
    params: dict[str, Any] = {}
    conds = []
    if flt.missing_alt:
        conds.append("COALESCE(u.missing, 0) > 0")
    if flt.search.strip():
        params["search"] = _like(flt.search.strip())
        conds.append("LOWER(a.url) LIKE :search ESCAPE '\\'")
    backend = backend_of(conn)
    direction = "DESC" if descending else "ASC"
    nulls = backend.nulls_last_desc if descending else backend.nulls_first_asc
    sql = _query("a.url", params)
    if conds:
        sql += " WHERE " + " AND ".join(conds)
    sql += f" ORDER BY {_SORT.get(sort, 'a.url')} {direction}{nulls}, a.url {direction}"
    return [str(r[0]) for r in backend.raw_rows(conn, sql, params)]


def fetch_assets(conn: Connection, urls: Sequence[str]) -> dict[str, AssetRow]:
    """The cells of *urls* (a block the view shows), keyed by URL."""
    out: dict[str, AssetRow] = {}
    backend = backend_of(conn)
    for start in range(0, len(urls), BLOCK):
        params: dict[str, Any] = {}
        sql = _query(_ROW, params, urls[start : start + BLOCK])
        for row in backend.raw_rows(conn, sql, params):
            out[str(row[0])] = _row(row)
    return out


def _row(row: Sequence[Any]) -> AssetRow:
    return AssetRow(
        url=str(row[0]),
        content_type=row[1],
        size_bytes=None if row[2] is None else int(row[2]),
        status=None if row[3] is None else int(row[3]),
        pages=int(row[4]),
        uses=int(row[5]),
        missing_alt=int(row[6]),
    )


def iter_assets(conn: Connection) -> Iterator[AssetRow]:
    """Every asset by address, in blocks (the workbook's sheet: memory of one block)."""
    urls = asset_urls(conn, AssetFilter())
    for start in range(0, len(urls), BLOCK):
        block = urls[start : start + BLOCK]
        rows = fetch_assets(conn, block)
        yield from (rows[u] for u in block if u in rows)


def asset_totals(conn: Connection) -> tuple[int, int]:
    """(assets, assets shown at least once without alt text)."""
    params: dict[str, Any] = {}
    sql = _query("COUNT(*), SUM(CASE WHEN COALESCE(u.missing, 0) > 0 THEN 1 ELSE 0 END)", params)
    total, missing = backend_of(conn).raw_rows(conn, sql, params)[0]
    return int(total or 0), int(missing or 0)


def asset_uses(conn: Connection, url: str, limit: int = 1000) -> tuple[list[AssetUse], int]:
    """The pages that show *url* (uses without alt text first, then by address), at most
    *limit* of them, and how many uses there are in all (a logo is on every page)."""
    backend = backend_of(conn)
    base = (
        "FROM links l JOIN pages f ON f.id = l.from_page_id "
        "WHERE l.tag = 'img' AND f.state <> 'gone' AND l.to_url = :url"
    )
    total = backend.raw_rows(conn, f"SELECT COUNT(*) {base}", {"url": url})[0][0]
    rows = backend.raw_rows(
        conn,
        f"SELECT f.id, f.url, f.title, l.anchor_text {base} "
        "ORDER BY CASE WHEN l.anchor_text IS NULL THEN 0 ELSE 1 END, f.url, l.id LIMIT :n",
        {"url": url, "n": int(limit)},
    )
    uses = [AssetUse(int(r[0]), str(r[1]), r[2], r[3]) for r in rows]
    return uses, int(total)


def pages_missing_alt(
    conn: Connection, urls: Sequence[str], limit: int
) -> dict[str, tuple[list[str], int]]:
    """Per asset URL among *urls*: the addresses of up to *limit* pages that show it without
    alt text, and how many such pages there are."""
    out: dict[str, tuple[list[str], int]] = {}
    backend = backend_of(conn)
    for start in range(0, len(urls), BLOCK):
        params: dict[str, Any] = {}
        names = []
        for i, url in enumerate(urls[start : start + BLOCK]):
            params[f"u{i}"] = url
            names.append(f":u{i}")
        sql = (
            "SELECT DISTINCT l.to_url, f.url FROM links l JOIN pages f ON f.id = l.from_page_id "
            "WHERE l.tag = 'img' AND f.state <> 'gone' AND l.anchor_text IS NULL "
            f"AND l.to_url IN ({', '.join(names) or 'NULL'}) ORDER BY l.to_url, f.url"
        )
        for asset, page in backend.raw_rows(conn, sql, params):
            shown, count = out.get(asset, ([], 0))
            if len(shown) < limit:
                shown.append(str(page))
            out[asset] = (shown, count + 1)
    return out
