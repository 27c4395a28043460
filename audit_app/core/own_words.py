"""The organisation's own word list: its jargon, abbreviations and officialese, per project.

These come on top of the shipped lists in ``resources/plain_language`` (and win where both
have the same form). Every addition, change and removal is recorded in the audit trail
(entity "own_word"), like every other change people make. CSV files for import and export have
two or three columns: word, alternative and optionally language (nl when missing); the
separator is detected (, ; or tab) and UTF-8 with or without BOM and Windows-1252 are read.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, delete, func, insert, select, update

from audit_app.core import schema as s
from audit_app.core.changes import ChangeError, record_event
from audit_app.core.project import utcnow
from audit_app.core.scoring.lexicon import LANGUAGES, split_forms

MAX_WORD = 200
MAX_ALTERNATIVE = 300
_HEADER_WORDS = {"woord", "word", "term", "begrip", "woorden"}


class WordListError(ChangeError):
    """Bad input for the word list, worded for the user."""


@dataclass(frozen=True)
class OwnWord:
    language: str
    word: str
    alternative: str
    added_by: str | None = None
    added_at: str | None = None


def _clean(language: str, word: str, alternative: str) -> tuple[str, str, str]:
    language = (language or "nl").strip().lower()
    if language not in LANGUAGES:
        raise WordListError(
            f"Taal '{language}' wordt niet ondersteund; kies nl of en.",
            code="bad-language",
            language=language,
        )
    word = " ".join(word.split())
    alternative = " ".join(alternative.split())
    if not split_forms(word):
        raise WordListError(
            "Vul een woord of uitdrukking in (met minstens één letter).", code="no-word"
        )
    if not alternative:
        raise WordListError(
            f"Vul een eenvoudiger alternatief in voor '{word}'.", code="no-alternative", word=word
        )
    if len(word) > MAX_WORD or len(alternative) > MAX_ALTERNATIVE:
        raise WordListError(
            f"'{word[:40]}…' is te lang voor de woordenlijst.", code="too-long", word=word[:40]
        )
    return language, word, alternative


def list_words(conn: Connection, language: str | None = None) -> list[OwnWord]:
    c = s.own_words.c
    q = select(c.language, c.word, c.alternative, c.added_by, c.added_at)
    if language:
        q = q.where(c.language == language)
    rows = conn.execute(q.order_by(c.language, func.lower(c.word), c.word)).all()
    return [OwnWord(*r) for r in rows]


def find_word(conn: Connection, language: str, word: str) -> OwnWord | None:
    """The entry for *word*, compared case-insensitively: "BHV" and "bhv" are one entry."""
    wanted = " ".join(word.split()).casefold()
    for entry in list_words(conn, language):
        if entry.word.casefold() == wanted:
            return entry
    return None


def add_word(
    conn: Connection,
    word: str,
    alternative: str,
    *,
    language: str = "nl",
    who: str,
    source: str = "app",
) -> bool:
    """Add or change one entry; True when something changed."""
    language, word, alternative = _clean(language, word, alternative)
    found = find_word(conn, language, word)
    c = s.own_words.c
    if found is not None:
        if found.word == word and found.alternative == alternative:
            return False
        conn.execute(
            update(s.own_words)
            .where(c.language == language, c.word == found.word)
            .values(word=word, alternative=alternative, added_by=who, added_at=utcnow())
        )
        old: object = {"word": found.word, "alternative": found.alternative}
    else:
        conn.execute(
            insert(s.own_words).values(
                language=language,
                word=word,
                alternative=alternative,
                added_by=who,
                added_at=utcnow(),
            )
        )
        old = None
    new = {"word": word, "alternative": alternative, "language": language}
    record_event(conn, "own_word", 0, "entry", old, new, who=who, source=source)
    return True


def remove_word(
    conn: Connection, word: str, *, language: str = "nl", who: str, source: str = "app"
) -> bool:
    """Remove one entry (matched case-insensitively); False when it was not on the list."""
    found = find_word(conn, language, word)
    if found is None:
        return False
    c = s.own_words.c
    conn.execute(delete(s.own_words).where(c.language == language, c.word == found.word))
    old = {"word": found.word, "alternative": found.alternative, "language": language}
    record_event(conn, "own_word", 0, "entry", old, None, who=who, source=source)
    return True


# ---- CSV -------------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_csv(data: bytes) -> list[tuple[str, str, str]]:
    """(language, word, alternative) rows of a CSV file; raises WordListError with the line
    number on a bad row, so nothing is imported from a half-good file."""
    text = _decode(data)
    if "\x00" in text:
        raise WordListError("Dit is geen CSV-bestand (het bevat binaire gegevens).", code="binary")
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(";,\t", key=first.count)
    out: list[tuple[str, str, str]] = []
    for n, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if n == 1 and cells[0].lower() in _HEADER_WORDS:
            continue
        if len(cells) < 2:
            raise WordListError(
                f"Regel {n}: verwacht 'woord{delimiter}alternatief', gevonden '{row[0][:40]}'.",
                code="expected-pair",
                line=n,
                delimiter=delimiter,
                found=row[0][:40],
            )
        language = cells[2] if len(cells) > 2 and cells[2] else "nl"
        try:
            out.append(_clean(language, cells[0], cells[1]))
        except WordListError as exc:
            raise WordListError(f"Regel {n}: {exc}", code=exc.code, **exc.params, line=n) from exc
    return out


def read_csv(path: Path) -> list[tuple[str, str, str]]:
    """(language, word, alternative) rows of the CSV file at *path* (see ``parse_csv``)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise WordListError(
            f"{Path(path).name} kan niet worden gelezen: {exc.strerror}.",
            code="file-unreadable",
            name=Path(path).name,
            detail=exc.strerror or "",
        ) from exc
    return parse_csv(data)


def import_csv(conn: Connection, path: Path, *, who: str, source: str = "app") -> tuple[int, int]:
    """Add or update every row of *path*; returns (changed, unchanged). All or nothing: the
    caller's transaction rolls back when a row is bad."""
    changed = unchanged = 0
    for language, word, alternative in read_csv(path):
        if add_word(conn, word, alternative, language=language, who=who, source=source):
            changed += 1
        else:
            unchanged += 1
    return changed, unchanged


def export_csv(conn: Connection, path: Path) -> int:
    """Write the list as UTF-8 CSV with BOM (opens well in Excel); returns the row count."""
    entries = list_words(conn)
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(["woord", "alternatief", "taal"])
    for e in entries:
        writer.writerow([_safe_cell(e.word), _safe_cell(e.alternative), e.language])
    Path(path).write_text("\ufeff" + buf.getvalue(), encoding="utf-8", newline="")
    return len(entries)


def _safe_cell(value: str) -> str:
    """No formula injection when the file is opened in a spreadsheet."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
