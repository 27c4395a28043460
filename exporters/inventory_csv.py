"""The inventory as CSV for Excel, through the same safe writer as the plan CSV.

Titles, errors and sections come straight from the old intranet's pages, so they are exactly
the text a formula injection would hide in.
"""

from __future__ import annotations

from typing import TextIO

from audit_app.core.inventory import ASSET_FIELDS, FIELDS, iter_assets, iter_inventory
from audit_app.core.project import Project
from exporters.csv_writer import SafeCsvWriter


def write_inventory_csv(project: Project, out: TextIO, *, semicolon: bool = False) -> int:
    """Write the inventory; the caller opens *out* with encoding "utf-8-sig" (the BOM makes
    Excel read UTF-8) and newline="". Reasons are joined with "; "."""
    writer = SafeCsvWriter(out, semicolon=semicolon)
    writer.writerow(FIELDS)
    n = 0
    for item in iter_inventory(project):
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
