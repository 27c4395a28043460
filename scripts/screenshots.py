"""Render the main screens of the app to docs/screenshots/*.png (offscreen, no display needed).

    python scripts/screenshots.py [--out docs/screenshots] [--lang nl|en]

Crawls and scores the bundled sample intranet into a temporary project, makes a few decisions,
then grabs: the start screen, the page table, the page detail and crawl progress (workshop
mode: scripts/workshop_screenshots.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CONTENT_AUDIT_USER", "Annelies de Vries")

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from audit_app.core.changes import FieldChange, apply_changes  # noqa: E402
from audit_app.core.project import Project  # noqa: E402
from audit_app.ui.app import create_application  # noqa: E402
from audit_app.ui.i18n import install_translators  # noqa: E402
from audit_app.ui.main_window import MainWindow  # noqa: E402
from audit_app.ui.settings import Preferences  # noqa: E402

SIZE = (1600, 900)


def settle(_app: QApplication, seconds: float = 0.3) -> None:
    """Let Qt lay out and paint. An event loop, not processEvents() in a loop: PySide6 6.12
    drops a reference to None on every processEvents() call, which crashes a long loop."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def wait_for(app: QApplication, condition: Callable[[], bool], timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("screen did not get ready in time")
        settle(app, 0.05)


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def build_demo(path: Path) -> Project:
    """The sample intranet, crawled and scored, with some decisions people made."""
    from audit_app.core.crawl_job import run_crawl
    from audit_app.core.sample_server import SampleServer
    from audit_app.core.scoring.runner import score_project
    from crawlers.config import CrawlConfig

    project = Project.create(path, name="Gemeente Zuiderveen")
    with SampleServer() as server:
        run_crawl(project, CrawlConfig(start=[server.base_url], max_seconds=120))
    score_project(project)
    with project.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT p.id, s.suggestion FROM pages p JOIN scores s ON s.page_id = p.id "
            "WHERE s.suggestion IS NOT NULL ORDER BY p.id"
        ).all()
    changes = [FieldChange("decision", pid, "decision", sug) for pid, sug in rows[: len(rows) // 3]]
    with project.transaction() as conn:
        apply_changes(conn, changes, who="Annelies de Vries")
    return project


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    app = create_application([sys.argv[0]])
    app.setFont(QFont("DejaVu Sans", 9))
    install_translators(app, args.lang)
    tmp = Path(tempfile.mkdtemp(prefix="content-audit-shots-"))
    prefs = Preferences(QSettings(str(tmp / "prefs.ini"), QSettings.Format.IniFormat))
    print("Building the demo project…")
    demo = build_demo(tmp / "Gemeente Zuiderveen.audit")
    demo_path = demo.path
    demo.close()
    for name in ("Personeelszaken 2024", "Afdeling ICT"):
        Project.create(tmp / f"{name}.audit").close()
        prefs.add_recent(tmp / f"{name}.audit")
    prefs.add_recent(demo_path)

    window = MainWindow(prefs, use_webengine=False)
    window.resize(*SIZE)
    window.show()
    settle(app)
    print("Writing screenshots:")
    save(window, out, "start")

    from audit_app.ui.new_audit_dialog import NewAuditDialog

    dialog = NewAuditDialog(window, Path("/home/annelies/Documenten"))
    dialog.start.setText("https://intranet.zuiderveen.nl/")
    dialog.prefix.setText("/afdelingen/")
    dialog.exclude.setPlainText("/archief/\n*.zip")
    dialog.auth_method.setCurrentIndex(dialog.auth_method.findData("ntlm"))
    dialog.user.setText("ZUIDERVEEN\\avries")
    dialog.show()
    settle(app)
    save(dialog, out, "new-audit")
    dialog.close()

    window.open_project(demo_path)
    wait_for(app, lambda: window.model is not None)
    window.resize(*SIZE)
    settle(app)
    assert window.model is not None
    row = next(
        (
            r
            for r in range(window.model.rowCount())
            if ((window.model.row_data(r) or {}).get("words") or 0) > 150
        ),
        0,
    )
    window.table.selectRow(row)
    settle(app)
    save(window, out, "table")
    if window.detail is not None:
        window.detail.tabs.setCurrentIndex(2)
        settle(app)
        save(window.detail, out, "detail-scores")
        window.detail.tabs.setCurrentIndex(1)
        settle(app)
        save(window.detail, out, "detail-text")
        window.detail.tabs.setCurrentIndex(0)

    # Workshop mode is shot on a real X server with WebEngine: scripts/workshop_screenshots.py.

    print("Crawling again for the progress screen…")
    window.progress_panel.resize(900, 220)
    window.crawls.run_demo_crawl()
    panel = window.progress_panel
    wait_for(app, lambda: panel.last_state is not None and panel.last_state.done >= 5)
    panel.toggle_pause()
    settle(app, 0.5)
    save(window, out, "crawl-progress")
    panel.toggle_pause()
    panel.cancel()
    wait_for(app, lambda: not panel.is_running())
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
