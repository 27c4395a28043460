"""Crawling a folder of HTML files or a zip of one, read in place, with the junk shares hold."""

from __future__ import annotations

import os
import threading
import zipfile
from calendar import timegm
from pathlib import Path

import pytest

from crawlers.fetch_errors import error_code
from crawlers.fetch_folder import FolderFetcher
from crawlers.urls import normalise

MARCH_2009 = timegm((2009, 3, 12, 10, 30, 0))


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "intranet kopie"
    (root / "hr" / "verlof").mkdir(parents=True)
    (root / "leeg").mkdir()
    (root / "_vti_cnf").mkdir()
    (root / "_notes").mkdir()
    (root / "index.htm").write_text("<h1>Home</h1>", encoding="utf-8")
    (root / "hr" / "Default.asp").write_text("<h1>HR</h1>", encoding="utf-8")
    (root / "hr" / "verlof" / "regeling 2009.pdf").write_bytes(b"%PDF-1.4 ...")
    (root / "hr" / "café.html").write_text("<p>koffie</p>", encoding="utf-8")
    (root / "hr" / "Contact.HTML").write_text("<p>bel</p>", encoding="utf-8")
    (root / "Thumbs.db").write_bytes(b"junk")
    (root / ".DS_Store").write_bytes(b"junk")
    (root / "_vti_cnf" / "index.htm").write_text("vti", encoding="utf-8")
    (root / "_notes" / "dwsync.xml").write_text("<x/>", encoding="utf-8")
    os.utime(root / "index.htm", (MARCH_2009, MARCH_2009))
    return root


def test_start_url_and_index(share: Path) -> None:
    f = FolderFetcher(share)
    assert f.start_url == normalise(share.resolve().as_uri() + "/")
    assert "intranet%20kopie" in f.start_url
    r = f.fetch(f.start_url)
    assert (r.status, r.body, r.content_type, r.error) == (200, b"<h1>Home</h1>", "text/html", None)
    assert r.headers["last-modified"] == "Thu, 12 Mar 2009 10:30:00 GMT"


def test_directory_without_slash_serves_its_index(share: Path) -> None:
    f = FolderFetcher(share)
    r = f.fetch(f.start_url + "hr")
    assert r.status == 200
    assert r.body == b"<h1>HR</h1>"
    assert r.final_url == f.start_url + "hr/"
    assert r.redirect_chain == [f.start_url + "hr"]
    empty = f.fetch(f.start_url + "leeg/")
    assert (empty.status, error_code(empty.error)) == (404, "no-index")


@pytest.mark.parametrize(
    ("rel", "status", "ctype"),
    [
        ("hr/verlof/regeling%202009.pdf", 200, "application/pdf"),
        ("hr/caf%C3%A9.html", 200, "text/html"),
        ("hr/caf%E9.html", 200, "text/html"),  # link written in windows-1252
        ("hr/contact.html", 200, "text/html"),  # link case differs from the file name
        ("hr/default.ASP", 200, "text/html"),
        ("hr/bestaat-niet.html", 404, None),
        ("../geheim.txt", 403, None),
        ("hr/../../geheim.txt", 403, None),
    ],
)
def test_fetch_files(share: Path, rel: str, status: int, ctype: str | None) -> None:
    (share.parent / "geheim.txt").write_text("geheim", encoding="utf-8")
    f = FolderFetcher(share)
    r = f.fetch(f.start_url + rel)
    assert (r.status, r.content_type) == (status, ctype)
    assert b"geheim" not in r.body
    assert (r.error is None) == (status == 200)


def test_list_files_skips_junk_and_round_trips(share: Path) -> None:
    f = FolderFetcher(share)
    files = f.list_files()
    rels = [u[len(f.start_url) :] for u in files]
    assert rels == [
        "hr/Contact.HTML",
        "hr/Default.asp",
        "hr/caf%C3%A9.html",
        "hr/verlof/regeling%202009.pdf",
        "index.htm",
    ]
    for url in files:
        assert normalise(url) == url
        assert f.fetch(url).status == 200


def test_symlink_loop_and_broken_link(share: Path) -> None:
    (share / "hr" / "terug").symlink_to(share, target_is_directory=True)
    (share / "hr" / "lus").symlink_to(share / "hr", target_is_directory=True)
    (share / "kapot.html").symlink_to(share / "weg.html")
    f = FolderFetcher(share)
    files = f.list_files()
    assert len(files) == 5
    r = f.fetch(f.start_url + "kapot.html")
    assert (r.status, error_code(r.error)) == (404, "broken-shortcut")


def test_fifo_is_refused_without_hanging(share: Path) -> None:
    os.mkfifo(share / "pijp.html")
    f = FolderFetcher(share)
    r = f.fetch(f.start_url + "pijp.html")
    assert (r.status, error_code(r.error)) == (403, "not-a-regular-file")
    assert len(f.list_files()) == 5


