"""How much a folder or zip source may read in one crawl session.

A copied intranet is trusted no more than a web server: a zip of 15 MB can unpack to many
gigabytes (a "zip bomb"), a share can hold millions of files. The budget caps the bytes read
and the files opened; when it runs out the crawl stops with a message that names the option to
raise, and what was stored stays (the same command continues with a larger budget).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

GB = 1024**3
DEFAULT_MAX_READ = 10 * GB  # bytes read from a folder or zip in one crawl session
DEFAULT_MAX_FILES = 100_000  # files or zip members opened in one crawl session
ZIP_READ_FACTOR = 100  # a zip never yields more than this many times its own size
ZIP_MAX_RATIO = 100  # one member unpacking to more than this many times its packed size...
ZIP_RATIO_FLOOR = 1024 * 1024  # ...and to more than 1 MB is refused as a likely bomb


@dataclass(frozen=True)
class BudgetLimits:
    max_read: int = DEFAULT_MAX_READ
    max_files: int = DEFAULT_MAX_FILES


def _size(n: int) -> str:
    return f"{n / GB:.1f} GB" if n >= GB else f"{n / 1024**2:.0f} MB"


class ReadBudget:
    """Thread-safe: the downloader threads take from it while they read."""

    def __init__(self, limits: BudgetLimits, *, zip_size: int | None = None) -> None:
        self.max_read = limits.max_read
        self.max_files = limits.max_files
        self._by_zip = False
        if zip_size is not None and zip_size * ZIP_READ_FACTOR < self.max_read:
            self.max_read, self._by_zip = max(zip_size * ZIP_READ_FACTOR, 1), True
        self.read = 0
        self.files = 0
        self.exhausted: str | None = None  # the Dutch stop reason, once the budget is spent
        # the same as a code with its facts, for the app: read-files (files), read-bytes
        # (bytes) or zip-bomb (factor, bytes)
        self.exhausted_detail: dict[str, Any] | None = None
        self._lock = threading.Lock()

    def take(self, declared: int) -> int | None:
        """Open one file that says it holds ``declared`` bytes: how many bytes may be read from
        it, or None when the budget is spent (then ``exhausted`` says why)."""
        with self._lock:
            if self.exhausted is not None:
                return None
            if self.files >= self.max_files:
                self.exhausted = (
                    f"Leeslimiet bereikt: {self.max_files} bestanden gelezen "
                    "(verhoog --max-files en voer het commando opnieuw uit)"
                )
                self.exhausted_detail = {"code": "read-files", "files": self.max_files}
                return None
            room = self.max_read - self.read
            if declared > room:
                self._spent()
                return None
            self.files += 1
            return room

    def spend(self, actual: int) -> None:
        """Bytes really read: a header that under-states a member's size is caught here."""
        with self._lock:
            self.read += actual
            if self.read >= self.max_read and self.exhausted is None:
                self._spent()

    def _spent(self) -> None:
        if self._by_zip:
            self.exhausted_detail = {
                "code": "zip-bomb",
                "factor": ZIP_READ_FACTOR,
                "bytes": self.max_read,
            }
        else:
            self.exhausted_detail = {"code": "read-bytes", "bytes": self.max_read}
        self.exhausted = self._bytes_reason()

    def _bytes_reason(self) -> str:
        if self._by_zip:
            return (
                f"Leeslimiet bereikt: het zip-bestand pakt uit tot meer dan "
                f"{ZIP_READ_FACTOR} keer zijn eigen grootte ({_size(self.max_read)}); "
                "mogelijk een zip-bom. Pak het zelf uit als het klopt."
            )
        return (
            f"Leeslimiet bereikt: {_size(self.max_read)} gelezen "
            "(verhoog --max-read-gb en voer het commando opnieuw uit)"
        )


def looks_like_bomb(packed: int, unpacked: int) -> bool:
    """A zip member that claims an extreme compression ratio: no intranet page does that."""
    return unpacked > ZIP_RATIO_FLOOR and unpacked > max(packed, 1) * ZIP_MAX_RATIO
