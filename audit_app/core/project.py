"""The project: one audit in one file."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from audit_app.core import schema as s
from audit_app.core.db import open_engine

PROJECT_SUFFIX = ".audit"


def utcnow() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Project:
    """A handle on a project file. Cheap to share between threads: each call takes its own
    connection from the engine's pool; SQLite's WAL lets readers run beside one writer."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine

    @classmethod
    def open(cls, path: str | Path) -> Project:
        """Open an existing project; raises ProjectError/NotAProjectError with a user message."""
        p = Path(path)
        return cls(p, open_engine(p))

    @classmethod
    def create(cls, path: str | Path, name: str | None = None) -> Project:
        """Create a new project, or open it if it already is one."""
        p = Path(path)
        existed = p.exists() and p.stat().st_size > 0
        project = cls(p, open_engine(p, create=True))
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

    def close(self) -> None:
        self.engine.dispose()

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
