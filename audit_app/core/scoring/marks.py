"""Where in a page's text the hard words and sentences are: for highlighting in the app.

Computed on demand for the one page someone looks at (a few milliseconds), with the same
rules the scorer counts with, so what is marked is exactly what was counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from audit_app.core import schema as s
from audit_app.core.scoring.language import detect_language
from audit_app.core.scoring.lexicon import lexicon
from audit_app.core.scoring.passive import is_passive
from audit_app.core.scoring.plain import judge, word_language
from audit_app.core.scoring.sentences import blocks, split_block, word_spans
from audit_app.core.scoring.settings import ScoringSettings
from audit_app.core.scoring.vocabulary import SUPPORTED
from audit_app.core.scoring.word_store import own_rows


@dataclass(frozen=True)
class Mark:
    start: int  # offsets in the sentence
    end: int
    kind: str  # officialese | uncommon
    alternative: str = ""  # for officialese
    own: bool = False  # from the organisation's own list


@dataclass
class MarkedSentence:
    text: str
    long: bool = False
    passive: bool = False
    marks: list[Mark] = field(default_factory=list)


@dataclass
class MarkedText:
    language: str | None
    supported: bool  # False: no word lists for this language ("niet ondersteund")
    blocks: list[list[MarkedSentence]] = field(default_factory=list)


def mark_text(
    text: str | None,
    language: str | None,
    own: tuple[tuple[str, str, str], ...] = (),
    *,
    long_sentence_words: int = 25,
) -> MarkedText:
    supported = language in SUPPORTED
    lang = language if language is not None and supported else None
    lex = lexicon(lang, tuple((w, a) for lg, w, a in own if lg == lang)) if lang else None
    out = MarkedText(language, supported)
    for block in blocks(text):
        marked_block = []
        for sentence in split_block(block):
            spans = word_spans(sentence)
            ms = MarkedSentence(sentence)
            if spans and lang is not None:
                lowered = [w.lower() for _a, _b, w in spans]
                ms.long = len(spans) > long_sentence_words
                ms.passive = is_passive(lowered, lang)
                taken: set[int] = set()
                if lex is not None:
                    for hit in lex.find(lowered):
                        last = hit.start + hit.length - 1
                        ms.marks.append(
                            Mark(
                                spans[hit.start][0],
                                spans[last][1],
                                "officialese",
                                hit.entry.alternative,
                                hit.entry.own,
                            )
                        )
                        taken.update(range(hit.start, last + 1))
                for i, (a, b, w) in enumerate(spans):
                    if i not in taken and judge(w, i == 0, lang)[1]:
                        ms.marks.append(Mark(a, b, "uncommon"))
                ms.marks.sort(key=lambda m: m.start)
            marked_block.append(ms)
        out.blocks.append(marked_block)
    return out


def page_marks(conn: Connection, page_id: int, settings: ScoringSettings) -> MarkedText:
    """The marked main text of one page, in the language the scorer would judge it in."""
    p, c = s.pages.c, s.page_content.c
    row = conn.execute(
        select(c.text, p.language)
        .select_from(s.pages.outerjoin(s.page_content, c.page_id == p.id))
        .where(p.id == page_id)
    ).first()
    text, lang_attr = (row[0], row[1]) if row is not None else (None, None)
    language = word_language(detect_language(text, lang_attr))
    return mark_text(
        text, language, own_rows(conn), long_sentence_words=settings.long_sentence_words
    )
