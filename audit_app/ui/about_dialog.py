"""Help > About: what this copy of the program is and where it keeps things.

A helpdesk asks for exactly this: the version, which project file is open, and where the log
and the preferences are. "Copy details" puts it on the clipboard in one piece.
"""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from audit_app.core.app_log import log_file
from audit_app.core.backups import data_dir
from audit_app.ui import help_viewer
from audit_app.ui.identity import app_icon
from audit_app.version import version


class AboutDialog(help_viewer.GuidedDialog):
    help_topic = help_viewer.ABOUT

    def __init__(
        self,
        project_path: Path | None,
        settings_file: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Content audit"))
        self.setObjectName("about-dialog")
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<h2>Content audit {version()}</h2>", self)
        blurb = QLabel(
            self.tr(
                "Take stock of an old intranet, decide page by page what moves to the new one, "
                "and export the migration plan."
            ),
            self,
        )
        blurb.setWordWrap(True)
        self.rows: list[tuple[str, str]] = [
            (self.tr("Version"), version()),
            (
                self.tr("Project"),
                str(project_path) if project_path is not None else self.tr("no project open"),
            ),
            (self.tr("Log file"), str(log_file())),
            (self.tr("Safety copies and data"), str(data_dir())),
            (self.tr("Preferences"), settings_file),
            (
                self.tr("Built with"),
                f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}",
            ),
            (self.tr("System"), platform.platform()),
        ]
        form = QFormLayout()
        for label, value in self.rows:
            field = QLabel(value, self)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            form.addRow(label, field)
        head = QVBoxLayout()
        head.addWidget(title)
        head.addWidget(blurb)
        head.addLayout(form)
        head.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(head, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.add_help_button(buttons)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setToolTip(self.tr("For the helpdesk: version, files and system"))
        self.copy_button.clicked.connect(self.copy_details)
        self.logs_button = QPushButton(self.tr("Open log folder"), self)
        self.logs_button.clicked.connect(self.open_log_folder)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.logs_button, QDialogButtonBox.ButtonRole.ActionRole)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(buttons)
        # Word-wrapped labels make the plain size hint far too tall; ask for the height at 640.
        self.resize(640, max(lay.heightForWidth(640), lay.minimumSize().height()))

    def details(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.rows)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(f"Content audit\n{self.details()}")

    def open_log_folder(self) -> None:
        folder = log_file().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
