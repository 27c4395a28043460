"""Workshop mode: one page at a time, for a room looking at a projector.

It walks the pages of the current table view (same filter and order) and asks the main window
to record decisions and homes, so undo and the audit trail work the same as in the table.
Everything is sized from the screen's height and a zoom the facilitator sets with Ctrl +/-:
black on white, thick borders, saturated decision colours with white or black text (pastels
wash out on a beamer), and the scores in words rather than figures.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from audit_app.core import page_query as pq
from audit_app.core.navigation import node_paths
from audit_app.ui.detail_panel import PageDetail, load_detail
from audit_app.ui.formats import long_date
from audit_app.ui.page_table_model import (
    PageTableModel,
    age_text,
    band_label,
    decision_label,
    status_label,
)
from audit_app.ui.plain_language_view import PlainLanguageView, b1_label
from audit_app.ui.preview import PagePreview
from audit_app.ui.reason_words import reasons_under

# Decision colours for a projector: saturated, with the text colour that reads on them.
PROJECTOR_COLOURS = {
    "keep": ("#0f6b2f", "#ffffff"),
    "rewrite": ("#f2a900", "#000000"),
    "merge": ("#1565c0", "#ffffff"),
    "archive": ("#6a1b9a", "#ffffff"),
    "delete": ("#b3161d", "#ffffff"),
    "accept": ("#1f1f1f", "#ffffff"),
    "place": ("#ffffff", "#000000"),
}
ZOOM_STEPS = (0.7, 0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
PREVIEW_SHARE = 0.6  # of the width, for the page itself
DECISION_ROW = ("keep", "rewrite", "merge", "archive", "delete")


def base_pixels(height: int, zoom: float) -> int:
    """Body text size: about 1/38 of the screen height (28 px on 1080 lines), times the zoom."""
    return round(min(max(height / 38, 16), 44) * zoom)


def workshop_style(px: int, button_px: int | None = None) -> str:
    """The high-contrast theme, for body text of *px* pixels; buttons at *button_px* when the
    room's zoom would make their labels wider than the screen."""
    big = round(px * 1.5)
    small = round(px * 0.85)
    button = min(small, button_px) if button_px else small
    pad = px // 3 if button == small else button // 3
    w = "QWidget#workshop"
    rules = [
        f"{w} {{ background:#ffffff; color:#000000; font-size:{px}px; }}",
        f"{w} QLabel {{ color:#000000; font-size:{px}px; }}",
        f"{w} QLabel#workshopTitle {{ font-size:{big}px; font-weight:700; }}",
        f"{w} QLabel#workshopProgress {{ font-size:{round(px * 1.15)}px; font-weight:700; }}",
        f"{w} QLabel#workshopUrl {{ color:#333333; font-size:{round(px * 0.8)}px; }}",
        f"{w} QLabel#workshopFlash {{ background:#000000; color:#ffffff; padding:6px 12px;"
        " font-weight:700; }",
        f"{w} QTextBrowser {{ font-size:{px}px; color:#000000; background:#ffffff; }}",
        f"{w} QTabBar::tab {{ font-size:{small}px; font-weight:700; color:#000000;"
        f" padding:{px // 4}px {px // 2}px; }}",
        f"{w} QTabBar::tab:selected {{ border-bottom:4px solid #000000; }}",
        f"{w} QTextBrowser#workshopFacts {{ font-size:{px}px; color:#000000;"
        " background:#ffffff; border:2px solid #000000; }",
        f"{w} QLineEdit, {w} QTreeView {{ font-size:{px}px; color:#000000; background:#ffffff; }}",
        f"{w} QPushButton {{ font-size:{button}px; font-weight:700; color:#000000;"
        " background:#ffffff; border:3px solid #000000; border-radius:8px;"
        f" padding:{pad}px {pad}px; }}",
        f"{w} QPushButton:disabled {{ color:#8a8a8a; border-color:#b0b0b0; }}",
        f"{w} QPushButton:focus {{ border:5px solid #1a73e8; }}",
        f"{w} QProgressBar#workshopBar {{ border:2px solid #000000; background:#ffffff;"
        f" max-height:{px // 2}px; }}",
        f"{w} QProgressBar#workshopBar::chunk {{ background:#0f6b2f; }}",
        f"{w} QSplitter::handle {{ background:#000000; width:3px; }}",
    ]
    for key, (bg, fg) in PROJECTOR_COLOURS.items():
        rules.append(
            f"QWidget#workshop QPushButton#decide_{key} {{ background:{bg}; color:{fg};"
            " border-color:#000000; }"
        )
    return "\n".join(rules)


