"""The sample intranet and its server: the numbers other tests rely on must hold."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import lxml.html
import pytest
import requests
from bs4 import BeautifulSoup
from pypdf import PdfReader

from audit_app.core.sample_server import DEFAULT_ROOT, MONTHS, TRAP_ENTRY, SampleServer
from resources import generate_sample_intranet as generator


@pytest.fixture
def http() -> Any:
    with requests.Session() as session:
        session.trust_env = False  # never a proxy: traffic stays on 127.0.0.1
        yield session


def test_generator_is_deterministic(tmp_path: Path) -> None:
    out = tmp_path / "site"
    generator.build(out)
    if generator.tree_digest(out) == generator.tree_digest(DEFAULT_ROOT):
        return
    # another pypdf version may lay out PDF bytes differently; the rest must be identical
    fresh = {p.relative_to(out) for p in out.rglob("*") if p.is_file()}
    committed = {p.relative_to(DEFAULT_ROOT) for p in DEFAULT_ROOT.rglob("*") if p.is_file()}
    assert fresh == committed
    for rel in sorted(fresh):
        a, b = (out / rel).read_bytes(), (DEFAULT_ROOT / rel).read_bytes()
        if rel.suffix == ".pdf":
            ra, rb = PdfReader(out / rel), PdfReader(DEFAULT_ROOT / rel)
            assert dict(ra.metadata or {}) == dict(rb.metadata or {}), rel
            assert ra.pages[0].extract_text() == rb.pages[0].extract_text(), rel
        else:
            assert a == b, rel


def test_site_has_the_promised_shape(sample_manifest: dict[str, Any]) -> None:
    m = sample_manifest
    assert 150 <= m["html_files"] <= 300
    # docs/sample-intranet.md promises these numbers; change both together
    assert (m["html_files"], len(m["reachable_pages"]), len(m["reachable_documents"])) == (
        223,
        218,
        8,
    )
    assert len(m["recent_pages"]) == 3 and len(m["unvisited"]) == 3
    assert len(m["orphans"]) == 3
    assert len(m["broken_links"]) == 6
    assert "/docs/verlofregeling-2006.pdf" in m["broken_links"]
    assert ["/pz/verlof.html", "/pz/verlof_oud.html"] in m["near_duplicates"]
    charsets = {p["declared_charset"] for p in m["pages"].values()}
    assert {"utf-8", "windows-1252", "iso-8859-1", None} <= charsets
    assert any(p["lang"] == "en" for p in m["pages"].values())
    titles = [p["title"] for p in m["pages"].values()]
    assert any(t.startswith("=") for t in titles) and any(t.startswith("-") for t in titles)
    size = sum(p.stat().st_size for p in DEFAULT_ROOT.rglob("*") if p.is_file())
    assert size < 3_000_000


def test_exact_duplicates_are_byte_identical(sample_manifest: dict[str, Any]) -> None:
    for group in sample_manifest["exact_duplicates"]:
        blobs = {(DEFAULT_ROOT / p.lstrip("/")).read_bytes() for p in group}
        assert len(blobs) == 1
    a, b = sample_manifest["near_duplicates"][0]
    assert (DEFAULT_ROOT / a.lstrip("/")).read_bytes() != (
        DEFAULT_ROOT / b.lstrip("/")
    ).read_bytes()


def test_windows_1252_pages_hold_bytes_utf8_cannot_read(sample_manifest: dict[str, Any]) -> None:
    legacy = [
        p for p, v in sample_manifest["pages"].items() if v["declared_charset"] == "iso-8859-1"
    ]
    assert legacy
    raw = b"".join((DEFAULT_ROOT / p.lstrip("/")).read_bytes() for p in legacy)
    for char in "ë€–’":
        assert char.encode("cp1252") in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")


def test_static_page_bytes_and_headers(sample_site: SampleServer, http: Any) -> None:
    r = http.get(sample_site.url("/pz/verlof.html"))
    assert r.status_code == 200
    assert r.content == (DEFAULT_ROOT / "pz/verlof.html").read_bytes()
    assert r.headers["Content-Type"] == "text/html; charset=utf-8"
    assert r.headers["Last-Modified"] == "Tue, 14 Feb 2012 08:30:00 GMT"
    legacy = http.get(sample_site.url("/fac/bhv.html"))
    assert legacy.headers["Content-Type"] == "text/html"
    assert legacy.content == (DEFAULT_ROOT / "fac/bhv.html").read_bytes()
    pdf = http.get(sample_site.url("/docs/verlofregeling-2009.pdf"))
    assert pdf.headers["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_news_pages_carry_their_own_date(sample_site: SampleServer, http: Any) -> None:
    page = next(p for p in sorted(sample_site_pages()) if p.startswith("/nieuws/2009/"))
    r = http.get(sample_site.url(page))
    assert r.headers["Last-Modified"].endswith("2009 09:00:00 GMT")
    again = http.get(
        sample_site.url(page), headers={"If-Modified-Since": r.headers["Last-Modified"]}
    )
    assert again.status_code == 304 and again.content == b""


def sample_site_pages() -> list[str]:
    return ["/" + p.relative_to(DEFAULT_ROOT).as_posix() for p in DEFAULT_ROOT.rglob("*.html")]


def test_iis_style_aliases(sample_site: SampleServer, http: Any) -> None:
    original = (DEFAULT_ROOT / "pz/verlof.html").read_bytes()
    for alias in (
        "/PZ/Verlof.html",
        "/Pz/VERLOF.HTML",
        "/pz/verlof.html;jsessionid=8F3A2C91D4E5B6A7",
        "/pz/verlof.html?print=1",
    ):
        assert http.get(sample_site.url(alias)).content == original, alias
    moved = http.get(sample_site.url("/ict"), allow_redirects=False)
    assert moved.status_code == 301 and moved.headers["Location"] == "/ict/"
    assert (
        http.get(sample_site.url("/ict/")).content
        == http.get(sample_site.url("/ict/index.html")).content
    )


def test_calendar_trap_never_ends(sample_site: SampleServer, http: Any) -> None:
    url = sample_site.url(TRAP_ENTRY)
    seen = set()
    for _ in range(40):
        r = http.get(url)
        assert r.status_code == 200
        seen.add(url)
        nxt = BeautifulSoup(r.content, "lxml").find("a", string=lambda s: "volgende" in (s or ""))
        assert nxt is not None
        url = urljoin(url, nxt["href"])
    assert len(seen) == 40
    assert url.endswith("maand=2012-07")


def test_redirect_loop_moved_page_and_errors(sample_site: SampleServer, http: Any) -> None:
    a = http.get(sample_site.url("/oud/redirect-lus.asp"), allow_redirects=False)
    b = http.get(sample_site.url(a.headers["Location"]), allow_redirects=False)
    assert (a.status_code, b.status_code) == (302, 302)
    assert b.headers["Location"] == "/oud/redirect-lus.asp"
    with pytest.raises(requests.TooManyRedirects):
        http.get(sample_site.url("/oud/redirect-lus.asp"))
    moved = http.get(sample_site.url("/ict/verhuisd.html"))
    assert moved.history[0].status_code == 301 and moved.url.endswith("/ict/thuiswerken.html")
    assert http.get(sample_site.url("/fout/500.asp")).status_code == 500
    assert http.get(sample_site.url("/pz/reiskosten.html")).status_code == 404
    assert http.get(sample_site.url("/_manifest.json")).status_code == 404
    assert http.get(sample_site.url("/nieuws/2009/")).status_code == 403


def test_slow_page_is_slow_but_stop_does_not_wait(http: Any) -> None:
    server = SampleServer().start()
    try:
        server.slow_seconds = 0.3
        t0 = time.monotonic()
        assert http.get(server.url("/traag.asp")).status_code == 200
        assert time.monotonic() - t0 >= 0.3
        server.slow_seconds = 30
        result: list[int] = []
        worker = threading.Thread(
            target=lambda: result.append(http.get(server.url("/traag.asp")).status_code)
        )
        worker.start()
        time.sleep(0.2)
    finally:
        t1 = time.monotonic()
        server.stop()
    worker.join(5)
    assert time.monotonic() - t1 < 3
    assert result == [200]


def test_robots_and_sitemap(
    sample_site: SampleServer, http: Any, sample_manifest: dict[str, Any]
) -> None:
    robots = RobotFileParser()
    robots.parse(http.get(sample_site.url("/robots.txt")).text.splitlines())
    assert not robots.can_fetch("content-audit", sample_site.url("/prive/salarisgegevens.html"))
    assert robots.can_fetch("content-audit", sample_site.url("/pz/verlof.html"))
    assert robots.site_maps() == [sample_site.url("/sitemap.xml")]
    root = ET.fromstring(http.get(sample_site.url("/sitemap.xml")).content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [e.text or "" for e in root.findall("s:url/s:loc", ns)]
    assert all(loc.startswith(sample_site.base_url) for loc in locs)
    paths = {urlsplit(loc).path for loc in locs}
    assert set(sample_manifest["orphans"]) <= paths
    assert not any(p.startswith("/prive/") for p in paths)
    assert len(paths) == sample_manifest["html_files"] - len(sample_manifest["robots_disallowed"])


def test_polite_crawl_finds_what_the_manifest_says(
    sample_site: SampleServer, http: Any, sample_manifest: dict[str, Any]
) -> None:
    """An independent breadth-first crawl over HTTP agrees with the generator's own count."""
    base = sample_site.base_url
    queue, pages, docs, broken = ["/index.html"], {"/index.html"}, set(), set()
    skip = (".asp", "/ict/verhuisd.html", ".css", ".js", ".gif")
    seen = set(queue)
    while queue:
        path = queue.pop(0)
        r = http.get(base + path.lstrip("/"))
        if r.status_code == 404:
            broken.add(path)
            continue
        if not path.endswith(".html"):
            docs.add(path)
            continue
        pages.add(path)
        for href in lxml.html.fromstring(r.content).xpath("//a/@href"):
            url = urljoin(r.url, str(href))
            parts = urlsplit(url)
            if not url.startswith(base):
                continue
            found = parts.path.split(";")[0].lower()
            found += "index.html" if found.endswith("/") else ""
            if found.startswith("/prive/") or found.endswith(skip) or found in seen:
                continue
            seen.add(found)
            queue.append(found)
    assert sorted(pages) == sorted(p.lower() for p in sample_manifest["reachable_pages"])
    assert sorted(docs) == sample_manifest["reachable_documents"]
    assert sorted(broken) == sample_manifest["broken_links"]


