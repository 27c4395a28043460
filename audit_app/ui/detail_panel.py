"""One page in detail: how it looked, its text, scores, dates, links and duplicates.

The preview (``audit_app.ui.preview``) shows the stored snapshot and nothing else; a link
clicked in it selects that page here when it is in the project, and is never followed.
"""

from __future__ import annotations

import html
import json
import re
import zlib
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
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

from audit_app.core.page_detail import read_page_detail
from audit_app.core.project import Project
from audit_app.core.scoring.word_store import page_words
from audit_app.core.text_diff import paragraph_diff
from audit_app.ui.crawl_words import date_reason_text, date_source_text, fetch_error_text
from audit_app.ui.formats import long_date
from audit_app.ui.page_history import PageHistoryView
from audit_app.ui.page_table_model import (
    DECISION_COLOURS,
    age_band_label,
    age_text,
    band_label,
    decision_label,
    family_label,
    kind_label,
    signal_label,
)
from audit_app.ui.plain_language_view import PlainLanguageView, b1_label
from audit_app.ui.preview import PagePreview
from audit_app.ui.reason_words import reasons_under
from crawlers.urls import normalise

PAGE_SCHEME = "page"

# ---- the stored snapshot ---------------------------------------------------------------------


def decode_snapshot(raw: bytes | None, charset: str | None) -> str | None:
    """The stored original bytes (zlib) as text, decoded like the crawler decoded them."""
    if not raw:
        return None
    try:
        data = zlib.decompress(raw)
    except zlib.error:
        return None
    try:
        from crawlers.encoding import decode_html

        result = decode_html(data, charset)
        return result[0] if isinstance(result, tuple) else str(result)
    except ImportError:
        return data.decode(charset or "utf-8", errors="replace")
    except Exception:
        return data.decode("utf-8", errors="replace")


# ---- reading one page --------------------------------------------------------------------------


@dataclass
class PageDetail:
    page: dict[str, Any]
    score: dict[str, Any]
    decision: dict[str, Any]
    text: str = ""
    html: str | None = None
    date_evidence: list[dict[str, Any]] = field(default_factory=list)
    inlinks: list[dict[str, Any]] = field(default_factory=list)
    outlinks: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    views: int | None = None
    b1_indication: str | None = None


def _loads(raw: str | None, default: Any) -> Any:
    if not raw:
        return default
    try:
        return json.loads(raw)
    except ValueError:
        return default


def load_detail(project: Project, page_id: int) -> PageDetail | None:
    with project.read() as conn:
        found = read_page_detail(conn, page_id)
        words = page_words(conn, page_id) if found is not None else None
    if found is None:
        return None
    prow, content = found["page"], found["content"]
    return PageDetail(
        page=prow,
        score=found["score"],
        decision=found["decision"],
        text=(content["text"] or "") if content else "",
        html=decode_snapshot(content["raw"], prow["charset"]) if content else None,
        date_evidence=_loads(content["date_evidence"], []) if content else [],
        inlinks=found["inlinks"],
        outlinks=found["outlinks"],
        duplicates=found["duplicates"],
        views=found["views"],
        b1_indication=words.b1_indication if words is not None else None,
    )


# ---- text with highlights -----------------------------------------------------------------------

_TAG = re.compile(r"(<[^>]+>)")


def highlight_text(body: str, long_sentences: list[str], long_words: list[str]) -> str:
    """The page text as HTML, long sentences shaded and long words underlined."""
    paragraphs = []
    sentences = sorted({s for s in long_sentences if s.strip()}, key=len, reverse=True)
    words = sorted({w for w in long_words if w.strip()}, key=len, reverse=True)
    word_re = (
        re.compile(r"(?<!\w)(" + "|".join(re.escape(html.escape(w)) for w in words) + r")(?!\w)")
        if words
        else None
    )
    for block in body.split("\n\n"):
        if not block.strip():
            continue
        marked = html.escape(block)
        for sentence in sentences:
            esc = html.escape(sentence)
            marked = marked.replace(esc, f"<span style='background:#fde2a7'>{esc}</span>")
        if word_re is not None:
            pieces = _TAG.split(marked)
            marked = "".join(
                piece
                if piece.startswith("<")
                else word_re.sub(r"<u style='color:#a33'>\1</u>", piece)
                for piece in pieces
            )
        paragraphs.append(f"<p>{marked}</p>")
    return "\n".join(paragraphs)


