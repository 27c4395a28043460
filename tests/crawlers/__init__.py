"""Helpers for crawler tests: a real HTTP server on 127.0.0.1, started and joined by each test."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class LocalServer(ThreadingHTTPServer):
    """Keeps per-test state (hit counters, flags) where handlers can reach it."""

    daemon_threads = False  # server_close() joins every handler thread
    state: dict[str, Any]
    stopping: threading.Event

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients hang up on purpose in these tests (time-outs, size caps); stay quiet."""


class Handler(BaseHTTPRequestHandler):
    """Base for test handlers: HTTP/1.1 keep-alive (NTLM needs it) and no log noise."""

    protocol_version = "HTTP/1.1"
    server: LocalServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def count(self, key: str) -> int:
        with self.server.state["lock"]:
            self.server.state[key] = self.server.state.get(key, 0) + 1
            return int(self.server.state[key])

    def reply(
        self,
        status: int,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        content_type: str = "text/html; charset=utf-8",
    ) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            self.close_connection = True


@contextmanager
def serve(handler: type[BaseHTTPRequestHandler], **state: Any) -> Iterator[LocalServer]:
    """Run ``handler`` on a free port; ``url_of(server, path)`` gives absolute URLs."""
    server = LocalServer(("127.0.0.1", 0), handler)
    server.state = {"lock": threading.Lock(), **state}
    server.stopping = threading.Event()
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, name="test-http-server"
    )
    thread.start()
    try:
        yield server
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join()


def url_of(server: LocalServer, path: str = "/") -> str:
    return f"http://127.0.0.1:{server.server_port}{path}"
