"""The crawler never crosses its boundaries, tried end to end: the ``crawl`` command runs in a
child process whose every request goes to a logging proxy on 127.0.0.1 (HTTP_PROXY set,
NO_PROXY cleared), which plays a hostile intranet. The proxy's log is the proof of which hosts
were contacted; the project file's bytes are the proof of what was stored."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.crawlers import serve
from tests.crawlers.hostile import (
    ELSEWHERE,
    INTRANET,
    LOGIN,
    ProxyIntranet,
    hosts_asked,
    intranet_pages,
    proxy_env,
)

ROOT = Path(__file__).resolve().parent.parent
SECRETS = (b"geheim-wachtwoord", b"links-wachtwoord", b"omleiding-wachtwoord")


def crawl(project: Path, env: dict[str, str], *start: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "audit_app", "crawl", *start, "--project", str(project)]
    return subprocess.run(
        [*cmd, "--quiet", "--timeout", "5", "--retries", "0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,  # a bound against hanging, not a speed figure
    )


def project_bytes(project: Path) -> bytes:
    return b"".join(p.read_bytes() for p in project.parent.glob(project.name + "*"))


def rows(project: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(project) as conn:
        return [tuple(r) for r in conn.execute(sql)]


@pytest.fixture
def env() -> dict[str, str]:
    return os.environ | {"PYTHONPATH": str(ROOT)}


def test_only_the_start_host_is_contacted_and_no_login_is_stored(
    tmp_path: Path, env: dict[str, str]
) -> None:
    project = tmp_path / "intranet.audit"
    with serve(ProxyIntranet, log=[], pages=intranet_pages(), login=LOGIN) as proxy:
        start = f"http://{LOGIN[0]}:{LOGIN[1]}@{INTRANET}/"
        done = crawl(project, proxy_env(proxy, env), start)
        asked = hosts_asked(proxy)
        log = list(proxy.state["log"])
    assert done.returncode == 0, done.stderr
    # the other host was never contacted: not by the redirect, robots.txt's Sitemap line, the
    # sitemap index, nor the sitemap entry
    assert asked == {INTRANET}, log
    # the login in the start address was used (every page needs it) and announced in Dutch
    assert "wachtwoord uit het startadres" in done.stderr
    pages = dict(rows(project, "SELECT url, state FROM pages"))
    assert pages[f"http://{INTRANET}/a.html"] == "done"
    assert pages[f"http://{INTRANET}/wees.html"] == "done"  # found through the sitemap
    # off-host redirect: recorded with its status and target, not followed
    weg = rows(
        project, f"SELECT status, final_url FROM pages WHERE url = 'http://{INTRANET}/weg.html'"
    )
    assert weg == [(302, f"http://{ELSEWHERE}/buit.html")]
    # sitemap entry on another host: recorded, not fetched
    assert pages[f"http://{ELSEWHERE}/uit-sitemap.html"] == "excluded"
    assert not any(u.startswith(f"http://{ELSEWHERE}") and s == "done" for u, s in pages.items())
    # no login anywhere in the project file: pages, links, redirects, the crawl settings
    stored = project_bytes(project)
    assert not any(secret in stored for secret in SECRETS)
    assert b"@" + INTRANET.encode() not in stored
    assert b"GELEKT" not in stored
    exported = subprocess.run(
        [sys.executable, "-m", "audit_app", "inventory", str(project)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert exported.returncode == 0 and INTRANET.encode() in exported.stdout
    assert not any(secret in exported.stdout for secret in SECRETS)


def test_a_sitemap_as_start_keeps_the_crawl_on_its_host(
    tmp_path: Path, env: dict[str, str]
) -> None:
    project = tmp_path / "sitemap.audit"
    with serve(ProxyIntranet, log=[], pages=intranet_pages()) as proxy:
        done = crawl(project, proxy_env(proxy, env), f"http://{INTRANET}/sm1.xml")
        asked = hosts_asked(proxy)
    assert done.returncode == 0, done.stderr
    assert asked == {INTRANET}
    pages = dict(rows(project, "SELECT url, state FROM pages"))
    assert pages[f"http://{INTRANET}/wees.html"] == "done"
    assert pages[f"http://{ELSEWHERE}/uit-sitemap.html"] == "excluded"


def test_a_sitemap_file_as_start_does_not_put_its_other_hosts_in_scope(
    tmp_path: Path, env: dict[str, str]
) -> None:
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text(
        '<?xml version="1.0"?><urlset>'
        f"<url><loc>http://{INTRANET}/a.html</loc></url>"
        f"<url><loc>http://{ELSEWHERE}/uit-sitemap.html</loc></url></urlset>",
        "utf-8",
    )
    project = tmp_path / "file.audit"
    with serve(ProxyIntranet, log=[], pages=intranet_pages()) as proxy:
        done = crawl(project, proxy_env(proxy, env), str(sitemap))
        asked = hosts_asked(proxy)
    assert done.returncode == 0, done.stderr
    assert asked == {INTRANET}
    pages = dict(rows(project, "SELECT url, state FROM pages"))
    assert pages[f"http://{INTRANET}/a.html"] == "done"
    assert pages[f"http://{ELSEWHERE}/uit-sitemap.html"] == "excluded"
