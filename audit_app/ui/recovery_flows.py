"""The two ways back from a lost or broken project: recover a damaged file into a new one,
or restore a safety copy as a new file. Neither ever writes over an existing file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from audit_app.core import backups
from audit_app.core.db import DamagedProjectError
from audit_app.core.recovery import recover_project
from audit_app.ui import file_dialogs, help_viewer
from audit_app.ui.taskman import ManagedTask


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
    run: Callable[[str, Callable[[Any], Any], Callable[[Any], None]], ManagedTask],
    open_project: Callable[[Path], None],
) -> QMessageBox:
    """Tell the user the file is damaged and offer to recover it into a new file."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("RecoveryFlows", "The project is damaged"))
    box.setText(
        QCoreApplication.translate(
            "RecoveryFlows",
            "%1 is damaged. It has not been changed.\n\nThe program can copy everything that "
            "is still readable into a new project file; the damaged file stays as it is. If "
            "there are safety copies of it, you can also restore one of those.",
        ).replace("%1", damaged.path.name)
    )
    box.setDetailedText(damaged.detail)
    help_viewer.offer_help(box, help_viewer.SAFETY_COPIES)
    project_id = backups.project_id_of(damaged.path)
    has_copies = bool(project_id and backups.list_backups(backups.backup_folder(project_id)))
    restore = (
        box.addButton(
            QCoreApplication.translate("RecoveryFlows", "Restore a safety copy…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        if has_copies
        else None
    )
    recover = box.addButton(
        QCoreApplication.translate("RecoveryFlows", "Recover into a new file…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)

    def chosen(button: Any) -> None:
        if restore is not None and button is restore:
            restore_backup(parent, damaged.path, project_id, run, open_project)
            return
        if button is not recover:
            return
        target = file_dialogs.save_file(
            parent,
            QCoreApplication.translate("RecoveryFlows", "Save the recovered project as"),
            _free_name(damaged.path, QCoreApplication.translate("RecoveryFlows", "recovered")),
            QCoreApplication.translate("RecoveryFlows", "Audit projects (*.audit)"),
        )
        if target is None:
            return
        if target.suffix != ".audit":
            target = target.with_name(target.name + ".audit")

        def done(report: Any) -> None:
            QMessageBox.information(
                parent, QCoreApplication.translate("RecoveryFlows", "Recovered"), report.summary()
            )
            open_project(target)

        run(
            QCoreApplication.translate("RecoveryFlows", "Recovering the project…"),
            lambda _progress: recover_project(damaged.path, target),
            done,
        )

    box.buttonClicked.connect(chosen)
    box.open()
    return box


def restore_backup(
    parent: QWidget,
    project_path: Path,
    project_id: str | None,
    run: Callable[[str, Callable[[Any], Any], Callable[[Any], None]], ManagedTask],
    open_project: Callable[[Path], None],
) -> None:
    """Pick one of the project's safety copies and open it as a new project file."""
    found = backups.list_backups(backups.backup_folder(project_id)) if project_id else []
    if not found:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("RecoveryFlows", "Restore a safety copy"),
            QCoreApplication.translate(
                "RecoveryFlows",
                "There are no safety copies of this project yet. The program makes one when "
                "you open a project and every ten minutes while you work.",
            ),
        )
        return
    labels = [
        QCoreApplication.translate("RecoveryFlows", "%1  (%2 MB)")
        .replace("%1", b.label())
        .replace("%2", QLocale().toString(b.size / 1e6, "f", 1))
        for b in found
    ]
    label, ok = help_viewer.ask_item(
        parent,
        help_viewer.SAFETY_COPIES,
        QCoreApplication.translate("RecoveryFlows", "Restore a safety copy"),
        QCoreApplication.translate(
            "RecoveryFlows",
            "Which copy? It is opened as a new project file; the current file stays as it is.",
        ),
        labels,
    )
    if not ok:
        return
    chosen = found[labels.index(label)]
    target = file_dialogs.save_file(
        parent,
        QCoreApplication.translate("RecoveryFlows", "Save the restored project as"),
        _free_name(project_path, chosen.made_at.strftime("%d-%m %H.%M")),
        QCoreApplication.translate("RecoveryFlows", "Audit projects (*.audit)"),
    )
    if target is None:
        return
    if target.suffix != ".audit":
        target = target.with_name(target.name + ".audit")
    run(
        QCoreApplication.translate("RecoveryFlows", "Restoring the safety copy…"),
        lambda _progress: backups.restore_backup(chosen.path, target),
        lambda _result: open_project(target),
    )
