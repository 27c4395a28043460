"""What differs between the two project stores, behind one small interface.

A project is an SQLite file (the default: one audit one file, embedded) or a PostgreSQL
database on the organisation's own server (one project per database, for teams). Every query
lives in core and is written once; the few places where the two dialects differ (upsert,
case-insensitive sorting, full-text search, the raw cursor of the bulk writers, locking,
where the schema version is kept) ask the backend of their connection.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy import Connection, Engine, Table

SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_location(location: object) -> bool:
    """Is *location* a server project (``postgresql://user@host:port/db``) rather than a file?"""
    return isinstance(location, str) and location.lower().startswith(SERVER_SCHEMES)


class RawCursor:
    """A DB-API cursor that takes ``?`` placeholders on both backends (the bulk writers' SQL
    is written once, in SQLite's style). ``execute`` returns the driver's cursor for fetching."""

    def __init__(self, cur: Any, paramstyle: str) -> None:
        self._cur = cur
        self._convert = paramstyle != "qmark"

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self._convert else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        if not params:
            return self._cur.execute(self._sql(sql))
        return self._cur.execute(self._sql(sql), params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self._cur.executemany(self._sql(sql), rows)

    def close(self) -> None:
        self._cur.close()


class Backend:
    """The interface; see sqlite.py and postgresql.py."""

    name = ""
    # errors a bulk writer skips one item for, and those that stop it (disk full, gone server)
    item_errors: tuple[type[BaseException], ...] = ()
    fatal_errors: tuple[type[BaseException], ...] = ()

    def insert(self, table: Table) -> Any:
        """An INSERT that supports ``on_conflict_do_update`` / ``on_conflict_do_nothing``."""
        raise NotImplementedError

    def nocase(self, expr: str) -> str:
        """SQL for sorting *expr* without regard to case (as an index expression too)."""
        raise NotImplementedError

    def insertion_order(self, table_alias: str, fallback: str) -> str:
        """ORDER BY term for "oldest row first" where the store keeps insertion order (a
        table without a numeric key); *fallback* where it keeps none."""
        return fallback

    def index_term(self, expr: str) -> str:
        """*expr* as one term of CREATE INDEX's column list."""
        return expr

    def find(self, haystack: Any, needle: Any) -> Any:
        """SQL expression: the 1-based position of *needle* in *haystack*, 0 if absent."""
        raise NotImplementedError

    def search_condition(self, user_text: str, add_param: Callable[[Any], str]) -> str | None:
        """A condition on ``p.id`` for full-text search of what somebody typed, or None when
        there is nothing to search for. User input never reaches the query syntax."""
        raise NotImplementedError

    def create_search_index(self, conn: Connection) -> None:
        raise NotImplementedError

    def schema_version(self, conn: Connection) -> int:
        raise NotImplementedError

    def set_schema_version(self, conn: Connection, version: int) -> None:
        raise NotImplementedError

    def reset_sequences(self, conn: Connection) -> None:
        """After rows were inserted with their own ids (a copy, a test factory): let new rows
        continue after the highest id. SQLite needs nothing."""

    def lock_changes(self, conn: Connection) -> None:
        """Serialise writers of the change log for the rest of the transaction, so the value a
        change records as "old" is really what it replaced (no lost or hidden update)."""

    def raw_rows(self, conn: Connection, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """Rows of *sql* (``:name`` parameters) straight from the driver: building 100,000
        SQLAlchemy rows would cost more than the query."""
        raise NotImplementedError

    def raw_writer(self, engine: Engine) -> AbstractContextManager[RawCursor]:
        """A cursor on a connection of its own in manual transaction mode: the caller says
        ``BEGIN`` (see ``begin_sql``) and ``COMMIT``; an uncommitted transaction is rolled back
        when the block ends."""
        raise NotImplementedError

    begin_sql = "BEGIN"
    # ORDER BY suffixes that make NULLs sort first ascending and last descending (SQLite's way)
    nulls_first_asc = ""
    nulls_last_desc = ""


def backend_of(bind: Connection | Engine) -> Backend:
    """The backend of a connection or engine."""
    return backend_named(bind.dialect.name)


def backend_named(name: str) -> Backend:
    if name == "sqlite":
        from audit_app.core.backends.sqlite import BACKEND

        return BACKEND
    if name == "postgresql":
        from audit_app.core.backends.postgresql import BACKEND as PG

        return PG
    raise ValueError(f"unknown database dialect {name}")
