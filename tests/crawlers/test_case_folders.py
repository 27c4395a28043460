"""A server that is case-blind in places only: a symlinked twin in one folder, a whole folder
served case-blind (mod_speling), and a folder where two spellings are two different files.
The probe's "case-blind" may fold identity, but it may never lose a real page: each other
folder is checked once by fetching one linked case variant there."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from audit_app.core.crawl_job import run_crawl
from audit_app.core.project import Project
from crawlers.config import CrawlConfig
from tests.crawlers import Handler, LocalServer, serve, url_of

FAST: dict[str, Any] = {"retries": 0, "backoff": 0.0, "timeout": 5.0, "follow_sitemaps": False}


def _page(title: str, *links: str) -> bytes:
    anchors = "".join(f'<a href="{link}">{link}</a>' for link in links)
    head = f"<html><head><title>{title}</title></head>"
    body = f"<body><h1>{title}</h1><p>Over {title.lower()}.</p>{anchors}</body>"
    return f"<html>{head}{body}</html>".encode()


FILES = {
    "/": _page(
        "Start", "/PZ/Verlof.html", "/pz/verlof.html", "/Info/Nieuws.html", "/Team/Rooster.html"
    ),
    "/PZ/Verlof.html": _page("Verlof", "/"),
    "/Info/Nieuws.html": _page(
        "Nieuws", "/info/nieuws.html", "/INFO/NIEUWS.HTML", "/Info/Agenda.html", "/info/AGENDA.html"
    ),
    "/Info/Agenda.html": _page("Agenda", "/Info/Nieuws.html"),
    "/Team/Rooster.html": _page("Rooster", "/Team/rooster.html", "/Team/Leden.html"),
    "/Team/rooster.html": _page("Rooster 2008 (oud)", "/Team/Rooster.html"),
    "/Team/Leden.html": _page("Leden", "/Team/ROOSTER.html"),
}
TWINS = {"/pz/verlof.html": "/PZ/Verlof.html"}  # a symlink
BLIND = "/info/"  # mod_speling: this folder answers any letter case
TITLES = {"Start", "Verlof", "Nieuws", "Agenda", "Rooster", "Rooster 2008 (oud)", "Leden"}


def linked() -> set[str]:
    return {"/"} | {
        h.decode() for body in FILES.values() for h in re.findall(rb'href="([^"]+)"', body)
    }


class Mixed(Handler):
    def do_GET(self) -> None:
        with self.server.state["lock"]:
            self.server.state["log"].append(self.path)
        path = TWINS.get(self.path, self.path)
        if path.lower().startswith(self.server.state.get("blind", BLIND)):
            path = next((p for p in FILES if p.lower() == path.lower()), path)
        body = FILES.get(path)
        if body is None:
            self.reply(404, b"<html><body>niet gevonden</body></html>")
        else:
            self.reply(200, body)


def _stored(path: Path, server: LocalServer) -> dict[str, Any]:
    base = url_of(server, "")
    with sqlite3.connect(path) as conn:
        titles = {r[0] for r in conn.execute("SELECT title FROM pages WHERE state = 'done'")}
        broken = {
            r[0].removeprefix(base)
            for r in conn.execute("SELECT url FROM pages WHERE state = 'failed'")
        }
        aliases = {
            (r[0].removeprefix(base), r[1], r[2].removeprefix(base))
            for r in conn.execute(
                "SELECT a.url, a.reason, p.url FROM aliases a JOIN pages p ON p.id = a.page_id"
            )
        }
        # where each link to a /Team/ spelling points: its own row once case matters there
        points = {
            r[0].removeprefix(base): r[1].removeprefix(base) if r[1] else None
            for r in conn.execute(
                "SELECT l.to_url, t.url FROM links l LEFT JOIN pages t ON t.id = l.to_page_id"
                " WHERE l.to_url LIKE '%/Team/%'"
            )
        }
    return {"titles": titles, "broken": broken, "aliases": aliases, "points": points}


@pytest.mark.parametrize("stop_after", [None, 2, 3, 4, 5, 6])
def test_a_case_sensitive_folder_keeps_both_files(tmp_path: Path, stop_after: int | None) -> None:
    """Also when the crawl is stopped by a page limit and resumed: what the first session
    knew about its pages and folders comes back from the project."""
    path = tmp_path / "p.audit"
    with serve(Mixed, log=[]) as server:
        if stop_after is not None:
            with Project.create(path) as project:
                first = run_crawl(
                    project, CrawlConfig(start=[url_of(server)], max_pages=stop_after, **FAST)
                )
            assert first.status == "stopped"
        with Project.open(path) if path.exists() else Project.create(path) as project:
            summary = run_crawl(project, CrawlConfig(start=[url_of(server)], **FAST))
        asked = [p for p in server.state["log"] if p != "/robots.txt"]
        got = _stored(path, server)
    assert summary.status == "finished"
    assert summary.case_insensitive is True and summary.case_decided_by == "probe"
    assert set(asked) - linked() == set()  # only spellings someone linked
    assert got["titles"] >= TITLES  # both roosters: letter case matters in /Team/
    assert "/Team/ROOSTER.html" in got["broken"]  # a linked spelling that does not work there
    # /Info/ answers any case: one of its three variants was fetched to check, the rest not;
    # all three are aliases
    info_variants = {"/info/nieuws.html", "/INFO/NIEUWS.HTML", "/info/AGENDA.html"}
    assert len(info_variants & set(asked)) == 1
    assert {a for a, why, _ in got["aliases"] if why == "case"} >= info_variants
    assert ("/pz/verlof.html", "case", "/PZ/Verlof.html") in got["aliases"]
    assert not any(p.startswith("/Team/") for p, _, _ in got["aliases"])
    assert asked.count("/Team/rooster.html") == 1
    assert got["points"]["/Team/rooster.html"] == "/Team/rooster.html"  # not its twin
    assert got["points"]["/Team/Rooster.html"] == "/Team/Rooster.html"


def test_a_case_blind_server_costs_one_request_per_folder(tmp_path: Path) -> None:
    """Every variant answered alike: one check per folder with twins, no more."""
    with serve(Mixed, log=[], blind="/") as server:
        with Project.create(tmp_path / "p.audit") as project:
            summary = run_crawl(project, CrawlConfig(start=[url_of(server)], **FAST))
        asked = [p for p in server.state["log"] if p != "/robots.txt"]
    assert summary.case_checks == 2  # /info/ and /team/; /pz/ was the probe's own folder
    assert set(asked) - linked() == set()
    # each file once, plus the probe's twin and the two checks
    assert len(asked) == len({p.lower() for p in FILES}) + 3
