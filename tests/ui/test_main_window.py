"""The main window with a real project: deciding by keys, undo/redo, bulk, views, workshop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from audit_app.core import page_query as pq
from audit_app.core.project import Project
from audit_app.ui.main_window import MainWindow
from audit_app.ui.settings import Preferences
from tests.ui.factory import make_project


@pytest.fixture
def window(qtbot: QtBot, prefs: Preferences) -> Iterator[MainWindow]:
    prefs.user_name = "Annelies de Vries"
    w = MainWindow(prefs, use_webengine=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    make_project(tmp_path / "intranet.audit", 120).close()
    return tmp_path / "intranet.audit"


def open_project(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    window.open_project(path)
    qtbot.waitUntil(lambda: window.filters is not None and window.filters.options_loaded)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def decision_in_file(path: Path, page_id: int) -> str | None:
    with Project.open(path) as p, p.read() as conn:
        return conn.execute(
            text("SELECT decision FROM decisions WHERE page_id = :i"), {"i": page_id}
        ).scalar()


def select_rows(window: MainWindow, rows: list[int]) -> None:
    assert window.model is not None
    sel = window.table.selectionModel()
    sel.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r in rows:
        sel.select(window.model.index(r, 0), flags)
    sel.setCurrentIndex(window.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    window.table.setFocus()


def test_decide_by_key_then_undo_redo(qtbot: QtBot, window: MainWindow, project_path: Path) -> None:
    open_project(qtbot, window, project_path)
    assert window.model is not None
    row = window.model.row_of(1)
    assert row is not None
    select_rows(window, [row])
    qtbot.keyClick(window.table, Qt.Key.Key_B)
    assert decision_in_file(project_path, 1) == "keep"
    with Project.open(project_path) as p, p.read() as conn:
        who = conn.execute(text("SELECT who FROM changes WHERE entity_id = 1")).scalar()
    assert who == "Annelies de Vries"
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert decision_in_file(project_path, 1) is None
    qtbot.keyClick(
        window.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert decision_in_file(project_path, 1) == "keep"
    qtbot.keyClick(window.table, Qt.Key.Key_R)  # English key for rewrite
    assert decision_in_file(project_path, 1) == "rewrite"
    cell = window.model.data(window.model.index(row, pq.COLUMNS.index("decision")))
    assert cell and cell != window.model.data(window.model.index(row, 0))


def test_bulk_decision_and_single_undo(
    qtbot: QtBot, window: MainWindow, project_path: Path
) -> None:
    open_project(qtbot, window, project_path)
    assert window.model is not None
    window.model.set_filter(pq.PageFilter(decisions=[pq.NONE]))
    ids = [window.model.page_id(r) for r in range(10)]
    select_rows(window, list(range(10)))
    qtbot.keyClick(window.table, Qt.Key.Key_V)
    assert [decision_in_file(project_path, i) for i in ids] == ["delete"] * 10  # type: ignore[arg-type]
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert [decision_in_file(project_path, i) for i in ids] == [None] * 10  # type: ignore[arg-type]


def test_accept_suggestion_by_key(qtbot: QtBot, window: MainWindow, project_path: Path) -> None:
    open_project(qtbot, window, project_path)
    assert window.model is not None
    # factory: page i suggests ("keep", "rewrite", "delete", None)[i % 4]; page 2 is undecided
    select_rows(window, [window.model.row_of(2), window.model.row_of(3)])  # type: ignore[list-item]
    qtbot.keyClick(window.table, Qt.Key.Key_A)
    assert decision_in_file(project_path, 2) == "delete"
    assert decision_in_file(project_path, 3) is None or decision_in_file(project_path, 3) != "keep"


def test_saved_view_restores_filter(qtbot: QtBot, window: MainWindow, project_path: Path) -> None:
    open_project(qtbot, window, project_path)
    assert window.filters is not None and window.model is not None
    flt = pq.PageFilter(sections=["Personeelszaken"], age_bands=["gt5"], decisions=[pq.NONE])
    window.filters.set_filter(flt)
    assert window.filters.current_filter() == flt
    narrowed = window.model.rowCount()
    assert 0 < narrowed < 120
    window.filters.save_view("Personeelszaken, ouder dan 5 jaar, onbeslist")
    window.filters.clear()
    assert window.model.rowCount() == 120
    assert window.filters.apply_view("Personeelszaken, ouder dan 5 jaar, onbeslist")
    assert window.model.rowCount() == narrowed
    assert window.model.filter == flt


def test_search_box_filters_after_typing(
    qtbot: QtBot, window: MainWindow, project_path: Path
) -> None:
    open_project(qtbot, window, project_path)
    assert window.filters is not None and window.model is not None
    qtbot.keyClicks(window.filters.search, "reiskost")
    qtbot.waitUntil(lambda: window.model is not None and window.model.rowCount() < 120)
    assert window.model.filter.search == "reiskost"


def test_workshop_mode(qtbot: QtBot, dutch: None, window: MainWindow, project_path: Path) -> None:
    open_project(qtbot, window, project_path)
    assert window.model is not None and window.workshop is not None
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F11)
    ws = window.workshop
    assert window.stack.currentWidget() is ws
    assert ws.progress_label.text() == "24 van 120 beslist"
    first = ws.page_id
    ws.next_button.click()
    assert ws.page_id != first and ws.row == 1
    ws.prev_button.click()
    assert ws.page_id == first
    undecided = next(
        r for r in range(120) if decision_in_file(project_path, window.model.page_id(r)) is None
    )  # type: ignore[arg-type]
    ws.set_row(undecided)
    ws.setFocus()
    qtbot.keyClick(ws, Qt.Key.Key_H)
    assert decision_in_file(project_path, ws.page_id) == "rewrite"  # type: ignore[arg-type]
    assert ws.progress_label.text() == "25 van 120 beslist"
    ws.buttons["delete"].click()
    assert decision_in_file(project_path, ws.page_id) == "delete"  # type: ignore[arg-type]
    qtbot.keyClick(ws, Qt.Key.Key_F11)
    assert window.stack.currentWidget() is window.table
    assert window.table.currentIndex().row() == undecided


def test_detail_follows_selection(qtbot: QtBot, window: MainWindow, project_path: Path) -> None:
    open_project(qtbot, window, project_path)
    assert window.model is not None and window.detail is not None
    select_rows(window, [7])
    window.table.selectRow(7)
    assert window.detail.page_id == window.model.page_id(7)
    assert isinstance(window.detail.preview.view, QTextBrowser)
    assert "Pagina" in window.detail.preview.view.toPlainText()


def test_opening_a_non_project_file(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    bogus = tmp_path / "notities.audit"
    bogus.write_text("Dit is geen project maar een boodschappenlijst.\n" * 10)
    before = bogus.read_bytes()
    window.open_project(bogus)
    qtbot.waitUntil(
        lambda: window.messages.error_box is not None and window.messages.error_box.isVisible()
    )
    assert window.messages.error_box is not None
    assert "notities.audit" in window.messages.error_box.text()
    assert window.project is None
    assert window.stack.currentWidget() is window.start_screen
    assert bogus.read_bytes() == before
    assert not (tmp_path / "notities.audit-wal").exists()


def test_recent_projects_on_start_screen(
    qtbot: QtBot, window: MainWindow, project_path: Path, prefs: Preferences
) -> None:
    open_project(qtbot, window, project_path)
    window.close_project()
    assert window.stack.currentWidget() is window.start_screen
    assert prefs.recent_projects == [project_path.resolve()]
    item = window.start_screen.recent.item(0)
    assert "intranet" in item.text()


def test_navigation_panel_narrows_the_table(
    qtbot: QtBot, window: MainWindow, project_path: Path
) -> None:
    open_project(qtbot, window, project_path)
    assert window.filters is not None and window.model is not None
    with Project.open(project_path) as p, p.read() as conn:
        homeless = conn.execute(
            text("SELECT COUNT(*) FROM decisions WHERE decision IN ('keep', 'rewrite')")
        ).scalar_one()
    window._show_homeless()
    assert window.model.rowCount() == homeless > 0
    assert window.filters.nav_label.isVisible()
    window.filters.nav_clear.click()
    assert window.model.rowCount() == 120
    assert not window.filters.nav_label.isVisible()


def test_discussion_status_and_note(qtbot: QtBot, window: MainWindow, project_path: Path) -> None:
    open_project(qtbot, window, project_path)
    assert window.model is not None
    row = window.model.row_of(3)
    assert row is not None
    select_rows(window, [row])
    qtbot.keyClick(window.table, Qt.Key.Key_S)
    window.controller.set_note("Bespreken met Personeelszaken", [3])
    with Project.open(project_path) as p, p.read() as conn:
        status, note = conn.execute(
            text("SELECT review_status, note FROM decisions WHERE page_id = 3")
        ).one()
    assert (status, note) == ("discuss", "Bespreken met Personeelszaken")
    window.undo_stack.undo()
    window.undo_stack.undo()
    with Project.open(project_path) as p, p.read() as conn:
        status, note = conn.execute(
            text("SELECT review_status, note FROM decisions WHERE page_id = 3")
        ).one()
    assert (status, note) == ("todo", None)


def test_dashboard_is_built_when_first_shown(
    qtbot: QtBot, window: MainWindow, project_path: Path
) -> None:
    open_project(qtbot, window, project_path)
    assert window.dashboard is None
    window.dashboard_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.dashboard is not None)
    assert window.dashboard_dock.widget() is window.dashboard
    assert type(window.dashboard).__name__ == "DashboardWidget"
    assert type(window.nav_panel).__name__ == "NavigationPanel"


def test_column_widths_are_remembered(
    qtbot: QtBot, window: MainWindow, project_path: Path, prefs: Preferences
) -> None:
    open_project(qtbot, window, project_path)
    window.table.horizontalHeader().resizeSection(1, 333)
    window.close_project()
    open_project(qtbot, window, project_path)
    assert window.table.horizontalHeader().sectionSize(1) == 333
    assert window.model is not None and window.model.sort_key == "url"


def test_my_pages_shows_the_pages_of_the_reviewer_with_my_name(
    qtbot: QtBot, window: MainWindow, project_path: Path
) -> None:
    from audit_app.core.changes import FieldChange, apply_changes

    with Project.open(project_path) as p, p.transaction() as conn:
        conn.execute(text("INSERT INTO reviewers (id, name) VALUES (7, ' annelies de vries ')"))
        conn.execute(text("INSERT INTO reviewers (id, name) VALUES (8, 'Bram Visser')"))
        apply_changes(
            conn,
            [FieldChange("decision", pid, "reviewer_id", 7) for pid in (3, 5, 9)]
            + [FieldChange("decision", 4, "reviewer_id", 8)],
            who="test",
        )
    open_project(qtbot, window, project_path)
    window.window_actions.my_pages_action.trigger()
    assert window.model is not None
    qtbot.waitUntil(lambda: window.model is not None and window.model.rowCount() == 3)
    assert window.filters is not None and window.filters.current_filter().reviewers == [7]


def test_my_pages_without_a_reviewer_says_what_to_do(
    qtbot: QtBot, window: MainWindow, project_path: Path
) -> None:
    open_project(qtbot, window, project_path)
    assert window.model is not None
    rows = window.model.rowCount()
    window.window_actions.my_pages_action.trigger()
    assert "Annelies de Vries" in window.statusBar().currentMessage()
    assert window.model.rowCount() == rows


def test_band_filters_list_their_bands_in_order(
    qtbot: QtBot, window: MainWindow, project_path: Path
) -> None:
    """From very easy to very difficult and from new to old, "not scored" last: not in the
    order of their codes."""
    from audit_app.core.scoring.age import AGE_BANDS
    from audit_app.core.scoring.readability import BANDS

    open_project(qtbot, window, project_path)
    assert window.filters is not None
    order = [key for _low, key, _label in BANDS]
    shown = [value for value, _box in window.filters.bands._boxes]
    assert len(shown) >= 3
    assert shown == sorted(shown, key=lambda v: order.index(v) if v in order else len(order))
    ages = [value for value, _box in window.filters.ages._boxes]
    assert ages == sorted(ages, key=lambda v: AGE_BANDS.index(v) if v in AGE_BANDS else 99)
