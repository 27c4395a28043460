"""The page in detail: the decoded snapshot, highlights, dates, links, duplicates."""

from __future__ import annotations

import zlib

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from audit_app.core.project import Project
from audit_app.ui import detail_panel as dp
from audit_app.ui.detail_panel import DetailPanel, highlight_text


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
