"""A narrower re-crawl (--prefix) only sees links to the pages outside its prefix: those pages
keep what the first crawl observed, so the table and the export still list them."""

from __future__ import annotations

from pathlib import Path

from audit_app.core.crawl_job import run_crawl
from audit_app.core.inventory import iter_inventory
from audit_app.core.page_query import PageFilter, count_decided
from audit_app.core.project import Project
from crawlers.config import CrawlConfig
from tests.test_crawl_engine import FAST, LoggingServer


def test_prefix_recrawl_keeps_pages_outside_the_prefix(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "pz").mkdir(parents=True)
    (site / "fin").mkdir()
    (site / "index.html").write_text(
        '<title>Start</title><a href="pz/a.html">a</a><a href="fin/b.html">b</a>', "utf-8"
    )
    (site / "pz" / "a.html").write_text(
        '<title>A</title><a href="../fin/b.html">b</a><a href="../">start</a>', "utf-8"
    )
    (site / "fin" / "b.html").write_text("<title>B</title><p>Begroting</p>", "utf-8")
    with LoggingServer(site) as server, Project.create(tmp_path / "p.audit") as project:
        run_crawl(project, CrawlConfig(start=[server.url], **FAST))
        with project.read() as conn:
            before = count_decided(conn, PageFilter())[1]
        narrow = CrawlConfig(start=[server.url + "pz/a.html"], path_prefix="/pz/", **FAST)
        assert run_crawl(project, narrow).status == "finished"
        with project.read() as conn:
            after = count_decided(conn, PageFilter())[1]
        rows = {r["url"].removeprefix(server.url): r for r in iter_inventory(project)}
    assert before == after == 3
    assert rows["fin/b.html"]["state"] == "done" and rows["fin/b.html"]["title"] == "B"
    assert rows[""]["state"] == "done"
