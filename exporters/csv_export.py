"""The migration plan as CSV, for tools that do not read xlsx.

UTF-8 with a byte-order mark so Excel shows "ë" and "€" correctly; a semicolon separator on
request because Dutch Excel expects one (the comma is the decimal sign there).
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from audit_app.core.navigation import node_paths
from audit_app.core.progress import Progress
from audit_app.core.project import Project
from exporters.options import ExportOptions
from exporters.plan import count_plan_rows, iter_plan_rows, plan_headers, plan_values
from exporters.safe import safe_value
from exporters.xlsx_util import replace_when_done

PROGRESS_STEP = 1000


def _csv_value(value: object, semicolon: bool) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and semicolon:
        return f"{value:.1f}".replace(".", ",")
    return safe_value(value)


def export_csv(
    project: Project,
    path: str | Path,
    *,
    options: ExportOptions | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the plan rows to *path*; returns the number of rows."""
    opts = options or ExportOptions()
    target = Path(path)
    n = 0
    with project.read() as conn, replace_when_done(target) as tmp:
        paths = node_paths(conn)
        if progress is not None:
            progress.update(0, count_plan_rows(conn), "CSV schrijven", force=True)
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";" if opts.semicolon else ",")
            writer.writerow([safe_value(h) for h in plan_headers(opts.lang)])
            for row in iter_plan_rows(conn, paths):
                values = plan_values(row, opts.lang)
                writer.writerow([_csv_value(v, opts.semicolon) for v in values])
                n += 1
                if progress is not None and n % PROGRESS_STEP == 0:
                    progress.check()
                    progress.update(n)
        if progress is not None:
            progress.update(n, n, "Klaar", force=True)
    return n
