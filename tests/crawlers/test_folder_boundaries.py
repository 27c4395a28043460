"""A folder or zip source never reads outside itself, and never reads without limit."""

from __future__ import annotations

import sqlite3
import stat
import zipfile
from pathlib import Path

import pytest

from audit_app.core.crawl_job import run_crawl
from audit_app.core.project import Project
from crawlers.config import CrawlConfig
from crawlers.fetch_folder import OUTSIDE, ZIP_BOMB, ZIP_LINK, FolderFetcher
from crawlers.read_budget import BudgetLimits, ReadBudget

SECRET = "GEHEIM-BUITEN-DE-MAP"


def crawl(tmp_path: Path, start: Path, name: str = "p", **options: object) -> Path:
    path = tmp_path / f"{name}.audit"
    with Project.create(path) as project:
        run_crawl(project, CrawlConfig(start=[str(start)], retries=0, **options))  # type: ignore[arg-type]
    return path


def stored(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def states(path: Path) -> dict[str, tuple[str, str | None]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT url, state, error FROM pages").fetchall()
    return {url.rsplit("/", 2)[-2] + "/" + url.rsplit("/", 1)[-1]: (s, e) for url, s, e in rows}


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder next to the crawled one, standing in for /etc."""
    etc = tmp_path / "etc"
    etc.mkdir()
    for i in range(30):
        (etc / f"conf{i}.html").write_text(f"<title>{SECRET}</title>", "utf-8")
    (etc / "passwd").write_text(f"root:x:0:0:{SECRET}", "utf-8")
    return etc


def test_symlinks_out_of_the_folder_are_recorded_not_read(tmp_path: Path, outside: Path) -> None:
    site = tmp_path / "site"
    (site / "sub").mkdir(parents=True)
    (site / "index.html").write_text(
        '<title>Start</title><a href="wachtwoorden.html">w</a><a href="etc/">etc</a>'
        '<a href="binnen.html">b</a><a href="../etc/passwd">omhoog</a>',
        "utf-8",
    )
    (site / "sub" / "echt.html").write_text("<title>Echt</title>", "utf-8")
    (site / "wachtwoorden.html").symlink_to(outside / "passwd")
    (site / "etc").symlink_to(outside, target_is_directory=True)
    (site / "binnen.html").symlink_to(site / "sub" / "echt.html")  # inside: still read
    path = crawl(tmp_path, site)
    pages = states(path)
    assert pages["site/wachtwoorden.html"] == ("failed", OUTSIDE)
    assert pages["site/etc"] == pages["etc/"] == ("failed", OUTSIDE)  # listed, and linked
    assert pages["site/binnen.html"][0] == "done"
    assert not any("conf" in url for url in pages)  # the linked folder was never listed
    assert SECRET.encode() not in stored(path)


def test_the_fetcher_refuses_every_way_out(tmp_path: Path, outside: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").symlink_to(outside / "conf1.html")  # even the index file
    (site / "etc").symlink_to(outside, target_is_directory=True)
    f = FolderFetcher(site)
    for rel in ("", "etc/passwd", "etc/conf2.html", "ETC/PASSWD"):
        r = f.fetch(f.start_url + rel)
        assert r.status in (403, 404) and SECRET.encode() not in r.body, rel
    assert f.budget.files == 0  # nothing was opened


def _zip_link(name: str, target: str) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info, target.encode()


def test_zip_members_that_climb_out_or_link_are_never_read(tmp_path: Path) -> None:
    archive = tmp_path / "intranet.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("index.html", '<title>Start</title><a href="link.html">l</a>')
        zf.writestr("../buiten.html", f"<title>{SECRET}</title>")
        zf.writestr("/abs/pad.html", f"<title>{SECRET}</title>")
        zf.writestr(*_zip_link("link.html", "/etc/passwd"))
    f = FolderFetcher(archive)
    assert sorted(f.skipped_members) == ["../buiten.html", "/abs/pad.html"]
    r = f.fetch(f.start_url + "link.html")
    assert (r.status, r.error, r.body) == (403, ZIP_LINK, b"")
    f.close()
    path = crawl(tmp_path, archive)
    assert states(path)["intranet.zip/link.html"] == ("failed", ZIP_LINK)
    assert SECRET.encode() not in stored(path) and b"/etc/passwd" not in stored(path)


def test_a_zip_bomb_member_is_refused_by_its_declared_size(tmp_path: Path) -> None:
    archive = tmp_path / "bom.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("index.html", '<title>Start</title><a href="bom.html">b</a>')
        zf.writestr("bom.html", b"<p>" + b"A" * 8_000_000)  # 8 MB packed into ~8 KB
    f = FolderFetcher(archive)
    r = f.fetch(f.start_url + "bom.html")
    assert (r.status, r.error, r.body) == (403, ZIP_BOMB, b"")
    assert f.budget.read == 0
    f.close()


def test_a_zip_never_yields_more_than_a_hundred_times_its_size(tmp_path: Path) -> None:
    """300 members that each stay under the bomb check still cannot fill the disk: the bytes
    actually read stop at 100 x the zip's size, the crawl says so, and what was read stays."""
    archive = tmp_path / "veel.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("index.html", "<title>Start</title>")
        for i in range(300):
            zf.writestr(f"data/blok{i:03}.bin", bytes([i % 251]) * 900_000)
    budget = archive.stat().st_size * 100
    path = tmp_path / "p.audit"
    with Project.create(path) as project:
        summary = run_crawl(project, CrawlConfig(start=[str(archive)], workers=2))
    assert summary.status == "stopped"
    assert "zip-bom" in (summary.stop_reason or "")
    assert 0 < summary.fetched < 300 and summary.queued > 0
    with sqlite3.connect(path) as conn:
        read = conn.execute("SELECT SUM(size_bytes) FROM pages WHERE state = 'done'").fetchone()
    assert read[0] <= budget + 900_000


def test_a_folder_budget_stops_the_crawl_and_a_larger_one_resumes(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<title>Start</title>", "utf-8")
    for i in range(12):
        (site / f"p{i:02}.html").write_text(f"<title>P{i}</title>" + "x" * 10_000, "utf-8")
    path = tmp_path / "p.audit"
    with Project.create(path) as project:
        first = run_crawl(project, CrawlConfig(start=[str(site)], workers=1, max_files=5))
        assert first.status == "stopped" and "--max-files" in (first.stop_reason or "")
        assert first.fetched == 5 and first.queued == 8
        assert first.stop_detail == {"code": "read-files", "files": 5}  # the app words this
        cfg = CrawlConfig(start=[str(site)], workers=1, max_read_bytes=30_000)
        second = run_crawl(project, cfg)
        assert second.resumed and "--max-read-gb" in (second.stop_reason or "")
        assert second.stop_detail == {"code": "read-bytes", "bytes": 30_000}
        third = run_crawl(project, CrawlConfig(start=[str(site)], workers=1))
    assert third.status == "finished" and third.pages_in_project == 13


def test_the_budget_counts_bytes_really_read() -> None:
    """A header that under-states a size is caught by what was read, not what it said."""
    budget = ReadBudget(BudgetLimits(max_read=1000, max_files=10))
    assert budget.take(0) == 1000
    budget.spend(5000)
    assert budget.exhausted and budget.take(0) is None


def test_only_the_first_part_of_a_huge_page_is_parsed_and_stored(tmp_path: Path) -> None:
    """Memory for one page is bounded: the fetch stops at the size cap, and parsing (which
    costs many times the page) stops at MAX_PAGE_BYTES."""
    from crawlers.engine import MAX_PAGE_BYTES

    site = tmp_path / "site"
    site.mkdir()
    block = "<p>Een woord en nog een woord.</p>\n"
    (site / "index.html").write_text("<title>Groot</title>" + block * 250_000, "utf-8")
    path = crawl(tmp_path, site)
    with sqlite3.connect(path) as conn:
        size, text = conn.execute(
            "SELECT p.size_bytes, length(c.text) FROM pages p JOIN page_content c"
            " ON c.page_id = p.id"
        ).fetchone()
    assert size > MAX_PAGE_BYTES * 1.5
    assert 0 < text < MAX_PAGE_BYTES
