"""A wheel carries everything the program needs at run time inside its packages.

Built from a copy of the checkout, without network (no build isolation), then read as a zip:
the guide, translations, icons, desktop entry and sample intranet are in it, the launchers are
declared, and the dependencies are the lighter set (no textstat/NLTK, no BeautifulSoup).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.processes import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    src = tmp_path_factory.mktemp("src") / "content-audit"
    shutil.copytree(
        ROOT,
        src,
        ignore=shutil.ignore_patterns(
            ".git", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".venv", "*.audit*"
        ),
    )
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("content_audit-*.whl")
    return zipfile.ZipFile(built)


def test_wheel_holds_every_resource(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for needed in (
        "resources/help/index.md",
        "resources/help/app.md",
        "resources/help/screenshots/table.png",
        "resources/i18n/content_audit_nl.qm",
        "resources/i18n/content_audit_en.qm",
        "resources/icons/content-audit-256.png",
        "resources/icons/content-audit.ico",
        "resources/icons/content-audit.svg",
        "resources/linux/content-audit.desktop",
        "resources/linux/content-audit-mime.xml",
        "resources/sample_intranet/index.html",
        "resources/sample_intranet/_manifest.json",
        "resources/nav_templates/gemeente.txt",
        "audit_app/ui/help_viewer.py",
    ):
        assert needed in names, needed
    docs = {p.name for p in (ROOT / "docs").glob("*.md")}
    assert docs <= {Path(n).name for n in names if n.startswith("resources/help/")}


def test_wheel_declares_launchers_and_lighter_dependencies(wheel: zipfile.ZipFile) -> None:
    meta_dir = next(n.split("/")[0] for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    entry_points = wheel.read(f"{meta_dir}/entry_points.txt").decode()
    assert "[gui_scripts]\ncontent-audit-app = audit_app.cli:gui_main" in entry_points
    assert "[console_scripts]\ncontent-audit = audit_app.cli:main" in entry_points
    requires = [
        line.split(":", 1)[1].strip()
        for line in wheel.read(f"{meta_dir}/METADATA").decode().splitlines()
        if line.startswith("Requires-Dist:")
    ]
    runtime = [r for r in requires if "extra ==" not in r]
    assert not any(r.startswith(("textstat", "nltk", "beautifulsoup4")) for r in runtime)
    assert any(r.startswith("truststore") for r in runtime)
    assert any(r.startswith("requests-negotiate-sspi") and "win32" in r for r in runtime)
    assert any(r.startswith("beautifulsoup4") and 'extra == "test"' in r for r in requires)
