"""The project: one audit in one file, or in one database on a PostgreSQL server."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection as Connection  # re-exported: the UI's type hints
from sqlalchemy import Engine, select

from audit_app.core import open_lock
from audit_app.core import schema as s
from audit_app.core.backends import Backend, backend_of, is_server_location
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
        server: str | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        self.network = network
        self._lock = lock
        self.server = server  # the postgresql:// location (no password) of a server project
        self.backend: Backend = backend_of(engine)

    @property
    def location(self) -> str:
        """Where the project lives, for titles, recent files and commands (never a password)."""
        return self.server if self.server is not None else str(self.path)

    @classmethod
    def open(cls, path: str | Path, *, verify: bool = True, who: str | None = None) -> Project:
        """Open an existing project (a file, or ``postgresql://user@host:port/db``); raises
        ProjectError (a user message) when it cannot be opened safely: not a project, damaged
        (DamagedProjectError), newer, in use by someone else on a network share, or a server
        that cannot be reached or wants a password (PasswordNeededError). *who* is the name
        others see while we have a server project open (default: the login name)."""
        if is_server_location(path):
            return cls._open_server(str(path), create=False, who=who)
        return cls._open(Path(path), create=False, verify=verify)

    @classmethod
    def _open_server(cls, location: str, *, create: bool, who: str | None = None) -> Project:
        from audit_app.core.backends import postgresql
        from audit_app.core.users import default_user_name

        engine = postgresql.open_server(location, create=create, who=who or default_user_name())
        shown = postgresql.display_location(location)
        name = postgresql.server_url(location).database or "project"
        # No file: ``path`` only names the project and anchors default places for exports
        # and review packs, in the user's home folder (never the program's working folder).
        return cls(Path.home() / (name + PROJECT_SUFFIX), engine, server=shown)

    @classmethod
    def _open(cls, p: Path, *, create: bool, verify: bool = True) -> Project:
        network = network_fs_type(p.parent if create and not p.exists() else p)
        lock = None
        if network is not None:
            try:
                lock = open_lock.acquire(p.resolve())
            except open_lock.ProjectInUseError as exc:
                raise ProjectInUseError(str(exc), code=exc.code, **exc.params) from exc
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
        """Create a new project, or open it if it already is one. On a server the database
        is created when it does not exist yet (that needs the right to create databases)."""
        if is_server_location(path):
            project = cls._open_server(str(path), create=True)
            with project.read() as conn:
                existed = get_setting(conn, "project_id") is not None
            p = project.path
        else:
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

    def present_users(self) -> list[str]:
        """Who has this server project open now (empty for a file)."""
        if self.server is None:
            return []
        from audit_app.core.backends import postgresql

        with self.read() as conn:
            return postgresql.present_users(conn)

    @contextmanager
    def crawl_lock(self) -> Iterator[None]:
        """Hold the one-crawl-at-a-time lock of this project (CrawlLockedError if taken)."""
        if self.server is not None:
            from audit_app.core.backends import postgresql

            with postgresql.crawl_lock(self.engine):
                yield
            return
        from audit_app.core.crawl_lock import crawl_lock

        with crawl_lock(self.path):
            yield

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
    stmt = backend_of(conn).insert(s.settings).values(key=key, value=json.dumps(value))
    conn.execute(
        stmt.on_conflict_do_update(index_elements=["key"], set_={"value": stmt.excluded.value})
    )
