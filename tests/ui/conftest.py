"""UI test fixtures: projects with pages, isolated preferences, Dutch on request."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from audit_app.core.project import Project
from audit_app.ui.app import guard_pyside_refcounts
from audit_app.ui.i18n import install_translators
from audit_app.ui.settings import Preferences
from tests.ui.factory import make_project


@pytest.fixture(autouse=True, scope="session")
def pyside_refcount_guard() -> None:
    """See guard_pyside_refcounts: without it a long test run aborts inside PySide."""
    guard_pyside_refcounts()


@pytest.fixture(autouse=True, scope="session")
def english(qapp: QApplication) -> None:
    """The English interface, as the app installs it (source strings, plurals that agree), so
    a test sees the same words whether or not a Dutch test ran before it."""
    install_translators(qapp, "en")


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    """The Dutch interface for one test (tests otherwise see the English interface)."""
    install_translators(qapp, "nl")
    yield
    install_translators(qapp, "en")


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def pages_project(project_location: str) -> Iterator[Project]:
    p = make_project(project_location, 120)
    yield p
    p.close()
