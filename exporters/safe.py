"""Neutralising cell text so a spreadsheet never runs what a web page contained.

Titles on old intranets start with "=", "-" or "+" surprisingly often ("=Formulieren",
"-Verlof aanvragen"), and Excel or LibreOffice treats such text as a formula when a CSV is
opened or a cell is edited, also when spaces or line breaks come first. Every writer (plan
workbook, review packs, plan CSV, inventory CSV) passes its text through :func:`safe_text`;
review pack import undoes it with :func:`unsafe_text` so a round trip changes nothing.

CSV needs one more step (:func:`safe_csv_text`): Dutch Excel splits a comma file on ";" and
English Excel a semicolon file on ",", so a separator inside a title starts a new cell there
whatever quotes we put around the field, and a line break inside a quoted field then ends the
row. Text right after a ",", ";" or line break that would start a formula gets the same
apostrophe.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")  # also full-width
RAW_STARTS = ("\t", "\r")  # OWASP: a cell starting with tab or CR is refused outright
QUOTE = "'"
SEPARATORS = (",", ";")

# Characters an xlsx file cannot hold (openpyxl refuses them); tab, newline and CR are fine.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_STARTS = "[" + re.escape("".join(FORMULA_STARTS)) + "]"
_BLANK = "[\\s\u200b-\u200d\u2060\ufeff]"  # Unicode whitespace and zero-width spaces
_FORMULA = re.compile(_BLANK + "*" + _STARTS)
_QUOTED_FORMULA = re.compile("(?:" + _BLANK + '|")*' + _STARTS)
# After a separator or line break (a reader set to the other separator ignores our quotes and
# starts a new cell or row there): any blanks and quotes, then a formula start.
_SEGMENT = re.compile("([,;\r\n])(?=" + _QUOTED_FORMULA.pattern + ")")


def _needs_quote(value: str) -> bool:
    """True if a spreadsheet could read *value* as a formula, or if *value* is itself an
    apostrophe before such text (so that :func:`unsafe_text` can tell the two apart)."""
    if value.startswith(RAW_STARTS) or _FORMULA.match(value):
        return True
    return value.startswith(QUOTE) and _needs_quote(value[1:])


def safe_text(value: str) -> str:
    """Prefix text that a spreadsheet would read as a formula with an apostrophe."""
    value = _ILLEGAL.sub("", value)
    return QUOTE + value if _needs_quote(value) else value


def safe_value(value: Any) -> Any:
    """Numbers, dates and None pass unchanged; only text can carry a formula."""
    return safe_text(value) if isinstance(value, str) else value


def safe_csv_text(value: str) -> str:
    """:func:`safe_text`, and an apostrophe at the start and after every ",", ";" or line
    break that is followed (after spaces, line breaks or quotes) by a formula start. One-way:
    CSV is never read back."""
    value = _SEGMENT.sub(r"\1" + QUOTE, _ILLEGAL.sub("", value))
    return QUOTE + value if _needs_quote(value) or _QUOTED_FORMULA.match(value) else value


def unsafe_text(value: str) -> str:
    """Undo :func:`safe_text`, for text read back from a review pack."""
    if value.startswith(QUOTE) and _needs_quote(value[1:]):
        return value[1:]
    return value
