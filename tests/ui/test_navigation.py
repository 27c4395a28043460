from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import insert, select

from audit_app.core import schema as s
from audit_app.core.changes import FieldChange, apply_changes
from audit_app.core.navigation import create_node, list_nodes, node_paths
from audit_app.core.project import Project
from audit_app.ui.navigation_model import NODE_ID_MIME, PAGE_IDS_MIME, NavigationModel
from audit_app.ui.navigation_panel import NavigationPanel

WHO = "Anna"


@pytest.fixture
def stack(qapp) -> QUndoStack:  # type: ignore[no-untyped-def]
    return QUndoStack()


@pytest.fixture
def tree(project: Project) -> dict[str, int]:
    with project.transaction() as conn:
        werk = create_node(conn, "Werk", who=WHO)
        ids = {
            "Werk": werk,
            "Verlof": create_node(conn, "Verlof", werk, who=WHO),
            "Salaris": create_node(conn, "Salaris", werk, who=WHO),
            "Nieuws": create_node(conn, "Nieuws", who=WHO),
        }
        pages = [
            int(
                conn.execute(
                    insert(s.pages).values(url=f"http://i/{i}", state="done")
                ).inserted_primary_key[0]
            )
            for i in range(4)
        ]
        apply_changes(
            conn,
            [
                FieldChange("decision", p, "decision", d)
                for p, d in zip(pages, ["keep", "keep", "rewrite", "delete"], strict=True)
            ]
            + [FieldChange("decision", pages[0], "nav_node_id", ids["Verlof"])],
            who=WHO,
        )
        ids |= {f"page{i}": p for i, p in enumerate(pages)}
    return ids


def _mime(kind: str, ids: list[int]) -> QMimeData:
    data = QMimeData()
    data.setData(kind, json.dumps(ids).encode())
    return data


def _home(project: Project, page: int) -> int | None:
    with project.read() as conn:
        return conn.execute(
            select(s.decisions.c.nav_node_id).where(s.decisions.c.page_id == page)
        ).scalar()


def test_model_passes_qtmodeltester(qtmodeltester, project, stack, tree) -> None:  # type: ignore[no-untyped-def]
    model = NavigationModel(project, stack, who=WHO)
    qtmodeltester.check(model)
    werk = model.index_of(tree["Werk"])
    assert model.rowCount(werk) == 2
    assert model.index(0, 0, werk).data() == "Verlof"
    assert "1" in model.index(0, 1, werk).data()
    assert model.index(0, 1).data().endswith("1 in total")


def test_rename_through_the_model_is_undoable(project, stack, tree) -> None:  # type: ignore[no-untyped-def]
    model = NavigationModel(project, stack, who=WHO)
    ix = model.index_of(tree["Nieuws"])
    assert model.setData(ix, "  Nieuws en agenda ", Qt.ItemDataRole.EditRole)
    assert model.index_of(tree["Nieuws"]).data() == "Nieuws en agenda"
    stack.undo()
    assert model.index_of(tree["Nieuws"]).data() == "Nieuws"
    with project.read() as conn:
        sources = (
            conn.execute(select(s.changes.c.source).where(s.changes.c.field == "title"))
            .scalars()
            .all()
        )
    assert sources == ["app", "undo"]


def test_dropping_page_ids_sets_their_home_and_undo_clears_it(qtbot, project, stack, tree) -> None:  # type: ignore[no-untyped-def]
    panel = NavigationPanel(project, stack)
    qtbot.addWidget(panel)
    assert panel.badge.isVisible() or not panel.isVisible()
    assert "2" in panel.badge.text()  # page1 (keep) and page2 (rewrite) have no home
    target = panel.model.index_of(tree["Salaris"])
    data = _mime(PAGE_IDS_MIME, [tree["page1"], tree["page2"]])
    assert panel.model.canDropMimeData(data, Qt.DropAction.CopyAction, -1, 0, target)
    with qtbot.waitSignal(panel.pagesDropped) as sig:
        assert panel.model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, target)
    assert sig.args == [[tree["page1"], tree["page2"]], tree["Salaris"]]
    assert _home(project, tree["page1"]) == tree["Salaris"]
    assert panel.badge.isHidden()
    assert "1 kept" in panel.model.index_of(tree["Salaris"]).siblingAtColumn(1).data()
    stack.undo()
    assert _home(project, tree["page1"]) is None
    assert "2" in panel.badge.text()


