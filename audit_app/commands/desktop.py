"""``content-audit desktop-entry``: put the app in a Linux desktop's application menu.

pip cannot install into the menu, so this writes the freedesktop.org entry and the icons into the
user's own data folder (no administrator needed), pointing at the launcher of this very install,
and the project file type (shared-mime-info), so that a double-click on an .audit file opens it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import resources

RESOURCES = Path(resources.__file__).resolve().parent
TEMPLATE = RESOURCES / "linux" / "content-audit.desktop"
MIME_XML = RESOURCES / "linux" / "content-audit-mime.xml"
MIME_TYPE = "application/x-content-audit"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ENTRY_NAME = "content-audit.desktop"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "desktop-entry",
        help="zet het programma in het programmamenu (Linux)",
        description="Schrijf een starter (.desktop) en het pictogram in je eigen datamap, "
        "zodat het programma in het menu van je bureaublad staat.",
    )
    p.add_argument("--print", action="store_true", help="toon de starter alleen, schrijf niets")
    p.set_defaults(func=run)


def launcher() -> str:
    """The command that starts this install's app, as the Exec line of the entry."""
    frozen = getattr(sys, "frozen", False)
    if frozen:  # the bundle's window program, also when content-audit-cli writes the entry
        app = Path(sys.executable).with_name("content-audit")
        return _quote(str(app if app.is_file() else sys.executable))
    here = Path(sys.executable).parent / "content-audit-app"
    found = str(here) if here.is_file() else shutil.which("content-audit-app")
    if found:
        return _quote(found)
    return f"{_quote(sys.executable)} -m audit_app gui"


def _quote(path: str) -> str:
    # The Exec key's own quoting: double quotes around arguments with reserved characters.
    if any(c in path for c in " \t\n\"'\\><~|&;$*?#()`"):
        escaped = path.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
        escaped = escaped.replace("$", "\\$")
        return f'"{escaped}"'
    return path


def entry_text() -> str:
    lines = []
    for line in TEMPLATE.read_text("utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={launcher()} %f"
        lines.append(line)
    return "\n".join(lines) + "\n"


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def install(base: Path) -> Path:
    apps = base / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        target = base / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "content-audit.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(RESOURCES / "icons" / f"content-audit-{size}.png", target)
    scalable = base / "icons" / "hicolor" / "scalable" / "apps" / "content-audit.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(RESOURCES / "icons" / "content-audit.svg", scalable)
    entry = apps / ENTRY_NAME
    entry.write_text(entry_text(), encoding="utf-8")
    packages = base / "mime" / "packages"
    packages.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(MIME_XML, packages / "content-audit.xml")
    return entry


def refresh_caches(base: Path) -> list[str]:
    """Let the desktop see the new file type and its program; the tools it lacks, by name."""
    missing = []
    for tool, folder in (
        ("update-mime-database", base / "mime"),
        ("update-desktop-database", base / "applications"),
    ):
        found = shutil.which(tool)
        if found is None:
            missing.append(tool)
            continue
        subprocess.run([found, str(folder)], check=False, capture_output=True)
    return missing


def run(args: argparse.Namespace) -> int:
    if args.print:
        sys.stdout.write(entry_text())
        return 0
    base = data_home()
    entry = install(base)
    missing = refresh_caches(base)
    print(f"Starter geschreven: {entry}")
    print("Het programma staat nu in het menu (soms pas na opnieuw aanmelden).")
    print("Dubbelklikken op een .audit-bestand opent het project in het programma.")
    if "update-mime-database" in missing:
        print(
            "Let op: update-mime-database ontbreekt (pakket shared-mime-info); tot het er is, "
            "herkent het bureaublad .audit-bestanden misschien niet."
        )
    return 0
