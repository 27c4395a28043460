"""F1 and a Help button in every dialog open the user guide where that dialog is explained."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument, QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QInputDialog
from pytestqt.qtbot import QtBot

import audit_app.ui
from audit_app.core.project import Project
from audit_app.ui import help_viewer
from audit_app.ui.about_dialog import AboutDialog
from audit_app.ui.help_viewer import GuidedDialog, HelpViewer, Topic
from audit_app.ui.import_dialog import ImportReviewsDialog
from audit_app.ui.main_window import MainWindow
from audit_app.ui.nav_picker import NavPicker
from audit_app.ui.new_audit_dialog import NewAuditDialog
from audit_app.ui.own_words_dialog import OwnWordsDialog
from audit_app.ui.review_pack_dialog import ReviewPackDialog
from audit_app.ui.reviewers_dialog import ReviewerForm, ReviewersDialog
from audit_app.ui.server_dialog import ServerDialog
from audit_app.ui.settings import Preferences, PreferencesDialog
from audit_app.ui.thresholds_dialog import ThresholdsDialog
from exporters.review_plan import ImportPlan
from tests.ui.test_main_window import open_project, project_path, window  # noqa: F401


def _dialog_classes() -> list[type[QDialog]]:
    for info in pkgutil.iter_modules(audit_app.ui.__path__, "audit_app.ui."):
        importlib.import_module(info.name)
    found: list[type[QDialog]] = []
    todo = list(QDialog.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        mine = cls.__module__.startswith("audit_app.ui.")
        if mine and cls not in found and cls not in (HelpViewer, GuidedDialog):
            found.append(cls)
    return found


def _resolves(topic: Topic) -> bool:
    folder = help_viewer.help_dir()
    assert folder is not None
    page = folder / topic.page
    if not page.is_file():
        return False
    if topic.heading is None:
        return True
    document = QTextDocument()
    document.setMarkdown(page.read_text(encoding="utf-8"))
    return help_viewer.block_of(document, topic.heading) is not None


def test_every_dialog_declares_a_topic_of_the_guide(qapp: QApplication) -> None:
    classes = _dialog_classes()
    assert len(classes) >= 11  # the walk finds the dialogs at all
    for cls in classes:
        assert issubclass(cls, GuidedDialog), f"{cls.__name__} has no F1"
        topic = vars(cls).get("help_topic")
        assert isinstance(topic, Topic), f"{cls.__name__} names no help topic of its own"
        assert _resolves(topic), f"{cls.__name__}: {topic} is not in the guide"


def test_every_topic_is_in_the_guide(qapp: QApplication) -> None:
    topics = [t for t in vars(help_viewer).values() if isinstance(t, Topic)]
    assert len(topics) > 15
    for topic in topics:
        assert _resolves(topic), topic
    assert not _resolves(Topic("app.md", "Bestaat niet"))
    # a heading, not an earlier mention in a sentence
    assert not _resolves(Topic("export-and-review-packs.md", "adressen inlezen"))


DIALOGS: dict[str, Callable[[Project, Path], QDialog]] = {
    "about": lambda p, tmp: AboutDialog(p.path, str(tmp / "prefs.ini")),
    "import reviews": lambda p, tmp: ImportReviewsDialog(ImportPlan()),
    "place": lambda p, tmp: NavPicker([], {}, page_title="Verlof"),
    "new audit": lambda p, tmp: NewAuditDialog(default_folder=tmp),
    "own words": lambda p, tmp: OwnWordsDialog(p, QUndoStack()),
    "review packs": lambda p, tmp: ReviewPackDialog(None, tmp, None),
    "reviewer": lambda p, tmp: ReviewerForm(),
    "reviewers": lambda p, tmp: ReviewersDialog(p, QUndoStack()),
    "server": lambda p, tmp: ServerDialog(),
    "preferences": lambda p, tmp: PreferencesDialog(Preferences(store=None)),
    "thresholds": lambda p, tmp: ThresholdsDialog(p),
}


def test_every_dialog_with_buttons_has_help(
    qtbot: QtBot, project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONTENT_AUDIT_SETTINGS", str(tmp_path / "prefs.ini"))
    made = set()
    for name, make in DIALOGS.items():
        dialog = make(project, tmp_path)
        qtbot.addWidget(dialog)
        made.add(type(dialog))
        boxes = [b for b in dialog.findChildren(QDialogButtonBox) if b.window() is dialog]
        assert boxes, name
        for box in boxes:
            roles = [box.buttonRole(b) for b in box.buttons()]
            assert QDialogButtonBox.ButtonRole.HelpRole in roles, name
        box = boxes[0]
        help_button = next(
            b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.HelpRole
        )
        help_button.click()
        viewer = dialog.findChild(HelpViewer)
        assert viewer is not None, name
        assert viewer.current_page() == type(dialog).help_topic.page, name  # type: ignore[attr-defined]
        viewer.close()
    assert made == set(_dialog_classes())


def test_f1_in_a_dialog_opens_its_section(qtbot: QtBot, project: Project) -> None:
    dialog = ThresholdsDialog(project)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.editors["b1_min"].setFocus()
    qtbot.keyClick(dialog.editors["b1_min"], Qt.Key.Key_F1)
    viewer = dialog.findChild(HelpViewer)
    assert viewer is not None
    qtbot.waitExposed(viewer)
    assert viewer.current_page() == "scoring.md"
    assert viewer.contents.currentItem().text().startswith("Scoren")
    upper_third = viewer.browser.viewport().height() // 3
    qtbot.waitUntil(lambda: 0 <= (viewer.position_of("Drempels aanpassen") or -1) < upper_third)
    # the page's top is scrolled away: the section is shown, not the start of the page
    assert viewer.browser.verticalScrollBar().value() > 0
    viewer.close()


def test_f1_in_a_question_opens_its_section(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    project_path: Path,  # noqa: F811
) -> None:
    open_project(qtbot, window, project_path)
    window.table.selectRow(0)
    seen: list[str | None] = []

    def press_f1() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog) or not dialog.isActiveWindow():
            QTimer.singleShot(20, press_f1)
            return
        box = dialog.findChild(QDialogButtonBox)
        roles = [box.buttonRole(b) for b in box.buttons()]
        assert QDialogButtonBox.ButtonRole.HelpRole in roles
        qtbot.keyClick(dialog, Qt.Key.Key_F1)
        viewer = dialog.findChild(HelpViewer)
        seen.append(viewer.current_page() if viewer is not None else None)
        if viewer is not None:
            seen.append(str(viewer.position_of("Nieuwe adressen inlezen") is not None))
            viewer.close()
        dialog.reject()

    QTimer.singleShot(0, press_f1)
    window.window_actions.new_url_action.trigger()
    assert seen == ["export-and-review-packs.md", "True"]


def test_f1_on_a_notice_opens_the_guide(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    project_path: Path,  # noqa: F811
) -> None:
    """An error or notice box is modal to the window: F1 in it still opens the guide."""
    open_project(qtbot, window, project_path)
    window.table.setFocus()
    box = window.messages.error("Niet gelukt", "Iets ging mis.")
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    qtbot.keyClick(box, Qt.Key.Key_F1)
    viewer = box.findChild(HelpViewer)
    assert viewer is not None and viewer.current_page() == "app.md"
    viewer.close()
    box.close()
