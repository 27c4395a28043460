"""``content-audit gui --smoke-test [PROJECT]``: open the window, check it, close it.

For the bundle's smoke test (scripts/build_bundle.py) and installers: proves that the frozen
program finds Qt, its plugins, translations and icons and can open a project, without anyone
watching. Prints one line per check; exit code 0 when the window opened (and the project's
pages are in the table), 1 otherwise.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

TIMEOUT_SECONDS = 90


def watch(app: QApplication, window: Any, project_path: Path | None) -> None:
    started = time.monotonic()
    timer = QTimer(app)

    def ready() -> bool:
        if not window.isVisible():
            return False
        if project_path is None:
            return True
        return window.model is not None and window.model.rowCount() > 0

    def check() -> None:
        if ready():
            timer.stop()
            rows = window.model.rowCount() if window.model is not None else 0
            webengine = importlib.util.find_spec("PySide6.QtWebEngineWidgets") is not None
            print(f"venster: {window.windowTitle()}", flush=True)
            print(f"pictogram: {'ja' if not app.windowIcon().isNull() else 'nee'}", flush=True)
            print(f"pagina's in de tabel: {rows}", flush=True)
            print(f"Qt WebEngine: {'aanwezig' if webengine else 'ontbreekt'}", flush=True)
            window.close()
            app.exit(0)
        elif time.monotonic() - started > TIMEOUT_SECONDS:
            timer.stop()
            print("het venster is niet op tijd klaar", file=sys.stderr, flush=True)
            window.close()
            app.exit(1)

    timer.timeout.connect(check)
    timer.start(200)
