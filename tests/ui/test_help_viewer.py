"""Help > User guide and F1: the bundled guide, offline, on the page that fits the screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from audit_app.ui import help_viewer
from audit_app.ui.help_viewer import HelpViewer, Topic
from audit_app.ui.main_window import MainWindow
from audit_app.ui.settings import Preferences
from tests.ui.factory import make_project


def _viewer(window: MainWindow) -> HelpViewer:
    viewer = window.findChild(HelpViewer, "help-viewer")
    assert viewer is not None
    return viewer


@pytest.fixture
def window(qtbot: QtBot, prefs: Preferences) -> MainWindow:
    w = MainWindow(prefs, use_webengine=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_f1_opens_the_page_for_the_screen(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    viewer = _viewer(window)
    qtbot.waitExposed(viewer)
    assert viewer.current_page() == "index.md"
    assert "Handleiding" in viewer.browser.toPlainText()
    assert viewer.contents.currentItem().text() == "Handleiding content-audit"

    make_project(tmp_path / "help.audit", 20).close()
    window.open_project(tmp_path / "help.audit")
    qtbot.waitUntil(lambda: window.filters is not None and window.filters.options_loaded)
    window.workshop_mode.toggle()
    window.window_actions.help_action.trigger()
    assert viewer.current_page() == "app.md"
    upper_third = viewer.browser.viewport().height() // 3  # the page may end before the top
    qtbot.waitUntil(lambda: 0 <= (viewer.position_of("Workshopmodus") or -1) < upper_third)
    window.workshop_mode.toggle()

    window.nav_dock.show()
    window.nav_dock.raise_()
    window.nav_dock.widget().setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is not None)
    assert help_viewer.topic_for(window) == help_viewer.NAVIGATION
    viewer.close()
    window.close_project()


def test_links_stay_inside_the_guide(qtbot: QtBot, window: MainWindow) -> None:
    viewer = help_viewer.show_help(window, Topic("index.md"))
    viewer.browser.anchorClicked.emit(QUrl("scoring.md"))
    assert viewer.current_page() == "scoring.md"
    assert viewer.contents.currentItem().text().startswith("Scoren")
    for outside in ("../README.md", "../pyproject.toml", "/etc/passwd", "file:///etc/hosts"):
        viewer.browser.anchorClicked.emit(QUrl(outside))
        assert viewer.current_page() == "scoring.md", outside
    viewer.browser.backward()
    assert viewer.current_page() == "index.md"
    viewer.close()


def test_every_page_and_picture_of_the_guide_loads(qtbot: QtBot) -> None:
    folder = help_viewer.help_dir()
    assert folder is not None
    viewer = HelpViewer()
    qtbot.addWidget(viewer)
    listed = [viewer.contents.item(i).text() for i in range(viewer.contents.count())]
    assert len(listed) == len(list(folder.glob("*.md")))
    for page in folder.glob("*.md"):
        viewer.show_topic(Topic(page.name))
        assert viewer.current_page() == page.name
        assert len(viewer.browser.toPlainText()) > 200
        for target in re.findall(r"\]\(([^)#]+\.md)", page.read_text("utf-8")):
            assert (folder / target).is_file(), f"{page.name} links to missing {target}"
        for picture in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", page.read_text("utf-8")):
            image = viewer.browser.loadResource(2, QUrl.fromLocalFile(str(folder / picture)))
            assert isinstance(image, QImage) and not image.isNull(), picture
            assert image.width() <= viewer.browser.MAX_IMAGE_WIDTH


def test_an_installed_copy_reads_its_packaged_guide(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "index.md").write_text("## Ingepakte handleiding\n\n" + "Tekst. " * 50)
    monkeypatch.setattr(help_viewer, "PACKAGED", tmp_path)
    viewer = HelpViewer()
    qtbot.addWidget(viewer)
    viewer.show_topic(help_viewer.START)
    assert viewer.folder == tmp_path
    assert viewer.browser.toPlainText().startswith("Ingepakte handleiding")
    monkeypatch.setattr(help_viewer, "SOURCE", tmp_path / "weg")
    monkeypatch.setattr(help_viewer, "PACKAGED", tmp_path / "weg")
    empty = HelpViewer()
    qtbot.addWidget(empty)
    assert "not installed" in empty.browser.toPlainText()