# ---- the panel -----------------------------------------------------------------------------------


class DetailPanel(QWidget):
    """Shows one page; emits pageRequested when someone follows a link to another page."""

    pageRequested = Signal(int)

    def __init__(
        self, project: Project, parent: QWidget | None = None, *, use_webengine: bool | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.page_id: int | None = None
        self.detail: PageDetail | None = None

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.url = QLabel(self)
        self.url.setWordWrap(True)
        self.url.setTextInteractionFlags(self.url.textInteractionFlags() | self._selectable())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open in browser"), self)
        self.open_button.setToolTip(self.tr("Open the page on the old intranet in your browser"))
        self.open_button.clicked.connect(self.open_in_browser)

        self.tabs = QTabWidget(self)
        self.preview = PagePreview(self, use_webengine=use_webengine)
        self.preview.linkClicked.connect(self._preview_link)
        self.text_view = PlainLanguageView(self)
        self.scores_view = self._browser()
        self.dates_view = self._browser()
        self.links_view = self._browser()
        self.duplicates_box = QSplitter(self)
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs.addTab(self.text_view, self.tr("Text"))
        self.tabs.addTab(self.scores_view, self.tr("Scores"))
        self.tabs.addTab(self.dates_view, self.tr("Dates"))
        self.tabs.addTab(self.links_view, self.tr("Links"))
        self.tabs.addTab(self.duplicates_box, self.tr("Duplicates"))
        self.history_view = PageHistoryView(self)
        self.tabs.addTab(self.history_view, self.tr("History"))

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.open_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(head)
        lay.addWidget(self.url)
        lay.addWidget(self.summary)
        lay.addWidget(self.tabs, 1)
        self.show_page(None)

    @property
    def _t(self) -> dict[str, str]:
        """Texts used inside HTML templates (written out so lupdate finds them)."""
        return {
            "No text found on this page.": self.tr("No text found on this page."),
            "Decision": self.tr("Decision"),
            "Not scored yet.": self.tr("Not scored yet."),
            "Last changed": self.tr("Last changed"),
            "unknown": self.tr("unknown"),
            "Why this date": self.tr("Why this date"),
            "All dates found": self.tr("All dates found"),
            "broken": self.tr("broken"),
            "none": self.tr("none"),
            "Links to this page": self.tr("Links to this page"),
            "Links on this page": self.tr("Links on this page"),
        }

    @staticmethod
    def _selectable() -> Any:
        from PySide6.QtCore import Qt

        return Qt.TextInteractionFlag.TextSelectableByMouse

    def _browser(self) -> QTextBrowser:
        b = QTextBrowser(self)
        b.setOpenLinks(False)
        b.anchorClicked.connect(self._anchor)
        return b

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == PAGE_SCHEME:
            try:
                self.pageRequested.emit(int(url.path()))
            except ValueError:
                return
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def _preview_link(self, url: str) -> None:
        """A link clicked in the preview: select its page if the page links to one we have."""
        if self.detail is None:
            return
        wanted = normalise(url.split("#", 1)[0])
        for link in self.detail.outlinks:
            if link["id"] is not None and normalise(link["url"]) == wanted:
                self.pageRequested.emit(int(link["id"]))
                return

    def open_in_browser(self) -> None:
        if self.detail is not None:
            QDesktopServices.openUrl(QUrl(self.detail.page["url"]))

    def refresh(self) -> None:
        self.show_page(self.page_id)

    def show_page(self, page_id: int | None) -> None:
        self.page_id = page_id
        self.history_view.show_page(self.project, page_id)
        self.detail = load_detail(self.project, page_id) if page_id is not None else None
        d = self.detail
        self.open_button.setEnabled(d is not None)
        if d is None:
            self.title.setText(self.tr("No page selected"))
            self.url.clear()
            self.summary.setText(self.tr("Choose a page in the table to see it here."))
            self.preview.show_message(self.tr("No page selected"))
            for b in (self.scores_view, self.dates_view, self.links_view):
                b.clear()
            self.text_view.clear()
            self.tabs.setTabText(1, self.tr("Text"))
            self._fill_duplicates(None)
            return
        p = d.page
        title = p["title"] or self.tr("(no title)")
        family = family_label(
            p.get("family_kind"), p.get("family_variants"), p.get("family_skipped")
        )
        self.title.setText(f"{title} — {family}" if family else title)
        self.url.setText(f"<a href='{html.escape(p['url'])}'>{html.escape(p['url'])}</a>")
        self.url.setOpenExternalLinks(True)
        self.summary.setText(self._summary_html(d))
        if d.html and (p["content_type"] or "").startswith(("text/html", "application/xhtml")):
            self.preview.show_html(d.html, p["final_url"] or p["url"])
        elif p["kind"] == "document":
            self.preview.show_message(
                self.tr(
                    "This is a document; its text is on the Text tab. Use “Open in browser” "
                    "to see the original."
                )
            )
        else:
            self.preview.show_message(self.tr("No stored copy of this page."))
        sc = d.score
        self.text_view.show_page(
            self.project,
            int(p["id"]),
            sc,
            highlight_text(
                d.text, _loads(sc.get("long_sentences"), []), _loads(sc.get("long_words"), [])
            )
            or f"<p>{self._t['No text found on this page.']}</p>",
        )
        n = self.text_view.officialese
        self.tabs.setTabText(
            1, self.tr("Text (%1 officialese)").replace("%1", str(n)) if n else self.tr("Text")
        )
        self.scores_view.setHtml(self._scores_html(d))
        self.dates_view.setHtml(self._dates_html(d))
        self.links_view.setHtml(self._links_html(d))
        self._fill_duplicates(d)

    # ---- html builders ----------------------------------------------------------------------

    def _summary_html(self, d: PageDetail) -> str:
        dec = d.decision.get("decision")
        sug = d.score.get("suggestion")
        parts = []
        if dec:
            colour = DECISION_COLOURS[dec].name() if dec in DECISION_COLOURS else "#eee"
            parts.append(
                f"<span style='background:{colour}; padding:2px'>"
                f"<b>{html.escape(self._t['Decision'])}: {html.escape(decision_label(dec))}</b>"
                "</span>"
            )
        else:
            parts.append(html.escape(self.tr("Undecided")))
        if sug:
            reasons = [
                r[0].lower() + r[1:]
                for r in reasons_under(decision_label(sug), d.score.get("suggestion_reasons"))
            ]
            parts.append(
                html.escape(self.tr("Suggestion"))
                + f": <b>{html.escape(decision_label(sug))}</b>"
                + (f" ({html.escape('; '.join(reasons))})" if reasons else "")
            )
        if d.decision.get("nav_title"):
            parts.append(
                html.escape(self.tr("New home")) + ": " + html.escape(d.decision["nav_title"])
            )
        if d.decision.get("note"):
            parts.append(html.escape(self.tr("Note")) + ": " + html.escape(d.decision["note"]))
        return " · ".join(parts)

    def _scores_html(self, d: PageDetail) -> str:
        sc, p = d.score, d.page
        rows: list[tuple[str, str, str]] = []

        def num(v: Any, fmt: str = "{:.1f}") -> str:
            """In the user's own notation (3,5 in Dutch)."""
            if v is None:
                return ""
            decimals = int(fmt.split(".", 1)[1][0]) if "." in fmt else 0
            return QLocale().toString(float(v), "f", decimals)

        rows.append(
            (
                self.tr("Kind"),
                kind_label(p["kind"]),
                self.tr("Page, or a document such as a PDF or Word file."),
            )
        )
        rows.append(
            (
                self.tr("HTTP status"),
                " – ".join(
                    x for x in (str(p["status"] or ""), fetch_error_text(p.get("error"))) if x
                ),
                self.tr("200 means the page worked; 404 means it was missing."),
            )
        )
        rows.append(
            (
                self.tr("Words"),
                str(p["words"] or 0),
                self.tr("Pages with very few words rarely help anyone."),
            )
        )
        rows.append(
            (
                self.tr("Age"),
                f"{age_text(sc.get('age_days'))} ({age_band_label(sc.get('age_band'))})",
                self.tr("Time since the page was last changed, as far as we can tell."),
            )
        )
        rows.append(
            (
                self.tr("Date confidence"),
                {
                    "high": self.tr("high"),
                    "medium": self.tr("medium"),
                    "low": self.tr("low"),
                    "none": self.tr("none"),
                }.get(sc.get("date_confidence") or "", sc.get("date_confidence") or ""),
                self.tr("How sure we are of that date: high, medium, low or none."),
            )
        )
        rows.append(
            (
                self.tr("Readability"),
                f"{num(sc.get('readability'), '{:.0f}')} {band_label(sc.get('readability_band'))}",
                self.tr("Flesch-Douma score from 0 (very difficult) to 100 (very easy)."),
            )
        )
        rows.append(
            (
                self.tr("Language level"),
                {
                    "b1": self.tr("B1 or easier"),
                    "maybe-above": self.tr("maybe above B1"),
                    "above": self.tr("above B1"),
                }.get(sc.get("b1_band") or "", sc.get("b1_band") or ""),
                self.tr("Whether the text is probably at B1 level, which most people can read."),
            )
        )
        if d.b1_indication is not None:
            rows.append(
                (
                    self.tr("B1 indication (words and sentences)"),
                    b1_label(d.b1_indication),
                    self.tr(
                        "The formula's level, made stricter by officialese, uncommon words and "
                        "passive sentences; see the Text tab for which words."
                    ),
                )
            )
        rows.append(
            (
                self.tr("Sentence length"),
                num(sc.get("avg_sentence_length")),
                self.tr("Average words per sentence; above 15 gets hard to read."),
            )
        )
        rows.append(
            (
                self.tr("Syllables per word"),
                num(sc.get("syllables_per_word"), "{:.2f}"),
                self.tr("Long words make a text harder to read."),
            )
        )
        rows.append(
            (
                self.tr("Inlinks"),
                str(p["inlinks"] or 0),
                self.tr("How many other pages link here; none means hard to find."),
            )
        )
        rows.append(
            (
                self.tr("Broken links"),
                str(sc.get("broken_outlinks") or 0),
                self.tr("Links on this page that lead nowhere."),
            )
        )
        if d.views is not None:
            rows.append(
                (
                    self.tr("Page views"),
                    str(d.views),
                    self.tr("Visits, from the imported statistics."),
                )
            )
        if sc.get("duplicate_cluster") is not None:
            rows.append(
                (
                    self.tr("Duplicate"),
                    {"exact": self.tr("exact copy"), "near": self.tr("nearly the same")}.get(
                        sc.get("duplicate_kind") or "", sc.get("duplicate_kind") or ""
                    ),
                    self.tr("This page (nearly) equals other pages; see the Duplicates tab."),
                )
            )
        signals = _loads(sc.get("signals"), [])
        if signals:
            keys = signals if isinstance(signals, list) else list(signals)
            shown = ", ".join(signal_label(str(k)) for k in keys)
            rows.append((self.tr("Signals"), shown, self.tr("Other things worth a look.")))
        body = "".join(
            f"<p style='margin:0 0 8px 0'><b>{html.escape(a)}:</b> {html.escape(b)}<br>"
            f"<span style='color:#666'>{html.escape(c)}</span></p>"
            for a, b, c in rows
        )
        if not sc:
            body += f"<p><i>{html.escape(self._t['Not scored yet.'])}</i></p>"
        return body

    def _dates_html(self, d: PageDetail) -> str:
        p = d.page
        changed = long_date(p["last_modified"]) if p["last_modified"] else self._t["unknown"]
        out = [f"<p><b>{html.escape(self._t['Last changed'])}:</b> {html.escape(changed)}</p>"]
        if p.get("last_modified_reason"):
            out.append(
                f"<p>{html.escape(self._t['Why this date'])}: "
                f"{html.escape(date_reason_text(p['last_modified_reason']))}</p>"
            )
        if d.date_evidence:
            out.append(f"<p><b>{html.escape(self._t['All dates found'])}</b></p><ul>")
            for ev in d.date_evidence:
                out.append(
                    f"<li>{html.escape(str(ev.get('date', '')))} — "
                    f"{html.escape(date_source_text(str(ev.get('source', ''))))}: "
                    f"{html.escape(str(ev.get('text', '')))}"
                    "</li>"
                )
            out.append("</ul>")
        return "".join(out)

    def _links_html(self, d: PageDetail) -> str:
        def item(row: dict[str, Any]) -> str:
            label = html.escape(row.get("title") or row.get("anchor_text") or row["url"])
            target = f"{PAGE_SCHEME}:{row['id']}" if row.get("id") else html.escape(row["url"])
            broken = row.get("state") == "failed" or (row.get("status") or 0) >= 400
            mark = (
                f" <span style='color:#b00'>({html.escape(self._t['broken'])})</span>"
                if broken
                else ""
            )
            small = html.escape(row["url"])
            return f"<li><a href='{target}'>{label}</a>{mark}<br><small>{small}</small></li>"

        inl = "".join(item(r) for r in d.inlinks) or f"<li>{html.escape(self._t['none'])}</li>"
        outl = "".join(item(r) for r in d.outlinks) or f"<li>{html.escape(self._t['none'])}</li>"
        return (
            f"<h3>{html.escape(self._t['Links to this page'])} ({len(d.inlinks)})</h3>"
            f"<ul>{inl}</ul>"
            f"<h3>{html.escape(self._t['Links on this page'])} ({len(d.outlinks)})</h3>"
            f"<ul>{outl}</ul>"
        )

    def _fill_duplicates(self, d: PageDetail | None) -> None:
        while self.duplicates_box.count():
            w = self.duplicates_box.widget(0)
            if w is None:
                break
            w.setParent(None)
            w.deleteLater()
        if d is None or not d.duplicates:
            empty = QLabel(self.tr("No duplicates of this page were found."), self.duplicates_box)
            self.duplicates_box.addWidget(empty)
            self.tabs.setTabText(5, self.tr("Duplicates"))
            return
        self.tabs.setTabText(5, self.tr("Duplicates (%1)").replace("%1", str(len(d.duplicates))))
        members = [
            {"id": d.page["id"], "url": d.page["url"], "title": d.page["title"], "text": d.text}
        ]
        for m in [members[0], *d.duplicates]:
            b = QTextBrowser(self.duplicates_box)
            b.setOpenLinks(False)
            b.anchorClicked.connect(self._anchor)
            head = html.escape(m.get("title") or m["url"])
            mine = m["id"] == d.page["id"]
            body = "".join(
                f"<p>{html.escape(t)}</p>" for t in (m.get("text") or "").split("\n\n")[:30]
            )
            if not mine:
                body = self._similarity(m) + self._difference(d.text, m.get("text") or "")
            b.setHtml(
                f"<h3>{'▶ ' if mine else ''}<a href='{PAGE_SCHEME}:{m['id']}'>{head}</a></h3>"
                f"<small>{html.escape(m['url'])}</small>{body}"
            )
            self.duplicates_box.addWidget(b)

    def _similarity(self, m: dict[str, Any]) -> str:
        sim, basis = m.get("duplicate_similarity"), m.get("duplicate_basis")
        if sim is None:
            return ""
        words = {
            "exact": self.tr("identical text"),
            "resemblance": self.tr("the texts resemble each other"),
            "containment": self.tr("almost all of the shorter text is in the longer one"),
            "containment+name": self.tr(
                "most of the shorter text is in the longer one, and the file name says copy"
            ),
        }
        line = self.tr("%1% similar: %2").replace("%1", str(round(sim * 100)))
        return (
            f"<p><i>{html.escape(line.replace('%2', words.get(basis or '', basis or '')))}</i></p>"
        )

    def _difference(self, mine: str, other: str) -> str:
        """The other copy's text with what differs from this page marked."""
        parts = [
            "<p><small>"
            + html.escape(
                self.tr("Green: only in this copy. Struck through: only on the page you selected.")
            )
            + "</small></p>"
        ]
        for op, para in paragraph_diff(mine, other)[:60]:
            t = html.escape(para)
            if op == "only-other":
                parts.append(f"<p style='background-color:#d8f5d0'>{t}</p>")
            elif op == "only-mine":
                parts.append(f"<p style='color:#a33'><s>{t}</s></p>")
            else:
                parts.append(f"<p>{t}</p>")
        return "".join(parts)
