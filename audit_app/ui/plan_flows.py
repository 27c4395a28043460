"""The migration plan's other outputs and inputs in the app: redirect maps, the plan as CSV,
the management report, and the new site's addresses.

The same functions as the CLI run as background jobs through the window's task panel; words
for the user are made on the GUI thread, before the job starts or when its result arrives.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from audit_app.ui import file_dialogs
from exporters.labels import Lang
from exporters.options import BASE_URL_SETTING

if TYPE_CHECKING:
    from audit_app.ui.main_window import MainWindow

REDIRECT_SUFFIXES = {".conf": "nginx", ".config": "iis", ".txt": "apache", ".csv": "redirects-csv"}


class PlanFlows(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.box: QMessageBox | None = None
        self.redirects_action = QAction(self.tr("Export &redirects…"), window)
        self.redirects_action.triggered.connect(self.export_redirects)
        self.csv_action = QAction(self.tr("Export plan as &CSV…"), window)
        self.csv_action.triggered.connect(self.export_csv)
        self.report_action = QAction(self.tr("Management re&port…"), window)
        self.report_action.triggered.connect(self.export_report)
        self.new_urls_action = QAction(self.tr("Import &new addresses…"), window)
        self.new_urls_action.triggered.connect(self.import_new_urls)
        window.crawl_panel.stageFinished.connect(self._finished)

    def actions(self) -> list[QAction]:
        return [self.redirects_action, self.csv_action, self.report_action, self.new_urls_action]

    def _ready(self) -> bool:
        return self.window.project is not None and not self.window.crawl_panel.is_running()

    def _lang(self) -> Lang:
        return "en" if self.window.prefs.language == "en" else "nl"

    def _run(self, stage: str, title: str, job: Any) -> None:
        self.window.crawl_dock.show()
        self.window.crawl_dock.raise_()
        self.window.crawl_panel.run(stage, title, job)

    # --- exports ------------------------------------------------------------------------

    def export_redirects(self) -> None:
        if not self._ready():
            return
        assert self.window.project is not None
        path = file_dialogs.save_file(
            self.window,
            self.tr("Export redirects"),
            self.window.project.path.with_name("redirects.conf"),
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

        project = self.window.project
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
        assert self.window.project is not None
        path = file_dialogs.save_file(
            self.window,
            self.tr("Export plan as CSV"),
            self.window.project.path.with_suffix(".csv"),
            self.tr("CSV for Excel (*.csv)"),
        )
        if path:
            self.run_csv(path)

    def run_csv(self, path: Path) -> None:
        from exporters.csv_export import export_csv
        from exporters.options import ExportOptions

        project = self.window.project
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
        assert self.window.project is not None
        path = file_dialogs.save_file(
            self.window,
            self.tr("Management report"),
            self.window.project.path.with_name(self.window.project.path.stem + "-rapport.html"),
            self.tr("Web page (*.html)"),
        )
        if path:
            self.run_report(path)

    def run_report(self, path: Path) -> None:
        from exporters.report import export_report

        project = self.window.project
        if project is None:
            return
        lang = self._lang()
        done = self.tr("Report written to %1. Open it in a browser; print it as PDF from there.")

        def job(_progress: Any) -> Any:
            export_report(project, path, lang=lang)
            return done.replace("%1", str(path))

        self._run("report", self.tr("Writing the report…"), job)

    # --- new addresses in -----------------------------------------------------------------

    def import_new_urls(self) -> None:
        if not self._ready():
            return
        assert self.window.project is not None
        path = file_dialogs.open_file(
            self.window,
            self.tr("New addresses: a CSV from the new CMS or the new site's sitemap.xml"),
            self.window.project.path.parent,
            self.tr("Address lists (*.csv *.xml *.txt)"),
        )
        if path:
            self.read_new_urls(path)

    def read_new_urls(self, path: Path) -> None:
        from exporters.new_urls import NewUrlsError, read_new_urls, write_review_list

        project = self.window.project
        if project is None:
            return
        review = path.with_name(path.stem + "-te-controleren.csv")

        def job(_progress: Any) -> Any:
            try:
                plan = read_new_urls(project, path)
            except NewUrlsError as exc:
                return ("refused", str(exc), path)
            if plan.unsure and not plan.errors:
                write_review_list(plan, review)
            return ("read", plan, path, review)

        self._run("new-urls-read", self.tr("Reading new addresses…"), job)

    def _finished(self, stage: str, outcome: str, result: Any) -> None:
        if outcome != "done":
            return
        if stage == "new-urls-read":
            self._show_new_urls(result)
        elif stage == "new-urls-apply":
            self.window.statusBar().showMessage(str(result), 8000)

    def _show_new_urls(self, result: tuple[Any, ...]) -> None:
        if result[0] == "refused":
            self.window.show_error(self.tr("Nothing was imported"), result[1])
            return
        _kind, plan, path, review = result
        if plan.errors:
            shown = "\n".join(f"• {e}" for e in plan.errors[:12])
            self.window.show_error(
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

        project = self.window.project
        if project is None:
            return
        who = self.window.prefs.user_name
        done = self.tr("%1 new addresses saved.")

        def job(_progress: Any) -> Any:
            n = apply_new_urls(project, plan, who=who, source=f"new-urls:{path.name}")
            return done.replace("%1", str(n))

        self._run("new-urls-apply", self.tr("Saving new addresses…"), job)
