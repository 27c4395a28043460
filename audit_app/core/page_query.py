"""Filtering, sorting and searching the page table in SQL.

The page table in the app shows up to 100,000 rows, so the database does the work: one query
returns the ordered page ids for the current filter, and rows are read on demand in small
blocks. Kept free of Qt so the same filters serve tests, benchmarks and saved views.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from sqlalchemy import Connection, text

from audit_app.core.backends import Backend, backend_of
from audit_app.core.backends.sqlite import fts_query as fts_query

# Column keys in display order, with the SQL expression each sorts on.
COLUMNS: tuple[str, ...] = (
    "url",
    "title",
    "section",
    "age",
    "readability",
    "officialese",
    "words",
    "inlinks",
    "suggestion",
    "decision",
    "nav",
    "reviewer",
    "status",
)

_SORT_EXPR: dict[str, str] = {
    "url": "p.url",
    "title": "NOCASE(p.title)",
    "section": "NOCASE(p.section)",
    "age": "sc.age_days",
    "readability": "sc.readability",
    "officialese": "w.officialese",
    "words": "p.words",
    "inlinks": "p.inlinks",
    "suggestion": "sc.suggestion",
    "decision": "d.decision",
    "nav": "NOCASE(n.title)",
    "reviewer": "NOCASE(r.name)",
    "status": "d.review_status",
}
_NOCASE = re.compile(r"NOCASE\(([\w.]+)\)")


def sort_expression(backend: Backend, column: str) -> str:
    """The SQL the page table sorts *column* on (text without regard to case)."""
    expr = _SORT_EXPR.get(column, "p.url")
    return _NOCASE.sub(lambda m: backend.nocase(m.group(1)), expr)


# Pages still waiting in the crawl frontier or left out of scope are not audit material.
_VISIBLE_STATES = ("done", "failed", "gone", "trap")
# the table, its counts and filters are about pages and documents; assets are inventoried apart
_PAGES_ONLY = "p.kind IN ('page', 'document') AND "

NONE = "none"  # filter value for "not set" (no decision, no reviewer, no home)

_FROM = (
    "FROM pages p "
    "LEFT JOIN scores sc ON sc.page_id = p.id "
    "LEFT JOIN decisions d ON d.page_id = p.id "
    "LEFT JOIN reviewers r ON r.id = d.reviewer_id "
    "LEFT JOIN nav_nodes n ON n.id = d.nav_node_id "
    "LEFT JOIN word_scores w ON w.page_id = p.id "
)


@dataclass
class PageFilter:
    """What the user narrowed the table to; empty lists mean "no restriction".

    Stored as JSON in saved views, so unknown keys from newer versions are ignored on load.
    """

    decisions: list[str] = field(default_factory=list)  # keep | rewrite | delete | none
    suggestions: list[str] = field(default_factory=list)
    age_bands: list[str] = field(default_factory=list)
    readability_bands: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)  # a section includes its subsections
    reviewers: list[int | str] = field(default_factory=list)  # reviewer ids or NONE
    nav_nodes: list[int | str] = field(default_factory=list)  # node ids or NONE
    kinds: list[str] = field(default_factory=list)
    review_statuses: list[str] = field(default_factory=list)
    duplicates: bool | None = None
    broken_links: bool | None = None
    has_note: bool | None = None
    # "ambtelijke taal": at least this many officialese/jargon words and more than
    # officialese_density per 100 words (word_store.officialese_limits)
    officialese_min: int | None = None
    officialese_density: float = 0.0
    # new, changed or moved since the previous crawl (core.recrawl), decided or not
    changed_since_crawl: bool = False
    search: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str | dict[str, Any]) -> PageFilter:
        data = json.loads(raw) if isinstance(raw, str) else raw
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def is_empty(self) -> bool:
        return self == PageFilter()


class _Params:
    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def add(self, value: Any) -> str:
        name = f"p{len(self.values)}"
        self.values[name] = value
        return f":{name}"

    def many(self, values: Iterable[Any]) -> str:
        return ", ".join(self.add(v) for v in values)


def _in_or_null(column: str, values: Sequence[Any], params: _Params) -> str:
    real = [v for v in values if v != NONE]
    parts = []
    if real:
        parts.append(f"{column} IN ({params.many(real)})")
    if len(real) != len(values):
        parts.append(f"{column} IS NULL")
    return "(" + " OR ".join(parts) + ")"


def where_clause(
    flt: PageFilter, params: _Params, backend: Backend, changed: Sequence[int] = ()
) -> str:
    """*changed*: the pages new, changed or moved since the previous crawl (``changed_ids``),
    used when the filter asks for them."""
    conds = ["p.kind IN ('page', 'document')", f"p.state IN ({params.many(_VISIBLE_STATES)})"]
    if flt.changed_since_crawl:
        conds.append(f"p.id IN ({params.many(changed)})" if changed else "1 = 0")
    if flt.decisions:
        conds.append(_in_or_null("d.decision", flt.decisions, params))
    if flt.suggestions:
        conds.append(_in_or_null("sc.suggestion", flt.suggestions, params))
    if flt.age_bands:
        conds.append(_in_or_null("sc.age_band", flt.age_bands, params))
    if flt.readability_bands:
        conds.append(_in_or_null("sc.readability_band", flt.readability_bands, params))
    if flt.reviewers:
        conds.append(_in_or_null("d.reviewer_id", flt.reviewers, params))
    if flt.nav_nodes:
        conds.append(_in_or_null("d.nav_node_id", flt.nav_nodes, params))
    if flt.kinds:
        conds.append(f"p.kind IN ({params.many(flt.kinds)})")
    if flt.review_statuses:
        statuses = list(flt.review_statuses)
        cond = f"d.review_status IN ({params.many(statuses)})"
        if "todo" in statuses:
            cond = f"({cond} OR d.review_status IS NULL)"
        conds.append(cond)
    if flt.sections:
        parts = []
        for sec in flt.sections:
            parts.append(f"p.section = {params.add(sec)}")
            parts.append(f"p.section LIKE {params.add(_like_prefix(sec + ' > '))} ESCAPE '\\'")
        conds.append("(" + " OR ".join(parts) + ")")
    if flt.duplicates is not None:
        conds.append(
            "sc.duplicate_cluster IS NOT NULL" if flt.duplicates else "sc.duplicate_cluster IS NULL"
        )
    if flt.broken_links is not None:
        conds.append(
            "COALESCE(sc.broken_outlinks, 0) > 0"
            if flt.broken_links
            else "COALESCE(sc.broken_outlinks, 0) = 0"
        )
    if flt.has_note is not None:
        conds.append(
            "COALESCE(TRIM(d.note), '') <> ''"
            if flt.has_note
            else "COALESCE(TRIM(d.note), '') = ''"
        )
    if flt.officialese_min is not None:
        conds.append(f"COALESCE(w.officialese, 0) >= {params.add(int(flt.officialese_min))}")
        density = params.add(float(flt.officialese_density))
        conds.append(f"COALESCE(w.officialese_per_100, 0) > {density}")
    search = backend.search_condition(flt.search, params.add)
    if search is not None:
        conds.append(search)
    return "WHERE " + " AND ".join(conds)


def _like_prefix(prefix: str) -> str:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


_JOINS = (
    ("sc", "LEFT JOIN scores sc ON sc.page_id = p.id "),
    ("d", "LEFT JOIN decisions d ON d.page_id = p.id "),
    ("r", "LEFT JOIN reviewers r ON r.id = d.reviewer_id "),
    ("n", "LEFT JOIN nav_nodes n ON n.id = d.nav_node_id "),
    ("w", "LEFT JOIN word_scores w ON w.page_id = p.id "),
)


def _from_for(sql: str) -> str:
    """Only the joins *sql* refers to: on 100,000 pages every unneeded join costs ~50 ms."""
    used = {alias for alias, _ in _JOINS if re.search(rf"\b{alias}\.", sql)}
    if used & {"r", "n"}:
        used.add("d")
    return "FROM pages p " + "".join(join for alias, join in _JOINS if alias in used)


def changed_ids(conn: Connection, flt: PageFilter) -> list[int]:
    """The pages the re-crawl report lists (new, changed, gone or moved since the previous
    crawl), when *flt* asks for them; else nothing to look up."""
    if not flt.changed_since_crawl:
        return []
    from audit_app.core.recrawl import since_previous_crawl

    return [r.page_id for r in since_previous_crawl(conn)[1]]


def page_ids(
    conn: Connection, flt: PageFilter, sort_column: str = "url", descending: bool = False
) -> list[int]:
    """Ids of the pages that pass *flt*, in display order (page id breaks ties, so stable)."""
    params = _Params()
    backend = backend_of(conn)
    where = where_clause(flt, params, backend, changed_ids(conn, flt))
    order = sort_expression(backend, sort_column)
    direction = "DESC" if descending else "ASC"
    # NULLs sort first ascending on both backends (SQLite's rule; PostgreSQL is told so).
    nulls = backend.nulls_first_asc if not descending else backend.nulls_last_desc
    tail = f"{where} ORDER BY {order} {direction}{nulls}, p.id {direction}"
    sql = f"SELECT p.id {_from_for(tail)}{tail}"
    return [row[0] for row in backend.raw_rows(conn, sql, params.values)]


def count_decided(conn: Connection, flt: PageFilter) -> tuple[int, int]:
    """(decided, total) for the pages that pass *flt*: the workshop's "132 van 480 beslist"."""
    params = _Params()
    where = where_clause(flt, params, backend_of(conn), changed_ids(conn, flt))
    sql = f"SELECT COUNT(d.decision), COUNT(*) {_FROM}{where}"
    decided, total = conn.execute(text(sql), params.values).one()
    return int(decided), int(total)


