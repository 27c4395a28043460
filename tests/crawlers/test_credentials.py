"""A login written into an address (http://user:pass@host/) is used, never stored."""

from __future__ import annotations

import json
from pathlib import Path

from audit_app.core.crawl_job import run_crawl
from audit_app.core.project import Project
from crawlers.config import CrawlConfig
from crawlers.urls import normalise, split_credentials
from tests.crawlers import Handler, serve


def test_normalise_drops_user_and_password() -> None:
    assert normalise("http://jan:geheim@Intranet:8080/a") == "http://intranet:8080/a"
    assert normalise("https://jan@intranet/") == "https://intranet/"


def test_split_credentials_decodes_escapes() -> None:
    assert split_credentials("http://jan:ge%40heim@intranet/x?y=1") == (
        "http://intranet/x?y=1",
        "jan",
        "ge@heim",
    )
    assert split_credentials("http://intranet/") == ("http://intranet/", None, None)


def test_start_login_becomes_the_crawl_login() -> None:
    cfg = CrawlConfig(start=["http://jan:geheim@intranet/", "/map/met@teken"])
    assert cfg.take_url_credentials()
    assert cfg.start == ["http://intranet/", "/map/met@teken"]
    assert (cfg.auth_method, cfg.auth_user, cfg.password) == ("basic", "jan", "geheim")
    assert "geheim" not in json.dumps(cfg.to_dict())
    assert not cfg.take_url_credentials()  # idempotent


def test_an_explicit_user_and_method_win() -> None:
    cfg = CrawlConfig(start=["http://jan:geheim@intranet/"], auth_method="ntlm", auth_user="piet")
    assert cfg.take_url_credentials()
    assert (cfg.auth_method, cfg.auth_user, cfg.password) == ("ntlm", "piet", None)


class NeedsLogin(Handler):
    def do_GET(self) -> None:
        if self.headers.get("Authorization") != "Basic amFuOmdlaGVpbQ==":  # jan:geheim
            self.reply(401, b"", {"WWW-Authenticate": 'Basic realm="x"'})
            return
        self.reply(200, b"<title>Binnen</title><a href='/b'>b</a>")


def test_the_app_path_uses_the_login_and_stores_no_secret(tmp_path: Path) -> None:
    """run_crawl is what the app's "Nieuwe audit" calls: it must strip the login too."""
    path = tmp_path / "p.audit"
    with serve(NeedsLogin) as srv, Project.create(path) as project:
        start = f"http://jan:geheim@127.0.0.1:{srv.server_port}/"
        cfg = CrawlConfig(start=[start], workers=2, retries=0, follow_sitemaps=False)
        summary = run_crawl(project, cfg)
    assert summary.status == "finished" and summary.errors == 0 and summary.fetched == 2
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("p.audit*"))
    assert b"geheim" not in stored and b"jan:" not in stored and b"@127.0.0.1" not in stored
    assert b'"auth_user": "jan"' in stored  # the user name is kept, as with --user
