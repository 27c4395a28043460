"""Outside check of the inventory on a site nobody here wrote (issue 10).

Generates the held-out site (benchmarks/heldout_site.py) for each seed, serves it on 127.0.0.1,
crawls it with the content-audit CLI into a temporary project, scores it, reads
``content-audit inventory`` (JSON lines) and compares every row with the site's ground truth.

    python3 benchmarks/heldout_check.py --seeds 1 2 3
    python3 benchmarks/heldout_check.py --seeds 5 --json out.json --keep /tmp/ho

Printed per seed: recall of real pages, duplicates (a real page as 2+ rows), junk rows, date
accuracy and confidence honesty, near copies found/planted and false pairs, requests for URLs
no page links to (and requests to another host), and the counts of crawl line, table and summary.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from heldout_site import SESSION, HeldoutServer, Site, _h, _norm  # noqa: E402

CLI = [sys.executable, "-m", "audit_app.cli"]


def run(args: list[str], timeout: float = 900) -> subprocess.CompletedProcess[str]:
    return subprocess.run(CLI + args, capture_output=True, text=True, timeout=timeout)


def resolve_row(site: Site, url: str):
    """The server's answer for a stored URL, following on-host redirects."""
    target = url
    for _ in range(6):
        s = urlsplit(target)
        if s.scheme not in ("http", "https") or not s.netloc.startswith("127.0.0.1"):
            return None
        ans = site.resolve(s.path + (f"?{s.query}" if s.query else ""))
        if ans.status in (301, 302) and ans.role != "offhost":
            target = f"{s.scheme}://{s.netloc}{ans.location}"
            continue
        return ans
    return None