def count_decided_ids(conn: Connection, ids: Sequence[int]) -> int:
    """How many of *ids* have a decision (the view as it was loaded, even after deciding)."""
    total = 0
    for start in range(0, len(ids), 900):
        params = _Params()
        sql = (
            "SELECT COUNT(*) FROM decisions WHERE decision IS NOT NULL "
            f"AND page_id IN ({params.many(ids[start : start + 900])})"
        )
        total += int(conn.execute(text(sql), params.values).scalar_one())
    return total


ROW_FIELDS = (
    "id",
    "url",
    "title",
    "kind",
    "state",
    "status",
    "section",
    "last_modified",
    "age_days",
    "age_band",
    "readability",
    "readability_band",
    "words",
    "inlinks",
    "suggestion",
    "decision",
    "nav_node_id",
    "nav_title",
    "reviewer",
    "review_status",
    "note",
    "duplicate_cluster",
    "broken_outlinks",
    "officialese",
    "officialese_hits",
    "b1_indication",
    "word_status",
    "suggestion_reasons",
    "family_kind",  # a calendar family folded into this row (crawl_finalise)
    "family_variants",
    "family_skipped",
)


def fetch_rows(conn: Connection, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """The table cells of *ids*, keyed by page id (at most a few hundred at a time)."""
    if not ids:
        return {}
    params = _Params()
    sql = (
        "SELECT p.id, p.url, p.title, p.kind, p.state, p.status, p.section, p.last_modified, "
        "sc.age_days, sc.age_band, sc.readability, sc.readability_band, p.words, p.inlinks, "
        "sc.suggestion, d.decision, d.nav_node_id, n.title, r.name, d.review_status, d.note, "
        "sc.duplicate_cluster, sc.broken_outlinks, w.officialese, w.officialese_hits, "
        "w.b1_indication, w.status, sc.suggestion_reasons, p.family_kind, p.family_variants, "
        "p.family_skipped "
        f"{_FROM}WHERE p.id IN ({params.many(ids)})"
    )
    rows = backend_of(conn).raw_rows(conn, sql, params.values)
    return {row[0]: dict(zip(ROW_FIELDS, row, strict=True)) for row in rows}


def distinct_values(conn: Connection, column: str) -> list[tuple[str | None, int]]:
    """Values present in a filterable column with their counts, for the filter lists."""
    exprs = {
        "suggestion": "sc.suggestion",
        "age_band": "sc.age_band",
        "readability_band": "sc.readability_band",
        "kind": "p.kind",
        "decision": "d.decision",
        "section": "p.section",
    }
    expr = exprs[column]
    params = _Params()
    sql = (
        f"SELECT {expr}, COUNT(*) {_FROM}WHERE {_PAGES_ONLY}"
        f"p.state IN ({params.many(_VISIBLE_STATES)}) "
        f"GROUP BY {expr} ORDER BY {expr}"
    )
    return [(row[0], int(row[1])) for row in conn.execute(text(sql), params.values)]


def facet_counts(conn: Connection) -> dict[str, list[tuple[str | None, int]]]:
    """Counts per suggestion, age band, readability band and kind in one pass over the pages,
    for the filter lists (five GROUP BYs would scan a big project five times)."""
    params = _Params()
    sql = (
        "SELECT sc.suggestion, sc.age_band, sc.readability_band, p.kind, COUNT(*) "
        "FROM pages p LEFT JOIN scores sc ON sc.page_id = p.id "
        f"WHERE {_PAGES_ONLY}p.state IN ({params.many(_VISIBLE_STATES)}) "
        "GROUP BY sc.suggestion, sc.age_band, sc.readability_band, p.kind"
    )
    keys = ("suggestion", "age_band", "readability_band", "kind")
    totals: dict[str, dict[str | None, int]] = {k: {} for k in keys}
    for *values, count in conn.execute(text(sql), params.values):
        for key, value in zip(keys, values, strict=True):
            totals[key][value] = totals[key].get(value, 0) + int(count)
    return {
        key: sorted(counts.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))
        for key, counts in totals.items()
    }


