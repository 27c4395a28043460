"""The "New audit" dialog: where to start, what is in scope, how to log in, when to stop.

It only collects answers and checks them; the crawl itself runs in the crawl panel. The
password is handed to the crawl once and never written anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from audit_app.core.backends import is_server_location
from audit_app.core.project import PROJECT_SUFFIX
from audit_app.ui import file_dialogs, help_viewer
from audit_app.ui.connection_options import ConnectionOptions
from crawlers.config import CrawlConfig


@dataclass
class NewAudit:
    project_path: Path | str  # a file, or a postgresql:// location
    config: CrawlConfig  # carries the password for this run only


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class NewAuditDialog(help_viewer.GuidedDialog):
    help_topic = help_viewer.NEW_AUDIT

    def __init__(self, parent: QWidget | None = None, default_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New audit"))
        self.setMinimumWidth(560)
        self._folder = default_folder or Path.home()

        self.start = QLineEdit(self)
        self.start.setPlaceholderText(self.tr("https://intranet.example.nl/ or a folder"))
        pick_folder = QPushButton(self.tr("Folder…"), self)
        pick_folder.clicked.connect(self._pick_start_folder)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start, 1)
        start_row.addWidget(pick_folder)

        self.project = QLineEdit(self)
        self.project.setPlaceholderText(self.tr("Where to save the audit (.audit file)"))
        pick_project = QPushButton(self.tr("Browse…"), self)
        pick_project.clicked.connect(self._pick_project)
        on_server = QPushButton(self.tr("On a server…"), self)
        on_server.setToolTip(self.tr("Keep the project on a PostgreSQL server, to work together"))
        on_server.clicked.connect(self._pick_server)
        project_row = QHBoxLayout()
        project_row.addWidget(self.project, 1)
        project_row.addWidget(pick_project)
        project_row.addWidget(on_server)
        self.start.textChanged.connect(self._suggest_project_name)

        self.prefix = QLineEdit(self)
        self.prefix.setPlaceholderText(self.tr("e.g. /afdelingen/ (empty: the whole site)"))
        self.exclude = QPlainTextEdit(self)
        self.exclude.setPlaceholderText(self.tr("One pattern per line, e.g. /archief/ or *.zip"))
        self.exclude.setFixedHeight(60)

        self.auth_method = QComboBox(self)
        self.auth_method.addItem(self.tr("No login"), None)
        self.auth_method.addItem(self.tr("Windows single sign-on (you, logged in)"), "negotiate")
        self.auth_method.addItem(self.tr("Windows login (NTLM)"), "ntlm")
        self.auth_method.addItem(self.tr("Basic"), "basic")
        self.auth_method.addItem(self.tr("Digest"), "digest")
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setToolTip(self.tr("Used for this crawl only; never saved."))
        self.auth_method.currentIndexChanged.connect(self._auth_changed)

        self.max_pages = QSpinBox(self)
        self.max_pages.setRange(0, 1_000_000)
        self.max_pages.setSpecialValueText(self.tr("no limit"))
        self.max_pages.setValue(20000)
        self.max_depth = QSpinBox(self)
        self.max_depth.setRange(0, 100)
        self.max_depth.setSpecialValueText(self.tr("no limit"))
        self.max_minutes = QSpinBox(self)
        self.max_minutes.setRange(0, 24 * 60)
        self.max_minutes.setSpecialValueText(self.tr("no limit"))
        self.max_minutes.setSuffix(self.tr(" min"))
        self.delay = QDoubleSpinBox(self)
        self.delay.setRange(0, 10)
        self.delay.setSingleStep(0.1)
        self.delay.setSuffix(self.tr(" s"))
        self.delay.setToolTip(self.tr("Pause between two requests, to spare a slow server."))

        where = QFormLayout()
        where.addRow(self.tr("Start address or folder"), start_row)
        where.addRow(self.tr("Project file"), project_row)
        scope = QGroupBox(self.tr("Scope"), self)
        scope_form = QFormLayout(scope)
        scope_form.addRow(self.tr("Only below"), self.prefix)
        scope_form.addRow(self.tr("Skip"), self.exclude)
        login = QGroupBox(self.tr("Login"), self)
        login_form = QFormLayout(login)
        login_form.addRow(self.tr("Method"), self.auth_method)
        login_form.addRow(self.tr("User name"), self.user)
        login_form.addRow(self.tr("Password"), self.password)
        limits = QGroupBox(self.tr("Limits"), self)
        limits_form = QFormLayout(limits)
        limits_form.addRow(self.tr("Maximum number of pages"), self.max_pages)
        limits_form.addRow(self.tr("Maximum click depth"), self.max_depth)
        limits_form.addRow(self.tr("Maximum duration"), self.max_minutes)
        limits_form.addRow(self.tr("Wait between requests"), self.delay)

        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start crawl"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.add_help_button(buttons)

        lay = QVBoxLayout(self)
        lay.addLayout(where)
        lay.addWidget(scope)
        lay.addWidget(login)
        lay.addWidget(limits)
        self.connection = ConnectionOptions(self, self._folder)
        lay.addWidget(self.connection)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self._auth_changed()

    def _auth_changed(self) -> None:
        on = self.auth_method.currentData() is not None
        self.user.setEnabled(on)
        self.password.setEnabled(on)
        sso = self.auth_method.currentData() == "negotiate"
        self.user.setPlaceholderText(self.tr("empty: you, as logged in to Windows") if sso else "")

    def _pick_start_folder(self) -> None:
        folder = file_dialogs.choose_folder(
            self, self.tr("Folder with the old intranet"), self._folder
        )
        if folder:
            self.start.setText(str(folder))

    def _pick_project(self) -> None:
        chosen = file_dialogs.save_file(
            self,
            self.tr("Save audit as"),
            self.project.text() or str(self._folder),
            self.tr("Audit projects (*.audit)"),
        )
        if chosen:
            path = str(chosen)
            self.project.setText(path if path.endswith(PROJECT_SUFFIX) else path + PROJECT_SUFFIX)

    def _pick_server(self) -> None:
        from audit_app.ui.server_dialog import ServerDialog

        dialog = ServerDialog(self, create=True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.project.setText(dialog.location())

    def _suggest_project_name(self, start: str) -> None:
        if self.project.isModified() or is_server_location(self.project.text().strip()):
            return
        name = start.strip().split("://", 1)[-1].strip("/").split("/")[0] or "audit"
        name = "".join(c if c.isalnum() or c in "-_." else "-" for c in name).strip("-.") or "audit"
        self.project.setText(str(self._folder / f"{name}{PROJECT_SUFFIX}"))

    # ---- answers ------------------------------------------------------------------------------

    def problems(self) -> list[str]:
        out = []
        start = self.start.text().strip()
        if not start:
            out.append(self.tr("Fill in the address of the old intranet, or choose a folder."))
        elif "://" not in start and not Path(start).exists():
            out.append(
                self.tr(
                    "“%1” is not a web address (start with http:// or https://) and not an "
                    "existing folder."
                ).replace("%1", start)
            )
        if not self.project.text().strip():
            out.append(self.tr("Choose where to save the project file."))
        method = self.auth_method.currentData()
        if method and method != "negotiate" and not self.user.text().strip():
            out.append(self.tr("Fill in the user name for the login, or choose “No login”."))
        return out + self.connection.problems()

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.error.setText("\n".join(problems))
            return
        super().accept()

    def result_audit(self) -> NewAudit:
        method = self.auth_method.currentData()
        config = CrawlConfig(
            start=[self.start.text().strip()],
            path_prefix=self.prefix.text().strip() or None,
            exclude=_lines(self.exclude.toPlainText()),
            max_pages=self.max_pages.value() or None,
            max_depth=self.max_depth.value() or None,
            max_seconds=self.max_minutes.value() * 60 or None,
            delay=self.delay.value(),
            auth_method=method,
            auth_user=self.user.text().strip() or None if method else None,
            password=self.password.text() or None if method else None,
        )
        self.connection.apply(config)
        if is_server_location(self.project.text().strip()):
            return NewAudit(self.project.text().strip(), config)
        path = Path(self.project.text().strip()).expanduser()
        if path.suffix != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        return NewAudit(path, config)
