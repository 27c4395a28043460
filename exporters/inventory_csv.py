"""The inventory as CSV for Excel, through the same safe writer as the plan CSV, and as JSON
lines with the suggestion reasons both as codes and in words.

Titles, errors and sections come straight from the old intranet's pages, so they are exactly
the text a formula injection would hide in.
"""

from __future__ import annotations

import json
from typing import TextIO

from audit_app.core import inventory
from audit_app.core.inventory import ASSET_FIELDS, FIELDS, iter_assets, iter_inventory
from audit_app.core.project import Project
from exporters.crawl_words import date_reason_text, fetch_error_text, load_coded
from exporters.csv_writer import SafeCsvWriter
from exporters.labels import Lang
from exporters.reason_words import reason_text

# the JSON lines' keys: every stored field, then the coded ones in words
JSONL_FIELDS = (
    *inventory.JSONL_FIELDS,
    "suggestion_reasons_text",
    "error_text",
    "last_modified_reason_text",
)


def write_inventory_jsonl(project: Project, out: TextIO, *, lang: Lang = "nl") -> int:
    """One JSON object per line: ``suggestion_reasons``, ``error`` and
    ``last_modified_reason`` as codes with their facts (for scripts; a project crawled before
    holds sentences there), the ``..._text`` keys the same in words."""
    n = 0
    for item in iter_inventory(project):
        item["suggestion_reasons_text"] = [reason_text(lang, r) for r in item["suggestion_reasons"]]
        item["error_text"] = fetch_error_text(lang, item["error"])
        item["last_modified_reason_text"] = date_reason_text(lang, item["last_modified_reason"])
        item["error"] = load_coded(item["error"])
        item["last_modified_reason"] = load_coded(item["last_modified_reason"])
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_inventory_csv(
    project: Project, out: TextIO, *, semicolon: bool = False, lang: Lang = "nl"
) -> int:
    """Write the inventory; the caller opens *out* with encoding "utf-8-sig" (the BOM makes
    Excel read UTF-8) and newline="". Reasons are in words, lists joined with "; "."""
    writer = SafeCsvWriter(out, semicolon=semicolon)
    writer.writerow(FIELDS)
    n = 0
    for item in iter_inventory(project):
        item["suggestion_reasons"] = [reason_text(lang, r) for r in item["suggestion_reasons"]]
        item["error"] = fetch_error_text(lang, item["error"])
        item["last_modified_reason"] = date_reason_text(lang, item["last_modified_reason"])
        for key in ("suggestion_reasons", "signals", "redirect_chain"):
            item[key] = "; ".join(str(r) for r in item[key])
        writer.writerow([item[f] for f in FIELDS])
        n += 1
    return n


def write_assets_csv(project: Project, out: TextIO, *, semicolon: bool = False) -> int:
    """Images and other assets, one row each; used_on as "page [alt]" joined by "; ", where
    [geen alt] marks a use without any alt text."""
    writer = SafeCsvWriter(out, semicolon=semicolon)
    writer.writerow(ASSET_FIELDS)
    n = 0
    for item in iter_assets(project):
        item["used_on"] = "; ".join(
            f"{u['page']} [{u['alt'] if u['alt'] is not None else 'geen alt'}]"
            for u in item["used_on"]
        )
        writer.writerow([item[f] for f in ASSET_FIELDS])
        n += 1
    return n
