"""Negotiate (SPNEGO) login against a real server on 127.0.0.1 that checks it with pyspnego.

No domain controller is available here, so the server accepts NTLM inside SPNEGO for a user in
a credentials file, the exchange a Windows intranet falls back to when Kerberos is not possible.
Single sign-on without a password needs a Windows session or a Kerberos ticket and is not
exercised here; the handshake code is the same.
"""

from __future__ import annotations

import base64
import gc
from contextlib import closing
from pathlib import Path

import pytest

from crawlers.auth import AuthConfig, make_auth
from crawlers.fetch_http import FetchConfig, HttpFetcher
from crawlers.negotiate import NegotiateAuth
from tests.crawlers import Handler, serve, url_of

spnego = pytest.importorskip("spnego")


class Iis(Handler):
    """Asks for Negotiate and keeps the handshake per connection, like IIS."""

    def do_GET(self) -> None:
        header = self.headers.get("Authorization", "")
        if not header.startswith("Negotiate "):
            self.server.state["challenges"] += 1
            self.reply(401, b"inloggen", {"WWW-Authenticate": "Negotiate, NTLM"})
            return
        if getattr(self, "ctx", None) is None:
            self.ctx = spnego.server(protocol="negotiate")
        try:
            out = self.ctx.step(base64.b64decode(header[10:]))
        except Exception:
            self.ctx = None
            self.reply(401, b"geweigerd", {"WWW-Authenticate": "Negotiate"})
            return
        token = {"WWW-Authenticate": "Negotiate " + base64.b64encode(out).decode()} if out else {}
        if not self.ctx.complete:
            self.reply(401, b"", token)
            return
        self.server.state["users"].append(str(self.ctx.client_principal))
        self.reply(200, f"welkom {self.ctx.client_principal}".encode(), token)


@pytest.fixture
def users(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ntlm-users"
    path.write_text("GEMEENTE:jan:Geheim123\n")
    monkeypatch.setenv("NTLM_USER_FILE", str(path))


def _fetch(url: str, user: str | None, password: str | None) -> tuple[int | None, bytes]:
    config = FetchConfig(retries=0, timeout=5)
    config.auth = AuthConfig(method="negotiate", username=user, password=password)
    with closing(HttpFetcher(config)) as f:
        r = f.fetch(url)
    # pyspnego keeps the ImportError of its optional GSSAPI backend in a reference cycle whose
    # frames reach the responses; urllib3 2 closes an idle keep-alive connection only when its
    # pool is collected, so collect now or the test server waits for that connection forever.
    gc.collect()
    return r.status, r.body


def test_negotiate_login_succeeds(users: None) -> None:
    with serve(Iis, challenges=0, users=[]) as srv:
        status, body = _fetch(url_of(srv, "/nieuws.html"), "GEMEENTE\\jan", "Geheim123")
        assert (status, body) == (200, b"welkom GEMEENTE\\jan")
        assert srv.state["users"] == ["GEMEENTE\\jan"]


def test_wrong_password_is_a_failed_login_not_a_loop(users: None) -> None:
    with serve(Iis, challenges=0, users=[]) as srv:
        status, _ = _fetch(url_of(srv, "/nieuws.html"), "GEMEENTE\\jan", "fout")
        assert status == 401
        assert srv.state["users"] == []
        assert srv.state["challenges"] == 1


class BasicOnly(Handler):
    def do_GET(self) -> None:
        self.server.state["auth"].append(self.headers.get("Authorization"))
        self.reply(401, b"inloggen", {"WWW-Authenticate": 'Basic realm="intranet"'})


def test_no_negotiate_offered_nothing_is_sent(users: None) -> None:
    with serve(BasicOnly, auth=[]) as srv:
        status, _ = _fetch(url_of(srv, "/x"), "GEMEENTE\\jan", "Geheim123")
        assert status == 401
        assert srv.state["auth"] == [None]


def test_single_sign_on_needs_no_password_and_a_named_user_does() -> None:
    assert isinstance(make_auth(AuthConfig(method="negotiate")), NegotiateAuth)
    with pytest.raises(ValueError, match="Geen wachtwoord voor jan"):
        make_auth(AuthConfig(method="negotiate", username="jan"))
