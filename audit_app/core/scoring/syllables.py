"""Syllable counting per language, fully offline, with pyphen's hyphenation dictionaries.

A word's syllables are its hyphenation points plus one (nl_NL for Dutch, en_US for English).
This is exactly what textstat computed for Dutch, which it reached only through pyphen; we call
pyphen directly so the program does not carry textstat and the NLTK it pulls in (and whose
English path would download a dictionary at run time, which an offline tool must never do).

Counts are cached per word: intranet text repeats its vocabulary, so a dictionary lookup
replaces nearly all hyphenation work.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pyphen

_NON_LETTERS = re.compile(r"[\W\d_]+")
PYPHEN_LANG = {"nl": "nl_NL", "en": "en_US"}


def _pyphen_counter(locale: str) -> Callable[[str], int]:
    dic = pyphen.Pyphen(lang=locale)
    return lambda word: len(dic.positions(word)) + 1


class SyllableCounter:
    """Counts syllables of single words in one language."""

    def __init__(self, language: str) -> None:
        if language not in PYPHEN_LANG:
            raise ValueError(f"no syllable rules for {language!r}")
        self._count = _pyphen_counter(PYPHEN_LANG[language])
        self._cache: dict[str, int] = {}

    def __call__(self, word: str) -> int:
        n = self._cache.get(word)
        if n is None:
            key = word.lower()
            parts = [p for p in _NON_LETTERS.split(key) if p]
            n = sum(max(1, self._count(p)) for p in parts) if parts else 1
            if len(self._cache) < 500_000:
                self._cache[word] = n
        return n


_COUNTERS: dict[str, SyllableCounter] = {}


def counter(language: str) -> SyllableCounter:
    """The process-wide counter for *language* (one per process, also in worker processes)."""
    c = _COUNTERS.get(language)
    if c is None:
        c = _COUNTERS[language] = SyllableCounter(language)
    return c
