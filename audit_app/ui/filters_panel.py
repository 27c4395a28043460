"""The filter side panel: search, saved views, old sections and the value filters.

The panel only builds a PageFilter and says when it changed; the table model runs the query.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from audit_app.core import page_query as pq
from audit_app.core.changes import DECISIONS
from audit_app.core.project import Project
from audit_app.core.scoring.age import AGE_BANDS
from audit_app.core.scoring.readability import BANDS
from audit_app.core.scoring.settings import load_settings
from audit_app.core.scoring.word_store import officialese_limits
from audit_app.ui import help_viewer
from audit_app.ui.page_table_model import (
    age_band_label,
    band_label,
    decision_label,
    kind_label,
    status_label,
)
from audit_app.ui.taskman import ManagedTask, tasks

SECTION_ROLE = Qt.ItemDataRole.UserRole + 2


class CheckGroup(QGroupBox):
    """A titled set of check boxes; nothing checked means no restriction."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 4, 6, 4)
        self._layout.setSpacing(2)
        self._boxes: list[tuple[Any, QCheckBox]] = []

    def set_options(self, options: list[tuple[Any, str]]) -> None:
        keep = set(self.values())
        for _value, box in self._boxes:
            self._layout.removeWidget(box)
            box.deleteLater()
        self._boxes = []
        for value, label in options:
            box = QCheckBox(label, self)
            box.setChecked(value in keep)
            box.toggled.connect(self.changed)
            self._layout.addWidget(box)
            self._boxes.append((value, box))
        self.setVisible(bool(options))

    def values(self) -> list[Any]:
        return [value for value, box in self._boxes if box.isChecked()]

    def set_values(self, values: list[Any]) -> None:
        wanted = set(values)
        for value, box in self._boxes:
            box.blockSignals(True)
            box.setChecked(value in wanted)
            box.blockSignals(False)


