"""Login methods against real local servers (Basic, Digest, NTLM), cookies and password sources."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import keyring
import pytest
import requests
import spnego
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring
from requests.auth import HTTPBasicAuth, HTTPDigestAuth
from requests_ntlm import HttpNtlmAuth

from crawlers.auth import (
    AuthConfig,
    LoginSettingsError,
    load_cookies,
    make_auth,
    resolve_password,
    store_password,
)
from crawlers.fetch_errors import error_code
from crawlers.fetch_http import FetchConfig, HttpFetcher
from tests.crawlers import Handler, serve, url_of

USER, PASSWORD = "jan", "Geheim-123"
REALM, NONCE, OPAQUE = "intranet", "5ccc069c403ebaf9f0171e9517f40e41", "c0ffee"


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


class BasicSite(Handler):
    def do_GET(self) -> None:
        expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        if self.headers.get("Authorization") == expected:
            self.reply(200, b"welkom")
        else:
            self.reply(401, b"nee", {"WWW-Authenticate": f'Basic realm="{REALM}"'})


class DigestSite(Handler):
    """RFC 2617 Digest, MD5 with qop=auth, checked the long way round."""

    def do_GET(self) -> None:
        header = self.headers.get("Authorization", "")
        if header.startswith("Digest ") and self._valid(header[7:]):
            self.reply(200, b"welkom digest")
            return
        challenge = (
            f'Digest realm="{REALM}", qop="auth", nonce="{NONCE}", opaque="{OPAQUE}", '
            'algorithm="MD5"'
        )
        self.reply(401, b"nee", {"WWW-Authenticate": challenge})

    def _valid(self, params: str) -> bool:
        fields = {
            k: (q if q else v) for k, q, v in re.findall(r'(\w+)=(?:"([^"]*)"|([^,\s]+))', params)
        }
        if fields.get("username") != USER or fields.get("realm") != REALM:
            return False
        if fields.get("nonce") != NONCE or fields.get("uri") != self.path:
            return False
        if fields.get("qop") != "auth" or fields.get("opaque") != OPAQUE:
            return False
        ha1 = _md5(f"{USER}:{REALM}:{PASSWORD}")
        ha2 = _md5(f"GET:{self.path}")
        expected = _md5(f"{ha1}:{NONCE}:{fields['nc']}:{fields['cnonce']}:auth:{ha2}")
        return fields.get("response") == expected


class NtlmSite(Handler):
    """An NTLM acceptor from pyspnego; the handshake state lives with the connection."""

    def do_GET(self) -> None:
        header = self.headers.get("Authorization", "")
        if not header.startswith("NTLM "):
            self.count("plain")
            self.reply(401, b"nee", {"WWW-Authenticate": "NTLM"})
            return
        token = base64.b64decode(header[5:])
        if token[8:9] == b"\x01":
            self.count("negotiate")
            self.ntlm = spnego.server(protocol="ntlm")
        try:
            out = self.ntlm.step(token)
        except Exception:
            self.count("rejected")
            self.reply(401, b"nee", {"WWW-Authenticate": "NTLM"})
            return
        if out:
            self.reply(401, b"", {"WWW-Authenticate": "NTLM " + base64.b64encode(out).decode()})
        elif self.ntlm.complete:
            self.reply(200, f"welkom {self.ntlm.client_principal}".encode())


class EchoCookies(Handler):
    def do_GET(self) -> None:
        self.reply(200, self.headers.get("Cookie", "").encode())


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    yield
    keyring.set_keyring(before)


def _fetch(url: str, auth: AuthConfig) -> tuple[int | None, bytes, str | None]:
    with closing(HttpFetcher(FetchConfig(auth=auth, retries=0, timeout=5))) as f:
        r = f.fetch(url)
    return r.status, r.body, error_code(r.error)


@pytest.mark.parametrize(
    ("password", "status", "error"),
    [(PASSWORD, 200, None), ("fout", 401, "login-failed")],
)
def test_basic_auth(password: str, status: int, error: str | None) -> None:
    with serve(BasicSite) as srv:
        got = _fetch(url_of(srv, "/"), AuthConfig("basic", USER, password))
    assert (got[0], got[2]) == (status, error)


def test_no_login_configured_says_so() -> None:
    with serve(BasicSite) as srv:
        status, _, error = _fetch(url_of(srv, "/"), AuthConfig())
    assert status == 401
    assert error == "login-required"


@pytest.mark.parametrize(
    ("password", "status", "body"), [(PASSWORD, 200, b"welkom digest"), ("fout", 401, b"nee")]
)
def test_digest_auth(password: str, status: int, body: bytes) -> None:
    with serve(DigestSite) as srv:
        got = _fetch(url_of(srv, "/map/pagina.html?x=1"), AuthConfig("digest", USER, password))
    assert got[:2] == (status, body)


@pytest.mark.parametrize(("password", "status", "rejected"), [(PASSWORD, 200, 0), ("fout", 401, 1)])
def test_ntlm_full_handshake(
    password: str, status: int, rejected: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    users = tmp_path / "ntlm-users"
    users.write_text(f"DOMEIN:{USER}:{PASSWORD}\n")
    monkeypatch.setenv("NTLM_USER_FILE", str(users))
    with serve(NtlmSite) as srv:
        got_status, body, error = _fetch(
            url_of(srv, "/"), AuthConfig("ntlm", f"DOMEIN\\{USER}", password)
        )
        state = dict(srv.state)
    assert got_status == status
    assert state["plain"] == 1  # the first 401 ...
    assert state["negotiate"] == 1  # ... is answered with "Authorization: NTLM <negotiate>"
    assert state.get("rejected", 0) == rejected
    if status == 200:
        assert body.decode().lower() == f"welkom domein\\{USER}"
    else:
        assert error == "login-failed"


def test_make_auth_types_and_errors() -> None:
    assert make_auth(AuthConfig()) is None
    assert isinstance(make_auth(AuthConfig("basic", "a", "b")), HTTPBasicAuth)
    assert isinstance(make_auth(AuthConfig("Digest", "a", "b")), HTTPDigestAuth)
    assert isinstance(make_auth(AuthConfig("ntlm", "DOM\\a", "b")), HttpNtlmAuth)
    with pytest.raises(LoginSettingsError) as caught:
        make_auth(AuthConfig("kerberos", "a", "b"))
    assert (caught.value.code, caught.value.params) == (
        "unknown-login-method",
        {"method": "kerberos"},
    )
    with pytest.raises(LoginSettingsError) as caught:
        make_auth(AuthConfig("basic", None, "b"))
    assert (caught.value.code, caught.value.params) == ("login-needs-user", {"method": "basic"})
    with pytest.raises(LoginSettingsError) as caught:
        make_auth(AuthConfig("basic", "a", None))
    assert caught.value.code == "login-needs-password"
    with pytest.raises(LoginSettingsError) as caught:
        HttpFetcher(FetchConfig(auth=AuthConfig("ntlm", "a")))
    assert (caught.value.code, caught.value.params) == ("login-needs-password", {"user": "a"})
    assert "Geheim" not in repr(AuthConfig("basic", "a", "Geheim"))


def test_password_from_env_then_keyring(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONTENT_AUDIT_PASSWORD", raising=False)
    assert resolve_password("jan", "intranet", interactive=False) is None
    assert store_password("jan", "intranet", "uit-de-sleutelhanger")
    assert memory_keyring.store == {("content-audit", "jan@intranet"): "uit-de-sleutelhanger"}
    assert resolve_password("jan", "intranet", interactive=False) == "uit-de-sleutelhanger"
    assert resolve_password("piet", "intranet", interactive=False) is None
    monkeypatch.setenv("CONTENT_AUDIT_PASSWORD", "uit-de-omgeving")
    assert resolve_password("jan", "intranet", interactive=False) == "uit-de-omgeving"


def test_no_keyring_backend_is_tolerated(no_keyring: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONTENT_AUDIT_PASSWORD", raising=False)
    assert store_password("jan", "intranet", "x") is False
    # stdin is not a terminal under pytest: no prompt, no hang
    assert resolve_password("jan", "intranet", interactive=True) is None


NETSCAPE = (
    "# Netscape HTTP Cookie File\n"
    "# exported by a browser extension\n"
    "127.0.0.1\tFALSE\t/\tFALSE\t0\tASP.NET_SessionId\tabc123\n"
    "#HttpOnly_127.0.0.1\tFALSE\t/\tFALSE\t4102444800\tauth\ttoken=42\n"
    "elders.example\tFALSE\t/\tFALSE\t0\tniet\tverstuurd\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (NETSCAPE, "ASP.NET_SessionId=abc123; auth=token=42"),
        (NETSCAPE.split("\n", 2)[2], "ASP.NET_SessionId=abc123; auth=token=42"),
        ("Cookie: a=1; b=twee\n", "a=1; b=twee"),
        ("\ufeffa=1;b=2", "a=1; b=2"),
    ],
    ids=["netscape", "netscape-without-header", "header-line", "bare-line-with-bom"],
)
def test_cookies_file_is_sent(text: str, expected: str, tmp_path: Path) -> None:
    path = tmp_path / "cookies.txt"
    path.write_text(text, encoding="utf-8")
    with serve(EchoCookies) as srv:
        _, body, error = _fetch(url_of(srv, "/"), AuthConfig(cookies_file=path))
    assert error is None
    assert sorted(body.decode().split("; ")) == sorted(expected.split("; "))


def test_unrecognised_cookie_file_gives_dutch_error(tmp_path: Path) -> None:
    path = tmp_path / "cookies.txt"
    path.write_text("dit is geen cookie\nen dit ook niet\n", encoding="utf-8")
    with pytest.raises(ValueError, match="wordt niet herkend"):
        load_cookies(path)
    with pytest.raises(ValueError, match="kan niet worden gelezen"):
        load_cookies(tmp_path / "bestaat-niet.txt")
    with pytest.raises(ValueError, match="wordt niet herkend"):
        HttpFetcher(FetchConfig(auth=AuthConfig(cookies_file=path)))


def test_dotless_intranet_host_cookie_matches(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text("intranet\tFALSE\t/\tFALSE\t0\tsid\tx\n", encoding="utf-8")
    jar = load_cookies(path)
    request = requests.Request("GET", "http://intranet/pagina").prepare()
    assert requests.cookies.get_cookie_header(jar, request) == "sid=x"
    elsewhere = requests.Request("GET", "http://extranet/pagina").prepare()
    assert requests.cookies.get_cookie_header(jar, elsewhere) is None


class EchoCredentials(Handler):
    def do_GET(self) -> None:
        target = self.server.state.get("redirect_to")
        seen = f"{self.headers.get('Authorization')}|{self.headers.get('Cookie')}"
        self.server.state.setdefault("seen", []).append(seen)
        if target:
            self.reply(302, headers={"Location": target})
        else:
            self.reply(200, seen.encode())


def test_credentials_stay_with_the_crawled_host(tmp_path: Path) -> None:
    path = tmp_path / "cookies.txt"
    path.write_text("sessie=geheim\n", encoding="utf-8")
    auth = AuthConfig("basic", USER, PASSWORD, cookies_file=path)
    with serve(EchoCredentials) as other, serve(EchoCredentials) as own:
        own.state["redirect_to"] = url_of(other, "/elders")
        status, body, _ = _fetch(url_of(own, "/"), auth)
        own_seen, other_seen = list(own.state["seen"]), list(other.state["seen"])
    assert status == 200
    assert own_seen[0].startswith("Basic ") and own_seen[0].endswith("|sessie=geheim")
    assert other_seen == ["None|None"]
    assert body == b"None|None"
