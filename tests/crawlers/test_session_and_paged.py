"""Two findings of the held-out check (issue 10), each on a small real server: a page linked
only with a session id was asked for without it (a spelling nobody linked), and a paged list
(``?page=2`` … or ``/archief/pagina/2/``) came out as a row per page instead of one row."""

from __future__ import annotations

import re
import signal
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from sqlalchemy import text

from audit_app.core.crawl_job import run_crawl
from audit_app.core.project import Project
from audit_app.core.scoring.signals import internal_inlinks
from crawlers.config import CrawlConfig
from exporters import labels
from tests.crawlers import Handler, LocalServer, serve, url_of
from tests.test_crash_resume import ROOT, _env, cli, committed

FAST: dict[str, Any] = {"retries": 0, "backoff": 0.0, "timeout": 5.0, "follow_sitemaps": False}
SID = "ASPSESSIONIDQQGGTB"


def _page(title: str, *links: str) -> bytes:
    anchors = "".join(f'<a href="{link}">{title} {i}</a> ' for i, link in enumerate(links))
    words = f"Dit is de pagina {title} met genoeg eigen woorden om te tellen en te lezen."
    return (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
        f"<p>{words}</p>{anchors}</body></html>"
    ).encode()


class SessionSite(Handler):
    """Answers a page with or without a session id alike (as ASP does); logs each request."""

    def do_GET(self) -> None:
        with self.server.state["lock"]:
            self.server.state["log"].append(self.path)
        time.sleep(self.server.state.get("slow", 0.0))
        split = urlsplit(self.path)
        path = split.path.split(";", 1)[0]
        query = [(k, v) for k, v in parse_qsl(split.query) if not k.upper().startswith("ASPSES")]
        body = self.server.state["files"].get(path + (f"?{urlencode(query)}" if query else ""))
        if body is None:
            self.reply(404, b"<html><body>niet gevonden</body></html>")
        else:
            self.reply(200, body)


def _asked(server: LocalServer) -> list[str]:
    return [p for p in server.state["log"] if p != "/robots.txt"]


def _linked(files: dict[str, bytes]) -> set[str]:
    return {"/"} | {
        h.decode().replace("&amp;", "&")
        for body in files.values()
        for h in re.findall(rb'href="([^"]+)"', body)
    }


