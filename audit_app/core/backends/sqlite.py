"""SQLite specifics: FTS5, COLLATE NOCASE, PRAGMA user_version, BEGIN IMMEDIATE.

Opening a project file (WAL or network mode, the integrity check, application_id) stays in
``audit_app.core.db``: it is all about files.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, Table, func
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from audit_app.core.backends import Backend, RawCursor

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(user_text: str) -> str | None:
    """Turn what someone typed into a safe FTS5 query: every word must occur, as a prefix.

    FTS5 has its own syntax (quotes, NEAR, column filters, "-"); user input is reduced to plain
    word tokens and each is quoted, so no input can cause a syntax error.
    """
    tokens = _TOKEN.findall(user_text)
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens[:20])


class SqliteBackend(Backend):
    name = "sqlite"
    item_errors = (sqlite3.DatabaseError,)
    fatal_errors = (sqlite3.OperationalError, sqlite3.InternalError)
    begin_sql = "BEGIN IMMEDIATE"  # take the write lock now: no deadlock on upgrade later

    def insert(self, table: Table) -> Any:
        return sqlite_insert(table)

    def nocase(self, expr: str) -> str:
        return f"{expr} COLLATE NOCASE"

    def insertion_order(self, table_alias: str, fallback: str) -> str:
        return f"{table_alias}.rowid"

    def find(self, haystack: Any, needle: Any) -> Any:
        return func.instr(haystack, needle)

    def search_condition(self, user_text: str, add_param: Callable[[Any], str]) -> str | None:
        match = fts_query(user_text)
        if match is None:
            return None
        return f"p.id IN (SELECT rowid FROM page_fts WHERE page_fts MATCH {add_param(match)})"

    def create_search_index(self, conn: Connection) -> None:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS page_fts USING fts5("
            "title, url, text, tokenize = 'unicode61 remove_diacritics 2')"
        )

    def schema_version(self, conn: Connection) -> int:
        return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())

    def set_schema_version(self, conn: Connection, version: int) -> None:
        conn.exec_driver_sql(f"PRAGMA user_version = {int(version)}")

    def lock_changes(self, conn: Connection) -> None:
        # Python's sqlite3 starts a transaction only at the first write, so the values a change
        # replaces would be read outside it, and a colleague's commit in between would be
        # recorded wrongly (or overwritten unseen by undo). A write that changes nothing
        # takes the write lock first (waiting up to busy_timeout); the reads that follow see
        # the latest state and nobody can change it until we commit.
        conn.exec_driver_sql("UPDATE settings SET key = key WHERE 0")

    def raw_rows(self, conn: Connection, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        dbapi: sqlite3.Connection = conn.connection.driver_connection  # type: ignore[assignment]
        return dbapi.execute(sql, params).fetchall()

    @contextmanager
    def raw_writer(self, engine: Engine) -> Iterator[RawCursor]:
        raw = engine.raw_connection()
        dbapi: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
        old_isolation = dbapi.isolation_level
        dbapi.isolation_level = None
        cur = dbapi.cursor()
        try:
            yield RawCursor(cur, "qmark")
        finally:
            if dbapi.in_transaction:
                dbapi.rollback()
            cur.close()
            dbapi.isolation_level = old_isolation
            raw.close()


BACKEND = SqliteBackend()
