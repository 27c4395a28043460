"""The progress panel keeps the crawl's figures in view while the scoring after it runs."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from audit_app.core.crawl_job import CrawlSummary
from audit_app.core.progress import Progress
from audit_app.ui.main_window import MainWindow
from audit_app.ui.settings import Preferences
from audit_app.ui.taskman import tasks
from tests.ui.factory import make_project


@pytest.fixture
def window(qtbot: QtBot, prefs: Preferences, tmp_path: Path) -> Iterator[MainWindow]:
    w = MainWindow(prefs, use_webengine=False)
    qtbot.addWidget(w)
    w.set_project(make_project(tmp_path / "p.audit", 10))
    yield w
    w.close()


def summary(errors: int) -> CrawlSummary:
    return CrawlSummary(
        run_id=1, status="finished", stop_reason=None, resumed=False, fetched=120,
        fetched_total=120, errors=errors, queued=0, traps=0, excluded=0, aliases=0,
        external_links=0, seconds=1.0, pages_per_second=1.0, pages_in_project=120,
    )  # fmt: skip


def test_crawl_figures_stay_while_scoring(qtbot: QtBot, window: MainWindow) -> None:
    project = window.project
    gate = threading.Event()
    panel = window.progress_panel

    def scoring(progress: Progress) -> str:
        progress.update(3, 10, "Teksten analyseren", force=True)
        gate.wait(10)
        return "klaar"

    def crawled(_summary: object) -> None:
        tasks().run_project_work(project, "score", "Scoring pages…", scoring)

    tasks().run_project_work(project, "crawl", "Crawling…", lambda _p: summary(7), on_done=crawled)
    qtbot.waitUntil(lambda: panel.current is not None and panel.current.stage == "score")
    qtbot.waitUntil(lambda: panel.pages.text() == "3 / 10")
    assert panel.unit.text() == "Pages"  # scoring counts pages; the crawl counted addresses
    assert "7 errors" in panel.history.text() and not panel.history.isHidden()
    assert panel.errors.isHidden()  # scoring has no crawl errors to count
    gate.set()
    qtbot.waitUntil(lambda: not panel.is_running())
    assert "7 errors" in panel.history.text()


def test_review_packs_count_packs_not_pages(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.progress_panel

    def packs(progress: Progress) -> int:
        progress.update(0, 1, "Reviewpakketten maken", force=True)
        return 1

    tasks().run_project_work(window.project, "packs", "Making review packs…", packs)
    qtbot.waitUntil(lambda: not panel.is_running())
    assert panel.unit.text() == "Review packs"
    tasks().run_project_work(window.project, "crawl", "Crawling…", lambda _p: 0)
    qtbot.waitUntil(lambda: not panel.is_running())
    assert panel.unit.text() == "Addresses"  # not "Pages": images and broken links count too
    assert panel.history.text() == ""


def test_second_job_on_the_project_is_refused_with_a_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    gate = threading.Event()
    tasks().run_project_work(window.project, "crawl", "Crawling…", lambda _p: gate.wait(10))
    window.transfers.run_export(tmp_path / "plan.xlsx")
    box = window.messages.error_box
    assert box is not None and "still running" in box.text() + box.informativeText() + (
        box.windowTitle()
    )
    assert not (tmp_path / "plan.xlsx").exists()
    gate.set()
    qtbot.waitUntil(lambda: not tasks().busy(window.project))
