"""kill -9 in the middle of a crawl, then the same command: nothing lost, nothing
fetched twice, and the same inventory as a crawl that was never interrupted."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from audit_app.cli import main
from audit_app.core.crawl_job import run_crawl
from audit_app.core.inventory import iter_inventory
from audit_app.core.project import Project
from audit_app.core.sample_server import SampleServer
from crawlers.config import CrawlConfig

ROOT = Path(__file__).resolve().parent.parent


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "audit_app", *args]


def committed(path: Path) -> set[str]:
    if not path.exists():
        return set()
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as conn:
            rows = conn.execute("SELECT url FROM pages WHERE state IN ('done', 'failed')")
            return {r[0] for r in rows}
    except sqlite3.Error:
        return set()


def run_until(cmd: list[str], path: Path, pages: int) -> None:
    """Start the crawl and SIGKILL it once *pages* pages are committed."""
    proc = subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env()
    )
    try:
        deadline = time.monotonic() + 60
        while len(committed(path)) < pages:
            assert proc.poll() is None, "the crawl ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()


def _env() -> dict[str, str]:
    return os.environ | {"PYTHONPATH": str(ROOT)}


def inventory(path: Path, base: str) -> dict[str, tuple[Any, ...]]:
    """Everything observed, minus the calendar trap (where the trap fires depends on which of
    its two endless chains is fetched faster, in any crawl)."""
    with Project.open(path) as project:
        return {
            r["url"][len(base) :]: tuple(v for k, v in r.items() if k != "url")
            for r in iter_inventory(project)
            if "kalender.asp" not in r["url"]
        }


def links(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(
            conn.execute(
                "SELECT COUNT(*) FROM links l JOIN pages p ON p.id = l.from_page_id"
                " WHERE p.url NOT LIKE '%kalender.asp%'"
            ).fetchone()[0]
        )


def test_kill_nine_then_resume_equals_a_clean_crawl(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    killed = tmp_path / "killed.audit"
    clean = tmp_path / "clean.audit"
    with SampleServer() as server:
        server.slow_seconds = 0.1
        base = server.base_url
        # 20 ms between requests: ~250 pages take over 5 s however fast the machine, so a kill
        # after 30 committed pages really lands mid-crawl.
        args = ("crawl", base, "--delay", "0.02", "--timeout", "5")
        cmd = cli(*args, "--project", str(killed))

        run_until(cmd, killed, 30)
        first = committed(killed)
        mid = len(server.requests)
        # the same command again, in this process (a second interpreter start costs seconds)
        assert main(cmd[3:]) == 0
        last = capsys.readouterr().out.strip().splitlines()[-1]
        assert last.startswith("Klaar: ") and "per seconde" in last
        after_kill = server.requests[mid:]

        with Project.create(clean) as project:
            cfg = CrawlConfig(start=[base], delay=0.0, timeout=5.0)
            assert run_crawl(project, cfg).status == "finished"

    redirect_targets = {"/ict/thuiswerken.html"}  # requested again by following /ict/verhuisd

    def refetched(before: set[str], later: list[str]) -> set[str]:
        paths = {
            urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "")
            for u in before
        }
        return (paths & set(later)) - redirect_targets

    assert len(after_kill) > 100  # the kill really came mid-crawl
    assert refetched(first, after_kill) == set()

    got, want = inventory(killed, base), inventory(clean, base)
    assert got.keys() == want.keys()
    assert got == want
    assert links(killed) == links(clean)
    with sqlite3.connect(killed) as conn:
        runs = conn.execute("SELECT status, pages_fetched FROM crawl_runs").fetchall()
        stored = conn.execute(
            "SELECT COUNT(*) FROM pages WHERE state IN ('done', 'failed')"
        ).fetchone()[0]
        dupes = conn.execute(
            "SELECT COUNT(*) FROM (SELECT from_page_id, to_url, anchor_text, COUNT(*) n"
            " FROM links GROUP BY 1, 2, 3 HAVING n > 1)"
        ).fetchone()[0]
        clean_dupes = (
            sqlite3.connect(clean)
            .execute(
                "SELECT COUNT(*) FROM (SELECT from_page_id, to_url, anchor_text, COUNT(*) n"
                " FROM links GROUP BY 1, 2, 3 HAVING n > 1)"
            )
            .fetchone()[0]
        )
    assert runs == [("finished", stored)]  # every page saved exactly once over both sessions
    assert dupes == clean_dupes


def _children(pid: int) -> set[int]:
    """All living descendants of *pid* (Linux /proc)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[0] != "Z":
            parents[int(stat.parent.name)] = int(fields[1])
    found, todo = set(), [pid]
    while todo:
        p = todo.pop()
        for child, parent in parents.items():
            if parent == p and child not in found:
                found.add(child)
                todo.append(child)
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_parser_processes_do_not_outlive_a_killed_crawl(tmp_path: Path) -> None:
    from tests.test_crawl_engine import LoggingServer, small_site

    site = small_site(tmp_path / "site", 450)  # enough URLs to start the parser processes
    with LoggingServer(site) as server:
        cmd = cli("crawl", server.url, "--project", str(tmp_path / "p.audit"), "--delay", "0.02")
        proc = subprocess.Popen(cmd, cwd=ROOT, env=_env(), stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while len(kids := _children(proc.pid)) < 3:  # forkserver, resource tracker, a worker
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 15
        try:
            while alive := {p for p in kids if Path(f"/proc/{p}").exists()}:
                assert time.monotonic() < deadline, f"left running: {alive}"
                time.sleep(0.2)
        finally:
            for p in kids:
                with contextlib.suppress(OSError):
                    os.kill(p, signal.SIGKILL)
