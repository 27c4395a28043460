"""The one CSV writer for everything the product writes as CSV (plan, inventory).

Python's csv module quotes a field only when it holds the chosen separator, but the same file
is opened by Excel set to "," and by Dutch Excel set to ";". So every field holding either
separator, a quote or a line break is quoted, text goes through
:func:`exporters.safe.safe_csv_text`, and numbers stay numbers (never neutralised, so "-5"
is still minus five).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TextIO

from exporters.safe import safe_csv_text

_QUOTE_IF = (",", ";", '"', "\r", "\n", "\t")


def csv_field(value: object, *, decimal_comma: bool = False) -> str:
    """One field as it appears in the file, quoted when needed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        text = str(value).lower()
    elif isinstance(value, int):
        return str(value)
    elif isinstance(value, float):
        text = f"{value:.1f}".replace(".", ",") if decimal_comma else repr(value)
    elif isinstance(value, date):
        return value.isoformat()
    else:
        text = safe_csv_text(str(value))
    if any(ch in text for ch in _QUOTE_IF):
        return '"' + text.replace('"', '""') + '"'
    return text


class SafeCsvWriter:
    """Writes rows with "," or ";" (Dutch Excel, with decimal commas) as separator."""

    def __init__(self, out: TextIO, *, semicolon: bool = False) -> None:
        self.out = out
        self.semicolon = semicolon
        self.separator = ";" if semicolon else ","

    def writerow(self, values: Iterable[object]) -> None:
        fields = (csv_field(v, decimal_comma=self.semicolon) for v in values)
        self.out.write(self.separator.join(fields) + "\r\n")
