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
FIELDS = PAGE_FIELDS + SCORE_FIELDS

_QUERY = (
    "SELECT "
    + ", ".join(f"p.{f}" for f in PAGE_FIELDS)
    + ", "
    + ", ".join(f"s.{f}" for f in SCORE_FIELDS)
    + " FROM pages p LEFT JOIN scores s ON s.page_id = p.id ORDER BY p.id"
)


def iter_inventory(project: Project) -> Iterator[dict[str, Any]]:
    """One dict per stored URL, in discovery order; suggestion_reasons as a list."""
    with project.read() as conn:
        result = conn.exec_driver_sql(_QUERY)
        for row in result:
            item = dict(zip(FIELDS, row, strict=True))
            reasons = item["suggestion_reasons"]
            if reasons:
                try:
                    item["suggestion_reasons"] = json.loads(reasons)
                except ValueError:
                    item["suggestion_reasons"] = [reasons]
            else:
                item["suggestion_reasons"] = []
            yield item


def write_jsonl(project: Project, out: TextIO) -> int:
    n = 0
    for item in iter_inventory(project):
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
    n = 0
    for item in iter_assets(project):
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
        n += 1
    return n
