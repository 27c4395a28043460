"""Readability of a page's main text, in the page's own language.

Dutch: Flesch-Douma (206.835 - 0.93 x ASL - 77 x ASW) with Brouwer's leesindex
(195 - 2 x ASL - 67 x ASW) as a second opinion. English: Flesch reading ease
(206.835 - 1.015 x ASL - 84.6 x ASW) and the Flesch-Kincaid grade. ASL (average sentence
length) and ASW (syllables per word) come from our own sentence and word counts, see
``sentences``. All scores are clamped to 0-100 so one 3,000-word sentence cannot produce -2,000.

The B1 band is an *indication*: these formulas only see word and sentence length, not whether
the words are common or the text is well organised.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from audit_app.core.scoring.sentences import sentences
from audit_app.core.scoring.syllables import counter

TOO_SHORT_WORDS = 100  # below: no score at all
UNCERTAIN_WORDS = 200  # below: a score, flagged as uncertain
MAX_LISTED = 30  # long sentences / long words kept per page for highlighting
MAX_SENTENCE_CHARS = 1000

SUPPORTED = ("nl", "en")

# Douma's (and Flesch's) bands, from the top: (lower bound, key, Dutch label).
BANDS: tuple[tuple[float, str, str], ...] = (
    (90, "very-easy", "zeer makkelijk"),
    (80, "easy", "makkelijk"),
    (70, "fairly-easy", "vrij makkelijk"),
    (60, "standard", "normaal"),
    (50, "fairly-difficult", "vrij moeilijk"),
    (30, "difficult", "moeilijk"),
    (0, "very-difficult", "zeer moeilijk"),
)
BAND_LABELS = {key: label for _low, key, label in BANDS}

B1_LABELS = {
    "b1": "waarschijnlijk B1 of eenvoudiger",
    "maybe-above": "mogelijk boven B1",
    "above": "vrijwel zeker boven B1",
}

STATUS_LABELS = {
    "ok": "betrouwbaar",
    "uncertain": "onzeker (100-200 woorden)",
    "too-short": "te kort (minder dan 100 woorden)",
    "not-text": "geen tekst",
    "unsupported": "taal niet ondersteund",
}


@dataclass
class TextMetrics:
    """Raw text statistics of one page: the expensive part, stored so bands can be redone."""

    status: str
    words: int = 0
    sentences: int = 0
    syllables: int = 0
    readability: float | None = None
    avg_sentence_length: float | None = None
    syllables_per_word: float | None = None
    grade: float | None = None
    brouwer: float | None = None
    long_sentences: list[str] = field(default_factory=list)
    long_words: list[str] = field(default_factory=list)


def clamp(value: float, low: float = 0.0, high: float = 100.0) -> float:
    return max(low, min(high, value))


def flesch_douma(asl: float, asw: float) -> float:
    return 206.835 - 0.93 * asl - 77.0 * asw


def brouwer(asl: float, asw: float) -> float:
    return 195.0 - 2.0 * asl - 67.0 * asw


def flesch_reading_ease(asl: float, asw: float) -> float:
    return 206.835 - 1.015 * asl - 84.6 * asw


def flesch_kincaid_grade(asl: float, asw: float) -> float:
    return 0.39 * asl + 11.8 * asw - 15.59


def readability_band(score: float | None) -> str | None:
    if score is None:
        return None
    for low, key, _label in BANDS:
        if score >= low:
            return key
    return BANDS[-1][1]


def b1_band(score: float | None, b1_min: float, above_b1_max: float) -> str | None:
    if score is None:
        return None
    if score >= b1_min:
        return "b1"
    if score < above_b1_max:
        return "above"
    return "maybe-above"


def measure(
    text: str | None,
    language: str | None,
    *,
    split: list[tuple[str, list[str]]] | None = None,
    long_sentence_words: int = 25,
    long_word_syllables: int = 4,
    long_word_letters: int = 13,
) -> TextMetrics:
    """Count and score one text. *language* is the detected one ('nl', 'en', 'other');
    *split* is ``list(sentences(text))`` when the caller has it already."""
    if split is None:
        split = list(sentences(text))
    if language not in SUPPORTED:
        n_words = sum(len(ws) for _s, ws in split)
        status = "too-short" if n_words < TOO_SHORT_WORDS else "unsupported"
        return TextMetrics(status=status, words=n_words)
    count = counter(language)
    n_sentences = len(split)
    long_sentences = [
        sentence[:MAX_SENTENCE_CHARS] for sentence, ws in split if len(ws) > long_sentence_words
    ][:MAX_LISTED]
    # Count per distinct word: a page repeats most of its words.
    tally = Counter(w for _s, ws in split for w in ws)
    n_words = sum(tally.values())
    n_syllables = 0
    long_words: list[str] = []
    seen_words: set[str] = set()
    for w, n in tally.items():
        syl = count(w)
        n_syllables += syl * n
        if syl >= long_word_syllables or len(w) > long_word_letters:
            key = w.lower()
            fresh = key not in seen_words and len(long_words) < MAX_LISTED
            if fresh and w.replace("-", "").isalpha():
                seen_words.add(key)
                long_words.append(w)
    m = TextMetrics(
        status="ok",
        words=n_words,
        sentences=n_sentences,
        syllables=n_syllables,
        long_sentences=long_sentences,
        long_words=long_words,
    )
    if n_words < TOO_SHORT_WORDS:
        m.status = "too-short"
        return m
    if n_words < UNCERTAIN_WORDS:
        m.status = "uncertain"
    asl = n_words / n_sentences
    asw = n_syllables / n_words
    m.avg_sentence_length = round(asl, 2)
    m.syllables_per_word = round(asw, 3)
    if language == "nl":
        m.readability = round(clamp(flesch_douma(asl, asw)), 1)
        m.brouwer = round(clamp(brouwer(asl, asw)), 1)
    else:
        m.readability = round(clamp(flesch_reading_ease(asl, asw)), 1)
        m.grade = round(max(0.0, flesch_kincaid_grade(asl, asw)), 1)
    return m
