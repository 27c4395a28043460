"""Serve the bundled sample intranet on 127.0.0.1 the way an old IIS intranet behaves.

The demo and the tests need a real web server with the habits that make crawling an old
intranet hard: case-insensitive paths, session ids in links, one Last-Modified date for every
file (the day the site was copied), pages without a charset, a calendar that never ends, a
redirect loop, a moved page, a server error and a slow page. Standard library only, so it
runs anywhere the app runs. ``python -m audit_app.core.sample_server`` serves it until Ctrl-C.
"""

from __future__ import annotations

import argparse
import calendar
import json
import sys
import threading
from datetime import date, timedelta
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import resources

DEFAULT_ROOT = Path(resources.__file__).resolve().parent / "sample_intranet"
DEFAULT_COPY_DATE = "Tue, 14 Feb 2012 08:30:00 GMT"
OLD_HOST = "http://intranet.zuiderveen.example/"
TRAP_ENTRY = "/agenda/kalender.asp?maand=2009-03"
SLOW_SECONDS = 3.0

MONTHS = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]  # fmt: skip

MIME = {
    ".html": "text/html",
    ".htm": "text/html",
    ".css": "text/css",
    ".js": "application/x-javascript",
    ".gif": "image/gif",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xml": "text/xml",
    ".txt": "text/plain",
}

NOT_FOUND = (
    "<html><head><title>De pagina kan niet worden gevonden</title></head><body>"
    "<h1>De pagina kan niet worden gevonden</h1><p>HTTP-fout 404 - Bestand of map niet "
    "gevonden.<br>Internet Information Services (IIS)</p></body></html>"
)
FORBIDDEN = (
    "<html><head><title>De website weigert de weergave van deze pagina</title></head><body>"
    "<h1>HTTP-fout 403.14 - Verboden</h1><p>Directory listing denied.</p></body></html>"
)
SERVER_ERROR = (
    "<html><head><title>Fout</title></head><body><h2>Microsoft OLE DB Provider for ODBC "
    "Drivers fout '80004005'</h2><p>[Microsoft][ODBC SQL Server Driver][DBNETLIB]SQL Server "
    "bestaat niet of toegang geweigerd.</p><p>/fout/500.asp, regel 12</p></body></html>"
)


