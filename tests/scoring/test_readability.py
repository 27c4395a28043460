"""Readability scores from our own counts, in the page's language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from audit_app.core.scoring.readability import (
    b1_band,
    brouwer,
    flesch_douma,
    flesch_kincaid_grade,
    flesch_reading_ease,
    measure,
    readability_band,
)
from audit_app.core.scoring.sentences import sentences
from audit_app.core.scoring.syllables import counter
from tests.scoring.texts import (
    DUTCH_UNIT,
    DUTCH_UNIT_SENTENCES,
    DUTCH_UNIT_WORDS,
    ENGLISH_UNIT,
    ENGLISH_UNIT_SENTENCES,
    ENGLISH_UNIT_WORDS,
    GERMAN_UNIT,
    repeat,
)


def _syllables(text: str, language: str) -> int:
    count = counter(language)
    return sum(count(w) for _s, ws in sentences(text) for w in ws)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("medewerkers", 4),
        ("leidinggevende", 5),
        ("organisatie", 5),
        ("verlofaanvraag", 4),
        ("afdeling", 3),
        ("beëindiging", 4),
        ("e-mail", 2),
        ("de", 1),
    ],
)
def test_dutch_syllables_by_hand(word: str, expected: int) -> None:
    assert counter("nl")(word) == expected


def test_dutch_flesch_douma_and_brouwer_from_hand_counts() -> None:
    text = repeat(DUTCH_UNIT, 3)
    m = measure(text, "nl")
    assert (m.sentences, m.words) == (3 * DUTCH_UNIT_SENTENCES, 3 * DUTCH_UNIT_WORDS)
    asl = DUTCH_UNIT_WORDS / DUTCH_UNIT_SENTENCES
    asw = _syllables(text, "nl") / (3 * DUTCH_UNIT_WORDS)
    assert m.status == "ok"
    assert m.avg_sentence_length == pytest.approx(asl, abs=0.01)
    assert m.readability == pytest.approx(max(0, min(100, flesch_douma(asl, asw))), abs=0.1)
    assert m.brouwer == pytest.approx(max(0, min(100, brouwer(asl, asw))), abs=0.1)
    assert m.grade is None


def test_english_flesch_and_kincaid_grade() -> None:
    text = repeat(ENGLISH_UNIT, 3)
    m = measure(text, "en")
    assert (m.sentences, m.words) == (3 * ENGLISH_UNIT_SENTENCES, 3 * ENGLISH_UNIT_WORDS)
    assert m.status == "uncertain"  # 123 words
    asl = ENGLISH_UNIT_WORDS / ENGLISH_UNIT_SENTENCES
    asw = _syllables(text, "en") / (3 * ENGLISH_UNIT_WORDS)
    assert m.readability == pytest.approx(flesch_reading_ease(asl, asw), abs=0.1)
    assert m.grade == pytest.approx(flesch_kincaid_grade(asl, asw), abs=0.1)
    assert m.brouwer is None


def test_short_texts_get_no_score_or_an_uncertain_one() -> None:
    assert measure(DUTCH_UNIT, "nl").status == "too-short"  # 93 words
    assert measure(DUTCH_UNIT, "nl").readability is None
    uncertain = measure(repeat(DUTCH_UNIT, 2), "nl")  # 186 words
    assert uncertain.status == "uncertain"
    assert uncertain.readability is not None


def test_one_enormous_sentence_is_clamped_and_listed() -> None:
    text = " ".join(["medewerkers en leidinggevenden overleggen"] * 750)  # 3,000 words
    m = measure(text, "nl")
    assert (m.sentences, m.words) == (1, 3000)
    assert m.readability == 0.0
    assert m.brouwer == 0.0
    assert len(m.long_sentences) == 1
    assert len(m.long_sentences[0]) <= 1000


def test_third_language_is_unsupported() -> None:
    m = measure(repeat(GERMAN_UNIT, 4), "other")
    assert m.status == "unsupported"
    assert m.readability is None


def test_long_sentences_and_words_are_listed_and_capped() -> None:
    long_sentence = (
        "De medewerker die in het kader van de reorganisatie van de afdeling bedrijfsvoering "
        "een andere functie krijgt toegewezen ontvangt daarover binnen zes weken na het besluit "
        "een brief van de directie met daarin alle afspraken."
    )
    m = measure(repeat(long_sentence, 40), "nl")
    assert m.long_sentences[0] == long_sentence
    assert len(m.long_sentences) == 30
    assert "reorganisatie" in m.long_words and "bedrijfsvoering" in m.long_words
    assert "de" not in m.long_words
    assert len(m.long_words) == len({w.lower() for w in m.long_words})


def test_bands() -> None:
    assert readability_band(95) == "very-easy"
    assert readability_band(65) == "standard"
    assert readability_band(10) == "very-difficult"
    assert readability_band(None) is None
    assert b1_band(70, 70, 50) == "b1"
    assert b1_band(69.9, 70, 50) == "maybe-above"
    assert b1_band(49.9, 70, 50) == "above"
    assert b1_band(60, 55, 40) == "b1"


def test_scoring_loads_neither_textstat_nor_nltk() -> None:
    """Syllables come from pyphen alone: no NLTK start-up cost, no dictionary download."""
    code = (
        "import sys\n"
        "from audit_app.core.scoring.readability import measure\n"
        "from tests.scoring.texts import DUTCH_UNIT, ENGLISH_UNIT\n"
        "measure(DUTCH_UNIT * 3, 'nl'); measure(ENGLISH_UNIT * 3, 'en')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textstat', 'nltk')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.stdout.strip() == "[]"
