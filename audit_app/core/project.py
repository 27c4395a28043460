"""The project: one audit in one file."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from audit_app.core import open_lock
from audit_app.core import schema as s
from audit_app.core.db import ProjectError, open_engine
from audit_app.core.file_system import network_fs_type


class ProjectInUseError(ProjectError):
    """Somebody else has the project open on a network share."""


PROJECT_SUFFIX = ".audit"


def utcnow() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Project:
    """A handle on a project file. Cheap to share between threads: each call takes its own
    connection from the engine's pool; SQLite's WAL lets readers run beside one writer.

    On a local disk any number of processes (the app, a second window, commands) work on one
    project at once, SQLite serialising their writes. On a network share only one process may
    (``open_lock``), in rollback-journal mode; ``network`` then names the file system."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        *,
        network: str | None = None,
        lock: open_lock.OpenLock | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        self.network = network
        self._lock = lock

    @classmethod
    def open(cls, path: str | Path, *, verify: bool = True) -> Project:
        """Open an existing project; raises ProjectError (a user message) when it cannot be
        opened safely: not a project, damaged (DamagedProjectError), newer, or in use by
        someone else on a network share."""
        return cls._open(Path(path), create=False, verify=verify)

    @classmethod
    def _open(cls, p: Path, *, create: bool, verify: bool = True) -> Project:
        network = network_fs_type(p.parent if create and not p.exists() else p)
        lock = None
        if network is not None:
            try:
                lock = open_lock.acquire(p.resolve())
            except open_lock.ProjectInUseError as exc:
                raise ProjectInUseError(str(exc)) from exc
        try:
            engine = open_engine(p, create=create, network=network is not None, verify=verify)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if lock is not None and lock.owned:
            os.environ[open_lock.TOKEN_ENV] = lock.holder.token  # our child processes may
        return cls(p, engine, network=network, lock=lock)

    @classmethod
    def create(cls, path: str | Path, name: str | None = None) -> Project:
        """Create a new project, or open it if it already is one."""
        p = Path(path)
        existed = p.exists() and p.stat().st_size > 0
        project = cls._open(p, create=True)
        if not existed:
            with project.transaction() as conn:
                set_setting(conn, "project_id", uuid.uuid4().hex)
                set_setting(conn, "name", name or p.stem)
                set_setting(conn, "created_at", utcnow())
        return project

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A connection inside one transaction: committed on success, rolled back on error."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def setting(self, key: str, default: Any = None) -> Any:
        with self.read() as conn:
            return get_setting(conn, key, default)

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as conn:
            set_setting(conn, key, value)

    @property
    def project_id(self) -> str:
        return str(self.setting("project_id"))

    @property
    def name(self) -> str:
        return str(self.setting("name", self.path.stem))

    @property
    def storage_note(self) -> str | None:
        """What a user should know about where the project lives (None on a local disk)."""
        if self.network is None:
            return None
        return (
            f"Dit project staat op een netwerkschijf ({self.network}). Daar is samenwerken in "
            "één bestand niet veilig, dus werkt maar één persoon tegelijk in het project; wie "
            "het daarna opent, krijgt een melding met jouw naam. Samenwerken kan met "
            "reviewpakketten."
        )

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            if self._lock.owned and os.environ.get(open_lock.TOKEN_ENV) == self._lock.holder.token:
                del os.environ[open_lock.TOKEN_ENV]
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def get_setting(conn: Connection, key: str, default: Any = None) -> Any:
    raw = conn.execute(select(s.settings.c.value).where(s.settings.c.key == key)).scalar()
    return default if raw is None else json.loads(raw)


def set_setting(conn: Connection, key: str, value: Any) -> None:
    stmt = sqlite_insert(s.settings).values(key=key, value=json.dumps(value))
    conn.execute(
        stmt.on_conflict_do_update(index_elements=["key"], set_={"value": stmt.excluded.value})
    )
