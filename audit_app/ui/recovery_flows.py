"""The two ways back from a lost or broken project: recover a damaged file into a new one,
or restore a safety copy as a new file. Neither ever writes over an existing file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from audit_app.core import backups
from audit_app.core.db import DamagedProjectError
from audit_app.core.project import Project
from audit_app.core.recovery import recover_project
from audit_app.ui import file_dialogs
from audit_app.ui.worker import BackgroundTask


def tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryFlows", text)


def _free_name(path: Path, label: str) -> Path:
    for n in range(1, 100):
        extra = f" {n}" if n > 1 else ""
        candidate = path.with_name(f"{path.stem} ({label}{extra}).audit")
        if not candidate.exists():
            return candidate
    return path.with_name(f"{path.stem} ({label}).audit")


def offer_recovery(
    parent: QWidget,
    damaged: DamagedProjectError,
    run: Callable[[str, Callable[[Any], Any], Callable[[Any], None]], BackgroundTask],
    open_project: Callable[[Path], None],
) -> QMessageBox:
    """Tell the user the file is damaged and offer to recover it into a new file."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("The project is damaged"))
    box.setText(
        tr(
            "%1 is damaged. It has not been changed.\n\nThe program can copy everything that "
            "is still readable into a new project file; the damaged file stays as it is. You "
            "can also restore a safety copy (File > Restore a safety copy)."
        ).replace("%1", damaged.path.name)
    )
    box.setDetailedText(damaged.detail)
    recover = box.addButton(tr("Recover into a new file…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)

    def chosen(button: Any) -> None:
        if button is not recover:
            return
        target = file_dialogs.save_file(
            parent,
            tr("Save the recovered project as"),
            _free_name(damaged.path, tr("recovered")),
            tr("Audit projects (*.audit)"),
        )
        if target is None:
            return
        if target.suffix != ".audit":
            target = target.with_name(target.name + ".audit")

        def done(report: Any) -> None:
            QMessageBox.information(parent, tr("Recovered"), report.summary())
            open_project(target)

        run(
            tr("Recovering the project…"),
            lambda _progress: recover_project(damaged.path, target),
            done,
        )

    box.buttonClicked.connect(chosen)
    box.open()
    return box


def restore_backup(
    parent: QWidget,
    project: Project,
    run: Callable[[str, Callable[[Any], Any], Callable[[Any], None]], BackgroundTask],
    open_project: Callable[[Path], None],
) -> None:
    """Pick one of the project's safety copies and open it as a new project file."""
    found = backups.list_backups(backups.backup_folder(project))
    if not found:
        QMessageBox.information(
            parent,
            tr("Restore a safety copy"),
            tr(
                "There are no safety copies of this project yet. The program makes one when "
                "you open a project and every ten minutes while you work."
            ),
        )
        return
    labels = [
        tr("%1  (%2 MB)").replace("%1", b.label()).replace("%2", f"{b.size / 1e6:.1f}")
        for b in found
    ]
    label, ok = QInputDialog.getItem(
        parent,
        tr("Restore a safety copy"),
        tr("Which copy? It is opened as a new project file; the current file stays as it is."),
        labels,
        0,
        False,
    )
    if not ok:
        return
    chosen = found[labels.index(label)]
    target = file_dialogs.save_file(
        parent,
        tr("Save the restored project as"),
        _free_name(project.path, chosen.made_at.strftime("%d-%m %H.%M")),
        tr("Audit projects (*.audit)"),
    )
    if target is None:
        return
    if target.suffix != ".audit":
        target = target.with_name(target.name + ".audit")
    run(
        tr("Restoring the safety copy…"),
        lambda _progress: backups.restore_backup(chosen.path, target),
        lambda _result: open_project(target),
    )
