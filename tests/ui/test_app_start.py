"""Starting the app as users do: ``content-audit``, ``content-audit gui FILE`` and the demo."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from audit_app import cli
from audit_app.ui import app as app_module
from audit_app.ui.i18n import install_translators
from audit_app.ui.main_window import MainWindow
from audit_app.ui.settings import Preferences
from tests.ui.factory import make_project

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def own_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> Iterator[None]:
    monkeypatch.setenv("CONTENT_AUDIT_SETTINGS", str(tmp_path / "settings.ini"))
    yield
    install_translators(qapp, "en")  # run_app installs Dutch; other tests expect the source text


def test_bare_command_opens_the_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[Path | None] = []

    def fake_run_app(
        project_path: Path | None = None, demo: bool = False, smoke_test: bool = False
    ) -> int:
        calls.append(project_path)
        return 0

    monkeypatch.setattr(app_module, "run_app", fake_run_app)
    assert cli.main([]) == 0
    assert cli.main(["gui", str(tmp_path / "x.audit")]) == 0
    # a project and nothing else, as a double-click on the file or `content-audit FILE` gives it
    assert cli.main([str(tmp_path / "Mijn intranet.AUDIT")]) == 0
    assert cli.main(["postgresql://db.example/intranet"]) == 0
    assert calls == [
        None,
        tmp_path / "x.audit",
        tmp_path / "Mijn intranet.AUDIT",
        "postgresql://db.example/intranet",
    ]
    assert not cli.project_only(["inventory"]) and not cli.project_only(["a.audit", "b.audit"])


def test_a_project_handed_over_by_the_desktop_opens(
    qtbot: QtBot, prefs: Preferences, tmp_path: Path
) -> None:
    """macOS does not pass a double-clicked file as an argument but as an event to the app."""
    make_project(tmp_path / "dubbelklik.audit", 12).close()
    window = MainWindow(prefs, use_webengine=False)
    qtbot.addWidget(window)
    app = QApplication.instance()
    assert isinstance(app, app_module.AuditApplication)
    app_module.open_handed_files(app, window)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(tmp_path / "dubbelklik.audit")))
        qtbot.waitUntil(lambda: window.model is not None and window.model.rowCount() == 12)
    finally:
        app.fileOpenRequested.disconnect()
    window.close_project()


SHOW_PAGES = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from audit_app.ui import app as app_module
from audit_app.ui.main_window import MainWindow
app = app_module.create_application(["x"])
shown = []
def next_page():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows or windows[0].model is None or windows[0].model.rowCount() == 0:
        return
    window = windows[0]
    if len(shown) < 8:
        window.table.selectRow(len(shown))
        shown.append(len(shown))
    else:
        print("pages-shown", flush=True)
        window.close()
timer = QTimer()
timer.timeout.connect(next_page)
timer.start(300)
sys.exit(app_module.run_app(Path(sys.argv[1])))
"""


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (a real X server)")
def test_pages_show_in_the_real_preview_under_x11_without_a_crash(tmp_path: Path) -> None:
    """Under X11 the WebEngine preview made PySide crash the app (exit 139) on the first page
    shown while a Python event filter watched the whole application."""
    pytest.importorskip("PySide6.QtWebEngineWidgets")
    make_project(tmp_path / "x11.audit", 12).close()
    env = {
        **os.environ,
        "QTWEBENGINE_DISABLE_SANDBOX": "1",
        "CONTENT_AUDIT_SETTINGS": str(tmp_path / "settings.ini"),
        "CONTENT_AUDIT_USER": "X11-test",
    }
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, "-c", SHOW_PAGES,
         str(tmp_path / "x11.audit")],
        capture_output=True, text=True, timeout=180, env=env, cwd=ROOT, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "pages-shown" in result.stdout


