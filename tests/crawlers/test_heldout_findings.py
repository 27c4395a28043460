"""What the held-out site (benchmarks/heldout_check.py) found, each on a small real server:
a folder reached through a redirect and its index file as two rows; a print copy as its own row
in a folder where letter case matters; and requests with the query parameters in an order no
page linked (the crawler sorted them)."""

from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path
from typing import Any

from audit_app.core.crawl_job import run_crawl
from audit_app.core.project import Project
from crawlers.config import CrawlConfig
from tests.crawlers import Handler, serve, url_of

FAST: dict[str, Any] = {"retries": 0, "backoff": 0.0, "timeout": 5.0, "follow_sitemaps": False}


def _page(title: str, *links: str, text: str = "") -> bytes:
    anchors = "".join(f'<a href="{link}">{title} {i}</a> ' for i, link in enumerate(links))
    words = text or f"Dit is de pagina {title} met genoeg eigen woorden om te tellen."
    return (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
        f"<p>{words}</p>{anchors}</body></html>"
    ).encode()


class Site(Handler):
    """Serves ``state['files']``; ``state['redirects']`` answer 301; logs every request."""

    def do_GET(self) -> None:
        with self.server.state["lock"]:
            self.server.state["log"].append(self.path)
        time.sleep(self.server.state.get("slow", 0.0))
        target = self.server.state.get("redirects", {}).get(self.path)
        if target:
            self.reply(301, b"", {"Location": target})
            return
        body = self.server.state["files"].get(self.path)
        if body is None:
            self.reply(404, b"<html><body>niet gevonden</body></html>")
        else:
            self.reply(200, body)


def _rows(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return list(conn.execute("SELECT url, title FROM pages WHERE state = 'done'"))


def _crawl(tmp_path: Path, server: Any, **config: Any) -> Path:
    path = tmp_path / "p.audit"
    with Project.create(path) as project:
        run_crawl(project, CrawlConfig(start=[url_of(server)], **{**FAST, **config}))
    return path


def test_a_folder_reached_by_a_redirect_and_its_index_file_are_one_row(tmp_path: Path) -> None:
    files = {
        "/": _page("Start", "/Juridisch"),
        # /Juridisch/ answers with its index file, which links itself by its file name
        "/Juridisch/": _page("Juridisch", "/Juridisch/index.htm", "/Juridisch/wetten.htm"),
        "/Juridisch/index.htm": _page("Juridisch", "/Juridisch/index.htm", "/Juridisch/wetten.htm"),
        "/Juridisch/wetten.htm": _page("Wetten", "/Juridisch/index.htm"),
    }
    with serve(Site, log=[], files=files, redirects={"/Juridisch": "/Juridisch/"}) as server:
        path = _crawl(tmp_path, server, workers=1)
        asked = list(server.state["log"])
    titles = sorted(t for _u, t in _rows(path))
    assert titles == ["Juridisch", "Start", "Wetten"]  # not the folder page twice
    assert "/Juridisch/index.htm" not in asked  # an alias, no second fetch
    with sqlite3.connect(path) as conn:
        alias = conn.execute(
            "SELECT a.reason, p.url FROM aliases a JOIN pages p ON p.id = a.page_id"
            " WHERE a.url = ?",
            (url_of(server, "/Juridisch/index.htm"),),
        ).fetchone()
    assert alias == ("index-file", url_of(server, "/Juridisch/"))


def test_a_print_copy_in_a_case_sensitive_folder_is_an_alias_of_its_own_page(
    tmp_path: Path,
) -> None:
    twin = _page("Verlof", "/", text="De verlofregeling voor iedereen in de gemeente, uitgelegd.")
    files = {
        # /PZ/ answers any case (a symlink): the probe concludes "case-blind"
        "/": _page("Start", "/PZ/Verlof.htm", "/pz/verlof.htm", "/Team/Rooster.htm"),
        "/PZ/Verlof.htm": twin,
        "/pz/verlof.htm": twin,
        # in /Team/ letter case matters: two different pages
        "/Team/Rooster.htm": _page("Rooster groot", "/Team/rooster.htm"),
        "/Team/rooster.htm": _page("Rooster klein", "/Team/Rooster.htm", "/Overig/meer.htm"),
        # linked after /Team/ was checked
        "/Overig/meer.htm": _page("Meer", "/print/Team/rooster.htm"),
        "/print/Team/rooster.htm": _page("Rooster klein"),
    }
    with serve(Site, log=[], files=files) as server:
        path = _crawl(tmp_path, server, workers=1)
    titles = sorted(t for _u, t in _rows(path))
    assert titles == ["Meer", "Rooster groot", "Rooster klein", "Start", "Verlof"]
    with sqlite3.connect(path) as conn:
        alias = conn.execute(
            "SELECT a.reason, p.url FROM aliases a JOIN pages p ON p.id = a.page_id"
            " WHERE a.url = ?",
            (url_of(server, "/print/Team/rooster.htm"),),
        ).fetchone()
    assert alias == ("print-version", url_of(server, "/Team/rooster.htm"))


def test_query_parameters_are_asked_in_the_order_a_page_linked_them(tmp_path: Path) -> None:
    files = {
        "/": _page(
            "Start",
            "/agenda.asp?maand=3&amp;jaar=2009",
            "/lijst.asp?zoek=verlof&amp;afdeling=pz",
            "/overzicht.htm",
        ),
        # the same list, linked with its parameters the other way round
        "/overzicht.htm": _page("Overzicht", "/lijst.asp?afdeling=pz&amp;zoek=verlof"),
        "/agenda.asp?maand=3&jaar=2009": _page("Agenda maart"),
        "/lijst.asp?zoek=verlof&afdeling=pz": _page("Lijst verlof"),
        "/lijst.asp?afdeling=pz&zoek=verlof": _page("Lijst verlof"),
    }
    linked = {"/", "/robots.txt"} | {
        h.decode().replace("&amp;", "&")
        for body in files.values()
        for h in re.findall(rb'href="([^"]+)"', body)
    }
    with serve(Site, log=[], files=files) as server:
        path = _crawl(tmp_path, server)
        asked = list(server.state["log"])
    assert set(asked) <= linked, set(asked) - linked
    titles = sorted(t for _u, t in _rows(path))
    assert titles == ["Agenda maart", "Lijst verlof", "Overzicht", "Start"]
    urls = {u.removeprefix(url_of(server, "")) for u, _t in _rows(path)}
    assert "/agenda.asp?maand=3&jaar=2009" in urls  # stored as linked
