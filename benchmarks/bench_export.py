"""Export and review-pack import at scale: time and peak memory.

    python3 benchmarks/bench_export.py --rows 100000
    python3 benchmarks/bench_export.py --rows 10000 --packs 50 --pack-rows 200

Builds a synthetic project straight into the tables (executemany in batches), exports the
migration workbook in streaming mode, then exports review packs, edits them as reviewers
would and imports them all at once. Targets (DESIGN scale): 100,000 rows < 30 s and < 500 MB;
50 packs of 200 rows imported < 10 s.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import load_workbook
from sqlalchemy import insert

from audit_app.core import schema as s
from audit_app.core.project import Project
from exporters.csv_export import export_csv
from exporters.new_urls import match_sitemap
from exporters.options import ExportOptions
from exporters.plan_import import read_plan
from exporters.review_import import apply_plan, read_packs
from exporters.review_packs import export_review_packs
from exporters.workbook import export_workbook

BATCH = 5000
SECTIONS = ["Personeelszaken", "Facilitair", "ICT", "Financiën", "Communicatie", "Organisatie"]
WORDS = [
    "verlof",
    "ziekte",
    "declaratie",
    "formulier",
    "thuiswerken",
    "parkeren",
    "reglement",
    "nieuws",
]
BANDS = ["lt1", "1-2", "2-5", "gt5", "unknown"]
READ = ["easy", "fairly-easy", "standard", "fairly-difficult", "difficult"]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(project: Project, rows: int, reviewers: int, per_reviewer: int) -> None:
    rnd = random.Random(7)
    with project.transaction() as conn:
        nodes: list[int] = []
        for i in range(10):
            root = len(nodes) + 1
            conn.execute(
                insert(s.nav_nodes).values(
                    id=root, title=f"Thema {i} – {rnd.choice(WORDS)}", position=i
                )
            )
            nodes.append(root)
            for j in range(12):
                nodes.append(len(nodes) + 1)
                conn.execute(
                    insert(s.nav_nodes).values(
                        id=nodes[-1],
                        title=f"Onderwerp {i}.{j} {rnd.choice(WORDS)}",
                        parent_id=root,
                        position=j,
                    )
                )
        if reviewers:
            names = [{"name": f"Reviewer {i:02d}"} for i in range(1, reviewers + 1)]
            conn.execute(insert(s.reviewers), names)
        for start in range(1, rows + 1, BATCH):
            ids = range(start, min(start + BATCH, rows + 1))
            conn.execute(
                insert(s.pages),
                [
                    {
                        "id": i,
                        "url": f"http://intranet.example/{SECTIONS[i % 6].lower()}/p{i}.html",
                        "kind": "document" if i % 10 == 0 else "page",
                        "state": "done",
                        "status": 200,
                        "title": ("=" if i % 97 == 0 else "") + f"Pagina {i} over {WORDS[i % 8]}",
                        "section": f"{SECTIONS[i % 6]} > {WORDS[i % 8].capitalize()}",
                        "words": 50 + i % 900,
                        "inlinks": i % 40,
                        "last_modified": f"{2008 + i % 17}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                        "last_modified_source": "meta",
                    }
                    for i in ids
                ],
            )
            conn.execute(
                insert(s.scores),
                [
                    {
                        "page_id": i,
                        "age_band": BANDS[i % 5],
                        "readability": 20 + (i * 7) % 70,
                        "readability_band": READ[i % 5],
                        "suggestion": ("keep", "rewrite", "delete")[i % 3],
                        "suggestion_reasons": json.dumps(["Oud", "Weinig bezocht"]),
                        "duplicate_of": i - 1 if i % 50 == 0 else None,
                    }
                    for i in ids
                ],
            )
            conn.execute(
                insert(s.page_views), [{"page_id": i, "views": (i * 13) % 5000} for i in ids]
            )
            conn.execute(
                insert(s.decisions),
                [
                    {
                        "page_id": i,
                        "decision": (None, "keep", "rewrite", "delete")[i % 4],
                        "nav_node_id": nodes[i % len(nodes)] if i % 4 in (1, 2) else None,
                        "reviewer_id": (i - 1) // per_reviewer + 1
                        if i <= reviewers * per_reviewer
                        else None,
                        "review_status": "todo",
                    }
                    for i in ids
                ],
            )
            conn.execute(
                insert(s.aliases),
                [
                    {
                        "url": f"http://intranet.example/p{i}.html?print=1",
                        "page_id": i,
                        "reason": "print-version",
                    }
                    for i in ids
                    if i % 10 == 3
                ],
            )


def edit_packs(paths: list[Path]) -> None:
    for path in paths:
        wb = load_workbook(path)
        ws = wb["Beoordelen"]
        heads = {c.value: c.column for c in ws[1]}
        for r in range(2, ws.max_row + 1):
            ws.cell(r, heads["Besluit"]).value = ("behouden", "herschrijven", "verwijderen")[r % 3]
            ws.cell(r, heads["Status"]).value = "beoordeeld"
        wb.save(path)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=5000)
    ap.add_argument("--packs", type=int, default=50)
    ap.add_argument("--pack-rows", type=int, default=200)
    ap.add_argument("--dir", type=Path, help="keep the files here (default: a temp folder)")
    ap.add_argument("--no-workbook", action="store_true", help="only the review-pack round trip")
    args = ap.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="bench-export-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "bench.audit"
    path.unlink(missing_ok=True)
    with Project.create(path) as project:
        t0 = time.perf_counter()
        build(project, args.rows, args.packs, args.pack_rows)
        print(
            f"built {args.rows} rows in {time.perf_counter() - t0:.1f} s, peak {peak_mb():.0f} MB"
        )

        if not args.no_workbook:
            # The peer: the same plan rows through the same query as CSV, in the same run, so
            # the workbook's figure can be read against what this machine does right now.
            t0 = time.perf_counter()
            export_csv(project, folder / "plan.csv")
            peer = time.perf_counter() - t0
            print(f"peer: the same rows as CSV in {peer:.1f} s")
            t0 = time.perf_counter()
            out = folder / "plan.xlsx"
            options = ExportOptions(base_url="https://nieuw.example/")
            n = export_workbook(project, out, options=options)
            took = time.perf_counter() - t0
            print(
                f"workbook: {n} rows in {took:.1f} s (target < 30 s for 100,000), "
                f"peak {peak_mb():.0f} MB (target < 500 MB), {out.stat().st_size / 1e6:.1f} MB, "
                f"{took / peer:.1f} x the CSV peer"
            )
            t0 = time.perf_counter()
            plan = read_plan(project, out, who="bench")
            print(
                f"import-plan (unchanged plan read back): {time.perf_counter() - t0:.1f} s, "
                f"{len(plan.changes)} changes, {len(plan.errors)} errors, peak {peak_mb():.0f} MB"
            )

        # new-urls: a sitemap of the new site with one address per page, a third of them
        # spelled a little differently (near matches for the review list)
        locs = [
            f"https://nieuw.example/thema/pagina-{i}-over-{WORDS[i % 8]}{'x' if i % 3 == 0 else ''}"
            for i in range(1, args.rows + 1)
        ]
        t0 = time.perf_counter()
        with project.read() as conn:
            matched = match_sitemap(conn, locs)
        print(
            f"new-urls (sitemap of {len(locs)} addresses): {time.perf_counter() - t0:.1f} s, "
            f"{len(matched.pages)} sure, {len(matched.unsure)} to check, "
            f"{len(matched.unmatched)} unmatched, peak {peak_mb():.0f} MB"
        )

        if not args.packs:
            return 0
        t0 = time.perf_counter()
        packs = export_review_packs(project, folder / "packs")
        print(f"review packs: {len(packs)} made in {time.perf_counter() - t0:.1f} s")
        edit_packs([p.path for p in packs])
        t0 = time.perf_counter()
        plan = read_packs(project, [p.path for p in packs])
        read_s = time.perf_counter() - t0
        applied = apply_plan(project, plan)
        took = time.perf_counter() - t0
        apply_s = took - read_s
        rows = sum(p.pages for p in packs)
        print(
            f"import: {len(packs)} packs, {rows} rows, {applied} changes in {took:.1f} s "
            f"(read {read_s:.1f} s, apply {apply_s:.1f} s; target < 10 s for 50 x 200), "
            f"errors {len(plan.errors)}, "
            f"peak {peak_mb():.0f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
