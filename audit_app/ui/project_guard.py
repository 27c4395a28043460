"""Keeps an open project safe while the window shows it.

Two duties that run beside everything else: noticing what other processes (a colleague's
command, a second window) wrote, so the views show it within seconds; and making rolling
safety copies (at open, then every few minutes while things change), off the GUI thread.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer, Signal

from audit_app.core import backups
from audit_app.core.change_watch import ChangeWatcher
from audit_app.core.project import Project
from audit_app.ui.worker import BackgroundTask

log = logging.getLogger(__name__)

POLL_MS = 1000


class ProjectGuard(QObject):
    outsideChanged = Signal(object)  # core.change_watch.OutsideChanges
    backupFailed = Signal(str)

    def __init__(self, project: Project, me: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        # On a share nobody else can have the project open: nothing to watch.
        self.watcher = ChangeWatcher(project, me) if project.network is None else None
        self.paused = False  # while our own crawl or import writes, the stage end reloads
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._backup: BackgroundTask | None = None
        self._last_backup = 0.0
        self._changed_since_backup = True  # the copy at open
        self.start_backup()

    def _tick(self) -> None:
        if self.watcher is not None and not self.paused:
            found = self.watcher.poll()
            if found is not None:
                self._changed_since_backup = True
                self.outsideChanged.emit(found)
        due = time.monotonic() - self._last_backup > backups.INTERVAL_MINUTES * 60
        if due and self._changed_since_backup:
            self.start_backup()

    def note_change(self) -> None:
        """Our own window changed something: the next copy is worth making."""
        self._changed_since_backup = True

    def start_backup(self) -> None:
        if self.project.server is not None:
            return  # the server's own backups keep it; 'project copy' makes a file of it
        if self._backup is not None and not self._backup.done:
            return
        project = self.project
        self._last_backup = time.monotonic()
        self._changed_since_backup = False
        task = BackgroundTask(lambda _progress: backups.make_backup(project), self)
        task.failed.connect(self.backupFailed)
        task.succeeded.connect(lambda path: log.info("reservekopie: %s", path))
        self._backup = task
        task.start()

    def stop(self) -> None:
        """Before the project closes: no more polling, and the running copy finished."""
        self._timer.stop()
        if self._backup is not None:
            self._backup.wait(120000)
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None
