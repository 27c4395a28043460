"""Logging in to an intranet that asks for it: Basic, Digest, Windows (NTLM with a password, or
Negotiate: single sign-on as the logged-in Windows user) or browser cookies.

Passwords never go into the project file or settings: they come from an environment variable,
the OS keyring or a prompt, and live only in memory for the length of a crawl.
"""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth
from requests.cookies import RequestsCookieJar, create_cookie

KEYRING_SERVICE = "content-audit"
METHODS = ("none", "basic", "digest", "ntlm", "negotiate")
# Methods that work without a password: the logged-in user's own Windows/Kerberos login.
NO_PASSWORD_METHODS = ("negotiate",)


class LoginSettingsError(ValueError):
    """Login settings the crawler cannot use: ``str()`` is the Dutch sentence (CLI, log), *code*
    and *params* let the app word it in the user's language."""

    def __init__(self, message: str, *, code: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass
class AuthConfig:
    method: str = "none"  # none | basic | digest | ntlm | negotiate
    username: str | None = None  # for ntlm also DOMEIN\gebruiker
    password: str | None = None  # in memory only, never persisted
    cookies_file: Path | None = None

    def __repr__(self) -> str:  # keep the password out of logs and tracebacks
        return (
            f"AuthConfig(method={self.method!r}, username={self.username!r}, "
            f"password={'***' if self.password else None}, cookies_file={self.cookies_file!r})"
        )


def resolve_password(
    username: str,
    host: str,
    *,
    env_var: str = "CONTENT_AUDIT_PASSWORD",
    interactive: bool = True,
) -> str | None:
    """The password from the environment, then the OS keyring, then a prompt on a terminal."""
    from_env = os.environ.get(env_var)
    if from_env:
        return from_env
    try:
        import keyring

        stored = keyring.get_password(KEYRING_SERVICE, f"{username}@{host}")
    except Exception:  # no backend, locked store, D-Bus absent: all mean "not stored"
        stored = None
    if stored:
        return stored
    if interactive and sys.stdin is not None and sys.stdin.isatty():
        try:
            return getpass.getpass(f"Wachtwoord voor {username} op {host}: ") or None
        except EOFError:
            return None
    return None


def store_password(username: str, host: str, password: str) -> bool:
    """Remember the password in the OS keyring; False when there is no usable keyring."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, f"{username}@{host}", password)
    except Exception:
        return False
    return True


def make_auth(cfg: AuthConfig) -> AuthBase | None:
    """A fresh requests auth object; make one per session, Digest and NTLM keep state."""
    method = (cfg.method or "none").lower()
    if method == "none":
        return None
    if method not in METHODS:
        raise LoginSettingsError(
            f"Onbekende inlogmethode {cfg.method!r}; kies uit none, basic, digest, ntlm of "
            "negotiate.",
            code="unknown-login-method",
            method=str(cfg.method),
        )
    if method == "negotiate":
        return _negotiate(cfg)
    if not cfg.username:
        raise LoginSettingsError(
            f"Voor inloggen met {method} is een gebruikersnaam nodig.",
            code="login-needs-user",
            method=method,
        )
    if cfg.password is None:
        raise LoginSettingsError(
            f"Geen wachtwoord voor {cfg.username}. Geef het op bij de vraag, in de "
            "omgevingsvariabele CONTENT_AUDIT_PASSWORD of in de sleutelhanger van het systeem.",
            code="login-needs-password",
            user=cfg.username,
        )
    if method == "basic":
        return HTTPBasicAuth(cfg.username, cfg.password)
    if method == "digest":
        return HTTPDigestAuth(cfg.username, cfg.password)
    from requests_ntlm import HttpNtlmAuth

    return HttpNtlmAuth(cfg.username, cfg.password)


def _negotiate(cfg: AuthConfig) -> AuthBase:
    """Single sign-on: without a user name, as the logged-in user; with one, with its password."""
    if cfg.username and cfg.password is None:
        raise LoginSettingsError(
            f"Geen wachtwoord voor {cfg.username}. Laat de gebruikersnaam leeg om als de "
            "aangemelde Windows-gebruiker in te loggen.",
            code="negotiate-needs-password",
            user=cfg.username,
        )
    if sys.platform == "win32":
        try:
            from requests_negotiate_sspi import HttpNegotiateAuth
        except ImportError:
            pass
        else:
            if not cfg.username:
                return HttpNegotiateAuth()  # type: ignore[no-any-return]
            domain, _, user = cfg.username.rpartition("\\")
            return HttpNegotiateAuth(user, cfg.password, domain or None)  # type: ignore[no-any-return]
    from crawlers.negotiate import NegotiateAuth

    return NegotiateAuth(cfg.username, cfg.password)


def load_cookies(path: Path) -> RequestsCookieJar:
    """Cookies exported from a browser (cookies.txt) or copied as one ``Cookie:`` header line.

    Lets people crawl behind a web login form: log in with the browser, export, crawl.
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
    except OSError as exc:
        raise LoginSettingsError(
            f"Het cookiebestand {path} kan niet worden gelezen: {exc.strerror}",
            code="cookies-unreadable",
            path=str(path),
            detail=str(exc.strerror),
        ) from None
    jar = RequestsCookieJar()
    lines = [ln.strip("\r\n") for ln in text.splitlines()]
    content = [ln for ln in lines if ln.strip() and not _is_comment(ln)]
    if content and all(ln.count("\t") >= 6 for ln in content):
        for line in content:
            jar.set_cookie(_netscape_cookie(line))
        return jar
    if len(content) == 1:
        header = content[0].strip()
        if header.lower().startswith("cookie:"):
            header = header[7:]
        pairs = [p.strip() for p in header.split(";") if p.strip()]
        if pairs and all("=" in p and p.split("=", 1)[0].strip() for p in pairs):
            for pair in pairs:
                name, value = pair.split("=", 1)
                jar.set_cookie(create_cookie(name.strip(), value.strip()))
            return jar
    raise LoginSettingsError(
        f"Het cookiebestand {path} wordt niet herkend. Verwacht een cookies.txt "
        "(Netscape-formaat, zoals browser-extensies die exporteren) of één regel als "
        "'naam=waarde; naam2=waarde2'.",
        code="cookies-unrecognised",
        path=str(path),
    )


def _is_comment(line: str) -> bool:
    return line.startswith("#") and not line.startswith("#HttpOnly_")


def _netscape_cookie(line: str) -> requests.cookies.Cookie:
    fields = line.split("\t")
    domain, _subdomains, path, secure, expires, name = fields[:6]
    value = "\t".join(fields[6:])
    http_only = domain.startswith("#HttpOnly_")
    if http_only:
        domain = domain[len("#HttpOnly_") :]
    bare = domain.lstrip(".")
    if bare and "." not in bare and ":" not in bare:
        domain += ".local"  # http.cookiejar matches dotless hosts ("intranet") as "intranet.local"
    try:
        expiry: int | None = int(float(expires)) or None
    except ValueError:
        expiry = None
    return create_cookie(
        name,
        value,
        domain=domain,
        path=path or "/",
        secure=secure.upper() == "TRUE",
        expires=expiry,
        rest={"HttpOnly": None} if http_only else {},
    )
