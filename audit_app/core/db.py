"""Opening, creating and migrating project files.

A project file is one SQLite database (WAL mode) that users copy and mail around, so it is
marked with our own ``application_id`` and a schema version (``user_version``). A file that is
not ours is refused before anything is written to it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.exc import DBAPIError

from audit_app.core.backends import backend_of
from audit_app.core.db_errors import environment_code, environment_message, sqlite_error_name
from audit_app.core.schema import metadata

APPLICATION_ID = 0x43415544  # "CAUD"


class ProjectError(Exception):
    """A problem with a project, as a code with parameters: ``str()`` is the Dutch sentence
    (the CLI, the log), *code* and *params* let the app word it in the user's language
    (audit_app/ui/error_words.py). An error raised without a code shows its sentence."""

    def __init__(self, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


class NotAProjectError(ProjectError):
    pass


class NewerVersionError(ProjectError):
    pass


class DamagedProjectError(ProjectError):
    """The file fails SQLite's integrity check: offer recovery, never write into it."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"{path.name} is beschadigd en wordt niet gewijzigd. Herstel het naar een nieuw "
            "bestand: in de app via de vraag die nu verschijnt, of met 'content-audit project "
            f'recover "{path}" NIEUW.audit\'. Een reservekopie terugzetten kan ook '
            "(Bestand > Reservekopie terugzetten).",
            code="damaged",
            name=path.name,
        )
        self.path = path
        self.detail = detail


def _migrate_1(conn: Connection) -> None:
    metadata.create_all(conn)
    backend_of(conn).create_search_index(conn)


def _migrate_2(conn: Connection) -> None:
    """Covering indexes for the page table's sort columns: with 100,000 pages SQLite walks
    the index in order instead of sorting every row (about twice as fast)."""
    b = backend_of(conn)
    for name, cols in (
        ("ix_pages_sort_url", "url, state"),
        ("ix_pages_sort_title", f"{b.index_term(b.nocase('title'))}, state"),
        ("ix_pages_sort_section", f"{b.index_term(b.nocase('section'))}, state"),
        ("ix_pages_sort_words", "words, state"),
        ("ix_pages_sort_inlinks", "inlinks, state"),
    ):
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON pages ({cols})")


def _migrate_word_scores(conn: Connection) -> None:
    """Word-level B1 (issue 15): per-page word scores and the organisation's own word list.
    New tables only; a fresh file already has them from step 1."""
    from audit_app.core.schema import own_words, word_scores

    for table in (word_scores, own_words):
        table.create(conn, checkfirst=True)  # with its indexes


def _add_columns(conn: Connection, table: str, columns: dict[str, str]) -> None:
    have = {column["name"] for column in inspect(conn).get_columns(table)}
    for name, kind in columns.items():
        if name not in have:
            conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")


def _migrate_merge_and_new_urls(conn: Connection) -> None:
    """Migration plan: a page merged into another page, and new addresses per page and per
    navigation item (people decide them, so they live with the decisions)."""
    _add_columns(conn, "decisions", {"merge_into": "INTEGER", "new_url": "TEXT"})
    _add_columns(conn, "nav_nodes", {"new_url": "TEXT"})


def _migrate_dup_similarity(conn: Connection) -> None:
    """Issue 10: how similar a near copy is to its original, and on what basis."""
    _add_columns(conn, "scores", {"duplicate_similarity": "FLOAT", "duplicate_basis": "VARCHAR"})


def _migrate_node_deleted_to(conn: Connection) -> None:
    """Issue 13: per navigation item, whether deleted pages go to its page or get 410."""
    _add_columns(conn, "nav_nodes", {"deleted_to": "VARCHAR"})


def _migrate_asset_index(conn: Connection) -> None:
    """Issue 10: the Files view reads an image's uses by its address."""
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_links_img ON links (to_url) WHERE tag = 'img'"
    )


def _migrate_page_families(conn: Connection) -> None:
    """Issue 10: a calendar family is one row; it says how many variants it stands for."""
    _add_columns(
        conn,
        "pages",
        {"family_kind": "VARCHAR", "family_variants": "INTEGER", "family_skipped": "BOOLEAN"},
    )


# Index i holds the step from version i to i + 1. Append, never edit a released step.
MIGRATIONS: list[Callable[[Connection], None]] = [
    _migrate_1,
    _migrate_2,
    _migrate_word_scores,
    _migrate_merge_and_new_urls,
    _migrate_dup_similarity,
    _migrate_node_deleted_to,
    _migrate_asset_index,
    _migrate_page_families,
]
SCHEMA_VERSION = len(MIGRATIONS)


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout = 30000")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def _on_connect_network(dbapi_conn: sqlite3.Connection, record: object) -> None:
    _on_connect(dbapi_conn, record)
    dbapi_conn.execute("PRAGMA synchronous = FULL")


