"""Rolling safety copies of a project, so a lost or broken file costs minutes, not a workshop.

Copies are made with SQLite's online backup (a consistent snapshot while others keep working;
never a plain file copy, which would open and close the project file outside SQLite and drop
this process's locks on it). They live in the user's data folder, one folder per project id,
the newest ``KEEP`` kept. Restoring writes a *new* project file: nothing is overwritten.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from audit_app.core.db import ProjectError, sqlite_uri
from audit_app.core.db_errors import environment_message
from audit_app.core.project import Project

KEEP = 12
INTERVAL_MINUTES = 10  # the app makes a copy this long after the last one if things changed
_STAMP = "%Y-%m-%d %H.%M.%S"


def data_dir() -> Path:
    """Where the program keeps its own files (the same place for the app and the commands)."""
    override = os.environ.get("CONTENT_AUDIT_DATA")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "content-audit"


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: dt.datetime
    size: int

    def label(self) -> str:
        return self.made_at.strftime("%d-%m-%Y %H:%M:%S")


def backup_folder(project: Project | str, root: Path | None = None) -> Path:
    """The copies of one project (or project id) live together, whatever its file is called."""
    pid = project if isinstance(project, str) else project.project_id
    return (root or data_dir() / "backups") / pid


def project_id_of(path: Path) -> str | None:
    """The id of the project in *path*, read through SQLite only, also from a damaged file."""
    try:
        con = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
        try:
            row = con.execute("SELECT value FROM settings WHERE key = 'project_id'").fetchone()
        finally:
            con.close()
        return str(json.loads(row[0])) if row else None
    except (sqlite3.Error, ValueError):
        return None


def make_backup(project: Project, root: Path | None = None, keep: int = KEEP) -> Path:
    """Write a consistent copy of *project* and prune the oldest beyond *keep*."""
    if project.server is not None:
        raise ProjectError(
            "Een project op een server heeft geen reservekopieën van dit programma: de server "
            "maakt ze. Een eigen kopie als bestand maak je met 'content-audit project copy'."
        )
    folder = backup_folder(project, root)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime(_STAMP)
    name = re.sub(r"[^\w\- ]", "_", project.path.stem)[:60] or "project"
    target = folder / f"{name} {stamp}.audit"
    with project.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        _copy_database(
            raw,
            target,
            "De reservekopie kon niet worden gemaakt: {} Het project zelf is niet gewijzigd.",
        )
    for old in list_backups(folder)[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return target


def _copy_database(src: sqlite3.Connection, target: Path, failure: str) -> None:
    """SQLite's online backup of *src* into *target*, which appears only when complete."""
    partial = target.with_name(target.name + ".partial")
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dst.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise ProjectError(failure.format(environment_message(exc) or str(exc))) from exc


def list_backups(folder: Path) -> list[Backup]:
    """Newest first."""
    found = []
    for p in folder.glob("*.audit") if folder.is_dir() else []:
        m = re.search(r"(\d{4}-\d\d-\d\d \d\d\.\d\d\.\d\d)\.audit$", p.name)
        if m:
            made = dt.datetime.strptime(m.group(1), _STAMP)
            found.append(Backup(p, made, p.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def restore_backup(backup: Path, target: Path) -> Path:
    """Write *backup* as a new project file *target* (never over an existing file)."""
    if target.exists():
        raise ProjectError(f"{target.name} bestaat al. Kies een nieuwe naam.")
    src = sqlite3.connect(sqlite_uri(backup, "ro"), uri=True)
    try:
        _copy_database(src, target, "De reservekopie kon niet worden teruggezet: {}")
    finally:
        src.close()
    Project.open(target).close()  # a sound project: verifies and sets WAL mode
    return target
