"""App preferences, declared once with their types and defaults.

These belong to the person at this computer (their name for the audit trail, language,
recent projects, window layout), so they live in QSettings; what belongs to an audit lives in
the project file.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from audit_app.core.users import default_user_name
from audit_app.ui import help_viewer

ORGANIZATION = "content-audit"
APPLICATION = "content-audit"
MAX_RECENT = 8
LANGUAGES = ("nl", "en")


class Preferences:
    """Typed access to QSettings. Pass a QSettings to use another store (tests use an INI file)."""

    def __init__(self, store: QSettings | None = None) -> None:
        if store is None:
            ini = os.environ.get("CONTENT_AUDIT_SETTINGS")  # a separate file: tests, portable use
            store = (
                QSettings(ini, QSettings.Format.IniFormat)
                if ini
                else QSettings(ORGANIZATION, APPLICATION)
            )
        self.store = store

    def _str(self, key: str, default: str) -> str:
        value = self.store.value(key, default)
        return str(value) if value is not None else default

    @property
    def user_name(self) -> str:
        return self._str("user/name", "") or default_user_name()

    @user_name.setter
    def user_name(self, value: str) -> None:
        self.store.setValue("user/name", value.strip())

    @property
    def user_name_confirmed(self) -> bool:
        """False until someone typed their name once (or the environment provides it)."""
        return bool(self._str("user/name", "")) or bool(os.environ.get("CONTENT_AUDIT_USER"))

    @property
    def language(self) -> str:
        lang = self._str("ui/language", "nl")
        return lang if lang in LANGUAGES else "nl"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self.store.setValue("ui/language", value)

    @property
    def recent_projects(self) -> list[Path]:
        raw = self.store.value("recent/projects", [])
        items: list[object] = [raw] if isinstance(raw, str) else list(raw or [])  # type: ignore[call-overload]
        return [Path(str(p)) for p in items if p]

    def add_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        items = [p for p in self.recent_projects if p != path]
        self.store.setValue("recent/projects", [str(p) for p in [path, *items][:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        items = [p for p in self.recent_projects if p != Path(path).resolve()]
        self.store.setValue("recent/projects", [str(p) for p in items])

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self.store.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.store.setValue("window/state", value)

    @property
    def table_header(self) -> QByteArray | None:
        """Column widths and order of the page table."""
        value = self.store.value("window/table-header")
        return value if isinstance(value, QByteArray) else None

    @table_header.setter
    def table_header(self, value: QByteArray) -> None:
        self.store.setValue("window/table-header", value)

    def sync(self) -> None:
        self.store.sync()


class PreferencesDialog(help_viewer.GuidedDialog):
    """Name for the audit trail and the language; language changes apply after a restart."""

    help_topic = help_viewer.PREFERENCES

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.setWindowTitle(self.tr("Preferences"))
        self.name = QLineEdit(prefs.user_name, self)
        self.name.setToolTip(self.tr("Recorded with every decision you make."))
        self.language = QComboBox(self)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        note = QLabel(self.tr("A new language is used after restarting the program."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.add_help_button(buttons)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(buttons)

    def accept(self) -> None:
        if not self.name.text().strip():
            self.name.setFocus()
            return
        self.prefs.user_name = self.name.text()
        self.prefs.language = str(self.language.currentData())
        self.prefs.sync()
        super().accept()
