"""Notice what other processes wrote into the project: a colleague's command, a second window.

SQLite's ``PRAGMA data_version`` on one connection of our own changes whenever another
connection commits, at the cost of a look at the shared-memory index: cheap enough to ask
every second. Only when it moved do we read what changed: new entries in the audit trail
(who changed what) and whether the crawl or the scorer touched the pages.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field

from audit_app.core.db import sqlite_uri
from audit_app.core.project import Project

OWN_SOURCES = ("app", "undo", "redo")


@dataclass
class OutsideChanges:
    page_ids: set[int] = field(default_factory=set)  # decisions changed by anybody
    structure: bool = False  # navigation nodes or reviewers changed
    pages_changed: bool = False  # crawled or scored pages: reload the table
    authors: Counter[str] = field(default_factory=Counter)  # other people's changes

    def describe(self) -> str:
        who = ", ".join(f"{n} ({c})" for n, c in self.authors.most_common(3))
        return f"Bijgewerkt met wijzigingen van {who}." if who else ""


class ChangeWatcher:
    """Polled by the app; ``poll`` returns None while nothing outside changed."""

    def __init__(self, project: Project, me: str) -> None:
        self.me = me
        # A connection through SQLite itself (never a plain file handle: see db.py).
        self._conn = sqlite3.connect(
            sqlite_uri(project.path, "ro"), uri=True, check_same_thread=False, timeout=1
        )
        self._version = self._data_version()
        self._last_change, self._page_stamp = self._stamps()

    def _data_version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def _stamps(self) -> tuple[int, tuple[int, str]]:
        last = self._conn.execute("SELECT coalesce(max(id), 0) FROM changes").fetchone()[0]
        pages = self._conn.execute(
            "SELECT (SELECT count(*) FROM pages WHERE state <> 'queued'), "
            "(SELECT coalesce(max(scored_at), '') FROM scores)"
        ).fetchone()
        return int(last), (int(pages[0]), str(pages[1]))

    def poll(self) -> OutsideChanges | None:
        try:
            version = self._data_version()
            if version == self._version:
                return None
            self._version = version
            rows = self._conn.execute(
                "SELECT id, entity, entity_id, who, source FROM changes WHERE id > ? ORDER BY id",
                (self._last_change,),
            ).fetchall()
            last, stamp = self._stamps()
        except sqlite3.Error:  # busy or gone for a moment: ask again next time
            return None
        out = OutsideChanges()
        for _id, entity, entity_id, who, source in rows:
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
        self._conn.close()
