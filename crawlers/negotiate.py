"""HTTP Negotiate (SPNEGO) login for requests, with pyspnego: Windows single sign-on.

IIS intranets ask for ``WWW-Authenticate: Negotiate``; a browser on a domain laptop answers
with a Kerberos ticket of the logged-in user (or NTLM inside SPNEGO when Kerberos is not
possible), so nobody types a password. pyspnego speaks both: on Windows through SSPI with the
current user's credentials, elsewhere through GSSAPI (a Kerberos ticket from ``kinit``) or with
a user name and password.

The handshake is bound to one TCP connection (NTLM always, Kerberos with mutual authentication
for the server's last token), so every round is sent on the connection the 401 came on, as
browsers do. The password lives in memory only.
"""

from __future__ import annotations

import base64
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.auth import AuthBase

MAX_ROUNDS = 4
SCHEME = "negotiate"


def _offered_token(response: requests.Response) -> bytes | None:
    """The server's Negotiate token (b"" for a bare offer), or None when it offers no Negotiate."""
    header = response.headers.get("WWW-Authenticate", "")
    for offer in header.split(","):
        scheme, _, value = offer.strip().partition(" ")
        if scheme.lower() == SCHEME:
            value = value.strip()
            try:
                return base64.b64decode(value) if value else b""
            except ValueError:
                return None
    return None


class NegotiateError(Exception):
    """The login could not even start (no ticket, no usable provider); message in Dutch."""


class NegotiateAuth(AuthBase):
    """requests auth that answers a ``401 Negotiate``; one object per session (it keeps state)."""

    def __init__(self, username: str | None = None, password: str | None = None) -> None:
        self.username = username or None
        self.password = password or None

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.register_hook("response", self._answer_challenge)
        return request

    def _context(self, url: str) -> Any:
        import spnego

        host = urlsplit(url).hostname or ""
        try:
            return spnego.client(
                self.username,
                self.password,
                hostname=host,
                service="HTTP",
                protocol="negotiate",
            )
        except Exception as exc:  # pyspnego raises many kinds; all mean "cannot log in here"
            raise NegotiateError(
                f"Windows-aanmelding kon niet starten voor {host}: {exc}. Log in op het domein "
                "(of met kinit), of geef een gebruikersnaam en wachtwoord op."
            ) from exc

    def _answer_challenge(self, response: requests.Response, **send_kwargs: Any) -> Any:
        if response.status_code != 401 or _offered_token(response) is None:
            return response
        sent = str(response.request.headers.get("Authorization") or "")
        if sent.lower().startswith(SCHEME):
            return response  # our own answer was refused: the login failed
        context = self._context(str(response.url))
        token = context.step()
        history = [response]
        for _ in range(MAX_ROUNDS):
            response = self._send_on_same_connection(response, token, send_kwargs)
            history.append(response)
            server_token = _offered_token(response)
            if response.status_code != 401:
                if server_token and not context.complete:
                    context.step(server_token)  # the server's proof of identity (mutual auth)
                break
            if not server_token or context.complete:
                break  # refused
            try:
                token = context.step(server_token)
            except Exception:
                break
            if token is None:
                break
        response.history = history[:-1]
        return response

    @staticmethod
    def _send_on_same_connection(
        response: requests.Response, token: bytes, send_kwargs: dict[str, Any]
    ) -> requests.Response:
        _ = response.content  # read the 401's body so its connection can be reused
        response.raw.release_conn()
        request = response.request.copy()
        request.headers["Authorization"] = "Negotiate " + base64.b64encode(token).decode()
        follow = response.connection.send(request, **send_kwargs)
        follow.request = request
        return follow
