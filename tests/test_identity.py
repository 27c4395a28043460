"""Version, icon, launcher and desktop entry: the program presents itself as a desktop app."""

from __future__ import annotations

import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from audit_app import cli
from audit_app.commands import desktop
from audit_app.version import version
from tests.processes import ROOT, run_cli

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def test_version_comes_from_pyproject() -> None:
    assert version() == PYPROJECT["project"]["version"]
    result = run_cli("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"content-audit {PYPROJECT['project']['version']}"


def test_launchers_point_at_real_functions() -> None:
    scripts = PYPROJECT["project"]["scripts"]
    gui_scripts = PYPROJECT["project"]["gui-scripts"]
    assert scripts["content-audit"] == "audit_app.cli:main"
    assert gui_scripts["content-audit-app"] == "audit_app.cli:gui_main"
    assert callable(cli.gui_main)


def test_app_launcher_passes_only_a_project_file(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[str]] = []
    monkeypatch.setattr(cli, "main", lambda argv: seen.append(list(argv)) or 0)
    monkeypatch.setattr("sys.argv", ["content-audit-app", "C:/Projecten/intranet.audit", "-x"])
    assert cli.gui_main() == 0
    assert seen == [["gui", "C:/Projecten/intranet.audit"]]


def test_icons_are_real_images(qapp: object) -> None:
    from PySide6.QtGui import QImageReader

    from audit_app.ui.identity import ICON_SIZES, app_icon, icon_path

    for size in ICON_SIZES:
        reader = QImageReader(str(icon_path(size)))
        assert reader.size().width() == size
    ico = QImageReader(str(ROOT / "resources" / "icons" / "content-audit.ico"))
    assert ico.imageCount() == 7
    assert (ROOT / "resources" / "icons" / "content-audit.icns").read_bytes()[:4] == b"icns"
    assert sorted(s.width() for s in app_icon().availableSizes()) == list(ICON_SIZES)


def test_desktop_entry_installs_into_the_users_menu(tmp_path: Path) -> None:
    entry = desktop.install(tmp_path)
    text = entry.read_text("utf-8")
    assert "Icon=content-audit\n" in text
    exec_line = next(ln for ln in text.splitlines() if ln.startswith("Exec="))
    assert exec_line.endswith(" %f")
    assert "MimeType=application/x-content-audit;\n" in text
    assert (tmp_path / "mime/packages/content-audit.xml").is_file()
    assert (tmp_path / "icons/hicolor/256x256/apps/content-audit.png").is_file()
    assert (tmp_path / "icons/hicolor/scalable/apps/content-audit.svg").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
        )
        assert check.returncode == 0, check.stdout + check.stderr
        assert "error" not in check.stdout


def test_desktop_entry_command(tmp_path: Path) -> None:
    result = run_cli("desktop-entry", env={"XDG_DATA_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "applications" / "content-audit.desktop").is_file()
    assert str(tmp_path) in result.stdout


@pytest.mark.skipif(
    not (shutil.which("xdg-mime") and shutil.which("update-mime-database")),
    reason="needs xdg-utils and shared-mime-info",
)
def test_the_desktop_opens_a_project_file_with_the_app(tmp_path: Path) -> None:
    """What a file manager asks on a double-click: the file's type, and the program for it."""
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CURRENT_DESKTOP": "",
    }
    project = tmp_path / "Verlof en ziekte.audit"
    project.write_bytes(b"SQLite format 3\x00" + bytes(100))  # a SQLite file, as every project

    def ask(*question: str) -> str:
        done = subprocess.run(
            ["xdg-mime", "query", *question], env=env, capture_output=True, text=True, check=False
        )
        return done.stdout.strip()

    assert ask("filetype", str(project)) != desktop.MIME_TYPE
    result = run_cli("desktop-entry", env={"XDG_DATA_HOME": env["XDG_DATA_HOME"]})
    assert result.returncode == 0, result.stderr
    assert ask("filetype", str(project)) == desktop.MIME_TYPE
    assert ask("default", desktop.MIME_TYPE) == desktop.ENTRY_NAME


def test_every_platform_registers_the_project_file_type() -> None:
    """The same suffix and program in the Linux, Windows and macOS descriptions (the latter two
    cannot be built here; this keeps them from drifting apart)."""
    import re
    import xml.etree.ElementTree as ET

    from audit_app.core.project import PROJECT_SUFFIX

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(desktop.MIME_XML).getroot().find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == desktop.MIME_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == [f"*{PROJECT_SUFFIX}"]
    assert f"MimeType={desktop.MIME_TYPE};" in desktop.TEMPLATE.read_text("utf-8")

    spec = (ROOT / "packaging" / "content-audit.spec").read_text("utf-8")
    app_exe = re.search(r'app = EXE\(.*name="([^"]+)"', spec)
    assert app_exe is not None
    assert '"public.filename-extension": ["audit"]' in spec
    assert '"LSItemContentTypes": ["nl.content-audit.project"]' in spec

    iss = (ROOT / "packaging" / "windows" / "content-audit.iss").read_text("utf-8")
    assert f'#define AppExe "{app_exe.group(1)}.exe"' in iss
    assert r'Subkey: "Software\Classes\.audit"' in iss
    assert r'ValueData: """{app}\{#AppExe}"" ""%1"""' in iss
    assert r'Source: "{#Root}\dist\content-audit\*"' in iss


def test_the_bundle_enters_its_window_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`content-audit-cli desktop-entry` in the bundle: a double-click starts the app itself."""
    folder = tmp_path / "Content audit"
    folder.mkdir()
    (folder / "content-audit").touch()
    (folder / "content-audit-cli").touch()
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys.executable", str(folder / "content-audit-cli"))
    assert desktop.launcher() == f'"{folder / "content-audit"}"'


def test_exec_line_quotes_paths_with_spaces() -> None:
    spaced = "/opt/content audit/content-audit"
    assert desktop._quote(spaced) == f'"{spaced}"'
    assert desktop._quote("/usr/bin/content-audit-app") == "/usr/bin/content-audit-app"


def test_log_file_is_under_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import logging

    from audit_app.core import app_log

    monkeypatch.setenv("CONTENT_AUDIT_DATA", str(tmp_path))
    path = app_log.setup_logging()
    try:
        assert path == tmp_path / "logs" / "content-audit.log"
        logging.getLogger("test").warning("proef %s", os.getpid())
        for h in logging.getLogger().handlers:
            h.flush()
        assert f"proef {os.getpid()}" in path.read_text("utf-8")
    finally:
        for h in list(logging.getLogger().handlers):
            if getattr(h, "_content_audit", False):
                logging.getLogger().removeHandler(h)
                h.close()