def _titles(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return sorted(r[0] for r in conn.execute("SELECT title FROM pages WHERE state = 'done'"))


SESSION_FILES = {
    "/": _page(
        "Start",
        f"/alleen.asp?{SID}=AAAA1111",  # linked only with a session id
        f"/beide.asp?{SID}=BBBB2222",  # with one here ...
        "/midden.htm",
        "/pad.jsp;jsessionid=CCCC3333",  # a session id in the path
    ),
    "/midden.htm": _page("Midden", "/beide.asp"),  # ... and without one here
    "/alleen.asp": _page("Alleen", "/"),
    "/beide.asp": _page("Beide", "/"),
    "/pad.jsp": _page("Pad", "/"),
}


def test_a_page_linked_only_with_a_session_id_is_asked_for_as_linked(tmp_path: Path) -> None:
    path = tmp_path / "p.audit"
    with serve(SessionSite, log=[], files=SESSION_FILES) as server:
        with Project.create(path) as project:
            run_crawl(project, CrawlConfig(start=[url_of(server)], workers=1, **FAST))
        asked = _asked(server)
    assert set(asked) <= _linked(SESSION_FILES), set(asked) - _linked(SESSION_FILES)
    assert f"/alleen.asp?{SID}=AAAA1111" in asked
    assert "/pad.jsp;jsessionid=CCCC3333" in asked
    assert len(asked) == len(set(asked))  # every page once
    assert _titles(path) == ["Alleen", "Beide", "Midden", "Pad", "Start"]
    with sqlite3.connect(path) as conn:
        urls = {r[0] for r in conn.execute("SELECT url FROM pages") if "127.0.0.1" in r[0]}
        row = conn.execute(
            "SELECT final_url FROM pages WHERE url = ?", (url_of(server, "/alleen.asp"),)
        ).fetchone()
        kept = conn.execute("SELECT url FROM aliases WHERE url LIKE '%ession%'").fetchall()
    # identity drops the session id: one row, stored without it; once the page is fetched the
    # session id is not kept (not in the project, not in a redirect map)
    assert not any("sessionid" in u.lower() for u in urls)
    assert kept == []
    assert row == (url_of(server, "/alleen.asp"),)


def test_the_linked_session_spelling_survives_kill_nine(tmp_path: Path) -> None:
    items = [f"/item{i}.asp?{SID}={i:08X}" for i in range(12)]
    files = {"/": _page("Start", *items)}
    files |= {f"/item{i}.asp": _page(f"Item {i}", "/") for i in range(12)}
    path = tmp_path / "p.audit"
    with serve(SessionSite, log=[], files=files, slow=0.3) as server:
        cmd = cli("crawl", url_of(server), "--project", str(path), "--no-sitemaps")
        cmd += ["--workers", "1", "--timeout", "5"]
        proc = subprocess.Popen(
            cmd, cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            deadline = time.monotonic() + 60
            while len(committed(path)) < 4:
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
    assert later and set(later) <= _linked(files), set(later) - _linked(files)
    assert len(_titles(path)) == 13


def _news(page: int, last: int) -> bytes:
    items = [f"/nieuws/bericht-{page}-{k}.htm" for k in (1, 2)]
    nav = [f"/nieuws/?page={page + 1}"] if page < last else []
    return _page(f"Nieuws pagina {page}", *items, *nav)


def _archive(page: int, last: int) -> bytes:
    items = [f"/archief/stuk-{page}.htm"]
    nav = [f"/archief/pagina/{page + 1}/"] if page < last else []
    return _page(f"Archief pagina {page}", *items, *nav)


def test_a_paged_list_is_one_row_and_every_item_is_found(tmp_path: Path) -> None:
    files = {
        "/": _page("Start", "/nieuws/", "/archief/", "/lijst.asp?id=3"),
        "/nieuws/": _news(1, 5),
        "/archief/": _archive(1, 3),
        # ?id= is not a page number: two different pages stay two rows
        "/lijst.asp?id=3": _page("Lijst drie", "/lijst.asp?id=4"),
        "/lijst.asp?id=4": _page("Lijst vier"),
    }
    files |= {f"/nieuws/?page={n}": _news(n, 5) for n in range(2, 6)}
    files |= {
        f"/nieuws/bericht-{n}-{k}.htm": _page(f"Bericht {n}.{k}")
        for n in range(1, 6)
        for k in (1, 2)
    }
    files |= {f"/archief/pagina/{n}/": _archive(n, 3) for n in range(2, 4)}
    files |= {f"/archief/stuk-{n}.htm": _page(f"Stuk {n}") for n in range(1, 4)}
    path = tmp_path / "p.audit"
    with serve(SessionSite, log=[], files=files) as server:
        with Project.create(path) as project:
            run_crawl(project, CrawlConfig(start=[url_of(server)], **FAST))
        asked = set(_asked(server))
    # every page of the lists was fetched: that is how the items on page 5 are found
    assert {f"/nieuws/?page={n}" for n in range(2, 6)} <= asked
    titles = _titles(path)
    assert [t for t in titles if t.startswith("Nieuws")] == ["Nieuws pagina 1"]
    assert [t for t in titles if t.startswith("Archief")] == ["Archief pagina 1"]
    assert sum(t.startswith("Bericht") for t in titles) == 10
    assert sum(t.startswith("Stuk") for t in titles) == 3
    assert {"Lijst drie", "Lijst vier"} <= set(titles)
    with sqlite3.connect(path) as conn:
        family = dict(
            (r[0].removeprefix(url_of(server, "")), (r[1], r[2]))
            for r in conn.execute(
                "SELECT url, family_kind, family_variants FROM pages WHERE family_kind IS NOT NULL"
            )
        )
        reasons = {
            r[0].removeprefix(url_of(server, ""))
            for r in conn.execute("SELECT url FROM aliases WHERE reason = 'paged'")
        }
    assert family == {"/nieuws/": ("paged", 5), "/archief/": ("paged", 3)}
    assert reasons == {f"/nieuws/?page={n}" for n in range(2, 6)} | {
        f"/archief/pagina/{n}/" for n in range(2, 4)
    }
    # the items on later list pages keep the list as their inlink (else: orphans)
    with Project.open(path) as project, project.read() as conn:
        inlinks = internal_inlinks(conn)
        ids = {
            url.removeprefix(url_of(server, "")): pid
            for pid, url in conn.execute(text("SELECT id, url FROM pages"))
        }
    got = {n: inlinks.get(ids[f"/nieuws/bericht-{n}-1.htm"]) for n in range(1, 6)}
    assert got == dict.fromkeys(range(1, 6), 1), got
    assert inlinks.get(ids["/archief/stuk-3.htm"]) == 1
    assert labels.family("nl", "paged", 5, False) == "Lijst, 5 pagina's"
    assert labels.family("en", "paged", 5, False) == "List, 5 pages"
