"""Errors of the environment (a full disk, a read-only file, a busy or damaged project) in
words for people, told apart from bugs.

The CLI, the app's background tasks and its undo commands all ask here, so a full disk reads
the same everywhere and never as a traceback.
"""

from __future__ import annotations

import errno
import sqlite3
from typing import Any

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

# Any failure of the store, for the UI (which imports no sqlalchemy itself).
StoreError = SQLAlchemyError

# SQLite's error name -> our code for the situation; the app words codes (ui/error_words.py),
# the CLI and the log use the Dutch sentences below.
_SQLITE_CODES = {
    "SQLITE_FULL": "disk-full",
    "SQLITE_READONLY": "read-only",
    "SQLITE_BUSY": "busy",
    "SQLITE_LOCKED": "busy",
    "SQLITE_CORRUPT": "corrupt",
    "SQLITE_NOTADB": "not-a-database",
    "SQLITE_CANTOPEN": "cant-open",
    "SQLITE_IOERR": "io-error",
    "SQLITE_PERM": "no-permission",
}
_OS_CODES = {
    errno.ENOSPC: "place-full",
    errno.EROFS: "place-read-only",
    errno.EACCES: "place-no-permission",
    errno.EPERM: "place-no-permission",
}

MESSAGES = {
    "disk-full": (
        "De schijf is vol: de wijziging is niet opgeslagen. Maak ruimte vrij (of kies een "
        "andere schijf) en probeer het opnieuw; wat al was opgeslagen blijft bewaard."
    ),
    "read-only": (
        "Het project kan niet worden opgeslagen: het bestand of de map is alleen-lezen. "
        "Sla een kopie op een plek op waar je mag schrijven, of vraag schrijfrechten."
    ),
    "busy": (
        "Het project is bezet door een ander programma dat er nu in schrijft. Wacht even en "
        "probeer het opnieuw."
    ),
    "corrupt": (
        "Het projectbestand is beschadigd. Open het in de app: die biedt aan het te herstellen "
        "naar een nieuw bestand (of gebruik 'content-audit project recover'). Het beschadigde "
        "bestand wordt niet gewijzigd."
    ),
    "not-a-database": "Dit bestand is geen content-audit-project (of het is zwaar beschadigd).",
    "cant-open": (
        "Het projectbestand kan niet worden geopend. Bestaat de map nog, en mag je erin schrijven?"
    ),
    "io-error": (
        "Lezen of schrijven van het projectbestand mislukte. Meestal is de schijf vol; het kan "
        "ook een schijf- of netwerkfout zijn. Maak ruimte vrij of controleer de verbinding en "
        "probeer het opnieuw; wat al was opgeslagen blijft bewaard."
    ),
    "no-permission": "Je hebt geen toestemming om dit projectbestand te wijzigen.",
    "place-full": "De schijf is vol. Maak ruimte vrij of kies een andere plek, en probeer het "
    "opnieuw.",
    "place-read-only": "Die schijf is alleen-lezen. Kies een andere plek.",
    "place-no-permission": "Je hebt geen toestemming om daar te lezen of te schrijven. Kies een "
    "andere plek, of vraag toestemming.",
}


def sqlite_error_name(exc: BaseException) -> str | None:
    """SQLITE_FULL, SQLITE_BUSY, ... for an sqlite3 error, also wrapped by SQLAlchemy."""
    orig: BaseException | None = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(orig, sqlite3.Error):
        name = getattr(orig, "sqlite_errorname", None)
        if name:
            return "_".join(str(name).split("_")[:2])  # SQLITE_IOERR_WRITE -> SQLITE_IOERR
        text = str(orig).lower()
        for key, needle in (
            ("SQLITE_FULL", "disk is full"),
            ("SQLITE_READONLY", "readonly"),
            ("SQLITE_BUSY", "locked"),
            ("SQLITE_CORRUPT", "malformed"),
            ("SQLITE_NOTADB", "not a database"),
            ("SQLITE_CANTOPEN", "unable to open"),
            ("SQLITE_IOERR", "disk i/o"),
        ):
            if needle in text:
                return key
    return None


def environment_code(exc: BaseException) -> tuple[str, dict[str, Any]] | None:
    """The code for a failure of the machine around us, with its parameters (the file, for
    a place on disk), or None. A server's errors are worded by its backend module instead."""
    name = sqlite_error_name(exc)
    if name is not None:
        code = _SQLITE_CODES.get(name)
        return None if code is None else (code, {})
    if isinstance(exc, OSError) and exc.errno in _OS_CODES:
        return _OS_CODES[exc.errno], {"filename": str(exc.filename) if exc.filename else None}
    return None


def environment_message(exc: BaseException) -> str | None:
    """A Dutch sentence for a failure of the machine around us, or None when it looks like a
    bug."""
    found = environment_code(exc)
    if found is not None:
        code, params = found
        where = f" ({params['filename']})" if params.get("filename") else ""
        return MESSAGES[code].replace(".", f"{where}.", 1)
    if sqlite_error_name(exc) is not None:
        return None
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if type(orig).__module__.startswith("psycopg"):
        from audit_app.core.backends.postgresql import error_message

        return error_message(exc)
    return None
