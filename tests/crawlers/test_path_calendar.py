"""A calendar with the date in the path (/agenda/2009/03/, /agenda/2009/04/ ... without end) is
one row the room decides once, like the calendar with the date in its query: no trap rows. Its
events and real dated articles (/nieuws/2009/03/verhuizing.html) stay pages."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook

from audit_app.core import page_query
from audit_app.core.crawl_job import run_crawl
from audit_app.core.page_query import PageFilter
from audit_app.core.project import Project
from audit_app.core.scoring.signals import internal_inlinks
from crawlers.config import CrawlConfig
from exporters import labels
from exporters.options import ExportOptions
from exporters.workbook import export_workbook
from tests.crawlers import Handler, serve, url_of

MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
ARTICLES = {
    "/nieuws/2009/03/verhuizing.html": "De afdeling verhuist in maart naar de tweede verdieping.",
    "/nieuws/2010/06/nieuwe-kantine.html": "Vanaf juni is de kantine ook 's avonds open.",
}


def _html(title: str, text: str, links: list[str]) -> bytes:
    anchors = "".join(f'<a href="{u}">{u}</a> ' for u in links)
    head = f"<head><title>{title}</title></head>"
    return f"<html>{head}<body><p>{text}</p>{anchors}</body></html>".encode()


def _month(year: int, month: int, step: int) -> str:
    n = year * 12 + month - 1 + step
    return f"/agenda/{n // 12}/{n % 12 + 1:02d}/"


class PathCalendar(Handler):
    """A month view links the month before and after it, for ever, and that month's event."""

    def do_GET(self) -> None:
        path = self.path
        found = re.fullmatch(r"/agenda/(\d{4})/(\d{2})/(overleg-\d{6}\.html)?", path)
        if path == "/":
            self.reply(200, _html("Start", "Welkom op het intranet.", ["/agenda/", "/nieuws/"]))
        elif path == "/agenda/":
            self.reply(200, _html("Agenda", "De agenda van de afdeling.", ["/agenda/2009/03/"]))
        elif path == "/nieuws/":
            self.reply(200, _html("Nieuws", "Het laatste nieuws.", list(ARTICLES)))
        elif path in ARTICLES:
            self.reply(200, _html("Nieuwsbericht", ARTICLES[path], ["/nieuws/"]))
        elif found:
            year, month = int(found.group(1)), int(found.group(2))
            name = f"{MONTHS[month - 1]} {year}"
            if found.group(3):
                self.reply(200, _html(f"Overleg {name}", f"Teamoverleg in {name}.", []))
                return
            event = f"{path}overleg-{year}{month:02d}.html"
            links = [_month(year, month, -1), _month(year, month, 1), event]
            self.reply(200, _html("Agenda", f"Agenda voor {name}: teamoverleg.", links))
        else:
            self.reply(404, b"weg")


def test_a_path_calendar_is_one_row_with_its_variant_count(tmp_path: Path) -> None:
    with serve(PathCalendar) as server, Project.create(tmp_path / "p.audit") as project:
        cfg = CrawlConfig(start=[url_of(server)], retries=0, follow_sitemaps=False)
        summary = run_crawl(project, cfg)
        base = url_of(server, "")
        with project.read() as conn:
            rows = page_query.fetch_rows(conn, page_query.page_ids(conn, PageFilter()))
            shown = page_query.visible_count(conn)
            inlinks = internal_inlinks(conn)
        export_workbook(project, tmp_path / "plan.xlsx", options=ExportOptions())
    urls = {r["url"].removeprefix(base): r for r in rows.values()}
    assert summary.status == "finished" and summary.traps > 0
    assert not [u for u, r in urls.items() if r["state"] == "trap"]  # no trap rows
    months = [u for u in urls if re.fullmatch(r"/agenda/\d{4}/\d{2}/", u)]
    assert len(months) == 1  # the calendar is one row ...
    family = urls[months[0]]
    assert family["family_kind"] == "calendar" and family["family_skipped"]
    assert family["family_variants"] >= 20  # ... that says how many months it stands for
    events = [u for u in urls if "overleg-" in u]
    assert len(events) >= 20  # the events the months link to are pages ...
    orphans = [u for u in events if not inlinks.get(urls[u]["id"])]
    assert not orphans  # ... linked from the calendar's row, not orphans
    assert set(ARTICLES) <= set(urls)  # real dated articles stay pages
    assert shown == len(rows) == len(months) + len(events) + len(ARTICLES) + 3
    # the room reads what the row stands for: the workbook's plan row says it after the title
    n = family["family_variants"]
    sheet = load_workbook(tmp_path / "plan.xlsx").worksheets[0]
    header = [c.value for c in sheet[1]]
    url_col, title_col = header.index("Oude URL"), header.index("Titel")
    titles = {r[url_col]: r[title_col] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert titles[base + months[0]] == f"Agenda — Kalender, {n} varianten, overige overgeslagen"
    assert labels.family("en", "calendar", 1, False) == "Calendar, 1 variant"
