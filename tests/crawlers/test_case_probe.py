"""Auto case mode asks the server itself at the first pair of links that differ only in letter
case, before that page's links are queued. Real servers on 127.0.0.1 that do and do not ignore
letter case."""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from audit_app.core.crawl_job import run_crawl
from audit_app.core.progress import Progress
from audit_app.core.project import Project
from crawlers import engine
from crawlers.config import CaseMode, CrawlConfig
from crawlers.engine import CASE_NOTE, CrawlStats
from tests.crawlers import Handler, LocalServer, serve, url_of

FAST: dict[str, Any] = {"retries": 0, "backoff": 0.0, "timeout": 5.0, "follow_sitemaps": False}


def _linked(pages: dict[str, bytes]) -> set[str]:
    """Every spelling the site itself contains (the start page and each href)."""
    return {"/"} | {
        h.decode() for body in pages.values() for h in re.findall(rb'href="([^"]+)"', body)
    }


def _page(title: str, *links: str) -> bytes:
    anchors = "".join(f'<a href="{link}">{link}</a>' for link in links)
    head = f"<html><head><title>{title}</title></head>"
    return f"{head}<body><p>{title}</p>{anchors}</body></html>".encode()


# a Windows-style intranet: files in lower case, links written every which way
LOOSE = {
    "/": _page("Start", "/PZ/Verlof.html", "/pz/verlof.html", "/Nieuws.html", "/nieuws.html"),
    "/pz/verlof.html": _page("Verlof", "/PZ/VERLOF.html", "/NIEUWS.html", "/ICT/Helpdesk.html"),
    "/nieuws.html": _page("Nieuws", "/", "/Pz/Verlof.html"),
    "/ict/helpdesk.html": _page("Helpdesk", "/ict/HELPDESK.html", "/nieuws.HTML"),
}

# a Unix-style server: letter case makes another file
STRICT = {
    "/": _page("Start", "/Team.html", "/tEAM.HTML", "/A.html", "/a.html"),
    "/Team.html": _page("Team", "/"),
    "/tEAM.HTML": _page("Ander team", "/"),
    "/A.html": _page("Grote A", "/a.html"),
    "/a.html": _page("Kleine a", "/A.html"),
}


class Site(Handler):
    """Serves ``state["pages"]``; ``state["loose"]`` makes it ignore letter case."""

    def do_GET(self) -> None:
        with self.server.state["lock"]:
            self.server.state["log"].append(self.path)
        pages: dict[str, bytes] = self.server.state["pages"]
        key = self.path.lower() if self.server.state["loose"] else self.path
        if self.server.state["loose"]:
            pages = {p.lower(): body for p, body in pages.items()}
        body = pages.get(key)
        self.reply(404, b"weg") if body is None else self.reply(200, body)


class IisSite(Site):
    server_version = "Microsoft-IIS/10.0"
    sys_version = ""


def _crawl(tmp_path: Path, server: LocalServer, case: CaseMode = "auto") -> dict[str, Any]:
    seen: list[CrawlStats] = []
    progress = Progress()
    cfg = CrawlConfig(start=[url_of(server)], case_insensitive=case, **FAST)
    with Project.create(tmp_path / "p.audit") as project:
        summary = run_crawl(project, cfg, progress, on_progress=seen.append)
        assert summary.status == "finished"
    with Project.open(tmp_path / "p.audit") as p, p.read() as conn:
        pages = {r[0] for r in conn.exec_driver_sql("SELECT url FROM pages WHERE state='done'")}
        aliases = {
            (r[0], r[1], r[2])
            for r in conn.exec_driver_sql(
                "SELECT a.url, a.reason, p.url FROM aliases a JOIN pages p ON p.id = a.page_id"
            )
        }
    base = url_of(server, "")
    log = [p for p in server.state["log"] if p not in ("/robots.txt", "/sitemap.xml")]
    return {
        "pages": {u.removeprefix(base) for u in pages},
        "aliases": {(a.removeprefix(base), r, p.removeprefix(base)) for a, r, p in aliases},
        "log": log,
        "stats": seen[-1],
        "message": progress.state.message,
    }