class WorkshopView(QWidget):
    decisionRequested = Signal(str)  # keep | rewrite | delete | accept
    placeRequested = Signal()  # give the page its home in the new navigation
    exitRequested = Signal()
    rowChanged = Signal(int)

    def __init__(
        self,
        model: PageTableModel,
        parent: QWidget | None = None,
        *,
        use_webengine: bool | None = None,
        zoom: float = 1.0,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.row = 0
        self.zoom = zoom
        self._sized = False
        self.setObjectName("workshop")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("workshopProgress")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("workshopBar")
        self.progress_bar.setTextVisible(False)
        self.position_label = QLabel(self)
        self.title = QLabel(self)
        self.title.setObjectName("workshopTitle")
        self.title.setWordWrap(True)
        self.url = QLabel(self)
        self.url.setObjectName("workshopUrl")
        self.url.setTextFormat(Qt.TextFormat.PlainText)
        self.flash = QLabel(self)
        self.flash.setObjectName("workshopFlash")
        self.flash.hide()
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self.flash.hide)
        self.preview = PagePreview(self, use_webengine=use_webengine)
        self.preview.setMinimumWidth(240)
        self.facts = QTextBrowser(self)
        self.facts.setObjectName("workshopFacts")
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
            ("keep", self.tr("Keep (K)")),
            ("rewrite", self.tr("Rewrite (R)")),
            ("merge", self.tr("Merge… (M)")),
            ("archive", self.tr("Archive (C)")),
            ("delete", self.tr("Delete (D)")),
            ("accept", self.tr("Accept suggestion (A)")),
            ("place", self.tr("New home… (N)")),
        ):
            b = QPushButton(label, self)
            b.setObjectName(f"decide_{key}")
            if key == "place":
                b.clicked.connect(self.placeRequested)
            else:
                b.clicked.connect(lambda _c=False, k=key: self.decisionRequested.emit(k))
            self.buttons[key] = b
        self.zoom_out_button = QPushButton(self.tr("A−"), self)
        self.zoom_out_button.setToolTip(self.tr("Smaller (Ctrl+−)"))
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_in_button = QPushButton(self.tr("A+"), self)
        self.zoom_in_button.setToolTip(self.tr("Larger (Ctrl++)"))
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(1))
        self.leave_button = QPushButton(self.tr("Leave workshop (F11)"), self)
        self.leave_button.clicked.connect(self.exitRequested)
        for keys, step in (
            ((QKeySequence.StandardKey.ZoomIn, "Ctrl+="), 1),
            ((QKeySequence.StandardKey.ZoomOut,), -1),
            (("Ctrl+0",), 0),
        ):
            for k in keys:
                shortcut = QShortcut(QKeySequence(k), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda s=step: self.step_zoom(s))

        top = QHBoxLayout()
        top.addWidget(self.progress_label)
        top.addWidget(self.progress_bar, 1)
        top.addSpacing(12)
        top.addWidget(self.position_label)
        top.addSpacing(12)
        top.addWidget(self.zoom_out_button)
        top.addWidget(self.zoom_in_button)
        top.addWidget(self.leave_button)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.page_tabs)
        self.split.addWidget(self.facts)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        # Two rows, so every label stays whole on a 1280-pixel projector: the five decisions
        # between previous and next, then accepting the suggestion and giving a new home.
        decide = QGridLayout()
        decide.addWidget(self.prev_button, 0, 0)
        decisions = DECISION_ROW
        for column, key in enumerate(decisions, start=1):
            decide.addWidget(self.buttons[key], 0, column)
            decide.setColumnStretch(column, 1)
        decide.addWidget(self.next_button, 0, len(decisions) + 1)
        decide.addWidget(self.buttons["accept"], 1, 1, 1, 3)
        decide.addWidget(self.buttons["place"], 1, 4, 1, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.title)
        lay.addWidget(self.url)
        lay.addWidget(self.flash)
        lay.addWidget(self.split, 1)
        lay.addLayout(decide)
        self.apply_theme()
        self._page_before_reset: int | None = None
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        model.dataChanged.connect(self._data_changed)

    # ---- size, theme and zoom ---------------------------------------------------------------

    def text_pixels(self) -> int:
        screen = self.screen()
        height = self.height() if self.isVisible() else screen.size().height() if screen else 900
        return base_pixels(height, self.zoom)

    def apply_theme(self) -> None:
        px = self.text_pixels()
        self.setStyleSheet(workshop_style(px, self.button_pixels(px)))
        self.preview.set_zoom(self.preview_zoom())

    def button_pixels(self, px: int) -> int:
        """The buttons' type: as the theme has it, but small enough that the row of previous,
        the five decisions and next fits the screen whole (zoomed in, labels were cut off)."""
        screen = self.screen()
        width = self.width() if self.isVisible() else screen.size().width() if screen else 1280
        row = [self.prev_button, *(self.buttons[k] for k in DECISION_ROW), self.next_button]
        font = QFont(self.font())
        font.setBold(True)
        size = round(px * 0.85)
        while size > 10:
            font.setPixelSize(size)
            metrics = QFontMetrics(font)
            # text, padding on both sides, border, and the layout's spacing
            needed = sum(metrics.horizontalAdvance(b.text()) + 2 * (size // 3) + 14 for b in row)
            if needed <= width - 2 * 12:
                break
            size -= 1
        return size

    def preview_zoom(self) -> float:
        """The old page a little larger on a big screen: 1.5 at 1080 lines, 1.0 at 720."""
        return self.zoom * max(1.0, self.height() / 720)

    def step_zoom(self, step: int) -> None:
        """One step larger (1), smaller (-1), or back to normal (0)."""
        if step == 0:
            self.zoom = 1.0
        else:
            i = min(range(len(ZOOM_STEPS)), key=lambda j: abs(ZOOM_STEPS[j] - self.zoom))
            self.zoom = ZOOM_STEPS[max(0, min(len(ZOOM_STEPS) - 1, i + step))]
        self.apply_theme()

    def share_width(self) -> None:
        """Give the page itself most of the width (a splitter left alone may give it none)."""
        width = max(self.split.width(), self.width() - 24)
        self.split.setSizes([round(width * PREVIEW_SHARE), round(width * (1 - PREVIEW_SHARE))])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.apply_theme()
        if not self._sized:
            self._sized = True
            self.share_width()
        QTimer.singleShot(0, self, self._check_width)

    def _check_width(self) -> None:
        sizes = self.split.sizes()
        if sizes and sizes[0] < self.split.width() * 0.3:
            self.share_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible() and event.oldSize() != event.size():
            self.apply_theme()
        if self.isVisible():
            self._check_width()

    def show_flash(self, message: str) -> None:
        """A line the room reads after an action: where the page went, what was undone."""
        self.flash.setText(message)
        self.flash.show()
        self._flash_timer.start(6000)

    # ---- navigation -----------------------------------------------------------------------

    @property
    def page_id(self) -> int | None:
        return self.model.page_id(self.row)

    def set_row(self, row: int) -> None:
        before = self.page_id
        count = self.model.rowCount()
        self.row = min(max(0, row), max(0, count - 1))
        if self.page_id != before:
            self.flash.hide()
        self.refresh()
        self.rowChanged.emit(self.row)

    def next(self) -> None:
        if self.row + 1 < self.model.rowCount():
            self.set_row(self.row + 1)

    def previous(self) -> None:
        if self.row > 0:
            self.set_row(self.row - 1)

    def _before_reset(self) -> None:
        self._page_before_reset = self.page_id

    def _after_reset(self) -> None:
        """A new sort or filter, or a reload after others' changes: stay on the same page
        when it is still in view, so the room does not lose its place."""
        pid = self._page_before_reset
        row = self.model.row_of(pid) if pid is not None else None
        if self.isVisible():
            self.set_row(row or 0)
        else:
            self.row = row or 0

    def _data_changed(self, *_args: object) -> None:
        if self.isVisible():
            self.refresh()

    def decided_count(self) -> int:
        with self.model.project.read() as conn:
            if len(self.model.ids) <= 20_000:
                return pq.count_decided_ids(conn, self.model.ids)
            # one query instead of one per 900 ids; may drift if the filter is "undecided"
            return pq.count_decided(conn, self.model.filter)[0]

    def progress_text(self) -> str:
        return (
            self.tr("%1 of %2 decided")
            .replace("%1", QLocale().toString(self.decided_count()))
            .replace("%2", QLocale().toString(self.model.rowCount()))
        )

    def refresh(self) -> None:
        count = self.model.rowCount()
        decided = self.decided_count()
        locale = QLocale()
        self.progress_label.setText(
            self.tr("%1 of %2 decided")
            .replace("%1", locale.toString(decided))
            .replace("%2", locale.toString(count))
        )
        self.progress_bar.setRange(0, max(1, count))
        self.progress_bar.setValue(decided)
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
            self.tr("Page %1 of %2")
            .replace("%1", locale.toString(self.row + 1))
            .replace("%2", locale.toString(count))
        )
        p = detail.page
        self.title.setText(p["title"] or self.tr("(no title)"))
        self.url.setText(p["url"])
        if detail.html:
            self.preview.show_html(detail.html, p["final_url"] or p["url"])
        else:
            self.preview.show_message(detail.text[:3000] or self.tr("No stored copy of this page."))
        sc = detail.score or {}
        plain_text = "".join(f"<p>{html.escape(b)}</p>" for b in detail.text.split("\n\n"))
        self.plain.show_page(self.model.project, int(p["id"]), sc, plain_text)
        officialese = self.plain.officialese
        self.page_tabs.setTabText(
            1,
            self.tr("Hard words (%1)").replace("%1", str(officialese))
            if officialese
            else self.tr("Hard words"),
        )
        self.facts.setHtml(self.facts_html(detail))

    def home_path(self, detail: PageDetail) -> str | None:
        node_id = detail.decision.get("nav_node_id")
        if node_id is None:
            return None
        with self.model.project.read() as conn:
            return node_paths(conn).get(int(node_id))

    def facts_html(self, detail: PageDetail) -> str:
        """The decision, the suggestion with its reasons, and the page's facts in words."""
        p, sc, dec = detail.page, detail.score or {}, detail.decision or {}
        e = html.escape
        lines = []
        decision = dec.get("decision")
        decision_word = self.tr("Decision")
        suggestion_word = self.tr("Suggestion")
        if decision in PROJECTOR_COLOURS:
            bg, fg = PROJECTOR_COLOURS[decision]
            lines.append(
                f"<p style='background:{bg}; color:{fg}; padding:8px'><b>&nbsp;"
                f"{e(decision_word)}: {e(decision_label(decision))}&nbsp;</b></p>"
            )
        else:
            lines.append(f"<p><b>{e(decision_word)}: {e(decision_label(None))}</b></p>")
        if sc.get("suggestion"):
            reasons = reasons_under(decision_label(sc["suggestion"]), sc.get("suggestion_reasons"))
            lines.append(
                f"<p>{e(suggestion_word)}: <b>{e(decision_label(sc['suggestion']))}</b></p>"
                "<ul style='margin-top:0'>" + "".join(f"<li>{e(r)}</li>" for r in reasons) + "</ul>"
            )
        home = self.home_path(detail)
        facts = [
            (
                self.tr("New home"),
                home.replace(" > ", " › ") if home else self.tr("none yet (press N)"),
            ),
            (
                self.tr("Last changed"),
                self.tr("%1, %2 ago")
                .replace("%1", long_date(p.get("last_modified")))
                .replace("%2", age_text(sc.get("age_days")))
                if p.get("last_modified")
                else self.tr("unknown"),
            ),
        ]
        if sc.get("readability_band"):
            facts.append((self.tr("Readability"), band_label(sc.get("readability_band"))))
        if self.plain.words is not None and self.plain.words.b1_indication is not None:
            facts.append((self.tr("B1 indication"), b1_label(self.plain.words.b1_indication)))
        locale = QLocale()
        facts.append((self.tr("Words"), locale.toString(int(p.get("words") or 0))))
        facts.append((self.tr("Inlinks"), locale.toString(int(p.get("inlinks") or 0))))
        if p.get("section"):
            facts.append((self.tr("Old section"), p["section"]))
        if dec.get("review_status") == "discuss":
            facts.append((self.tr("Status"), status_label("discuss")))
        if dec.get("note"):
            facts.append((self.tr("Note"), dec["note"]))
        lines.append(
            "<table cellpadding=3>"
            + "".join(
                f"<tr><td style='color:#333'>{e(a)}</td><td><b>{e(b)}</b></td></tr>"
                for a, b in facts
            )
            + "</table>"
        )
        return "".join(lines)