def test_foreign_or_rootless_drops_are_refused(project, stack, tree) -> None:  # type: ignore[no-untyped-def]
    model = NavigationModel(project, stack, who=WHO)
    assert not model.canDropMimeData(
        _mime(PAGE_IDS_MIME, [1]), Qt.DropAction.CopyAction, 0, 0, QModelIndex()
    )
    bad = QMimeData()
    bad.setData(PAGE_IDS_MIME, b"not json")
    assert not model.dropMimeData(
        bad, Qt.DropAction.CopyAction, -1, 0, model.index_of(tree["Werk"])
    )
    assert stack.count() == 0


def test_drag_node_to_move_it_and_cycles_are_refused(project, stack, tree) -> None:  # type: ignore[no-untyped-def]
    model = NavigationModel(project, stack, who=WHO)
    data = model.mimeData([model.index_of(tree["Salaris"])])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Salaris",
        "Werk",
        "Nieuws",
    ]
    werk_data = model.mimeData([model.index_of(tree["Werk"])])
    assert not model.canDropMimeData(
        werk_data, Qt.DropAction.MoveAction, -1, 0, model.index_of(tree["Verlof"])
    )
    stack.undo()
    with project.read() as conn:
        assert node_paths(conn)[tree["Salaris"]] == "Werk > Salaris"


def test_panel_add_child_rename_delete_with_undo(qtbot, project, stack, tree) -> None:  # type: ignore[no-untyped-def]
    panel = NavigationPanel(project, stack)
    qtbot.addWidget(panel)
    panel.select_node(tree["Verlof"])
    with qtbot.waitSignal(panel.nodeSelected):
        panel.select_node(tree["Nieuws"])
    new = panel.add_child("Agenda")
    assert new is not None and panel.current_node_id() == new
    with project.read() as conn:
        assert node_paths(conn)[new] == "Nieuws > Agenda"
    panel.select_node(tree["Werk"])
    assert panel.delete_selected(confirm=False)
    assert _home(project, tree["page0"]) is None
    with project.read() as conn:
        assert sorted(n.title for n in list_nodes(conn)) == ["Agenda", "Nieuws"]
    stack.undo()
    assert _home(project, tree["page0"]) == tree["Verlof"]
    with project.read() as conn:
        assert node_paths(conn)[tree["Verlof"]] == "Werk > Verlof"
    assert panel.tree.isExpanded(panel.model.index_of(tree["Werk"]))


