"""The crawler only asks for spellings someone linked, on a server nobody here wrote: one that
answers a few case variants alike (symlinks, mod_speling) but is case-sensitive elsewhere.
Auto case mode then concludes "case-insensitive" from the first pair; that may merge spellings
into one page, but it must never make the crawler invent a spelling, and the decision must
survive a kill -9."""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

from audit_app.core.crawl_job import run_crawl
from audit_app.core.project import Project
from crawlers.config import CrawlConfig
from tests.crawlers import Handler, LocalServer, serve, url_of
from tests.test_crash_resume import ROOT, _env, cli, committed

FAST: dict[str, Any] = {"retries": 0, "backoff": 0.0, "timeout": 5.0, "follow_sitemaps": False}


def _page(title: str, *links: str) -> bytes:
    anchors = "".join(f'<a href="{link}">{link}</a>' for link in links)
    head = f"<html><head><title>{title}</title></head>"
    return f"{head}<body><h1>{title}</h1>{anchors}</body></html>".encode()


# exact spellings the server knows; TWINS answer under a second spelling too (a symlink)
FILES = {
    "/": _page(
        "Start",
        "/PZ/Verlof.html",
        "/pz/verlof.html",
        "/Nieuws/Overzicht.html",
        "/ict/helpdesk.html",
        "/Team/",
        "/Docs/index.html",
    ),
    "/PZ/Verlof.html": _page("Verlof", "/", "/ICT/Helpdesk.html"),
    "/Nieuws/Overzicht.html": _page("Nieuws", "/Nieuws/Bericht-1.html", "/Nieuws/Bericht-2.html"),
    "/Nieuws/Bericht-1.html": _page("Bericht een", "/Nieuws/Overzicht.html"),
    "/Nieuws/Bericht-2.html": _page("Bericht twee", "/nieuws/overzicht.html"),
    "/ICT/Helpdesk.html": _page("Helpdesk", "/Team/Leden.html", "/ICT/Helpdesk.html?print=1"),
    "/ICT/Helpdesk.html?print=1": _page("Helpdesk (print)"),
    "/Team/": _page("Team", "/Team/Leden.html", "/team/leden.html"),
    "/Team/Leden.html": _page("Leden", "/Team/"),
    "/Docs/index.html": _page("Documenten", "/Docs/Beleid.html"),
    "/Docs/Beleid.html": _page("Beleid", "/Docs/"),
}
TWINS = {"/pz/verlof.html": "/PZ/Verlof.html"}
TITLES = {
    "Start",
    "Verlof",
    "Nieuws",
    "Bericht een",
    "Bericht twee",
    "Helpdesk",
    "Team",
    "Leden",
    "Documenten",
    "Beleid",
}


def linked() -> set[str]:
    """Every spelling the site contains: the start page and each href, exactly as written."""
    return {"/"} | {
        h.decode() for body in FILES.values() for h in re.findall(rb'href="([^"]+)"', body)
    }


class Mixed(Handler):
    def do_GET(self) -> None:
        with self.server.state["lock"]:
            self.server.state["log"].append(self.path)
        time.sleep(self.server.state.get("slow", 0.0))
        body = FILES.get(TWINS.get(self.path, self.path))
        self.reply(404, b"<html><body>niet gevonden</body></html>") if body is None else self.reply(
            200, body
        )


def _titles(path: Path) -> tuple[set[str], dict[str, Any]]:
    with sqlite3.connect(path) as conn:
        titles = {
            r[0] for r in conn.execute("SELECT title FROM pages WHERE state = 'done'") if r[0]
        }
        config = json.loads(conn.execute("SELECT config FROM crawl_runs").fetchone()[0])
    return titles, config


def _asked(server: LocalServer) -> list[str]:
    return [p for p in server.state["log"] if p != "/robots.txt"]


def test_only_linked_spellings_are_requested_and_every_page_is_stored(tmp_path: Path) -> None:
    with serve(Mixed, log=[]) as server:
        with Project.create(tmp_path / "p.audit") as project:
            summary = run_crawl(project, CrawlConfig(start=[url_of(server)], **FAST))
        asked = _asked(server)
    assert summary.case_insensitive is True and summary.case_decided_by == "probe"
    assert set(asked) - linked() == set()  # zero requests for spellings nobody linked
    titles, config = _titles(tmp_path / "p.audit")
    assert titles >= TITLES  # every real page stored
    assert config["case_decision"] == [True, "probe"]
    # the broken lower-case spelling was tried, then the linked spelling that works
    assert asked.index("/ict/helpdesk.html") < asked.index("/ICT/Helpdesk.html")
    with sqlite3.connect(tmp_path / "p.audit") as conn:
        broken = {r[0] for r in conn.execute("SELECT url FROM pages WHERE status = 404")}
    # the probe found /PZ/ case-blind (a symlink); each other folder with a case twin was
    # checked once, by fetching that linked twin: here they do not work, so they are shown as
    # the broken links they are
    checked = {"/nieuws/overzicht.html", "/team/leden.html"}
    assert {u.removeprefix(url_of(server, "")) for u in broken} == {"/ict/helpdesk.html"} | checked
    assert summary.case_checks == 2


def test_the_case_decision_survives_kill_nine(tmp_path: Path) -> None:
    path = tmp_path / "p.audit"
    with serve(Mixed, log=[], slow=0.3) as server:
        cmd = cli(
            "crawl",
            url_of(server),
            "--project",
            str(path),
            "--no-sitemaps",
            "--workers",
            "1",
            "--timeout",
            "5",
        )
        proc = subprocess.Popen(
            cmd, cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            deadline = time.monotonic() + 60
            while len(committed(path)) < 4 or "case_decision" not in _titles(path)[1]:
                assert proc.poll() is None and time.monotonic() < deadline
                time.sleep(0.05)
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        before = len(server.state["log"])
        server.state["slow"] = 0.0
        with Project.open(path) as project:
            summary = run_crawl(project, CrawlConfig(start=[url_of(server)], **FAST))
        later = [p for p in server.state["log"][before:] if p != "/robots.txt"]
    assert summary.resumed and summary.status == "finished"
    assert summary.case_insensitive is True and summary.case_decided_by == "probe"
    assert set(later) - linked() == set()
    assert "/pz/verlof.html" not in later  # no second probe after the restart
    assert _titles(path)[0] >= TITLES
