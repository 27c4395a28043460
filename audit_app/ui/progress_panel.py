"""The progress panel: what the running job has done, how fast, how long still; pause and stop.

It starts nothing: the task manager runs every job and the window hands this panel the project
work it should show. Finished stages stay listed above the running one, so the crawl's figures
are still readable while the scoring after it runs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from audit_app.core.crawl_job import (
    STOP_CANCELLED,
    STOP_PAGE_LIMIT,
    STOP_TIME_LIMIT,
    CrawlSummary,
)
from audit_app.core.progress import ProgressState
from audit_app.ui.crawl_words import stop_detail_text
from audit_app.ui.error_words import progress_text
from audit_app.ui.taskman import ManagedTask, tasks


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    seconds = int(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def unit_label(stage: str) -> str:
    """What the job counts: addresses for a crawl (pages, documents, images, broken links and
    aliases alike: the table's page count follows when it ends), pages for a score, packs for
    review packs."""
    if stage == "crawl":
        return QCoreApplication.translate("ProgressPanel", "Addresses")
    if stage in ("packs", "read-packs"):
        return QCoreApplication.translate("ProgressPanel", "Review packs")
    if stage == "export":
        return QCoreApplication.translate("ProgressPanel", "Rows")
    return QCoreApplication.translate("ProgressPanel", "Pages")


class ProgressPanel(QWidget):
    """Shows one job at a time and reports how it ended."""

    stageFinished = Signal(str, str, object)  # stage, outcome (done|cancelled|failed), result
    runningChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: ManagedTask | None = None
        self.last_state: ProgressState | None = None
        self.heading = QLabel(self.tr("Nothing running"), self)
        f = self.heading.font()
        f.setBold(True)
        self.heading.setFont(f)
        self.history = QLabel(self)
        self.history.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.pages = QLabel("0", self)
        self.errors = QLabel("0", self)
        self.rate = QLabel("–", self)
        self.elapsed = QLabel("–", self)
        self.remaining = QLabel("–", self)
        self.unit = QLabel(unit_label("crawl"), self)
        self.errors_caption = QLabel(self.tr("Errors"), self)
        grid = QGridLayout()
        for col, (caption, value) in enumerate(
            (
                (self.unit, self.pages),
                (self.errors_caption, self.errors),
                (QLabel(self.tr("Per second"), self), self.rate),
                (QLabel(self.tr("Elapsed"), self), self.elapsed),
                (QLabel(self.tr("Remaining (estimate)"), self), self.remaining),
            )
        ):
            grid.addWidget(caption, 0, col)
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
        lay.addWidget(self.history)
        lay.addWidget(self.heading)
        lay.addWidget(self.bar)
        lay.addLayout(grid)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self.history.hide()
        self._set_running(False)
        tasks().ended.connect(self._ended)

    # ---- watching ---------------------------------------------------------------------------

    def watch(self, managed: ManagedTask, *, follows: bool = False) -> None:
        """Show *managed* from now on; *follows* keeps the previous stage's outcome listed."""
        if not follows:
            self.history.clear()
            self.history.hide()
        elif self.message.text():
            done = f"{self.heading.text()} {self.message.text()}"
            self.history.setText((self.history.text() + "\n" + done).strip())
            self.history.show()
        self.current = managed
        self.heading.setText(managed.title)
        self.message.clear()
        self.bar.setRange(0, 0)
        self.unit.setText(unit_label(managed.stage))
        crawling = managed.stage == "crawl"
        self.errors.setVisible(crawling)
        self.errors_caption.setVisible(crawling)
        self.pause_button.setVisible(crawling)
        for label in (self.pages, self.errors):
            label.setText("0")
        for label in (self.rate, self.elapsed, self.remaining):
            label.setText("–")
        managed.task.progressed.connect(self.show_progress)
        self._set_running(True)

    def task_paused(self) -> bool:
        return self.current is not None and self.current.task.paused

    def is_running(self) -> bool:
        return self.current is not None and not self.current.done

    def toggle_pause(self) -> None:
        if self.current is None:
            return
        task = self.current.task
        if task.paused:
            task.resume()
            self.pause_button.setText(self.tr("Pause"))
            self.message.setText(self.tr("Continuing…"))
        else:
            task.pause()
            self.pause_button.setText(self.tr("Resume"))
            self.message.setText(
                self.tr("Paused: nothing is fetched until you press Resume. Nothing is lost.")
            )

    def cancel(self) -> None:
        if self.current is not None and not self.current.done:
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("Stopping after the pages being fetched…"))
            self.current.cancel()

    def wait(self, msecs: int = 30000) -> None:
        if self.current is not None:
            self.current.wait(msecs)

    def show_progress(self, st: ProgressState) -> None:
        self.last_state = st
        locale = QLocale()
        if st.total:
            self.bar.setRange(0, max(st.total, st.done))
            self.bar.setValue(st.done)
        else:
            self.bar.setRange(0, 0)
        done = locale.toString(st.done)
        self.pages.setText(done if not st.total else f"{done} / {locale.toString(st.total)}")
        self.errors.setText(locale.toString(st.errors))
        self.rate.setText(locale.toString(st.rate, "f", 1))
        self.elapsed.setText(duration_text(st.elapsed))
        self.remaining.setText(duration_text(st.remaining))
        if st.message and self.cancel_button.isEnabled() and not self.task_paused():
            self.message.setText(progress_text(st))

    def _set_running(self, running: bool) -> None:
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(running)
        self.pause_button.setText(self.tr("Pause"))
        self.runningChanged.emit(running)

    def summary_text(self, managed: ManagedTask) -> str:
        """The outcome in words: the job's own description, or a crawl's figures."""
        result = managed.result
        if managed.describe is not None:
            return managed.describe(result)
        if isinstance(result, CrawlSummary):
            return (self.crawl_counts(result) + " " + self.stop_text(result)).strip()
        return result if isinstance(result, str) else ""

    def crawl_counts(self, s: CrawlSummary) -> str:
        """What the fetched addresses became, and the table's own count (the same number as its
        "of N pages shown"): the parts add up, so no two figures seem to disagree."""
        parts = [self.tr("%n page(s) and documents", "", s.fetched_pages)]
        if s.errors:
            parts.append(self.tr("%n errors", "", s.errors))
        if s.fetched_assets:
            parts.append(self.tr("%n image(s) and other files", "", s.fetched_assets))
        if s.merged:
            parts.append(self.tr("%n merged into another row", "", s.merged))
        total = max(
            s.fetched_total, s.fetched_pages + s.fetched_broken + s.fetched_assets + s.merged
        )
        text = self.tr("%n address(es) fetched", "", total) + ": " + ", ".join(parts) + ". "
        text += self.tr("In the table: %n page(s) and documents.", "", s.pages_in_project)
        if s.queued:
            text += " " + self.tr("%n still waiting", "", s.queued) + "."
        return text

    def stop_text(self, summary: CrawlSummary) -> str:
        """Why the crawl stopped early, in words; nothing when it finished."""
        if summary.stop_code is None:
            return ""
        return {
            STOP_CANCELLED: self.tr("Stopped by you; resume with Audit > Resume crawl."),
            STOP_PAGE_LIMIT: self.tr(
                "The page limit was reached; raise it and resume with Audit > Resume crawl."
            ),
            STOP_TIME_LIMIT: self.tr(
                "The time limit was reached; resume with Audit > Resume crawl."
            ),
        }.get(
            summary.stop_code,
            self.tr("Stopped early (%1); resume with Audit > Resume crawl.").replace(
                "%1", stop_detail_text(summary.stop_detail) or summary.stop_reason or ""
            ),
        )

    def _ended(self, managed: ManagedTask) -> None:
        if managed is not self.current:
            return
        self._set_running(False)
        self.bar.setRange(0, 1)
        outcome = managed.outcome
        self.bar.setValue(1 if outcome == "done" else 0)
        shown: Any = managed.result
        if outcome == "done":
            self.heading.setText(self.tr("Finished: %1").replace("%1", managed.title.rstrip("…")))
            shown = self.summary_text(managed) or managed.result
            self.message.setText(self.summary_text(managed))
        elif outcome == "cancelled":
            self.heading.setText(self.tr("Stopped"))
            self.message.setText(
                self.tr("Stopped. Everything fetched so far is saved; start again to resume.")
            )
        else:
            self.heading.setText(self.tr("Something went wrong"))
            self.message.setText(str(managed.result))
        self.stageFinished.emit(managed.stage, outcome, shown)