def section_tree(conn: Connection) -> dict[str, Any]:
    """The old site's sections as a nested dict {name: (path, count, children)}.

    Counts include subsections, so "Personeelszaken" shows every page below it.
    """
    root: dict[str, Any] = {}
    for section, count in distinct_values(conn, "section"):
        if not section:
            continue
        parts = [part.strip() for part in section.split(">") if part.strip()]
        node = root
        path: list[str] = []
        for part in parts:
            path.append(part)
            entry = node.setdefault(part, {"path": " > ".join(path), "count": 0, "children": {}})
            entry["count"] += count
            node = entry["children"]
    return root


# ---- small reads for the window ------------------------------------------------------------


def visible_count(conn: Connection) -> int:
    """Pages in the project that the table can show: the table's own definition (pages and
    documents in a listed state; no assets, nothing still waiting in the frontier)."""
    params = _Params()
    where = where_clause(PageFilter(), params, backend_of(conn))
    return int(
        conn.execute(text(f"SELECT COUNT(*) {_from_for(where)}{where}"), params.values).scalar_one()
    )


def note_of(conn: Connection, page_id: int) -> str | None:
    return conn.execute(
        text("SELECT note FROM decisions WHERE page_id = :i"), {"i": page_id}
    ).scalar()


def new_url_of(conn: Connection, page_id: int) -> str | None:
    """The page's own address on the new intranet, when someone set one."""
    return conn.execute(
        text("SELECT new_url FROM decisions WHERE page_id = :i"), {"i": page_id}
    ).scalar()


