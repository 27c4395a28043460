"""Audit > Scoring thresholds: edit the project's limits with their explanations, then re-score."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from audit_app.core.project import Project
from audit_app.core.scoring.settings import ScoringSettings, load_settings
from audit_app.ui.main_window import MainWindow
from audit_app.ui.settings import Preferences
from audit_app.ui.thresholds_dialog import ThresholdsDialog, groups
from tests.ui.factory import make_project


def test_every_threshold_is_editable_with_an_explanation(qtbot: QtBot, project: Project) -> None:
    dialog = ThresholdsDialog(project)
    qtbot.addWidget(dialog)
    keys = [row[0] for _title, rows in groups() for row in rows]
    assert sorted(keys) == sorted(ScoringSettings().to_dict())
    assert all(len(row[2]) > 20 for _t, rows in groups() for row in rows)
    dialog.editors["b1_min"].setValue(65)
    dialog.editors["rewrite_years"].setValue(3)
    dialog.accept()
    saved = load_settings(project)
    assert (saved.b1_min, saved.rewrite_years) == (65.0, 3.0)
    assert dialog.changed


def test_impossible_limits_are_explained_and_not_saved(qtbot: QtBot, project: Project) -> None:
    dialog = ThresholdsDialog(project)
    qtbot.addWidget(dialog)
    dialog.editors["age_lt2"].setValue(8)
    dialog.editors["above_b1_max"].setValue(90)
    dialog.accept()
    assert "age bands" in dialog.error.text() and "B1" in dialog.error.text()
    assert load_settings(project) == ScoringSettings()
    dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.RestoreDefaults
    ).click()
    assert dialog.values() == ScoringSettings()


def test_saving_scores_the_project_again(qtbot: QtBot, tmp_path: Path, prefs: Preferences) -> None:
    make_project(tmp_path / "drempels.audit", 20).close()
    window = MainWindow(prefs, use_webengine=False)
    qtbot.addWidget(window)
    window.open_project(tmp_path / "drempels.audit")
    qtbot.waitUntil(lambda: window.project is not None)
    stages: list[tuple[str, str]] = []
    window.progress_panel.stageFinished.connect(lambda st, out, _r: stages.append((st, out)))
    window.window_actions.thresholds_action.trigger()
    dialog = window.thresholds_dialog
    dialog.editors["thin_words"].setValue(80)
    dialog.accept()
    qtbot.waitUntil(lambda: ("score", "done") in stages, timeout=60000)
    assert window.project is not None
    assert load_settings(window.project).thin_words == 80
    window.close()
