"""Hard words in the app: marked text with alternatives, the table column and filter, the own
word list dialog, and workshop mode."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from audit_app.core import own_words
from audit_app.core import page_query as pq
from audit_app.core.project import Project
from audit_app.core.scoring import score_project
from audit_app.core.scoring.marks import mark_text
from audit_app.core.scoring.word_store import page_words
from audit_app.ui.detail_panel import DetailPanel
from audit_app.ui.main_window import MainWindow
from audit_app.ui.own_words_dialog import OwnWordsDialog
from audit_app.ui.page_table_model import PageTableModel
from audit_app.ui.plain_language_view import marked_html
from audit_app.ui.settings import Preferences
from audit_app.ui.taskman import tasks
from audit_app.ui.workshop_view import WorkshopView
from tests.scoring.helpers import add_page
from tests.scoring.plain_texts import B1_TEXTS, OFFICIALESE_TEXTS
from tests.scoring.texts import GERMAN_UNIT, repeat

BASE = "http://intranet.test"


@pytest.fixture
def scored(tmp_path: Path) -> Iterator[Project]:
    p = Project.create(tmp_path / "b1.audit")
    add_page(p, f"{BASE}/ambtelijk.html", OFFICIALESE_TEXTS["verlof"], title="Ambtelijk")
    add_page(p, f"{BASE}/b1.html", "\n\n".join(B1_TEXTS.values()), title="Helder")
    add_page(p, f"{BASE}/de.html", repeat(GERMAN_UNIT, 4), title="Deutsch")
    score_project(p, today=date(2026, 11, 22), workers=1)
    yield p
    p.close()


def test_marked_html_links_officialese_and_escapes() -> None:
    marked = mark_text(
        "Indien u <vragen> heeft, bel ons. Dat kan middels de telefoon.\n\nAls het kan, graag.",
        "nl",
    )
    alternatives: list[str] = []
    out = marked_html(marked, alternatives)
    assert alternatives == ["als", "met; via"]
    assert ">Indien</a>" in out and ">middels</a>" in out and "href='alt:1'" in out
    assert "&lt;vragen&gt;" in out and ">Als</a>" not in out
    assert out.count("<p>") == 2
    inline = marked_html(marked, [], inline=True)
    assert "[→ als]" in inline and "[→ met; via]" in inline


@pytest.mark.usefixtures("dutch")
def test_detail_panel_shows_words_to_change(qtbot: QtBot, scored: Project) -> None:
    panel = DetailPanel(scored, use_webengine=False)
    qtbot.addWidget(panel)
    panel.show_page(1)
    view = panel.text_view
    text = view.text.toPlainText()
    assert text.startswith("Regeling aanvraagprocedure verlof") and "onverwijld" in text
    aside = view.aside.toPlainText()
    assert "B1-indicatie: boven B1" in aside
    assert "Alleen de formule (Flesch-Douma)" in aside
    assert "indien → als" in aside and "teneinde → om" in aside
    assert "ongebruikelijke woorden" in aside and "lijdend" in aside
    assert "B1-indicatie (woorden en zinnen)" in panel.scores_view.toPlainText()
    assert panel.tabs.tabText(1) == f"Tekst ({view.officialese} ambtelijk)"
    assert view.officialese >= 20
    view.text.highlighted.emit(QUrl("alt:0"))
    assert "Eenvoudiger: " in QToolTip.text()

    panel.show_page(2)
    assert "B1-indicatie: B1 of eenvoudiger" in panel.text_view.aside.toPlainText()
    assert "Vervang deze woorden" not in panel.text_view.aside.toPlainText()
    assert panel.tabs.tabText(1) == "Tekst"

    panel.show_page(3)
    assert "niet ondersteund" in panel.text_view.aside.toPlainText()
    assert "Urlaub" in panel.text_view.text.toPlainText()


@pytest.mark.usefixtures("dutch")
def test_table_column_and_officialese_filter(qtbot: QtBot, scored: Project) -> None:
    model = PageTableModel(scored)
    model.wait_until_loaded()
    col = pq.COLUMNS.index("officialese")
    assert model.headerData(col, pq_horizontal()) == "Ambtelijk"
    cells = {model.page_id(r): model.index(r, col).data() for r in range(model.rowCount())}
    assert cells[2] == "0" and cells[3] == "–" and int(cells[1]) >= 20
    tip = model.index(model.row_of(1) or 0, col).data(tooltip_role())
    assert "indien → als" in tip
    german_tip = model.index(model.row_of(3) or 0, col).data(tooltip_role())
    assert german_tip.startswith("Niet ondersteund")
    model.set_filter(pq.PageFilter(officialese_min=5, officialese_density=1.0))
    model.wait_until_loaded()
    assert list(model.ids) == [1]
    model.set_filter(pq.PageFilter())
    model.sort(col, descending_order())
    model.wait_until_loaded()
    assert model.ids[0] == 1


def pq_horizontal():  # small helpers keep the Qt enums out of the assertions
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def tooltip_role():
    from PySide6.QtCore import Qt

    return Qt.ItemDataRole.ToolTipRole


def descending_order():
    from PySide6.QtCore import Qt

    return Qt.SortOrder.DescendingOrder


@pytest.mark.usefixtures("dutch")
def test_own_words_dialog_with_undo_and_recheck(
    qtbot: QtBot, scored: Project, tmp_path: Path
) -> None:
    stack = QUndoStack()
    touched: list[int] = []
    dialog = OwnWordsDialog(scored, stack, lambda: touched.append(1))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 0
    dialog.word.setText("  ")
    dialog.alternative.setText("iets")
    dialog.add_button.click()
    assert "Vul een woord" in dialog.message.text() and stack.count() == 0

    dialog.word.setText("BHV")
    dialog.alternative.setText("bedrijfshulpverlening")
    dialog.add_button.click()
    assert dialog.table.rowCount() == 1 and stack.count() == 1 and touched == [1]
    assert dialog.table.item(0, 1).text() == "bedrijfshulpverlening"
    assert "Opgeslagen: BHV → bedrijfshulpverlening" in dialog.message.text()
    dialog.word.setText("bhv")  # the same entry, other spelling: a change, undoable
    dialog.alternative.setText("hulpverleners")
    dialog.add_button.click()
    assert dialog.table.item(0, 0).text() == "bhv" and stack.count() == 2

    dialog.table.selectRow(0)
    assert dialog.word.text() == "bhv" and dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    assert dialog.table.rowCount() == 0 and stack.count() == 3
    stack.undo()
    assert dialog.table.item(0, 0).text() == "bhv"
    stack.undo()
    assert dialog.table.item(0, 1).text() == "bedrijfshulpverlening"
    stack.undo()
    assert dialog.table.rowCount() == 0
    stack.redo()
    assert dialog.table.item(0, 0).text() == "BHV" and len(touched) == 7
    with scored.read() as conn:
        assert [w.word for w in own_words.list_words(conn)] == ["BHV"]

    csv_file = tmp_path / "woorden.csv"
    csv_file.write_text("woord;alternatief\nMT;de directie\nBHV;bedrijfshulpverlening\n")
    dialog.import_path(csv_file)
    assert "1 woorden toegevoegd of gewijzigd, 1 ongewijzigd" in dialog.message.text()
    assert dialog.table.rowCount() == 2
    stack.undo()
    assert dialog.table.rowCount() == 1
    bad = tmp_path / "fout.csv"
    bad.write_text("woord;alternatief\nMT\n")
    dialog.import_path(bad)
    assert "Niets geïmporteerd: Regel 2" in dialog.message.text()
    assert dialog.table.rowCount() == 1


def test_word_recheck_runs_once_at_a_time(qtbot: QtBot) -> None:
    from PySide6.QtCore import QObject

    from audit_app.ui.own_words_dialog import WordRecheck

    started: list[object] = []
    owner = QObject()
    recheck = WordRecheck(started.append, owner)
    recheck.timer.setInterval(10)
    recheck.touch()
    recheck.touch()
    qtbot.waitUntil(lambda: len(started) == 1)
    recheck.touch()  # a change while the first run is busy: one more run after it
    qtbot.wait(50)
    assert len(started) == 1
    started[0]()  # the first run ends
    assert len(started) == 2
    started[1]()
    qtbot.wait(50)
    assert len(started) == 2


@pytest.mark.usefixtures("dutch")
def test_workshop_shows_hard_words_with_alternatives(qtbot: QtBot, scored: Project) -> None:
    model = PageTableModel(scored)
    model.wait_until_loaded()
    view = WorkshopView(model, use_webengine=False)
    qtbot.addWidget(view)
    view.show()
    view.set_row(model.row_of(1) or 0)
    assert view.page_tabs.tabText(1).startswith("Moeilijke woorden (")
    assert "[→ als]" in view.plain.text.toPlainText()
    assert "B1-indicatie" in view.facts.toPlainText()


@pytest.mark.usefixtures("dutch")
def test_officialese_filter_box(qtbot: QtBot, scored: Project) -> None:
    from audit_app.core.scoring.settings import update_settings
    from audit_app.ui.filters_panel import FiltersPanel

    panel = FiltersPanel(scored)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.options_loaded)
    assert panel.officialese.text() == "Ambtelijke taal"
    with qtbot.waitSignal(panel.filterChanged) as blocker:
        panel.officialese.setChecked(True)
    assert blocker.args[0].officialese_min == 5
    assert blocker.args[0].officialese_density == 1.0
    assert "minstens 5 ambtelijke woorden en meer dan 1 per 100" in panel.officialese.toolTip()
    update_settings(scored, officialese_rewrite_min=12, officialese_max_per_100=2.5)
    assert panel.current_filter().officialese_min == 12
    assert panel.current_filter().officialese_density == 2.5
    panel.set_filter(pq.PageFilter())
    assert not panel.officialese.isChecked()
    assert panel.current_filter().is_empty()  # an unticked box adds nothing to a saved view
    panel.set_filter(pq.PageFilter(officialese_min=3))
    assert panel.officialese.isChecked()


@pytest.mark.usefixtures("dutch")
def test_main_window_rechecks_words_after_an_edit_and_its_undo(
    qtbot: QtBot, prefs: Preferences, tmp_path: Path
) -> None:
    path = tmp_path / "venster.audit"
    with Project.create(path) as p:
        add_page(p, f"{BASE}/bhv.html", "De BHV komt bij brand. Bel de BHV meteen.\n\nKlaar.")
        score_project(p, today=date(2026, 11, 22), workers=1)
    window = MainWindow(prefs, use_webengine=False)
    qtbot.addWidget(window)
    window.show()
    window.open_project(path)
    qtbot.waitUntil(lambda: window.filters is not None and window.filters.options_loaded)
    assert window.window_actions.words_action.isEnabled() and window.project is not None
    project = window.project

    def bhv_hits() -> int:
        with project.read() as conn:
            w = page_words(conn, 1)
        return 0 if w is None else w.officialese

    window.window_actions.words_action.trigger()
    dialog = window.findChild(OwnWordsDialog)
    assert dialog is not None and window.word_recheck is not None
    window.word_recheck.timer.setInterval(10)
    dialog.word.setText("BHV")
    dialog.alternative.setText("bedrijfshulpverlening")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: bhv_hits() == 2, timeout=60_000)
    dialog.close()
    window.undo_stack.undo()  # Ctrl+Z in the main window takes the word back out
    qtbot.waitUntil(lambda: bhv_hits() == 0, timeout=60_000)
    qtbot.waitUntil(lambda: not tasks().busy(project), timeout=60_000)
    window.close()


def test_own_list_text_is_never_read_as_markup(qtbot: QtBot, scored: Project) -> None:
    from audit_app.core.scoring.word_store import rescore_words

    with scored.transaction() as conn:
        own_words.add_word(conn, "indien", "<img src='x.png'> <b>als</b>", who="t")
    rescore_words(scored)
    model = PageTableModel(scored)
    model.wait_until_loaded()
    col = pq.COLUMNS.index("officialese")
    tip = model.index(model.row_of(1) or 0, col).data(tooltip_role())
    assert "&lt;img src=&#x27;x.png&#x27;&gt; &lt;b&gt;als&lt;/b&gt;" in tip and "<img" not in tip
    panel = DetailPanel(scored, use_webengine=False)
    qtbot.addWidget(panel)
    panel.show_page(1)
    assert "<img src='x.png'> <b>als</b>" in panel.text_view.aside.toPlainText()
