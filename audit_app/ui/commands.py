"""Undo commands: every edit people make in the app, undoable, recorded in the project.

Commands change the project file, never widgets; views reload when the undo stack's index
changes. Each command runs its step in one project transaction, so a failing step (a
``ChangeError``: the page or node was changed elsewhere) rolls back completely. The command
then marks itself obsolete, which makes ``QUndoStack`` drop it instead of keeping an entry
that would replay a half-applied change; the message goes to ``on_error``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TypedDict, Unpack

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from audit_app.core import navigation as nav
from audit_app.core import reviewers as rev
from audit_app.core.changes import AppliedChange, ChangeError, FieldChange, apply_changes
from audit_app.core.db_errors import StoreError
from audit_app.core.project import Connection, Project
from audit_app.core.users import default_user_name
from audit_app.ui.error_words import user_message
from audit_app.ui.settings import Preferences

log = logging.getLogger(__name__)

ErrorHandler = Callable[[str], None]


class CommandOptions(TypedDict, total=False):
    on_done: Callable[[], None] | None  # after each successful redo/undo
    on_error: ErrorHandler | None  # with the user message when a step failed


def current_user() -> str:
    """Who to record as making changes: the name in the preferences, else the environment
    (CONTENT_AUDIT_USER) or the login name. Read at each action, so a changed name counts."""
    return Preferences().user_name.strip() or default_user_name()


class ProjectCommand(QUndoCommand):
    """Base: runs ``_redo``/``_undo`` in a transaction and survives their failure.

    ``source`` is "app" the first time and "redo"/"undo" after, as the audit trail expects.
    """

    def __init__(
        self,
        project: Project,
        who: str,
        text: str,
        *,
        on_done: Callable[[], None] | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        super().__init__(text)
        self.project = project
        self.who = who
        self.on_done = on_done
        self.on_error = on_error
        self.error: str | None = None
        self._done_once = False

    def _redo(self, conn: Connection, source: str) -> None:
        raise NotImplementedError

    def _undo(self, conn: Connection) -> None:
        raise NotImplementedError

    def _run(self, step: Callable[[Connection], None]) -> bool:
        try:
            with self.project.transaction() as conn:
                step(conn)
        except (ChangeError, StoreError, OSError) as exc:
            self.error = user_message(exc)
            self.setObsolete(True)
            log.warning("%s mislukt: %s", self.text(), exc)
            if self.on_error is not None:
                self.on_error(self.error)
            return False
        if self.on_done is not None:
            self.on_done()
        return True

    def redo(self) -> None:
        source = "redo" if self._done_once else "app"
        if self._run(lambda conn: self._redo(conn, source)):
            self._done_once = True

    def undo(self) -> None:
        self._run(self._undo)


class ChangeCommand(ProjectCommand):
    """Field changes through ``apply_changes``; undo applies the inverse of what was applied.

    A push that changes nothing (every value already as asked) leaves no entry on the stack.
    """

    def __init__(
        self,
        project: Project,
        changes: list[FieldChange],
        who: str,
        text: str,
        *,
        on_done: Callable[[], None] | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        super().__init__(project, who, text, on_done=on_done, on_error=on_error)
        self.changes = list(changes)
        self.applied: list[AppliedChange] = []

    def _apply(self, conn: Connection, source: str) -> list[AppliedChange]:
        return apply_changes(conn, self.changes, who=self.who, source=source)

    def _redo(self, conn: Connection, source: str) -> None:
        if not self._done_once:
            self.applied = self._apply(conn, source)
            if not self.applied:
                self.setObsolete(True)
            return
        apply_changes(conn, [a.again() for a in self.applied], who=self.who, source=source)

    def _undo(self, conn: Connection) -> None:
        back = [a.inverse() for a in reversed(self.applied)]
        apply_changes(conn, back, who=self.who, source="undo")


class RenameNavNodeCommand(ChangeCommand):
    def __init__(
        self, project: Project, node_id: int, title: str, who: str, **kw: Unpack[CommandOptions]
    ) -> None:
        change = FieldChange("nav_node", node_id, "title", " ".join(title.split()))
        super().__init__(
            project,
            [change],
            who,
            QCoreApplication.translate("UndoCommand", "Rename to '%1'").replace(
                "%1", title.strip()
            ),
            **kw,
        )


class MoveNavNodeCommand(ChangeCommand):
    """Move a node (with its subtree) to a new parent and row; siblings are renumbered."""

    def __init__(
        self,
        project: Project,
        node_id: int,
        new_parent_id: int | None,
        position: int | None,
        who: str,
        **kw: Unpack[CommandOptions],
    ) -> None:
        super().__init__(
            project,
            [],
            who,
            QCoreApplication.translate("UndoCommand", "Move navigation item"),
            **kw,
        )
        self.node_id = node_id
        self.new_parent_id = new_parent_id
        self.position = position

    def _apply(self, conn: Connection, source: str) -> list[AppliedChange]:
        return nav.move_node(
            conn, self.node_id, self.new_parent_id, self.position, who=self.who, source=source
        )


class AddNavNodeCommand(ProjectCommand):
    """Add a node; redo after undo brings it back with the same id."""

    def __init__(
        self,
        project: Project,
        title: str,
        parent_id: int | None,
        who: str,
        position: int | None = None,
        **kw: Unpack[CommandOptions],
    ) -> None:
        super().__init__(
            project,
            who,
            QCoreApplication.translate("UndoCommand", "Add navigation item '%1'").replace(
                "%1", title.strip()
            ),
            **kw,
        )
        self.title = title
        self.parent_id = parent_id
        self.position = position
        self.node_id: int | None = None

    def _redo(self, conn: Connection, source: str) -> None:
        self.node_id = nav.create_node(
            conn, self.title, self.parent_id, who=self.who, source=source,
            position=self.position, node_id=self.node_id,
        )  # fmt: skip

    def _undo(self, conn: Connection) -> None:
        assert self.node_id is not None
        nav.delete_node(conn, self.node_id, who=self.who, source="undo")


class DeleteNavNodeCommand(ProjectCommand):
    """Delete a node and its subtree; undo restores nodes, ids and the pages' homes."""

    def __init__(
        self, project: Project, node_id: int, who: str, **kw: Unpack[CommandOptions]
    ) -> None:
        super().__init__(
            project, who, QCoreApplication.translate("UndoCommand", "Delete navigation item"), **kw
        )
        self.node_id = node_id
        self.snapshot: nav.DeletedSubtree | None = None

    def _redo(self, conn: Connection, source: str) -> None:
        self.snapshot = nav.delete_node(conn, self.node_id, who=self.who, source=source)

    def _undo(self, conn: Connection) -> None:
        assert self.snapshot is not None
        nav.restore_subtree(conn, self.snapshot, who=self.who, source="undo")


