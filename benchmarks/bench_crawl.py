"""Crawl benchmark: our crawler against Scrapy + BeautifulSoup and a naive crawler.

For each size it generates (or reuses) a synthetic intranet, serves it with nginx on 127.0.0.1,
runs each crawler as a subprocess and measures wall time, real pages per second, the peak
memory of the crawler's whole process tree, and what the server saw: requests for real pages
versus wasted requests for aliases, session-id variants and calendar-trap pages; recall (real
pages found / pages in the site) and requests for URLs that no page links to (target 0: a
crawler may only ask for spellings the site contains).

    python3 benchmarks/bench_crawl.py                       # sizes 1000 and 10000
    python3 benchmarks/bench_crawl.py --sizes 200 --only ours naive   # smoke test

Scrapy runs in a throw-away venv under benchmarks/out/ (created on first use).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synthetic_intranet import SITE_VERSION, BenchServer, generate, server_rate  # noqa: E402

OUT = HERE / "out"
VENV = OUT / "venv-scrapy"
CRAWLERS = ("ours", "scrapy", "naive")

SCRAPY_SPIDER = '''
import scrapy
from bs4 import BeautifulSoup


class BenchSpider(scrapy.Spider):
    """Scrapy defaults (exact-URL dupefilter, 16 concurrent requests) with bs4 extraction."""

    name = "bench"

    def __init__(self, base, **kwargs):
        super().__init__(**kwargs)
        self.base = base
        self.start_urls = [base]

    def parse(self, response):
        if not isinstance(response, scrapy.http.HtmlResponse):
            return
        soup = BeautifulSoup(response.body, "lxml")
        title = soup.title.get_text(strip=True) if soup.title else ""
        words = len(soup.get_text(" ", strip=True).split())
        yield {"url": response.url, "title": title, "words": words}
        for a in soup.find_all("a", href=True):
            url = response.urljoin(a["href"])
            if url.startswith(self.base):
                yield scrapy.Request(url, callback=self.parse)
'''


@dataclass
class Result:
    crawler: str
    size: int
    skipped: str = ""
    wall_s: float = 0.0
    pages_per_s: float = 0.0
    peak_rss_mb: float = 0.0
    peak_pss_mb: float = 0.0
    stored: int = 0
    requests: dict[str, int] = field(default_factory=dict)
    returncode: int = 0


class TreeMemory:
    """Polls /proc for the peak summed RSS (and PSS) of a process and all its descendants."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.pid = pid
        self.interval = interval
        self.peak_rss = 0
        self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tree-memory")

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                stat = Path(f"/proc/{entry.name}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
        tree, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            tree.append(pid)
            todo.extend(children.get(pid, []))
        return tree

    def _run(self) -> None:
        while not self._stop.is_set():
            rss = pss = 0
            for pid in self._tree():
                try:
                    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                        if line.startswith("Rss:"):
                            rss += int(line.split()[1])
                        elif line.startswith("Pss:"):
                            pss += int(line.split()[1])
                except OSError:
                    continue
            self.peak_rss = max(self.peak_rss, rss)
            self.peak_pss = max(self.peak_pss, pss)
            self._stop.wait(self.interval)


HREF = re.compile(rb'href="([^"#]*)')


def linked_uris(site: Path) -> set[str]:
    """Every request URI the site itself contains: "/", robots.txt and each href, resolved
    against the address its file is served under (calendar files under kalender.asp)."""
    found = {"/", "/robots.txt", "/sitemap.xml"}
    for file in site.rglob("*.html"):
        rel = file.relative_to(site).as_posix()
        base = "/agenda/kalender.asp" if rel.startswith("agenda/kalender/") else "/" + rel
        for href in HREF.findall(file.read_bytes()):
            text = href.decode("cp1252").strip()
            if not text or text.startswith(("javascript:", "mailto:", "http:", "https:")):
                continue
            found.add(urljoin(base, text))
    return found


def classify(lines: list[str], real: set[str], linked: set[str]) -> dict[str, int]:
    """Split the server's log into first fetches of real pages and wasted fetches."""
    counts: Counter[str] = Counter()
    seen: set[str] = set()
    for line in lines:
        status, _, uri = line.partition(" ")
        parts = urlsplit(uri)
        counts["total"] += 1
        counts["unlinked"] += uri not in linked
        if not status.startswith(("2", "3")):
            counts["other"] += 1  # 404s (a real page asked for in a spelling it does not have)
            continue
        if parts.path.startswith("/agenda/kalender"):
            counts["trap"] += 1
            continue
        key = parts.path.split(";")[0].lower()
        key += "index.html" if key.endswith("/") else ""
        if key not in real:
            counts["other"] += 1  # 404s, robots.txt, sitemap.xml
        elif key not in seen:
            seen.add(key)
            counts["real"] += 1
        elif ";jsessionid=" in uri or "sid=" in parts.query:
            counts["session"] += 1
        elif "print=" in parts.query:
            counts["print"] += 1
        elif parts.path != parts.path.lower():
            counts["case"] += 1
        else:
            counts["dir_alias"] += 1
    counts["wasted"] = sum(counts[k] for k in ("trap", "session", "print", "case", "dir_alias"))
    return dict(counts)


def ensure_scrapy() -> str | None:
    python = VENV / "bin" / "python"
    if not (VENV / "bin" / "scrapy").exists():
        print("Creating Scrapy venv (once) ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        pip = [str(python), "-m", "pip", "install", "-q", "scrapy", "beautifulsoup4", "lxml"]
        if subprocess.run(pip).returncode != 0:
            return None
    spider = OUT / "scrapy_bench_spider.py"
    spider.write_text(SCRAPY_SPIDER)
    return str(VENV / "bin" / "scrapy")


def ours_command() -> list[str] | None:
    exe = shutil.which("content-audit")
    cmd = [exe] if exe else [sys.executable, "-m", "audit_app"]
    probe = subprocess.run([*cmd, "crawl", "--help"], capture_output=True, text=True)
    if probe.returncode != 0 or "--project" not in probe.stdout:
        return None
    return cmd


def run_measured(cmd: list[str], timeout: float, log: Path) -> tuple[float, int, int, int]:
    """Runs cmd in its own process group; returns wall seconds, peak RSS/PSS (kB), exit code."""
    with log.open("w") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        with TreeMemory(proc.pid) as mem:
            try:
                code = proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGTERM)
                code = proc.wait()
        wall = time.perf_counter() - t0
    return wall, mem.peak_rss, mem.peak_pss, code


def count_lines(path: Path) -> int:
    return sum(1 for _ in path.open()) if path.exists() else 0


def bench_size(size: int, only: tuple[str, ...], timeout: float) -> list[Result]:
    site = OUT / f"site-{size}"
    manifest_path = site / "manifest.json"
    old = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    if old.get("pages") != size or old.get("version") != SITE_VERSION:
        print(f"Generating {size} pages in {site} ...", flush=True)
        generate(site, size)
    manifest = json.loads(manifest_path.read_text())
    real_paths = (site / "pages.txt").read_text().split()
    real = set(real_paths)
    linked = linked_uris(site)
    results = []
    with BenchServer(site) as server:
        rate = server_rate(server.base_url, real_paths[:3000])
        print(
            f"[{size}] {server.kind} serves {rate:.0f} pages/s to a 4-client fetch loop", flush=True
        )
        base = server.base_url
        for name in only:
            res = Result(crawler=name, size=size)
            results.append(res)
            if name == "ours":
                cmd = ours_command()
                if cmd is None:
                    res.skipped = "content-audit crawl is not available yet"
                    continue
                project = OUT / f"ours-{size}.audit"
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{project}{suffix}").unlink(missing_ok=True)
                cmd = [*cmd, "crawl", base, "--project", str(project), "--quiet"]
            elif name == "scrapy":
                scrapy = ensure_scrapy()
                if scrapy is None:
                    res.skipped = "could not install Scrapy in the venv"
                    continue
                items = OUT / f"scrapy-{size}.jsonl"
                cmd = [
                    scrapy,
                    "runspider",
                    str(OUT / "scrapy_bench_spider.py"),
                    "-a",
                    f"base={base}",
                ]
                cmd += [
                    "-O",
                    str(items),
                    "-s",
                    "LOG_LEVEL=WARNING",
                    "-s",
                    "TELNETCONSOLE_ENABLED=0",
                ]
            else:
                items = OUT / f"naive-{size}.jsonl"
                cmd = [sys.executable, str(HERE / "naive_crawler.py"), base, str(items)]
            server.reset_log()
            print(f"[{size}] running {name} ...", flush=True)
            wall, rss, pss, code = run_measured(cmd, timeout, OUT / f"{name}-{size}.log")
            time.sleep(0.5)  # let nginx flush its log
            res.requests = classify(server.log_lines(), real, linked)
            res.wall_s, res.returncode = round(wall, 1), code
            res.peak_rss_mb, res.peak_pss_mb = round(rss / 1024, 1), round(pss / 1024, 1)
            res.pages_per_s = round(res.requests.get("real", 0) / wall, 1)
            if name == "ours":
                with sqlite3.connect(project) as db:
                    res.stored = db.execute(
                        "SELECT count(*) FROM pages WHERE kind='page' AND status=200"
                    ).fetchone()[0]
            else:
                res.stored = count_lines(items)
    report(size, manifest, results)
    return results


def report(size: int, manifest: dict[str, int], results: list[Result]) -> None:
    print(f"\n== {size} pages (site: {manifest['avg_page_bytes'] // 1024} KB/page avg) ==")
    head = f"{'crawler':8} {'wall s':>7} {'pages/s':>8} {'RSS MB':>7} {'PSS MB':>7} {'stored':>7}"
    head += f" {'requests':>8} {'real':>6} {'wasted':>6} {'trap':>5} {'sess':>5} {'print':>5}"
    head += f" {'case':>5} {'dir':>5} {'other':>5} {'recall':>6} {'unlinked':>8}"
    print(head)
    for r in results:
        if r.skipped:
            print(f"{r.crawler:8} skipped: {r.skipped}")
            continue
        q = r.requests
        print(
            f"{r.crawler:8} {r.wall_s:7.1f} {r.pages_per_s:8.1f} {r.peak_rss_mb:7.1f}"
            f" {r.peak_pss_mb:7.1f} {r.stored:7d} {q.get('total', 0):8d} {q.get('real', 0):6d}"
            f" {q.get('wasted', 0):6d} {q.get('trap', 0):5d} {q.get('session', 0):5d}"
            f" {q.get('print', 0):5d} {q.get('case', 0):5d} {q.get('dir_alias', 0):5d}"
            f" {q.get('other', 0):5d} {q.get('real', 0) / size:6.1%} {q.get('unlinked', 0):8d}"
            + (f"  (exit {r.returncode})" if r.returncode else "")
        )
    by = {r.crawler: r for r in results if not r.skipped}
    ours, scrapy, naive = by.get("ours"), by.get("scrapy"), by.get("naive")
    if not ours:
        return
    checks = [("all reachable pages found", ours.requests.get("real", 0) == size, "")]
    checks.append(("peak RSS < 500 MB", ours.peak_rss_mb < 500, f"{ours.peak_rss_mb} MB"))
    unlinked = ours.requests.get("unlinked", 0)
    checks.append(("no requests for URLs no page links to", unlinked == 0, str(unlinked)))
    if scrapy and scrapy.pages_per_s:
        x = ours.pages_per_s / scrapy.pages_per_s
        checks.append((">= 3x Scrapy+bs4 pages/s", x >= 3, f"{x:.2f}x"))
        waste = ours.requests.get("wasted", 0) / max(1, scrapy.requests.get("wasted", 0))
        checks.append(("wasted fetches <= 10% of Scrapy's", waste <= 0.10, f"{waste:.1%}"))
    if naive and naive.pages_per_s:
        x = ours.pages_per_s / naive.pages_per_s
        checks.append(("> naive crawler pages/s", x > 1, f"{x:.2f}x"))
    for label, ok, detail in checks:
        print(f"  [{'OK' if ok else 'FAIL'}] {label} {detail}")


def main() -> int:
    ap = argparse.ArgumentParser(description="Crawl benchmark (see benchmarks/README.md).")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    ap.add_argument("--only", nargs="+", choices=CRAWLERS, default=list(CRAWLERS))
    ap.add_argument("--timeout", type=float, default=1800, help="per crawler run, seconds")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    all_results = []
    for size in args.sizes:
        all_results += bench_size(size, tuple(args.only), args.timeout)
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    path = OUT / f"bench-{stamp}.json"
    path.write_text(json.dumps([asdict(r) for r in all_results], indent=1) + "\n")
    print(f"\nResults: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
