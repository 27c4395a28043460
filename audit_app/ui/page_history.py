"""A page's history: who changed what, when, from which value to which, and from where.

Read from the project's change log (core.changes.history); the codes stored there (fields,
decisions, node and reviewer ids, the source) are worded here.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from audit_app.core.changes import history
from audit_app.core.navigation import node_paths
from audit_app.core.project import Project
from audit_app.core.reviewers import get_reviewer
from audit_app.ui.formats import local_time
from audit_app.ui.page_table_model import decision_label, status_label

HISTORY_LIMIT = 200


def field_name(field: str) -> str:
    """A decision field (a column of the change log) in words."""
    return {
        "decision": QCoreApplication.translate("Labels", "Decision"),
        "nav_node_id": QCoreApplication.translate("Labels", "New home"),
        "review_status": QCoreApplication.translate("Labels", "Review status"),
        "reviewer_id": QCoreApplication.translate("Labels", "Reviewer"),
        "note": QCoreApplication.translate("Labels", "Note"),
        "new_url": QCoreApplication.translate("Labels", "New address"),
    }.get(field, field)


class PageHistoryView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)

    def source_text(self, source: str) -> str:
        if source.startswith("review-pack:"):
            return self.tr("from review pack %1").replace("%1", source.split(":", 1)[1])
        return {
            "app": self.tr("in the program"),
            "cli": self.tr("from the command line"),
            "undo": self.tr("undone"),
            "redo": self.tr("redone"),
            "plan": self.tr("from the migration plan"),
        }.get(source, source)

    def value_text(self, field: str, value: Any, paths: dict[int, str], project: Project) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        if field == "decision":
            return decision_label(str(value))
        if field == "review_status":
            return status_label(str(value))
        if field == "nav_node_id":
            return paths.get(int(value), self.tr("(removed item)")).replace(" > ", " › ")
        if field == "reviewer_id":
            with project.read() as conn:
                reviewer = get_reviewer(conn, int(value))
            return reviewer.name if reviewer else self.tr("(removed reviewer)")
        return str(value)

    def show_page(self, project: Project, page_id: int | None) -> None:
        if page_id is None:
            self.clear()
            return
        with project.read() as conn:
            changes = history(conn, "decision", page_id)[-HISTORY_LIMIT:]
            paths = node_paths(conn) if changes else {}
        if not changes:
            self.setHtml(
                "<p>"
                + html.escape(self.tr("Nobody has changed anything on this page yet."))
                + "</p>"
            )
            return
        rows = []
        for ch in reversed(changes):  # newest first
            old = self.value_text(ch["field"], ch["old_value"], paths, project)
            new = self.value_text(ch["field"], ch["new_value"], paths, project)
            rows.append(
                "<tr>"
                f"<td>{html.escape(local_time(ch['at']))}</td>"
                f"<td>{html.escape(ch['who'])}</td>"
                f"<td>{html.escape(field_name(ch['field']))}</td>"
                f"<td>{html.escape(old)} → <b>{html.escape(new)}</b></td>"
                f"<td style='color:#555'>{html.escape(self.source_text(ch['source']))}</td>"
                "</tr>"
            )
        head = "".join(
            f"<th align='left'>{html.escape(h)}</th>"
            for h in (
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Old → new"),
                self.tr("Where"),
            )
        )
        self.setHtml(f"<table cellpadding=3 cellspacing=0><tr>{head}</tr>{''.join(rows)}</table>")
