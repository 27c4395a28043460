"""The open project: who owns it, its undo stack and page model, and every change people make.

The controller opens and closes the project (opening runs off the GUI thread through the task
manager: a big or old file may need a migration), keeps the ProjectGuard beside it, and turns
decisions into ChangeCommands on one undo stack, so each is written to the project at once
with who and when. Widgets ask it; it never touches them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from audit_app.core import merging
from audit_app.core import page_query as pq
from audit_app.core.backends import is_server_location
from audit_app.core.backends.postgresql import PasswordNeededError, display_location
from audit_app.core.changes import FieldChange, new_url_code
from audit_app.core.db import DamagedProjectError
from audit_app.core.project import Project
from audit_app.ui import help_viewer, recovery_flows
from audit_app.ui.commands import ChangeCommand
from audit_app.ui.import_words import problem_text
from audit_app.ui.messages import Messages
from audit_app.ui.page_table_model import PageTableModel, decision_label, first_page_ids
from audit_app.ui.project_guard import ProjectGuard
from audit_app.ui.settings import Preferences
from audit_app.ui.taskman import ManagedTask, tasks

Opened = tuple[Project, list[int]] | DamagedProjectError | PasswordNeededError


def _open_job(path: Path | str, who: str) -> Callable[[object], Opened]:
    """Open *path* (or a postgresql:// location) and read its first page list: plain values
    in, plain values out."""

    def job(_progress: object) -> Opened:
        try:
            project = Project.open(path, who=who)
        except (DamagedProjectError, PasswordNeededError) as exc:
            return exc
        try:
            return project, first_page_ids(project)
        except Exception:
            project.close()
            raise

    return job


class ProjectController(QObject):
    opened = Signal()  # project, model and guard are set
    closing = Signal()  # the views drop the project before it closes
    closed = Signal()
    notice = Signal(str)  # a short line for the status bar
    passwordNeeded = Signal(str, str)  # a server location and why it asks (server dialog)

    def __init__(self, prefs: Preferences, messages: Messages, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        # Where questions appear: the window, or the workshop view (its large type) in a workshop.
        self.dialog_parent: Callable[[], QWidget] = lambda: parent
        self.prefs = prefs
        self.messages = messages
        self.project: Project | None = None
        self.model: PageTableModel | None = None
        self.guard: ProjectGuard | None = None
        self.undo_stack = QUndoStack(self)
        self.opening: ManagedTask | None = None
        self.recovery_box: object = None
        # Which pages an action applies to when none are named: set by the window.
        self.selection: Callable[[], list[int]] = list

    # ---- opening and closing ---------------------------------------------------------------

    def busy(self) -> bool:
        """Work runs on the open project (or a file is being opened): switching now would
        pull it away. Says so to the user."""
        running = self.opening is not None and not self.opening.done
        if self.project is not None and tasks().busy(self.project):
            running = True
        if running:
            self.messages.error(
                self.tr("A task is still running"),
                self.tr("Wait until it has finished, or stop it first."),
            )
        return running

    def open(self, path: Path | str, then: Callable[[], None] | None = None) -> None:
        """Open *path* (or a postgresql:// location) off the GUI thread, then show it (and run
        *then*). A server that wants a password gets ``passwordNeeded`` instead."""
        path = path if is_server_location(path) else Path(path)
        if self.busy():
            return
        shown = path.name if isinstance(path, Path) else display_location(str(path))
        self.notice.emit(self.tr("Opening %1…").replace("%1", shown))

        def opened(result: Opened) -> None:
            self.notice.emit("")
            if isinstance(result, PasswordNeededError):  # ask for it, then open again
                self.passwordNeeded.emit(result.location, str(result))
                return
            if isinstance(result, DamagedProjectError):
                self.recovery_box = recovery_flows.offer_recovery(
                    self.window, result, self.run_side_job, self.open
                )
                return
            self.set_project(*result)
            if then is not None:
                then()

        def failed(message: str) -> None:
            self.notice.emit("")
            self.messages.error(
                self.tr("This file cannot be opened"),
                message
                + "\n\n"
                + self.tr(
                    "Nothing was changed. Choose another file, or start a "
                    "new audit with File > New audit."
                ),
            )

        # Opening has no project yet: it is guarded by self.opening, beside other work.
        self.opening = tasks().run_beside(
            "open",
            _open_job(path, self.prefs.user_name),
            on_done=opened,
            on_failed=failed,
            receiver=self,
        )

    def set_project(self, project: Project, ids: list[int] | None = None) -> None:
        """Show *project*; *ids* is its first page list when already read in the background."""
        self.close()
        self.project = project
        if project.server is None:
            self.prefs.add_recent(project.path)
        self.model = PageTableModel(project, self, ids=ids)
        self.guard = ProjectGuard(project, self.prefs.user_name, self)
        self.opened.emit()

    def close(self) -> None:
        if self.project is None:
            return
        self.closing.emit()
        self.undo_stack.clear()
        if self.guard is not None:
            self.guard.stop()
            self.guard.deleteLater()
            self.guard = None
        if self.model is not None:
            self.model.deleteLater()
            self.model = None
        self.project.close()
        self.project = None
        self.closed.emit()

    def run_side_job(
        self, label: str, job: Callable[[object], object], done: Callable[[object], None]
    ) -> ManagedTask:
        """A short job beside the project (recovery, restoring a copy): a line in the status
        bar, then *done* or a message."""
        self.notice.emit(label)

        def failed(message: str) -> None:
            self.notice.emit("")
            self.messages.error(self.tr("That did not work"), message)

        def succeeded(result: object) -> None:
            self.notice.emit("")
            done(result)

        return tasks().run_beside("side", job, on_done=succeeded, on_failed=failed)

    # ---- changes people make -------------------------------------------------------------------

    def push_changes(self, changes: list[FieldChange], label: str) -> None:
        if self.project is None or not changes:
            return
        cmd = ChangeCommand(
            self.project, changes, self.prefs.user_name, label, on_error=self._not_saved
        )
        self.undo_stack.push(cmd)
        if self.guard is not None:
            self.guard.note_change()
        if self.model is not None:
            self.model.refresh_pages({c.entity_id for c in changes})

    def _not_saved(self, message: str) -> None:
        self.messages.error(self.tr("Not saved"), message)

    def _ids(self, page_ids: list[int] | None) -> list[int]:
        return page_ids if page_ids is not None else self.selection()

    def decide(self, decision: str | None, page_ids: list[int] | None = None) -> None:
        ids = self._ids(page_ids)
        if not ids:
            self.notice.emit(self.tr("Select one or more pages first."))
            return
        if decision == "merge":
            target = self._ask_merge_target(ids)
            if target is None:
                return
            changes = merging.merge_changes(ids, target)
        else:
            changes = [FieldChange("decision", pid, "decision", decision) for pid in ids]
        what = decision_label(decision) if decision else self.tr("Clear decision")
        label = (
            what if len(ids) == 1 else self.tr("%1 (%n pages)", "", len(ids)).replace("%1", what)
        )
        self.push_changes(changes, label)

    def _ask_merge_target(self, ids: list[int]) -> int | None:
        """The page these pages are merged into, asked by address or number."""
        if self.project is None:
            return None
        with self.project.read() as conn:
            hint = merging.merge_hint(conn, ids) or ""
        ref, ok = help_viewer.ask_text(
            self.dialog_parent(),
            help_viewer.MERGE,
            self.tr("Merge into another page"),
            self.tr("Address or number of the page that %n page(s) merge into:", "", len(ids)),
            hint,
        )
        if not ok or not ref.strip():
            return None
        with self.project.read() as conn:
            target = merging.find_page(conn, ref)
        if target is None:
            self.messages.error(
                self.tr("Merge into another page"),
                self.tr("There is no page %1 in this project.").replace("%1", ref.strip()),
            )
        return target

    def set_review_status(self, status: str, page_ids: list[int] | None = None) -> None:
        ids = self._ids(page_ids)
        if not ids:
            return
        label = {
            "discuss": self.tr("Mark for discussion"),
            "reviewed": self.tr("Mark as reviewed"),
        }.get(status, status)
        self.push_changes(
            [FieldChange("decision", pid, "review_status", status) for pid in ids], label
        )

    def _rows(self, page_ids: list[int]) -> dict[int, dict[str, Any]]:
        if self.project is None or not page_ids:
            return {}
        rows: dict[int, dict[str, Any]] = {}
        with self.project.read() as conn:
            for start in range(0, len(page_ids), 500):  # fetch_rows takes a few hundred
                rows.update(pq.fetch_rows(conn, page_ids[start : start + 500]))
        return rows

    def note_of(self, page_id: int) -> str:
        return str(self._rows([page_id]).get(page_id, {}).get("note") or "")

    def set_note(self, note: str, page_ids: list[int]) -> None:
        value = note.strip() or None
        self.push_changes(
            [FieldChange("decision", pid, "note", value) for pid in page_ids], self.tr("Note")
        )

    def new_url_of(self, page_id: int) -> str:
        if self.project is None:
            return ""
        with self.project.read() as conn:
            return pq.new_url_of(conn, page_id) or ""

    def set_new_url(self, value: str, page_ids: list[int]) -> bool:
        """The pages' own address on the new intranet (empty: none, the navigation decides);
        a sentence or anything else that is no address is refused with the reason."""
        url = value.strip() or None
        bad = new_url_code(url) if url is not None else None
        if bad is not None:
            self.messages.error(self.tr("This is not an address"), problem_text(*bad) or bad[0])
            return False
        self.push_changes(
            [FieldChange("decision", pid, "new_url", url) for pid in page_ids],
            self.tr("New URL"),
        )
        return True

    def accept_suggestion(self, page_ids: list[int] | None = None) -> None:
        ids = self._ids(page_ids)
        if self.project is None or not ids:
            return
        with self.project.read() as conn:
            changes = merging.suggestion_changes(conn, ids)
        if not changes:
            self.notice.emit(self.tr("These pages have no suggestion yet."))
            return
        pages = len({c.entity_id for c in changes})
        self.push_changes(changes, self.tr("Accept suggestion (%n pages)", "", pages))

    def page_summary(self, page_id: int) -> tuple[str, int | None]:
        """A page's title (or address) and its current home, for the place picker."""
        row = self._rows([page_id]).get(page_id)
        if row is None:
            return "", None
        return str(row["title"] or row["url"]), row["nav_node_id"]

    def page_count(self) -> int:
        """Pages in the project (what the crawl found), for "x of y pages shown"."""
        if self.project is None:
            return 0
        with self.project.read() as conn:
            return pq.visible_count(conn)


class ProjectFlows(QObject):
    """Base of the flows that work on the open project (filling it, exports and imports)."""

    def __init__(self, controller: ProjectController, messages: Messages, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.controller = controller
        self.messages = messages

    def job_failed(self, message: str) -> None:
        """A job on the project ended with an error: say what, and that nothing was lost."""
        self.messages.error(
            self.tr("The task stopped with an error"),
            message
            + "\n\n"
            + self.tr("Nothing in the project was lost. Correct the cause and try again."),
        )
