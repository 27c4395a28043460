"""Sentences and words, counted by us from the extracted blocks.

Readability libraries such as textstat split sentences on every full stop, which is wrong for
intranet text: list items and table cells have no full stop at all, and Dutch officialese is
full of abbreviations ("o.a.", "i.v.m."), amounts ("12.500,00") and initials ("J.P. de Vries").
Every block (paragraph, list item, table cell, heading) ends a sentence; inside a block a
sentence ends at . ! ? or ; that is followed by white space and a capital letter, or by the end
of the block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

ABBREVIATIONS = frozenset(
    str.split(
        """
    o.a. bijv. bv. d.w.z. m.b.t. i.v.m. art. nr. nrs. blz. ca. e.d. enz. evt. t.a.v. z.s.m.
    mr. dr. ir. drs. ing. prof. dhr. mevr. mw. ds. etc. e.a. i.p.v. m.a.w. a.u.b. n.a.v.
    t.b.v. t.o.v. v.w.b. m.u.v. o.b.v. resp. incl. excl. jl. zgn. zg. tel. fig. pag. min.
    max. st. vs. e.g. i.e. mrs. ms. no. approx. dept. jr. sr. vol. ch. sec. t/m. a.s. z.o.z.
    """
    )
)

_END = re.compile(r"[.!?;]+[\"'”’)\]]*")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
_OPENERS = "\"'“‘([«"
_STRIP = ".,;:!?\"'()[]{}«»“”‘’„…-–—/\\*•·|<>=+&%#"
_WORD_CHAR = re.compile(r"\w")
_TOKEN = re.compile(r"\S+")


def blocks(text: str | None) -> list[str]:
    """The blocks of the stored main text, blank ones dropped."""
    if not text:
        return []
    return [" ".join(b.split()) for b in text.split("\n\n") if b.strip()]


def _is_exception(block: str, dot_end: int, sentence_start: int) -> bool:
    """True when the full stop ending at *dot_end* belongs to an abbreviation or initial."""
    token_start = block.rfind(" ", sentence_start, dot_end) + 1
    token = block[token_start:dot_end].lstrip(_OPENERS)
    if token.lower() in ABBREVIATIONS or _INITIALS.match(token):
        return True
    # "1. Inleiding": a list number at the start of a sentence is no sentence of its own.
    return token_start == sentence_start and token[:-1].isdigit()


def split_block(block: str) -> list[str]:
    """Split one block into sentences (at least one if the block has any text)."""
    out: list[str] = []
    start = 0
    n = len(block)
    for m in _END.finditer(block):
        end = m.end()
        rest = end
        while rest < n and block[rest] == " ":
            rest += 1
        if rest < n:
            if rest == end:
                continue  # "12.500" or "e.mail": no white space after the mark
            nxt = rest
            while nxt < n and block[nxt] in _OPENERS:
                nxt += 1
            if nxt >= n or not block[nxt].isupper():
                continue
        punct = m.group()
        single_dot = punct.startswith(".") and len(punct.rstrip("\"'”’)]")) == 1
        if single_dot and _is_exception(block, m.start() + 1, start):
            continue
        sentence = block[start:end].strip()
        if sentence:
            out.append(sentence)
        start = rest
    tail = block[start:].strip()
    if tail:
        out.append(tail)
    return out


def words(sentence: str) -> list[str]:
    """Words of a sentence: white-space tokens with punctuation stripped that hold a letter or
    digit ("12.500,00", "e-mail" and "en/of" are one word each)."""
    result = []
    for token in sentence.split():
        token = token.strip(_STRIP)
        if token and (token[0].isalnum() or _WORD_CHAR.search(token)):
            result.append(token)
    return result


def word_spans(sentence: str) -> list[tuple[int, int, str]]:
    """The words of ``words(sentence)`` with their (start, end) offsets in *sentence*, so a
    viewer can mark them in the text."""
    result = []
    for m in _TOKEN.finditer(sentence):
        raw = m.group()
        token = raw.strip(_STRIP)
        if token and (token[0].isalnum() or _WORD_CHAR.search(token)):
            start = m.start() + len(raw) - len(raw.lstrip(_STRIP))
            result.append((start, start + len(token), token))
    return result


def sentences(text: str | None) -> Iterator[tuple[str, list[str]]]:
    """Every sentence of the text with its words; sentences without words are skipped."""
    for block in blocks(text):
        for sentence in split_block(block):
            ws = words(sentence)
            if ws:
                yield sentence, ws
