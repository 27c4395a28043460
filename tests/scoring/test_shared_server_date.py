"""Files copied to a new server all carry the same Last-Modified. That date is evidence of
nothing: the page says so, a better date is used when there is one, and it never sends a page
to "herschrijven". Crawled from a real server on 127.0.0.1, then scored."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from audit_app.core.crawl_job import run_crawl
from audit_app.core.inventory import iter_inventory
from audit_app.core.project import Project
from audit_app.core.scoring.runner import score_project
from crawlers.config import CrawlConfig
from tests.crawlers import Handler, serve, url_of

COPY_DATE = "Mon, 04 Jan 2021 10:00:00 GMT"
WORDS = " ".join(["Medewerkers kunnen hier lezen hoe ze het werk regelen."] * 15)


def _html(title: str, extra: str = "", links: tuple[str, ...] = ()) -> bytes:
    anchors = "".join(f'<a href="{u}">{u}</a> ' for u in links)
    return (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
        f"<p>{WORDS}</p><p>{extra}</p>{anchors}</body></html>"
    ).encode()


PLAIN = [f"/p{i}.html" for i in range(22)]
PAGES = {
    "/": _html("Start", links=(*PLAIN, "/zicht.html", "/tekst.html")),
    **{p: _html(f"Pagina {p}") for p in PLAIN},
    "/zicht.html": _html("Zichtbaar", "Laatst gewijzigd: 12 maart 2009"),
    "/tekst.html": _html("Tekst", "De regeling is besproken in de vergadering van 3 maart 2015."),
}


class Copied(Handler):
    def do_GET(self) -> None:
        body = PAGES.get(self.path)
        if body is None:
            self.reply(404, b"weg")
        else:
            self.reply(200, body, headers={"Last-Modified": COPY_DATE})


def _rows(tmp_path: Path) -> dict[str, dict[str, Any]]:
    path = tmp_path / "p.audit"
    with serve(Copied) as server:
        with Project.create(path) as project:
            cfg = CrawlConfig(start=[url_of(server)], retries=0, follow_sitemaps=False)
            assert run_crawl(project, cfg).status == "finished"
            score_project(project, workers=1)
        base = url_of(server, "")
    with Project.open(path) as project:
        rows = {r["url"].removeprefix(base): r for r in iter_inventory(project)}
        with project.read() as conn:
            extra = {
                r[0].removeprefix(base): (r[1], r[2], r[3])
                for r in conn.exec_driver_sql(
                    "SELECT p.url, p.last_modified_reason, s.date_confidence, c.date_evidence"
                    " FROM pages p JOIN scores s ON s.page_id = p.id"
                    " JOIN page_content c ON c.page_id = p.id"
                )
            }
    for url, (reason, confidence, evidence) in extra.items():
        rows[url] |= {"reason": reason, "confidence": confidence, "evidence": evidence}
    return rows


def test_a_copy_date_decides_nothing(tmp_path: Path) -> None:
    rows = _rows(tmp_path)
    plain = rows["/p3.html"]
    assert plain["last_modified"] is None and plain["confidence"] == "none"
    assert json.loads(plain["reason"])["code"] == "shared-header"
    assert plain["age_band"] == "unknown"
    assert not any(r["code"] == "not-changed" for r in plain["suggestion_reasons"])

    seen = rows["/zicht.html"]
    assert (seen["last_modified"], seen["last_modified_source"]) == ("2009-03-12", "visible")
    assert {"code": "not-changed", "year": 2009} in seen["suggestion_reasons"]

    weak = rows["/tekst.html"]
    assert (weak["last_modified"], weak["last_modified_source"]) == ("2015-03-03", "content")
    assert weak["confidence"] == "low"
    assert json.loads(weak["reason"])["code"] == "newest-in-text"
    assert {e["source"] for e in json.loads(weak["evidence"])} == {"http-header", "content"}
    assert weak["suggestion"] == "keep"  # a weak date never decides a suggestion alone
    assert not any(r["code"] == "not-changed" for r in weak["suggestion_reasons"])
