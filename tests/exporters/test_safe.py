from __future__ import annotations

import pytest

from exporters.safe import safe_text, safe_value, unsafe_text


@pytest.mark.parametrize(
    "raw",
    ["=Formulieren", "+31 20 123", "-Verlof aanvragen", "@Home", "\tTab", "\rCR", "=HYPERLINK(1)"],
)
def test_formula_starts_are_neutralised_and_restored(raw: str) -> None:
    safe = safe_text(raw)
    assert safe == "'" + raw
    assert unsafe_text(safe) == raw


@pytest.mark.parametrize("raw", ["Verlof", "'quoted", "e=mc2", "", "€ 2,50 één"])
def test_harmless_text_is_unchanged(raw: str) -> None:
    assert safe_text(raw) == raw
    assert unsafe_text(raw) == raw


def test_control_characters_are_dropped_and_numbers_pass() -> None:
    assert safe_text("a\x00b\x1fc\nd") == "abc\nd"
    assert safe_value(-5) == -5
    assert safe_value(None) is None
