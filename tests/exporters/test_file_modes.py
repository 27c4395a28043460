"""Exports are for colleagues: they get the permissions of any new file, not owner-only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from audit_app.core.project import Project
from exporters.csv_export import export_csv
from exporters.workbook import export_workbook
from tests.exporters.helpers import build_sample


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_exports_follow_the_umask(project: Project, tmp_path: Path) -> None:
    build_sample(project)
    old = os.umask(0o022)
    try:
        export_workbook(project, tmp_path / "plan.xlsx")
        export_csv(project, tmp_path / "plan.csv")
    finally:
        os.umask(old)
    for name in ("plan.xlsx", "plan.csv"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name
