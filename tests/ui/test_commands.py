from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import delete, insert, select

from audit_app.core import schema as s
from audit_app.core.changes import FieldChange
from audit_app.core.navigation import create_node, list_nodes, node_paths, set_home
from audit_app.core.project import Project
from audit_app.ui.commands import (
    AddNavNodeCommand,
    AddReviewerCommand,
    ChangeCommand,
    DeleteNavNodeCommand,
    ImportNavTreeCommand,
    MoveNavNodeCommand,
    RemoveReviewerCommand,
    RenameNavNodeCommand,
)

WHO = "Anna"


@pytest.fixture
def stack(qapp) -> QUndoStack:  # type: ignore[no-untyped-def]
    return QUndoStack()


def _pages(project: Project, n: int) -> list[int]:
    with project.transaction() as conn:
        return [
            int(
                conn.execute(
                    insert(s.pages).values(url=f"http://i/{i}", state="done")
                ).inserted_primary_key[0]
            )
            for i in range(n)
        ]


def _decision(project: Project, page: int, field: str) -> object:
    with project.read() as conn:
        return conn.execute(
            select(s.decisions.c[field]).where(s.decisions.c.page_id == page)
        ).scalar()


def _sources(project: Project) -> list[tuple[str, str]]:
    with project.read() as conn:
        return [tuple(r) for r in conn.execute(select(s.changes.c.field, s.changes.c.source))]


def test_change_command_applies_undoes_and_redoes_with_sources(
    project: Project, stack: QUndoStack
) -> None:
    (page,) = _pages(project, 1)
    stack.push(
        ChangeCommand(project, [FieldChange("decision", page, "decision", "keep")], WHO, "x")
    )
    assert _decision(project, page, "decision") == "keep"
    stack.undo()
    assert _decision(project, page, "decision") is None
    stack.redo()
    assert _decision(project, page, "decision") == "keep"
    assert _sources(project) == [("decision", "app"), ("decision", "undo"), ("decision", "redo")]


def test_noop_change_leaves_no_entry(project: Project, stack: QUndoStack) -> None:
    (page,) = _pages(project, 1)
    stack.push(ChangeCommand(project, [FieldChange("decision", page, "note", None)], WHO, "x"))
    assert stack.count() == 0


def test_failing_change_is_reported_and_stack_stays_usable(
    project: Project, stack: QUndoStack
) -> None:
    (page,) = _pages(project, 1)
    errors: list[str] = []
    good = [FieldChange("decision", page, "note", "ok")]
    bad = [FieldChange("decision", page, "note", "half"), FieldChange("decision", 999, "note", "x")]
    stack.push(ChangeCommand(project, good, WHO, "good", on_error=errors.append))
    stack.push(ChangeCommand(project, bad, WHO, "bad", on_error=errors.append))
    assert errors and "999" in errors[0]
    assert stack.count() == 1 and stack.index() == 1
    assert _decision(project, page, "note") == "ok"  # the bad batch rolled back whole
    stack.undo()
    assert _decision(project, page, "note") is None
    stack.redo()
    assert _decision(project, page, "note") == "ok"


def test_undo_of_something_deleted_elsewhere_drops_the_entry(
    project: Project, stack: QUndoStack
) -> None:
    errors: list[str] = []
    cmd = AddNavNodeCommand(project, "Werk", None, WHO, on_error=errors.append)
    stack.push(cmd)
    with project.transaction() as conn:
        conn.execute(delete(s.nav_nodes))
    stack.undo()
    assert errors and stack.count() == 0
    stack.push(AddNavNodeCommand(project, "Nieuws", None, WHO))
    assert stack.count() == 1