def _make_engine(path: Path, *, network: bool = False) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": 30},
    )
    event.listen(engine, "connect", _on_connect_network if network else _on_connect)
    return engine


def sqlite_uri(path: Path, mode: str) -> str:
    return f"{Path(os.path.abspath(path)).as_uri()}?mode={mode}"


def check_project_file(path: Path) -> int:
    """Raise NotAProjectError unless *path* is a content-audit project; return its schema
    version. Never writes, and reads only through SQLite: a plain open() and close() of the
    file would drop this process's SQLite locks on it (POSIX advisory locks), after which
    another process may delete the write-ahead log under our feet."""
    if not path.exists():
        raise ProjectError(f"Het bestand {path} bestaat niet.", code="missing", path=str(path))
    if path.is_dir():
        raise NotAProjectError(
            f"{path} is een map, geen projectbestand.", code="folder", path=str(path)
        )
    not_ours = NotAProjectError(
        f"{path.name} is geen content-audit-project. Kies een .audit-bestand of maak een "
        "nieuwe audit.",
        code="not-a-project",
        name=path.name,
    )
    if path.stat().st_size < 100:
        raise not_ours
    try:
        con = sqlite3.connect(sqlite_uri(path, "ro"), uri=True, timeout=30)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = int(con.execute("PRAGMA user_version").fetchone()[0])
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        name = sqlite_error_name(exc)
        if name == "SQLITE_NOTADB":
            raise not_ours from exc
        if name == "SQLITE_CORRUPT":
            raise DamagedProjectError(path, str(exc)) from exc
        if read_only_place(path):
            raise ProjectError(
                f"{path.name} staat op een plek waar niet geschreven kan worden (alleen-lezen). "
                "Kopieer het project naar een eigen map en open die kopie.",
                code="read-only-place",
                name=path.name,
            ) from exc
        code, params = environment_code(exc) or ("unreadable", {"detail": str(exc)})
        raise ProjectError(
            environment_message(exc) or f"{path.name} kan niet worden gelezen: {exc}.",
            code=code,
            name=path.name,
            **params,
        ) from exc
    if app_id != APPLICATION_ID:
        raise NotAProjectError(
            f"{path.name} is een database, maar geen content-audit-project. Het bestand is niet "
            "gewijzigd.",
            code="other-database",
            name=path.name,
        )
    if version > SCHEMA_VERSION:
        raise NewerVersionError(
            f"{path.name} is gemaakt met een nieuwere versie van content-audit "
            f"(schema {version}, deze versie kent {SCHEMA_VERSION}). Werk het programma bij; "
            "het bestand is niet gewijzigd.",
            code="newer-version",
            name=path.name,
            schema=version,
            known=SCHEMA_VERSION,
        )
    return version


def read_only_place(path: Path) -> bool:
    """Is the file or its folder read-only (a read-only disk, share or file)?"""
    try:
        if os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):  # no statvfs on Windows
        pass
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def quick_check(engine: Engine) -> str | None:
    """None when SQLite's quick_check finds the file sound, else its first complaint."""
    try:
        with engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check(5)")]
    except DBAPIError as exc:
        if sqlite_error_name(exc) in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
            return str(exc.orig)
        raise
    return None if rows == ["ok"] else "; ".join(str(r) for r in rows)


def open_engine(
    path: Path, *, create: bool = False, network: bool = False, verify: bool = True
) -> Engine:
    """Open (or create) the project at *path*, migrating it to the current schema.

    On a local disk the project runs in WAL mode, so the app and commands work beside each
    other; on a network share (*network*) in rollback-journal mode, one process at a time
    (the caller holds the share's open lock). A damaged file raises DamagedProjectError
    before anything is written to it."""
    path = Path(path)
    fresh = create and (not path.exists() or path.stat().st_size == 0)
    if fresh:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = _make_engine(path, network=network)
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    else:
        check_project_file(path)
        engine = _make_engine(path, network=network)
    try:
        if verify and not fresh:
            problem = quick_check(engine)
            if problem is not None:
                raise DamagedProjectError(path, problem)
        with engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA journal_mode = {'DELETE' if network else 'WAL'}")
            version = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
        for step in range(version, SCHEMA_VERSION):
            with engine.begin() as conn:
                MIGRATIONS[step](conn)
                conn.exec_driver_sql(f"PRAGMA user_version = {step + 1}")
    except BaseException:
        engine.dispose()
        raise
    return engine


def schema_version(conn: Connection) -> int:
    return backend_of(conn).schema_version(conn)
