"""Shared fixtures. Qt runs offscreen; tests never leave threads behind."""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CONTENT_AUDIT_USER", "Test Gebruiker")
# Safety copies the app makes go to a throw-away folder, never the tester's own data folder.
os.environ.setdefault("CONTENT_AUDIT_DATA", tempfile.mkdtemp(prefix="content-audit-test-data-"))

from audit_app.core.project import Project
from tests.pg_server import PostgresServer, bin_dir

pytest_plugins = ["tests.fixtures_sample"]


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """The app's own QApplication class, as create_application makes it."""
    from audit_app.ui.app import AuditApplication

    return AuditApplication


@pytest.fixture(autouse=True)
def no_leaked_threads() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    leaked = []
    for t in set(threading.enumerate()) - before:
        t.join(timeout=5)
        if t.is_alive() and not t.daemon:
            leaked.append(t.name)
    assert not leaked, f"threads left running: {leaked}"


BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked ``both_backends`` run once on a project file and once on a project in a
    real PostgreSQL server."""
    if metafunc.definition.get_closest_marker("both_backends") and (
        "store_backend" in metafunc.fixturenames
    ):
        metafunc.parametrize("store_backend", BACKENDS, indirect=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL server for the whole run (skipped without PostgreSQL)."""
    if bin_dir() is None:
        pytest.skip("PostgreSQL is not installed (no initdb/pg_ctl; .ci/run installs it)")
    server = PostgresServer().start()
    yield server
    server.close()


@pytest.fixture
def store_backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def project_location(store_backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Where a fresh project goes: a file, or an empty database on the test server."""
    if store_backend == "postgresql":
        server: PostgresServer = request.getfixturevalue("pg_server")
        return server.new_database()
    return str(tmp_path / "test.audit")


@pytest.fixture
def project(project_location: str) -> Iterator[Project]:
    p = Project.create(project_location)
    yield p
    p.close()
