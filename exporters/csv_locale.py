"""Which CSV separator a user's Excel expects.

Excel splits a CSV on the *list separator* of the computer's regional settings: ";" in Dutch
(where "," is the decimal comma), "," in English. On Windows we ask the system for that very
setting; elsewhere the locale's language decides: Dutch means ";" (with decimal commas), any
other ",".
"""

from __future__ import annotations

import os
import sys

SEMICOLON = ";"
COMMA = ","
# What a user may type after --delimiter: the character itself or its name.
DELIMITER_WORDS = {
    ";": SEMICOLON,
    "semicolon": SEMICOLON,
    "puntkomma": SEMICOLON,
    ",": COMMA,
    "comma": COMMA,
    "komma": COMMA,
}


def _windows_list_separator() -> str | None:
    import ctypes

    LOCALE_SLIST = 0x0C
    buf = ctypes.create_unicode_buffer(8)
    try:
        n = ctypes.windll.kernel32.GetLocaleInfoEx(None, LOCALE_SLIST, buf, len(buf))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return None
    return buf.value if n else None


def locale_name(environ: dict[str, str] | os._Environ[str] = os.environ) -> str:
    for var in ("LC_ALL", "LC_NUMERIC", "LANG"):
        value = environ.get(var)
        if value:
            return value
    return ""


def default_delimiter(environ: dict[str, str] | os._Environ[str] = os.environ) -> str:
    if sys.platform == "win32" and environ is os.environ:
        sep = _windows_list_separator()
        if sep in (SEMICOLON, COMMA):
            return sep
    language = locale_name(environ).split(".")[0].split("_")[0].lower()
    return SEMICOLON if language == "nl" else COMMA


def parse_delimiter(word: str) -> str:
    """The separator for what the user typed; ValueError with a Dutch message otherwise."""
    found = DELIMITER_WORDS.get(word.strip().lower())
    if found is None:
        raise ValueError(f"Onbekend scheidingsteken '{word}'. Kies ';' of ','.")
    return found
