"""Choose a project on a PostgreSQL server: for a new audit or to open one.

One project per database. The password is used for this session only (kept in memory) unless
the user asks to keep it in the computer's keyring; it never goes into the project, the
settings or the recent-files list.
"""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from audit_app.core.backends import postgresql
from audit_app.core.users import default_user_name
from audit_app.ui import help_viewer

SSL_MODES = ("prefer", "require", "verify-full", "disable")


class ServerDialog(help_viewer.GuidedDialog):
    help_topic = help_viewer.SERVER

    def __init__(self, parent: QWidget | None = None, *, create: bool = False) -> None:
        super().__init__(parent)
        self.create = create
        self.setWindowTitle(
            self.tr("New audit on a server") if create else self.tr("Open a project on a server")
        )
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "A project on your organisation's PostgreSQL server lets several people work in "
                "it at the same time. Each project has a database of its own; ask the server's "
                "administrator for one."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("e.g. db.gemeente.local"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit(self)
        self.database.setPlaceholderText(self.tr("e.g. audit_intranet"))
        self.user = QLineEdit(self)
        self.user.setText(default_user_name())
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: from the keyring or .pgpass"))
        self.remember = QCheckBox(self.tr("Keep the password in this computer's keyring"), self)
        self.ssl = QComboBox(self)
        for mode, label in zip(
            SSL_MODES,
            (
                self.tr("Encrypted when the server offers it"),
                self.tr("Always encrypted"),
                self.tr("Encrypted, and check the server's certificate"),
                self.tr("Not encrypted"),
            ),
            strict=True,
        ):
            self.ssl.addItem(label, mode)
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        form.addRow(self.tr("Connection"), self.ssl)
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Next") if create else self.tr("Open"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.add_help_button(buttons)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def fill(self, location: str, message: str = "") -> None:
        """Show *location* (e.g. one that just asked for a password) with *message*."""
        parts = postgresql.location_parts(location)
        self.host.setText(parts["host"])
        self.port.setValue(int(parts["port"]))
        self.database.setText(parts["database"])
        self.user.setText(parts["user"])
        index = self.ssl.findData(parts["sslmode"])
        if index >= 0:
            self.ssl.setCurrentIndex(index)
        self.error.setText(message)
        self.password.setFocus()

    def problems(self) -> list[str]:
        missing = []
        if not self.host.text().strip():
            missing.append(self.tr("Fill in the server."))
        if not self.database.text().strip():
            missing.append(self.tr("Fill in the database."))
        if not self.user.text().strip():
            missing.append(self.tr("Fill in your user name on the server."))
        return missing

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.error.setText(" ".join(problems))
            return
        password = self.password.text()
        if password:
            location = self.location()
            postgresql.remember_password(location, password)
            if self.remember.isChecked() and not postgresql.save_password_in_keyring(
                location, password
            ):
                self.remember.setChecked(False)
                self.error.setText(
                    self.tr(
                        "This computer has no keyring to keep the password in. Press the "
                        "button again to use it for this session only."
                    )
                )
                return
        super().accept()

    def location(self) -> str:
        """``postgresql://user@host:port/database?sslmode=...``: never with the password."""
        user = quote(self.user.text().strip(), safe="")
        host = self.host.text().strip()
        database = quote(self.database.text().strip(), safe="")
        mode = self.ssl.currentData()
        return f"postgresql://{user}@{host}:{self.port.value()}/{database}?sslmode={mode}"
