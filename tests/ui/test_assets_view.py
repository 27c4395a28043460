"""The Files panel: a lazy model over asset addresses, the filter on missing alt text, and the
pages that show a file (double-click one: it is selected in the page table)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from audit_app.core import assets as core
from audit_app.core.project import Project
from audit_app.ui.assets_view import URL_ROLE, AssetTableModel
from audit_app.ui.main_window import MainWindow
from audit_app.ui.settings import Preferences
from tests.ui.factory import make_project

HOST = "http://127.0.0.1:9"
PAGES = 30


def add_images(project: Project) -> None:
    """The logo with alt text on every page, a photo without alt text on every third page,
    a spacer with alt="" on the first, and one linked (so fetched) PDF-like file."""
    rows = []
    for pid in range(1, PAGES + 1):
        rows.append({"p": pid, "u": f"{HOST}/images/logo.gif", "a": "Gemeente Zuiderveen"})
        if pid % 3 == 0:
            rows.append({"p": pid, "u": f"{HOST}/images/foto-{pid % 2}.jpg", "a": None})
    rows.append({"p": 1, "u": f"{HOST}/images/spacer.gif", "a": ""})
    with project.transaction() as conn:
        conn.execute(
            text(
                "INSERT INTO links (from_page_id, to_url, anchor_text, internal, tag) "
                "VALUES (:p, :u, :a, TRUE, 'img')"
            ),
            rows,
        )
        conn.execute(
            text(
                "INSERT INTO pages (url, kind, state, depth, inlinks, content_type, size_bytes, "
                "status) VALUES (:u, 'other', 'done', 1, 1, 'image/png', 123456, 200)"
            ),
            {"u": f"{HOST}/images/plattegrond.png"},
        )


@pytest.fixture
def files_path(tmp_path: Path) -> Path:
    path = tmp_path / "intranet.audit"
    with make_project(path, PAGES) as project:
        add_images(project)
    return path


@pytest.fixture
def files_project(files_path: Path) -> Iterator[Project]:
    with Project.open(files_path) as project:
        yield project


def load(qtbot: QtBot, model: AssetTableModel) -> None:
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.reload()


def column(model: AssetTableModel, key: str) -> list[str]:
    col = core.COLUMNS.index(key)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_passes_qtmodeltester(
    qtbot: QtBot, qtmodeltester: ModelTester, files_project: Project
) -> None:
    model = AssetTableModel(files_project)
    load(qtbot, model)
    assert model.rowCount() == 5
    qtmodeltester.check(model, force_py=True)  # and again on every reset below
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.sort(core.COLUMNS.index("pages"), Qt.SortOrder.DescendingOrder)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.set_filter(core.AssetFilter(missing_alt=True))
    assert model.rowCount() == 2


def test_cells_counts_and_filter(qtbot: QtBot, files_project: Project) -> None:
    model = AssetTableModel(files_project)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.sort(core.COLUMNS.index("pages"), Qt.SortOrder.DescendingOrder)
    assert column(model, "url")[0] == "/images/logo.gif"
    assert column(model, "pages")[0] == str(PAGES)
    assert column(model, "missing_alt")[0] == ""  # every use has alt text
    assert column(model, "type")[0] == "GIF"
    assert model.totals == (5, 2)
    plattegrond = column(model, "url").index("/images/plattegrond.png")
    assert column(model, "size")[plattegrond] in ("121 KB", "120.6 KB", "121 kB")
    assert column(model, "size")[0] == "–"  # never fetched
    tip = model.data(model.index(0, core.COLUMNS.index("size")), Qt.ItemDataRole.ToolTipRole)
    assert "Not fetched" in tip
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.set_filter(core.AssetFilter(missing_alt=True))
    urls = [model.data(model.index(r, 0), URL_ROLE) for r in range(model.rowCount())]
    assert urls == [f"{HOST}/images/foto-1.jpg", f"{HOST}/images/foto-0.jpg"]  # pages, then URL
    assert column(model, "missing_alt") == ["5", "5"]


@pytest.fixture
def window(qtbot: QtBot, prefs: Preferences) -> Iterator[MainWindow]:
    w = MainWindow(prefs, use_webengine=False)
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def test_files_tab_shows_uses_and_double_click_selects_the_page(
    qtbot: QtBot, window: MainWindow, files_path: Path
) -> None:
    window.open_project(files_path)
    qtbot.waitUntil(lambda: window.filters is not None and window.filters.options_loaded)
    assert window.assets is None  # built when first shown
    assert window.assets_dock.toggleViewAction() in window.menuBar().actions()[2].menu().actions()
    window.assets_dock.toggleViewAction().trigger()
    panel = window.assets
    assert panel is not None and window.assets_dock.widget() is panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=10000)
    assert panel.summary.text() == "5 files, 2 without alt text"
    with qtbot.waitSignal(panel.model.loaded, timeout=10000):
        panel.missing_only.setChecked(True)
    assert panel.model.rowCount() == 2
    assert panel.summary.text() == "2 of 5 files shown, 2 without alt text"
    assert panel.current_url() == f"{HOST}/images/foto-0.jpg"  # the first row is chosen
    assert panel.uses.rowCount() == 5
    assert panel.uses.item(0, 1).text() == "no alt text"
    target = panel.uses.item(2, 0)
    page_id = int(target.data(Qt.ItemDataRole.UserRole + 2))
    rect = panel.uses.visualItemRect(target)
    assert panel.uses.viewport().rect().contains(rect.center())
    qtbot.mouseClick(panel.uses.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.uses.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selected_page_ids() == [page_id]

    with qtbot.waitSignal(panel.model.loaded, timeout=10000):
        panel.missing_only.setChecked(False)
    with qtbot.waitSignal(panel.model.loaded, timeout=10000):
        panel.search.setText("spacer")
    assert panel.model.rowCount() == 1
    assert panel.uses.item(0, 1).text() == "empty (decorative image)"
