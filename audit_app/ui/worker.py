"""One job on its own thread, its progress and outcome as signals (started by taskman.py).

A job is a plain Qt-free callable ``job(progress) -> result`` (a crawl, a score, an export).
It runs on its own thread, reports through audit_app.core.progress.Progress, and its progress
and outcome reach the GUI thread only as queued signals: a job never touches a widget.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from audit_app.core.db_errors import environment_message
from audit_app.core.progress import Cancelled, Progress, ProgressState
from audit_app.ui.error_words import error_text

log = logging.getLogger(__name__)

Job = Callable[[Progress], Any]


class _JobThread:
    """Runs the job on a Python thread.

    A Python thread rather than a QThread: Python code on a QThread shows up as an unjoinable
    "dummy" thread, which would defeat the check that nothing is left running. Qt still queues
    the signals it emits to the GUI thread (the receivers live there).
    """

    def __init__(self, job: Job, progress: Progress, done: Callable[[], None]) -> None:
        self._job = job
        self._progress = progress
        self._done = done
        self.result: Any = None
        self.error: str | None = None
        self.was_cancelled = False
        self.thread = threading.Thread(target=self.run, name="content-audit-job", daemon=False)

    def run(self) -> None:
        try:
            self.result = self._job(self._progress)
        except Cancelled:
            self.was_cancelled = True
        except Exception as exc:  # the job's failure is reported, never lost
            log.error("background job failed:\n%s", traceback.format_exc())
            self.error = _user_message(exc)
        if self._progress.cancelled and self.error is None:
            self.was_cancelled = True
        with contextlib.suppress(RuntimeError):  # the owner (a closed window) is gone
            self._done()


def _user_message(exc: Exception) -> str:
    """Our own errors with a code (ProjectError, CrawlStartError, a full disk, ...) are worded
    in the user's language (error_words); others carry core's Dutch sentence; anything else is
    a bug."""
    known = error_text(exc) or environment_message(exc)
    if known is not None:
        return known
    module = type(exc).__module__
    if module.startswith(("audit_app", "crawlers", "exporters")) or isinstance(exc, OSError):
        return str(exc)
    return f"Onverwachte fout ({type(exc).__name__}): {exc}"


class BackgroundTask(QObject):
    """A job on a worker thread; all signals arrive on the GUI thread.

    Exactly one of succeeded / failed / cancelled is emitted, then finished. Keep a reference
    until finished (the owner usually stores it on itself).
    """

    progressed = Signal(object)  # a ProgressState snapshot
    succeeded = Signal(object)  # the job's return value
    failed = Signal(str)  # a message for people
    cancelled = Signal(object)  # the job's partial result (usually None)
    finished = Signal()
    _thread_done = Signal()

    def __init__(self, job: Job, parent: QObject | None = None, min_interval: float = 0.1) -> None:
        super().__init__(parent)
        self.progress = Progress(listener=self._forward, min_interval=min_interval)
        self._thread = _JobThread(job, self.progress, self._thread_done.emit)
        self._thread_done.connect(self._on_thread_finished)
        self.done = False

    def _forward(self, state: ProgressState) -> None:
        # Called on the worker thread; the signal is queued to the GUI thread.
        self.progressed.emit(dataclasses.replace(state))

    def start(self) -> BackgroundTask:
        self._thread.thread.start()
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    def pause(self) -> None:
        self.progress.pause()

    def resume(self) -> None:
        self.progress.resume()

    @property
    def paused(self) -> bool:
        return self.progress.paused

    def is_running(self) -> bool:
        return self._thread.thread.is_alive()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the thread ended (used on close and in tests, never for normal flow)."""
        if self._thread.thread.ident is None:
            return True
        self._thread.thread.join(msecs / 1000)
        return not self._thread.thread.is_alive()

    def _on_thread_finished(self) -> None:
        t = self._thread
        self.done = True
        if t.error is not None:
            self.failed.emit(t.error)
        elif t.was_cancelled:
            self.cancelled.emit(t.result)
        else:
            self.succeeded.emit(t.result)
        self.finished.emit()
