"""The real WebEngine preview (software rendering) in a separate process: JavaScript off and
only the old intranet's host reachable. Skipped where WebEngine cannot start at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, os, sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QEventLoop, QTimer
from audit_app.ui.app import create_application
app = create_application(["preview-test"])
from audit_app.ui.detail_panel import PagePreview
preview = PagePreview(use_webengine=True)
preview.resize(640, 480)
preview.show()
loaded = []
preview.view.loadFinished.connect(loaded.append)
preview.show_html(
    "<html><head><title>oud</title></head><body><h1>Verlof</h1>"
    "<img src='http://tracker.example.com/pixel.gif'>"
    "<link rel='stylesheet' href='http://127.0.0.1:9/stijl.css'>"
    "<script>document.title = 'javascript liep';</script></body></html>",
    "http://127.0.0.1:9/verlof.html",
)
loop = QEventLoop()
QTimer.singleShot(20000, loop.quit)
poll = QTimer()
poll.timeout.connect(lambda: loop.quit() if loaded else None)
poll.start(50)
loop.exec()
print(json.dumps({"webengine": preview.uses_webengine, "loaded": loaded,
                  "blocked": preview.interceptor.blocked if preview.interceptor else [],
                  "title": preview.view.title() if preview.uses_webengine else ""}))
"""


@pytest.mark.slow
def test_webengine_preview_blocks_foreign_hosts_and_scripts() -> None:
    pytest.importorskip("PySide6.QtWebEngineWidgets")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(ROOT)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        pytest.skip(f"Qt WebEngine cannot start here: {proc.stderr[-300:]}")
    result = json.loads(lines[-1])
    assert result["webengine"] is True
    assert result["loaded"] == [True]
    assert "http://tracker.example.com/pixel.gif" in result["blocked"]
    assert not any("127.0.0.1" in url for url in result["blocked"])
    assert result["title"] != "javascript liep"
