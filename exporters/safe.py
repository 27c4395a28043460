"""Neutralising cell text so a spreadsheet never runs what a web page contained.

Titles on old intranets start with "=", "-" or "+" surprisingly often ("=Formulieren",
"-Verlof aanvragen"), and Excel or LibreOffice treats such text as a formula when a CSV is
opened or a cell is edited. Every exporter passes its text through :func:`safe_text`; review
pack import undoes it with :func:`unsafe_text` so a round trip changes nothing.
"""

from __future__ import annotations

import re
from typing import Any

DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"

# Characters an xlsx file cannot hold (openpyxl refuses them); tab, newline and CR are fine.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def safe_text(value: str) -> str:
    """Prefix text that a spreadsheet would read as a formula with an apostrophe."""
    value = _ILLEGAL.sub("", value)
    if value.startswith(DANGEROUS_STARTS):
        return QUOTE + value
    return value


def safe_value(value: Any) -> Any:
    """Numbers, dates and None pass unchanged; only text can carry a formula."""
    return safe_text(value) if isinstance(value, str) else value


def unsafe_text(value: str) -> str:
    """Undo :func:`safe_text`, for text read back from a review pack."""
    if value.startswith(QUOTE) and value[1:].startswith(DANGEROUS_STARTS):
        return value[1:]
    return value
