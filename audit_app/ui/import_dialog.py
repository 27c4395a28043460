"""What returned review packs would change, and a choice per conflict, before anything is applied.

A conflict is a field a reviewer changed in a pack that someone also changed in the project
after the pack went out. The dialog shows each one with the page, the field, both values, and
who changed it here and when; the facilitator picks per row (or all at once).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from audit_app.ui import help_viewer
from audit_app.ui.formats import local_time
from audit_app.ui.page_history import field_name
from exporters.review_plan import Conflict, ImportPlan, Resolution


class ImportReviewsDialog(help_viewer.GuidedDialog):
    """``resolutions()`` after ``accepted``: the choice for every conflict."""

    help_topic = help_viewer.IMPORT_REVIEWS

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import reviews"))
        self.choices: list[QComboBox] = []
        summary = (
            self.tr("%n changes", "", len(plan.changes))
            + " "
            + self.tr("from %n review packs.", "", len(plan.packs))
        )
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        self.table: QTableWidget | None = None
        if plan.conflicts:
            explain = QLabel(
                self.tr(
                    "%n fields were also changed here after the packs went out. Choose per "
                    "row which value to keep.",
                    "",
                    len(plan.conflicts),
                ),
                self,
            )
            explain.setWordWrap(True)
            lay.addWidget(explain)
            self.table = self._conflict_table(plan.conflicts)
            lay.addWidget(self.table, 1)
            all_row = QHBoxLayout()
            theirs = QPushButton(self.tr("All from the packs"), self)
            theirs.clicked.connect(lambda: self.choose_all("theirs"))
            ours = QPushButton(self.tr("All as they are here"), self)
            ours.clicked.connect(lambda: self.choose_all("ours"))
            all_row.addWidget(theirs)
            all_row.addWidget(ours)
            all_row.addStretch(1)
            lay.addLayout(all_row)
            self.resize(1100, 520)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.add_help_button(buttons)
        lay.addWidget(buttons)

    def _conflict_table(self, conflicts: list[Conflict]) -> QTableWidget:
        headers = [
            self.tr("Page"),
            self.tr("Field"),
            self.tr("Here now"),
            self.tr("Changed here by"),
            self.tr("In the pack"),
            self.tr("Reviewer"),
            self.tr("Which value"),
        ]
        table = QTableWidget(len(conflicts), len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        for row, conflict in enumerate(conflicts):
            ch = conflict.change
            page = QTableWidgetItem(ch.title or ch.url)
            page.setToolTip(ch.url)
            cells = [
                page,
                QTableWidgetItem(field_name(ch.field)),
                QTableWidgetItem(ch.current_text),
                QTableWidgetItem(
                    self.tr("%1, %2")
                    .replace("%1", conflict.their_who)
                    .replace("%2", local_time(conflict.their_at))
                ),
                QTableWidgetItem(ch.pack_text),
                QTableWidgetItem(ch.reviewer),
            ]
            for col, item in enumerate(cells):
                table.setItem(row, col, item)
            choice = QComboBox(table)
            choice.addItem(self.tr("The pack's value"), "theirs")
            choice.addItem(self.tr("The value here"), "ours")
            table.setCellWidget(row, len(headers) - 1, choice)
            self.choices.append(choice)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        return table

    def choose_all(self, resolution: Resolution) -> None:
        for choice in self.choices:
            choice.setCurrentIndex(choice.findData(resolution))

    def choose(self, row: int, resolution: Resolution) -> None:
        self.choices[row].setCurrentIndex(self.choices[row].findData(resolution))

    def resolutions(self) -> dict[tuple[int, str], Any]:
        return {
            conflict.key: choice.currentData()
            for conflict, choice in zip(self.plan.conflicts, self.choices, strict=True)
        }
