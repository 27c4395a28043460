"""Hangs: a server that trickles a body byte by byte cannot hold a fetch past its total
deadline, nor a crawl past --max-time, SIGTERM or one Ctrl-C; what was stored stays and the
same command resumes. Bounds in these tests only stop a regression from hanging the suite."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

from crawlers.fetch_errors import decode
from crawlers.fetch_http import FetchConfig, HttpFetcher
from crawlers.model import FetchResult
from tests.crawlers import Handler, LocalServer, serve, url_of

ROOT = Path(__file__).resolve().parent.parent
BOUND = 60.0  # seconds: far beyond any deadline used here, far below "hangs"
PAGES = 4


class Trickle(Handler):
    """/ links to slow pages; while ``slow`` is set they send one byte every half second,
    forever (until the test ends or the client hangs up)."""

    def do_GET(self) -> None:
        if self.path == "/":
            links = "".join(f'<a href="/traag{i}.html">t{i}</a>' for i in range(PAGES))
            self.reply(200, f"<title>Start</title>{links}".encode())
        elif not self.path.startswith("/traag"):
            self.reply(404)
        elif not self.server.state["slow"].is_set():
            self.reply(200, b"<title>Eindelijk</title>")
        else:
            self.count("slow_requests")
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            if self.server.state.get("length", True):
                self.send_header("Content-Length", "100000")
            self.end_headers()
            while not self.server.stopping.is_set():
                try:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                except OSError:
                    return
                self.server.stopping.wait(0.5)
            self.close_connection = True


def slow_event() -> threading.Event:
    ev = threading.Event()
    ev.set()
    return ev


def fetch_bounded(fetcher: HttpFetcher, url: str) -> FetchResult:
    out: list[FetchResult] = []
    worker = threading.Thread(target=lambda: out.append(fetcher.fetch(url)))
    worker.start()
    worker.join(BOUND)
    assert not worker.is_alive(), "the fetch outlived every deadline"
    return out[0]


@pytest.mark.parametrize("length", [True, False], ids=["content-length", "until-close"])
def test_a_trickling_body_ends_at_the_total_deadline(length: bool) -> None:
    with serve(Trickle, slow=slow_event(), length=length) as srv:
        cfg = FetchConfig(timeout=1.0, total_timeout=2.0, retries=2, backoff=0.0)
        with closing(HttpFetcher(cfg)) as f:
            r = fetch_bounded(f, url_of(srv, "/traag0.html"))
        assert srv.state["slow_requests"] == 1  # a too-slow server is not asked again
    assert decode(r.error) == {"code": "too-slow", "seconds": 2}
    assert r.body == b"" and not r.retryable and not r.aborted


def test_abort_abandons_a_fetch_in_flight() -> None:
    results: list[FetchResult] = []
    with (
        serve(Trickle, slow=slow_event()) as srv,
        closing(HttpFetcher(FetchConfig(timeout=30.0, retries=0))) as f,
    ):
        worker = threading.Thread(
            target=lambda: results.append(f.fetch(url_of(srv, "/traag0.html")))
        )
        worker.start()
        while not srv.state.get("slow_requests"):
            time.sleep(0.05)
        f.abort()
        worker.join(BOUND)
        assert not worker.is_alive()
        later = f.fetch(url_of(srv, "/"))
    assert results[0].aborted and results[0].body == b""
    assert later.aborted  # nothing new starts once the crawl is stopping


def _env() -> dict[str, str]:
    return os.environ | {"PYTHONPATH": str(ROOT)}


def _states(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as conn:
            return {
                u.rsplit("/", 1)[-1]: s for u, s in conn.execute("SELECT url, state FROM pages")
            }
    except sqlite3.Error:
        return {}


def _crawl(srv: LocalServer, project: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "audit_app",
        "crawl",
        url_of(srv, "/"),
        "--project",
        str(project),
        "--quiet",
        "--no-sitemaps",
        "--retries",
        "0",
        *extra,
    ]


def _wait_for_slow_fetches(srv: LocalServer, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + BOUND
    while (srv.state.get("slow_requests") or 0) < PAGES:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_one_signal_stops_a_stalled_crawl_and_the_rerun_resumes(
    tmp_path: Path, sig: signal.Signals
) -> None:
    project = tmp_path / "p.audit"
    with serve(Trickle, slow=slow_event()) as srv:
        proc = subprocess.Popen(
            _crawl(srv, project, "--timeout", "60"),
            cwd=ROOT,
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            _wait_for_slow_fetches(srv, proc)  # every downloader now hangs on a slow page
            proc.send_signal(sig)
            _out, err = proc.communicate(timeout=BOUND)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == 130, err
        stored = _states(project)
        assert stored[""] == "done"  # what was stored stays
        assert {stored[f"traag{i}.html"] for i in range(PAGES)} == {"queued"}
        srv.state["slow"].clear()
        again = subprocess.run(
            _crawl(srv, project),
            cwd=ROOT,
            env=_env(),
            capture_output=True,
            text=True,
            timeout=BOUND,
        )
    assert again.returncode == 0, again.stderr
    assert "Verder gegaan" in again.stdout
    assert set(_states(project).values()) == {"done"}


def test_max_time_ends_a_stalled_crawl(tmp_path: Path) -> None:
    project = tmp_path / "p.audit"
    with serve(Trickle, slow=slow_event()) as srv:
        done = subprocess.run(
            _crawl(srv, project, "--timeout", "60", "--max-time", "2"),
            cwd=ROOT,
            env=_env(),
            capture_output=True,
            text=True,
            timeout=BOUND,
        )
    assert done.returncode == 0, done.stderr
    assert "Tijdslimiet van 2 seconden" in done.stdout
    assert _states(project)[""] == "done"
