"""One crawl per project file at a time.

Two crawls writing one frontier would fetch pages twice and race on every row. The lock is an
OS lock on ``<project>.lock`` (holding the PID, for the message): the OS drops it when the
process ends in any way, so a crawl killed with kill -9 never leaves a lock that blocks its
own resume.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from crawlers.start_items import CrawlStartError

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class CrawlLockedError(CrawlStartError):
    """Another crawl is busy with this project file."""


def lock_path(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + ".lock")


@contextmanager
def crawl_lock(project_path: Path) -> Iterator[None]:
    """Hold the project's crawl lock, or raise CrawlLockedError with a Dutch message. The
    lock sits beside the real file, so a crawl through a symlinked path meets it too."""
    path = lock_path(Path(project_path).resolve())
    fd = _acquire(path)
    try:
        started = dt.datetime.now().strftime("%H:%M")
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()} {started}\n".encode())
        yield
    finally:
        with contextlib.suppress(OSError):  # while still locked: see the inode check
            path.unlink()
        try:
            _unlock(fd)
        finally:
            os.close(fd)


def _acquire(path: Path) -> int:
    for _ in range(5):
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            holder = _holder(fd)
            os.close(fd)
            raise CrawlLockedError(
                f"Dit project wordt al gecrawld{holder}. Wacht tot die crawl klaar is, of stop "
                "hem eerst; daarna gaat een nieuwe crawl verder waar hij was.",
                code="crawl-busy",
            )
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except OSError:
            same = False
        if same:  # not a lock file the previous crawl removed just before we locked it
            return fd
        _unlock(fd)
        os.close(fd)
    raise CrawlLockedError(
        f"Het slotbestand {path.name} kan niet worden vastgezet.",
        code="lock-failed",
        name=path.name,
    )


def _holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 100).decode("ascii", "replace").split()
    except OSError:
        return ""
    if len(text) >= 2 and text[0].isdigit():
        return f" (door proces {text[0]}, gestart om {text[1]})"
    return ""
