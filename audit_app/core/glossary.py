"""The project's glossary: one Dutch and one English word per concept.

The app, the CLI, the exports and the docs use these words; a test reads every user-facing
text and fails on a variant the glossary says not to use (resources/glossary.tsv).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import resources

GLOSSARY_FILE = Path(resources.__file__).resolve().parent / "glossary.tsv"


@dataclass(frozen=True)
class Term:
    concept: str
    nl: str
    en: str
    avoid_nl: tuple[str, ...]
    avoid_en: tuple[str, ...]
    note: str = ""

    def word(self, lang: str) -> str:
        return self.en if lang == "en" else self.nl


@cache
def terms() -> dict[str, Term]:
    found: dict[str, Term] = {}
    for line in GLOSSARY_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [*line.split("\t"), "", "", ""][:6]
        concept, nl, en, avoid_nl, avoid_en, note = (c.strip() for c in cells)
        found[concept] = Term(
            concept,
            nl,
            en,
            tuple(v.strip() for v in avoid_nl.split(";") if v.strip()),
            tuple(v.strip() for v in avoid_en.split(";") if v.strip()),
            note,
        )
    return found


def term(concept: str, lang: str = "nl") -> str:
    """The word for *concept* in *lang* ("nl" or "en")."""
    return terms()[concept].word(lang)


@dataclass(frozen=True)
class OffGlossary:
    found: str  # the variant as it occurs in the text
    use: str  # the glossary's word
    concept: str


def words_outside_glossary(text: str, lang: str = "nl") -> list[OffGlossary]:
    """Variants in *text* that the glossary replaces by its own word (whole words only)."""
    hits: list[OffGlossary] = []
    for t in terms().values():
        for variant in t.avoid_en if lang == "en" else t.avoid_nl:
            for m in re.finditer(rf"(?<!\w){re.escape(variant)}(?!\w)", text, re.IGNORECASE):
                hits.append(OffGlossary(m.group(0), t.word(lang), t.concept))
    return hits
