"""The app's log file: where it is and how it is written.

Started without a console (the ``content-audit-app`` launcher, a bundle, a double-click) the
app has no terminal to print to, so what it logs goes to a file that About names and a helpdesk
can ask for. The file rotates so it never grows without bound; it holds no secrets because
nothing logs them (DESIGN.md, invariant 5).
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from audit_app.core.backups import data_dir

LOG_NAME = "content-audit.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    return data_dir() / "logs"


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to the rotating file, and to stderr when there is one; returns the file or None.

    A log file that cannot be made (read-only profile) must not stop the app from starting.
    """
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_content_audit", False):
            root.removeHandler(handler)
            handler.close()
    if sys.stderr is not None:
        console = logging.StreamHandler()
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        console._content_audit = True  # type: ignore[attr-defined]
        root.addHandler(console)
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        to_file = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    to_file.setFormatter(logging.Formatter(FORMAT))
    to_file._content_audit = True  # type: ignore[attr-defined]
    root.addHandler(to_file)
    return path


def log_uncaught(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
    """sys.excepthook for a windowed app: a crash nobody saw in a console lands in the log."""
    logging.getLogger("content-audit").critical(
        "Unexpected error",
        exc_info=(exc_type, exc, tb),  # type: ignore[arg-type]
    )
    if sys.stderr is not None:
        sys.__excepthook__(exc_type, exc, tb)  # type: ignore[arg-type]
