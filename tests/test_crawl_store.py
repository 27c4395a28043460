"""The crawl store on a real project file: frontier, batched results, finalise, re-crawl."""

from __future__ import annotations

import json
import zlib

import pytest
from sqlalchemy import text

from audit_app.core.changes import FieldChange, apply_changes
from audit_app.core.crawl_finalise import section_from_url, template_header_dates
from audit_app.core.crawl_store import CrawlStoreError, ProjectCrawlStore
from audit_app.core.page_query import PageFilter, page_ids
from audit_app.core.project import Project
from crawlers.config import CrawlConfig
from crawlers.model import CrawlResult, DateEvidence, PageExtract, StoredLink

pytestmark = pytest.mark.both_backends

SITE = "http://intra.test/"
CONFIG = {"start": [SITE], "path_prefix": None, "include": [], "exclude": [], "extra_hosts": []}


def page(
    path: str,
    links: list[str] = (),  # type: ignore[assignment]
    *,
    title: str = "T",
    status: int = 200,
    section: str | None = None,
    lm: str | None = None,
    evidence: list[DateEvidence] | None = None,
    via: str = "link",
) -> CrawlResult:
    x = PageExtract(charset="utf-8", title=title, text=f"tekst van {title}", words=3)
    x.section = section
    return CrawlResult(
        url=SITE + path,
        depth=1,
        found_via=via,
        kind="page",
        state="done" if status < 400 else "failed",
        fetched_at="2026-01-01T00:00:00+00:00",
        status=status,
        content_type="text/html",
        http_last_modified=lm,
        extract=x,
        date_evidence=evidence or [],
        links=[StoredLink(SITE + t, "anker", True, "a") for t in links],
        raw_compressed=zlib.compress(b"<html>"),
    )


def rows(project: Project, sql: str, *args: object) -> list[tuple]:  # type: ignore[type-arg]
    """Rows of *sql* with ``?`` parameters, on either backend."""
    parts = sql.split("?")
    named = "".join(f"{part}:a{i}" for i, part in enumerate(parts[:-1])) + parts[-1]
    with project.read() as conn:
        result = conn.execute(text(named), {f"a{i}": a for i, a in enumerate(args)})
        return [tuple(r) for r in result]


def crawl(project: Project, results: list[CrawlResult], status: str = "finished") -> int:
    store = ProjectCrawlStore(project)
    run = store.begin_run(CONFIG)
    store.add_queued([(r.url, r.depth, r.found_via) for r in results])
    for r in results:
        store.save(r)
    store.finish_run(run, status, None if status == "finished" else "test", {})
    return run


def test_results_links_aliases_and_finalise(project: Project) -> None:
    crawl(
        project,
        [
            page("", ["a.html", "b.html", "a.html", "zelf/index.html"], via="start"),
            page("a.html", ["b.html", "a.html"], section="Afdeling > A"),
            page("b.html", ["weg.html"]),
            page("personeelszaken/verlof-en-ziekte/c.html", []),
            page("weg.html", status=404),
        ],
    )
    inlinks = dict(rows(project, "SELECT url, inlinks FROM pages"))
    assert inlinks[SITE + "a.html"] == 1  # twice from /, once from itself: one distinct page
    assert inlinks[SITE + "b.html"] == 2
    assert inlinks[SITE + "weg.html"] == 1
    assert inlinks[SITE] == 0
    sections = dict(rows(project, "SELECT url, section FROM pages"))
    assert sections[SITE + "a.html"] == "Afdeling > A"  # breadcrumb wins
    assert sections[SITE + "personeelszaken/verlof-en-ziekte/c.html"] == (
        "Personeelszaken > Verlof en ziekte"
    )
    assert sections[SITE] == "Home"
    broken = rows(project, "SELECT state, status FROM pages WHERE url = ?", SITE + "weg.html")
    assert broken == [("failed", 404)]
    unresolved = rows(project, "SELECT to_url FROM links WHERE to_page_id IS NULL")
    assert unresolved == [(SITE + "zelf/index.html",)]
    assert rows(project, "SELECT COUNT(*) FROM links") == [(7,)]
    with project.read() as conn:
        assert len(page_ids(conn, PageFilter(search="tekst"))) == 5
    depth = dict(rows(project, "SELECT url, depth FROM pages"))
    assert depth[SITE] == 0 and depth[SITE + "b.html"] == 1 and depth[SITE + "weg.html"] == 2
    run = rows(project, "SELECT status, pages_fetched, errors FROM crawl_runs")
    assert run == [("finished", 5, 1)]


