"""The crawl engine against the bundled sample intranet over real HTTP, a folder and a zip."""

from __future__ import annotations

import itertools
import json
import shutil
import threading
import time
import zipfile
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from audit_app.core.changes import FieldChange, apply_changes
from audit_app.core.crawl_job import CrawlSummary, run_crawl
from audit_app.core.inventory import JSONL_FIELDS, iter_inventory
from audit_app.core.progress import Progress
from audit_app.core.project import Project
from audit_app.core.sample_server import DEFAULT_ROOT, SampleServer
from crawlers.config import CrawlConfig
from crawlers.start_items import CrawlStartError
from crawlers.urls import canonical, normalise

MANIFEST: dict[str, Any] = json.loads((DEFAULT_ROOT / "_manifest.json").read_text("utf-8"))
FAST = {"retries": 0, "backoff": 0.0, "timeout": 5.0}


@dataclass
class Crawled:
    path: Path
    base: str
    summary: CrawlSummary
    requests: list[str]

    def rows(self, sql: str, *args: object) -> list[tuple[Any, ...]]:
        with Project.open(self.path) as p, p.read() as conn:
            return [tuple(r) for r in conn.exec_driver_sql(sql, args)]

    def page_url(self, path: str) -> str:
        """The identity the crawler gives a manifest path on this case-insensitive server."""
        return canonical(normalise(self.base + path.lstrip("/")) or "", case_insensitive=True)[0]

    def by_url(self) -> dict[str, dict[str, Any]]:
        """Rows by identity: a page is stored under the spelling a link used."""
        with Project.open(self.path) as p:
            return {self.page_url(r["url"][len(self.base) - 1 :]): r for r in iter_inventory(p)}


def crawl_sample(tmp: Path, **config: Any) -> Crawled:
    with SampleServer() as server:
        server.slow_seconds = 0.1
        path = tmp / "sample.audit"
        with Project.create(path) as project:
            cfg = CrawlConfig(start=[server.base_url], **config)
            summary = run_crawl(project, cfg, Progress())
        return Crawled(path, server.base_url, summary, server.requests)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Crawled:
    # parser processes from the start, so the process-pool path is the one tested here
    return crawl_sample(tmp_path_factory.mktemp("sample"), parser_threshold=0)


def test_every_reachable_page_and_document_is_stored(sample: Crawled) -> None:
    assert sample.summary.status == "finished" and sample.summary.stop_reason is None
    assert sample.summary.parsed_in_processes > 100
    inv = sample.by_url()
    for path in MANIFEST["reachable_pages"]:
        row = inv[sample.page_url(path)]
        assert row["kind"] == "page" and row["state"] == "done", path
    for path, meta in MANIFEST["documents"].items():
        row = inv[sample.page_url(path)]
        assert row["kind"] == "document" and row["state"] == "done", path
        assert row["content_type"] in ("application/pdf", MIMES_DOCX), path
        assert row["last_modified"] == meta["modified"], path
        assert row["last_modified_source"] == "document", path


MIMES_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_orphans_come_from_the_sitemap(sample: Crawled) -> None:
    inv = sample.by_url()
    for path in MANIFEST["orphans"]:
        row = inv[sample.page_url(path)]
        assert row["state"] == "done" and row["inlinks"] == 0, path
    via = dict(sample.rows("SELECT url, found_via FROM pages"))
    assert {via[sample.page_url(p)] for p in MANIFEST["orphans"]} == {"sitemap"}


def test_calendar_trap_is_stopped_and_recorded_as_one_row(sample: Crawled) -> None:
    family = sample.rows(
        "SELECT a.url, a.reason, p.url FROM aliases a JOIN pages p ON p.id = a.page_id"
        " WHERE a.reason IN ('trap', 'trap-family')"
    )
    rows = sample.rows("SELECT url, state FROM pages WHERE url LIKE '%kalender.asp%'")
    assert len(rows) == 1 and rows[0][1] == "done"  # the whole calendar: one row to decide
    assert len(family) >= 24 and {p for _a, _r, p in family} == {rows[0][0]}
    fetched = [r for r in sample.requests if r.lower().startswith("/agenda/kalender.asp")]
    assert 1 <= len(fetched) <= 26
    skipped = {urlsplit(u).path + "?" + urlsplit(u).query for u, r, _p in family if r == "trap"}
    assert skipped and not skipped & set(sample.requests)


