"""A hostile test intranet behind a logging proxy on 127.0.0.1.

Every host name is "answered" by one HTTP proxy: point ``HTTP_PROXY`` at it (and clear
``NO_PROXY``) and any request the crawler makes, to any host name, arrives here and is logged
with its host. Names under ``.test`` never resolve, so nothing can leave the machine; the log
shows exactly which hosts the crawler tried to reach.
"""

from __future__ import annotations

import base64
from urllib.parse import urlsplit

from tests.crawlers import Handler, LocalServer

INTRANET = "intranet.test"
ELSEWHERE = "elders.test"
LOGIN = ("jan", "geheim-wachtwoord")

Page = tuple[int, bytes, dict[str, str]]


def _html(body: str) -> bytes:
    return f"<!doctype html><html><body>{body}</body></html>".encode()


def intranet_pages() -> dict[str, Page]:
    """What intranet.test serves: every way a page can point at another host or carry a
    login in an address."""
    e, i = ELSEWHERE, INTRANET
    return {
        "/": (
            200,
            _html(
                "<title>Start</title>"
                '<a href="/a.html">a</a>'
                f'<a href="http://piet:links-wachtwoord@{i}/b.html">b</a>'
                f'<a href="http://{e}/extern.html">elders</a>'
                '<a href="/weg.html">weg</a>'
            ),
            {},
        ),
        "/a.html": (200, _html("<title>A</title><p>Gewone pagina.</p>"), {}),
        "/b.html": (301, b"", {"Location": f"http://klaas:omleiding-wachtwoord@{i}/c.html"}),
        "/c.html": (200, _html("<title>C</title>"), {}),
        "/weg.html": (302, b"", {"Location": f"http://{e}/buit.html"}),
        "/robots.txt": (
            200,
            f"User-agent: *\nDisallow:\nSitemap: http://{e}/sitemap.xml\n"
            f"Sitemap: http://{i}/sitemap.xml\n".encode(),
            {"Content-Type": "text/plain"},
        ),
        "/sitemap.xml": (
            200,
            (
                '<?xml version="1.0"?><sitemapindex>'
                f"<sitemap><loc>http://{i}/sm1.xml</loc></sitemap>"
                f"<sitemap><loc>http://{e}/sm2.xml</loc></sitemap></sitemapindex>"
            ).encode(),
            {"Content-Type": "application/xml"},
        ),
        "/sm1.xml": (
            200,
            (
                '<?xml version="1.0"?><urlset>'
                f"<url><loc>http://{i}/wees.html</loc></url>"
                f"<url><loc>http://{e}/uit-sitemap.html</loc></url></urlset>"
            ).encode(),
            {"Content-Type": "application/xml"},
        ),
        "/wees.html": (200, _html("<title>Wees</title>"), {}),
    }


class ProxyIntranet(Handler):
    """Answers proxy requests (absolute URIs) for intranet.test, asks for Basic login when the
    server has a ``login`` in its state, and logs (host, path) for every request."""

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        host = parts.netloc or self.headers.get("Host", "")
        with self.server.state["lock"]:
            self.server.state["log"].append((host, parts.path or "/"))
        if host != INTRANET:
            self.reply(200, _html("<title>Buitenwereld</title><p>GELEKT</p>"))
            return
        login = self.server.state.get("login")
        if login is not None and parts.path != "/robots.txt":
            want = "Basic " + base64.b64encode(":".join(login).encode()).decode()
            if self.headers.get("Authorization") != want:
                self.reply(401, b"", {"WWW-Authenticate": 'Basic realm="intranet"'})
                return
        status, body, headers = self.server.state["pages"].get(parts.path or "/", (404, b"", {}))
        ctype = headers.pop("Content-Type", "text/html; charset=utf-8")
        self.reply(status, body, dict(headers), content_type=ctype)
        headers["Content-Type"] = ctype


def hosts_asked(server: LocalServer) -> set[str]:
    with server.state["lock"]:
        return {host for host, _path in server.state["log"]}


def proxy_env(server: LocalServer, base: dict[str, str]) -> dict[str, str]:
    """The environment that sends every request of a child process to ``server``."""
    proxy = f"http://127.0.0.1:{server.server_port}"
    env = {k: v for k, v in base.items() if k.lower() not in ("no_proxy", "all_proxy")}
    return env | {"HTTP_PROXY": proxy, "http_proxy": proxy, "HTTPS_PROXY": proxy}
