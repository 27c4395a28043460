"""The page table: a Qt model over SQL for up to 100,000 pages.

The model keeps only the ordered list of page ids for the current filter and sort (one query)
and reads cells in blocks on demand, keeping a small LRU cache of rows. Sorting and filtering
happen in SQLite (audit_app.core.page_query), never in Python lists.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from audit_app.core import page_query as pq
from audit_app.core.project import Project
from audit_app.ui.reason_words import reasons_texts
from audit_app.ui.row_cache import RowCache
from audit_app.ui.taskman import ManagedTask, tasks

PAGE_IDS_MIME = "application/x-content-audit-page-ids"
PAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ASYNC_ABOVE = 20_000  # rows: above this, filtering and sorting run off the GUI thread

DECISION_COLOURS = {
    "keep": QColor("#d4edda"),
    "rewrite": QColor("#fff3cd"),
    "merge": QColor("#d6e4f5"),
    "archive": QColor("#e6dff0"),
    "delete": QColor("#f8d7da"),
}

Index = QModelIndex | QPersistentModelIndex


def column_title(key: str) -> str:
    titles = {
        "url": QCoreApplication.translate("Labels", "URL"),
        "title": QCoreApplication.translate("Labels", "Title"),
        "section": QCoreApplication.translate("Labels", "Old section"),
        "age": QCoreApplication.translate("Labels", "Age"),
        "readability": QCoreApplication.translate("Labels", "Readability"),
        "officialese": QCoreApplication.translate("Labels", "Officialese"),
        "words": QCoreApplication.translate("Labels", "Words"),
        "inlinks": QCoreApplication.translate("Labels", "Inlinks"),
        "suggestion": QCoreApplication.translate("Labels", "Suggestion"),
        "decision": QCoreApplication.translate("Labels", "Decision"),
        "nav": QCoreApplication.translate("Labels", "New home"),
        "reviewer": QCoreApplication.translate("Labels", "Reviewer"),
        "status": QCoreApplication.translate("Labels", "Status"),
    }
    return titles.get(key, key)


def officialese_tooltip(raw: str | None, limit: int = 8) -> str | None:
    """ "indien → als (3×)" lines for the officialese column's tooltip."""
    try:
        hits = json.loads(raw) if raw else []
    except ValueError:
        return None
    lines = [html.escape(f"{h[0]} → {h[1]} ({h[2]}×)") for h in hits[:limit] if len(h) >= 3]
    # Rich text with everything escaped: an own-list entry must not be read as markup.
    return f"<p>{'<br>'.join(lines)}</p>" if lines else None


def decision_label(key: str | None) -> str:
    labels = {
        "keep": QCoreApplication.translate("Labels", "Keep"),
        "rewrite": QCoreApplication.translate("Labels", "Rewrite"),
        "merge": QCoreApplication.translate("Labels", "Merge"),
        "archive": QCoreApplication.translate("Labels", "Archive"),
        "delete": QCoreApplication.translate("Labels", "Delete"),
        pq.NONE: QCoreApplication.translate("Labels", "Undecided"),
    }
    return labels.get(key or pq.NONE, key or "")


def age_band_label(key: str | None) -> str:
    labels = {
        "lt1": QCoreApplication.translate("Labels", "less than 1 year"),
        "1-2": QCoreApplication.translate("Labels", "1 to 2 years"),
        "2-5": QCoreApplication.translate("Labels", "2 to 5 years"),
        "gt5": QCoreApplication.translate("Labels", "older than 5 years"),
        "unknown": QCoreApplication.translate("Labels", "unknown age"),
    }
    return labels.get(key or "unknown", key or "")


def status_label(key: str | None) -> str:
    labels = {
        "todo": QCoreApplication.translate("Labels", "to do"),
        "reviewed": QCoreApplication.translate("Labels", "reviewed"),
        "discuss": QCoreApplication.translate("Labels", "to discuss"),
    }
    return labels.get(key or "todo", key or "")


def kind_label(key: str | None) -> str:
    labels = {
        "page": QCoreApplication.translate("Labels", "page"),
        "document": QCoreApplication.translate("Labels", "document"),
        "other": QCoreApplication.translate("Labels", "other"),
    }
    return labels.get(key or "other", key or "")


def signal_label(key: str) -> str:
    """The scorer's signal keys ("no-owner") in the user's language; unknown keys as they are."""
    labels = {
        "orphan": QCoreApplication.translate("Labels", "no links to this page"),
        "broken-links": QCoreApplication.translate("Labels", "broken links on the page"),
        "thin": QCoreApplication.translate("Labels", "little text"),
        "no-title": QCoreApplication.translate("Labels", "no title"),
        "no-h1": QCoreApplication.translate("Labels", "no heading (H1)"),
        "no-owner": QCoreApplication.translate("Labels", "no owner"),
        "old-document": QCoreApplication.translate("Labels", "old document"),
        "unknown-date": QCoreApplication.translate("Labels", "date unknown"),
        "low-date-confidence": QCoreApplication.translate("Labels", "date uncertain"),
        "duplicate": QCoreApplication.translate("Labels", "copy of another page"),
        "no-views": QCoreApplication.translate("Labels", "not visited"),
    }
    return labels.get(key, key)


