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
