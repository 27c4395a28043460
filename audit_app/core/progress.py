"""Progress reporting and cancellation without Qt.

Long jobs (crawl, score, export, import) take a Progress object, call ``update`` as they go and
check ``cancelled``. The CLI renders it as a terminal bar; the UI worker forwards it as signals.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


class Cancelled(Exception):
    """Raised by Progress.check() when the user asked to stop."""


@dataclass
class ProgressState:
    done: int = 0
    total: int | None = None  # None while unknown (a crawl's frontier keeps growing)
    message: str = ""  # Dutch, for the CLI; the app words *code* and *params* when given
    errors: int = 0
    code: str | None = None  # what the job is busy with, e.g. "crawl"
    params: dict[str, Any] = field(default_factory=dict)
    started: float = field(default_factory=time.monotonic)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def remaining(self) -> float | None:
        if not self.total or not self.done:
            return None
        return (self.total - self.done) / self.rate if self.rate else None


Listener = Callable[[ProgressState], None]


class Progress:
    """Thread-safe progress with cancel and pause, shared by a job and whoever watches it."""

    def __init__(self, listener: Listener | None = None, min_interval: float = 0.1) -> None:
        self.state = ProgressState()
        self._listener = listener
        self._min_interval = min_interval
        self._last_emit = 0.0
        self._cancel = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self._lock = threading.Lock()

    def update(
        self,
        done: int | None = None,
        total: int | None = None,
        message: str | None = None,
        errors: int | None = None,
        *,
        advance: int = 0,
        force: bool = False,
        code: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        with self._lock:
            st = self.state
            if done is not None:
                st.done = done
            st.done += advance
            if total is not None:
                st.total = total
            if message is not None:
                st.message = message
            if errors is not None:
                st.errors = errors
            if code is not None:
                st.code, st.params = code, dict(params or {})
            elif message is not None:  # a message without a code: the app shows it as it is
                st.code, st.params = None, {}
            now = time.monotonic()
            emit = force or now - self._last_emit >= self._min_interval
            if emit:
                self._last_emit = now
        if emit and self._listener is not None:
            self._listener(self.state)

    def cancel(self) -> None:
        self._cancel.set()
        self._running.set()  # a paused job must wake up to notice

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def wait_if_paused(self) -> None:
        self._running.wait()

    def check(self) -> None:
        """Block while paused; raise Cancelled if cancelled."""
        self._running.wait()
        if self._cancel.is_set():
            raise Cancelled()