def check(seed: int, pages: int, keep: Path | None, extra: list[str]) -> dict:
    site = Site(seed, pages)
    truth = site.manifest()
    real = truth["pages"]
    work = (
        Path(tempfile.mkdtemp(prefix=f"heldout{seed}-", dir=keep))
        if keep
        else Path(tempfile.mkdtemp())
    )
    project = work / "site.audit"
    with HeldoutServer(site) as srv:
        t0 = time.monotonic()
        crawl = run(["crawl", srv.base, "--project", str(project), *extra])
        wall = time.monotonic() - t0
        requests = list(srv.requests)
        linked = set(srv.linked)
    (work / "crawl.out").write_text(crawl.stdout + "\n---\n" + crawl.stderr)
    score = run(["score", str(project), "--quiet"])
    inv = run(["inventory", str(project)])
    summary = run(["summary", str(project), "--format", "json"])
    rows = [json.loads(line) for line in inv.stdout.splitlines() if line.strip()]
    (work / "inventory.jsonl").write_text(inv.stdout)

    res: dict = {"seed": seed, "wall_s": round(wall, 1), "crawl_rc": crawl.returncode}
    res["score_rc"] = score.returncode
    counted = [r for r in rows if r.get("kind") in ("page", "document", None)]
    states = Counter(r.get("state") for r in counted)
    res["rows"] = len(counted)
    res["rows_by_state"] = dict(states)
    res["asset_rows"] = sum(1 for r in rows if r.get("kind") not in ("page", "document", None))

    by_rid: dict[str, list[dict]] = defaultdict(list)
    junk: Counter[str] = Counter()
    other: Counter[str] = Counter()
    row_rid: dict[str, str] = {}
    for r in counted:
        if r.get("state") in ("excluded", "queued", "trap"):
            other[r.get("state")] += 1
            continue
        ans = None
        for u in (r.get("final_url"), r.get("url")):
            if u:
                ans = resolve_row(site, u)
                if ans is not None and ans.status == 200:
                    break
        if ans is None:
            other["off-host or unresolvable"] += 1
            continue
        if ans.status != 200:
            other["broken (404)" if ans.status == 404 else f"status {ans.status}"] += 1
            continue
        rid = ans.rid or ""
        row_rid[r["url"]] = rid
        if ans.role == "print":
            junk["print"] += 1
        elif rid.startswith("/images/"):
            junk["image"] += 1
        elif ans.role == "paged":
            other["paged list page 2+"] += 1
        else:
            by_rid[rid].append(r)
    dupes: Counter[str] = Counter()
    dupe_examples: list[list[str]] = []
    for rid, rs in by_rid.items():
        for extra_row in rs[1:]:
            u = extra_row["url"]
            if real.get(rid, {}).get("kind") == "calendar":
                junk["calendar"] += 1
            elif SESSION.lower() in u.lower():
                junk["session"] += 1
            else:
                dupes["duplicate"] += 1
        if len(rs) > 1 and real.get(rid, {}).get("kind") != "calendar" and len(dupe_examples) < 6:
            dupe_examples.append([x["url"] for x in rs])
    res["junk"] = dict(junk)
    res["junk_total"] = sum(junk.values())
    res["duplicates"] = sum(dupes.values())
    res["duplicate_examples"] = dupe_examples
    res["other_rows"] = dict(other)
    unknown = [rid for rid in by_rid if rid not in real and not rid.startswith("/images/")]
    res["rows_for_unknown_resources"] = unknown[:10]

    main_real = {p for p, v in real.items() if not v.get("via_calendar")}
    cal_real = {p for p, v in real.items() if v.get("via_calendar")}
    found = set(by_rid)
    res["recall"] = f"{len(main_real & found)}/{len(main_real)}"
    res["missed"] = sorted(main_real - found)[:15]
    res["calendar_events_found"] = f"{len(cal_real & found)}/{len(cal_real)}"
    # Every real page is linked from somewhere on the site (that is how the crawler found it):
    # one the inventory shows with no links to it would be called an orphan in the workshop.
    unlinked = sorted(
        rid
        for rid, rs in by_rid.items()
        if rid in real and rid != "/" and not any(r.get("inlinks") for r in rs)
    )
    res["real_pages_shown_unlinked"] = len(unlinked)
    res["unlinked_page_examples"] = unlinked[:8]

    # Dates.
    date_stats: Counter[str] = Counter()
    wrong_examples = []
    copy_date = truth["copy_date"]
    for rid, rs in by_rid.items():
        t = real.get(rid)
        if not t or t["kind"] not in ("page", "document"):
            continue
        r = rs[0]
        got, conf = r.get("last_modified") or None, r.get("date_confidence")
        if t["true_date"]:
            key = f"known:{t['date_basis']}"
            date_stats[key] += 1
            if got == t["true_date"]:
                date_stats[key + ":right"] += 1
            elif len(wrong_examples) < 5:
                wrong_examples.append([rid, t["true_date"], got, r.get("last_modified_source")])
        else:
            date_stats["unknown"] += 1
            if got == copy_date:
                date_stats["unknown:copy-date-used"] += 1
            date_stats[f"unknown:confidence-{conf}"] += 1
            reasons = r.get("suggestion_reasons") or []
            if any(isinstance(x, dict) and x.get("year") == 2021 for x in reasons):
                date_stats["unknown:suggestion-from-copy-year"] += 1
    res["dates"] = dict(sorted(date_stats.items()))
    res["date_wrong_examples"] = wrong_examples

    # Titles (windows-1252 behind wrong or missing charsets) and missing alt.
    bad_titles, alt_wrong = [], 0
    for rid, rs in by_rid.items():
        t = real.get(rid)
        if t and t["kind"] == "page" and t["title"] and rs[0].get("title") != t["title"]:
            bad_titles.append([rid, t["title"], rs[0].get("title")])
        if t and t["kind"] == "page" and site.files.get(rid) is not None:
            want = 1 if _h(rid) % 3 == 0 else 0
            if (rs[0].get("images_missing_alt") or 0) != want:
                alt_wrong += 1
    res["titles_wrong"] = len(bad_titles)
    res["title_examples"] = bad_titles[:4]
    res["images_missing_alt_wrong"] = alt_wrong

    # Near copies.
    planted = {(p, v["copy_of"]) for p, v in real.items() if v.get("copy_of")}
    pairs = set()
    for r in counted:
        dup = r.get("duplicate_of")
        if not dup or r["url"] not in row_rid:
            continue
        a = row_rid[r["url"]]
        ans = resolve_row(site, dup)
        b = ans.rid if ans is not None and ans.status == 200 else None
        if b and a != b:
            pairs.add((a, b, r.get("duplicate_kind"), r.get("duplicate_basis")))
    found_pairs = {(a, b) for a, b, *_ in pairs}
    hit = {p for p in planted if p in found_pairs or (p[1], p[0]) in found_pairs}
    false = [
        list(x)
        for x in pairs
        if (x[0], x[1]) not in planted
        and (x[1], x[0]) not in planted
        and not (
            real.get(x[0], {}).get("copy_of")
            and real.get(x[0], {}).get("copy_of") == real.get(x[1], {}).get("copy_of")
        )
    ]
    by_kind: Counter[str] = Counter()
    for p in planted:
        k = real[p[0]]["copy_kind"]
        by_kind[f"{k}:planted"] += 1
        if p in hit:
            by_kind[f"{k}:found"] += 1
    res["near_copies"] = f"{len(hit)}/{len(planted)}"
    res["near_copies_by_change"] = dict(sorted(by_kind.items()))
    res["near_copies_missed"] = [list(p) for p in sorted(planted - hit)][:6]
    res["false_pairs"] = len(false)
    res["false_pair_examples"] = false[:6]

    # Requests.
    local = [(h, t, s) for h, t, s in requests if h.startswith("127.0.0.1")]
    unlinked = [t for h, t, s in local if _norm(t) not in linked]
    res["requests"] = len(requests)
    res["requests_unlinked"] = len(unlinked)
    res["unlinked_examples"] = unlinked[:8]
    (work / "unlinked.txt").write_text("\n".join(unlinked))
    res["requests_offhost"] = [t for h, t, s in requests if not h.startswith("127.0.0.1")][:5]
    res["requests_404"] = sum(1 for *_, s in local if s == 404)

    # Counts that must agree.
    m = re.search(r"zoals de tabel ze telt: (\d+)", crawl.stdout + crawl.stderr)
    res["count_crawl_line"] = int(m.group(1)) if m else None
    try:
        sj = json.loads(summary.stdout)
        res["count_summary"] = sj["totals"]["in_table"]
    except (ValueError, KeyError, TypeError):
        res["count_summary"] = None
    res["count_table_rows"] = len(counted) - sum(other[k] for k in ("excluded", "queued", "trap"))
    res["project"] = str(work)
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--pages", type=int, default=1500)
    ap.add_argument("--keep", type=Path, help="keep projects and outputs under this folder")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--crawl-arg", action="append", default=[], help="extra crawl option")
    args = ap.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    results = []
    for seed in args.seeds:
        r = check(seed, args.pages, args.keep, args.crawl_arg)
        results.append(r)
        print(json.dumps(r, ensure_ascii=False, indent=1))
        sys.stdout.flush()
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
