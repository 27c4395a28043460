"""The page in detail: offline preview with a host-only guard, highlights, dates, links."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from audit_app.core.project import Project
from audit_app.ui import detail_panel as dp
from audit_app.ui.detail_panel import DetailPanel, PagePreview, highlight_text, is_request_allowed


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://intranet.gemeente.nl/a.css", True),
        ("https://INTRANET.gemeente.nl/img/logo.gif", True),
        ("http://intranet.gemeente.nl.evil.com/x.js", False),
        ("http://www.google-analytics.com/ga.js", False),
        ("https://cdn.example.com/jquery.js", False),
        ("file:///etc/passwd", False),
        ("ftp://intranet.gemeente.nl/x", False),
        ("data:image/png;base64,AAAA", True),
        ("about:blank", True),
    ],
)
def test_only_the_old_host_may_be_fetched(url: str, allowed: bool) -> None:
    assert is_request_allowed(url, "intranet.gemeente.nl") is allowed


def test_nothing_allowed_without_a_host() -> None:
    assert not is_request_allowed("http://intranet.gemeente.nl/", None)


@dataclass
class FakeRequestInfo:
    """Stands in for QWebEngineUrlRequestInfo, which only WebEngine itself can construct."""

    url: str
    blocked: list[bool] = field(default_factory=list)

    def requestUrl(self) -> QUrl:
        return QUrl(self.url)

    def block(self, value: bool) -> None:
        self.blocked.append(value)


def test_interceptor_blocks_foreign_requests(qtbot: QtBot) -> None:
    pytest.importorskip("PySide6.QtWebEngineCore")
    interceptor = dp.make_interceptor("127.0.0.1")
    outside = FakeRequestInfo("http://tracker.example.com/pixel.gif")
    inside = FakeRequestInfo("http://127.0.0.1:8008/style.css")
    interceptor.interceptRequest(outside)
    interceptor.interceptRequest(inside)
    assert outside.blocked == [True]
    assert inside.blocked == []
    assert interceptor.blocked == ["http://tracker.example.com/pixel.gif"]


def test_offscreen_falls_back_to_text_browser(qtbot: QtBot) -> None:
    assert not dp.webengine_usable()
    preview = PagePreview()
    qtbot.addWidget(preview)
    assert not preview.uses_webengine and isinstance(preview.view, QTextBrowser)
    preview.show_html(
        "<html><body><h1>Verlof</h1><script>alert('x')</script><p>Tekst</p></body></html>",
        "http://127.0.0.1/verlof.html",
    )
    shown = preview.view.toPlainText()
    assert "Verlof" in shown and "alert" not in shown


def test_snapshot_is_decoded_with_its_charset() -> None:
    raw = zlib.compress("<p>Privacyverklaring – café</p>".encode("cp1252"))
    assert "café" in (dp.decode_snapshot(raw, "windows-1252") or "")
    assert dp.decode_snapshot(b"not zlib", None) is None
    assert dp.decode_snapshot(None, None) is None


def test_highlights_long_sentences_and_words() -> None:
    body = "Kort. Dit is een hele lange zin over personeelsadministratie.\n\nTweede <blok>."
    out = highlight_text(
        body,
        ["Dit is een hele lange zin over personeelsadministratie."],
        ["personeelsadministratie"],
    )
    assert "<span style='background:#fde2a7'>Dit is een hele lange zin" in out
    assert "<u style='color:#a33'>personeelsadministratie</u>" in out
    assert "&lt;blok&gt;" in out
    assert out.count("<p>") == 2


def test_panel_shows_scores_dates_links_and_duplicates(
    qtbot: QtBot, pages_project: Project
) -> None:
    panel = DetailPanel(pages_project, use_webengine=False)
    qtbot.addWidget(panel)
    panel.show_page(51)  # factory: pages 51 and 52 share duplicate cluster 1
    assert panel.title.text().startswith("Pagina 51")
    assert "Pagina 51" in panel.preview.view.toPlainText()
    assert "2015-01" in panel.dates_view.toPlainText()
    assert "Laatst gewijzigd" in panel.dates_view.toPlainText()
    links = panel.links_view.toPlainText()
    assert "Pagina 50" in links and "Pagina 52" in links
    assert panel.duplicates_box.count() == 2
    other = panel.duplicates_box.widget(1)
    assert isinstance(other, QTextBrowser) and "Pagina 52" in other.toPlainText()
    assert "Flesch" in panel.scores_view.toPlainText()
    with pages_project.read() as conn:
        words = conn.execute(text("SELECT words FROM pages WHERE id = 51")).scalar_one()
    assert str(words) in panel.scores_view.toPlainText()


def test_following_a_link_asks_for_that_page(qtbot: QtBot, pages_project: Project) -> None:
    panel = DetailPanel(pages_project, use_webengine=False)
    qtbot.addWidget(panel)
    panel.show_page(10)
    with qtbot.waitSignal(panel.pageRequested) as blocker:
        panel.links_view.anchorClicked.emit(QUrl("page:9"))
    assert blocker.args == [9]


def test_no_page(qtbot: QtBot, pages_project: Project) -> None:
    panel = DetailPanel(pages_project, use_webengine=False)
    qtbot.addWidget(panel)
    panel.show_page(None)
    assert not panel.open_button.isEnabled()
    panel.show_page(999999)
    assert panel.detail is None


@pytest.mark.usefixtures("dutch")
def test_signals_are_shown_in_words_not_keys(qtbot: QtBot, pages_project: Project) -> None:
    with pages_project.transaction() as conn:
        conn.execute(
            text('UPDATE scores SET signals = \'["no-owner", "thin"]\' WHERE page_id = 51')
        )
    panel = DetailPanel(pages_project, use_webengine=False)
    qtbot.addWidget(panel)
    panel.show_page(51)
    shown = panel.scores_view.toPlainText()
    assert "geen eigenaar, weinig tekst" in shown
    assert "no-owner" not in shown