def test_recent_pages_carry_a_date_of_the_serving_day(
    sample_site: SampleServer, http: Any, sample_manifest: dict[str, Any]
) -> None:
    """The pages still kept up to date stay recent whenever the demo runs."""
    token = sample_manifest["recent_token"]
    for path, days in sample_manifest["recent_pages"].items():
        assert token.encode() in (DEFAULT_ROOT / path.lstrip("/")).read_bytes()
        r = http.get(sample_site.url(path))
        day = date.today() - timedelta(days=days)
        shown = f"Laatst gewijzigd: {day.day} {MONTHS[day.month - 1]} {day.year}"
        assert shown in r.text and token not in r.text, path
        assert parsedate_to_datetime(r.headers["Last-Modified"]).date() == day
        assert path in sample_manifest["reachable_pages"]


def test_page_views_of_the_old_statistics_are_bundled_but_not_served(
    sample_site: SampleServer, http: Any, sample_manifest: dict[str, Any]
) -> None:
    name = sample_manifest["views_file"]
    assert http.get(sample_site.url("/" + name)).status_code == 404
    lines = (DEFAULT_ROOT / name).read_text(encoding="utf-8").splitlines()
    listed = {line.split(";")[0] for line in lines[lines.index("Pagina;Weergaven") + 1 :]}
    reachable = set(sample_manifest["reachable_pages"])
    assert listed == reachable - set(sample_manifest["unvisited"])
    assert set(sample_manifest["unvisited"]) <= reachable
    assert {"/pz/verlof.html", "/pz/verlof_oud.html"} <= listed  # a near copy still visited


def test_command_line_serves_until_interrupted(http: Any) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "audit_app.core.sample_server", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = line.split()[1]
        assert url.startswith("http://127.0.0.1:")
        assert http.get(url).status_code == 200
    finally:
        proc.send_signal(2)
        proc.wait(10)
        if proc.stdout:
            proc.stdout.close()
    assert proc.returncode == 0