class ImportNavTreeCommand(ProjectCommand):
    """Add many nodes at once (an imported file or a template) as one undo step."""

    def __init__(
        self,
        project: Project,
        paths: Sequence[tuple[str, ...]],
        parent_id: int | None,
        who: str,
        text: str,
        **kw: Unpack[CommandOptions],
    ) -> None:
        super().__init__(project, who, text, **kw)
        self.paths = list(paths)
        self.parent_id = parent_id
        self.created: list[nav.NavNode] = []

    def _redo(self, conn: Connection, source: str) -> None:
        if self.created:
            for node in self.created:
                nav.create_node(
                    conn, node.title, node.parent_id, who=self.who, source=source,
                    position=node.position, node_id=node.id,
                )  # fmt: skip
            return
        ids = nav.find_or_create_paths(
            conn, self.paths, self.parent_id, who=self.who, source=source
        )
        self.created = [n for n in (nav.get_node(conn, i) for i in ids) if n is not None]
        if not ids:
            self.setObsolete(True)

    def _undo(self, conn: Connection) -> None:
        for node in reversed(self.created):
            nav.delete_node(conn, node.id, who=self.who, source="undo")


class AddReviewerCommand(ProjectCommand):
    def __init__(
        self,
        project: Project,
        name: str,
        email: str | None,
        department: str | None,
        who: str,
        **kw: Unpack[CommandOptions],
    ) -> None:
        super().__init__(
            project,
            who,
            QCoreApplication.translate("UndoCommand", "Add reviewer '%1'").replace(
                "%1", name.strip()
            ),
            **kw,
        )
        self.values = (name, email, department)
        self.reviewer_id: int | None = None

    def _redo(self, conn: Connection, source: str) -> None:
        self.reviewer_id = rev.add_reviewer(
            conn, *self.values, who=self.who, source=source, reviewer_id=self.reviewer_id
        )

    def _undo(self, conn: Connection) -> None:
        assert self.reviewer_id is not None
        rev.remove_reviewer(conn, self.reviewer_id, who=self.who, source="undo")


class RemoveReviewerCommand(ProjectCommand):
    """Remove a reviewer; undo brings them back with their pages."""

    def __init__(
        self, project: Project, reviewer_id: int, who: str, **kw: Unpack[CommandOptions]
    ) -> None:
        super().__init__(
            project, who, QCoreApplication.translate("UndoCommand", "Remove reviewer"), **kw
        )
        self.reviewer_id = reviewer_id
        self.removed: rev.RemovedReviewer | None = None

    def _redo(self, conn: Connection, source: str) -> None:
        self.removed = rev.remove_reviewer(conn, self.reviewer_id, who=self.who, source=source)

    def _undo(self, conn: Connection) -> None:
        assert self.removed is not None
        rev.restore_reviewer(conn, self.removed, who=self.who, source="undo")
