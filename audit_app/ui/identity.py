"""How the app presents itself to the desktop: its icon and, on Windows, its taskbar identity."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon

import resources

ICON_DIR = Path(resources.__file__).resolve().parent / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows groups taskbar buttons by this id; without it the app shows python's icon.
WINDOWS_APP_ID = "ContentAudit.ContentAudit"


def icon_path(size: int = 256) -> Path:
    return ICON_DIR / f"content-audit-{size}.png"


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        path = icon_path(size)
        if path.is_file():
            icon.addFile(str(path))
    return icon


def claim_windows_taskbar() -> None:
    """Give the process its own taskbar identity, so the window shows our icon, not python's."""
    if sys.platform != "win32":
        return
    import contextlib
    import ctypes

    with contextlib.suppress(AttributeError, OSError):
        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(WINDOWS_APP_ID)  # type: ignore[attr-defined]
