"""The app and other processes on one project file at once: nothing lost, nothing hidden.

The window (offscreen, real widgets) holds the project; real `content-audit` processes write
to the same pages; every file dialog of the app lists the project's folder in between. SQLite
keeps all of this safe only while the app's own locks on the file stay in place, so the
kernel's lock table is checked after every dialog.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from audit_app.core.project import Project
from audit_app.ui.main_window import MainWindow
from audit_app.ui.settings import Preferences
from tests.processes import own_locks, run_cli
from tests.ui.factory import make_project

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    not Path("/proc/locks").exists(), reason="reads the kernel's lock table (Linux)"
)


def cli(*args: str, user: str = "Bert") -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env={"CONTENT_AUDIT_USER": user})


def decisions_seen_by_another_process(path: Path) -> dict[int, str | None]:
    code = (
        "import sqlite3, sys, json; c = sqlite3.connect(sys.argv[1]); "
        "print(json.dumps(dict(c.execute('SELECT page_id, decision FROM decisions'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    import json

    return {int(k): v for k, v in json.loads(out.stdout).items()}


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    make_project(tmp_path / "gedeeld.audit", 60).close()
    return tmp_path / "gedeeld.audit"


@pytest.fixture
def window(qtbot: QtBot, prefs: Preferences, project_path: Path) -> Iterator[MainWindow]:
    prefs.user_name = "Annelies"
    w = MainWindow(prefs, use_webengine=False)
    qtbot.addWidget(w)
    w.show()
    w.open_project(project_path)
    qtbot.waitUntil(lambda: w.filters is not None and w.filters.options_loaded, timeout=30000)
    yield w
    w.close()


def list_folder_in_dialog(qtbot: QtBot, trigger: Callable[[], object]) -> list[str]:
    """Run *trigger* (which opens a modal file dialog), let the dialog list its folder as a
    person would see it, then cancel it. Returns the file names it listed."""
    seen: list[str] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, inspect)
            return
        fsm = dialog.findChild(QFileSystemModel)
        folder = fsm.index(dialog.directory().absolutePath())
        end = time.monotonic() + 1.5
        while time.monotonic() < end:  # the folder is read and painted in the background
            QApplication.processEvents()
            time.sleep(0.02)
        rows = fsm.rowCount(folder)
        seen.extend(fsm.fileName(fsm.index(r, 0, folder)) for r in range(rows))
        dialog.reject()

    QTimer.singleShot(0, inspect)
    trigger()
    return seen


def test_every_file_dialog_leaves_the_project_locks_in_place(
    qtbot: QtBot, window: MainWindow, project_path: Path
) -> None:
    assert len(own_locks(project_path)) > 0
    flows: dict[str, Callable[[], object]] = {
        "open": window.ask_open,
        "export": window.transfers.export_workbook,
        "import reviews": window.transfers.import_reviews,
    }
    for name, trigger in flows.items():
        listed = list_folder_in_dialog(qtbot, trigger)
        assert "gedeeld.audit" in listed or name != "open", listed
        assert len(own_locks(project_path)) > 0, f"the {name} dialog dropped the project's locks"
    # The navigation panel's import and the new-audit dialog's pickers.
    nav = window.nav_panel
    list_folder_in_dialog(qtbot, nav.choose_import_file)  # type: ignore[union-attr]
    assert len(own_locks(project_path)) > 0
    from audit_app.ui.new_audit_dialog import NewAuditDialog

    dialog = NewAuditDialog(window, project_path.parent)
    qtbot.addWidget(dialog)
    list_folder_in_dialog(qtbot, dialog._pick_project)
    list_folder_in_dialog(qtbot, dialog._pick_start_folder)
    assert len(own_locks(project_path)) > 0
    # Review packs: the folder picker of the packs dialog.
    from audit_app.ui.review_pack_dialog import ReviewPackDialog

    packs = ReviewPackDialog(window, project_path.parent, None)
    qtbot.addWidget(packs)
    list_folder_in_dialog(qtbot, packs._browse)
    assert len(own_locks(project_path)) > 0


def test_app_and_commands_on_one_project_lose_nothing(
    qtbot: QtBot, window: MainWindow, project_path: Path
) -> None:
    window.controller.decide("keep", [1, 2])
    list_folder_in_dialog(qtbot, window.transfers.export_workbook)  # the step that used to break it
    out = cli("decide", str(project_path), "3", "4", "--besluit", "verwijderen")
    assert out.returncode == 0, out.stderr
    window.controller.decide("rewrite", [5])
    # Both sides see both, while the app is still open.
    seen = decisions_seen_by_another_process(project_path)
    assert (seen[1], seen[2], seen[3], seen[4], seen[5]) == (
        "keep",
        "keep",
        "delete",
        "delete",
        "rewrite",
    )
    assert window.model is not None
    qtbot.waitUntil(lambda: window.model.row_data(window.model.row_of(3))["decision"] == "delete")
    qtbot.waitUntil(lambda: "Bert" in window.statusBar().currentMessage(), timeout=5000)
    # The same page from both sides: the later one wins, and the app's undo does not silently
    # overwrite the command's value.
    window.controller.decide("keep", [6])
    out = cli("decide", str(project_path), "6", "--besluit", "herschrijven")
    assert out.returncode == 0, out.stderr
    window.undo_stack.undo()
    qtbot.waitUntil(
        lambda: window.messages.error_box is not None and window.messages.error_box.isVisible()
    )
    assert "Bert" in window.messages.error_box.text()  # type: ignore[union-attr]
    window.messages.error_box.close()  # type: ignore[union-attr]
    window.close()
    with Project.open(project_path) as p, p.read() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        final = dict(conn.execute(text("SELECT page_id, decision FROM decisions")).all())
    assert [final[i] for i in range(1, 7)] == [
        "keep",
        "keep",
        "delete",
        "delete",
        "rewrite",
        "rewrite",
    ]


WRITER = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from audit_app.core.changes import FieldChange, apply_changes
from audit_app.core.project import Project
with Project.open(sys.argv[2]) as p:
    n = 0
    while True:
        n += 1
        with p.transaction() as conn:
            apply_changes(conn, [FieldChange("decision", 40 + n % 20, "note", f"cli {n}")],
                          who="Bert", source="cli")
        print(n, flush=True)
        time.sleep(0.005)
"""


@pytest.mark.parametrize("kill_after", [1, 15, 60])
def test_a_command_killed_mid_write_costs_the_app_nothing(
    qtbot: QtBot, window: MainWindow, project_path: Path, kill_after: int
) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(ROOT), str(project_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        for i, _line in enumerate(proc.stdout, start=1):
            if i == 3:
                window.controller.decide("delete", [10, 11])
                list_folder_in_dialog(qtbot, window.ask_open)
            if i >= kill_after + 3:
                break
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(30)
    window.controller.decide("keep", [12])
    assert len(own_locks(project_path)) > 0
    window.close()
    with Project.open(project_path) as p, p.read() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        final = dict(conn.execute(text("SELECT page_id, decision FROM decisions")).all())
        notes = conn.execute(text("SELECT count(*) FROM changes WHERE who = 'Bert'")).scalar()
    assert (final[10], final[11], final[12]) == ("delete", "delete", "keep")
    assert notes and notes >= kill_after