def test_a_case_blind_server_gives_one_page_per_file_and_case_aliases(tmp_path: Path) -> None:
    with serve(Site, pages=LOOSE, loose=True, log=[]) as server:
        got = _crawl(tmp_path, server)
    # one page per file, each under the first spelling a page linked
    assert got["pages"] == {"/", "/PZ/Verlof.html", "/Nieuws.html", "/ICT/Helpdesk.html"}
    assert ("/PZ/VERLOF.html", "case", "/PZ/Verlof.html") in got["aliases"]
    assert ("/ict/HELPDESK.html", "case", "/ICT/Helpdesk.html") in got["aliases"]
    assert set(got["log"]) <= _linked(LOOSE)  # never a spelling nobody linked
    per_file = Counter(p.lower() for p in got["log"])
    twice = sorted(p for p, n in per_file.items() if n > 1)
    # the probe's twin, then one linked variant in each other folder with twins (/ and /ict/)
    # to check that folder too; every later variant there is an alias unasked
    assert twice == ["/ict/helpdesk.html", "/nieuws.html", "/pz/verlof.html"]
    assert max(per_file.values()) == 2 and len(got["log"]) == len(LOOSE) + 3
    assert got["stats"].case_checks == 2
    assert got["stats"].case_insensitive is True
    assert got["stats"].case_decided_by == "probe"
    assert CASE_NOTE in got["message"]


def test_a_case_sensitive_server_keeps_case_twins_apart(tmp_path: Path) -> None:
    with serve(Site, pages=STRICT, loose=False, log=[]) as server:
        got = _crawl(tmp_path, server)
    assert got["pages"] == set(STRICT)
    assert not [a for a in got["aliases"] if a[1] == "case"]
    assert got["stats"].case_insensitive is False
    assert got["stats"].case_decided_by == "probe"
    assert CASE_NOTE not in got["message"]
    assert len(got["log"]) <= len(STRICT) + 1  # at most one request more than the pages


def test_iis_header_decides_without_a_probe(tmp_path: Path) -> None:
    with serve(IisSite, pages=LOOSE, loose=True, log=[]) as server:
        got = _crawl(tmp_path, server)
    assert {p.lower() for p in got["pages"]} == set(LOOSE) and len(got["pages"]) == len(LOOSE)
    assert sorted(p.lower() for p in got["log"]) == sorted(LOOSE)
    assert set(got["log"]) <= _linked(LOOSE)
    assert got["stats"].case_decided_by == "iis"


@pytest.mark.parametrize("case", [True, False])
def test_the_setting_overrides_the_probe(tmp_path: Path, case: bool) -> None:
    with serve(Site, pages=LOOSE, loose=True, log=[]) as server:
        got = _crawl(tmp_path, server, case)
    assert got["stats"].case_decided_by == "setting"
    assert set(got["log"]) <= _linked(LOOSE)
    if case:
        assert {p.lower() for p in got["pages"]} == set(LOOSE)
        assert sorted(p.lower() for p in got["log"]) == sorted(LOOSE)
    else:
        assert "/PZ/Verlof.html" in got["pages"] and "/pz/verlof.html" in got["pages"]
        assert CASE_NOTE not in got["message"]


# the first case twin turns up two clicks deep, after its page was already fetched
DEEP = {
    "/": _page("Start", "/Verlof.html", "/b.html"),
    "/verlof.html": _page("Verlof", "/"),
    "/b.html": _page("B", "/VERLOF.html", "/c.html"),
    "/c.html": _page("C", "/verlof.HTML", "/B.HTML"),
}


def test_a_twin_found_later_decides_and_earlier_pages_keep_their_spelling(
    tmp_path: Path,
) -> None:
    with serve(Site, pages=DEEP, loose=True, log=[]) as server:
        got = _crawl(tmp_path, server)
    assert got["pages"] == {"/", "/Verlof.html", "/b.html", "/c.html"}
    assert ("/verlof.HTML", "case", "/Verlof.html") in got["aliases"]
    assert ("/B.HTML", "case", "/b.html") in got["aliases"]
    per_file = Counter(p.lower() for p in got["log"])
    assert per_file["/verlof.html"] <= 3  # its own fetch and at most two for the probe
    assert all(per_file[p] == 1 for p in ("/", "/b.html", "/c.html"))
    assert "/verlof.HTML" not in got["log"] and "/B.HTML" not in got["log"]
    assert got["stats"].case_decided_by == "probe" and got["stats"].case_insensitive


class SlowTwin(Site):
    """Answers the probe's second spelling late, as a busy old server might."""

    def do_GET(self) -> None:
        if self.path == "/pz/verlof.html":
            time.sleep(1.0)
            with self.server.state["lock"]:
                self.server.state["answered_at"] = len(self.server.state["log"])
        super().do_GET()


def test_a_slow_probe_does_not_hold_the_crawl_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "PROBE_WAIT", 0.2)
    with serve(SlowTwin, pages=LOOSE, loose=True, log=[]) as server:
        got = _crawl(tmp_path, server)
    before_answer = server.state["log"][: server.state["answered_at"]]
    assert "/Nieuws.html" in before_answer  # the start page's links went in meanwhile
    assert {p.lower() for p in got["pages"]} == set(LOOSE)  # nothing lost, spellings may vary
    assert got["stats"].case_decided_by == "probe" and got["stats"].case_insensitive
