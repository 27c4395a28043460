"""The migration plan as CSV, for tools that do not read xlsx.

UTF-8 with a byte-order mark so Excel shows "ë" and "€" correctly; a semicolon separator on
request because Dutch Excel expects one (the comma is the decimal sign there). Quoting and
formula neutralising: :mod:`exporters.csv_writer`.
"""

from __future__ import annotations

from pathlib import Path

from audit_app.core.navigation import node_paths
from audit_app.core.progress import Progress
from audit_app.core.project import Project
from exporters.csv_writer import SafeCsvWriter
from exporters.options import ExportOptions
from exporters.plan import count_plan_rows, iter_plan_rows, plan_headers, plan_values
from exporters.xlsx_util import replace_when_done

PROGRESS_STEP = 1000


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
            progress.update(
                0, count_plan_rows(conn), "CSV schrijven", force=True, code="export-csv"
            )
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = SafeCsvWriter(fh, semicolon=opts.semicolon)
            writer.writerow(plan_headers(opts.lang))
            for row in iter_plan_rows(conn, paths):
                writer.writerow(plan_values(row, opts.lang))
                n += 1
                if progress is not None and n % PROGRESS_STEP == 0:
                    progress.check()
                    progress.update(n)
        if progress is not None:
            progress.update(n, n, "Klaar", force=True, code="done")
    return n
