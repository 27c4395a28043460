"""The status bar counts what the table lists (one definition of "pagina's"). That resuming a
finished crawl asks first is tested in test_main_window.py."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from audit_app.core.page_query import PageFilter, count_decided
from audit_app.core.project import Project
from audit_app.ui.main_window import MainWindow
from tests.ui.test_main_window import open_project, project_path, window  # noqa: F401


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
