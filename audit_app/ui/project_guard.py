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
from audit_app.ui.taskman import ManagedTask, tasks

log = logging.getLogger(__name__)

POLL_MS = 1000
# A server project's watcher only drains what its listening thread found: asking four times a
# second keeps others' changes well under a second away.
SERVER_POLL_MS = 250


PRESENCE_TICKS = 40  # a server project asks who else is working in it every ten seconds


class ProjectGuard(QObject):
    outsideChanged = Signal(object)  # core.change_watch.OutsideChanges
    backupFailed = Signal(str)
    presenceChanged = Signal(str)  # "Also working in this project: ..." (server projects)
    serverProblem = Signal(str)  # a lost connection in words; "" once it is back

    def __init__(self, project: Project, me: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        # On a share nobody else can have the project open: nothing to watch.
        self.watcher = ChangeWatcher(project, me) if project.network is None else None
        self.me = me
        self.paused = False  # while our own crawl or import writes, the stage end reloads
        self._ticks = 0
        self._problem: str | None = None
        self._presence: ManagedTask | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(SERVER_POLL_MS if project.server is not None else POLL_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._backup: ManagedTask | None = None
        self._last_backup = 0.0
        self._changed_since_backup = True  # the copy at open
        self.start_backup()

    def _tick(self) -> None:
        if self.watcher is not None and not self.paused:
            found = self.watcher.poll()
            if found is not None:
                self._changed_since_backup = True
                self.outsideChanged.emit(found)
            if self.watcher.problem != self._problem:
                self._problem = self.watcher.problem
                self.serverProblem.emit(self._problem or "")
        self._ticks += 1
        if self.project.server is not None and self._ticks % PRESENCE_TICKS == 1:
            self._ask_presence()
        due = time.monotonic() - self._last_backup > backups.INTERVAL_MINUTES * 60
        if due and self._changed_since_backup:
            self.start_backup()

    def _ask_presence(self) -> None:
        if self._presence is not None and not self._presence.done:
            return
        project = self.project
        self._presence = tasks().run_beside(
            "presence",
            lambda _progress: project.present_users(),
            on_done=self._show_presence,
            receiver=self,
        )

    def _show_presence(self, names: list[str]) -> None:
        others = [n for n in names if n != self.me]
        text = (
            self.tr("Also working in this project: %1").replace("%1", ", ".join(others))
            if others
            else ""
        )
        self.presenceChanged.emit(text)

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
        self._backup = tasks().run_beside(
            "backup",
            lambda _progress: backups.make_backup(project),
            on_done=lambda path: log.info("reservekopie: %s", path),
            on_failed=self.backupFailed.emit,
        )

    def stop(self) -> None:
        """Before the project closes: no more polling, and the running copy finished."""
        self._timer.stop()
        if self._backup is not None:
            self._backup.wait(120000)
        if self._presence is not None:
            self._presence.wait(30000)
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None
