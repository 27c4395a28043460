"""Preferences in QSettings and the Dutch / English user interface."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from audit_app.ui.i18n import install_translators
from audit_app.ui.main_window import MainWindow
from audit_app.ui.settings import MAX_RECENT, Preferences, PreferencesDialog


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_dutch_is_the_default(qtbot: QtBot, prefs: Preferences, dutch: None) -> None:
    assert prefs.language == "nl"
    w = MainWindow(prefs, use_webengine=False)
    qtbot.addWidget(w)
    assert menu_titles(w) == ["&Bestand", "Be&werken", "Be&eld", "&Audit", "&Help"]
    assert w.start_screen.new_button.text() == "Nieuwe audit"
    assert w.start_screen.open_button.text() == "Project openen"
    assert w.start_screen.demo_button.text() == "Demo bekijken"
    assert w.window_actions.decision_actions["keep"].text() == "&Behouden"


def test_english_can_be_chosen(qtbot: QtBot, prefs: Preferences, qapp: QApplication) -> None:
    install_translators(qapp, "en")
    w = MainWindow(prefs, use_webengine=False)
    qtbot.addWidget(w)
    assert menu_titles(w) == ["&File", "&Edit", "&View", "&Audit", "&Help"]


def test_recent_projects_newest_first_and_capped(prefs: Preferences, tmp_path: Path) -> None:
    paths = [tmp_path / f"p{i}.audit" for i in range(MAX_RECENT + 3)]
    for p in paths:
        prefs.add_recent(p)
    prefs.add_recent(paths[2])
    recent = prefs.recent_projects
    assert len(recent) == MAX_RECENT
    assert recent[0] == paths[2].resolve()
    assert recent[1] == paths[-1].resolve()
    prefs.remove_recent(paths[2])
    assert paths[2].resolve() not in prefs.recent_projects


def test_preferences_dialog_saves_name_and_language(qtbot: QtBot, prefs: Preferences) -> None:
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.name.setText("  Joris Jansen ")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    again = Preferences(prefs.store)
    assert again.user_name == "Joris Jansen"
    assert again.language == "en"
    with pytest.raises(ValueError):
        prefs.language = "fr"


def test_user_name_defaults_to_environment(
    prefs: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONTENT_AUDIT_USER", "Piet")
    assert prefs.user_name == "Piet"
    assert prefs.user_name_confirmed


def test_window_layout_is_remembered(qtbot: QtBot, prefs: Preferences) -> None:
    w = MainWindow(prefs, use_webengine=False)
    qtbot.addWidget(w)
    w.show()
    w.resize(780, 560)
    w.close()
    assert prefs.window_geometry is not None
    w2 = MainWindow(prefs, use_webengine=False)
    qtbot.addWidget(w2)
    assert (w2.width(), w2.height()) == (780, 560)


def test_dutch_catalogue_is_complete_and_compiled() -> None:
    import xml.etree.ElementTree as ET

    from audit_app.ui.i18n import I18N_DIR

    ts = ET.parse(I18N_DIR / "content_audit_nl.ts").getroot()
    untranslated = [
        m.findtext("source")
        for m in ts.iter("message")
        if (tr := m.find("translation")) is not None
        and tr.get("type") not in ("vanished", "obsolete")
        and (tr.get("type") == "unfinished" or not ("".join(tr.itertext())).strip())
    ]
    assert untranslated == []
    qm = I18N_DIR / "content_audit_nl.qm"
    assert qm.stat().st_mtime >= (I18N_DIR / "content_audit_nl.ts").stat().st_mtime - 1
