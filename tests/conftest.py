"""Shared fixtures. Qt runs offscreen; tests never leave threads behind."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CONTENT_AUDIT_USER", "Test Gebruiker")

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
