"""Notice what other processes wrote into the project: a colleague's command, a second window,
another laptop on the same server project.

A project file: SQLite's ``PRAGMA data_version`` on one connection of our own changes whenever
another connection commits, at the cost of a look at the shared-memory index: cheap enough to
ask every second. A server project: the tables people see carry a trigger that sends
``NOTIFY content_audit``; a listening connection in a thread of its own waits for it, so the
GUI thread never waits on the network. Only when something moved do we read what changed: new
entries in the audit trail (who changed what) and whether the crawl or the scorer touched the
pages.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from audit_app.core.db import sqlite_uri
from audit_app.core.project import Project

OWN_SOURCES = ("app", "undo", "redo")
HEALTH_SECONDS = 5.0  # a server connection is asked whether it still lives this often

_CHANGES_SQL = "SELECT id, entity, entity_id, who, source FROM changes WHERE id > ? ORDER BY id"
_STAMP_SQL = (
    "SELECT (SELECT coalesce(max(id), 0) FROM changes),"
    " (SELECT count(*) FROM pages WHERE state <> 'queued'),"
    " (SELECT coalesce(max(scored_at), '') FROM scores)"
)

Stamp = tuple[int, tuple[int, str]]
Found = tuple[list[tuple[Any, ...]], Stamp]


@dataclass
class OutsideChanges:
    page_ids: set[int] = field(default_factory=set)  # decisions changed by anybody
    structure: bool = False  # navigation nodes or reviewers changed
    pages_changed: bool = False  # crawled or scored pages: reload the table
    authors: Counter[str] = field(default_factory=Counter)  # other people's changes

    def describe(self) -> str:
        who = ", ".join(f"{n} ({c})" for n, c in self.authors.most_common(3))
        return f"Bijgewerkt met wijzigingen van {who}." if who else ""


def _stamp(row: tuple[Any, ...]) -> Stamp:
    return int(row[0]), (int(row[1]), str(row[2]))


class _FileSource:
    def __init__(self, project: Project) -> None:
        # A connection through SQLite itself (never a plain file handle: see db.py).
        self._conn = sqlite3.connect(
            sqlite_uri(project.path, "ro"), uri=True, check_same_thread=False, timeout=1
        )
        self._version = self._data_version()
        self.start = _stamp(self._conn.execute(_STAMP_SQL).fetchone())
        self.problem: str | None = None

    def _data_version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def check(self, last_change: int) -> Found | None:
        try:
            version = self._data_version()
            if version == self._version:
                return None
            self._version = version
            rows = self._conn.execute(_CHANGES_SQL, (last_change,)).fetchall()
            return rows, _stamp(self._conn.execute(_STAMP_SQL).fetchone())
        except sqlite3.Error:  # busy or gone for a moment: ask again next time
            return None

    def close(self) -> None:
        self._conn.close()


class _ServerSource:
    """LISTEN in a thread of its own; what it finds waits in a queue for ``check``."""

    def __init__(self, project: Project, me: str) -> None:
        from audit_app.core.backends import postgresql

        self._pg = postgresql
        self._me = me
        self._url = project.engine.url
        self._found: queue.Queue[Found] = queue.Queue()
        self._stop = threading.Event()
        self.problem: str | None = None
        self._conn = self._connect()
        self.start = _stamp(self._conn.execute(_STAMP_SQL).fetchone())
        self._last = self.start[0]
        self._thread = threading.Thread(target=self._loop, name="change-watch", daemon=True)
        self._thread.start()

    def _connect(self) -> Any:
        import psycopg

        conn = psycopg.connect(
            self._url.render_as_string(hide_password=False).replace("+psycopg", ""),
            autocommit=True,
            connect_timeout=5,
            application_name=self._pg.application_name(self._me),  # present while open
        )
        conn.execute(f"LISTEN {self._pg.CHANNEL}")
        return conn

    def _read(self) -> Found:
        rows = self._conn.execute(_CHANGES_SQL.replace("?", "%s"), (self._last,)).fetchall()
        stamp = _stamp(self._conn.execute(_STAMP_SQL).fetchone())
        self._last = max(self._last, stamp[0])
        return rows, stamp

    def _loop(self) -> None:
        import psycopg

        last_health = time.monotonic()
        while not self._stop.is_set():
            try:
                if self._conn is None:
                    self._conn = self._connect()
                    self.problem = None
                    self._found.put(self._read())  # what happened while we were away
                # wait for the first notification, then take what else is already there
                notes = list(self._conn.notifies(timeout=0.25, stop_after=1))
                if notes:
                    notes += list(self._conn.notifies(timeout=0))
                if not notes and time.monotonic() - last_health > HEALTH_SECONDS:
                    last_health = time.monotonic()
                    self._conn.execute("SELECT 1")
                if notes:
                    self._found.put(self._read())
            except psycopg.Error as exc:
                self.problem = self._pg.error_message(exc) or self._pg.LOST
                if self._conn is not None:
                    self._conn.close()
                self._conn = None
                self._stop.wait(1.0)

    def check(self, last_change: int) -> Found | None:
        merged: Found | None = None
        while True:
            try:
                rows, stamp = self._found.get_nowait()
            except queue.Empty:
                return merged
            rows = [r for r in rows if int(r[0]) > last_change]
            merged = (merged[0] + rows, stamp) if merged else (rows, stamp)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        if self._conn is not None:
            self._conn.close()


class ChangeWatcher:
    """Polled by the app; ``poll`` returns None while nothing outside changed. ``problem`` is
    a Dutch sentence while a server project's connection is lost (the watcher reconnects by
    itself), else None."""

    def __init__(self, project: Project, me: str) -> None:
        self.me = me
        self._source: _FileSource | _ServerSource = (
            _ServerSource(project, me) if project.server is not None else _FileSource(project)
        )
        self._last_change, self._page_stamp = self._source.start

    @property
    def problem(self) -> str | None:
        return self._source.problem

    def poll(self) -> OutsideChanges | None:
        found = self._source.check(self._last_change)
        if found is None:
            return None
        rows, (last, stamp) = found
        out = OutsideChanges()
        for _id, entity, entity_id, who, source in rows:
            if int(_id) <= self._last_change:
                continue
            if entity == "decision":
                out.page_ids.add(int(entity_id))
            else:
                out.structure = True
            if not (who == self.me and source in OWN_SOURCES):
                out.authors[str(who)] += 1
        out.pages_changed = stamp != self._page_stamp
        self._last_change, self._page_stamp = max(last, self._last_change), stamp
        return out

    def close(self) -> None:
        self._source.close()