def band_label(key: str | None) -> str:
    """Readability bands come from the scorer as keys; unknown keys are shown as they are."""
    if not key:
        return ""
    labels = {
        "very easy": QCoreApplication.translate("Labels", "very easy"),
        "easy": QCoreApplication.translate("Labels", "easy"),
        "fairly easy": QCoreApplication.translate("Labels", "fairly easy"),
        "standard": QCoreApplication.translate("Labels", "standard"),
        "fairly difficult": QCoreApplication.translate("Labels", "fairly difficult"),
        "difficult": QCoreApplication.translate("Labels", "difficult"),
        "very difficult": QCoreApplication.translate("Labels", "very difficult"),
    }
    plain = key.replace("-", " ").replace("_", " ")
    return labels.get(plain, plain)


def family_label(kind: str | None, variants: int | None, skipped: bool | None) -> str:
    """A row that stands for a whole calendar ("Calendar, 24 variants, the rest skipped") or
    a paged list ("List, 5 pages")."""
    if not kind:
        return ""
    n = int(variants or 1)
    if kind == "paged":
        return QCoreApplication.translate("Labels", "List, %n page(s)", "", n)
    if skipped:
        return QCoreApplication.translate(
            "Labels", "Calendar, %n variant(s), the rest skipped", "", n
        )
    return QCoreApplication.translate("Labels", "Calendar, %n variant(s)", "", n)


def title_with_family(row: dict[str, Any]) -> str:
    title = row["title"] or ""
    family = family_label(
        row.get("family_kind"), row.get("family_variants"), row.get("family_skipped")
    )
    return f"{title} — {family}" if family and title else family or title


def short_url(url: str) -> str:
    """The address without scheme and host: everyone in the table shares the same host."""
    parts = urlsplit(url)
    if not parts.netloc:
        return url
    rest = parts.path or "/"
    return rest + (f"?{parts.query}" if parts.query else "")


