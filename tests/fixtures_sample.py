"""Pytest fixtures for the bundled sample intranet; registered via ``pytest_plugins``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from audit_app.core.sample_server import DEFAULT_ROOT, SampleServer


@pytest.fixture
def sample_site() -> Iterator[SampleServer]:
    """The sample intranet served on 127.0.0.1; ``.base_url``, ``.url(path)``, ``.requests``."""
    with SampleServer() as server:
        yield server


@pytest.fixture(scope="session")
def sample_manifest() -> dict[str, Any]:
    """The generator's expected numbers (reachable pages, orphans, broken links, dates...)."""
    data: dict[str, Any] = json.loads((DEFAULT_ROOT / "_manifest.json").read_text("utf-8"))
    return data
