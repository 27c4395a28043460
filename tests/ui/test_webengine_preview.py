"""The real WebEngine preview (software rendering) in a separate process, watched from outside.

A snapshot full of ways to reach other servers is shown; this test listens on those servers
(another port of the page's host, other hosts in 127.0.0.0/8) and asserts that none of them
ever sees a connection, while the page's own origin does get its style sheet and image, so
the test can tell "blocked" from "never tried". Skipped where WebEngine cannot start at all.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from audit_app.ui.preview import PREVIEW_SETTINGS

ROOT = Path(os.environ.get("PREVIEW_TEST_ROOT") or Path(__file__).resolve().parents[2])
SETTLE_MS = 2000  # after loading: time for late tricks (refresh, prefetch) to show up
STARTED = "webengine-started"

CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QEventLoop, QTimer
from audit_app.ui.app import create_application
app = create_application(["preview-test"])
from PySide6.QtWebEngineCore import QWebEngineSettings
from audit_app.ui.preview import PREVIEW_SETTINGS, PagePreview
page_url, settle_ms = sys.argv[2], int(sys.argv[3])
markup = sys.stdin.read()
preview = PagePreview(use_webengine=True)
print("webengine-started", flush=True)
preview.resize(800, 600)
preview.show()
loaded = []
if preview.uses_webengine:
    preview.view.loadFinished.connect(loaded.append)
    preview.show_html(markup, page_url)

def wait(ms, done=lambda: False):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    poll.start(50)
    loop.exec()

wait(60000, lambda: bool(loaded))
wait(settle_ms)
text = []
if preview.uses_webengine:
    preview.view.page().toPlainText(text.append)
    wait(10000, lambda: bool(text))
    settings = preview.view.page().settings()
    attrs = {n: settings.testAttribute(getattr(QWebEngineSettings.WebAttribute, n))
             for n in PREVIEW_SETTINGS}
    print(json.dumps({
        "webengine": True, "loaded": loaded, "url": preview.view.url().toString(),
        "title": preview.view.title(), "text": text[0] if text else None,
        "blocked": preview.interceptor.blocked,
        "settings": attrs,
        "off_the_record": preview.view.page().profile().isOffTheRecord(),
    }))
else:
    print(json.dumps({"webengine": False}))
"""


def _listen(host: str, port: int = 0) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(16)
    sock.setblocking(False)
    return sock


def _origin(sock: socket.socket) -> str:
    host, port = sock.getsockname()
    return f"http://{host}:{port}"


@dataclass
class Watch:
    """Listening sockets and what reached them; the own origin answers like a web server."""

    own: socket.socket
    others: dict[str, socket.socket]
    connections: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    pending: dict[socket.socket, bytes] = field(default_factory=dict)
    hints: list[str] = field(default_factory=list)
    css: bytes = b"h1 { color: #264d73 }"

    def serve_until_exit(self, proc: subprocess.Popen[str]) -> None:
        sel = selectors.DefaultSelector()
        sel.register(self.own, selectors.EVENT_READ, "own")
        for name, sock in self.others.items():
            sel.register(sock, selectors.EVENT_READ, name)
        try:
            while proc.poll() is None:
                for key, _ in sel.select(0.1):
                    self._ready(sel, key)
        finally:
            for conn in list(self.pending):
                conn.close()
            sel.close()

    def _ready(self, sel: selectors.BaseSelector, key: selectors.SelectorKey) -> None:
        if isinstance(key.data, str):
            conn, _ = key.fileobj.accept()  # type: ignore[union-attr]
            self.connections.append(key.data)
            if key.data != "own":
                conn.close()
                return
            conn.setblocking(False)
            self.pending[conn] = b""
            sel.register(conn, selectors.EVENT_READ, conn)
            return
        conn = key.data
        try:
            data = conn.recv(65536)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        self.pending[conn] += data
        if data and b"\r\n\r\n" not in self.pending[conn]:
            return
        first = self.pending.pop(conn).split(b"\r\n", 1)[0].decode("latin-1")
        if first:
            self.requests.append(first)
            body = self.css if "/own.css" in first else b""
            # The old server itself names other servers to connect to ahead of time; the
            # browser engine must never see these headers.
            head = (
                b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n"
                + b"".join(b"Link: <%s>; rel=preconnect\r\n" % h.encode() for h in self.hints)
                + b"Content-Type: %s\r\n\r\n"
                % (b"text/css" if "/own.css" in first else b"image/gif")
            )
            if "/weg.gif" in first and self.hints:
                # A redirect off the origin: the app must not follow it.
                head = b"HTTP/1.1 302 Found\r\nLocation: %s/pixel.gif\r\n" % self.hints[0].encode()
                head += b"Content-Length: %d\r\nConnection: close\r\n\r\n"
            with contextlib.suppress(OSError):
                conn.sendall(head % len(body) + body)
        sel.unregister(conn)
        conn.close()


