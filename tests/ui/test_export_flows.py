"""Export, review packs out and back in, from the window's menus (real files, openpyxl)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from audit_app.core.changes import FieldChange, apply_changes
from audit_app.core.project import Project
from audit_app.ui.main_window import MainWindow
from audit_app.ui.settings import Preferences
from tests.ui.factory import make_project


@pytest.fixture
def window(qtbot: QtBot, prefs: Preferences, tmp_path: Path) -> Iterator[MainWindow]:
    project = make_project(tmp_path / "plan.audit", 40)
    with project.transaction() as conn:
        conn.execute(text("INSERT INTO reviewers (id, name) VALUES (1, 'Fatima Bakker')"))
        apply_changes(
            conn,
            [FieldChange("decision", i, "reviewer_id", 1) for i in range(1, 11)],
            who="test",
        )
    w = MainWindow(prefs, use_webengine=False)
    qtbot.addWidget(w)
    w.set_project(project)
    yield w
    w.close()


def finish(qtbot: QtBot, window: MainWindow) -> list[tuple[str, str, object]]:
    ended: list[tuple[str, str, object]] = []
    window.progress_panel.stageFinished.connect(lambda *args: ended.append(args))
    qtbot.waitUntil(lambda: bool(ended), timeout=60000)
    return ended


def test_export_workbook(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.window_actions.export_action.isEnabled()
    target = tmp_path / "migratieplan.xlsx"
    window.transfers.run_export(target)
    ((stage, outcome, message),) = finish(qtbot, window)
    assert (stage, outcome) == ("export", "done")
    assert "40" in str(message)
    wb = openpyxl.load_workbook(target)
    ws = wb.worksheets[0]
    urls = {str(v) for row in ws.iter_rows(values_only=True) for v in row if v}
    assert any("/p17.html" in u for u in urls)
    wb.close()


def test_review_packs_out_and_back(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    window.transfers.run_review_packs(folder, "Anja", date(2026, 12, 18))
    ((stage, outcome, message),) = finish(qtbot, window)
    assert (stage, outcome) == ("packs", "done"), message
    packs = sorted(folder.glob("*.xlsx"))
    assert len(packs) == 1 and "1" in str(message)
    first = openpyxl.load_workbook(packs[0]).worksheets[0]
    assert "Stuur dit bestand uiterlijk 18 december 2026 ingevuld terug naar Anja." in [
        c.value for c in first["B"]
    ]

    window.controller.decide("keep", [1])  # something to undo, from before the import
    assert window.undo_stack.count() == 1
    window.transfers.read_reviews(packs)
    qtbot.waitUntil(lambda: window.transfers.review_box is not None, timeout=60000)
    box = window.transfers.review_box
    assert box is not None
    assert "0" in box.summary.text()  # nothing changed in the pack yet
    assert box.table is None  # and no conflicts to choose
    import_button = box.import_button
    ended: list[tuple[str, str, object]] = []
    window.progress_panel.stageFinished.connect(lambda *args: ended.append(args))
    import_button.click()
    qtbot.waitUntil(lambda: bool(ended), timeout=60000)
    assert ended[0][:2] == ("apply-packs", "done")
    with Project.open(window.project.path) as p, p.read() as conn:  # type: ignore[union-attr]
        imported = conn.execute(text("SELECT imported_at FROM review_packs")).scalar()
    assert imported
    # The import keeps the undo history: the earlier decision can still be undone.
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    with Project.open(window.project.path) as p, p.read() as conn:  # type: ignore[union-attr]
        assert (
            conn.execute(text("SELECT decision FROM decisions WHERE page_id = 1")).scalar() is None
        )


def test_broken_pack_is_refused_with_a_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bogus = tmp_path / "kapot.xlsx"
    bogus.write_bytes(b"dit is geen werkmap")
    window.transfers.read_reviews([bogus])
    qtbot.waitUntil(
        lambda: window.messages.error_box is not None and window.messages.error_box.isVisible(),
        timeout=60000,
    )
    assert "kapot.xlsx" in window.messages.error_box.text()  # type: ignore[union-attr]


def test_the_packs_menu_asks_folder_return_address_and_deadline(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtCore import QDate, QTimer
    from PySide6.QtWidgets import QApplication

    from audit_app.ui.review_pack_dialog import ReviewPackDialog

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReviewPackDialog):
            QTimer.singleShot(20, fill)
            return
        dialog.folder.setText(str(tmp_path / "rondgang"))
        dialog.return_to.setText("webredactie@gemeente.example")
        dialog.deadline.setDate(QDate(2027, 1, 8))
        dialog.accept()

    QTimer.singleShot(0, fill)
    window.transfers.make_review_packs()
    ((stage, outcome, message),) = finish(qtbot, window)
    assert (stage, outcome) == ("packs", "done"), message
    (pack,) = (tmp_path / "rondgang").glob("*.xlsx")
    lines = [c.value for c in openpyxl.load_workbook(pack).worksheets[0]["B"]]
    assert (
        "Stuur dit bestand uiterlijk 8 januari 2027 ingevuld terug naar "
        "webredactie@gemeente.example." in lines
    )


def _pages(project_path: Path) -> list[tuple[int, str]]:
    with Project.open(project_path) as p, p.read() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT id, url FROM pages ORDER BY id"))]


def test_file_menu_has_the_plans_outputs(window: MainWindow) -> None:
    texts = [a.text() for a in window.plan_flows.actions()]
    assert len(texts) == 5 and all(texts)
    file_menu = window.menuBar().actions()[0].menu()
    assert set(window.plan_flows.actions()) <= set(file_menu.actions())


def test_page_views_from_the_app(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.project is not None
    (_first_id, first_url), *_ = _pages(window.project.path)
    views = tmp_path / "statistieken.csv"
    views.write_text(f"Pagina;Weergaven\n{first_url};1.234\n", encoding="utf-8")
    window.plan_flows.read_views(views)
    ((stage, outcome, message),) = finish(qtbot, window)
    assert (stage, outcome) == ("views", "done"), message
    with window.project.read() as conn:
        got = conn.execute(text("SELECT views FROM page_views")).scalars().all()
    assert got == [1234]
    # in the user's language, not the CLI's Dutch sentence
    assert message == "1 line read: 1 matched to 1 page, 0 not found, 0 skipped (no number).", (
        message
    )


def test_redirects_csv_and_report_from_the_app(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
) -> None:
    window.plan_flows.run_redirects(tmp_path / "redirects.conf")
    ((stage, outcome, message),) = finish(qtbot, window)
    assert (stage, outcome) == ("redirects", "done"), message
    assert "map $request_uri" in (tmp_path / "redirects.conf").read_text(encoding="utf-8")
    window.plan_flows.run_csv(tmp_path / "plan.csv")
    ((stage, outcome, message),) = finish(qtbot, window)
    assert (stage, outcome) == ("csv", "done"), message
    assert (tmp_path / "plan.csv").read_bytes().startswith(b"\xef\xbb\xbfID;")
    window.plan_flows.run_report(tmp_path / "rapport.html")
    ((stage, outcome, message),) = finish(qtbot, window)
    assert (stage, outcome) == ("report", "done"), message
    assert "<svg" in (tmp_path / "rapport.html").read_text(encoding="utf-8")


def test_new_addresses_are_previewed_then_saved(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
) -> None:
    assert window.project is not None
    path = window.project.path
    (first_id, first_url), *_ = _pages(path)
    csv_file = tmp_path / "cms.csv"
    csv_file.write_text(f"{first_url};https://nieuw.example/eerste\n", encoding="utf-8")
    window.plan_flows.read_new_urls(csv_file)
    finish(qtbot, window)
    qtbot.waitUntil(lambda: window.plan_flows.box is not None, timeout=10000)
    box = window.plan_flows.box
    assert box is not None and "1" in box.text()
    ended: list[tuple[str, str, object]] = []
    window.progress_panel.stageFinished.connect(lambda *args: ended.append(args))
    accept = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    accept.click()
    qtbot.waitUntil(lambda: bool(ended), timeout=60000)
    assert ended[0][:2] == ("new-urls-apply", "done")
    box.close()
    with window.project.read() as conn:
        value = conn.execute(
            text("SELECT new_url FROM decisions WHERE page_id = :i"), {"i": first_id}
        ).scalar()
    assert value == "https://nieuw.example/eerste"
