"""The detail panel's history: who, when, old → new and from where, newest first."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from audit_app.core.changes import FieldChange, apply_changes
from audit_app.core.navigation import create_node
from audit_app.ui.detail_panel import DetailPanel
from tests.ui.factory import make_project


def test_history_tab_lists_every_change_with_its_source(qtbot: QtBot, tmp_path: Path) -> None:
    project = make_project(tmp_path / "h.audit", 5)
    try:
        with project.transaction() as conn:
            werk = create_node(conn, "Werk", who="t")
            verlof = create_node(conn, "Verlof", werk, who="t")
            apply_changes(conn, [FieldChange("decision", 4, "decision", "rewrite")], who="Bert")
            apply_changes(
                conn,
                [FieldChange("decision", 4, "nav_node_id", verlof)],
                who="Anja Jansen",
                source="review-pack:anja.xlsx",
            )
        panel = DetailPanel(project, use_webengine=False)
        qtbot.addWidget(panel)
        panel.show_page(4)
        text = panel.history_view.toPlainText()
        lines = [line for line in text.splitlines() if line.strip()]
        assert "Anja Jansen" in text and "Bert" in text
        assert "Werk › Verlof" in text
        assert "from review pack anja.xlsx" in text
        assert "Rewrite" in text and "in the program" in text
        # Newest first: the pack's change comes before Bert's decision.
        assert text.index("Anja Jansen") < text.index("Bert")
        assert lines
        panel.show_page(5)
        assert "Bert" not in panel.history_view.toPlainText()
    finally:
        project.close()
