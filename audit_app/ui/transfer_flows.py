"""Work leaving and entering the project: the Excel export, review packs out, reviews back in.

Each flow asks where (a file dialog that never reads file contents), builds its job from plain
values (project, path, language) and runs it through the task manager; what the job returns is
worded here, on the GUI thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Literal

from PySide6.QtWidgets import QWidget

from audit_app.core.progress import Progress
from audit_app.ui import file_dialogs
from audit_app.ui.import_dialog import ImportReviewsDialog
from audit_app.ui.import_words import issue_text
from audit_app.ui.messages import Messages
from audit_app.ui.project_controller import ProjectController, ProjectFlows
from audit_app.ui.review_pack_dialog import ReviewPackDialog
from audit_app.ui.taskman import tasks
from exporters.options import BASE_URL_SETTING, ExportOptions
from exporters.review_import import ImportPlan, apply_plan, read_packs
from exporters.review_packs import RETURN_TO_SETTING, export_review_packs
from exporters.workbook import export_workbook

Lang = Literal["nl", "en"]


class TransferFlows(ProjectFlows):
    def __init__(self, controller: ProjectController, messages: Messages, parent: QWidget) -> None:
        super().__init__(controller, messages, parent)
        self.review_box: ImportReviewsDialog | None = None

    def _lang(self) -> Lang:
        return "en" if self.controller.prefs.language == "en" else "nl"

    # ---- the migration plan workbook --------------------------------------------------------

    def export_workbook(self) -> None:
        project = self.controller.project
        if project is None or self.controller.busy():
            return
        path = file_dialogs.save_file(
            self.window,
            self.tr("Export migration plan"),
            project.path.with_suffix(".xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            self.run_export(path)

    def run_export(self, path: Path) -> None:
        project = self.controller.project
        if project is None:
            return
        base = str(project.setting(BASE_URL_SETTING) or "/")
        options = ExportOptions(lang=self._lang(), base_url=base)

        def job(progress: Progress) -> int:
            return export_workbook(project, path, options=options, progress=progress)

        tasks().run_project_work(
            project,
            "export",
            self.tr("Exporting to Excel…"),
            job,
            on_failed=self.job_failed,
            describe=lambda count: self.tr("%n pages written to %1", "", int(count)).replace(
                "%1", str(path)
            ),
        )

    # ---- review packs out ----------------------------------------------------------------------

    def make_review_packs(self) -> None:
        """One Excel pack per reviewer, to fill in without the program and send back."""
        project = self.controller.project
        if project is None or self.controller.busy():
            return
        dialog = ReviewPackDialog(
            self.window, project.path.parent / "reviewpakketten", project.setting(RETURN_TO_SETTING)
        )
        if dialog.exec():
            chosen = dialog.choices()
            self.run_review_packs(chosen.folder, chosen.return_to, chosen.deadline)

    def run_review_packs(
        self, folder: Path, return_to: str | None = None, deadline: date | None = None
    ) -> None:
        project = self.controller.project
        if project is None:
            return
        lang = self._lang()

        def job(progress: Progress) -> int:
            made = export_review_packs(
                project,
                folder,
                lang=lang,
                return_to=return_to,
                deadline=deadline,
                progress=progress,
            )
            return len(made)

        def describe(made: int) -> str:
            if not made:
                return self.tr("No packs made: no reviewer has pages yet (Audit > Reviewers).")
            return self.tr("%n review packs written to %1", "", made).replace("%1", str(folder))

        tasks().run_project_work(
            project,
            "packs",
            self.tr("Making review packs…"),
            job,
            on_failed=self.job_failed,
            describe=describe,
        )

    # ---- reviews back in -----------------------------------------------------------------------

    def import_reviews(self) -> None:
        project = self.controller.project
        if project is None or self.controller.busy():
            return
        files = file_dialogs.open_files(
            self.window,
            self.tr("Returned review packs"),
            project.path.parent,
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if files:
            self.read_reviews(files)

    def read_reviews(self, files: list[Path]) -> None:
        """Read the packs in the background, then show what they would change before applying."""
        project = self.controller.project
        if project is None:
            return

        def job(progress: Progress) -> ImportPlan:
            return read_packs(project, files, progress)

        tasks().run_project_work(
            project,
            "read-packs",
            self.tr("Reading review packs…"),
            job,
            on_done=self._plan_read,
            on_failed=self.job_failed,
            describe=lambda plan: self.tr("%n review packs read.", "", len(plan.packs)),
        )

    def _plan_read(self, plan: ImportPlan) -> None:
        if plan.errors:
            shown = "\n".join(f"• {issue_text(e)}" for e in plan.errors[:12])
            more = len(plan.errors) - 12
            if more > 0:
                shown += "\n" + self.tr("… and %n more", "", more)
            self.messages.error(
                self.tr("Nothing was imported"),
                shown + "\n\n" + self.tr("Correct these cells in the packs and import again."),
            )
            return
        dialog = ImportReviewsDialog(plan, self.window)
        dialog.accepted.connect(lambda: self.apply_reviews(plan, dialog.resolutions()))
        dialog.open()
        self.review_box = dialog

    def apply_reviews(self, plan: ImportPlan, resolutions: dict[tuple[int, str], Any]) -> None:
        project = self.controller.project
        if project is None:
            return

        def job(_progress: Progress) -> int:
            return apply_plan(project, plan, resolutions)

        tasks().run_project_work(
            project,
            "apply-packs",
            self.tr("Importing reviews…"),
            job,
            on_failed=self.job_failed,
            describe=lambda count: self.tr(
                "%n fields imported from the review packs.", "", int(count)
            ),
        )
