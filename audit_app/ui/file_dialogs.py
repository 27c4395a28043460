"""File dialogs that never read a file's content.

Qt's file dialog asks QMimeDatabase for each file's type and icon, which opens and reads files
whose name it does not know, such as ``.audit`` projects. Opening and closing the project file
outside SQLite drops all of this process's SQLite locks on it (POSIX advisory locks), after
which another process may checkpoint and delete the write-ahead log we still write to. So the
app uses Qt's own dialog with an icon provider that decides by name only. Windows has no such
lock semantics and keeps its native dialog.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

NATIVE_IS_SAFE = sys.platform == "win32"


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name, never from the content."""

    def icon(self, what: QFileInfo | QAbstractFileIconProvider.IconType) -> QIcon:  # type: ignore[override]
        if isinstance(what, QFileInfo):
            kind = (
                QAbstractFileIconProvider.IconType.Folder
                if what.isDir()
                else QAbstractFileIconProvider.IconType.File
            )
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        suffix = info.suffix().lower()
        known = {
            "audit": QCoreApplication.translate("FileDialogs", "Audit project"),
            "xlsx": QCoreApplication.translate("FileDialogs", "Excel workbook"),
            "csv": QCoreApplication.translate("FileDialogs", "CSV file"),
            "zip": QCoreApplication.translate("FileDialogs", "Zip archive"),
        }
        return known.get(
            suffix,
            QCoreApplication.translate("FileDialogs", "%1 file").replace("%1", suffix.upper())
            if suffix
            else "",
        )


_PROVIDER: NameOnlyIconProvider | None = None


def make_dialog(
    parent: QWidget | None,
    title: str,
    folder: Path | str,
    name_filter: str = "",
    mode: QFileDialog.FileMode = QFileDialog.FileMode.ExistingFile,
    *,
    save: bool = False,
) -> QFileDialog:
    """A file dialog that lists folders without reading any file (see the module doc)."""
    global _PROVIDER
    start = Path(folder)
    name = ""
    if save and not start.is_dir():
        start, name = start.parent, start.name
    dialog = QFileDialog(parent, title, str(start), name_filter)
    dialog.setFileMode(mode)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if name:
            dialog.selectFile(name)
    if not NATIVE_IS_SAFE:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        if _PROVIDER is None:
            _PROVIDER = NameOnlyIconProvider()
        dialog.setIconProvider(_PROVIDER)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return dialog


def _run(dialog: QFileDialog) -> list[Path]:
    if not dialog.exec():
        return []
    return [Path(f) for f in dialog.selectedFiles()]


def open_file(
    parent: QWidget | None, title: str, folder: Path | str, name_filter: str
) -> Path | None:
    chosen = _run(make_dialog(parent, title, folder, name_filter))
    return chosen[0] if chosen else None


def open_files(
    parent: QWidget | None, title: str, folder: Path | str, name_filter: str
) -> list[Path]:
    return _run(make_dialog(parent, title, folder, name_filter, QFileDialog.FileMode.ExistingFiles))


def save_file(
    parent: QWidget | None, title: str, suggestion: Path | str, name_filter: str
) -> Path | None:
    dialog = make_dialog(
        parent, title, suggestion, name_filter, QFileDialog.FileMode.AnyFile, save=True
    )
    chosen = _run(dialog)
    return chosen[0] if chosen else None


def choose_folder(parent: QWidget | None, title: str, folder: Path | str) -> Path | None:
    chosen = _run(make_dialog(parent, title, folder, "", QFileDialog.FileMode.Directory))
    return chosen[0] if chosen else None
