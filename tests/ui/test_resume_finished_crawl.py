"""Crawl hervatten on a crawl that already finished asks before fetching everything again;
the status bar counts what the table lists (one definition of "pagina's")."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from audit_app.core.page_query import PageFilter, count_decided
from audit_app.core.project import Project
from audit_app.ui.main_window import MainWindow
from tests.ui.test_main_window import open_project, project_path, window  # noqa: F401


def _finish_a_crawl(path: Path) -> None:
    with Project.open(path) as project, project.transaction() as conn:
        conn.exec_driver_sql(
            "INSERT INTO crawl_runs (started_at, finished_at, status, config, pages_fetched,"
            " errors) VALUES ('2026-01-01', '2026-01-01', 'finished', ?, 120, 0)",
            (json.dumps({"start": ["http://127.0.0.1:9/"]}),),
        )


def test_resume_on_a_finished_crawl_asks_first(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    project_path: Path,  # noqa: F811
) -> None:
    _finish_a_crawl(project_path)
    open_project(qtbot, window, project_path)
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(50, answer)
    window.resume_crawl()
    assert asked and "finished" in asked[0]
    assert not window.crawl_panel.is_running()  # cancelled: nothing fetched


def test_status_bar_counts_what_the_table_lists(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    project_path: Path,  # noqa: F811
) -> None:
    with Project.open(project_path) as project, project.transaction() as conn:
        pid = conn.exec_driver_sql("SELECT MIN(id) FROM pages").scalar_one()
        conn.exec_driver_sql("UPDATE pages SET kind = 'asset' WHERE id = ?", (pid,))
        conn.exec_driver_sql(
            "INSERT INTO pages (url, kind, state, depth, found_via, inlinks)"
            " VALUES ('http://x.test/weg', 'page', 'excluded', 1, 'link', 0)"
        )
    open_project(qtbot, window, project_path)
    with Project.open(project_path) as project, project.read() as conn:
        listed = count_decided(conn, PageFilter())[1]
    text = window.status_label.text()
    assert text.endswith(f"of {listed} pages shown") and listed == window.model.rowCount()
