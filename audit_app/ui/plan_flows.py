"""The migration plan's other outputs and inputs in the app: redirect maps, the plan as CSV,
the management report, and the new site's addresses.

The same functions as the CLI run as background jobs through the task manager; words for the
user are made on the GUI thread, before the job starts or when its result arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from audit_app.ui import file_dialogs, help_viewer
from audit_app.ui.error_words import user_message
from audit_app.ui.import_words import issue_text
from audit_app.ui.messages import Messages
from audit_app.ui.project_controller import ProjectController, ProjectFlows
from audit_app.ui.taskman import tasks
from exporters.labels import Lang
from exporters.options import BASE_URL_SETTING

REDIRECT_SUFFIXES = {".conf": "nginx", ".config": "iis", ".txt": "apache", ".csv": "redirects-csv"}


class PlanFlows(ProjectFlows):
    def __init__(self, controller: ProjectController, messages: Messages, parent: QWidget) -> None:
        super().__init__(controller, messages, parent)
        self.box: QMessageBox | None = None
        self.redirects_action = QAction(self.tr("Export &redirects…"), parent)
        self.redirects_action.triggered.connect(self.export_redirects)
        self.csv_action = QAction(self.tr("Export plan as &CSV…"), parent)
        self.csv_action.triggered.connect(self.export_csv)
        self.report_action = QAction(self.tr("Management re&port…"), parent)
        self.report_action.triggered.connect(self.export_report)
        self.new_urls_action = QAction(self.tr("Import &new addresses…"), parent)
        self.new_urls_action.triggered.connect(self.import_new_urls)
        self.views_action = QAction(self.tr("Import page &views…"), parent)
        self.views_action.triggered.connect(self.import_views)

    def actions(self) -> list[QAction]:
        return [
            self.redirects_action,
            self.csv_action,
            self.report_action,
            self.new_urls_action,
            self.views_action,
        ]

    def _ready(self) -> bool:
        return self.controller.project is not None and not self.controller.busy()

    def _lang(self) -> Lang:
        return "en" if self.controller.prefs.language == "en" else "nl"

    def _run(
        self,
        stage: str,
        title: str,
        job: Any,
        on_done: Callable[[Any], None] | None = None,
        describe: Callable[[Any], str] | None = None,
    ) -> None:
        project = self.controller.project
        if project is None:
            return
        tasks().run_project_work(
            project,
            stage,
            title,
            job,
            on_done=on_done,
            on_failed=self.job_failed,
            describe=describe or (lambda result: result if isinstance(result, str) else ""),
        )

    # --- exports ------------------------------------------------------------------------

    def export_redirects(self) -> None:
        if not self._ready():
            return
        assert self.controller.project is not None
        path = file_dialogs.save_file(
            self.window,
            self.tr("Export redirects"),
            self.controller.project.path.with_name("redirects.conf"),
            self.tr(
                "nginx map (*.conf);;IIS web.config (*.config);;Apache RewriteMap (*.txt);;"
                "All old addresses as CSV (*.csv)"
            ),
        )
        if path:
            self.run_redirects(path)

    def run_redirects(self, path: Path) -> None:
        from exporters.options import ExportOptions
        from exporters.redirects import export_missing, export_redirects

        project = self.controller.project
        if project is None:
            return
        fmt = REDIRECT_SUFFIXES.get(path.suffix.lower(), "nginx")
        base = str(project.setting(BASE_URL_SETTING) or "/")
        options = ExportOptions(lang=self._lang(), base_url=base)
        report = path.with_name(path.stem + "-zonder-doel.csv")
        done = self.tr("%1 redirects written to %2.")
        missing_text = self.tr("%1 old addresses have no target yet; the list is in %2.")

        def job(progress: Any) -> Any:
            n = export_redirects(project, path, fmt=fmt, options=options, progress=progress)
            missing = export_missing(project, report, lang=options.lang)
            text = done.replace("%1", str(n)).replace("%2", str(path))
            if missing:
                text += " " + missing_text.replace("%1", str(missing)).replace("%2", str(report))
            return text

        self._run("redirects", self.tr("Writing redirects…"), job)

    def export_csv(self) -> None:
        if not self._ready():
            return
        assert self.controller.project is not None
        path = file_dialogs.save_file(
            self.window,
            self.tr("Export plan as CSV"),
            self.controller.project.path.with_suffix(".csv"),
            self.tr("CSV for Excel (*.csv)"),
        )
        if path:
            self.run_csv(path)

    def run_csv(self, path: Path) -> None:
        from exporters.csv_export import export_csv
        from exporters.options import ExportOptions

        project = self.controller.project
        if project is None:
            return
        # Dutch Excel splits on ";" (the comma is its decimal sign)
        options = ExportOptions(lang=self._lang(), semicolon=self._lang() == "nl")
        done = self.tr("%1 pages written to %2")

        def job(progress: Any) -> Any:
            n = export_csv(project, path, options=options, progress=progress)
            return done.replace("%1", str(n)).replace("%2", str(path))

        self._run("csv", self.tr("Writing CSV…"), job)

    def export_report(self) -> None:
        if not self._ready():
            return
        assert self.controller.project is not None
        path = file_dialogs.save_file(
            self.window,
            self.tr("Management report"),
            self.controller.project.path.with_name(
                self.controller.project.path.stem + "-rapport.html"
            ),
            self.tr("Web page (*.html)"),
        )
        if path:
            self.run_report(path)

    def run_report(self, path: Path) -> None:
        from exporters.report import export_report

        project = self.controller.project
        if project is None:
            return
        lang = self._lang()
        done = self.tr("Report written to %1. Open it in a browser; print it as PDF from there.")

        def job(_progress: Any) -> Any:
            export_report(project, path, lang=lang)
            return done.replace("%1", str(path))

        self._run("report", self.tr("Writing the report…"), job)

    # --- page views in ----------------------------------------------------------------------

    def import_views(self) -> None:
        if not self._ready():
            return
        project = self.controller.project
        assert project is not None
        path = file_dialogs.open_file(
            self.window,
            self.tr("Page views from the old statistics (CSV: address and views)"),
            project.path.parent,
            self.tr("CSV files (*.csv *.txt)"),
        )
        if path:
            self.read_views(path)

    def read_views(self, path: Path) -> None:
        """Page views in, then signals and suggestions again (no text analysis)."""
        from audit_app.core.scoring.runner import score_project
        from audit_app.core.scoring.views_import import import_views

        project = self.controller.project
        if project is None:
            return

        def job(progress: Any) -> Any:
            result = import_views(project, path)
            score_project(project, progress, only_cheap=True)
            return result

        # the window reloads its views when project work ends (MainWindow._task_ended)
        self._run("views", self.tr("Reading page views…"), job, describe=self._views_text)

    def _views_text(self, r: Any) -> str:
        """What a page-view import did (core.scoring.views_import.ViewsImportResult), in words."""
        return (
            self.tr("%n line(s) read:", "", r.rows)
            + " "
            + self.tr(
                "%1 matched to %n page(s), %2 not found, %3 skipped (no number).", "", r.pages
            )
            .replace("%1", str(r.matched_rows))
            .replace("%2", str(r.unmatched_rows))
            .replace("%3", str(r.skipped_rows))
        )

    # --- new addresses in -----------------------------------------------------------------

    def import_new_urls(self) -> None:
        if not self._ready():
            return
        assert self.controller.project is not None
        path = file_dialogs.open_file(
            self.window,
            self.tr("New addresses: a CSV from the new CMS or the new site's sitemap.xml"),
            self.controller.project.path.parent,
            self.tr("Address lists (*.csv *.xml *.txt)"),
        )
        if path:
            self.read_new_urls(path)

    def read_new_urls(self, path: Path) -> None:
        from exporters.new_urls import NewUrlsError, read_new_urls, write_review_list

        project = self.controller.project
        if project is None:
            return
        review = path.with_name(path.stem + "-te-controleren.csv")

        def job(_progress: Any) -> Any:
            try:
                plan = read_new_urls(project, path)
            except NewUrlsError as exc:
                return ("refused", exc, path)
            if plan.unsure and not plan.errors:
                write_review_list(plan, review)
            return ("read", plan, path, review)

        self._run("new-urls-read", self.tr("Reading new addresses…"), job, self._show_new_urls)

    def _show_new_urls(self, result: tuple[Any, ...]) -> None:
        if result[0] == "refused":
            self.messages.error(self.tr("Nothing was imported"), user_message(result[1]))
            return
        _kind, plan, path, review = result
        if plan.errors:
            shown = "\n".join(f"• {issue_text(e)}" for e in plan.errors[:12])
            self.messages.error(
                self.tr("Nothing was imported"),
                shown + "\n\n" + self.tr("Correct these lines and import again."),
            )
            return
        text = self.tr("New addresses for %1 pages and %2 navigation items.")
        text = text.replace("%1", str(len(plan.pages))).replace("%2", str(len(plan.nodes)))
        if plan.unsure:
            text += "\n\n" + self.tr(
                "%1 matches are uncertain and are not imported. They are listed in %2: "
                "remove the wrong lines and import that list."
            ).replace("%1", str(len(plan.unsure))).replace("%2", str(review))
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Import new addresses"))
        box.setText(text)
        help_viewer.offer_help(box, help_viewer.NEW_URL)
        apply = box.addButton(self.tr("Import"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        apply.setEnabled(bool(plan.pages or plan.nodes))
        box.buttonClicked.connect(
            lambda button: self.apply_new_urls(plan, path) if button is apply else None
        )
        self.box = box
        box.open()

    def apply_new_urls(self, plan: Any, path: Path) -> None:
        from exporters.new_urls import apply_new_urls

        project = self.controller.project
        if project is None:
            return
        who = self.controller.prefs.user_name
        done = self.tr("%1 new addresses saved.")

        def job(_progress: Any) -> Any:
            n = apply_new_urls(project, plan, who=who, source=f"new-urls:{path.name}")
            return done.replace("%1", str(n))

        self._run("new-urls-apply", self.tr("Saving new addresses…"), job)
