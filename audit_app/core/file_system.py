"""Where a project file lives: a local disk, or a network share where SQLite's WAL is unsafe.

SQLite's write-ahead log keeps its index in shared memory, which processes on different
computers cannot share, and network file systems implement file locks poorly or not at all
("How To Corrupt An SQLite Database File", section 2.1). So a project on a share is opened
in a different, safe mode (see ``db.open_engine``); this module only tells which case it is.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Linux mount types (and the macOS names) of file systems served by another computer.
NETWORK_FS_TYPES = frozenset(
    {
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "afs",
        "afpfs",
        "ncpfs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "webdav",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.smbnetfs",
        "fuse.rclone",
        "fuse.gvfsd-fuse",
    }
)

# A test (or a support session) can point this at a copy of a mount table.
MOUNTS_ENV = "CONTENT_AUDIT_MOUNTS"


def network_fs_type(path: Path) -> str | None:
    """The network file system *path* is on ("cifs", "nfs4", "UNC", ...), or None if local."""
    path = Path(os.path.abspath(path))
    if sys.platform == "win32":
        return _windows_network_type(path)
    table = os.environ.get(MOUNTS_ENV)
    if table is None:
        if sys.platform == "darwin":
            return _mount_type(path, _darwin_mounts())
        table = "/proc/self/mounts"
    try:
        with open(table, encoding="utf-8", errors="replace") as fh:
            mounts = list(_parse_proc_mounts(fh.read()))
    except OSError:
        return None
    return _mount_type(path, mounts)


def _parse_proc_mounts(text: str) -> list[tuple[str, str]]:
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            # Spaces in mount points are written as \040 in /proc/mounts.
            out.append((parts[1].replace("\\040", " "), parts[2].lower()))
    return out


def _darwin_mounts() -> list[tuple[str, str]]:
    try:
        text = subprocess.run(
            ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    out = []
    for line in text.splitlines():  # "//u@server/share on /Volumes/share (smbfs, nodev, ...)"
        if " on " in line and " (" in line:
            point = line.split(" on ", 1)[1].rsplit(" (", 1)
            out.append((point[0], point[1].split(",", 1)[0].strip("() ").lower()))
    return out


def _mount_type(path: Path, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the longest mount point that contains *path*."""
    best: tuple[int, str] | None = None
    text = str(path)
    for point, fstype in mounts:
        inside = text == point or text.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fstype)
    if best is None:
        return None
    fstype = best[1]
    return fstype if fstype in NETWORK_FS_TYPES or fstype.startswith("nfs") else None


def _windows_network_type(path: Path) -> str | None:  # pragma: no cover - Windows only
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "UNC"
    import ctypes

    drive_remote = 4
    root = os.path.splitdrive(text)[0] + "\\"
    if ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote:  # type: ignore[attr-defined]
        return "netwerkschijf"
    return None
