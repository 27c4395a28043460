"""The crawl progress panel: pages, errors, speed, time, and pause / resume / cancel.

A crawl (and the scoring after it) runs in a BackgroundTask; this panel only shows the
progress that arrives as signals and forwards the buttons to the task's Progress object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# Imported here, not in the job: the first import of the crawler (lxml, requests) and the
# scorer (numpy) holds the interpreter lock for a long stretch, which must not happen on a
# worker while the window is busy.
from audit_app.core.crawl_job import run_crawl
from audit_app.core.progress import Progress, ProgressState
from audit_app.core.project import Project
from audit_app.core.scoring.runner import score_project
from audit_app.ui.worker import BackgroundTask


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    seconds = int(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class CrawlPanel(QWidget):
    """Runs one stage at a time (crawl, then scoring) and reports how it ended."""

    stageFinished = Signal(str, str, object)  # stage, outcome (done|cancelled|failed), result
    runningChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: BackgroundTask | None = None
        self.stage = ""
        self.last_state: ProgressState | None = None
        self.heading = QLabel(self.tr("No crawl running"), self)
        f = self.heading.font()
        f.setBold(True)
        self.heading.setFont(f)
        self.bar = QProgressBar(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.pages = QLabel("0", self)
        self.errors = QLabel("0", self)
        self.rate = QLabel("–", self)
        self.elapsed = QLabel("–", self)
        self.remaining = QLabel("–", self)
        grid = QGridLayout()
        for col, (label, value) in enumerate(
            (
                (self.tr("Pages"), self.pages),
                (self.tr("Errors"), self.errors),
                (self.tr("Per second"), self.rate),
                (self.tr("Elapsed"), self.elapsed),
                (self.tr("Remaining (estimate)"), self.remaining),
            )
        ):
            grid.addWidget(QLabel(label, self), 0, col)
            f = value.font()
            f.setPointSizeF(f.pointSizeF() * 1.4)
            value.setFont(f)
            grid.addWidget(value, 1, col)
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.cancel_button = QPushButton(self.tr("Stop"), self)
        self.cancel_button.setToolTip(
            self.tr("Stop now; what was fetched is kept and the crawl can be resumed later.")
        )
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.cancel_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.bar)
        lay.addLayout(grid)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self._set_running(False)

    # ---- running ----------------------------------------------------------------------------

    def run(self, stage: str, title: str, job: Callable[[Progress], Any]) -> BackgroundTask:
        """Start *job* as *stage* ("crawl", "score"); one task at a time."""
        if self.is_running():
            raise RuntimeError("a task is already running")
        self.stage = stage
        self.heading.setText(title)
        self.message.clear()
        self.bar.setRange(0, 0)
        for label in (self.pages, self.errors):
            label.setText("0")
        for label in (self.rate, self.elapsed, self.remaining):
            label.setText("–")
        task = BackgroundTask(job, self)
        task.progressed.connect(self.show_progress)
        task.succeeded.connect(lambda result: self._ended("done", result))
        task.cancelled.connect(lambda result: self._ended("cancelled", result))
        task.failed.connect(lambda message: self._ended("failed", message))
        self.task = task
        self._set_running(True)
        task.start()
        return task

    def run_crawl(self, project: Project, config: Any) -> BackgroundTask:
        def job(progress: Progress) -> Any:
            return run_crawl(project, config, progress)

        return self.run("crawl", self.tr("Crawling the old intranet…"), job)

    def run_scoring(self, project: Project) -> BackgroundTask:
        def job(progress: Progress) -> Any:
            return score_project(project, progress, isolate=True)

        return self.run("score", self.tr("Scoring pages…"), job)

    def task_paused(self) -> bool:
        return self.task is not None and self.task.paused

    def is_running(self) -> bool:
        return self.task is not None and not self.task.done

    def toggle_pause(self) -> None:
        if self.task is None:
            return
        if self.task.paused:
            self.task.resume()
            self.pause_button.setText(self.tr("Pause"))
            self.message.setText(self.tr("Continuing…"))
        else:
            self.task.pause()
            self.pause_button.setText(self.tr("Resume"))
            self.message.setText(
                self.tr("Paused: nothing is fetched until you press Resume. Nothing is lost.")
            )

    def cancel(self) -> None:
        if self.task is not None:
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("Stopping after the pages being fetched…"))
            self.task.cancel()

    def wait(self, msecs: int = 30000) -> None:
        if self.task is not None:
            self.task.wait(msecs)

    def show_progress(self, st: ProgressState) -> None:
        self.last_state = st
        if st.total:
            self.bar.setRange(0, max(st.total, st.done))
            self.bar.setValue(st.done)
        else:
            self.bar.setRange(0, 0)
        self.pages.setText(str(st.done) if not st.total else f"{st.done} / {st.total}")
        self.errors.setText(str(st.errors))
        self.rate.setText(f"{st.rate:.1f}")
        self.elapsed.setText(duration_text(st.elapsed))
        self.remaining.setText(duration_text(st.remaining))
        if st.message and self.cancel_button.isEnabled() and not self.task_paused():
            self.message.setText(st.message)

    def _set_running(self, running: bool) -> None:
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(running)
        self.pause_button.setText(self.tr("Pause"))
        self.runningChanged.emit(running)

    def summary_text(self, result: Any) -> str:
        """A crawl summary in words; other jobs return their own message (or nothing)."""
        if isinstance(result, str):
            return result
        if hasattr(result, "fetched") and hasattr(result, "errors"):
            text = (
                self.tr("%1 pages fetched, %2 errors, %3 still waiting.")
                .replace("%1", str(result.fetched))
                .replace("%2", str(result.errors))
                .replace("%3", str(getattr(result, "queued", 0)))
            )
            reason = getattr(result, "stop_reason", None)
            return f"{text} {reason}" if reason else text
        return ""

    def _ended(self, outcome: str, result: Any) -> None:
        self._set_running(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(1 if outcome == "done" else 0)
        if outcome == "done":
            self.heading.setText(self.tr("Finished"))
            self.message.setText(self.summary_text(result))
        elif outcome == "cancelled":
            self.heading.setText(self.tr("Stopped"))
            self.message.setText(
                self.tr("Stopped. Everything fetched so far is saved; start again to resume.")
            )
        else:
            self.heading.setText(self.tr("Something went wrong"))
            self.message.setText(str(result))
        self.stageFinished.emit(self.stage, outcome, result)
