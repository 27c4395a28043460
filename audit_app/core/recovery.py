"""Recover what can be read from a damaged project into a new file.

The damaged file is only ever read (never written, never checkpointed): every table is
copied row by row into a freshly created project, so a broken index or a few broken pages
cost those rows at most, and the search index is rebuilt from the copied pages.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Table

from audit_app.core import schema as s
from audit_app.core.db import ProjectError, sqlite_uri
from audit_app.core.project import Project


@dataclass
class RecoveryReport:
    target: Path
    copied: dict[str, int] = field(default_factory=dict)
    lost: dict[str, int] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return not any(self.lost.values())

    def summary(self) -> str:
        rows = sum(self.copied.values())
        if self.complete:
            return f"Hersteld naar {self.target.name}: {rows} rijen, niets verloren."
        lost = ", ".join(f"{t}: {n}" for t, n in self.lost.items() if n)
        return (
            f"Hersteld naar {self.target.name}: {rows} rijen. Onleesbaar en niet hersteld: {lost}."
        )


def recover_project(source: Path, target: Path) -> RecoveryReport:
    """Copy every readable row of *source* into a new project at *target*."""
    source, target = Path(source), Path(target)
    if target.exists():
        raise ProjectError(f"{target.name} bestaat al. Kies een nieuwe naam voor het herstel.")
    if source.resolve() == target.resolve():
        raise ProjectError("Herstel naar een ander bestand dan het beschadigde.")
    try:
        src = sqlite3.connect(sqlite_uri(source, "ro"), uri=True)
        src.execute("PRAGMA application_id").fetchone()
    except sqlite3.DatabaseError as exc:
        raise ProjectError(f"{source.name} kan helemaal niet worden gelezen: {exc}.") from exc
    report = RecoveryReport(target)
    try:
        with Project.create(target) as new, new.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            raw.execute("PRAGMA foreign_keys = OFF")  # parents may be among the lost rows
            raw.execute("DELETE FROM settings")  # the source's own id, name and secrets win
            for table in s.metadata.sorted_tables:
                copied, lost = _copy_table(src, raw, table)
                report.copied[table.name] = copied
                report.lost[table.name] = lost
            raw.execute(
                "INSERT INTO page_fts (rowid, title, url, text) SELECT p.id, "
                "coalesce(p.title, ''), p.url, coalesce(c.text, '') FROM pages p "
                "LEFT JOIN page_content c ON c.page_id = p.id"
            )
            raw.commit()
    finally:
        src.close()
    return report


def _copy_table(src: sqlite3.Connection, dst: sqlite3.Connection, table: Table) -> tuple[int, int]:
    names = [c.name for c in table.columns]
    try:
        have = {r[1] for r in src.execute(f"PRAGMA table_info({table.name})")}
    except sqlite3.DatabaseError:
        have = set()
    cols = [n for n in names if n in have]
    if not cols:
        return 0, 0
    select = f"SELECT {', '.join(cols)} FROM {table.name} NOT INDEXED"
    insert = (
        f"INSERT OR REPLACE INTO {table.name} ({', '.join(cols)}) "
        f"VALUES ({', '.join('?' * len(cols))})"
    )
    try:
        rows = src.execute(select).fetchall()
        dst.executemany(insert, rows)
        return len(rows), 0
    except sqlite3.DatabaseError:
        pass
    # A broken page in the table: go row by row and count what cannot be read.
    try:
        top = int(src.execute(f"SELECT max(rowid) FROM {table.name} NOT INDEXED").fetchone()[0])
    except (sqlite3.DatabaseError, TypeError):
        return 0, 1
    copied = lost = 0
    for rowid in range(1, top + 1):
        try:
            row = src.execute(f"{select} WHERE rowid = ?", (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            lost += 1
            continue
        if row is not None:
            dst.execute(insert, row)
            copied += 1
    return copied, lost