def test_alias_points_links_at_the_page_and_replaces_a_queued_row(project: Project) -> None:
    store = ProjectCrawlStore(project)
    run = store.begin_run(CONFIG)
    store.add_queued([(SITE, 0, "start"), (SITE + "oud.html", 1, "link")])
    store.add_queued([(SITE + "nieuw.html", 1, "redirect")])
    store.add_alias(SITE + "oud.html", SITE + "nieuw.html", "redirect")
    store.save(page("", ["oud.html"], via="start"))
    store.save(page("nieuw.html"))
    store.finish_run(run, "finished", None, {})
    urls = {u for (u,) in rows(project, "SELECT url FROM pages")}
    assert urls == {SITE, SITE + "nieuw.html"}
    assert rows(project, "SELECT reason FROM aliases") == [("redirect",)]
    assert rows(project, "SELECT inlinks FROM pages WHERE url = ?", SITE + "nieuw.html") == [(1,)]


def test_links_saved_before_a_redirect_alias_follow_the_page(project: Project) -> None:
    store = ProjectCrawlStore(project)
    run = store.begin_run(CONFIG)
    store.add_queued([(SITE, 0, "start"), (SITE + "oud.html", 1, "link")])
    store.save(page("", ["oud.html"], via="start"))
    store.add_queued([(SITE + "nieuw.html", 1, "redirect")])
    store.add_alias(SITE + "oud.html", SITE + "nieuw.html", "redirect")
    store.save(page("nieuw.html"))
    store.finish_run(run, "finished", None, {})
    target = rows(project, "SELECT id, inlinks FROM pages WHERE url = ?", SITE + "nieuw.html")
    assert rows(project, "SELECT to_page_id FROM links") == [(target[0][0],)]
    assert target[0][1] == 1


def _link_target(project: Project, to: str) -> tuple[str | None, ...]:
    got = rows(
        project,
        "SELECT p.url FROM links l LEFT JOIN pages p ON p.id = l.to_page_id WHERE l.to_url = ?",
        SITE + to,
    )
    return tuple(u for (u,) in got)


def test_a_dropped_alias_gives_its_links_back_even_after_its_page_moved(project: Project) -> None:
    """Team.html was taken for team.html, which then turned out to redirect to nieuw.html;
    Team.html is its own page after all: the link to it points at its own row."""
    store = ProjectCrawlStore(project)
    run = store.begin_run(CONFIG)
    store.add_queued([(SITE, 0, "start"), (SITE + "team.html", 1, "link")])
    store.add_alias(SITE + "Team.html", SITE + "team.html", "case")
    store.save(page("", ["Team.html"], via="start"))
    store.add_queued([(SITE + "nieuw.html", 1, "redirect")])
    store.add_alias(SITE + "team.html", SITE + "nieuw.html", "redirect")
    store.drop_alias(SITE + "Team.html")
    store.add_queued([(SITE + "Team.html", 1, "link")])
    store.save(page("Team.html"))
    store.save(page("nieuw.html"))
    store.finish_run(run, "finished", None, {})
    assert _link_target(project, "Team.html") == (SITE + "Team.html",)


def test_a_resumed_run_gives_back_links_an_earlier_session_pointed_through_an_alias(
    project: Project,
) -> None:
    store = ProjectCrawlStore(project)
    run = store.begin_run(CONFIG)
    store.add_queued([(SITE, 0, "start"), (SITE + "team.html", 1, "link")])
    store.add_alias(SITE + "Team.html", SITE + "team.html", "case")
    store.save(page("", ["Team.html", "team.html"], via="start"))
    store.save(page("team.html"))
    store.finish_run(run, "stopped", "test", {})
    assert _link_target(project, "Team.html") == (SITE + "team.html",)

    again = ProjectCrawlStore(project)
    assert again.begin_run(CONFIG) == run and again.resumed
    again.drop_alias(SITE + "Team.html")
    again.add_queued([(SITE + "Team.html", 1, "link")])
    again.save(page("Team.html"))
    again.finish_run(run, "finished", None, {})
    assert _link_target(project, "Team.html") == (SITE + "Team.html",)
    assert _link_target(project, "team.html") == (SITE + "team.html",)


