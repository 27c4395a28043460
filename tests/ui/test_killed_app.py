"""A decision survives the app being killed the moment after it was made."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from audit_app.core.project import Project
from tests.ui.factory import make_project

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import os, signal, sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QSettings
from audit_app.core.project import Project
from audit_app.ui.app import create_application
from audit_app.ui.main_window import MainWindow
from audit_app.ui.settings import Preferences
app = create_application(["killed"])
prefs = Preferences(QSettings(sys.argv[3], QSettings.Format.IniFormat))
prefs.user_name = "Kees"
window = MainWindow(prefs, use_webengine=False)
window.show()
window.set_project(Project.open(sys.argv[2]))
window.controller.decide("delete", [7, 8])
window.controller.accept_suggestion([9])
print("decided", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_decisions_survive_a_killed_process(tmp_path: Path) -> None:
    path = tmp_path / "kill.audit"
    make_project(path, 20).close()
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(ROOT), str(path), str(tmp_path / "prefs.ini")],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        check=False,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-500:]
    assert "decided" in proc.stdout
    with Project.open(path) as p, p.read() as conn:
        rows = {
            r[0]: r[1]
            for r in conn.execute(
                text("SELECT page_id, decision FROM decisions WHERE page_id IN (7, 8, 9)")
            )
        }
        who = set(
            conn.execute(text("SELECT who FROM changes WHERE entity_id IN (7, 8, 9)")).scalars()
        )
    assert rows == {7: "delete", 8: "delete", 9: "rewrite"}  # factory: page 9 suggests rewrite
    assert who == {"Kees"}
