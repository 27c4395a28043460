"""The page preview's rules: own origin only (scheme, host and port), the snapshot sanitised,
no navigation away, and a fallback viewer that reads nothing. The real engine is exercised in
test_webengine_preview.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import lxml.html
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from audit_app.core.project import Project
from audit_app.ui import preview as pv
from audit_app.ui.detail_panel import DetailPanel
from audit_app.ui.preview_policy import (
    is_request_allowed,
    local_address,
    navigation_allowed,
    origin_of,
    remote_address,
    sanitise_snapshot,
)
from audit_app.ui.preview_resources import localise_css

PAGE = "http://intranet.gemeente.nl/personeel/verlof.html"


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        # The browser engine itself never fetches over the network, not even the own origin:
        ("http://intranet.gemeente.nl/a.css", False),
        ("http://INTRANET.gemeente.nl:80/img/logo.gif", False),
        # ... it asks the app for the own origin under the intranet: scheme.
        ("intranet://intranet.gemeente.nl:80/a.css", True),
        ("intranet://INTRANET.gemeente.nl/img/logo.gif", True),  # the scheme's default port
        ("intranet://intranet.gemeente.nl:443/img/logo.gif", False),  # https's port
        ("intranet://intranet.gemeente.nl:8080/x.css", False),  # other port
        ("intranet://intranet.gemeente.nl.evil.com:80/x.js", False),
        ("intranet://intranet.gemeente.nl@evil.com:80/x", False),
        ("intranet://user@intranet.gemeente.nl:80/x", False),
        ("intranet://intranet.gemeente.nl:99999/x", False),  # not a port at all
        ("https://cdn.example.com/jquery.js", False),
        ("file:///etc/passwd", False),
        ("ftp://intranet.gemeente.nl/x", False),
        ("blob:http://intranet.gemeente.nl/1234", False),
        ("data:image/png;base64,AAAA", True),
        ("about:blank", True),
    ],
)
def test_only_the_pages_own_origin_may_be_fetched(url: str, allowed: bool) -> None:
    assert is_request_allowed(url, PAGE) is allowed


def test_nothing_allowed_without_a_page() -> None:
    assert not is_request_allowed("http://intranet.gemeente.nl/", None)
    assert not is_request_allowed("intranet://intranet.gemeente.nl:80/", None)
    assert origin_of("https://Intranet:443/x") == ("https", "intranet", 443)
    assert origin_of("mailto:a@b") is None


@pytest.mark.parametrize(
    ("url", "typed", "main_frame", "allowed"),
    [
        ("data:text/html;charset=UTF-8,%3Ch1%3E", True, True, True),  # the app's own setHtml
        ("http://127.0.0.2:9/refresh.html", False, True, False),  # meta refresh, link, form
        ("http://127.0.0.1:9/verlof.html", True, True, False),  # never a live page
        ("http://127.0.0.1:9/frame.html", False, False, False),  # frames, even our own
        ("data:text/html,<p>frame", True, False, False),
    ],
)
def test_only_the_snapshot_may_be_navigated_to(
    url: str, typed: bool, main_frame: bool, allowed: bool
) -> None:
    assert navigation_allowed(url, typed=typed, main_frame=main_frame) is allowed


SNAPSHOT = """<!DOCTYPE html>
<html><head><title>Verlof</title>
<LINK REL="Pre&#99;onnect" HREF="//127.0.0.2:9">
<link rel="dns-prefetch stylesheet" href="http://127.0.0.1:9/hint.css">
<link rel=prefetch href=/next.html><link rel=prerender href=/next.html>
<link rel=preload as=style href=/own.css><link rel=modulepreload href=/m.js>
<link rel=stylesheet href="/own.css"><link rel=stylesheet href="http://127.0.0.1:8080/port.css">
<link rel=icon href="https://127.0.0.1:9/favicon.ico">
<meta http-equiv="Refresh" content="0; url=http://127.0.0.2:9/">
<meta http-equiv="x-dns-prefetch-control" content="on">
<base href="http://127.0.0.2:9/">
<script src="/own.js"></script>
</head><body><h1>Verlof aanvragen</h1><!-- <link rel=preconnect href=//127.0.0.3> -->
<a href="aanvraag.html" ping="http://127.0.0.2:9/ping">Aanvragen</a>
<iframe src="/frame.html"></iframe><iframe srcdoc="<link rel=preconnect href=//x>"></iframe>
<object data="/x.html"></object><embed src="/x.swf">
<img src="/logo.gif"></body></html>"""


def test_sanitised_snapshot_keeps_the_page_and_only_its_own_resources() -> None:
    out = sanitise_snapshot(SNAPSHOT, "http://127.0.0.1:9/verlof.html")
    doc = lxml.html.document_fromstring(out)
    links = [(link.get("rel"), link.get("href")) for link in doc.iter("link")]
    assert links == [("stylesheet", "/own.css")]
    equivs = [m.get("http-equiv").lower() for m in doc.iter("meta")]
    assert equivs == ["content-security-policy", "x-dns-prefetch-control"]
    assert doc.find(".//meta[@http-equiv='x-dns-prefetch-control']").get("content") == "off"
    for tag in ("base", "script", "iframe", "object", "embed"):
        assert doc.find(f".//{tag}") is None, tag
    assert "preconnect" not in out and "127.0.0.2" not in out and "127.0.0.3" not in out
    assert doc.find(".//a").get("href") == "aanvraag.html" and "ping" not in doc.find(".//a").attrib
    assert doc.find(".//img").get("src") == "/logo.gif"
    assert doc.findtext(".//h1") == "Verlof aanvragen"
    assert out.startswith("<!DOCTYPE html>")


def test_policy_names_the_own_origin_and_forbids_scripts_frames_and_forms() -> None:
    out = sanitise_snapshot("<p>x</p>", "http://127.0.0.1:9/a.html")
    policy = lxml.html.document_fromstring(out).find(".//meta").get("content")
    assert "img-src data: intranet://127.0.0.1:9;" in policy
    for rule in (
        "default-src 'none'",
        "script-src 'none'",
        "frame-src 'none'",
        "form-action 'none'",
    ):
        assert rule in policy
    assert not out.lstrip().lower().startswith("<!doctype")  # no doctype invented


def test_own_origin_base_is_kept() -> None:
    out = sanitise_snapshot(
        "<head><base href='/oud/'><link rel=stylesheet href='s.css'></head>", "http://h/a"
    )
    doc = lxml.html.document_fromstring(out)
    assert doc.find(".//base") is not None and doc.find(".//link") is not None


def test_unparseable_snapshot_shows_nothing() -> None:
    assert sanitise_snapshot("", "http://127.0.0.1/") == ""


@dataclass
class FakeRequestInfo:
    """Stands in for QWebEngineUrlRequestInfo, which only WebEngine itself can construct."""

    url: str
    blocked: list[bool] = field(default_factory=list)

    def requestUrl(self) -> QUrl:
        return QUrl(self.url)

    def block(self, value: bool) -> None:
        self.blocked.append(value)


def test_interceptor_blocks_other_hosts_and_ports(qtbot: QtBot) -> None:
    pytest.importorskip("PySide6.QtWebEngineCore")
    interceptor = pv.make_interceptor("http://127.0.0.1:8008/verlof.html")
    requests = [
        FakeRequestInfo(u)
        for u in (
            "http://tracker.example.com/pixel.gif",
            "intranet://127.0.0.1:8009/style.css",
            "http://127.0.0.1:8008/style.css",  # the engine never fetches over the network
            "intranet://127.0.0.1:8008/style.css",  # the app fetches it (preview_resources)
        )
    ]
    for info in requests:
        interceptor.interceptRequest(info)
    assert [r.blocked for r in requests] == [[True], [True], [True], []]
    assert interceptor.blocked == [
        "http://tracker.example.com/pixel.gif",
        "intranet://127.0.0.1:8009/style.css",
        "http://127.0.0.1:8008/style.css",
    ]


def test_offscreen_falls_back_to_a_viewer_that_reads_no_files(qtbot: QtBot, tmp_path: Path) -> None:
    picture = tmp_path / "geheim.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(picture))
    assert not pv.webengine_usable()
    preview = pv.PagePreview()
    qtbot.addWidget(preview)
    assert not preview.uses_webengine and isinstance(preview.view, pv.OfflineTextBrowser)
    url = QUrl.fromLocalFile(str(picture))
    preview.show_html(
        f"<html><body><h1>Verlof</h1><script>alert('x')</script><p>Tekst</p>"
        f"<img src='{url.toString()}'><img src='{picture}'></body></html>",
        "http://127.0.0.1/verlof.html",
    )
    shown = preview.view.toPlainText()
    assert "Verlof" in shown and "alert" not in shown
    preview.resize(400, 300)
    preview.show()
    preview.view.document().size()  # lays out, which asks for the images
    assert preview.view.refused  # it was asked ...
    doc = preview.view.document()
    resource = QTextDocument.ResourceType.ImageResource
    for name in (url, QUrl(str(picture))):  # ... and read nothing
        shown_image = doc.resource(resource, name)
        assert isinstance(shown_image, QImage) and shown_image.width() == 1


def test_clicked_link_selects_that_page_when_the_project_has_it(
    qtbot: QtBot, pages_project: Project
) -> None:
    panel = DetailPanel(pages_project, use_webengine=False)
    qtbot.addWidget(panel)
    panel.show_page(10)  # factory: page 10 links to http://127.0.0.1:9/p9 (page 9)
    with qtbot.waitSignal(panel.pageRequested) as blocker:
        panel.preview.linkClicked.emit("http://127.0.0.1:9/p9#boven")
    assert blocker.args == [9]
    with qtbot.assertNotEmitted(panel.pageRequested):
        panel.preview.linkClicked.emit("http://127.0.0.2:9/elders.html")


def test_fallback_viewer_resolves_a_clicked_link_against_the_page(qtbot: QtBot) -> None:
    preview = pv.PagePreview(use_webengine=False)
    qtbot.addWidget(preview)
    preview.show_html("<a href='p9'>vorige</a>", "http://127.0.0.1:9/p10")
    with qtbot.waitSignal(preview.linkClicked) as blocker:
        preview.view.anchorClicked.emit(QUrl("p9"))
    assert blocker.args == ["http://127.0.0.1:9/p9"]


@pytest.mark.parametrize(
    ("page", "local"),
    [
        (
            "http://intranet.gemeente.nl/a/b.html?x=1",
            "intranet://intranet.gemeente.nl:80/a/b.html?x=1",
        ),
        ("https://Intranet:8443/a%20b.gif", "intranet://intranet:8443/a%20b.gif"),
        ("https://intranet/", "intranet://intranet:443/"),
        ("http://[::1]:8080/x", "intranet://[::1]:8080/x"),
    ],
)
def test_the_own_origin_maps_to_the_local_scheme_and_back(page: str, local: str) -> None:
    assert local_address(page) == local
    back = remote_address(local, page)
    assert back is not None and local_address(back) == local
    assert remote_address(local, "http://elders.nl/") is None


def test_own_addresses_in_the_snapshot_go_through_the_app() -> None:
    page = "http://127.0.0.1:8123/personeel/verlof.html"
    markup = (
        '<html><head><base href="http://127.0.0.1:8123/personeel/">'
        '<link rel=stylesheet href="http://127.0.0.1:8123/s.css"></head><body>'
        '<img src="http://127.0.0.1:8123/logo.gif"><img src="plaatje.gif">'
        '<div style="background: url(http://127.0.0.1:8123/bg.gif)"></div>'
        '<a href="https://127.0.0.1:8123/x">x</a></body></html>'
    )
    out = sanitise_snapshot(markup, page)
    assert "http://127.0.0.1:8123" not in out
    assert 'href="intranet://127.0.0.1:8123/personeel/"' in out
    assert 'src="intranet://127.0.0.1:8123/logo.gif"' in out
    assert "url(intranet://127.0.0.1:8123/bg.gif)" in out
    assert 'src="plaatje.gif"' in out  # relative: resolved against the intranet: base
    assert "https://127.0.0.1:8123/x" in out  # another origin: left for the policy to refuse


def test_style_sheets_name_the_own_origin_through_the_app() -> None:
    css = (
        b"a{background:url(http://Intranet/x.gif)} b{background:url(http://intranet:80/y.gif)}"
        b" c{background:url(http://intranet.evil/z.gif)} d{background:url(http://intranet:8080/w)}"
    )
    out = localise_css(css, "http://intranet/start.html")
    assert out.count(b"intranet://intranet:80/") == 2
    assert b"http://intranet.evil/z.gif" in out and b"http://intranet:8080/w" in out