def test_a_page_people_worked_on_survives_becoming_a_redirect(project: Project) -> None:
    crawl(project, [page("", ["a.html", "b.html"], via="start"), page("a.html"), page("b.html")])
    ids = dict(rows(project, "SELECT url, id FROM pages"))
    with project.transaction() as conn:
        apply_changes(
            conn, [FieldChange("decision", ids[SITE + "a.html"], "decision", "keep")], who="T"
        )
        conn.execute(
            text("INSERT INTO page_views (page_id, views) VALUES (:p, 12)"),
            {"p": ids[SITE + "b.html"]},
        )
    store = ProjectCrawlStore(project)
    run = store.begin_run(CONFIG)
    store.add_queued(
        [(SITE, 0, "start"), (SITE + "a.html", 1, "link"), (SITE + "b.html", 1, "link")]
    )
    store.add_queued([(SITE + "nieuw.html", 1, "redirect")])
    store.add_alias(SITE + "a.html", SITE + "nieuw.html", "redirect")
    store.add_alias(SITE + "b.html", SITE + "nieuw.html", "redirect")
    store.save(page("", ["a.html", "b.html"], via="start"))
    store.save(page("nieuw.html"))
    store.finish_run(run, "finished", None, {})
    state = dict(rows(project, "SELECT url, state FROM pages"))
    assert state[SITE + "a.html"] == "gone" and state[SITE + "b.html"] == "gone"
    assert rows(project, "SELECT decision FROM decisions") == [("keep",)]
    assert rows(project, "SELECT views FROM page_views") == [(12,)]
    assert rows(project, "SELECT inlinks FROM pages WHERE url = ?", SITE + "nieuw.html") == [(1,)]


def test_template_header_dates_need_a_big_share_of_a_big_crawl() -> None:
    copy = "Tue, 14 Feb 2012 08:30:00 GMT"
    assert template_header_dates([copy] * 19) == set()
    dates = [copy] * 6 + [f"Mon, {d:02d} Mar 2010 10:00:00 GMT" for d in range(1, 15)]
    assert template_header_dates(dates) == {"2012-02-14"}
    dates = [copy] * 5 + [f"Mon, {d:02d} Mar 2010 10:00:00 GMT" for d in range(1, 16)]
    assert template_header_dates(dates) == set()


def test_template_date_loses_to_any_real_date(project: Project) -> None:
    copy = "Tue, 14 Feb 2012 08:30:00 GMT"
    results = [page(f"p{i}.html", lm=copy) for i in range(25)]
    results[0].date_evidence = [DateEvidence("2012-02-14", "http-header", "Last-Modified")]
    results[1].date_evidence = [
        DateEvidence("2012-02-14", "http-header", "Last-Modified"),
        DateEvidence("2008-05-01", "url", "/2008/05/", "unknown"),
    ]
    crawl(project, results)
    got = dict(rows(project, "SELECT url, last_modified_source FROM pages"))
    assert got[SITE + "p1.html"] == "url"
    reason = rows(
        project, "SELECT last_modified_reason FROM pages WHERE url = ?", SITE + "p0.html"
    )[0][0]
    assert json.loads(reason) == {"code": "shared-header", "shared_header": "2012-02-14"}


def test_recrawl_keeps_decisions_and_marks_vanished_pages_gone(project: Project) -> None:
    crawl(project, [page("", ["a.html", "b.html"], via="start"), page("a.html"), page("b.html")])
    ids = dict(rows(project, "SELECT url, id FROM pages"))
    with project.transaction() as conn:
        apply_changes(
            conn,
            [
                FieldChange("decision", ids[SITE + "a.html"], "decision", "rewrite"),
                FieldChange("decision", ids[SITE + "b.html"], "decision", "delete"),
            ],
            who="Test",
        )
    crawl(project, [page("", ["a.html"], via="start"), page("a.html", title="Nieuw")])
    state = {u: (st, t) for u, st, t in rows(project, "SELECT url, state, title FROM pages")}
    assert state[SITE + "a.html"] == ("done", "Nieuw")
    assert state[SITE + "b.html"] == ("gone", "T")
    decided = dict(rows(project, "SELECT page_id, decision FROM decisions"))
    assert decided == {ids[SITE + "a.html"]: "rewrite", ids[SITE + "b.html"]: "delete"}
    assert (
        rows(project, "SELECT id FROM pages WHERE url = ?", SITE + "a.html")[0][0]
        == ids[SITE + "a.html"]
    )
    assert rows(project, "SELECT inlinks FROM pages WHERE url = ?", SITE + "b.html") == [(0,)]


def test_a_narrower_crawl_marks_nothing_gone(project: Project) -> None:
    crawl(
        project, [page("", ["hr/a.html", "b.html"], via="start"), page("hr/a.html"), page("b.html")]
    )
    store = ProjectCrawlStore(project)
    run = store.begin_run(CONFIG | {"path_prefix": "/hr/"})
    store.add_queued([(SITE + "hr/a.html", 0, "start")])
    store.save(page("hr/a.html", via="start"))
    store.finish_run(run, "finished", None, {})
    assert {st for (st,) in rows(project, "SELECT state FROM pages")} == {"done"}