class _Site:
    """What the handler needs to know about the folder: files by lower-case path, and facts."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.files: dict[str, Path] = {}
        self.dirs: set[str] = set()
        for path in root.rglob("*"):
            rel = "/" + path.relative_to(root).as_posix()
            if any(part.startswith("_") for part in rel.split("/")):
                continue
            if path.is_file():
                self.files[rel.lower()] = path
            elif path.is_dir():
                self.dirs.add(rel.lower())
        manifest_path = root / "_manifest.json"
        manifest: dict[str, Any] = {}
        if manifest_path.is_file():
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        self.copy_date: str = manifest.get("copy_date_last_modified", DEFAULT_COPY_DATE)
        self.old_host: str = manifest.get("old_host", OLD_HOST)
        pages: dict[str, dict[str, Any]] = manifest.get("pages", {})
        self.legacy_charset = {p.lower() for p, v in pages.items() if v.get("encoding") != "utf"}
        self.own_date: dict[str, str] = {}
        for page, info in pages.items():
            iso = info.get("visible_date") or ""
            if page.startswith("/nieuws/2") and len(iso) == 10:
                y, m, d = (int(x) for x in iso.split("-"))
                stamp = calendar.timegm((y, m, d, 9, 0, 0, 0, 0, 0))
                self.own_date[page.lower()] = formatdate(stamp, usegmt=True)
        # pages kept up to date: their footer date is so many days before the day they are served
        self.recent_token: bytes = str(manifest.get("recent_token", "")).encode("ascii")
        self.recent: dict[str, int] = {
            p.lower(): int(days) for p, days in manifest.get("recent_pages", {}).items()
        }
        self.stopping = threading.Event()
        self.slow_seconds = SLOW_SECONDS
        self.requests: list[str] = []
        self.lock = threading.Lock()


class _Handler(BaseHTTPRequestHandler):
    server_version = "Microsoft-IIS/6.0"
    sys_version = ""
    protocol_version = "HTTP/1.0"
    disable_nagle_algorithm = True
    timeout = 10
    site: _Site  # set on a per-server subclass

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests and the demo should not print a line per request."""

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_GET(self) -> None:
        self._serve(head=False)

    def _serve(self, head: bool) -> None:
        with self.site.lock:
            self.site.requests.append(self.path)
        parts = urlsplit(self.path)
        path = "/".join(seg.split(";")[0] for seg in unquote(parts.path).split("/")) or "/"
        key = path.lower()
        query = parse_qs(parts.query)
        if key == "/agenda/kalender.asp":
            self._calendar(query.get("maand", ["2009-03"])[0], head)
        elif key == "/oud/redirect-lus.asp":
            self._redirect(302, "/oud/redirect-lus-b.asp")
        elif key == "/oud/redirect-lus-b.asp":
            self._redirect(302, "/oud/redirect-lus.asp")
        elif key == "/ict/verhuisd.html":
            self._redirect(301, "/ict/thuiswerken.html")
        elif key == "/fout/500.asp":
            self._send(500, SERVER_ERROR.encode("cp1252"), "text/html", head=head)
        elif key == "/traag.asp":
            self.site.stopping.wait(self.site.slow_seconds)
            body = "<html><head><title>Telefoonboek</title></head><body><h1>Telefoonboek</h1>"
            body += "<p>Geen resultaten.</p></body></html>"
            self._send(200, body.encode("cp1252"), "text/html", head=head)
        else:
            self._static(key, path, head)

    def _static(self, key: str, path: str, head: bool) -> None:
        if key.endswith("/"):
            key += "index.html"
        elif key in self.site.dirs:
            self._redirect(301, path + "/")
            return
        file = self.site.files.get(key)
        if (
            file is None
            and key.endswith("/index.html")
            and key[: -len("index.html")] in self.dirs()
        ):
            self._send(403, FORBIDDEN.encode("ascii"), "text/html", head=head)
            return
        if file is None:
            self._send(404, NOT_FOUND.encode("ascii"), "text/html", head=head)
            return
        recent = self.site.recent.get(key)
        day = None if recent is None else date.today() - timedelta(days=recent)
        if day is not None:
            stamp = calendar.timegm((day.year, day.month, day.day, 9, 0, 0, 0, 0, 0))
            last_modified = formatdate(stamp, usegmt=True)
        else:
            last_modified = self.site.own_date.get(key, self.site.copy_date)
        since = self.headers.get("If-Modified-Since")
        if since and _not_newer(last_modified, since):
            self._send(304, b"", None, head=True, last_modified=last_modified)
            return
        data = file.read_bytes()
        suffix = file.suffix.lower()
        ctype = MIME.get(suffix, "application/octet-stream")
        if day is not None and self.site.recent_token:
            shown = f"{day.day} {MONTHS[day.month - 1]} {day.year}".encode("ascii")
            data = data.replace(self.site.recent_token, shown)
        if key in ("/sitemap.xml", "/robots.txt"):
            data = data.replace(self.site.old_host.encode(), self._base().encode())
        if suffix in (".html", ".htm") and key not in self.site.legacy_charset:
            ctype += "; charset=utf-8"
        self._send(200, data, ctype, head=head, last_modified=last_modified)

    def dirs(self) -> set[str]:
        return {d + "/" for d in self.site.dirs}

    def _calendar(self, month: str, head: bool) -> None:
        """A month view that links the months either side of it, without end: a crawler trap."""
        try:
            year, mon = (int(x) for x in month.split("-", 1))
            if not (1 <= mon <= 12 and year >= 1):
                raise ValueError(month)
        except ValueError:
            year, mon = 2009, 3
        prev_y, prev_m = (year, mon - 1) if mon > 1 else (year - 1, 12)
        next_y, next_m = (year, mon + 1) if mon < 12 else (year + 1, 1)
        links = []
        if prev_y >= 1:
            links.append(
                f'<a href="kalender.asp?maand={prev_y:04d}-{prev_m:02d}">&laquo; vorige</a>'
            )
        links.append(f'<a href="kalender.asp?maand={next_y:04d}-{next_m:02d}">volgende &raquo;</a>')
        title = f"Kalender {MONTHS[mon - 1]} {year}"
        days = "".join(f"<td>{d}</td>" + ("</tr><tr>" if d % 7 == 0 else "") for d in range(1, 29))
        body = (
            f"<html><head><title>{title}</title></head><body>"
            f'<p><a href="/agenda/index.html">Agenda</a></p><h1>{title}</h1>'
            f"<p>{' | '.join(links)}</p><table border=1><tr>{days}</tr></table>"
            "<p>Geen activiteiten in deze maand.</p></body></html>"
        )
        self._send(200, body.encode("cp1252"), "text/html", head=head)

    def _redirect(self, status: int, location: str) -> None:
        body = f'<html><body>Object verplaatst naar <a href="{location}">hier</a>.</body></html>'
        self._send(status, body.encode("ascii"), "text/html", location=location)

    def _base(self) -> str:
        port = self.server.server_address[1]  # type: ignore[index]
        return f"http://127.0.0.1:{port}/"

    def _send(
        self,
        status: int,
        body: bytes,
        ctype: str | None,
        *,
        head: bool = False,
        last_modified: str | None = None,
        location: str | None = None,
    ) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        if last_modified:
            self.send_header("Last-Modified", last_modified)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head and body:
            self.wfile.write(body)