def test_aliases_are_recorded_and_never_fetched(sample: Crawled) -> None:
    aliases = sample.rows(
        "SELECT a.url, a.reason, p.url FROM aliases a JOIN pages p ON p.id = a.page_id"
    )
    reasons = {reason for _a, reason, _p in aliases}
    assert {"index-file", "case", "print-version", "redirect"} <= reasons
    asked = set(sample.requests)
    for alias, reason, _page in aliases:
        parts = urlsplit(alias)
        request = parts.path + (f"?{parts.query}" if parts.query else "")
        if reason not in ("redirect", "trap-family", "same-content"):  # these were fetched
            assert request not in asked, alias
    stored = {u for (u,) in sample.rows("SELECT url FROM pages")}
    assert not stored & {a for a, _r, _p in aliases}
    redirect = {a: p for a, r, p in aliases if r == "redirect"}
    assert redirect[sample.base + "ict/verhuisd.html"] == sample.base + "ict/thuiswerken.html"
    assert not [r for r in sample.requests if "sid=" in r.lower() or "jsessionid" in r.lower()]


def test_robots_txt_is_obeyed(sample: Crawled) -> None:
    assert not [r for r in sample.requests if r.lower().startswith("/prive")]
    states = dict(sample.rows("SELECT url, state FROM pages WHERE url LIKE '%prive%'"))
    assert states and set(states.values()) == {"excluded"}


def test_broken_links_and_server_errors(sample: Crawled) -> None:
    inv = sample.by_url()
    for path in MANIFEST["broken_links"]:
        row = inv[sample.page_url(path)]
        assert row["status"] == 404 and row["state"] == "failed" and row["inlinks"] >= 1, path
    assert inv[sample.base + "fout/500.asp"]["status"] == 500
    loop = inv[sample.base + "oud/redirect-lus.asp"]
    assert loop["state"] == "failed" and loop["error"]
    linked = sample.rows(
        "SELECT COUNT(*) FROM links l JOIN pages p ON p.id = l.to_page_id WHERE p.status = 404"
    )
    assert linked[0][0] >= len(MANIFEST["broken_links"])


def test_external_links_are_recorded_not_stored_as_pages(sample: Crawled) -> None:
    external = {u for (u,) in sample.rows("SELECT to_url FROM links WHERE internal = 0")}
    assert {normalise(u) for u in MANIFEST["external_links"]} <= external
    hosts = {urlsplit(u).netloc for (u,) in sample.rows("SELECT url FROM pages")}
    assert hosts == {urlsplit(sample.base).netloc}


def test_legacy_encodings_are_decoded(sample: Crawled) -> None:
    inv = sample.by_url()
    checked = 0
    for path, meta in MANIFEST["pages"].items():
        if meta["encoding"] != "cp1252" or path in MANIFEST["orphans"]:
            continue
        row = inv[sample.page_url(path)]
        assert row["title"].startswith(meta["title"]) or row["h1"] == meta["title"], path
        assert "\ufffd" not in (row["title"] or ""), path
        checked += 1
    assert checked > 100


def test_inventory_rows_have_the_documented_fields(sample: Crawled) -> None:
    with Project.open(sample.path) as p:
        rows = list(iter_inventory(p))
    assert rows and all(tuple(r) == JSONL_FIELDS for r in rows)
    home = next(r for r in rows if r["url"] == sample.base)
    assert home["depth"] == 0 and home["inlinks"] > 100 and home["section"] == "Home"


