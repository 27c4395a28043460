"""A query variant that answers the same text as a page on the same path (a calendar's day view
that shows the month) is an alias of that page, not a row to decide; variants with their own
text (news items by id) stay pages."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from audit_app.core.crawl_job import run_crawl
from audit_app.core.project import Project
from crawlers.config import CrawlConfig
from tests.crawlers import Handler, serve, url_of
from tests.test_crash_resume import ROOT, _env, cli, committed

MONTH = "Agenda januari: nieuwjaarsreceptie, personeelsvergadering en de cursus schrijven."


def _html(title: str, text: str, links: list[str]) -> bytes:
    anchors = "".join(f'<a href="{u}">{u}</a> ' for u in links)
    head = f"<html><head><title>{title}</title></head>"
    return f"{head}<body><p>{text}</p>{anchors}</body></html>".encode()


class Calendar(Handler):
    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        q = parse_qs(parts.query)
        if parts.path == "/":
            days = [f"/kal.asp?dag={d}&month=1" for d in range(1, 8)]
            news = [f"/nieuws.asp?id={i}" for i in range(1, 4)]
            self.reply(
                200, _html("Start", "Welkom op het intranet.", ["/kal.asp?month=1", *days, *news])
            )
        elif parts.path == "/kal.asp":
            day = q.get("dag", [""])[0]
            text = "Op 7 januari: de cursus schrijven in zaal 2." if day == "7" else MONTH
            self.reply(200, _html("Agenda", text, []))
        elif parts.path == "/nieuws.asp":
            self.reply(
                200, _html("Nieuws", f"Nieuwsbericht nummer {q['id'][0]} over het werk.", [])
            )
        else:
            self.reply(404, b"weg")


def test_same_text_query_variants_are_aliases(tmp_path: Path) -> None:
    with serve(Calendar) as server, Project.create(tmp_path / "p.audit") as project:
        cfg = CrawlConfig(start=[url_of(server)], retries=0, follow_sitemaps=False)
        summary = run_crawl(project, cfg)
        with project.read() as conn:
            pages = {
                r[0].removeprefix(url_of(server, ""))
                for r in conn.exec_driver_sql("SELECT url FROM pages WHERE state = 'done'")
            }
            same = conn.exec_driver_sql(
                "SELECT COUNT(*) FROM aliases WHERE reason = 'same-content'"
            ).scalar_one()
    month_text = {"/kal.asp?month=1"} | {f"/kal.asp?dag={d}&month=1" for d in range(1, 7)}
    assert len(pages & month_text) == 1  # whichever came back first is the page
    assert pages - month_text == {
        "/",
        "/kal.asp?dag=7&month=1",
        "/nieuws.asp?id=1",
        "/nieuws.asp?id=2",
        "/nieuws.asp?id=3",
    }
    assert same == 6 and summary.pages_in_project == 6


DAYS = [f"/kal.asp?dag={d}&month=1" for d in range(1, 13)]


class SlowCalendar(Handler):
    """The month page first, then a dozen day views that show the month, slowly."""

    def do_GET(self) -> None:
        time.sleep(self.server.state["slow"])
        parts = urlsplit(self.path)
        if parts.path == "/":
            self.reply(200, _html("Start", "Welkom op het intranet.", ["/kal.asp?month=1", *DAYS]))
        elif parts.path == "/kal.asp":
            self.reply(200, _html("Agenda", MONTH, []))
        else:
            self.reply(404, b"weg")


def test_same_text_variants_stay_aliases_after_kill_nine(tmp_path: Path) -> None:
    """What a variant is matched against comes back from the project: day views fetched after
    a kill -9 and a resume are aliases of the month page fetched before it, not new rows."""
    path = tmp_path / "p.audit"
    with serve(SlowCalendar, slow=0.3) as server:
        month = url_of(server, "/kal.asp?month=1")
        cmd = cli("crawl", url_of(server), "--project", str(path), "--no-sitemaps")
        cmd += ["--workers", "1", "--timeout", "5"]
        proc = subprocess.Popen(
            cmd, cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            deadline = time.monotonic() + 60
            while month not in committed(path):
                assert proc.poll() is None and time.monotonic() < deadline
                time.sleep(0.05)
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        before = committed(path)
        server.state["slow"] = 0.0
        with Project.open(path) as project:
            summary = run_crawl(project, CrawlConfig(start=[url_of(server)], retries=0))
            with project.read() as conn:
                rows = {
                    r[0].removeprefix(url_of(server, ""))
                    for r in conn.exec_driver_sql("SELECT url FROM pages WHERE state = 'done'")
                }
                same = conn.exec_driver_sql(
                    "SELECT COUNT(*) FROM aliases WHERE reason = 'same-content'"
                ).scalar_one()
    assert summary.resumed and summary.status == "finished"
    assert len(before) < 1 + len(DAYS)  # some day views were left for the resumed crawl
    assert rows == {"/", "/kal.asp?month=1"}
    assert same == len(DAYS)
