from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import insert, select

from audit_app.core import schema as s
from audit_app.core.project import Project
from audit_app.ui.reviewers_dialog import ReviewerForm, ReviewersDialog


@pytest.fixture
def stack(qapp) -> QUndoStack:  # type: ignore[no-untyped-def]
    return QUndoStack()


@pytest.fixture
def pages(project: Project) -> list[int]:
    sections = ["P&O", "P&O > Verlof", "P&O > Verlof", "ICT", "ICT > Storingen"]
    with project.transaction() as conn:
        return [
            int(
                conn.execute(
                    insert(s.pages).values(url=f"http://i/{i}", state="done", section=sec)
                ).inserted_primary_key[0]
            )
            for i, sec in enumerate(sections)
        ]


def _owners(project: Project) -> dict[int, int | None]:
    with project.read() as conn:
        return dict(conn.execute(select(s.decisions.c.page_id, s.decisions.c.reviewer_id)).all())


def test_add_assign_section_remove_and_undo(qtbot, project, stack, pages) -> None:  # type: ignore[no-untyped-def]
    dlg = ReviewersDialog(project, stack)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.empty_label.isHidden()
    sections = [dlg.section_combo.itemData(i) for i in range(dlg.section_combo.count())]
    assert sections == ["ICT", "ICT > Storingen", "P&O", "P&O > Verlof"]
    rid = dlg.add_reviewer("Fatima El Amrani", "f.elamrani@gemeente.nl", "P&O")
    assert rid is not None and dlg.table.rowCount() == 1
    assert dlg.selected_reviewer_id() == rid
    dlg.section_combo.setCurrentIndex(sections.index("P&O"))
    assert dlg.assign_section() == 3
    assert _owners(project) == {pages[0]: rid, pages[1]: rid, pages[2]: rid}
    assert dlg.table.item(0, 3).text() == "3"
    assert "3" in dlg.message.text()
    assert dlg.remove_selected(confirm=False)
    assert dlg.table.rowCount() == 0
    assert set(_owners(project).values()) == {None}
    stack.undo()
    assert dlg.table.rowCount() == 1
    assert _owners(project)[pages[1]] == rid
    stack.undo()  # the assignment
    assert set(_owners(project).values()) == {None}


def test_bad_email_is_refused_with_a_message(qtbot, project, stack) -> None:  # type: ignore[no-untyped-def]
    dlg = ReviewersDialog(project, stack)
    qtbot.addWidget(dlg)
    assert dlg.add_reviewer("Bram", "bram-at-home") is None
    assert "is not a valid email address" in dlg.message.text()  # English UI
    assert stack.count() == 0 and dlg.table.rowCount() == 0


def test_edit_reviewer_is_one_undo_step(qtbot, project, stack) -> None:  # type: ignore[no-untyped-def]
    dlg = ReviewersDialog(project, stack)
    qtbot.addWidget(dlg)
    dlg.show()
    rid = dlg.add_reviewer("Bram", None, "ICT")
    assert dlg.edit_reviewer(rid, "Bram de Vries", "bram@gemeente.nl", "ICT")
    assert dlg.table.item(0, 0).text() == "Bram de Vries"
    stack.undo()
    assert dlg.table.item(0, 0).text() == "Bram"
    assert dlg.table.item(0, 1).text() == ""


def test_form_needs_a_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = ReviewerForm()
    qtbot.addWidget(form)
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    form.name.setText("  Anna ")
    form.email.setText(" anna@gemeente.nl ")
    assert ok.isEnabled()
    assert form.values() == ("Anna", "anna@gemeente.nl", None)


def test_hidden_dialog_reloads_when_shown_again(qtbot, project, stack) -> None:  # type: ignore[no-untyped-def]
    from audit_app.ui.commands import AddReviewerCommand

    dlg = ReviewersDialog(project, stack)
    qtbot.addWidget(dlg)
    stack.push(AddReviewerCommand(project, "Bram", None, None, "Anna"))
    assert dlg.table.rowCount() == 0  # not shown: no query per change
    dlg.show()
    assert dlg.table.rowCount() == 1
