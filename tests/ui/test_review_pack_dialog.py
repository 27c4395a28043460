from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from audit_app.ui.review_pack_dialog import ReviewPackDialog


def test_dialog_offers_the_remembered_address_and_a_deadline(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ReviewPackDialog(None, tmp_path / "packs", "webredactie@gemeente.example")
    qtbot.addWidget(dialog)
    chosen = dialog.choices()
    assert chosen.folder == tmp_path / "packs"
    assert chosen.return_to == "webredactie@gemeente.example"
    assert chosen.deadline == date.today() + timedelta(days=14)

    dialog.return_to.setText("  ")
    dialog.deadline.setDate(QDate(2026, 12, 18))
    assert dialog.choices().deadline == date(2026, 12, 18)
    assert dialog.choices().return_to is None
    dialog.use_deadline.setChecked(False)
    assert not dialog.deadline.isEnabled()
    assert dialog.choices().deadline is None
