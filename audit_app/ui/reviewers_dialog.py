"""Managing reviewers and handing them whole old sections to review.

Reviewers are few (tens), so a plain table widget refilled on every undo-stack change is
enough. All edits are undo commands on the main window's stack, so Ctrl+Z in the main window
also takes back an assignment made here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from audit_app.core import assignments, reviewers
from audit_app.core.changes import ChangeError
from audit_app.core.project import Project
from audit_app.ui import help_viewer
from audit_app.ui.commands import (
    AddReviewerCommand,
    ChangeCommand,
    RemoveReviewerCommand,
    current_user,
)
from audit_app.ui.error_words import user_message

_MESSAGE_STYLE = {
    "error": "background:#fdecea; color:#8a1c12; border:1px solid #f5c2bd;",
    "info": "background:#e8f3ec; color:#1d5a32; border:1px solid #b9dcc5;",
}


class ReviewerForm(help_viewer.GuidedDialog):
    """Name, e-mail and department of one reviewer; OK only with a name."""

    help_topic = help_viewer.REVIEWERS

    def __init__(
        self, reviewer: reviewers.Reviewer | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit reviewer") if reviewer else self.tr("New reviewer"))
        self.name = QLineEdit(reviewer.name if reviewer else "", self)
        self.email = QLineEdit((reviewer.email or "") if reviewer else "", self)
        self.email.setPlaceholderText(self.tr("name@organisation.nl"))
        self.department = QLineEdit((reviewer.department or "") if reviewer else "", self)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Department"), self.department)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.add_help_button(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def values(self) -> tuple[str, str | None, str | None]:
        return (
            self.name.text().strip(),
            self.email.text().strip() or None,
            self.department.text().strip() or None,
        )


class ReviewersDialog(help_viewer.GuidedDialog):
    help_topic = help_viewer.REVIEWERS

    def __init__(self, project: Project, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.project = project
        self.undo_stack = undo_stack
        self._who: str | None = None
        self._stats: list[reviewers.ReviewerStats] = []
        self.setWindowTitle(self.tr("Reviewers"))
        self.resize(760, 480)

        intro = QLabel(
            self.tr(
                "Reviewers assess the pages of their part of the intranet. Give someone a whole "
                "old section at once; they then work through their own pages."
            ),
            self,
        )
        intro.setWordWrap(True)

        headers = [
            self.tr("Name"),
            self.tr("E-mail"),
            self.tr("Department"),
            self.tr("Pages"),
            self.tr("Decided"),
            self.tr("To discuss"),
        ]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _ix: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.empty_label = QLabel(self.tr("No reviewers yet. Add the first one with 'Add…'."), self)
        self.empty_label.setStyleSheet("color:#5f6b7a;")

        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.clicked.connect(self.add_with_form)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        assign_box = QGroupBox(self.tr("Assign an old section"), self)
        self.section_combo = QComboBox(assign_box)
        self.section_combo.setMinimumContentsLength(30)
        self.section_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.assign_button = QPushButton(self.tr("Assign to selected reviewer"), assign_box)
        self.assign_button.clicked.connect(lambda: self.assign_section())
        row = QHBoxLayout(assign_box)
        row.addWidget(self.section_combo, 1)
        row.addWidget(self.assign_button)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.add_help_button(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        layout.addWidget(assign_box)
        layout.addWidget(self.message)
        layout.addWidget(close)

        self._stale = False
        undo_stack.indexChanged.connect(self._stack_changed)
        self.reload()

    @property
    def who(self) -> str:
        """Recorded as the author of changes; the preferences' name unless set here."""
        return self._who or current_user()

    @who.setter
    def who(self, name: str | None) -> None:
        self._who = name or None

    def _stack_changed(self) -> None:
        # A closed dialog kept by its parent must not re-query on every decision.
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    # ---- state --------------------------------------------------------------------------

    def reload(self) -> None:
        self._stale = False
        selected = self.selected_reviewer_id()
        with self.project.read() as conn:
            stats = reviewers.list_reviewers(conn)
            counts = assignments.section_counts(conn)
        self._stats = stats
        self.table.setRowCount(len(stats))
        for row, st in enumerate(stats):
            r = st.reviewer
            values: list[object] = [
                r.name, r.email or "", r.department or "", st.assigned, st.decided, st.discuss,
            ]  # fmt: skip
            for col, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                if isinstance(value, int):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
            if r.id == selected:
                self.table.selectRow(row)
        self.empty_label.setVisible(not stats)

        names = list(counts)
        current = self.section_combo.currentData()
        self.section_combo.clear()
        for name in names:
            depth = name.count(" > ")
            label = "    " * depth + name.split(" > ")[-1]
            n = counts.get(name, 0)
            self.section_combo.addItem(self.tr("%1 (%n page(s))", "", n).replace("%1", label), name)
        if current is not None:
            i = self.section_combo.findData(current)
            if i >= 0:
                self.section_combo.setCurrentIndex(i)
        if not names:
            self.section_combo.addItem(self.tr("(no old sections found in the crawl)"), None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        rid = self.selected_reviewer_id()
        has = rid is not None
        name = next((x.reviewer.name for x in self._stats if x.reviewer.id == rid), None)
        self.assign_button.setText(
            self.tr("Assign to %1").replace("%1", name)
            if name
            else self.tr("Assign to selected reviewer")
        )
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.assign_button.setEnabled(has and self.section_combo.currentData() is not None)

    def selected_reviewer_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def select_reviewer(self, reviewer_id: int) -> None:
        if self._stale:
            self.reload()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == reviewer_id:
                self.table.selectRow(row)
                return

    def _show(self, text: str, kind: str = "info") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(_MESSAGE_STYLE[kind] + "border-radius:4px; padding:6px;")
        self.message.setVisible(True)

    def show_error(self, text: str) -> None:
        self._show(text, "error")

    # ---- actions ------------------------------------------------------------------------

    def add_reviewer(
        self, name: str, email: str | None = None, department: str | None = None
    ) -> int | None:
        cmd = AddReviewerCommand(
            self.project, name, email, department, self.who, on_error=self.show_error
        )
        self.undo_stack.push(cmd)
        if cmd.error or cmd.reviewer_id is None:
            return None
        self.select_reviewer(cmd.reviewer_id)
        self._show(self.tr("%1 added.").replace("%1", name.strip()))
        return cmd.reviewer_id

    def edit_reviewer(
        self, reviewer_id: int, name: str, email: str | None, department: str | None
    ) -> bool:
        try:
            changes = reviewers.edit_changes(reviewer_id, name, email, department)
        except ChangeError as exc:
            self.show_error(user_message(exc))
            return False
        cmd = ChangeCommand(
            self.project, changes, self.who, self.tr("Edit reviewer"), on_error=self.show_error
        )
        self.undo_stack.push(cmd)
        return not cmd.error

    def add_with_form(self) -> None:
        form = ReviewerForm(parent=self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.add_reviewer(*form.values())

    def edit_selected(self) -> None:
        rid = self.selected_reviewer_id()
        if rid is None:
            return
        with self.project.read() as conn:
            current = reviewers.get_reviewer(conn, rid)
        form = ReviewerForm(current, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.edit_reviewer(rid, *form.values())

    def remove_selected(self, confirm: bool = True) -> bool:
        rid = self.selected_reviewer_id()
        if rid is None:
            return False
        st = next(x for x in self._stats if x.reviewer.id == rid)
        if confirm and st.assigned:
            text = self.tr(
                "Remove %1? %n page(s) will no longer have a reviewer. Decisions stay.", "",
                st.assigned,
            ).replace("%1", st.reviewer.name)  # fmt: skip
            if not help_viewer.ask_yes_no(
                self, help_viewer.REVIEWERS, self.tr("Remove reviewer"), text
            ):
                return False
        cmd = RemoveReviewerCommand(self.project, rid, self.who, on_error=self.show_error)
        cmd.setText(self.tr("Remove reviewer %1").replace("%1", st.reviewer.name))
        self.undo_stack.push(cmd)
        if cmd.error:
            return False
        self._show(self.tr("%1 removed. Undo with Ctrl+Z.").replace("%1", st.reviewer.name))
        return True

    def assign_section(self, section: str | None = None, reviewer_id: int | None = None) -> int:
        """Assign all pages of *section* (default: the chosen one) to a reviewer; page count."""
        section = self.section_combo.currentData() if section is None else section
        rid = self.selected_reviewer_id() if reviewer_id is None else reviewer_id
        if section is None or rid is None:
            self.show_error(self.tr("Choose a reviewer and an old section first."))
            return 0
        with self.project.read() as conn:
            ids = assignments.section_page_ids(conn, section)
            person = reviewers.get_reviewer(conn, rid)
        if not ids or person is None:
            self.show_error(self.tr("There are no pages in '%1'.").replace("%1", section))
            return 0
        text = self.tr("Assign '%1' to %2").replace("%1", section).replace("%2", person.name)
        before = self.undo_stack.index()
        self.undo_stack.push(
            ChangeCommand(
                self.project,
                assignments.assign_changes(ids, rid),
                self.who,
                text,
                on_error=self.show_error,
            )
        )
        if self.undo_stack.index() == before:
            self._show(
                self.tr("These pages were already assigned to %1.").replace("%1", person.name)
            )
            return 0
        self._show(
            self.tr("%n page(s) from '%1' assigned to %2.", "", len(ids))
            .replace("%1", section)
            .replace("%2", person.name)
        )
        return len(ids)
