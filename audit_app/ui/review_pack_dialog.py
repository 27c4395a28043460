"""Making review packs: where they go, and what their first sheet tells the ambassadors.

The return address and the deadline are printed on each pack's instructions sheet, so
reviewers outside the project group know whom to send it to and by when. The address last
used is remembered in the project (the exporter stores it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from audit_app.ui import file_dialogs, help_viewer

DEFAULT_DAYS = 14


@dataclass(frozen=True)
class PackChoices:
    folder: Path
    return_to: str | None
    deadline: date | None


class ReviewPackDialog(help_viewer.GuidedDialog):
    help_topic = help_viewer.REVIEW_PACKS

    def __init__(self, parent: QWidget | None, folder: Path, return_to: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make review packs"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "One Excel file per reviewer with only their pages. The first sheet tells them "
                "what to do, whom to send it back to and by when."
            )
        )
        intro.setWordWrap(True)

        self.folder = QLineEdit(str(folder))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)

        self.return_to = QLineEdit(return_to or "")
        self.return_to.setPlaceholderText(self.tr("e.g. webredactie@gemeente.nl"))
        self.use_deadline = QCheckBox(self.tr("mention on the packs"))
        self.use_deadline.setChecked(True)
        self.deadline = QDateEdit(QDate.currentDate().addDays(DEFAULT_DAYS))
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd-MM-yyyy")
        self.use_deadline.toggled.connect(self.deadline.setEnabled)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.use_deadline)
        deadline_row.addWidget(self.deadline)
        deadline_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("Return to"), self.return_to)
        form.addRow(self.tr("Deadline"), deadline_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Make packs"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.add_help_button(buttons)
        self.folder.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen = file_dialogs.choose_folder(
            self, self.tr("Folder for the review packs"), self.folder.text()
        )
        if chosen:
            self.folder.setText(str(chosen))

    def choices(self) -> PackChoices:
        picked = self.deadline.date()
        return PackChoices(
            folder=Path(self.folder.text().strip()),
            return_to=self.return_to.text().strip() or None,
            deadline=date(picked.year(), picked.month(), picked.day())
            if self.use_deadline.isChecked()
            else None,
        )
