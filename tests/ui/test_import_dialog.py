"""The import dialog shows every conflict with page, field, both values, who and when."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from audit_app.ui.import_dialog import ImportReviewsDialog
from exporters.review_plan import Conflict, ImportPlan, PackRef, PlannedChange


def change(page_id: int, field: str, current: str, pack: str) -> PlannedChange:
    return PlannedChange(
        file="anja.xlsx",
        row=page_id + 1,
        reviewer="Anja Jansen",
        page_id=page_id,
        url=f"http://intranet/p{page_id}.html",
        title=f"Verlofreglement {page_id}",
        field=field,
        current=current,
        pack=pack,
        current_text=current.upper(),
        pack_text=pack.upper(),
    )


def test_conflicts_are_shown_and_chosen_per_row(qtbot: QtBot) -> None:
    plan = ImportPlan(
        changes=[change(1, "note", "", "graag korter")],
        conflicts=[
            Conflict(
                change(2, "decision", "delete", "rewrite"), "Projectleider", "2026-03-02T09:15:00Z"
            ),
            Conflict(change(3, "note", "oud", "nieuw"), "Bert", "2026-03-03T10:00:00Z"),
        ],
        packs=[PackRef("anja.xlsx", "t", 1, "Anja Jansen", 0)],
    )
    dialog = ImportReviewsDialog(plan)
    qtbot.addWidget(dialog)
    assert "1" in dialog.summary.text()
    table = dialog.table
    assert table is not None and table.rowCount() == 2
    first = [table.item(0, c).text() for c in range(6)]
    assert first[0] == "Verlofreglement 2"
    assert first[1] == "Decision"
    assert first[2] == "DELETE" and first[4] == "REWRITE"
    who, when = first[3].split(", ", 1)
    assert who == "Projectleider" and "26" in when  # the time, in the user's own format
    assert first[5] == "Anja Jansen"
    assert dialog.resolutions() == {(2, "decision"): "theirs", (3, "note"): "theirs"}
    dialog.choose(1, "ours")
    assert dialog.resolutions() == {(2, "decision"): "theirs", (3, "note"): "ours"}
    dialog.choose_all("ours")
    assert set(dialog.resolutions().values()) == {"ours"}
