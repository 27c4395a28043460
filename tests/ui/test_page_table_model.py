"""The page table model over SQL: Qt's model rules, sort, filter, search, drag data."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from audit_app.core import page_query as pq
from audit_app.core.project import Project
from audit_app.ui import page_table_model as ptm
from audit_app.ui.page_table_model import PAGE_IDS_MIME, PageTableModel

COL = {key: i for i, key in enumerate(pq.COLUMNS)}


def cells(model: PageTableModel, key: str) -> list[str]:
    return [model.data(model.index(r, COL[key])) for r in range(model.rowCount())]


def test_passes_qtmodeltester(qtmodeltester: ModelTester, pages_project: Project) -> None:
    model = PageTableModel(pages_project)
    qtmodeltester.check(model, force_py=True)
    model.set_filter(pq.PageFilter(decisions=["keep"]))
    model.sort(COL["words"], Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_rows_and_cells(pages_project: Project) -> None:
    model = PageTableModel(pages_project)
    assert model.rowCount() == 120 and model.columnCount() == len(pq.COLUMNS)
    row = model.row_of(5)
    assert row is not None
    assert model.data(model.index(row, COL["title"])).startswith("Pagina 5 ")
    decision = model.data(model.index(row, COL["decision"]))
    assert decision  # page 5 has a decision in the factory
    brush = model.data(model.index(row, COL["decision"]), Qt.ItemDataRole.BackgroundRole)
    assert brush is not None
    assert model.data(model.index(row, 0), ptm.PAGE_ID_ROLE) == 5
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_sort_in_sql(pages_project: Project) -> None:
    model = PageTableModel(pages_project)
    model.sort(COL["inlinks"], Qt.SortOrder.DescendingOrder)
    values = [int(v) for v in cells(model, "inlinks")]
    assert values == sorted(values, reverse=True)
    model.sort(COL["title"], Qt.SortOrder.AscendingOrder)
    titles = [t.lower() for t in cells(model, "title")]
    assert titles == sorted(titles)


def test_filter_and_search(pages_project: Project) -> None:
    model = PageTableModel(pages_project)
    model.set_filter(pq.PageFilter(decisions=[pq.NONE]))
    assert model.rowCount() == 96
    assert set(cells(model, "decision")) == {""}
    model.set_filter(pq.PageFilter(search="reiskosten"))
    with pages_project.read() as conn:
        expected = conn.execute(
            text("SELECT COUNT(*) FROM page_content WHERE text LIKE '%reiskosten%'")
        ).scalar_one()
    assert model.rowCount() == expected > 0


def test_cache_stays_small(pages_project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    from audit_app.ui import row_cache

    monkeypatch.setattr(row_cache, "CACHE_ROWS", 30)
    monkeypatch.setattr(row_cache, "BLOCK", 10)
    model = PageTableModel(pages_project)
    for r in range(model.rowCount()):
        assert model.data(model.index(r, COL["url"]))
    assert len(model._cache) <= 30


def test_refresh_after_change_outside(pages_project: Project) -> None:
    model = PageTableModel(pages_project)
    row = model.row_of(1)
    assert row is not None
    assert model.data(model.index(row, COL["decision"])) == ""
    with pages_project.transaction() as conn:
        conn.execute(
            text(
                "INSERT INTO decisions (page_id, decision, review_status) "
                "VALUES (1, 'delete', 'todo')"
            )
        )
    model.refresh_pages([1])
    assert model.data(model.index(row, COL["decision"])) == ptm.decision_label("delete")


def test_drag_carries_page_ids(pages_project: Project) -> None:
    model = PageTableModel(pages_project)
    indexes = [model.index(0, 0), model.index(0, 3), model.index(2, 1)]
    mime = model.mimeData(indexes)
    assert model.mimeTypes() == [PAGE_IDS_MIME]
    got = json.loads(bytes(mime.data(PAGE_IDS_MIME)).decode())
    assert got == [model.page_id(0), model.page_id(2)]
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled


def test_flipping_the_direction_matches_the_query(pages_project: Project) -> None:
    model = PageTableModel(pages_project)
    for key in ("readability", "decision", "title"):
        model.sort(COL[key], Qt.SortOrder.AscendingOrder)
        model.sort(COL[key], Qt.SortOrder.DescendingOrder)
        flipped = list(model.ids)
        with pages_project.read() as conn:
            assert flipped == pq.page_ids(conn, pq.PageFilter(), key, True)


def test_big_projects_load_in_the_background(
    qtbot: QtBot, pages_project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ptm, "ASYNC_ABOVE", 50)
    model = PageTableModel(pages_project)
    assert model.rowCount() == 120  # the first load of a model answers at once
    changes: list[bool] = []
    model.loadingChanged.connect(changes.append)
    model.set_filter(pq.PageFilter(decisions=["keep"]))
    model.set_filter(pq.PageFilter(decisions=[pq.NONE]))  # supersedes the first request
    assert model.loading
    qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == 96
    assert changes == [True, False]
    model.sort(COL["words"], Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not model.loading)
    words = [int(w) for w in cells(model, "words")]
    assert words == sorted(words)
    model.wait_until_loaded()


def test_a_calendar_family_row_says_what_it_stands_for(pages_project: Project) -> None:
    with pages_project.transaction() as conn:
        conn.execute(
            text(
                "UPDATE pages SET family_kind = 'calendar', family_variants = 24,"
                " family_skipped = :skipped WHERE id = 7"
            ),
            {"skipped": True},
        )
    model = PageTableModel(pages_project)
    row = model.row_of(7)
    assert row is not None
    title = model.data(model.index(row, COL["title"]))
    assert title.startswith("Pagina 7 ")
    assert " — Calendar, 24 variant" in title and title.endswith(", the rest skipped")
    other = model.data(model.index(model.row_of(8) or 0, COL["title"]))
    assert "Calendar" not in other
