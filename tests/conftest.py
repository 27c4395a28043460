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

pytest_plugins = ["tests.fixtures_sample"]


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


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    p = Project.create(tmp_path / "test.audit")
    yield p
    p.close()