def _snapshot(own: str, other_port: str, other_host: str, third_host: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><title>Verlof (oud)</title>
<link rel="preconnect" href="{other_host}">
<link rel="preconnect" href="{other_port}">
<link rel="dns-prefetch" href="{third_host}">
<link rel="prefetch" href="{third_host}/volgende.html">
<link rel="prerender" href="{other_host}/volgende.html">
<link rel="preload" as="image" href="{other_port}/groot.png">
<link rel="stylesheet" href="{other_port}/poort.css">
<link rel="stylesheet" href="{own}/own.css">
<meta http-equiv="refresh" content="0; url={other_host}/refresh.html">
<script src="{other_host}/x.js"></script>
</head><body onload="document.title = 'javascript liep'">
<h1>Verlof aanvragen</h1>
<p>Zo vraag je verlof aan.</p>
<img src="{other_port}/poort.gif"><img src="{third_host}/pixel.gif">
<iframe src="{other_host}/frame.html"></iframe>
<iframe src="{own}/own-frame.html"></iframe>
<img src="{own}/logo.gif"><img src="/weg.gif">
</body></html>"""


@pytest.mark.slow
def test_preview_contacts_nothing_but_the_pages_own_origin() -> None:
    pytest.importorskip("PySide6.QtWebEngineWidgets")
    own = _listen("127.0.0.1")
    port = own.getsockname()[1]
    watch = Watch(
        own,
        {
            "other port": _listen("127.0.0.1"),
            "other host, same port": _listen("127.0.0.2", port),
            "third host": _listen("127.0.0.3"),
        },
    )
    own_url = _origin(own)
    page_url = f"{own_url}/personeel/verlof.html"
    watch.hints = [_origin(s) for s in watch.others.values()]
    # The style sheet asks for an image of its own origin by full address and for one
    # elsewhere; only the first may be fetched.
    other = _origin(watch.others["other port"])
    watch.css = (
        b"h1 { color: #264d73; background: url(%s/achtergrond.gif) }"
        b" p { background: url(%s/elders.gif) }" % (own_url.encode(), other.encode())
    )
    markup = _snapshot(
        own_url,
        _origin(watch.others["other port"]),
        _origin(watch.others["other host, same port"]),
        _origin(watch.others["third host"]),
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    try:
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(ROOT), page_url, str(SETTLE_MS)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdin is not None
        proc.stdin.write(markup)
        proc.stdin.close()
        proc.stdin = None
        watch.serve_until_exit(proc)
        out, err = proc.communicate(timeout=60)
    finally:
        for sock in (own, *watch.others.values()):
            sock.close()
    if STARTED not in out:
        pytest.skip(f"Qt WebEngine cannot start here: {err[-300:]}")
    # The own origin was asked for what the snapshot needs: the test sees connections.
    assert sorted(watch.requests) == [
        "GET /achtergrond.gif HTTP/1.1",
        "GET /logo.gif HTTP/1.1",
        "GET /own.css HTTP/1.1",
        "GET /weg.gif HTTP/1.1",
    ]
    # Nothing else was ever connected to: no preconnect, prefetch, other port or host.
    assert [c for c in watch.connections if c != "own"] == []

    lines = [line for line in out.splitlines() if line.startswith("{")]
    assert proc.returncode == 0 and lines, err[-2000:]
    result = json.loads(lines[-1])
    assert result["webengine"] is True

    # Still the snapshot, not a refreshed or blocked page; no script ran.
    assert result["loaded"][0] is True
    assert result["url"] == page_url.replace("http://", "intranet://")
    assert result["title"] == "Verlof (oud)"
    assert "Verlof aanvragen" in result["text"]
    assert result["settings"] == PREVIEW_SETTINGS
    assert result["off_the_record"] is True
