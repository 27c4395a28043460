"""Workshop mode: one page at a time in large type, for a room looking at a projector.

It walks the pages of the current table view (same filter and order) and asks the main window
to record decisions, so undo and the audit trail work the same as in the table.
"""

from __future__ import annotations

import html
import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from audit_app.core import page_query as pq
from audit_app.ui.detail_panel import load_detail
from audit_app.ui.page_table_model import (
    DECISION_COLOURS,
    PageTableModel,
    age_text,
    band_label,
    decision_label,
    status_label,
)
from audit_app.ui.plain_language_view import PlainLanguageView, b1_label
from audit_app.ui.preview import PagePreview

BIG = 1.6


class WorkshopView(QWidget):
    decisionRequested = Signal(str)  # keep | rewrite | delete | accept
    exitRequested = Signal()
    rowChanged = Signal(int)

    def __init__(
        self,
        model: PageTableModel,
        parent: QWidget | None = None,
        *,
        use_webengine: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.row = 0
        self.setObjectName("workshop")

        self.progress_label = QLabel(self)
        self.position_label = QLabel(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.url = QLabel(self)
        self.url.setWordWrap(True)
        self.preview = PagePreview(self, use_webengine=use_webengine)
        self.facts = QTextBrowser(self)
        self.facts.setOpenLinks(False)
        self.plain = PlainLanguageView(self, workshop=True)
        self.page_tabs = QTabWidget(self)
        self.page_tabs.addTab(self.preview, self.tr("Page"))
        self.page_tabs.addTab(self.plain, self.tr("Hard words"))

        self.prev_button = QPushButton(self.tr("◀ Previous"), self)
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.buttons: dict[str, QPushButton] = {}
        for key, label in (
            ("keep", self.tr("&Keep")),
            ("rewrite", self.tr("&Rewrite")),
            ("delete", self.tr("&Delete")),
            ("accept", self.tr("&Accept suggestion")),
        ):
            b = QPushButton(label, self)
            b.setMinimumHeight(56)
            if key in DECISION_COLOURS:
                b.setStyleSheet(f"background:{DECISION_COLOURS[key].name()}; color:black")
            b.clicked.connect(lambda _c=False, k=key: self.decisionRequested.emit(k))
            self.buttons[key] = b
        close = QPushButton(self.tr("Leave workshop mode (F11)"), self)
        close.clicked.connect(self.exitRequested)

        top = QHBoxLayout()
        top.addWidget(self.progress_label, 1)
        top.addWidget(self.position_label)
        top.addWidget(close)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.page_tabs)
        split.addWidget(self.facts)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        decide = QHBoxLayout()
        decide.addWidget(self.prev_button)
        for b in self.buttons.values():
            decide.addWidget(b, 1)
        decide.addWidget(self.next_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.title)
        lay.addWidget(self.url)
        lay.addWidget(split, 1)
        lay.addLayout(decide)
        self._apply_big_type()
        model.modelReset.connect(self._after_reset)
        model.dataChanged.connect(self._data_changed)

    @property
    def _t(self) -> dict[str, str]:
        """Texts used inside HTML templates (written out so lupdate finds them)."""
        return {
            "Decision": self.tr("Decision"),
            "Not decided yet": self.tr("Not decided yet"),
            "Suggestion": self.tr("Suggestion"),
        }

    def _apply_big_type(self) -> None:
        base = QFont(self.font())
        size = max(base.pointSizeF(), 9.0) * BIG
        for w in (
            self.progress_label,
            self.position_label,
            self.url,
            self.facts,
            self.plain.text,
            self.plain.aside,
            self.page_tabs,
            *self.buttons.values(),
            self.prev_button,
            self.next_button,
        ):
            f = QFont(base)
            f.setPointSizeF(size)
            w.setFont(f)
        f = QFont(base)
        f.setPointSizeF(size * 1.4)
        f.setBold(True)
        self.title.setFont(f)
        self.progress_label.setFont(f)

    # ---- navigation -----------------------------------------------------------------------

    @property
    def page_id(self) -> int | None:
        return self.model.page_id(self.row)

    def set_row(self, row: int) -> None:
        count = self.model.rowCount()
        self.row = min(max(0, row), max(0, count - 1))
        self.refresh()
        self.rowChanged.emit(self.row)

    def next(self) -> None:
        if self.row + 1 < self.model.rowCount():
            self.set_row(self.row + 1)

    def previous(self) -> None:
        if self.row > 0:
            self.set_row(self.row - 1)

    def _after_reset(self) -> None:
        if self.isVisible():
            self.set_row(0)
        else:
            self.row = 0

    def _data_changed(self, *_args: object) -> None:
        if self.isVisible():
            self.refresh()

    def progress_text(self) -> str:
        with self.model.project.read() as conn:
            if len(self.model.ids) <= 20_000:
                decided = pq.count_decided_ids(conn, self.model.ids)
            else:  # one query instead of one per 900 ids; may drift if the filter is "undecided"
                decided = pq.count_decided(conn, self.model.filter)[0]
        return (
            self.tr("%1 of %2 decided")
            .replace("%1", str(decided))
            .replace("%2", str(self.model.rowCount()))
        )

    def refresh(self) -> None:
        self.progress_label.setText(self.progress_text())
        count = self.model.rowCount()
        self.prev_button.setEnabled(self.row > 0)
        self.next_button.setEnabled(self.row + 1 < count)
        pid = self.page_id
        detail = load_detail(self.model.project, pid) if pid is not None else None
        for b in self.buttons.values():
            b.setEnabled(detail is not None)
        if detail is None:
            self.position_label.setText("")
            self.title.setText(self.tr("No pages in this view"))
            self.url.clear()
            self.preview.show_message(self.tr("Change the filters to show pages."))
            self.facts.clear()
            self.plain.clear()
            return
        self.position_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(self.row + 1)).replace("%2", str(count))
        )
        p, sc, dec = detail.page, detail.score, detail.decision
        self.title.setText(p["title"] or self.tr("(no title)"))
        self.url.setText(html.escape(p["url"]))
        if detail.html:
            self.preview.show_html(detail.html, p["final_url"] or p["url"])
        else:
            self.preview.show_message(detail.text[:3000] or self.tr("No stored copy of this page."))
        plain_text = "".join(f"<p>{html.escape(b)}</p>" for b in detail.text.split("\n\n"))
        self.plain.show_page(self.model.project, int(p["id"]), sc, plain_text)
        officialese = self.plain.officialese
        self.page_tabs.setTabText(
            1,
            self.tr("Hard words (%1)").replace("%1", str(officialese))
            if officialese
            else self.tr("Hard words"),
        )
        reasons = json.loads(sc.get("suggestion_reasons") or "[]") if sc else []
        decision = dec.get("decision")
        lines = []
        if decision:
            colour = DECISION_COLOURS.get(decision)
            lines.append(
                f"<p style='background:{colour.name() if colour else '#eee'}'><b>"
                f"{html.escape(self._t['Decision'])}: "
                f"{html.escape(decision_label(decision))}</b></p>"
            )
        else:
            lines.append(f"<p><b>{html.escape(self._t['Not decided yet'])}</b></p>")
        if sc.get("suggestion"):
            lines.append(
                f"<p>{html.escape(self._t['Suggestion'])}: <b>"
                f"{html.escape(decision_label(sc['suggestion']))}</b></p><ul>"
                + "".join(f"<li>{html.escape(str(r))}</li>" for r in reasons)
                + "</ul>"
            )
        facts = [
            (
                self.tr("Last changed"),
                f"{p['last_modified'] or '?'} ({age_text(sc.get('age_days'))})",
            ),
            (self.tr("Words"), str(p["words"] or 0)),
            (self.tr("Inlinks"), str(p["inlinks"] or 0)),
        ]
        if sc.get("readability") is not None:
            facts.append(
                (
                    self.tr("Readability"),
                    f"{sc['readability']:.0f} {band_label(sc.get('readability_band'))}",
                )
            )
        if self.plain.words is not None and self.plain.words.b1_indication is not None:
            facts.append((self.tr("B1 indication"), b1_label(self.plain.words.b1_indication)))
        if p.get("section"):
            facts.append((self.tr("Old section"), p["section"]))
        if dec.get("review_status") == "discuss":
            facts.append((self.tr("Status"), status_label("discuss")))
        if dec.get("nav_title"):
            facts.append((self.tr("New home"), dec["nav_title"]))
        if dec.get("note"):
            facts.append((self.tr("Note"), dec["note"]))
        lines.append(
            "<table cellpadding=4>"
            + "".join(
                f"<tr><td>{html.escape(a)}</td><td><b>{html.escape(b)}</b></td></tr>"
                for a, b in facts
            )
            + "</table>"
        )
        self.facts.setHtml("".join(lines))