def suggestions_for(conn: Connection, ids: Sequence[int]) -> list[tuple[int, str]]:
    """(page id, suggestion) of the pages among *ids* that have one."""
    out: list[tuple[int, str]] = []
    for start in range(0, len(ids), 900):
        params = _Params()
        sql = (
            "SELECT page_id, suggestion FROM scores WHERE suggestion IS NOT NULL "
            f"AND page_id IN ({params.many(int(i) for i in ids[start : start + 900])})"
        )
        out += [(int(r[0]), str(r[1])) for r in conn.execute(text(sql), params.values)]
    return out


def reviewer_options(conn: Connection) -> list[tuple[int, str]]:
    """(id, name) of every reviewer, by name regardless of case, for the filter list."""
    order = backend_of(conn).nocase("name")
    rows = conn.execute(text(f"SELECT id, name FROM reviewers ORDER BY {order}"))
    return [(int(r[0]), str(r[1])) for r in rows]


def last_crawl(conn: Connection) -> tuple[dict[str, Any], str] | None:
    """The configuration and status of the most recent crawl run (to resume it), or None."""
    row = conn.execute(
        text("SELECT config, status FROM crawl_runs ORDER BY id DESC LIMIT 1")
    ).first()
    return None if row is None else (dict(json.loads(row[0])), str(row[1]))


# ---- saved views ----------------------------------------------------------------------------


def list_views(conn: Connection) -> list[tuple[str, PageFilter]]:
    order = backend_of(conn).nocase("name")
    rows = conn.execute(text(f"SELECT name, filter FROM saved_views ORDER BY {order}"))
    return [(row[0], PageFilter.from_json(row[1])) for row in rows]


def save_view(conn: Connection, name: str, flt: PageFilter) -> None:
    """Store (or overwrite) a named view; the name is what people see in the menu."""
    name = name.strip()
    if not name:
        raise ValueError("Een weergave heeft een naam nodig.")
    conn.execute(
        text(
            "INSERT INTO saved_views (name, filter) VALUES (:name, :filter) "
            "ON CONFLICT(name) DO UPDATE SET filter = excluded.filter"
        ),
        {"name": name, "filter": flt.to_json()},
    )


def delete_view(conn: Connection, name: str) -> None:
    conn.execute(text("DELETE FROM saved_views WHERE name = :name"), {"name": name})