def test_unreadable_file_and_folder(share: Path) -> None:
    secret = share / "hr" / "dicht.html"
    secret.write_text("<p>dicht</p>", encoding="utf-8")
    closed = share / "dichte-map"
    closed.mkdir()
    (closed / "x.html").write_text("x", encoding="utf-8")
    secret.chmod(0)
    closed.chmod(0)
    try:
        if os.access(secret, os.R_OK):
            pytest.skip("running as root: permissions do not stop us from reading")
        f = FolderFetcher(share)
        r = f.fetch(f.start_url + "hr/dicht.html")
        assert (r.status, error_code(r.error)) == (403, "no-read-permission")
        assert not any("dichte-map" in u for u in f.list_files())
    finally:
        secret.chmod(0o644)
        closed.chmod(0o755)


def test_size_cap(share: Path) -> None:
    (share / "groot.pdf").write_bytes(b"x" * 5000)
    f = FolderFetcher(share, max_bytes=1000)
    r = f.fetch(f.start_url + "groot.pdf")
    assert r.truncated
    assert len(r.body) == 1000


def test_neither_folder_nor_zip(tmp_path: Path) -> None:
    plain = tmp_path / "notities.txt"
    plain.write_text("geen zip", encoding="utf-8")
    for bad in (plain, tmp_path / "bestaat-niet"):
        with pytest.raises(ValueError, match="geen map en geen zip-bestand"):
            FolderFetcher(bad)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    path = tmp_path / "intranet.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("site/index.html", "<h1>Zip home</h1>")
        z.writestr("site/HR/Verlof.htm", "<p>verlof</p>")
        z.writestr("site/docs/plan.docx", b"PK fake docx")
        z.writestr("site/_vti_cnf/index.html", "vti")
        z.writestr("site/Thumbs.db", "junk")
        z.writestr(zipfile.ZipInfo("site/leeg/"), "")
        z.writestr("../../etc/passwd", "root:x:0:0")
        z.writestr("../buiten.html", "ontsnapt")
        z.writestr("site/../../ook-buiten.html", "ontsnapt")
        z.writestr("/absoluut.html", "ontsnapt")
    (tmp_path / "buiten.html").write_text("BUITEN DE ZIP", encoding="utf-8")
    return path


def test_zip_read_in_place(archive: Path) -> None:
    before = sorted(p.name for p in archive.parent.iterdir())
    f = FolderFetcher(archive)
    assert f.start_url == archive.resolve().as_uri() + "/"
    files = [u[len(f.start_url) :] for u in f.list_files()]
    assert files == ["site/HR/Verlof.htm", "site/docs/plan.docx", "site/index.html"]
    home = f.fetch(f.start_url + "site")
    assert (home.status, home.body, home.final_url) == (
        200,
        b"<h1>Zip home</h1>",
        f.start_url + "site/",
    )
    assert f.fetch(f.start_url + "site/hr/verlof.htm").body == b"<p>verlof</p>"
    doc = f.fetch(f.start_url + "site/docs/plan.docx")
    assert doc.content_type is not None and "wordprocessingml" in doc.content_type
    assert "last-modified" in doc.headers
    assert f.fetch(f.start_url + "site/leeg/").status == 404
    assert f.fetch(f.start_url + "site/nergens.html").status == 404
    f.close()
    assert sorted(p.name for p in archive.parent.iterdir()) == before  # nothing unpacked


@pytest.mark.parametrize(
    "rel", ["../../etc/passwd", "../buiten.html", "site/../../ook-buiten.html", "absoluut.html"]
)
def test_zip_path_traversal_does_not_escape(archive: Path, rel: str) -> None:
    f = FolderFetcher(archive)
    r = f.fetch(f.start_url + rel)
    assert r.status in (403, 404)
    assert b"root:" not in r.body and b"BUITEN" not in r.body and b"ontsnapt" not in r.body
    f.close()


def test_zip_concurrent_reads(archive: Path) -> None:
    f = FolderFetcher(archive)
    bodies: list[bytes] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(50):
            body = f.fetch(f.start_url + "site/index.html").body
            with lock:
                bodies.append(body)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    f.close()
    assert bodies == [b"<h1>Zip home</h1>"] * 200


def test_file_name_that_is_not_utf8(share: Path) -> None:
    name = os.fsdecode(b"caf\xe9-oud.html")  # copied from an old latin-1 file system
    (share / name).write_text("<p>oud</p>", encoding="utf-8")
    f = FolderFetcher(share)
    listed = [u for u in f.list_files() if "oud" in u]
    assert listed == [f.start_url + "caf%E9-oud.html"]
    r = f.fetch(listed[0])
    assert (r.status, r.body) == (200, b"<p>oud</p>")