def run_until(
    qapp: QApplication, done: Callable[[MainWindow], bool], start: Callable[[], int]
) -> MainWindow:
    """Run the real event loop of run_app; close the window once *done* holds (or after 120 s)."""
    found: list[MainWindow] = []

    def poll() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows:
            if not found:
                found.append(windows[0])
            if done(windows[0]):
                timer.stop()
                windows[0].close()

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(poll)
    timer.start()
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: [w.close() for w in found])
    guard.start(120_000)
    assert start() == 0
    guard.stop()
    assert found
    return found[0]


def test_gui_command_opens_a_project(
    qapp: QApplication, own_settings: None, tmp_path: Path
) -> None:
    make_project(tmp_path / "intranet.audit", 30).close()
    rows: list[int] = []

    def done(w: MainWindow) -> bool:
        if w.model is not None:
            rows.append(w.model.rowCount())
            return True
        return False

    window = run_until(qapp, done, lambda: cli.main(["gui", str(tmp_path / "intranet.audit")]))
    assert rows == [30]
    assert window.menuBar().actions()[0].text() == "&Bestand"


@pytest.mark.slow
def test_demo_crawls_and_scores_the_sample_intranet(
    qapp: QApplication, qtbot: QtBot, own_settings: None, tmp_path: Path
) -> None:
    stages: list[tuple[str, str]] = []

    def done(w: MainWindow) -> bool:
        if not getattr(w, "_test_hooked", False):
            w.progress_panel.stageFinished.connect(lambda st, out, _r: stages.append((st, out)))
            w._test_hooked = True  # type: ignore[attr-defined]
        return ("score", "done") in stages or any(out != "done" for _s, out in stages)

    path = tmp_path / "demo.audit"
    window = run_until(qapp, done, lambda: app_module.run_app(path, demo=True))
    assert stages == [("crawl", "done"), ("score", "done")]
    assert window.project is None  # closed with the window
    from audit_app.core.project import Project

    with Project.open(path) as p, p.read() as conn:
        pages = conn.exec_driver_sql("SELECT COUNT(*) FROM pages WHERE state = 'done'").scalar_one()
        scored = conn.exec_driver_sql("SELECT COUNT(*) FROM scores").scalar_one()
    assert pages > 50 and scored > 50


def test_many_signals_do_not_exhaust_python(qapp: QApplication) -> None:
    """PySide6 6.12 drops a reference to True on every emit(); 100,000 emits must be safe."""
    import sys

    from PySide6.QtCore import QObject, Signal

    from audit_app.ui.app import guard_pyside_refcounts

    class Chatty(QObject):
        said = Signal(object)

    guard_pyside_refcounts()
    chatty = Chatty()
    heard: list[int] = []
    chatty.said.connect(lambda n: heard.append(n) if n % 1000 == 0 else None)
    for n in range(100_000):  # without the guard Python aborts ("deallocating True") here
        chatty.said.emit(n)
    assert len(heard) == 100
    assert sys.getrefcount(True) > 1000


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only as root")
def test_as_root_the_preview_runs_unsandboxed_instead_of_crashing() -> None:
    code = (
        "import os\n"
        "os.environ.pop('QTWEBENGINE_DISABLE_SANDBOX', None)\n"
        "from audit_app.ui.app import create_application\n"
        "create_application(['x'])\n"
        "print(os.environ.get('QTWEBENGINE_DISABLE_SANDBOX'))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("1")


def test_smoke_test_opens_the_window_with_a_project_and_closes(tmp_path: Path) -> None:
    """What the bundle's smoke test runs, here from the source: a real process, offscreen."""
    make_project(tmp_path / "rook.audit", 30).close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CONTENT_AUDIT_SETTINGS": str(tmp_path / "settings.ini"),
        "CONTENT_AUDIT_USER": "Rooktest",
    }
    result = subprocess.run(
        [sys.executable, "-m", "audit_app", "gui", "--smoke-test", str(tmp_path / "rook.audit")],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "pagina's in de tabel: 30" in result.stdout
    assert "pictogram: ja" in result.stdout
