"""Officialese and jargon with plainer alternatives: the lists and the matcher.

The project ships one list per language in ``resources/plain_language/<lang>.csv`` (columns:
word, alternative). A word cell may hold several forms separated by "|" ("verstrekken|
verstrekt|verstrekte"), and any form may be a phrase of several words ("in het kader van").
An organisation adds its own words per project (see ``own_words``); those come on top of the
shipped list and win when the same form is in both.

Matching works on the words of a sentence as ``sentences.words`` splits them, lower-cased, and
takes the longest phrase that starts at each word, so "ten behoeve van" is one hit, not three.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from audit_app.core.scoring.sentences import words

LIST_DIR = Path(__file__).resolve().parents[3] / "resources" / "plain_language"
LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class Entry:
    form: str  # the form as matched, lower case ("in het kader van")
    alternative: str  # "bij; voor"
    own: bool = False  # from the organisation's own list
    label: str = ""  # the form as the list writes it ("BHV"); the form when empty

    @property
    def shown(self) -> str:
        return self.label or self.form


@dataclass(frozen=True)
class Hit:
    start: int  # index of the first word in the sentence's word list
    length: int  # number of words
    entry: Entry


def labelled_forms(cell: str) -> list[tuple[str, str]]:
    """(normalised form, form as written) of one word cell: "BHV | bhv-er" -> two forms."""
    out: list[tuple[str, str]] = []
    for raw in cell.split("|"):
        form = " ".join(words(raw)).lower()
        label = " ".join(raw.split())
        if form and form not in (f for f, _l in out):
            out.append((form, label))
    return out


def split_forms(cell: str) -> list[str]:
    """The normalised forms of one word cell: "Verstrekken | verstrekt" -> two forms."""
    return [form for form, _label in labelled_forms(cell)]


def read_list(path: Path) -> list[tuple[str, str]]:
    """(word cell, alternative) rows of a shipped list, header skipped."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return [(r[0], r[1]) for r in rows[1:] if len(r) >= 2 and r[0].strip()]


@lru_cache(maxsize=4)
def shipped(language: str) -> tuple[tuple[str, str], ...]:
    path = LIST_DIR / f"{language}.csv"
    return tuple(read_list(path)) if path.exists() else ()


class Lexicon:
    """All entries of one language, indexed by their first word for fast matching."""

    def __init__(self, rows: Iterable[tuple[str, str, bool]]) -> None:
        by_form: dict[str, Entry] = {}
        for cell, alternative, own in rows:
            for form, label in labelled_forms(cell):
                if own or form not in by_form:
                    by_form[form] = Entry(form, alternative.strip(), own, label)
        self.entries = by_form
        index: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        for form, entry in by_form.items():
            parts = tuple(form.split())
            index.setdefault(parts[0], []).append((parts, entry))
        for candidates in index.values():
            candidates.sort(key=lambda c: len(c[0]), reverse=True)
        self._index = index

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, lowered: list[str]) -> Iterator[Hit]:
        """Hits in one sentence, given its words in lower case; hits never overlap."""
        i, n = 0, len(lowered)
        index = self._index
        while i < n:
            candidates = index.get(lowered[i])
            step = 1
            if candidates:
                for parts, entry in candidates:
                    k = len(parts)
                    if k == 1 or tuple(lowered[i : i + k]) == parts:
                        yield Hit(i, k, entry)
                        step = k
                        break
            i += step


@lru_cache(maxsize=16)
def lexicon(language: str, own: tuple[tuple[str, str], ...] = ()) -> Lexicon | None:
    """The shipped list of *language* plus the organisation's own (word, alternative) rows;
    None for a language without a list. Cached per process: workers build it once."""
    if language not in LANGUAGES:
        return None
    rows = [(c, a, False) for c, a in shipped(language)]
    rows += [(c, a, True) for c, a in own]
    return Lexicon(rows)
