"""The table filter "Gewijzigd sinds vorige crawl": ticked, kept in a saved view."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from audit_app.core.page_query import PageFilter
from audit_app.core.project import Project
from audit_app.ui.filters_panel import FiltersPanel
from tests.core.test_recrawl import _two_crawls


def test_the_filter_box_asks_for_it_and_a_saved_view_keeps_it(
    qtbot: QtBot, project: Project
) -> None:
    _two_crawls(project)
    panel = FiltersPanel(project)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.options_loaded)
    with qtbot.waitSignal(panel.filterChanged) as blocker:
        panel.changed.setChecked(True)
    assert blocker.args[0].changed_since_crawl is True
    saved = PageFilter.from_json(panel.current_filter().to_json())
    panel.set_filter(PageFilter())
    assert not panel.changed.isChecked()
    panel.set_filter(saved)
    assert panel.changed.isChecked()
