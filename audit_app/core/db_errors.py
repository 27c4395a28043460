"""Errors of the environment (a full disk, a read-only file, a busy or damaged project) in
words for people, told apart from bugs.

The CLI, the app's background tasks and its undo commands all ask here, so a full disk reads
the same everywhere and never as a traceback.
"""

from __future__ import annotations

import errno
import sqlite3

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

# Any failure of the store, for the UI (which imports no sqlalchemy itself).
StoreError = SQLAlchemyError

_SQLITE_MESSAGES = {
    "SQLITE_FULL": (
        "De schijf is vol: de wijziging is niet opgeslagen. Maak ruimte vrij (of kies een "
        "andere schijf) en probeer het opnieuw; wat al was opgeslagen blijft bewaard."
    ),
    "SQLITE_READONLY": (
        "Het project kan niet worden opgeslagen: het bestand of de map is alleen-lezen. "
        "Sla een kopie op een plek op waar je mag schrijven, of vraag schrijfrechten."
    ),
    "SQLITE_BUSY": (
        "Het project is bezet door een ander programma dat er nu in schrijft. Wacht even en "
        "probeer het opnieuw."
    ),
    "SQLITE_LOCKED": (
        "Het project is bezet door een ander programma dat er nu in schrijft. Wacht even en "
        "probeer het opnieuw."
    ),
    "SQLITE_CORRUPT": (
        "Het projectbestand is beschadigd. Open het in de app: die biedt aan het te herstellen "
        "naar een nieuw bestand (of gebruik 'content-audit project recover'). Het beschadigde "
        "bestand wordt niet gewijzigd."
    ),
    "SQLITE_NOTADB": "Dit bestand is geen content-audit-project (of het is zwaar beschadigd).",
    "SQLITE_CANTOPEN": (
        "Het projectbestand kan niet worden geopend. Bestaat de map nog, en mag je erin schrijven?"
    ),
    "SQLITE_IOERR": (
        "Lezen of schrijven van het projectbestand mislukte. Meestal is de schijf vol; het kan "
        "ook een schijf- of netwerkfout zijn. Maak ruimte vrij of controleer de verbinding en "
        "probeer het opnieuw; wat al was opgeslagen blijft bewaard."
    ),
    "SQLITE_PERM": "Je hebt geen toestemming om dit projectbestand te wijzigen.",
}

_OS_MESSAGES = {
    errno.ENOSPC: "De schijf is vol. Maak ruimte vrij of kies een andere plek, en probeer het "
    "opnieuw.",
    errno.EROFS: "Die schijf is alleen-lezen. Kies een andere plek.",
    errno.EACCES: "Je hebt geen toestemming om daar te lezen of te schrijven. Kies een andere "
    "plek, of vraag toestemming.",
    errno.EPERM: "Je hebt geen toestemming om daar te lezen of te schrijven. Kies een andere "
    "plek, of vraag toestemming.",
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


def environment_message(exc: BaseException) -> str | None:
    """A sentence for a failure of the machine around us, or None when it looks like a bug."""
    name = sqlite_error_name(exc)
    if name is not None:
        return _SQLITE_MESSAGES.get(name)
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if type(orig).__module__.startswith("psycopg"):
        from audit_app.core.backends.postgresql import error_message

        return error_message(exc)
    if isinstance(exc, OSError) and exc.errno in _OS_MESSAGES:
        where = f" ({exc.filename})" if exc.filename else ""
        return _OS_MESSAGES[exc.errno].replace(".", f"{where}.", 1)
    return None