def test_stopped_run_resumes_with_its_frontier_and_no_gone(project: Project) -> None:
    crawl(project, [page("", ["a.html"], via="start"), page("a.html")])
    store = ProjectCrawlStore(project)
    run = store.begin_run(CONFIG)
    assert not store.resumed
    store.add_queued([(SITE, 0, "start"), (SITE + "x.html", 1, "link")])
    store.save(page("", ["x.html"], via="start"))
    store.mark(SITE + "kalender.asp?m=1", "trap", "te veel varianten", depth=2)
    store.finish_run(run, "stopped", "Limiet", {})
    assert rows(project, "SELECT state FROM pages WHERE url = ?", SITE + "a.html") == [("done",)]

    again = ProjectCrawlStore(project)
    assert again.begin_run(CONFIG) == run
    assert again.resumed and again.fetched_count() == 1
    assert again.pending() == [(SITE + "x.html", 1)]
    known = again.known_urls()
    assert SITE + "kalender.asp?m=1" in known and SITE + "a.html" not in known
    again.close()
    trap = rows(project, "SELECT state, trap_reason FROM pages WHERE url LIKE '%kalender%'")
    assert trap == [("trap", "te veel varianten")]


def test_other_job_starts_a_new_run(project: Project) -> None:
    store = ProjectCrawlStore(project)
    run = store.begin_run(CONFIG)
    store.close()
    other = ProjectCrawlStore(project)
    assert other.begin_run(CONFIG | {"start": ["http://ander.test/"]}) != run
    other.close()
    assert rows(project, "SELECT status, stop_reason FROM crawl_runs ORDER BY id") == [
        ("stopped", "onderbroken"),
        ("running", None),
    ]


def test_recrawl_replaces_links_and_content_without_duplicates(project: Project) -> None:
    for _ in range(2):
        crawl(project, [page("", ["a.html", "a.html"], via="start"), page("a.html")])
    assert rows(project, "SELECT COUNT(*) FROM links") == [(2,)]
    assert rows(project, "SELECT COUNT(*) FROM page_content") == [(2,)]
    assert rows(project, "SELECT COUNT(*) FROM page_fts") == [(2,)]
    content = rows(project, "SELECT raw, date_evidence FROM page_content LIMIT 1")[0]
    assert zlib.decompress(content[0]) == b"<html>" and json.loads(content[1]) == []


def test_writer_failure_surfaces_as_a_dutch_error(project: Project) -> None:
    store = ProjectCrawlStore(project)
    store.begin_run(CONFIG)
    with project.transaction() as conn:
        conn.exec_driver_sql("DROP TABLE page_fts")
        conn.exec_driver_sql("CREATE TABLE page_fts (x integer)")  # wrong shape: inserts fail
    store.add_queued([(SITE, 0, "start")])
    store.save(page("", via="start"))
    with pytest.raises(CrawlStoreError, match="kon niet worden bijgewerkt"):
        store.flush()
    with pytest.raises(CrawlStoreError):
        store.save(page("a.html"))
    with pytest.raises(CrawlStoreError):
        store.close()
    assert rows(project, "SELECT COUNT(*) FROM pages") == [(0,)]  # the batch rolled back whole


def test_section_from_url_strips_the_shared_root() -> None:
    roots = {"file://": ["home", "jan", "kopie"]}
    url = "file:///home/jan/kopie/Personeel_zaken/verlof%20en%20ziekte/a.html"
    assert section_from_url(url, roots) == "Personeel zaken > Verlof en ziekte"
    assert section_from_url("file:///home/jan/kopie/a.html", roots) == "Home"


def test_config_never_stores_a_password() -> None:
    cfg = CrawlConfig(start=[SITE], auth_method="ntlm", auth_user="GEM\\jan", password="geheim")
    data = cfg.to_dict()
    assert "password" not in data and "geheim" not in json.dumps(data)
    back = CrawlConfig.from_dict(data | {"password": "x", "nieuw_in_v2": 1})
    assert back.password is None and back.auth_user == "GEM\\jan" and back.start == [SITE]


@pytest.mark.parametrize("status", ["finished", "stopped"])
def test_finish_closes_the_run(project: Project, status: str) -> None:
    crawl(project, [page("", via="start")], status=status)
    got = rows(project, "SELECT status, finished_at IS NOT NULL FROM crawl_runs")
    assert got == [(status, 1)]
