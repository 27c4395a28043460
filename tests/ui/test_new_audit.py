"""New audit: the dialog's checks, and a real crawl of a tiny local site through the worker."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from audit_app.core.project import Project
from audit_app.ui.main_window import MainWindow
from audit_app.ui.new_audit_dialog import NewAuditDialog
from audit_app.ui.settings import Preferences

PAGES = 6


class _Site(BaseHTTPRequestHandler):
    delay = threading.Event()  # set: answer slowly (for the cancel test)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        if self.delay.is_set():
            threading.Event().wait(0.05)
        name = self.path.strip("/") or "index"
        if name == "index":
            count = 400 if self.delay.is_set() else PAGES
            links = "".join(f'<li><a href="/p{i}">Pagina {i}</a></li>' for i in range(1, count))
            body = f"<html><head><title>Start</title></head><body><ul>{links}</ul></body></html>"
        elif name.startswith("p") and name[1:].isdigit():
            body = (
                f"<html><head><title>Pagina {name[1:]}</title></head><body><h1>Pagina</h1>"
                "<p>Medewerkers kunnen verlof aanvragen via het formulier. Laatst gewijzigd: "
                f"12 maart 2009.</p><a href='/'>Home</a></body></html>"
            )
        else:
            self.send_error(404)
            return
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def site() -> Iterator[str]:
    _Site.delay.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    server.daemon_threads = False
    server.block_on_close = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    thread.join()
    server.server_close()


@pytest.fixture
def window(qtbot: QtBot, prefs: Preferences) -> Iterator[MainWindow]:
    w = MainWindow(prefs, use_webengine=False)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def test_dialog_explains_what_is_missing(qtbot: QtBot, tmp_path: Path) -> None:
    d = NewAuditDialog(None, tmp_path)
    qtbot.addWidget(d)
    assert d.problems()
    d.accept()
    assert d.error.text() and d.result() == 0
    d.start.setText("intranet zonder http")
    assert any("intranet zonder http" in p for p in d.problems())
    d.start.setText("http://127.0.0.1:9/")
    assert d.project.text().endswith("127.0.0.1-9.audit")
    d.auth_method.setCurrentIndex(d.auth_method.findData("ntlm"))
    assert d.problems()  # user name needed
    d.user.setText("GEMEENTE\\jansen")
    d.password.setText("geheim")
    assert d.problems() == []
    audit = d.result_audit()
    assert audit.config.password == "geheim"
    assert "geheim" not in str(audit.config.to_dict())
    assert audit.config.auth_method == "ntlm" and audit.project_path.suffix == ".audit"


def test_crawl_runs_in_background_and_fills_the_table(
    qtbot: QtBot, window: MainWindow, site: str, tmp_path: Path
) -> None:
    d = NewAuditDialog(window, tmp_path)
    qtbot.addWidget(d)
    d.start.setText(site)
    d.max_pages.setValue(50)
    audit = d.result_audit()

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    stages: list[tuple[str, str]] = []
    window.progress_panel.stageFinished.connect(lambda st, out, _r: stages.append((st, out)))
    timer.start()
    window.crawls.start_new_audit(audit)
    assert window.progress_panel.is_running()
    qtbot.waitUntil(lambda: ("crawl", "done") in stages, timeout=60000)
    qtbot.waitUntil(lambda: not window.progress_panel.is_running(), timeout=120000)
    timer.stop()
    assert window.model is not None
    assert window.model.rowCount() >= PAGES
    assert len(ticks) >= 3
    worst = max(b - a for a, b in pairwise(ticks))
    assert worst < 2.0, f"GUI blocked for {worst:.2f} s"
    with Project.open(audit.project_path) as p, p.read() as conn:
        titles = set(conn.execute(text("SELECT title FROM pages WHERE state = 'done'")).scalars())
        assert {"Start", "Pagina 1", f"Pagina {PAGES - 1}"} <= titles
        assert conn.execute(text("SELECT COUNT(*) FROM decisions")).scalar_one() == 0
    assert window.progress_panel.pages.text() != "0"


def test_crawl_can_be_cancelled(
    qtbot: QtBot, window: MainWindow, site: str, tmp_path: Path
) -> None:
    _Site.delay.set()
    d = NewAuditDialog(window, tmp_path)
    qtbot.addWidget(d)
    d.start.setText(site)
    audit = d.result_audit()
    outcomes: list[str] = []
    window.progress_panel.stageFinished.connect(lambda _st, out, _r: outcomes.append(out))
    window.crawls.start_new_audit(audit)
    panel = window.progress_panel
    qtbot.waitUntil(
        lambda: panel.last_state is not None and panel.last_state.done >= 3, timeout=30000
    )
    panel.pause_button.click()
    assert panel.pause_button.text() in ("Resume", "Hervatten")
    assert "Paused" in panel.message.text()
    panel.pause_button.click()
    assert "Paused" not in panel.message.text()
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=60000)
    assert outcomes[0] == "cancelled"
    assert window.model is not None and 0 < window.model.rowCount() < 400


def test_no_project_switch_while_crawling(
    qtbot: QtBot, window: MainWindow, site: str, tmp_path: Path
) -> None:
    _Site.delay.set()
    d = NewAuditDialog(window, tmp_path)
    qtbot.addWidget(d)
    d.start.setText(site)
    window.crawls.start_new_audit(d.result_audit())
    crawling = window.project
    window.open_project(tmp_path / "ander.audit")
    assert window.messages.error_box is not None and window.messages.error_box.isVisible()
    assert window.project is crawling
    outcomes: list[str] = []
    window.progress_panel.stageFinished.connect(lambda _st, out, _r: outcomes.append(out))
    window.progress_panel.cancel()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=60000)
