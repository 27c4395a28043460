"""Images and other assets are inventoried (URL, size, where used, alt text per use) but are
not pages: not in the crawl's page count, the table, the scores or the summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit_app.cli import main
from audit_app.core.crawl_job import run_crawl
from audit_app.core.page_query import PageFilter, count_decided
from audit_app.core.project import Project
from audit_app.core.scoring.runner import score_project
from audit_app.core.scoring.summary import build_summary
from crawlers.config import CrawlConfig
from tests.crawlers import Handler, serve, url_of

TEXT = " ".join(["Dit is een gewone zin over het werk op kantoor."] * 20)
SITE: dict[str, tuple[str, bytes]] = {
    "/": (
        "text/html",
        (
            f'<html><head><title>Start</title></head><body><p>{TEXT}</p><img src="/logo.gif"'
            ' alt="Logo gemeente"><a href="/foto.jpg">Foto</a> <a href="/nieuws.html">Nieuws</a>'
            "</body></html>"
        ).encode(),
    ),
    "/nieuws.html": (
        "text/html",
        (
            f'<html><head><title>Nieuws</title></head><body><p>{TEXT}</p><img src="/logo.gif">'
            '<img src="foto.jpg" alt=""></body></html>'
        ).encode(),
    ),
    "/foto.jpg": ("image/jpeg", b"\xff\xd8\xff" + b"0" * 2000),
    "/logo.gif": ("image/gif", b"GIF89a" + b"0" * 100),
}


class Site(Handler):
    def do_GET(self) -> None:
        with self.server.state["lock"]:
            self.server.state["log"].append(self.path)
        item = SITE.get(self.path)
        if item is None:
            self.reply(404, b"weg")
        else:
            self.reply(200, item[1], content_type=item[0])


@pytest.fixture()
def crawled(tmp_path: Path) -> tuple[Path, list[str], str, int, int]:
    path = tmp_path / "p.audit"
    with serve(Site, log=[]) as server:
        with Project.create(path) as project:
            cfg = CrawlConfig(start=[url_of(server)], retries=0, follow_sitemaps=False)
            summary = run_crawl(project, cfg)
            score_project(project, workers=1)
        log, base = list(server.state["log"]), url_of(server, "")
    return path, log, base, summary.pages_in_project, summary.assets_in_project


def test_assets_are_not_pages(crawled: tuple[Path, list[str], str, int, int]) -> None:
    path, log, _base, pages, assets = crawled
    assert (pages, assets) == (2, 1)  # foto.jpg was linked, so fetched: an asset, not a page
    assert "/logo.gif" not in log  # only shown with <img>: never fetched for its own sake
    with Project.open(path) as project:
        with project.read() as conn:
            assert count_decided(conn, PageFilter()) == (0, 2)  # (decided, shown)
            kinds = dict(
                conn.exec_driver_sql(
                    "SELECT p.kind, COUNT(*) FROM scores s JOIN pages p ON p.id = s.page_id"
                    " GROUP BY p.kind"
                ).all()
            )
        assert kinds == {"page": 2}  # no age band, no suggestion for the image
        summary = build_summary(project)
    assert summary["totals"]["scored"] == 2 and summary["totals"]["assets"] == 1
    assert summary["totals"]["not_scored"] == 0


def test_asset_inventory_has_size_uses_and_alt_per_use(
    crawled: tuple[Path, list[str], str, int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _log, base, _pages, _assets = crawled
    assert main(["inventory", str(path), "--assets"]) == 0
    rows = {
        r["url"].removeprefix(base): r
        for r in map(json.loads, capsys.readouterr().out.split("\n")[:-1])
    }
    assert set(rows) == {"/foto.jpg", "/logo.gif"}
    foto, logo = rows["/foto.jpg"], rows["/logo.gif"]
    assert foto["size_bytes"] == 2003 and foto["content_type"] == "image/jpeg"
    assert [(u["page"].removeprefix(base), u["alt"]) for u in foto["used_on"]] == [
        ("/nieuws.html", "")
    ]
    assert logo["size_bytes"] is None  # not fetched
    assert [(u["page"].removeprefix(base), u["alt"]) for u in logo["used_on"]] == [
        ("/", "Logo gemeente"),
        ("/nieuws.html", None),
    ]
    assert (foto["missing_alt"], logo["missing_alt"]) == (0, 1)
