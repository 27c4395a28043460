"""UI test fixtures: projects with pages, isolated preferences, Dutch translations loaded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from audit_app.core.project import Project
from audit_app.ui.i18n import install_translators
from audit_app.ui.settings import Preferences
from tests.ui.factory import make_project


@pytest.fixture(autouse=True, scope="session")
def dutch(qapp: QApplication) -> None:
    install_translators(qapp, "nl")


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def pages_project(tmp_path: Path) -> Iterator[Project]:
    p = make_project(tmp_path / "pages.audit", 120)
    yield p
    p.close()
