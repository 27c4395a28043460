"""Filling a project: a new audit, resuming a crawl, scoring again, and the demo.

Each job is built here from plain values (the project, a CrawlConfig) and runs through the task
manager; a finished crawl is followed by scoring, as the user expects to see scores at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget

# Imported here, not in the job: the first import of the crawler (lxml, requests) and the
# scorer (numpy) holds the interpreter lock for a long stretch, which must not happen on a
# worker while the window is busy.
from audit_app.core import page_query
from audit_app.core.crawl_job import crawl_sample_intranet, run_crawl
from audit_app.core.progress import Progress
from audit_app.core.project import PROJECT_SUFFIX, Project
from audit_app.core.scoring.runner import score_project
from audit_app.ui import help_viewer
from audit_app.ui.error_words import user_message
from audit_app.ui.messages import Messages
from audit_app.ui.new_audit_dialog import NewAuditDialog
from audit_app.ui.project_controller import ProjectController, ProjectFlows
from audit_app.ui.taskman import tasks
from crawlers.config import CrawlConfig


class CrawlFlows(ProjectFlows):
    def __init__(self, controller: ProjectController, messages: Messages, parent: QWidget) -> None:
        super().__init__(controller, messages, parent)
        self.new_audit_dialog: NewAuditDialog | None = None
        self.resume_box: QMessageBox | None = None

    def _project_folder(self) -> Path:
        recent = self.controller.prefs.recent_projects
        return recent[0].parent if recent else Path.home()

    # ---- a new audit -----------------------------------------------------------------------

    def new_audit(self) -> None:
        if self.controller.busy():
            return
        dialog = NewAuditDialog(self.window, self._project_folder())
        dialog.accepted.connect(lambda: self.start_new_audit(dialog.result_audit()))
        dialog.open()
        self.new_audit_dialog = dialog

    def start_new_audit(self, audit: Any) -> None:
        """Create the project file and crawl into it; the table fills when the crawl ends."""
        if self.controller.busy():
            return
        try:
            project = Project.create(audit.project_path)
        except Exception as exc:
            self.messages.error(
                self.tr("The project could not be created"),
                user_message(exc)
                + "\n\n"
                + self.tr("Choose another place or name for the project file."),
            )
            return
        self.controller.set_project(project)
        self.start_crawl(audit.config)

    # ---- crawling and scoring ------------------------------------------------------------------

    def start_crawl(self, config: CrawlConfig, *, then_score: bool = True) -> None:
        project = self.controller.project
        if project is None:
            return

        def job(progress: Progress) -> Any:
            return run_crawl(project, config, progress)

        self._crawl(project, self.tr("Crawling the old intranet…"), job, then_score)

    def _crawl(self, project: Project, title: str, job: Any, then_score: bool) -> None:
        def crawled(_summary: Any) -> None:
            if then_score and self.controller.project is project:
                self.rescore()

        tasks().run_project_work(
            project, "crawl", title, job, on_done=crawled, on_failed=self._crawl_failed
        )

    def _crawl_failed(self, message: str) -> None:
        self.messages.error(
            self.tr("The task stopped with an error"),
            message
            + "\n\n"
            + self.tr(
                "What was done so far is saved. Check the address "
                "and login, then try again with Audit > Resume crawl."
            ),
        )

    def resume_crawl(self) -> None:
        """Go on with the last crawl; a finished one is crawled again only when the user says so."""
        project = self.controller.project
        if project is None:
            return
        with project.read() as conn:
            row = page_query.last_crawl(conn)
        if row is None:
            self.messages.error(
                self.tr("No crawl to resume"),
                self.tr("This project has no crawl yet. Use File > New audit."),
            )
            return
        config = CrawlConfig.from_dict(row[0])
        if row[1] != "finished":
            self.start_crawl(config)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Crawl again?"),
            self.tr(
                "The last crawl has finished. Crawling again fetches every page once more and "
                "updates what was found; decisions, new places and notes stay as they are."
            ),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        help_viewer.offer_help(box, help_viewer.CRAWL)
        again = box.addButton(self.tr("Crawl again"), QMessageBox.ButtonRole.AcceptRole)
        box.buttonClicked.connect(lambda b: self.start_crawl(config) if b is again else None)
        box.open()
        self.resume_box = box

    def rescore(self) -> None:
        project = self.controller.project
        if project is None:
            return

        def job(progress: Progress) -> Any:
            return score_project(project, progress, isolate=True)

        tasks().run_project_work(
            project,
            "score",
            self.tr("Scoring pages…"),
            job,
            on_failed=self.job_failed,
        )

    # ---- the demo --------------------------------------------------------------------------------

    def run_demo_crawl(self) -> None:
        """Crawl the bundled sample intranet into the open project (served on 127.0.0.1)."""
        project = self.controller.project
        if project is None:
            return

        def job(progress: Progress) -> Any:
            return crawl_sample_intranet(project, progress)

        self._crawl(project, self.tr("Crawling the sample intranet…"), job, True)

    def open_demo(self, path: Path | None = None) -> None:
        """A demo project (the app's own, or *path*), crawled and scored when still empty."""
        if self.controller.busy():
            return
        if path is None:
            folder = Path(
                QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
            )
            path = folder / f"demo{PROJECT_SUFFIX}"
        try:
            project = Project.create(path, name="Demo")
        except Exception as exc:
            self.messages.error(self.tr("The demo could not be started"), user_message(exc))
            return
        self.controller.set_project(project)
        model = self.controller.model
        if model is not None and model.rowCount() == 0:
            self.run_demo_crawl()
