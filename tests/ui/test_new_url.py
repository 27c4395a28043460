"""A page's own address on the new intranet, set in the app: only an address is accepted,
it is undoable, and the redirect export uses it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from audit_app.core import page_query as pq
from audit_app.core.project import Project
from audit_app.ui.main_window import MainWindow
from exporters.options import ExportOptions
from exporters.redirects import export_redirects
from tests.ui.test_main_window import open_project, project_path, window  # noqa: F401


def _new_url(path: Path, page_id: int) -> str | None:
    with Project.open(path) as p, p.read() as conn:
        return pq.new_url_of(conn, page_id)


def test_new_url_by_keyboard_then_undo(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    project_path: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    open_project(qtbot, window, project_path)
    window.table.selectRow(0)
    (page_id,) = window.selected_page_ids()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.setTextValue(" https://intranet.nieuw.example/werk/verlof ")
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.window_actions.new_url_action.trigger()
    assert _new_url(project_path, page_id) == "https://intranet.nieuw.example/werk/verlof"
    assert window.window_actions.new_url_action in window.menuBar().actions()[3].menu().actions()

    # the redirect map sends the old address there (once the page is kept)
    window.controller.decide("keep", [page_id])
    out = tmp_path / "redirects.conf"
    with Project.open(project_path) as p:
        export_redirects(p, out, fmt="nginx", options=ExportOptions(base_url="/"))
    assert "https://intranet.nieuw.example/werk/verlof" in out.read_text(encoding="utf-8")

    window.undo_stack.undo()  # the decision
    window.undo_stack.undo()  # the new URL
    assert _new_url(project_path, page_id) is None


def test_a_sentence_is_never_a_new_url(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    project_path: Path,  # noqa: F811
) -> None:
    open_project(qtbot, window, project_path)
    window.table.selectRow(0)
    (page_id,) = window.selected_page_ids()
    assert not window.controller.set_new_url("Nog geen plek in de navigatie", [page_id])
    box = window.messages.error_box
    assert box is not None and "is not an address" in box.text()
    box.close()
    assert _new_url(project_path, page_id) is None
    assert window.undo_stack.count() == 0
