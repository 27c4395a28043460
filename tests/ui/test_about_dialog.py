"""Help > About names the version, the open project, the log file and the preferences file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from audit_app.core.app_log import log_file
from audit_app.ui.about_dialog import AboutDialog
from audit_app.ui.main_window import MainWindow
from audit_app.ui.settings import Preferences
from audit_app.version import version
from tests.ui.factory import make_project


def _texts(dialog: AboutDialog) -> list[str]:
    return [w.text() for w in dialog.findChildren(QLabel)]


def test_about_shows_version_project_and_log(
    qtbot: QtBot, tmp_path: Path, prefs: Preferences
) -> None:
    make_project(tmp_path / "about.audit", 5).close()
    window = MainWindow(prefs, use_webengine=False)
    qtbot.addWidget(window)
    window.show()
    window.open_project(tmp_path / "about.audit")
    qtbot.waitUntil(lambda: window.project is not None)
    window.window_actions.about_action.trigger()
    dialog = window.about_dialog
    qtbot.waitExposed(dialog)
    texts = _texts(dialog)
    assert any(f"Content audit {version()}" in t for t in texts)
    assert str(window.project.path) in texts  # type: ignore[union-attr]
    assert str(log_file()) in texts
    assert prefs.store.fileName() in texts
    dialog.copy_details()
    copied = QApplication.clipboard().text()
    assert version() in copied and str(log_file()) in copied
    dialog.close()
    window.close()


def test_about_without_project(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(None, str(tmp_path / "s.ini"))
    qtbot.addWidget(dialog)
    assert "no project open" in _texts(dialog)
