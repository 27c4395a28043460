"""One user at a time for a project on a network share.

On a share SQLite's own locks cannot be trusted, so whoever opens the project there first
creates ``<project>.inuse`` beside it (an exclusive create, which SMB and NFS do honour) with
who, where and since when; everyone else is refused with a message naming them. Child
processes of the holder (the scorer's workers, a crawl the app starts) inherit the token in
``CONTENT_AUDIT_LOCK_TOKEN`` and are let in. A holder that crashed on this computer is
recognised by its process id and its lock taken over.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from audit_app.core.users import default_user_name

TOKEN_ENV = "CONTENT_AUDIT_LOCK_TOKEN"


class ProjectInUseError(Exception):
    """Somebody else has the project open where only one may; worded for the user in Dutch,
    with a code ("in-use", "lock-failed") and parameters for the app to word it again."""

    def __init__(self, message: str, *, code: str = "lock-failed", **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Holder:
    user: str
    host: str
    pid: int
    since: str  # ISO 8601, local time
    token: str

    def describe(self) -> str:
        try:
            when = dt.datetime.fromisoformat(self.since).strftime("%d-%m-%Y %H:%M")
        except ValueError:
            when = self.since
        return f"{self.user} op computer {self.host} (sinds {when})"


def inuse_path(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + ".inuse")


def _read(path: Path) -> Holder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Holder(
            str(data["user"]),
            str(data["host"]),
            int(data["pid"]),
            str(data["since"]),
            data["token"],
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


class OpenLock:
    """Held while a process works on a project on a share; ``release`` removes it."""

    def __init__(self, path: Path, holder: Holder, owned: bool) -> None:
        self.path = path
        self.holder = holder
        self.owned = owned  # False for a child that borrows its parent's lock

    def release(self) -> None:
        if not self.owned:
            return
        current = _read(self.path)
        if current is not None and current.token == self.holder.token:
            with contextlib.suppress(OSError):
                self.path.unlink()
        self.owned = False


def acquire(project_path: Path, user: str | None = None) -> OpenLock:
    """Take the project's lock, or raise ProjectInUseError naming who holds it."""
    path = inuse_path(project_path)
    inherited = os.environ.get(TOKEN_ENV)
    me = Holder(
        user or default_user_name(),
        socket.gethostname(),
        os.getpid(),
        dt.datetime.now().isoformat(timespec="seconds"),
        uuid.uuid4().hex,
    )
    for _ in range(3):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            current = _read(path)
            if current is not None and inherited and current.token == inherited:
                return OpenLock(path, current, owned=False)
            if current is None or (current.host == me.host and not _alive(current.pid)):
                with contextlib.suppress(OSError):  # left by a crash: take it over
                    path.unlink()
                continue
            raise ProjectInUseError(
                f"Dit project is al geopend door {current.describe()}. Het staat op een "
                "netwerkschijf, en daar kan maar één persoon tegelijk veilig in een project "
                "werken. Vraag die persoon het project te sluiten en probeer het daarna opnieuw. "
                f"(Werkt daar niemand meer in, bijvoorbeeld na een storing? Verwijder dan het "
                f"bestand {path.name} naast het project.)",
                code="in-use",
                user=current.user,
                host=current.host,
                since=current.since,
                lock_file=path.name,
            ) from None
        except OSError as exc:
            raise ProjectInUseError(
                f"Het project op de netwerkschijf kan niet worden vastgezet voor gebruik "
                f"({exc.strerror}). Controleer of je in die map mag schrijven."
            ) from exc
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(me.__dict__, fh)
        return OpenLock(path, me, owned=True)
    raise ProjectInUseError(f"Het slotbestand {path.name} kan niet worden aangemaakt.")
