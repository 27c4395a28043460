"""The inventory: every stored URL with what the crawl and the scorer saw, as rows.

Rows stream from one SQL query (LEFT JOIN scores), so 100,000 pages never sit in memory.
The field list is the documented contract (docs/crawl-and-inventory.md). The CSV form lives in
:mod:`exporters.inventory_csv`, with every other spreadsheet writer.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from audit_app.core.project import Project

PAGE_FIELDS = (
    "url",
    "final_url",
    "status",
    "content_type",
    "title",
    "h1",
    "words",
    "language",
    "last_modified",
    "last_modified_source",
    "inlinks",
    "depth",
    "kind",
    "error",
    "state",
    "section",
    "size_bytes",
)
SCORE_FIELDS = ("age_band", "readability", "readability_band", "suggestion", "suggestion_reasons")
# what the page table and the detail panel also show (issue 10: the scripting interface)
EXTRA_FIELDS = (
    "owner",
    "images_missing_alt",
    "redirect_chain",
    "alias_count",
    "date_confidence",
    "last_modified_reason",
    "signals",
    "duplicate_of",
    "duplicate_kind",
    "duplicate_similarity",
    "duplicate_basis",
    "decision",
    "nav_home",
    "reviewer",
    "review_status",
)
FIELDS = PAGE_FIELDS + SCORE_FIELDS + EXTRA_FIELDS  # the CSV columns
JSONL_FIELDS = (*FIELDS, "date_evidence")  # every piece of date evidence, as a list
_LISTS = ("suggestion_reasons", "signals", "redirect_chain", "date_evidence")

_QUERY = (
    "SELECT "
    + ", ".join(f"p.{f}" for f in PAGE_FIELDS)
    + ", "
    + ", ".join(f"s.{f}" for f in SCORE_FIELDS)
    + ", p.owner, p.images_missing_alt, p.redirect_chain,"
    " (SELECT COUNT(*) FROM aliases a WHERE a.page_id = p.id),"
    " s.date_confidence, p.last_modified_reason, s.signals, dup.url, s.duplicate_kind,"
    " s.duplicate_similarity, s.duplicate_basis, d.decision, d.nav_node_id, r.name,"
    " d.review_status, c.date_evidence"
    " FROM pages p LEFT JOIN scores s ON s.page_id = p.id"
    " LEFT JOIN pages dup ON dup.id = s.duplicate_of"
    " LEFT JOIN decisions d ON d.page_id = p.id"
    " LEFT JOIN reviewers r ON r.id = d.reviewer_id"
    " LEFT JOIN page_content c ON c.page_id = p.id"
    " ORDER BY p.id"
)


def _nav_paths(conn: Any) -> dict[int, str]:
    """Navigation node id -> "Werk > Verlof" (its place in the new navigation)."""
    nodes = {
        int(r[0]): (r[1], r[2])
        for r in conn.exec_driver_sql("SELECT id, parent_id, title FROM nav_nodes")
    }
    paths: dict[int, str] = {}
    for nid in nodes:
        parts, seen, cur = [], set(), nid
        while cur in nodes and cur not in seen:
            seen.add(cur)
            parent, title = nodes[cur]
            parts.append(title)
            cur = parent
        paths[nid] = " > ".join(reversed(parts))
    return paths


def _as_list(raw: Any) -> list[Any]:
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return [raw]
    return value if isinstance(value, list) else [value]


def iter_inventory(project: Project) -> Iterator[dict[str, Any]]:
    """One dict per stored URL, in discovery order; reasons, signals, the redirect chain and
    the date evidence as lists; nav_home as the path in the new navigation."""
    with project.read() as conn:
        nav = _nav_paths(conn)
        result = conn.exec_driver_sql(_QUERY)
        for row in result:
            item = dict(zip(JSONL_FIELDS, row, strict=True))
            for key in _LISTS:
                item[key] = _as_list(item[key])
            home = item["nav_home"]
            item["nav_home"] = nav.get(int(home)) if home is not None else None
            yield item


def _write_lines(items: Iterator[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
        n += 1
    return n


ASSET_FIELDS = ("url", "kind", "content_type", "size_bytes", "status", "used_on", "missing_alt")

_ASSET_USES = (
    "SELECT l.to_url, f.url, l.anchor_text FROM links l JOIN pages f ON f.id = l.from_page_id"
    " WHERE l.tag = 'img' AND f.state != 'gone' ORDER BY l.to_url, f.id"
)
_ASSET_ROWS = (
    "SELECT url, kind, content_type, size_bytes, status FROM pages"
    " WHERE kind NOT IN ('page', 'document') ORDER BY id"
)


def iter_assets(project: Project) -> Iterator[dict[str, Any]]:
    """Images and other assets: not pages, so apart from the page inventory, counts and scores.

    One row per asset URL: what a fetch saw (only when a link, not just an ``<img>``, pointed
    to it: images are never fetched for their own sake), and every page that shows it with the
    alt text of that use (``None``: the image has no alt at all)."""
    with project.read() as conn:
        fetched = {r[0]: r for r in conn.exec_driver_sql(_ASSET_ROWS)}
        uses: dict[str, list[dict[str, Any]]] = {}
        for url, page, alt in conn.exec_driver_sql(_ASSET_USES):
            uses.setdefault(url, []).append({"page": page, "alt": alt})
    for url in list(fetched) + sorted(u for u in uses if u not in fetched):
        row = fetched.get(url)
        used = uses.get(url, [])
        yield {
            "url": url,
            "kind": row[1] if row else "asset",
            "content_type": row[2] if row else None,
            "size_bytes": row[3] if row else None,
            "status": row[4] if row else None,
            "used_on": used,
            "missing_alt": sum(1 for u in used if u["alt"] is None),
        }


def write_assets_jsonl(project: Project, out: TextIO) -> int:
    return _write_lines(iter_assets(project), out)
