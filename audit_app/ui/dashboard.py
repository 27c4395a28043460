"""How far the audit is: for the project group, the workshop lead and the steering committee.

Each part says in a sentence what to do when it has nothing to show yet, because the
dashboard is opened on day one too, before there is a crawl, a score or a single decision.
"""

from __future__ import annotations

import html

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from audit_app.core import assignments, page_query, reviewers
from audit_app.core import navigation as nav
from audit_app.core.project import Project
from audit_app.core.scoring.age import AGE_BANDS
from audit_app.core.scoring.readability import B1_LABELS

DECISION_COLORS = {
    "keep": "#2e7d32",
    "rewrite": "#ef8f00",
    "merge": "#1565c0",
    "archive": "#6a1b9a",
    "delete": "#c62828",
    None: "#b0bec5",
}
B1_BANDS = tuple(B1_LABELS)
READABILITY_BANDS = (
    "very-easy", "easy", "fairly-easy", "standard", "fairly-difficult", "difficult",
    "very-difficult",
)  # fmt: skip
AGENDA_ROWS = 100
_CARD_STYLE = "QFrame#card { background:white; border:1px solid #dde3ea; border-radius:6px; }"
_EMPTY_STYLE = "color:#5f6b7a; padding:16px;"


class _Card(QFrame):
    """A titled box holding a chart or table, or a sentence when there is nothing yet."""

    def __init__(self, title: str, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(_CARD_STYLE)
        heading = QLabel(title, self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        heading.setFont(font)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(_EMPTY_STYLE)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(heading)
        layout.addWidget(self.stack, 1)

    def show_empty(self, sentence: str) -> None:
        self.empty.setText(sentence)
        self.stack.setCurrentIndex(1)

    def show_content(self) -> None:
        self.stack.setCurrentIndex(0)

    @property
    def is_empty(self) -> bool:
        return self.stack.currentIndex() == 1


def _chart_view() -> QChartView:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundVisible(False)
    chart.setPlotAreaBackgroundVisible(False)
    chart.setMargins(QMargins(0, 0, 0, 0))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setBackgroundBrush(QColor("white"))
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setMinimumHeight(230)
    return view


def _table(headers: list[str], *, progress_column: bool = True) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setShowGrid(False)
    table.setMinimumHeight(180)
    h = table.horizontalHeader()
    h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    if progress_column:
        h.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(len(headers) - 1, 120)
    else:
        h.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _number(n: int) -> QTableWidgetItem:
    item = QTableWidgetItem(str(n))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _bar(done: int, total: int) -> QWidget:
    """A progress bar centred in its table cell."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 0, 4, 0)
    bar = QProgressBar(box)
    bar.setRange(0, max(total, 1))
    bar.setValue(done)
    bar.setFormat("%p%")
    bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
    bar.setMaximumHeight(18)
    layout.addWidget(bar, 0, Qt.AlignmentFlag.AlignVCenter)
    return box


class DashboardWidget(QWidget):
    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project

        self.headline = QLabel(self)
        big = QFont(self.headline.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.headline.setFont(big)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(14)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color:#3b4651;")

        self.decision_view = _chart_view()
        self.age_view = _chart_view()
        self.readability_view = _chart_view()
        self.decision_legend = QLabel(self)
        self.decision_legend.setWordWrap(True)
        self.decision_legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pie_box = QWidget(self)
        pie_layout = QVBoxLayout(pie_box)
        pie_layout.setContentsMargins(0, 0, 0, 0)
        pie_layout.addWidget(self.decision_view, 1)
        pie_layout.addWidget(self.decision_legend)
        self.decision_card = _Card(self.tr("Decisions"), pie_box)
        self.age_card = _Card(self.tr("Age of the content"), self.age_view)
        self.readability_card = _Card(self.tr("Readability"), self.readability_view)

        self.section_table = _table(
            [self.tr("Old section"), self.tr("Pages"), self.tr("Decided"), self.tr("Progress")]
        )
        self.reviewer_table = _table(
            [
                self.tr("Reviewer"),
                self.tr("Pages"),
                self.tr("Decided"),
                self.tr("To discuss"),
                self.tr("Progress"),
            ]
        )
        self.section_card = _Card(self.tr("Per old section"), self.section_table)
        self.reviewer_card = _Card(self.tr("Per reviewer"), self.reviewer_table)
        self.agenda_table = _table(
            [self.tr("Page"), self.tr("Old section"), self.tr("Reviewer"), self.tr("Note")],
            progress_column=False,
        )
        self.agenda_card = _Card(self.tr("Workshop agenda: pages to discuss"), self.agenda_table)

        body = QWidget(self)
        body.setObjectName("dashboardBody")
        body.setStyleSheet("QWidget#dashboardBody { background:#f4f6f8; }")
        grid = QGridLayout(body)
        grid.setContentsMargins(14, 14, 14, 14)
        grid.setSpacing(12)
        grid.addWidget(self.headline, 0, 0, 1, 3)
        grid.addWidget(self.progress, 1, 0, 1, 3)
        grid.addWidget(self.summary, 2, 0, 1, 3)
        grid.addWidget(self.decision_card, 3, 0)
        grid.addWidget(self.age_card, 3, 1)
        grid.addWidget(self.readability_card, 3, 2)
        tables = QHBoxLayout()
        tables.setSpacing(12)
        tables.addWidget(self.section_card, 1)
        tables.addWidget(self.reviewer_card, 1)
        grid.addLayout(tables, 4, 0, 1, 3)
        for col in range(3):
            grid.setColumnStretch(col, 1)
        grid.addWidget(self.agenda_card, 5, 0, 1, 3)
        grid.setRowStretch(6, 1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.reload()

    # ---- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        with self.project.read() as conn:
            prog, sections = assignments.progress_overview(conn)
            people = reviewers.list_reviewers(conn)
            agenda = assignments.discussion_agenda(conn, limit=AGENDA_ROWS)
            homeless = nav.homeless_count(conn)
            ages = assignments.band_counts(conn, "age_band")
            b1 = assignments.band_counts(conn, "b1_band")
            bands = assignments.band_counts(conn, "readability_band")
            in_table = page_query.visible_count(conn)
        self._fill_headline(prog, homeless, in_table - prog.total)
        self._fill_decisions(prog)
        self._fill_age(prog.total, ages)
        self._fill_readability(prog.total, b1, bands)
        self._fill_sections(prog.total, sections)
        self._fill_reviewers(people)
        self._fill_agenda(agenda, prog.discuss)
        for widget in (
            self.progress,
            self.decision_card,
            self.age_card,
            self.readability_card,
            self.section_card,
            self.reviewer_card,
            self.agenda_card,
        ):
            widget.setVisible(prog.total > 0)  # on day one, one sentence says it all

    def _fill_headline(self, prog: assignments.Progress, homeless: int, not_counted: int) -> None:
        """*not_counted*: rows of the page table without a page to decide on (broken or gone
        addresses); said here, so the overview's total and the table's agree on sight."""
        if prog.total == 0:
            self.headline.setText(self.tr("No pages yet"))
            self.summary.setText(
                self.tr(
                    "Crawl the old intranet first; this overview fills itself as pages come in."
                )
            )
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            return
        self.headline.setText(
            self.tr("%1 of %2 pages decided (%3%)")
            .replace("%1", QLocale().toString(prog.decided))
            .replace("%2", QLocale().toString(prog.total))
            .replace("%3", str(round(100 * prog.fraction)))
        )
        self.progress.setRange(0, prog.total)
        self.progress.setValue(prog.decided)
        by = prog.by_decision
        keep, rewrite, merge, archive, delete = (
            by.get(k, 0) for k in ("keep", "rewrite", "merge", "archive", "delete")
        )
        counted = [  # every decision, so the parts add up to the decided pages in the headline
            (keep, self.tr("%n kept", "", keep)),
            (rewrite, self.tr("%n to rewrite", "", rewrite)),
            (merge, self.tr("%n to merge", "", merge)),
            (archive, self.tr("%n to archive", "", archive)),
            (delete, self.tr("%n to delete", "", delete)),
            (prog.discuss, self.tr("%n to discuss in the workshop", "", prog.discuss)),
            (homeless, self.tr("%n without a place in the new navigation", "", homeless)),
        ]
        parts = [text for n, text in counted if n]
        if not parts:
            parts = [self.tr("Nothing decided yet.")]
        if not_counted > 0:
            parts.append(
                self.tr(
                    "%n broken or gone address(es) in the page table not counted here",
                    "",
                    not_counted,
                )
            )
        self.summary.setText(" · ".join(parts))

    def _fill_decisions(self, prog: assignments.Progress) -> None:
        chart = self.decision_view.chart()
        chart.removeAllSeries()
        if prog.total == 0:
            self.decision_card.show_empty(
                self.tr("No pages yet. Crawl the old intranet to start the audit.")
            )
            return
        if prog.decided == 0:
            self.decision_card.show_empty(
                self.tr(
                    "No decisions yet. Open the workshop mode and mark pages keep, rewrite or "
                    "delete."
                )
            )
            return
        self.decision_card.show_content()
        series = QPieSeries()
        labels = {
            "keep": self.tr("Keep"),
            "rewrite": self.tr("Rewrite"),
            "merge": self.tr("Merge"),
            "archive": self.tr("Archive"),
            "delete": self.tr("Delete"),
            None: self.tr("Undecided"),
        }
        values: dict[str | None, int] = {k: v for k, v in prog.by_decision.items()}
        values[None] = prog.total - prog.decided
        legend = []
        for key, label in labels.items():
            n = values.get(key, 0)
            if not n:
                continue
            text = f"{label} {QLocale().toString(n)}"
            sl = series.append(text, n)
            sl.setColor(QColor(DECISION_COLORS[key]))
            sl.setBorderColor(QColor("white"))
            square = f"<span style='color:{DECISION_COLORS[key]}'>&#9632;</span>"
            legend.append(f"{square}&nbsp;{html.escape(text)}")
        series.setHoleSize(0.45)
        chart.addSeries(series)
        chart.legend().setVisible(False)
        self.decision_legend.setText("&nbsp;&nbsp; ".join(legend))

    def _bar_chart(
        self, view: QChartView, labels: list[str], values: list[int], color: str, name: str
    ) -> None:
        chart = view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bar = QBarSet(name)
        bar.append([float(v) for v in reversed(values)])  # a horizontal chart fills bottom-up
        bar.setColor(QColor(color))
        bar.setBorderColor(QColor(color))
        bar.setLabelColor(QColor("#26313b"))
        series = QHorizontalBarSeries()
        series.append(bar)
        series.setBarWidth(0.65)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(list(reversed(labels)))
        categories.setGridLineVisible(False)
        amounts = QValueAxis()
        amounts.setRange(0, max([*values, 1]) * 1.15)
        amounts.setLabelFormat("%d")
        amounts.applyNiceNumbers()
        amounts.setGridLineColor(QColor("#e6e9ed"))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(amounts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(amounts)
        chart.legend().setVisible(False)

    def _fill_age(self, total: int, ages: dict[str | None, int]) -> None:
        if not any(v for k, v in ages.items() if k is not None):
            self.age_card.show_empty(
                self.tr("No ages yet. Score the project to see how old the pages are.")
                if total
                else self.tr("Crawl and score the intranet to see how old the pages are.")
            )
            return
        self.age_card.show_content()
        labels = [
            self.tr("Under 1 year"),
            self.tr("1 to 2 years"),
            self.tr("2 to 5 years"),
            self.tr("Over 5 years"),
            self.tr("Unknown"),
        ]
        values = [ages.get(b, 0) for b in AGE_BANDS]
        values[-1] += ages.get(None, 0)
        self._bar_chart(self.age_view, labels, values, "#3f6fb5", self.tr("Pages"))

    def _fill_readability(
        self, total: int, b1: dict[str | None, int], bands: dict[str | None, int]
    ) -> None:
        if any(v for k, v in b1.items() if k is not None):
            self.readability_card.show_content()
            labels = [
                self.tr("B1 or easier"),
                self.tr("Maybe above B1"),
                self.tr("Above B1"),
                self.tr("Not measured"),
            ]
            values = [b1.get(k, 0) for k in B1_BANDS] + [b1.get(None, 0)]
            self._bar_chart(self.readability_view, labels, values, "#6a4fb3", self.tr("Pages"))
            return
        if any(v for k, v in bands.items() if k is not None):
            self.readability_card.show_content()
            labels = [
                self.tr("very easy"),
                self.tr("easy"),
                self.tr("fairly easy"),
                self.tr("standard"),
                self.tr("fairly difficult"),
                self.tr("difficult"),
                self.tr("very difficult"),
            ]
            values = [bands.get(k, 0) for k in READABILITY_BANDS]
            extra = sorted(k for k in bands if k is not None and k not in READABILITY_BANDS)
            if not any(values):  # a scorer with its own band names: show them as they are
                labels, values = [], []
            labels += extra
            values += [bands[k] for k in extra]
            self._bar_chart(self.readability_view, labels, values, "#6a4fb3", self.tr("Pages"))
            return
        self.readability_card.show_empty(
            self.tr("No readability yet. Score the project to see which pages are above B1.")
            if total
            else self.tr("Crawl and score the intranet to see how readable the pages are.")
        )

    def _fill_sections(self, total: int, sections: list[assignments.SectionProgress]) -> None:
        if not sections:
            self.section_card.show_empty(
                self.tr("No pages yet, so no old sections either.")
                if not total
                else self.tr("The crawl found no sections.")
            )
            return
        self.section_card.show_content()
        t = self.section_table
        t.setRowCount(len(sections))
        for row, sp in enumerate(sections):
            t.setItem(row, 0, QTableWidgetItem(sp.section or self.tr("(no section)")))
            t.setItem(row, 1, _number(sp.total))
            t.setItem(row, 2, _number(sp.decided))
            t.setCellWidget(row, 3, _bar(sp.decided, sp.total))

    def _fill_reviewers(self, people: list[reviewers.ReviewerStats]) -> None:
        if not people:
            self.reviewer_card.show_empty(
                self.tr("No reviewers yet. Add them under Reviewers and give each an old section.")
            )
            return
        self.reviewer_card.show_content()
        t = self.reviewer_table
        t.setRowCount(len(people))
        for row, st in enumerate(people):
            t.setItem(row, 0, QTableWidgetItem(st.reviewer.name))
            t.setItem(row, 1, _number(st.assigned))
            t.setItem(row, 2, _number(st.decided))
            t.setItem(row, 3, _number(st.discuss))
            t.setCellWidget(row, 4, _bar(st.decided, st.assigned))

    def _fill_agenda(self, items: list[assignments.PageItem], total: int) -> None:
        if not items:
            self.agenda_card.show_empty(
                self.tr(
                    "Nothing to discuss yet. Mark a page 'discuss' to put it on the agenda of the "
                    "next workshop."
                )
            )
            return
        self.agenda_card.show_content()
        t = self.agenda_table
        t.setRowCount(len(items))
        for row, it in enumerate(items):
            page = QTableWidgetItem(it.title or it.url)
            page.setToolTip(it.url)
            t.setItem(row, 0, page)
            t.setItem(row, 1, QTableWidgetItem(it.section or ""))
            t.setItem(row, 2, QTableWidgetItem(it.reviewer or ""))
            t.setItem(row, 3, QTableWidgetItem(it.note or ""))
        if total > len(items):
            self.agenda_card.setToolTip(
                self.tr("The first %1 of %2 pages to discuss.")
                .replace("%1", str(len(items)))
                .replace("%2", str(total))
            )
