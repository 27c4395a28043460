"""Dutch all the way: Qt's own buttons, numbers with a decimal comma, plurals that agree."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from audit_app.core.crawl_job import CrawlSummary
from audit_app.ui.progress_panel import ProgressPanel
from audit_app.ui.taskman import ManagedTask


def test_qt_own_dialog_buttons_are_dutch(qtbot: QtBot, dutch: None) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes
    )
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Annuleren", "Ja"}
    assert QLocale().toString(3.5, "f", 1) == "3,5"


def test_plural_forms_agree_with_the_number(qtbot: QtBot, dutch: None) -> None:
    one = QCoreApplication.translate("ProjectController", "Accept suggestion (%n pages)", "", 1)
    many = QCoreApplication.translate("ProjectController", "Accept suggestion (%n pages)", "", 4)
    assert one == "Suggestie overnemen (1 pagina)"
    assert many == "Suggestie overnemen (4 pagina's)"


def test_crawl_summary_in_words(qtbot: QtBot, dutch: None) -> None:
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    summary = CrawlSummary(
        run_id=1, status="finished", stop_reason=None, resumed=False, fetched=30,
        fetched_total=30, errors=7, queued=3, traps=0, excluded=0, aliases=0,
        external_links=0, seconds=1.0, pages_per_second=1.0, pages_in_project=21,
        fetched_pages=14, fetched_broken=7, fetched_assets=1, merged=8,
    )  # fmt: skip
    managed = ManagedTask.__new__(ManagedTask)
    managed.result, managed.describe = summary, None
    assert panel.summary_text(managed) == (
        "30 adressen opgehaald: 14 pagina's en documenten, 7 fouten, 1 afbeelding of ander"
        " bestand, 8 samengevoegd met een andere regel. In de tabel: 21 pagina's en documenten."
        " 3 nog in de wachtrij."
    )


def test_the_window_title_names_the_program_once(qtbot: QtBot, dutch: None) -> None:
    """Qt adds the program's name to a window title that does not hold it already: the Dutch
    title must use the same name, or it reads "Demo — Content-audit — Content audit"."""
    from audit_app.ui.app import DISPLAY_NAME

    title = QCoreApplication.translate("MainWindow", "%1 — Content audit").replace("%1", "Demo")
    assert title.endswith(DISPLAY_NAME), title
    assert QCoreApplication.translate("MainWindow", "Content audit") == DISPLAY_NAME