def test_add_rename_move_delete_round_trip(project: Project, stack: QUndoStack) -> None:
    pages = _pages(project, 2)
    add_werk = AddNavNodeCommand(project, "Werk", None, WHO)
    stack.push(add_werk)
    add_nieuws = AddNavNodeCommand(project, "Nieuws", None, WHO)
    stack.push(add_nieuws)
    werk, nieuws = add_werk.node_id, add_nieuws.node_id
    add_verlof = AddNavNodeCommand(project, "Verlof", werk, WHO)
    stack.push(add_verlof)
    verlof = add_verlof.node_id
    with project.transaction() as conn:
        set_home(conn, pages, verlof, who=WHO)
    stack.push(RenameNavNodeCommand(project, werk, "Werk & organisatie", WHO))
    stack.push(MoveNavNodeCommand(project, verlof, nieuws, 0, WHO))
    with project.read() as conn:
        assert node_paths(conn)[verlof] == "Nieuws > Verlof"
    stack.push(DeleteNavNodeCommand(project, nieuws, WHO))
    with project.read() as conn:
        assert [n.title for n in list_nodes(conn)] == ["Werk & organisatie"]
    assert _decision(project, pages[0], "nav_node_id") is None
    stack.undo()  # delete
    assert _decision(project, pages[0], "nav_node_id") == verlof
    stack.undo()  # move
    with project.read() as conn:
        assert node_paths(conn)[verlof] == "Werk & organisatie > Verlof"
    stack.undo()  # rename
    with project.read() as conn:
        assert node_paths(conn)[verlof] == "Werk > Verlof"
    for _ in range(4):
        stack.redo()
    with project.read() as conn:
        assert set(node_paths(conn).values()) == {"Werk & organisatie"}
        deleted = conn.execute(
            select(s.changes.c.entity_id, s.changes.c.old_value, s.changes.c.source).where(
                s.changes.c.field == "deleted"
            )
        ).all()
    assert (verlof, "redo") in {(r[0], r[2]) for r in deleted}
    assert json.loads(deleted[0][1])["title"] in {"Nieuws", "Verlof"}


def test_import_is_one_undo_step(project: Project, stack: QUndoStack) -> None:
    with project.transaction() as conn:
        create_node(conn, "Werk", who=WHO)
    paths = [("Werk", "Verlof"), ("Nieuws",), ("Nieuws", "Agenda")]
    stack.push(ImportNavTreeCommand(project, paths, None, WHO, "Importeren"))
    with project.read() as conn:
        assert len(list_nodes(conn)) == 4
    stack.undo()
    with project.read() as conn:
        assert [n.title for n in list_nodes(conn)] == ["Werk"]
    stack.redo()
    with project.read() as conn:
        assert sorted(node_paths(conn).values()) == [
            "Nieuws",
            "Nieuws > Agenda",
            "Werk",
            "Werk > Verlof",
        ]


def test_reviewer_commands(project: Project, stack: QUndoStack) -> None:
    pages = _pages(project, 2)
    add = AddReviewerCommand(project, "Bram", None, "ICT", WHO)
    stack.push(add)
    rid = add.reviewer_id
    changes = [FieldChange("decision", p, "reviewer_id", rid) for p in pages]
    stack.push(ChangeCommand(project, changes, WHO, "toewijzen"))
    stack.push(RemoveReviewerCommand(project, rid, WHO))
    assert _decision(project, pages[0], "reviewer_id") is None
    stack.undo()
    assert _decision(project, pages[1], "reviewer_id") == rid
    stack.undo()
    stack.undo()
    with project.read() as conn:
        assert conn.execute(select(s.reviewers)).first() is None
    stack.redo()
    with project.read() as conn:
        assert conn.execute(select(s.reviewers.c.id)).scalar() == rid


def test_redo_that_fails_is_dropped_and_later_commands_still_work(
    project: Project, stack: QUndoStack
) -> None:
    errors: list[str] = []
    first = AddNavNodeCommand(project, "Werk", None, WHO, on_error=errors.append)
    stack.push(first)
    node_id = first.node_id
    stack.undo()
    with project.transaction() as conn:  # someone else took the id meanwhile
        conn.execute(insert(s.nav_nodes).values(id=node_id, title="Anders", position=0))
    stack.redo()
    assert errors and "bestaat al" in errors[0]
    assert stack.count() == 0 and stack.index() == 0
    with project.read() as conn:
        assert [n.title for n in list_nodes(conn)] == ["Anders"]
    stack.push(AddNavNodeCommand(project, "Nieuws", None, WHO))
    stack.undo()
    stack.redo()
    with project.read() as conn:
        assert sorted(n.title for n in list_nodes(conn)) == ["Anders", "Nieuws"]
