"""A page's text with what makes it hard marked, and the plainer alternatives beside it.

Officialese and jargon are red and underlined (hover for the alternative; in workshop mode the
alternative is written right after the word so a room can read it from the projector), words
outside the common vocabulary brown, long sentences shaded amber, passive sentences blue. The
aside shows the B1 indication with the formula's own figure beside it, and why.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QSplitter, QTextBrowser, QToolTip, QVBoxLayout, QWidget

from audit_app.core.project import Project
from audit_app.core.scoring.marks import MarkedSentence, MarkedText, page_marks
from audit_app.core.scoring.settings import load_settings
from audit_app.core.scoring.word_store import PageWords, page_words

ALT_SCHEME = "alt"
LONG_BG = "#fde2a7"
PASSIVE_BG = "#d9e6f8"
BOTH_BG = "#f6c9a8"
OFFICIALESE_COLOUR = "#b00020"
UNCOMMON_COLOUR = "#8a5300"


def b1_label(key: str | None) -> str:
    return {
        "b1": QCoreApplication.translate("PlainLanguage", "B1 or easier"),
        "maybe-above": QCoreApplication.translate("PlainLanguage", "maybe above B1"),
        "above": QCoreApplication.translate("PlainLanguage", "above B1"),
    }.get(key or "", QCoreApplication.translate("PlainLanguage", "no indication"))


def _sentence_html(ms: MarkedSentence, alternatives: list[str], inline: bool) -> str:
    out: list[str] = []
    pos = 0
    for m in ms.marks:
        if m.start < pos:
            continue
        out.append(html.escape(ms.text[pos : m.start]))
        word = html.escape(ms.text[m.start : m.end])
        if m.kind == "officialese":
            alternatives.append(m.alternative)
            ref = f"{ALT_SCHEME}:{len(alternatives) - 1}"
            out.append(
                f"<a href='{ref}' style='color:{OFFICIALESE_COLOUR}; font-weight:bold; "
                f"text-decoration:underline'>{word}</a>"
            )
            if inline:
                out.append(f" <span style='color:#1b6e20'>[→ {html.escape(m.alternative)}]</span>")
        else:
            out.append(f"<span style='color:{UNCOMMON_COLOUR}; text-decoration:underline'>")
            out.append(f"{word}</span>")
        pos = m.end
    out.append(html.escape(ms.text[pos:]))
    body = "".join(out)
    bg = BOTH_BG if ms.long and ms.passive else LONG_BG if ms.long else None
    bg = bg or (PASSIVE_BG if ms.passive else None)
    return f"<span style='background:{bg}'>{body}</span>" if bg else body


def marked_html(marked: MarkedText, alternatives: list[str], *, inline: bool = False) -> str:
    """The text as HTML paragraphs; *alternatives* collects what each alt: link stands for."""
    return "\n".join(
        "<p>" + " ".join(_sentence_html(ms, alternatives, inline) for ms in block) + "</p>"
        for block in marked.blocks
    )


class PlainLanguageView(QWidget):
    """The marked text and, beside it, the B1 figures and the list of words to change."""

    def __init__(self, parent: QWidget | None = None, *, workshop: bool = False) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self._alternatives: list[str] = []
        self.officialese = 0  # officialese words on the page shown
        self.words: PageWords | None = None
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.highlighted.connect(self._hover)
        self.text.anchorClicked.connect(self._hover)
        self.aside = QTextBrowser(self)
        self.aside.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Horizontal if not workshop else Qt.Orientation.Vertical)
        split.setParent(self)
        split.addWidget(self.text)
        split.addWidget(self.aside)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.splitter = split
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

    def clear(self) -> None:
        self._alternatives = []
        self.officialese = 0
        self.words = None
        self.text.clear()
        self.aside.clear()

    def _hover(self, url: QUrl) -> None:
        if url.scheme() != ALT_SCHEME:
            QToolTip.hideText()
            return
        try:
            alternative = self._alternatives[int(url.path())]
        except (ValueError, IndexError):
            return
        tip = html.escape(self.tr("Plainer: %1").replace("%1", alternative))
        QToolTip.showText(QCursor.pos(), f"<p>{tip}</p>", self.text)  # escaped: own-list text

    def show_page(
        self, project: Project, page_id: int, score: dict[str, Any], fallback_html: str = ""
    ) -> None:
        """Mark the page's text. *fallback_html* is shown when there is nothing to mark with
        (a language without word lists)."""
        settings = load_settings(project)
        with project.read() as conn:
            marked = page_marks(conn, page_id, settings)
            words = page_words(conn, page_id)
        self._alternatives = []
        self.officialese = words.officialese if words is not None else 0
        self.words = words
        if not marked.blocks:
            empty = self.tr("No text found on this page.")
            self.text.setHtml(f"<p>{html.escape(empty)}</p>")
        elif marked.supported:
            self.text.setHtml(marked_html(marked, self._alternatives, inline=self.workshop))
        else:
            self.text.setHtml(fallback_html)
        self.aside.setHtml(self.aside_html(marked, words, score))

    def aside_html(self, marked: MarkedText, w: PageWords | None, score: dict[str, Any]) -> str:
        out: list[str] = []
        if marked.blocks and not marked.supported:
            out.append(
                "<p><b>"
                + html.escape(self.tr("Word-level B1 check: not supported"))
                + "</b><br>"
                + html.escape(
                    self.tr(
                        "There are word lists for Dutch and English only; this page is in "
                        "another language."
                    )
                )
                + "</p>"
            )
            return "".join(out)
        if w is None or w.status != "ok":
            out.append(
                "<p><i>"
                + html.escape(self.tr("Not checked yet: score the project to see hard words."))
                + "</i></p>"
            )
            return "".join(out) + self._legend()
        formula = score.get("readability")
        heading = self.tr("B1 indication")
        out.append(
            f"<p style='font-size:large'><b>{html.escape(heading)}: "
            f"{html.escape(b1_label(w.b1_indication))}</b><br>"
            + html.escape(
                self.tr("Formula (Flesch-Douma) alone: %1, %2")
                .replace("%1", "–" if formula is None else f"{formula:.0f}")
                .replace("%2", b1_label(score.get("b1_band")))
            )
            + "</p>"
        )
        facts = [
            self.tr("%1 officialese words").replace("%1", str(w.officialese)),
            self.tr("%1% uncommon words").replace(
                "%1", "–" if w.uncommon_pct is None else f"{w.uncommon_pct:.0f}"
            ),
            self.tr("%1 of %2 sentences passive")
            .replace("%1", str(w.passive_sentences))
            .replace("%2", str(w.sentences)),
            self.tr("%1 long sentences").replace("%1", str(w.long_sentences)),
        ]
        out.append("<ul>" + "".join(f"<li>{html.escape(f)}</li>" for f in facts) + "</ul>")
        if w.officialese_hits:
            change = self.tr("Change these words")
            out.append(f"<p><b>{html.escape(change)}</b></p>")
            own = html.escape(self.tr("own list"))
            for h in w.officialese_hits:
                tag = f" <small>({own})</small>" if h.own else ""
                out.append(
                    "<p style='margin:0 0 4px 0'>"
                    f"<span style='color:{OFFICIALESE_COLOUR}'><b>{html.escape(h.form)}</b></span>"
                    f" → {html.escape(h.alternative)}{tag}"
                    f" <span style='color:#666'>({h.count}×)</span></p>"
                )
        if w.uncommon_words:
            uncommon = self.tr("Uncommon words")
            out.append(
                f"<p><b>{html.escape(uncommon)}</b><br>"
                f"<span style='color:{UNCOMMON_COLOUR}'>"
                + html.escape(", ".join(w.uncommon_words))
                + "</span></p>"
            )
        return "".join(out) + self._legend()

    def _legend(self) -> str:
        items = [
            (f"color:{OFFICIALESE_COLOUR}; font-weight:bold", self.tr("officialese or jargon")),
            (f"color:{UNCOMMON_COLOUR}", self.tr("uncommon word")),
            (f"background:{LONG_BG}", self.tr("long sentence")),
            (f"background:{PASSIVE_BG}", self.tr("passive sentence")),
        ]
        return (
            "<p><small>"
            + " · ".join(f"<span style='{css}'>{html.escape(t)}</span>" for css, t in items)
            + "</small></p>"
        )
