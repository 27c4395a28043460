"""Sentences and words counted by hand on real Dutch intranet text."""

from __future__ import annotations

import pytest

from audit_app.core.scoring.sentences import sentences, split_block, words
from tests.scoring.texts import ABBREVIATIONS_AND_INITIALS, BLOCKS, NUMBERS_AND_DATES


@pytest.mark.parametrize(
    ("text", "expected_words_per_sentence"),
    [
        (ABBREVIATIONS_AND_INITIALS, [8, 12, 13]),
        (NUMBERS_AND_DATES, [6, 11, 8, 3]),
        (BLOCKS, [2, 4, 5, 6, 8, 7]),
    ],
)
def test_hand_counted_sentences_and_words(
    text: str, expected_words_per_sentence: list[int]
) -> None:
    assert [len(ws) for _s, ws in sentences(text)] == expected_words_per_sentence


def test_sentence_boundaries_are_where_a_reader_puts_them() -> None:
    assert split_block(NUMBERS_AND_DATES) == [
        "De vergoeding bedraagt € 12.500,00 per jaar.",
        "Deze regeling geldt sinds 12.03.2009 en is in versie 3.5 aangepast!",
        "Zie art. 4 van de regeling, blz. 7;",
        "Daar staat alles.",
    ]


@pytest.mark.parametrize(
    "block",
    [
        "Dit geldt m.b.t. Personeelszaken en i.v.m. Arbo-regels.",
        "Neem contact op met dr. Jansen of ir. Bakker.",
        "Aanvragen t.a.v. Afdeling Financiën z.s.m. indienen.",
        "Het rapport van J. de Boer en A.B. Smit is klaar.",
        "1. Lees eerst de regeling",
    ],
)
def test_no_break_after_abbreviations_initials_or_list_numbers(block: str) -> None:
    assert split_block(block) == [block]


def test_break_before_a_capital_and_not_before_lowercase() -> None:
    assert split_block("Klaar. Nu verder") == ["Klaar.", "Nu verder"]
    assert split_block("Zie punt 3. daarna verder") == ["Zie punt 3. daarna verder"]
    assert split_block('Hij zei: "Kom." Daarna ging hij.') == [
        'Hij zei: "Kom."',
        "Daarna ging hij.",
    ]


def test_words_keep_numbers_and_compounds_whole() -> None:
    assert words("€ 12.500,00 voor de e-mail en/of (HRM-afdeling) – klaar!") == [
        "12.500,00",
        "voor",
        "de",
        "e-mail",
        "en/of",
        "HRM-afdeling",
        "klaar",
    ]


def test_empty_and_menu_only_text_has_no_sentences() -> None:
    assert list(sentences("")) == []
    assert list(sentences(None)) == []
    assert list(sentences("\n\n  \n\n•\n\n|")) == []
