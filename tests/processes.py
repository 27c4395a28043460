"""Helpers for tests between processes: the kernel's lock table and real CLI runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def own_locks(path: Path) -> list[str]:
    """This process's POSIX locks on *path*, from the kernel's own table (Linux)."""
    ino = os.stat(path).st_ino
    pid = str(os.getpid())
    with open("/proc/locks") as fh:
        return [ln for ln in fh if f":{ino} " in ln and f" {pid} " in ln.replace("->", "")]


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`content-audit ARGS` in a child process, with this checkout's code."""
    return subprocess.run(
        [sys.executable, "-m", "audit_app", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )
