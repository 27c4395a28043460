"""The one task manager: every background job of the app starts here.

A job is built from plain values (paths, configs, a Project object, ids) and runs as
``job(progress)`` on a worker thread (see worker.BackgroundTask); it never sees a widget or
``self.tr``. Its result reaches the GUI thread through the callbacks given to ``run``.

One place decides what may run at once:
- *project work* (crawling, scoring, exporting, reading and applying packs, opening) uses a
  project for a while: one such job per project at a time, a second one is refused (the user
  is told to wait) rather than queued behind the first;
- *queries* (the table's sort and filter, the filter options) and *side jobs* (safety copies,
  recovery) are short or read-only and run beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from shiboken6 import isValid

from audit_app.ui.worker import BackgroundTask, Job

Callback = Callable[[Any], None]


@dataclass(eq=False)
class ManagedTask:
    """A running job with what the progress panel needs to show it."""

    task: BackgroundTask
    stage: str  # a code: crawl, score, export, packs, read-packs, apply-packs, open, ...
    title: str  # words for the progress panel; empty: not shown there
    owner: object | None  # the project it works on, for project work
    describe: Callable[[Any], str] | None = None  # the result in words, on the GUI thread
    outcome: str = ""  # done | cancelled | failed, once ended
    result: Any = field(default=None, repr=False)

    def cancel(self) -> None:
        self.task.cancel()

    @property
    def done(self) -> bool:
        return bool(self.outcome)

    def wait(self, msecs: int = 30000) -> None:
        """Block until the job's thread ended (on close and in tests, never in normal flow)."""
        if not self.outcome:
            self.task.wait(msecs)


class TaskManager(QObject):
    started = Signal(object)  # ManagedTask (project work only)
    ended = Signal(object)  # ManagedTask, with outcome and result set (project work only)
    refused = Signal(object, str)  # the project and the title of the job that could not start

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: list[ManagedTask] = []

    # ---- what runs ---------------------------------------------------------------------------

    def project_task(self, project: object) -> ManagedTask | None:
        """The project work now running on *project*, if any."""
        for t in self._running:
            if t.owner is project and t.owner is not None:
                return t
        return None

    def busy(self, project: object) -> bool:
        return project is not None and self.project_task(project) is not None

    def wait_all(self, msecs: int = 60000) -> None:
        """Used when a window closes: every job has ended before the project closes."""
        for t in list(self._running):
            t.wait(msecs)

    # ---- starting ----------------------------------------------------------------------------

    def run_project_work(
        self,
        project: object,
        stage: str,
        title: str,
        job: Job,
        *,
        on_done: Callback | None = None,
        on_failed: Callable[[str], None] | None = None,
        on_cancelled: Callback | None = None,
        describe: Callable[[Any], str] | None = None,
    ) -> ManagedTask | None:
        """Start work that uses *project*; None (and ``refused``) when other work runs on it."""
        if self.busy(project):
            self.refused.emit(project, title)
            return None
        managed = self._prepare(job, stage, title, project, on_done, on_failed, on_cancelled)
        managed.describe = describe
        self.started.emit(managed)  # before the thread runs: watchers miss no progress
        managed.task.start()
        return managed

    def run_beside(
        self,
        stage: str,
        job: Job,
        *,
        on_done: Callback | None = None,
        on_failed: Callable[[str], None] | None = None,
        receiver: QObject | None = None,
    ) -> ManagedTask:
        """Start a query or side job: it runs whatever else is running. The callbacks are
        skipped once *receiver* (the model or panel that asked) has been deleted."""
        managed = self._prepare(job, stage, "", None, on_done, on_failed, None, receiver)
        managed.task.start()
        return managed

    def _prepare(
        self,
        job: Job,
        stage: str,
        title: str,
        owner: object | None,
        on_done: Callback | None,
        on_failed: Callable[[str], None] | None,
        on_cancelled: Callback | None,
        receiver: QObject | None = None,
    ) -> ManagedTask:
        task = BackgroundTask(job, self)
        managed = ManagedTask(task, stage, title, owner)
        self._running.append(managed)

        callbacks = {"done": on_done, "failed": on_failed, "cancelled": on_cancelled}

        def record(outcome: str, result: Any) -> None:
            managed.outcome, managed.result = outcome, result

        def finished() -> None:
            # The outcome is announced before the callback runs, so a watcher sees a stage end
            # before the callback may start the next one (a crawl's scoring).
            self._running.remove(managed)
            if owner is not None:
                self.ended.emit(managed)
            callback = callbacks.get(managed.outcome)
            if callback is not None and (receiver is None or isValid(receiver)):
                callback(managed.result)
            task.deleteLater()

        task.succeeded.connect(lambda r: record("done", r))
        task.failed.connect(lambda m: record("failed", m))
        task.cancelled.connect(lambda r: record("cancelled", r))
        task.finished.connect(finished)
        return managed


_manager: TaskManager | None = None


def tasks() -> TaskManager:
    """The app's task manager (one per QApplication, like Anki's ``mw.taskman``)."""
    global _manager
    app = QCoreApplication.instance()
    if _manager is None or _manager.parent() is not app:
        _manager = TaskManager(app)
    return _manager