class TriStateCombo(QComboBox):
    """All / yes / no, mapped to None / True / False."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("All"), None)
        self.addItem(self.tr("Yes"), True)
        self.addItem(self.tr("No"), False)

    def value(self) -> bool | None:
        data = self.currentData()
        return None if data is None else bool(data)

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])


def read_options(project: Project) -> dict[str, Any]:
    """Everything the filter lists show, read in one go (runs on a worker thread)."""
    with project.read() as conn:
        options: dict[str, Any] = dict(pq.facet_counts(conn))
        options["tree"] = pq.section_tree(conn)
        options["reviewers"] = pq.reviewer_options(conn)
        options["views"] = pq.list_views(conn)
    return options


BAND_ORDER = tuple(key for _low, key, _label in BANDS)  # from very easy to very difficult


def _rank(order: tuple[str, ...], value: str | None) -> int:
    """Lists of bands in their own order (easy before difficult), "not scored" last."""
    return order.index(value) if value in order else len(order)


class FiltersPanel(QWidget):
    filterChanged = Signal(object)  # PageFilter
    optionsLoaded = Signal()

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._loading = False
        self.options_loaded = False
        self._options_task: ManagedTask | None = None

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search title, address and text…"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._emit)

        self.views = QComboBox(self)
        self.views.setToolTip(self.tr("Saved views: a filter with a name"))
        self.views.activated.connect(self._view_chosen)
        save = QPushButton(self.tr("Save…"), self)
        save.setToolTip(self.tr("Save the current filters as a view with a name"))
        save.clicked.connect(self._ask_save_view)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self._remove_view)
        clear = QPushButton(self.tr("Clear filters"), self)
        clear.clicked.connect(self.clear)
        self._nav_nodes: list[int | str] = []
        self._before_nav: pq.PageFilter | None = None
        self.nav_label = QLabel(self)
        self.nav_label.setWordWrap(True)
        self.nav_label.setStyleSheet("background:#e8f0fe; padding:4px")
        self.nav_clear = QPushButton(self.tr("Show all"), self)
        self.nav_clear.clicked.connect(self._clear_nav)
        nav_row = QHBoxLayout()
        nav_row.addWidget(self.nav_label, 1)
        nav_row.addWidget(self.nav_clear)

        self.sections = QTreeWidget(self)
        self.sections.setHeaderLabels([self.tr("Old section"), self.tr("Pages")])
        self.sections.setMinimumHeight(160)
        self.sections.header().setStretchLastSection(False)
        self.sections.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sections.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.sections.itemSelectionChanged.connect(self._emit)

        self.decisions = CheckGroup(self.tr("Decision"), self)
        self.suggestions = CheckGroup(self.tr("Suggestion"), self)
        self.ages = CheckGroup(self.tr("Age"), self)
        self.bands = CheckGroup(self.tr("Readability"), self)
        self.kinds = CheckGroup(self.tr("Kind"), self)
        self.statuses = CheckGroup(self.tr("Review status"), self)
        self.reviewers = CheckGroup(self.tr("Reviewer"), self)
        groups = (
            self.decisions,
            self.suggestions,
            self.ages,
            self.bands,
            self.kinds,
            self.statuses,
            self.reviewers,
        )
        for g in groups:
            g.changed.connect(self._emit)

        self.duplicates = TriStateCombo(self)
        self.broken = TriStateCombo(self)
        self.has_note = TriStateCombo(self)
        for combo in (self.duplicates, self.broken, self.has_note):
            combo.currentIndexChanged.connect(self._emit)
        self.officialese = QCheckBox(self.tr("Officialese language"), self)
        minimum, density = officialese_limits(load_settings(project))
        self.officialese.setToolTip(
            self.tr(
                "Only pages with officialese language: at least %1 officialese words and more "
                "than %2 per 100 words"
            )
            .replace("%1", str(minimum))
            .replace("%2", f"{density:g}")
        )
        self.officialese.toggled.connect(self._emit)
        self.changed = QCheckBox(self.tr("Changed since the previous crawl"), self)
        self.changed.setToolTip(
            self.tr(
                "Only pages that are new, changed, gone or moved since the previous crawl; "
                "decided pages that changed afterwards need another look"
            )
        )
        self.changed.toggled.connect(self._emit)
        flags = QFormLayout()
        flags.addRow(self.tr("Duplicates"), self.duplicates)
        flags.addRow(self.tr("Broken links"), self.broken)
        flags.addRow(self.tr("Has a note"), self.has_note)

        inner = QWidget(self)
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(4, 4, 4, 4)
        view_row = QHBoxLayout()
        view_row.addWidget(save)
        view_row.addWidget(remove)
        lay.addWidget(self.views)
        lay.addLayout(view_row)
        lay.addWidget(self.sections, 2)
        for g in groups:
            lay.addWidget(g)
            if g is self.bands:  # next to readability, where a rewriter looks
                lay.addWidget(self.officialese)
        lay.addLayout(flags)
        lay.addWidget(self.changed)
        lay.addWidget(clear)
        lay.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.search)
        outer.addLayout(nav_row)
        outer.addWidget(scroll)
        self._set_nav([])
        self.reload_options()

    @property
    def _t(self) -> dict[str, str]:
        """Texts used inside HTML templates (written out so lupdate finds them)."""
        return {
            "none": self.tr("none"),
            "not scored": self.tr("not scored"),
        }

    # ---- options from the project -------------------------------------------------------------

    def reload_options(self, *, wait: bool = False) -> None:
        """Refill the lists from the project (after opening, a crawl, a score or an import).

        Counting a big project takes a second, so it runs in the background unless *wait*.
        """
        project = self.project
        if wait:
            self._apply_options(read_options(project))
            return
        self._options_task = tasks().run_beside(
            "filter-options",
            lambda _progress: read_options(project),
            on_done=self._apply_options,
            receiver=self,
        )

    def _apply_options(self, options: dict[str, Any]) -> None:
        suggestions = options["suggestion"]
        ages = options["age_band"]
        bands = sorted(options["readability_band"], key=lambda vn: _rank(BAND_ORDER, vn[0]))
        ages = sorted(ages, key=lambda vn: _rank(AGE_BANDS, vn[0]))
        kinds = options["kind"]
        tree = options["tree"]
        reviewers = options["reviewers"]
        views = options["views"]
        self._loading = True
        try:
            self.decisions.set_options([(k, decision_label(k)) for k in (*DECISIONS, pq.NONE)])
            self.suggestions.set_options(
                [
                    (v or pq.NONE, f"{decision_label(v) if v else self._t['none']} ({n})")
                    for v, n in suggestions
                ]
            )
            self.ages.set_options(
                [
                    (v or pq.NONE, f"{age_band_label(v) if v else self._t['not scored']} ({n})")
                    for v, n in ages
                ]
            )
            self.bands.set_options(
                [
                    (v or pq.NONE, f"{band_label(v) or self._t['not scored']} ({n})")
                    for v, n in bands
                ]
            )
            self.kinds.set_options([(v, f"{kind_label(v)} ({n})") for v, n in kinds if v])
            self.statuses.set_options(
                [(k, status_label(k)) for k in ("todo", "reviewed", "discuss")]
            )
            self.reviewers.set_options(
                [(rid, name) for rid, name in reviewers] + [(pq.NONE, self.tr("nobody yet"))]
                if reviewers
                else []
            )
            selected = self._selected_sections()
            self.sections.clear()
            everything = QTreeWidgetItem(self.sections, [self.tr("All sections"), ""])
            everything.setData(0, SECTION_ROLE, None)
            self._fill_tree(self.sections.invisibleRootItem(), tree, selected)
            self.views.clear()
            self.views.addItem(self.tr("(choose a saved view)"), None)
            for name, flt in views:
                self.views.addItem(name, flt)
        finally:
            self._loading = False
        self.options_loaded = True
        self.optionsLoaded.emit()

    def _fill_tree(
        self, parent: QTreeWidgetItem, tree: dict[str, Any], selected: list[str]
    ) -> None:
        for name, entry in sorted(tree.items(), key=lambda kv: kv[0].lower()):
            item = QTreeWidgetItem(parent, [name, str(entry["count"])])
            item.setData(0, SECTION_ROLE, entry["path"])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            if entry["path"] in selected:
                item.setSelected(True)
            self._fill_tree(item, entry["children"], selected)

    def _selected_sections(self) -> list[str]:
        return [
            path
            for item in self.sections.selectedItems()
            if (path := item.data(0, SECTION_ROLE)) is not None
        ]

    # ---- the filter ---------------------------------------------------------------------------

    def current_filter(self) -> pq.PageFilter:
        minimum, density = officialese_limits(load_settings(self.project))
        return pq.PageFilter(
            decisions=self.decisions.values(),
            suggestions=self.suggestions.values(),
            age_bands=self.ages.values(),
            readability_bands=self.bands.values(),
            sections=self._selected_sections(),
            reviewers=self.reviewers.values(),
            kinds=self.kinds.values(),
            review_statuses=self.statuses.values(),
            duplicates=self.duplicates.value(),
            broken_links=self.broken.value(),
            has_note=self.has_note.value(),
            officialese_min=minimum if self.officialese.isChecked() else None,
            officialese_density=density if self.officialese.isChecked() else 0.0,
            changed_since_crawl=self.changed.isChecked(),
            search=self.search.text().strip(),
            nav_nodes=list(self._nav_nodes),
        )

    def set_filter(self, flt: pq.PageFilter) -> None:
        """Show *flt* in the controls (a saved view) and announce it once."""
        self._loading = True
        try:
            self.search.setText(flt.search)
            self._debounce.stop()
            self._set_nav(flt.nav_nodes)
            self.decisions.set_values(flt.decisions)
            self.suggestions.set_values(flt.suggestions)
            self.ages.set_values(flt.age_bands)
            self.bands.set_values(flt.readability_bands)
            self.kinds.set_values(flt.kinds)
            self.statuses.set_values(flt.review_statuses)
            self.reviewers.set_values(list(flt.reviewers))
            self.duplicates.set_value(flt.duplicates)
            self.broken.set_value(flt.broken_links)
            self.has_note.set_value(flt.has_note)
            self.officialese.setChecked(flt.officialese_min is not None)
            self.changed.setChecked(flt.changed_since_crawl)
            self.sections.clearSelection()
            wanted = set(flt.sections)
            it = [self.sections.topLevelItem(i) for i in range(self.sections.topLevelItemCount())]
            while it:
                item = it.pop()
                if item is None:
                    continue
                if item.data(0, SECTION_ROLE) in wanted:
                    item.setSelected(True)
                    parent = item.parent()
                    while parent is not None:
                        parent.setExpanded(True)
                        parent = parent.parent()
                it.extend(item.child(i) for i in range(item.childCount()))
        finally:
            self._loading = False
        self._emit()

    def _set_nav(self, nodes: list[int | str], label: str | None = None) -> None:
        self._nav_nodes = list(nodes)
        if nodes:
            self.nav_label.setText(label or self.tr("Only pages in the chosen navigation item"))
        self.nav_label.setVisible(bool(nodes))
        self.nav_clear.setVisible(bool(nodes))

    def show_nav_node(self, node: int | str, label: str) -> None:
        """Narrow the table to one item of the new navigation (or NONE: pages without a home)."""
        flt = self.current_filter()
        if not self._nav_nodes:
            self._before_nav = self.current_filter()
        flt.nav_nodes = [node]
        if node == pq.NONE:
            flt.decisions = ["keep", "rewrite"]
        self.set_filter(flt)
        self._set_nav([node], label)

    def _clear_nav(self) -> None:
        """Back to the filters as they were before a navigation item was chosen."""
        flt = self._before_nav or self.current_filter()
        flt.nav_nodes = []
        self._before_nav = None
        self.set_filter(flt)

    def clear(self) -> None:
        self.set_filter(pq.PageFilter())

    def _emit(self) -> None:
        if not self._loading:
            self._debounce.stop()
            self.filterChanged.emit(self.current_filter())

    # ---- saved views --------------------------------------------------------------------------

    def save_view(self, name: str) -> None:
        with self.project.transaction() as conn:
            pq.save_view(conn, name, self.current_filter())
        self.reload_options(wait=True)
        self.views.setCurrentIndex(max(0, self.views.findText(name.strip())))

    def apply_view(self, name: str) -> bool:
        index = self.views.findText(name)
        if index <= 0:
            return False
        self.views.setCurrentIndex(index)
        self.set_filter(self.views.itemData(index))
        return True

    def _view_chosen(self, index: int) -> None:
        flt = self.views.itemData(index)
        if isinstance(flt, pq.PageFilter):
            self.set_filter(flt)

    def _ask_save_view(self) -> None:
        name, ok = help_viewer.ask_text(
            self,
            help_viewer.FILTERS,
            self.tr("Save view"),
            self.tr("Name of this view (for example “HR, older than 5 years, undecided”):"),
        )
        if ok and name.strip():
            self.save_view(name)

    def _remove_view(self) -> None:
        name = self.views.currentText()
        if self.views.currentIndex() <= 0:
            return
        with self.project.transaction() as conn:
            pq.delete_view(conn, name)
        self.reload_options(wait=True)