def _not_newer(last_modified: str, since: str) -> bool:
    try:
        return parsedate_to_datetime(last_modified) <= parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False


class SampleServer:
    """The sample intranet on http://127.0.0.1:PORT/; a context manager that cleans up after itself.

    ``requests`` lists every request path in arrival order, so tests can check what a crawler
    fetched (and that it stayed out of /prive/).
    """

    def __init__(self, root: Path = DEFAULT_ROOT, port: int = 0) -> None:
        self.root = Path(root)
        self.port = port
        self._site = _Site(self.root)
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("SampleServer is niet gestart")
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/"

    @property
    def requests(self) -> list[str]:
        with self._site.lock:
            return list(self._site.requests)

    @property
    def slow_seconds(self) -> float:
        return self._site.slow_seconds

    @slow_seconds.setter
    def slow_seconds(self, value: float) -> None:
        self._site.slow_seconds = value

    def url(self, path: str) -> str:
        return self.base_url + path.lstrip("/")

    def start(self) -> SampleServer:
        if self._httpd is not None:
            return self
        handler = type("SampleHandler", (_Handler,), {"site": self._site})
        httpd = ThreadingHTTPServer(("127.0.0.1", self.port), handler)
        httpd.daemon_threads = False
        httpd.block_on_close = True
        self._site.stopping.clear()
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, name="sample-server"
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._site.stopping.set()
        self._httpd.shutdown()
        if self._thread is not None:
            self._thread.join()
        self._httpd.server_close()
        self._httpd = None
        self._thread = None

    def __enter__(self) -> SampleServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m audit_app.core.sample_server",
        description="Serveer het voorbeeldintranet van de gemeente Zuiderveen op 127.0.0.1.",
    )
    parser.add_argument("--port", type=int, default=8008, help="poort (0 = vrije poort)")
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="map met de site")
    args = parser.parse_args(argv)
    if not (args.root / "index.html").is_file():
        print(f"Geen site gevonden in {args.root} (index.html ontbreekt).", file=sys.stderr)
        return 2
    try:
        server = SampleServer(args.root, args.port).start()
    except OSError as exc:
        print(f"Kan poort {args.port} niet gebruiken: {exc.strerror}", file=sys.stderr)
        return 2
    print(f"Voorbeeldintranet: {server.base_url}  (Ctrl-C om te stoppen)", flush=True)
    print(f"Kalenderval begint op {server.url(TRAP_ENTRY)}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        print("\nGestopt.")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
