"""Suggestion reasons are stored as codes; the app words them in the user's language."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from audit_app.core import page_query as pq
from audit_app.core.project import Project
from audit_app.ui.detail_panel import DetailPanel
from audit_app.ui.page_table_model import PageTableModel
from audit_app.ui.reason_words import reason_text, reasons_texts

REASONS = [
    {"code": "not-changed", "year": 2019},
    {"code": "officialese", "n": 1, "examples": ["indien"]},
    {"code": "broken-links", "n": 3},
]


def _set_reasons(project: Project, page_id: int, reasons: list[object]) -> None:
    with project.transaction() as conn:
        conn.execute(
            text("UPDATE scores SET suggestion = 'rewrite', suggestion_reasons = :r "
                 "WHERE page_id = :p"),
            {"r": json.dumps(reasons), "p": page_id},
        )  # fmt: skip


def _summary(qtbot: QtBot, project: Project, page_id: int) -> str:
    panel = DetailPanel(project, use_webengine=False)
    qtbot.addWidget(panel)
    panel.show_page(page_id)
    return panel.summary.text()


@pytest.mark.usefixtures("dutch")
def test_detail_panel_words_reasons_in_dutch(qtbot: QtBot, pages_project: Project) -> None:
    _set_reasons(pages_project, 51, REASONS)
    shown = _summary(qtbot, pages_project, 51)
    # after "Suggestie: Herschrijven" the reasons do not repeat the action
    assert (
        "Suggestie: <b>Herschrijven</b> (niet gewijzigd sinds 2019; 1 ambtelijk woord "
        "(o.a. indien); 3 kapotte links)"
    ) in shown
    assert "not-changed" not in shown


def test_detail_panel_words_reasons_in_english(qtbot: QtBot, pages_project: Project) -> None:
    _set_reasons(pages_project, 51, REASONS)
    shown = _summary(qtbot, pages_project, 51)
    assert "<b>Rewrite</b> (not changed since 2019; " in shown
    assert "herschrijven" not in shown and "rewrite: " not in shown


@pytest.mark.usefixtures("dutch")
def test_sentences_of_an_older_version_are_shown_as_they_are(
    qtbot: QtBot, pages_project: Project
) -> None:
    _set_reasons(pages_project, 51, ["verwijderen: bijna-kopie van /pz/verlof.html"])
    assert "verwijderen: bijna-kopie van /pz/verlof.html" in _summary(qtbot, pages_project, 51)


@pytest.mark.usefixtures("dutch")
def test_plurals_and_numbers_follow_the_dutch_rules() -> None:
    assert reason_text({"code": "thin", "words": 1}) == "herschrijven: weinig tekst (1 woord)"
    assert reason_text({"code": "thin", "words": 7}) == "herschrijven: weinig tekst (7 woorden)"
    assert reason_text({"code": "unvisited-and-old", "years": 2.5}) == (
        "verwijderen: niet bezocht en ouder dan 2,5 jaar"
    )
    assert reason_text({"code": "merge-near-duplicate", "of": "http://x/a.html", "views": 1}) == (
        "samenvoegen met /a.html: bijna-kopie, maar nog 1 keer bezocht"
    )
    assert reasons_texts("geen JSON") == ["geen JSON"]
    assert reason_text({"code": "a-newer-code"}) == "a-newer-code"


@pytest.mark.usefixtures("dutch")
def test_page_table_shows_the_reasons_on_the_suggestion(
    qtbot: QtBot, pages_project: Project
) -> None:
    _set_reasons(pages_project, 51, REASONS)
    model = PageTableModel(pages_project)
    row = model.row_of(51)
    assert row is not None
    index = model.index(row, pq.COLUMNS.index("suggestion"))
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[0] == "herschrijven: niet gewijzigd sinds 2019"
    assert model.data(index) == "Herschrijven"
