"""A second app started on a project (a double-click while it is open elsewhere): on a network
share it is refused with a Dutch message naming who has it, and the project is untouched.

(On a local disk two apps cooperate on the file: tests/ui/test_shared_project.py.)
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from audit_app.core import open_lock
from audit_app.core.file_system import MOUNTS_ENV
from audit_app.ui.main_window import MainWindow
from audit_app.ui.settings import Preferences
from tests.processes import ROOT
from tests.ui.factory import make_project

HOLD = """
import sys
from audit_app.core.project import Project
with Project.open(sys.argv[1]):
    print("open", flush=True)
    sys.stdin.read()
"""


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    table = tmp_path / "mounts"
    table.write_text(f"/dev/sda1 / ext4 rw 0 0\n//server/afdeling {folder} cifs rw 0 0\n")
    monkeypatch.setenv(MOUNTS_ENV, str(table))
    monkeypatch.delenv(open_lock.TOKEN_ENV, raising=False)
    return folder


@pytest.fixture
def held(share: Path) -> Iterator[Path]:
    """A project on the share that a colleague's app (another process) has open."""
    path = share / "intranet.audit"
    make_project(path, 15).close()
    env = {k: v for k, v in os.environ.items() if k != open_lock.TOKEN_ENV}
    env["CONTENT_AUDIT_USER"] = "Anja de Vries"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
    yield path
    assert holder.stdin is not None
    holder.stdin.close()
    holder.wait(timeout=30)


def test_a_second_app_on_a_shared_project_is_refused_in_dutch(
    qtbot: QtBot, prefs: Preferences, held: Path, dutch: None
) -> None:
    before = held.read_bytes()
    window = MainWindow(prefs, use_webengine=False)
    qtbot.addWidget(window)
    window.open_project(held)
    qtbot.waitUntil(lambda: window.messages.error_box is not None, timeout=30_000)
    box = window.messages.error_box
    assert box is not None
    assert box.windowTitle() == "Dit bestand kan niet worden geopend"
    assert "al geopend door Anja de Vries" in box.text()
    assert "Vraag die persoon het project te sluiten" in box.text()
    assert "Traceback" not in box.text() and "Error" not in box.text()
    assert window.project is None
    box.close()
    assert held.read_bytes() == before
    assert open_lock.inuse_path(held).is_file()  # the colleague's lock stays