def age_text(days: int | None) -> str:
    if days is None:
        return QCoreApplication.translate("Labels", "unknown")
    if days < 365:
        return QCoreApplication.translate("Labels", "%n month(s)", "", max(1, days // 30))
    return QCoreApplication.translate("Labels", "%n year(s)", "", days // 365)


def read_ids(project: Project, flt: pq.PageFilter, sort_key: str, descending: bool) -> list[int]:
    """The ordered page ids for a filter and sort; safe on a worker thread."""
    with project.read() as conn:
        return pq.page_ids(conn, flt, sort_key, descending)


def first_page_ids(project: Project) -> list[int]:
    """The ids a freshly opened model shows (no filter, by address)."""
    return read_ids(project, pq.PageFilter(), "url", False)


class PageTableModel(QAbstractTableModel):
    """Rows are page ids; cells are read lazily from the project file."""

    idsReloaded = Signal()
    loadingChanged = Signal(bool)  # a big project is being filtered or sorted in the background

    def __init__(
        self, project: Project, parent: Any = None, *, ids: list[int] | None = None
    ) -> None:
        """*ids*: the first id list, already read off the GUI thread (see first_page_ids)."""
        super().__init__(parent)
        self.project = project
        self.filter = pq.PageFilter()
        self.sort_key = "url"
        self.descending = False
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._cache: RowCache[int, dict[str, Any]] = RowCache(self._fetch_rows)
        self._generation = 0
        self._tasks: list[ManagedTask] = []
        self.loading = False
        self._big = False  # set from the unfiltered page count
        if ids is None:
            self.reload()
        else:
            self._ids = list(ids)
            self._big = len(self._ids) > ASYNC_ABOVE

    # ---- data loading -------------------------------------------------------------------

    def reload(self) -> None:
        """Re-run the id query for the current filter and sort.

        Small projects answer at once. In a big one the query runs on a worker and the rows
        change when it is done; a newer request makes an older answer obsolete.
        """
        self._generation += 1
        if not self._big and not self.loading:
            self._apply_ids(read_ids(self.project, self.filter, self.sort_key, self.descending))
            return
        generation = self._generation
        args = (self.project, self.filter, self.sort_key, self.descending)
        if not self.loading:
            self.loading = True
            self.loadingChanged.emit(True)
        self._tasks = [t for t in self._tasks if not t.done]
        self._tasks.append(
            tasks().run_beside(
                "page-ids",
                lambda _progress: read_ids(*args),
                on_done=lambda ids: self._loaded(ids, generation),
                receiver=self,
            )
        )

    def _loaded(self, ids: list[int], generation: int) -> None:
        if generation != self._generation:
            return  # the user asked for something else in the meantime
        self.loading = False
        self._apply_ids(ids)
        self.loadingChanged.emit(False)

    def wait_until_loaded(self, msecs: int = 30000) -> None:
        """Finish pending loads (benchmarks, closing); normal code listens to idsReloaded."""
        for task in list(self._tasks):
            task.wait(msecs)

    def _apply_ids(self, ids: list[int]) -> None:
        if self.filter.is_empty():
            self._big = len(ids) > ASYNC_ABOVE
        self.beginResetModel()
        self._ids = ids
        self._row_of = None
        self._cache.clear()
        self.endResetModel()
        self.idsReloaded.emit()

    def set_filter(self, flt: pq.PageFilter) -> None:
        self.filter = flt
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(pq.COLUMNS):
            return
        key, descending = pq.COLUMNS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return  # the view asks again whenever it is (re)attached
        if key == self.sort_key and not self.loading:
            # Same column, other direction: "x ASC, id ASC" reversed is exactly "x DESC, id DESC"
            # (NULLs move from first to last as SQLite does), so no query is needed.
            self.descending = descending
            self.beginResetModel()
            self._ids.reverse()
            self._row_of = None
            self.endResetModel()
            self.idsReloaded.emit()
            return
        self.sort_key, self.descending = key, descending
        self.reload()

    def refresh_pages(self, page_ids: Iterable[int] | None = None) -> None:
        """Re-read cells after a change (decision, undo); None refreshes everything cached."""
        if not self._ids:
            return
        page_ids = None if page_ids is None else list(page_ids)
        if page_ids is None or len(page_ids) > 50:
            self._cache.clear()
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(pq.COLUMNS) - 1)
            )
            return
        for pid in page_ids:
            self._cache.forget(pid)
            row = self.row_of(pid)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(pq.COLUMNS) - 1))

    def _row(self, row: int) -> dict[str, Any] | None:
        return self._cache.get(self._ids, row)

    def _fetch_rows(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        with self.project.read() as conn:
            return pq.fetch_rows(conn, ids)

    # ---- lookups --------------------------------------------------------------------------

    @property
    def ids(self) -> Sequence[int]:
        return self._ids

    def page_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, page_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {pid: row for row, pid in enumerate(self._ids)}
        return self._row_of.get(page_id)

    def row_data(self, row: int) -> dict[str, Any] | None:
        return self._row(row) if 0 <= row < len(self._ids) else None

    # ---- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(pq.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(pq.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(pq.COLUMNS[section])
            return None
        return None  # no row numbers: the vertical header would ask for all 100,000 of them

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == PAGE_ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        key = pq.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("words", "inlinks", "readability", "officialese"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if key == "decision" and row["decision"] in DECISION_COLOURS:
                return QBrush(DECISION_COLOURS[row["decision"]])
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "age":
                return row["last_modified"] or None
            if key == "url":
                return row["url"]
            if key in ("title", "section", "nav"):
                return self._display(key, row) or None
            if key == "officialese":
                if row.get("word_status") == "unsupported":
                    return QCoreApplication.translate(
                        "Labels", "Not supported: there are word lists for Dutch and English only"
                    )
                return officialese_tooltip(row.get("officialese_hits"))
            if key == "suggestion":
                return "\n".join(reasons_texts(row.get("suggestion_reasons"))) or None
            return None
        return self._display(key, row)

    def _display(self, key: str, row: dict[str, Any]) -> str:
        if key == "url":
            return short_url(str(row["url"]))
        if key == "title":
            return title_with_family(row)
        if key == "section":
            return row["section"] or ""
        if key == "age":
            return age_text(row["age_days"])
        if key == "readability":
            value = row["readability"]
            if value is None:
                return ""
            band = band_label(row["readability_band"])
            return f"{value:.0f} ({band})" if band else f"{value:.0f}"
        if key == "officialese":
            if row.get("word_status") == "unsupported":
                return "–"
            ok = row.get("word_status") == "ok" and row.get("officialese") is not None
            return str(row["officialese"]) if ok else ""
        if key == "words":
            return "" if row["words"] is None else str(row["words"])
        if key == "inlinks":
            return str(row["inlinks"] or 0)
        if key == "suggestion":
            return decision_label(row["suggestion"]) if row["suggestion"] else ""
        if key == "decision":
            return decision_label(row["decision"]) if row["decision"] else ""
        if key == "nav":
            return row["nav_title"] or ""
        if key == "reviewer":
            return row["reviewer"] or ""
        if key == "status":
            return status_label(row["review_status"])
        return ""

    # ---- drag: pages onto the navigation tree -----------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [PAGE_IDS_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [self._ids[r] for r in rows if r < len(self._ids)]
        mime = QMimeData()
        mime.setData(PAGE_IDS_MIME, json.dumps(ids).encode("utf-8"))
        return mime
