"""Sitemaps, URL lists and robots.txt (over a real local server)."""

from __future__ import annotations

import gzip
import threading
from contextlib import closing
from pathlib import Path

import pytest

from crawlers.fetch_http import FetchConfig, HttpFetcher
from crawlers.robots import RobotsCache
from crawlers.sitemap import parse_sitemap, read_url_list
from tests.crawlers import Handler, serve, url_of

URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url><loc>http://intranet/a.html</loc><lastmod>2009-03-12</lastmod></url>
  <url><loc>
      http://intranet/b.asp?id=1&amp;x=2
  </loc>
    <image:image><image:loc>http://intranet/plaatje.jpg</image:loc></image:image>
  </url>
  <url><loc></loc></url>
</urlset>"""

INDEX = b"""<?xml version="1.0"?>
<sm:sitemapindex xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sm:sitemap><sm:loc>http://intranet/sitemap-1.xml</sm:loc></sm:sitemap>
  <sm:sitemap><sm:loc>http://intranet/sitemap-2.xml.gz</sm:loc></sm:sitemap>
</sm:sitemapindex>"""


def test_urlset() -> None:
    pages, nested = parse_sitemap(URLSET)
    assert pages == ["http://intranet/a.html", "http://intranet/b.asp?id=1&x=2"]
    assert nested == []


def test_sitemap_index_with_prefix() -> None:
    pages, nested = parse_sitemap(INDEX)
    assert pages == []
    assert nested == ["http://intranet/sitemap-1.xml", "http://intranet/sitemap-2.xml.gz"]


def test_gzip_and_no_namespace() -> None:
    body = gzip.compress(b"<urlset><url><loc>http://i/x</loc></url></urlset>")
    assert parse_sitemap(body) == (["http://i/x"], [])


def test_broken_xml_is_read_as_far_as_possible() -> None:
    body = b"<urlset><url><loc>http://i/eerste</loc></url><url><loc>http://i/tweede</loc>"
    pages, _ = parse_sitemap(body)
    assert pages[0] == "http://i/eerste"


def test_text_sitemap() -> None:
    body = b"\xef\xbb\xbfhttp://i/a\r\nhttps://i/b\n\nniet-een-adres\n"
    assert parse_sitemap(body) == (["http://i/a", "https://i/b"], [])


@pytest.mark.parametrize(
    "junk",
    [b"", b"\x00\x01\x02", b"\x1f\x8b\x08garbage", b"<html><body>404</body></html>", b"<<<>>>"],
)
def test_junk_yields_nothing(junk: bytes) -> None:
    assert parse_sitemap(junk) == ([], [])


def test_entities_are_not_expanded() -> None:
    bomb = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<urlset><url><loc>http://i/&lol2;</loc></url></urlset>"""
    pages, _ = parse_sitemap(bomb)
    assert all("lollol" not in p for p in pages)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_url_list_encodings(encoding: str, tmp_path: Path) -> None:
    path = tmp_path / "lijst.txt"
    text = "# oude adressen\n\nhttp://i/café.html\r\n   http://i/b.html  \n#http://i/niet\n"
    path.write_bytes(text.encode(encoding))
    assert read_url_list(path) == ["http://i/café.html", "http://i/b.html"]


def test_url_list_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="kan niet worden gelezen"):
        read_url_list(tmp_path / "weg.txt")


ROBOTS = b"""# intranet
User-agent: *
Disallow: /zoeken
Disallow: /agenda/
Crawl-delay: 2

User-agent: content-audit
Disallow: /geheim/
Crawl-delay: 0.5

Sitemap: http://intranet/sitemap.xml
"""


class RobotsSite(Handler):
    def do_GET(self) -> None:
        self.count(self.path)
        if self.path == "/robots.txt":
            robots = self.server.state["robots"]
            if robots is None:
                self.reply(404, b"niet gevonden")
            else:
                self.reply(200, robots, content_type="text/plain")
        else:
            self.reply(200, b"ok")


def test_robots_rules_for_our_agent() -> None:
    with (
        serve(RobotsSite, robots=ROBOTS) as srv,
        closing(HttpFetcher(FetchConfig(retries=0))) as f,
    ):
        robots = RobotsCache(f.fetch, "content-audit/0.1 (+intranet audit)")
        assert not robots.allowed(url_of(srv, "/geheim/x.html"))
        assert robots.allowed(url_of(srv, "/zoeken?q=a"))  # that group is for other robots
        assert robots.crawl_delay(url_of(srv, "/")) == 0.5
        assert robots.sitemaps(url_of(srv, "/")) == ["http://intranet/sitemap.xml"]
        other = RobotsCache(f.fetch, "AnderRobotje/1.0")
        assert not other.allowed(url_of(srv, "/zoeken?q=a"))
        assert not other.allowed(url_of(srv, "/agenda/2031/"))
        assert other.allowed(url_of(srv, "/geheim/x.html"))
        assert other.crawl_delay(url_of(srv, "/")) == 2.0
        assert robots.allowed("file:///srv/x.html")
        fetched = srv.state["/robots.txt"]
    assert fetched == 2  # once per cache, not once per question


def test_robots_fetched_once_under_threads() -> None:
    with (
        serve(RobotsSite, robots=ROBOTS) as srv,
        closing(HttpFetcher(FetchConfig(retries=0))) as f,
    ):
        robots = RobotsCache(f.fetch, "content-audit")
        answers: list[bool] = []

        def ask() -> None:
            answers.append(robots.allowed(url_of(srv, "/geheim/")))

        threads = [threading.Thread(target=ask) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        fetched = srv.state["/robots.txt"]
    assert answers == [False] * 8
    assert fetched == 1


def test_missing_robots_allows_everything() -> None:
    with (
        serve(RobotsSite, robots=None) as srv,
        closing(HttpFetcher(FetchConfig(retries=0))) as f,
    ):
        robots = RobotsCache(f.fetch, "content-audit")
        assert robots.allowed(url_of(srv, "/geheim/"))
        assert robots.crawl_delay(url_of(srv, "/")) is None
        assert robots.sitemaps(url_of(srv, "/")) == []
