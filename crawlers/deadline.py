"""A total deadline per fetch, and abandoning every fetch in flight at once.

Socket time-outs only bound the wait for the *next* byte: a server that sends one byte every
two seconds never trips them and keeps a downloader thread (and so the crawl, and its exit)
hostage for hours. Here each fetch gets a ``Watch``; the connection that serves it hands its
socket to that watch just before the answer is read, and one monitor thread shuts the socket
down when the deadline passes or the crawl is stopped. A shut-down socket wakes the blocked
read at once, whatever the server does.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
import time
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

TICK = 0.1  # how often the monitor looks (seconds)

_current = threading.local()  # the watch of the fetch this thread is doing


class Watch:
    """One fetch's deadline and, once connected, its socket."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.expired = False  # the deadline passed: the answer is incomplete
        self.aborted = False  # the crawl was stopped
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()

    @property
    def fired(self) -> bool:
        return self.expired or self.aborted

    def attach(self, sock: socket.socket | None) -> None:
        with self._lock:
            self._sock = sock
            fired = self.fired
        if fired:
            self._shutdown(sock)

    def fire(self, *, aborted: bool) -> None:
        with self._lock:
            if self.fired:
                return
            self.aborted, self.expired = aborted, not aborted
            sock = self._sock
        self._shutdown(sock)

    @staticmethod
    def _shutdown(sock: socket.socket | None) -> None:
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class Watchdog:
    """Fires watches whose deadline passed, or all of them on ``abort()``. Its thread runs
    only while watches are open and is joined by ``close()``."""

    def __init__(self) -> None:
        self._watches: set[Watch] = set()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._closed = False
        self._thread: threading.Thread | None = None
        self.aborted = threading.Event()

    @contextlib.contextmanager
    def watch(self, seconds: float) -> Any:
        """Watch the fetch done in this block by this thread."""
        w = Watch(time.monotonic() + seconds)
        if self.aborted.is_set():
            w.aborted = True
        with self._lock:
            self._watches.add(w)
            if self._thread is None and not self._closed:
                self._thread = threading.Thread(
                    target=self._run, name="crawl-deadlines", daemon=True
                )
                self._thread.start()
        previous, _current.watch = getattr(_current, "watch", None), w
        try:
            yield w
        finally:
            _current.watch = previous
            with self._lock:
                self._watches.discard(w)

    def abort(self) -> None:
        """Abandon every fetch in flight and refuse new ones (the crawl is stopping)."""
        self.aborted.set()
        self._wake.set()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            thread, self._thread = self._thread, None
        self._wake.set()
        if thread is not None:
            thread.join()

    def _run(self) -> None:
        while True:
            with self._lock:
                if self._closed:
                    return
                watches = list(self._watches)
            aborted = self.aborted.is_set()
            now = time.monotonic()
            for w in watches:
                if aborted or now >= w.deadline:
                    w.fire(aborted=aborted)
            self._wake.wait(TICK)
            self._wake.clear()  # watches made after abort() start fired


def _attach_current(sock: socket.socket | None) -> None:
    w: Watch | None = getattr(_current, "watch", None)
    if w is not None:
        w.attach(sock)


class _WatchedHTTPConnection(HTTPConnection):
    def getresponse(self) -> Any:
        _attach_current(self.sock)
        return super().getresponse()


class _WatchedHTTPSConnection(HTTPSConnection):
    def getresponse(self) -> Any:
        _attach_current(self.sock)
        return super().getresponse()


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class WatchedAdapter(HTTPAdapter):
    """requests' adapter whose connections (direct or through a proxy) report their socket to
    the fetch's watch."""

    def __init__(self, *args: Any, ssl_context: ssl.SSLContext | None = None, **kwargs: Any):
        # Set before HTTPAdapter.__init__, which builds the pool manager.
        self.ssl_context = ssl_context
        super().__init__(*args, **kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        if self.ssl_context is not None:
            kwargs.setdefault("ssl_context", self.ssl_context)
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        if self.ssl_context is not None:
            proxy_kwargs.setdefault("ssl_context", self.ssl_context)
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = _POOLS
        return manager