def test_import_text_and_dutch_csv(qtbot, project, stack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = NavigationPanel(project, stack)
    qtbot.addWidget(panel)
    assert not panel.empty_label.isHidden()
    txt = tmp_path / "boom.txt"
    txt.write_text("Werk\n    Verlof\n        Ziekmelden\nNieuws\n", encoding="utf-8")
    assert panel.import_file(txt) == 4
    assert panel.empty_label.isHidden()
    csv = tmp_path / "boom.csv"
    csv.write_bytes("niveau;titel\n1;Werk\n2;Privé\n1;Organisatie\n".encode("cp1252"))
    assert panel.import_file(csv) == 2
    with project.read() as conn:
        assert "Werk > Privé" in node_paths(conn).values()
    stack.undo()
    with project.read() as conn:
        assert "Werk > Privé" not in node_paths(conn).values()


def test_broken_import_shows_message_and_imports_nothing(
    qtbot, project, stack, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = NavigationPanel(project, stack)
    qtbot.addWidget(panel)
    broken = tmp_path / "kapot.csv"
    broken.write_text("niveau;titel\n1;Werk\n3;Te diep\n", encoding="utf-8")
    assert panel.import_file(broken) == 0
    assert "Line 3: " in panel.message.text()  # English UI; the code is "level-gap"
    assert not panel.message.isHidden()
    with project.read() as conn:
        assert list_nodes(conn) == []
    assert stack.count() == 0


def test_template_fills_the_tree(qtbot, project, stack) -> None:  # type: ignore[no-untyped-def]
    panel = NavigationPanel(project, stack)
    qtbot.addWidget(panel)
    n = panel.apply_template("Gemeente (standaard)")
    assert n > 10 and panel.model.rowCount() > 3
    assert panel.apply_template("Gemeente (standaard)") == 0


def test_node_drag_mime_round_trip(project, stack, tree) -> None:  # type: ignore[no-untyped-def]
    model = NavigationModel(project, stack, who=WHO)
    data = model.mimeData([model.index_of(tree["Nieuws"])])
    assert json.loads(bytes(data.data(NODE_ID_MIME).data())) == [tree["Nieuws"]]


def test_changes_are_recorded_with_the_panels_user(qtbot, project, stack) -> None:  # type: ignore[no-untyped-def]
    panel = NavigationPanel(project, stack)
    qtbot.addWidget(panel)
    panel.who = "Bram Visser"
    node = panel.add_node("Nieuws")
    panel.model.setData(panel.model.index_of(node), "Nieuws en agenda")
    with project.read() as conn:
        who = set(conn.execute(select(s.changes.c.who)).scalars())
    assert who == {"Bram Visser"}


def _drop_on_view(
    panel: NavigationPanel, node_id: int, data: QMimeData, action: Qt.DropAction
) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    rect = panel.tree.visualRect(panel.model.index_of(node_id))
    event = QDropEvent(
        QPointF(rect.center()),
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.setDropAction(action)
    event.ignore()  # as Qt delivers it: the view accepts it only if the model took the drop
    panel.tree.dropEvent(event)


def test_drops_through_the_tree_view(qtbot, project, stack, tree) -> None:  # type: ignore[no-untyped-def]
    panel = NavigationPanel(project, stack)
    qtbot.addWidget(panel)
    panel.resize(500, 400)
    panel.show()
    qtbot.waitExposed(panel)
    _drop_on_view(
        panel, tree["Nieuws"], _mime(PAGE_IDS_MIME, [tree["page1"]]), Qt.DropAction.CopyAction
    )
    assert _home(project, tree["page1"]) == tree["Nieuws"]
    node_data = panel.model.mimeData([panel.model.index_of(tree["Salaris"])])
    _drop_on_view(panel, tree["Nieuws"], node_data, Qt.DropAction.MoveAction)
    with project.read() as conn:
        assert node_paths(conn)[tree["Salaris"]] == "Nieuws > Salaris"
    assert stack.count() == 2


def test_toolbar_delete_asks_first(qtbot, project, stack, tree) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from audit_app.ui.help_viewer import HelpViewer

    asked: list[str] = []

    def answer_no() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isActiveWindow():
            QTimer.singleShot(20, answer_no)
            return
        asked.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_F1)  # the question has the guide's help too
        viewer = box.findChild(HelpViewer)
        asked.append(viewer.current_page() if viewer is not None else "")
        if viewer is not None:
            viewer.close()
        box.button(QMessageBox.StandardButton.No).click()

    panel = NavigationPanel(project, stack)
    qtbot.addWidget(panel)
    panel.select_node(tree["Werk"])
    QTimer.singleShot(0, answer_no)
    panel.delete_action.trigger()
    assert asked and "2 items below" in asked[0] and "1 page will lose its place" in asked[0]
    assert asked[1] == "navigation-and-reviewers.md"
    assert stack.count() == 0
    panel.add_action.trigger()  # a new item, with its title open for typing
    assert stack.count() == 1


def test_template_menu_entries_work(qtbot, project, stack) -> None:  # type: ignore[no-untyped-def]
    panel = NavigationPanel(project, stack)
    qtbot.addWidget(panel)
    entries = [a for a in panel.import_menu.actions() if a.iconText() == "Gemeente (standaard)"]
    entries[0].trigger()
    assert panel.model.rowCount() > 3


def test_template_names_show_as_written_in_the_menu(qtbot, project, stack) -> None:  # type: ignore[no-untyped-def]
    """'Werk & organisatie' showed as 'Werk _organisatie': the & made the space a shortcut."""
    from audit_app.core.nav_import import templates

    panel = NavigationPanel(project, stack)
    qtbot.addWidget(panel)
    shown = {a.iconText() for a in panel.import_menu.actions()}
    assert "Werk & organisatie" in templates()
    assert set(templates()) <= shown


def test_an_item_can_send_its_deleted_pages_to_410_and_undo(qtbot, project, stack, tree) -> None:  # type: ignore[no-untyped-def]
    from audit_app.core.navigation import deleted_to

    panel = NavigationPanel(project, stack)
    qtbot.addWidget(panel)
    panel.select_node(tree["Salaris"])
    assert panel.gone_action.isEnabled() and not panel.gone_action.isChecked()
    panel.gone_action.trigger()  # checkable: ticks, then records the choice
    with project.read() as conn:
        assert deleted_to(conn, tree["Salaris"]) == "gone"
    assert panel.gone_action.isChecked()
    stack.undo()
    with project.read() as conn:
        assert deleted_to(conn, tree["Salaris"]) is None
    assert not panel.gone_action.isChecked()
    assert panel.gone_action in panel.tree.actions()  # in the item's right-click menu
