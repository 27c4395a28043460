"""Starting the desktop app: the QApplication, translations, preferences and the window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from audit_app.core.app_log import log_uncaught, setup_logging
from audit_app.core.users import default_user_name
from audit_app.ui import help_viewer
from audit_app.ui.i18n import install_translators
from audit_app.ui.identity import app_icon, claim_windows_taskbar
from audit_app.ui.settings import APPLICATION, ORGANIZATION, Preferences
from audit_app.version import version

if TYPE_CHECKING:
    from audit_app.ui.main_window import MainWindow

DISPLAY_NAME = "Content audit"  # the product's name, the same in every language
log = logging.getLogger(__name__)


def guard_pyside_refcounts() -> bool:
    """Work around a PySide6 6.12 reference-count bug; returns True if it was needed.

    ``SignalInstance.emit()`` returns True, and ``QCoreApplication.processEvents()`` None,
    without taking a reference, so every call from Python costs the interpreter one reference to
    that singleton. When the count reaches zero Python aborts ("deallocating True or False"):
    after a few thousand progress signals, i.e. minutes into a crawl. Until PySide is fixed we
    give the singletons a reserve of references so no session can use it up. Python 3.12 and
    later make them immortal, so nothing is done there.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    probe.ping.emit()
    if sys.getrefcount(True) >= before:
        return False
    import ctypes

    for singleton in (True, False, None):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    return True


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, set up before any window (WebEngine and high-DPI need that order)."""
    guard_pyside_refcounts()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to start its sandbox as root and takes the app down with it. The
        # preview only shows stored snapshots, JavaScript off, requests outside the old
        # intranet blocked; so as root we run it unsandboxed rather than not at all.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401  (must load before the QApplication)
    except ImportError:
        log.info("Qt WebEngine not available; previews use the simple viewer")
    else:
        from audit_app.ui.preview_resources import register_scheme

        register_scheme()
    app = AuditApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setApplicationVersion(version())
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("content-audit")
    return app


def ask_user_name(prefs: Preferences) -> None:
    """Every decision records who made it; ask once, offering the login name."""
    name, ok = help_viewer.ask_text(
        None,
        help_viewer.STARTING,
        QCoreApplication.translate("App", "Your name"),
        QCoreApplication.translate(
            "App", "Your name is recorded with every decision you make in an audit:"
        ),
        default_user_name(),
    )
    prefs.user_name = name if ok and name.strip() else default_user_name()
    prefs.sync()


class AuditApplication(QApplication):
    """The app object. macOS hands a project the user double-clicked to the running app as a
    QFileOpenEvent, not as an argument; it arrives here as *fileOpenRequested*.

    Not an event filter on the application: that routes every event of every object through
    Python, and PySide then wraps objects still under construction (Qt WebEngine's request jobs
    for the preview), which crashed the app as soon as a page was shown under X11.
    """

    fileOpenRequested = Signal(str)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file():
            self.fileOpenRequested.emit(event.file())
            return True
        return super().event(event)


def open_handed_files(app: QApplication, window: MainWindow) -> None:
    """Open in *window* every project the desktop hands to the running app."""
    if isinstance(app, AuditApplication):
        app.fileOpenRequested.connect(lambda file: window.open_project(Path(file)))


def run_app(
    project_path: Path | str | None = None, demo: bool = False, smoke_test: bool = False
) -> int:
    """Open the main window; with *demo*, crawl and score the sample intranet if still empty."""
    from audit_app.ui.main_window import MainWindow

    if setup_logging() is not None and sys.excepthook is sys.__excepthook__:
        sys.excepthook = log_uncaught
    log.info("Content audit %s starting", version())
    claim_windows_taskbar()
    app = create_application()
    prefs = Preferences()
    install_translators(app, prefs.language)
    if not prefs.user_name_confirmed:
        ask_user_name(prefs)
    window = MainWindow(prefs)
    open_handed_files(app, window)
    window.show()

    def start() -> None:
        if demo:
            window.crawls.open_demo(project_path)
        elif project_path is not None:
            window.open_project(project_path)

    QTimer.singleShot(0, start)
    if smoke_test:
        from audit_app.ui.smoke_check import watch

        watch(app, window, project_path)
    return int(app.exec())