def test_external_site_is_never_fetched(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    with LoggingServer(tmp_path / "elders") as other:
        (site / "index.html").write_text(
            f'<html><title>Start</title><a href="{other.url}geheim.html">elders</a>'
            '<a href="b.html">b</a></html>',
            "utf-8",
        )
        (site / "b.html").write_text("<html><title>B</title>Tekst</html>", "utf-8")
        with LoggingServer(site) as own, Project.create(tmp_path / "p.audit") as project:
            summary = run_crawl(project, CrawlConfig(start=[own.url], **FAST))
            with project.read() as conn:
                links = conn.exec_driver_sql(
                    "SELECT to_url, internal FROM links WHERE internal = 0"
                ).all()
        assert summary.status == "finished" and summary.fetched == 2
        assert other.log == []
        assert [tuple(r) for r in links] == [(other.url + "geheim.html", 0)]


def test_start_redirect_to_another_host_is_recorded_not_followed(tmp_path: Path) -> None:
    """Only start hosts and --extra-host are contacted: a start page that moved to another
    host is stored with its status and target, and the other host hears nothing."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text('<title>Nieuw</title><a href="b.html">b</a>', "utf-8")
    (site / "b.html").write_text("<title>B</title>", "utf-8")
    with (
        LoggingServer(site) as new,
        LoggingServer(tmp_path / "oud", redirect=new.url) as old,
        Project.create(tmp_path / "p.audit") as project,
    ):
        summary = run_crawl(project, CrawlConfig(start=[old.url], **FAST))
        with project.read() as conn:
            rows = conn.exec_driver_sql("SELECT url, status, final_url FROM pages").all()
            links = conn.exec_driver_sql("SELECT to_url, internal, tag FROM links").all()
    assert summary.status == "finished"
    assert [tuple(r) for r in rows] == [(old.url, 301, new.url)]
    assert summary.offsite_redirects == (new.url,)  # the CLI suggests --extra-host
    assert [tuple(r) for r in links] == [(new.url, 0, "redirect")]
    assert new.log == []


def test_start_redirect_to_an_added_host_moves_the_crawl(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text('<title>Nieuw</title><a href="b.html">b</a>', "utf-8")
    (site / "b.html").write_text("<title>B</title>", "utf-8")
    with (
        LoggingServer(site) as new,
        LoggingServer(tmp_path / "oud", redirect=new.url) as old,
        Project.create(tmp_path / "p.audit") as project,
    ):
        host = urlsplit(new.url).netloc
        cfg = CrawlConfig(start=[old.url], extra_hosts=[host], **FAST)
        summary = run_crawl(project, cfg)
        with project.read() as conn:
            pages = dict(conn.exec_driver_sql("SELECT url, found_via FROM pages").all())
            alias = conn.exec_driver_sql("SELECT url, reason FROM aliases").all()
    assert summary.status == "finished"
    assert pages == {new.url: "start", new.url + "b.html": "link"}
    assert [tuple(a) for a in alias] == [(old.url, "redirect")]
    assert "/b.html" in new.log


def small_site(root: Path, pages: int) -> Path:
    root.mkdir()
    links = "".join(f'<a href="p{i}.html">p{i}</a>' for i in range(pages))
    (root / "index.html").write_text(f"<title>Start</title>{links}", "utf-8")
    for i in range(pages):
        (root / f"p{i}.html").write_text(f"<title>P{i}</title>{links}", "utf-8")
    return root


def test_time_limit_and_polite_delay(tmp_path: Path) -> None:
    site = small_site(tmp_path / "site", 20)
    with LoggingServer(site) as server, Project.create(tmp_path / "p.audit") as project:
        cfg = CrawlConfig(start=[server.url], max_seconds=1.0, delay=0.25, **FAST)
        summary = run_crawl(project, cfg)
        times = [t for p, t in zip(server.log, server.times, strict=True) if p.endswith(".html")]
    assert summary.status == "stopped" and "Tijdslimiet" in (summary.stop_reason or "")
    assert 2 <= summary.fetched <= 6 and summary.queued > 10
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert gaps and min(gaps) >= 0.2  # robots.txt and sitemap.xml come first, without waiting


def test_paged_list_is_crawled_whole_while_a_calendar_is_cut(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    pages = "".join(f'<a href="lijst.html?pagina={n}">{n}</a>' for n in range(1, 41))
    months = "".join(
        f'<a href="agenda.html?maand={y}-{m:02d}">{m}</a>'
        for y in range(2000, 2005)
        for m in range(1, 13)
    )
    (site / "index.html").write_text(f"<title>Start</title>{pages}{months}", "utf-8")
    (site / "lijst.html").write_text("<title>Lijst</title><p>Nieuws</p>", "utf-8")
    (site / "agenda.html").write_text("<title>Agenda</title><p>Activiteiten</p>", "utf-8")
    with LoggingServer(site) as server, Project.create(tmp_path / "p.audit") as project:
        run_crawl(project, CrawlConfig(start=[server.url], **FAST))
        log = list(server.log)
        with project.read() as conn:
            reasons = [
                r
                for (r,) in conn.exec_driver_sql(
                    "SELECT a.reason FROM aliases a WHERE a.url LIKE '%agenda.html?maand=%'"
                )
            ]
            rows = conn.exec_driver_sql("SELECT url FROM pages WHERE url LIKE '%?%'").all()
    assert len([p for p in log if p.startswith("/lijst.html?pagina=")]) == 40
    assert len([p for p in log if p.startswith("/agenda.html?maand=")]) == 24
    assert reasons.count("trap") == 60 - 24 and len(reasons) == 59  # one row for the agenda
    # the paged list answers the same text on every page: its variants are aliases too
    assert len([u for (u,) in rows if "agenda.html" in u]) == 1


def test_pause_holds_the_crawl_and_resume_finishes_it(tmp_path: Path) -> None:
    site = small_site(tmp_path / "site", 5)
    progress = Progress()
    progress.pause()
    with LoggingServer(site) as server, Project.create(tmp_path / "p.audit") as project:
        result: list[CrawlSummary] = []
        worker = threading.Thread(
            target=lambda: result.append(
                run_crawl(project, CrawlConfig(start=[server.url]), progress)
            )
        )
        worker.start()
        time.sleep(0.8)
        paused_log = [p for p in server.log if p not in ("/robots.txt", "/sitemap.xml")]
        progress.resume()
        worker.join(30)
    assert paused_log == []
    assert result and result[0].status == "finished" and result[0].fetched == 6


def test_folder_and_zip_crawls_find_every_file(tmp_path: Path) -> None:
    archive = tmp_path / "intranet.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for f in DEFAULT_ROOT.rglob("*"):
            if f.is_file():
                zf.write(f, "intranet/" + f.relative_to(DEFAULT_ROOT).as_posix())
    for start in (DEFAULT_ROOT, archive):
        path = tmp_path / f"{start.name}.audit"
        with Project.create(path) as project:
            summary = run_crawl(project, CrawlConfig(start=[str(start)], parser_processes=0))
            assert summary.status == "finished", start
            with project.read() as conn:
                urls = [
                    r[0]
                    for r in conn.exec_driver_sql(
                        "SELECT url FROM pages WHERE kind = 'page' AND state = 'done'"
                    )
                ]
                orphans = conn.exec_driver_sql(
                    "SELECT COUNT(*) FROM pages WHERE found_via = 'folder' AND inlinks = 0"
                    " AND kind = 'page'"
                ).scalar_one()
        html = [u for u in urls if u.endswith((".html", "/"))]
        assert len(html) >= MANIFEST["html_files"] - 1, start
        assert orphans >= len(MANIFEST["orphans"]), start


def test_recrawl_keeps_decisions_and_marks_removed_pages_gone(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    for part in ("pz", "fac", "index.html"):
        copy = shutil.copytree if (DEFAULT_ROOT / part).is_dir() else shutil.copy
        copy(DEFAULT_ROOT / part, site / part)
    cfg = CrawlConfig(start=[str(site)], parser_processes=0)
    project = Project.create(tmp_path / "p.audit")
    try:
        run_crawl(project, cfg)
        with project.read() as conn:
            ids = dict(conn.exec_driver_sql("SELECT url, id FROM pages").all())
        verlof = next(u for u in ids if u.endswith("/pz/verlof.html"))
        kerst = next(u for u in ids if u.endswith("/fac/kerstpakketten-2006.html"))
        with project.transaction() as conn:
            apply_changes(
                conn,
                [
                    FieldChange("decision", ids[verlof], "decision", "rewrite"),
                    FieldChange("decision", ids[kerst], "decision", "delete"),
                ],
                who="Test",
            )
        (site / "fac" / "kerstpakketten-2006.html").unlink()
        second = run_crawl(project, cfg)
        assert second.status == "finished" and not second.resumed
        with project.read() as conn:
            state = dict(conn.exec_driver_sql("SELECT url, state FROM pages").all())
            decisions = dict(conn.exec_driver_sql("SELECT page_id, decision FROM decisions").all())
            new_ids = dict(conn.exec_driver_sql("SELECT url, id FROM pages").all())
        assert state[verlof] == "done" and state[kerst] == "gone"
        assert decisions == {ids[verlof]: "rewrite", ids[kerst]: "delete"}
        assert new_ids == ids
    finally:
        project.close()


def test_page_limit_then_cancel_then_resume_fetch_each_page_once(
    tmp_path: Path, sample: Crawled
) -> None:
    path = tmp_path / "p.audit"
    with SampleServer() as server:
        server.slow_seconds = 0.1
        base = server.base_url
        with Project.create(path) as project:
            cfg = CrawlConfig(start=[base], max_pages=15, **FAST)
            first = run_crawl(project, cfg)
            assert first.status == "stopped" and "15" in (first.stop_reason or "")
            assert first.fetched == 15 and first.queued > 0
            fetched_after_limit = len(server.requests)

            cfg.max_pages = None
            seen: list[int] = []
            stop = threading.Event()

            def progress(st: Any) -> None:
                seen.append(st.fetched)
                if st.fetched >= 40:
                    stop.set()

            second = run_crawl(project, cfg, should_stop=stop.is_set, on_progress=progress)
            assert second.status == "stopped" and second.cancelled and second.resumed
            with project.read() as conn:
                committed = {
                    r[0]
                    for r in conn.exec_driver_sql(
                        "SELECT url FROM pages WHERE state IN ('done', 'failed')"
                    )
                }
            before_resume = len(server.requests)

            third = run_crawl(project, cfg)
            assert third.status == "finished" and third.resumed
        later = server.requests[before_resume:]
    assert fetched_after_limit < 40
    again = {base + r.lstrip("/") for r in later} & committed
    assert again <= {base + "ict/thuiswerken.html"}  # only as the target of a redirect
    mine = Crawled(path, base, third, [])

    def comparable(c: Crawled) -> set[tuple[Any, ...]]:
        return {
            (u[len(c.base) :], r["state"], r["status"], r["kind"], r["title"], r["inlinks"])
            for u, r in c.by_url().items()
            if "kalender.asp" not in u
        }

    assert comparable(mine) == comparable(sample)


def test_bad_start_items_get_a_dutch_message(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.audit") as project:
        for start in (["ftp://x"], [str(tmp_path / "bestaat-niet")], []):
            with pytest.raises(CrawlStartError):
                run_crawl(project, CrawlConfig(start=start))
        empty = tmp_path / "lijst.txt"
        empty.write_text("# niets\n", "utf-8")
        with pytest.raises(CrawlStartError, match=r"lijst\.txt"):
            run_crawl(project, CrawlConfig(start=[str(empty)]))
        with project.read() as conn:
            assert conn.exec_driver_sql("SELECT COUNT(*) FROM crawl_runs").scalar_one() == 0


def test_url_list_and_sitemap_file_as_start(tmp_path: Path) -> None:
    with SampleServer() as server:
        listing = tmp_path / "adressen.txt"
        listing.write_text(
            f"{server.url('pz/verlof.html')}\n{server.url('ict/index.html')}\n", "utf-8"
        )
        sitemap = tmp_path / "sitemap.xml"
        sitemap.write_text(
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<url><loc>{server.url('fac/bhv.html')}</loc></url></urlset>",
            "utf-8",
        )
        for start, expect in ((listing, "/pz/verlof.html"), (sitemap, "/fac/bhv.html")):
            with Project.create(tmp_path / f"{start.stem}.audit") as project:
                cfg = CrawlConfig(start=[str(start)], max_depth=0, follow_sitemaps=False, **FAST)
                summary = run_crawl(project, cfg)
                with project.read() as conn:
                    done = [
                        urlsplit(r[0]).path
                        for r in conn.exec_driver_sql("SELECT url FROM pages WHERE state='done'")
                    ]
            assert summary.status == "finished"
            assert expect in done and len(done) <= 2
        with Project.create(tmp_path / "remote.audit") as project:
            cfg = CrawlConfig(start=[server.url("sitemap.xml")], max_depth=0, **FAST)
            run_crawl(project, cfg)
            with project.read() as conn:
                via = dict(
                    conn.exec_driver_sql(
                        "SELECT url, found_via FROM pages WHERE state IN ('done', 'failed')"
                    ).all()
                )
        orphans = {server.url(p.lstrip("/")) for p in MANIFEST["orphans"]}
    assert orphans <= via.keys() and len(via) > 100
    assert set(via.values()) <= {"sitemap", "redirect"}


class _QuietHandler(SimpleHTTPRequestHandler):
    log: list[str]
    times: list[float]
    redirect: str | None = None

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self.log.append(self.path)
        self.times.append(time.monotonic())
        if self.redirect:
            self.send_response(301)
            self.send_header("Location", self.redirect + self.path.lstrip("/"))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        super().do_GET()


class LoggingServer:
    """A static file server on 127.0.0.1 that remembers every request."""

    def __init__(self, root: Path, redirect: str | None = None) -> None:
        root.mkdir(exist_ok=True)
        self.log: list[str] = []
        self.times: list[float] = []
        attrs = {"log": self.log, "times": self.times, "redirect": redirect}
        handler = type("H", (_QuietHandler,), attrs)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(root)))
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,))

    def __enter__(self) -> LoggingServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.thread.join()
        self.httpd.server_close()
