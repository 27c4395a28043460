"""Syllable counting per language, fully offline.

Dutch goes through textstat (its own ``textstatistics`` instance set to nl_NL, because the
module-level ``set_lang`` is global state shared by the whole process); for Dutch textstat
counts with pyphen's hyphenation dictionary, which is right. English does NOT go through
textstat: its English path looks words up in NLTK's CMU dictionary and calls
``nltk.download('cmudict')`` when that is missing, which must never happen in an offline tool.
English uses pyphen's en_US dictionary directly instead.

Both cache per word: intranet text repeats its vocabulary, so a dictionary lookup replaces
nearly all hyphenation work.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pyphen

_NON_LETTERS = re.compile(r"[\W\d_]+")
PYPHEN_LANG = {"nl": "nl_NL", "en": "en_US"}


def _textstat_counter(locale: str) -> Callable[[str], int]:
    # Imported here: textstat pulls in nltk, seconds of start-up for every command that
    # only wants the scoring labels.
    from textstat.textstat import textstatistics

    stats = textstatistics()
    stats.set_lang(locale)
    return stats.syllable_count


def _pyphen_counter(locale: str) -> Callable[[str], int]:
    dic = pyphen.Pyphen(lang=locale)
    return lambda word: len(dic.positions(word)) + 1


class SyllableCounter:
    """Counts syllables of single words in one language."""

    def __init__(self, language: str) -> None:
        if language not in PYPHEN_LANG:
            raise ValueError(f"no syllable rules for {language!r}")
        locale = PYPHEN_LANG[language]
        self._count = _textstat_counter(locale) if language == "nl" else _pyphen_counter(locale)
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
