"""A large synthetic old intranet for crawl benchmarks, and a fast server for it.

The bundled sample intranet is too small to time a crawler. This writes N pages (10-20 KB,
table layout, 20-40 links each) with the aliases that waste a naive crawler's requests: both
``dir/`` and ``dir/index.html``, file names in another case, ``?print=1`` versions, session ids
(``;jsessionid=`` and ``?sid=``) and a calendar trap, in proportions such that a crawler that
only dedupes exact URLs (Scrapy's default) spends about 1.3 requests per real page.

    python3 benchmarks/synthetic_intranet.py generate --pages 1000 benchmarks/out/site-1000
    python3 benchmarks/synthetic_intranet.py serve benchmarks/out/site-1000 --port 8090
    python3 benchmarks/synthetic_intranet.py check-server benchmarks/out/site-1000

``serve`` uses nginx when installed (it must not be the bottleneck), else a Python server.
Everything listens on 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

PAGES_PER_SUB = 25
SUBS_PER_SECTION = 4
# share of N spent on each kind of wasted request by an exact-URL crawler (dirs add ~5%)
SHARE = {
    "trap": 0.05,
    "print": 0.07,
    "case": 0.05,
    "session": 0.06,
    "broken": 0.02,
    "mixed": 0.03,  # files whose real name has a capital, linked only with that spelling
}
SITE_VERSION = 2  # bump when the generator changes, so cached sites are regenerated

WORDS = (  # noqa: SIM905
    "gemeente medewerker regeling aanvraag formulier leidinggevende afdeling beleid "
    "uitvoering budget vergadering procedure besluit organisatie personeelszaken verlof "
    "informatie contact toestel werkplek helpdesk planning evaluatie project rapportage "
    "ondernemingsraad directie college wethouder begroting jaarrekening subsidie inkoop "
    "bestemmingsplan vergunning burgerzaken dienstverlening kwaliteit afspraak termijn"
).split()
SMALL = "de het een en van in op met voor aan bij dat is wordt worden zijn naar om als".split()  # noqa: SIM905

FP_SCRIPT = """<script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr;
  for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();
  var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
  if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}} }
function MM_findObj(n, d) { var p,i,x;  if(!d) d=document;
  if((p=n.indexOf("?"))>0&&parent.frames.length) {
  d=parent.frames[n.substring(p+1)].document; n=n.substring(0,p);}
  if(!(x=d[n])&&d.all) x=d.all[n]; for (i=0;!x&&i<d.forms.length;i++) x=d.forms[i][n];
  for(i=0;!x&&d.layers&&i<d.layers.length;i++) x=MM_findObj(n,d.layers[i].document);
  if(!x && d.getElementById) x=d.getElementById(n); return x; }
function MM_swapImage() { var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array;
  for(i=0;i<(a.length-2);i+=3) if ((x=MM_findObj(a[i]))!=null){document.MM_sr[j++]=x;
  if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];} }
//-->
</script>
"""
STYLE = """<style type="text/css">
<!--
body { font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 11px; color: #333333; }
a:link { color: #003366; } a:visited { color: #663399; } a:hover { color: #CC0000; }
.menu { font-size: 10px; font-weight: bold; } .kruimel { font-size: 9px; color: #666666; }
.kop { font-size: 14px; font-weight: bold; color: #003366; } .voet { font-size: 9px; }
td.links { background-color: #E6EEF5; border-right: 1px solid #99AACC; }
-->
</style>
"""


@dataclass
class SitePlan:
    pages: list[str]  # canonical paths (lower case, index pages as dir/index.html)
    dirs: list[str]


def _plan(n: int) -> SitePlan:
    pages = ["/index.html", "/afdelingen.html", "/agenda/index.html"]
    dirs = ["/", "/agenda/"]
    section = 0
    while len(pages) < n:
        section += 1
        sec = f"/afd{section:03d}/"
        dirs.append(sec)
        pages.append(sec + "index.html")
        for sub in range(1, SUBS_PER_SECTION + 1):
            if len(pages) >= n:
                break
            d = f"{sec}team{sub}/"
            dirs.append(d)
            pages.append(d + "index.html")
            for i in range(1, PAGES_PER_SUB):
                if len(pages) >= n:
                    break
                pages.append(f"{d}pagina-{section:03d}{sub}{i:02d}.html")
    return SitePlan(pages[:n], dirs)


def _text(rng: random.Random, words: int) -> str:
    out = []
    for _ in range(words):
        out.append(rng.choice(SMALL) if rng.random() < 0.4 else rng.choice(WORDS))
    return " ".join(out)


def _title(path: str) -> str:
    name = path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")
    return name.replace("-", " ").capitalize() if name != "index" else path


def generate(out: Path, n: int, seed: int = 1) -> dict[str, Any]:
    """Write the site; returns (and stores as manifest.json) the counts a benchmark checks."""
    rng = random.Random(seed)
    plan = _plan(n)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    content_pages = [p for p in plan.pages if not p.endswith("/index.html")]
    pick = lambda share: rng.sample(content_pages, min(len(content_pages), round(share * n)))  # noqa: E731
    printable = set(pick(SHARE["print"]))
    case_targets = pick(SHARE["case"])
    session_targets = pick(SHARE["session"])
    # a server that answers the case variants above alike (symlinks) but is case-sensitive
    # for these: a crawler that lower-cases spellings nobody linked loses them
    taken = printable | set(case_targets) | set(session_targets)
    free = [p for p in content_pages if p not in taken]
    mixed = set(rng.sample(free, min(len(free), round(SHARE["mixed"] * n))))

    def real_name(path: str) -> str:
        if path not in mixed:
            return path
        head, name = path.rsplit("/", 1)
        return f"{head}/{name[0].upper()}{name[1:]}"

    href_re = re.compile(r'href="([^"?#;]+)"')
    broken = [
        f"/afd{rng.randint(1, 999):03d}/oud-{i:04d}.html" for i in range(round(SHARE["broken"] * n))
    ]
    # extra links, each placed on one random page
    extras: dict[str, list[str]] = {}

    def place(href: str) -> None:
        extras.setdefault(rng.choice(plan.pages), []).append(href)

    case_links = []
    for target in case_targets:
        head, name = target.rsplit("/", 1)
        variant = f"{head}/{name[0].upper()}{name[1:-5]}.HTML"
        case_links.append(variant)
        place(variant)
    for i, target in enumerate(session_targets):
        sid = f"{rng.getrandbits(48):012X}"
        place(f"{target};jsessionid={sid}" if i % 2 else f"{target}?sid={sid.lower()}")
    for target in broken:
        place(target)
    sections = sorted({p.split("/")[1] for p in plan.pages if p.startswith("/afd")})
    top = [("/", "Home"), ("/afdelingen.html", "Afdelingen"), ("/agenda/", "Agenda")]
    top += [(f"/{s}/", f"Afdeling {s[3:]}") for s in sections[:9]]
    months = max(4, round(SHARE["trap"] * n))
    by_dir: dict[str, list[str]] = {}
    for p in plan.pages:
        by_dir.setdefault(p.rsplit("/", 1)[0] + "/", []).append(p)
    total_bytes = 0
    for path in plan.pages:
        d = path.rsplit("/", 1)[0] + "/"
        links: list[tuple[str, str]] = list(top)
        if path == "/afdelingen.html":
            links += [(f"/{s}/index.html", f"Afdeling {s[3:]}") for s in sections]
        elif path == "/agenda/index.html":
            links.append((f"/agenda/kalender.asp?maand={_month(months // 2)}", "Kalender"))
        elif path.endswith("/index.html"):
            subdirs = sorted(
                {x for x in plan.dirs if x.startswith(d) and x.count("/") == d.count("/") + 1}
            )
            links += [(s[len(d) :], _title(s)) for s in subdirs]
            links += [(p.rsplit("/", 1)[1], _title(p)) for p in by_dir.get(d, []) if p != path]
        siblings = [p for p in by_dir.get(d, []) if p != path][:12]
        left = [(p.rsplit("/", 1)[1], _title(p)) for p in siblings]
        crumbs = [("/index.html", "Home")]
        parts = [x for x in d.split("/") if x]
        for k in range(len(parts)):
            crumbs.append(("/" + "/".join(parts[: k + 1]) + "/index.html", parts[k]))
        related = [(p, _title(p)) for p in rng.sample(plan.pages, 5)]
        related += [(h, "Zie ook") for h in extras.get(path, [])]
        if path in printable:
            related.append((f"{path}?print=1", "Printversie"))
        html = _render(rng, path, links, left, crumbs, related)
        if mixed:

            def spell(m: re.Match[str], d: str = d) -> str:
                href = m.group(1)
                full = href if href.startswith("/") else d + href
                if full not in mixed:
                    return m.group(0)
                fixed = real_name(full)
                return f'href="{fixed if href.startswith("/") else fixed.rsplit("/", 1)[1]}"'

            html = href_re.sub(spell, html)
        target = out / real_name(path).lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        data = html.encode("cp1252", errors="replace")
        target.write_bytes(data)
        total_bytes += len(data)
    for variant in case_links:
        real = variant[:-5].lower() + ".html"
        (out / variant.lstrip("/")).symlink_to(Path(real).name)
    cal = out / "agenda" / "kalender"
    cal.mkdir(parents=True)
    for i in range(months):
        nav = []
        nav.append(f'<a href="kalender.asp?maand={_month(i - 1)}">&laquo; vorige</a>')
        nav.append(f'<a href="kalender.asp?maand={_month(i + 1)}">volgende &raquo;</a>')
        body = f"<html><head><title>Kalender {_month(i)}</title></head><body>{' | '.join(nav)}"
        body += f"<p>{_text(rng, 80)}</p></body></html>"
        (cal / f"maand-{_month(i)}.html").write_text(body, encoding="ascii")
    (out / "robots.txt").write_text("User-agent: *\nDisallow:\n", encoding="ascii")
    manifest = {
        "version": SITE_VERSION,
        "pages": n,
        "mixed_case_pages": len(mixed),
        "dirs": len(plan.dirs),
        "trap_months": months,
        "trap_entry": f"/agenda/kalender.asp?maand={_month(months // 2)}",
        "print_links": len(printable),
        "case_variants": len(case_links),
        "session_variants": len(session_targets),
        "broken_links": len(broken) + 2,
        "avg_page_bytes": total_bytes // n,
        "expected_naive_requests": n
        + len(plan.dirs)
        + months
        + len(printable)
        + len(case_links)
        + len(session_targets)
        + len(broken)
        + 2,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    (out / "pages.txt").write_text("\n".join(plan.pages) + "\n", encoding="utf-8")
    return manifest


def _month(i: int) -> str:
    """Month number i counted from 1995-01."""
    return f"{1995 + i // 12:04d}-{i % 12 + 1:02d}"


def _render(
    rng: random.Random,
    path: str,
    top: list[tuple[str, str]],
    left: list[tuple[str, str]],
    crumbs: list[tuple[str, str]],
    related: list[tuple[str, str]],
) -> str:
    def a(h: str, t: str, cls: str = "") -> str:
        c = f' class="{cls}"' if cls else ""
        return f'<a href="{h}"{c}>{t}</a>'

    title = _title(path)
    paras = "".join(
        f"<p>{_text(rng, rng.randint(60, 160))}</p>\n" for _ in range(rng.randint(5, 10))
    )
    rows = "".join(
        '<tr><td><img src="/img/pijl.gif" width="7" height="7" alt="">'
        f"{a(h, t, 'menu')}</td></tr>\n"
        for h, t in left
    )
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n'
        f"<title>{title} - Intranet</title>\n{STYLE}{FP_SCRIPT}</head>\n"
        '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" onLoad="MM_preloadImages()">\n'
        '<table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#003366"><tr>'
        '<td width="200"><img src="/img/logo.gif" width="200" height="60" alt="Logo"></td><td>'
        + " | ".join(a(h, t, "menu") for h, t in top)
        + "</td></tr></table>\n"
        '<table width="100%" border="0" cellspacing="0" cellpadding="6"><tr>'
        f'<td class="links" width="180" valign="top"><table border="0">{rows}</table></td>\n'
        '<td valign="top"><p class="kruimel">U bent hier: '
        + " &gt; ".join(a(h, t) for h, t in crumbs)
        + f'</p>\n<h1 class="kop">{title}</h1>\n{paras}<p>Zie ook:</p><ul>'
        + "".join(f"<li>{a(h, t)}</li>" for h, t in related)
        + '</ul></td></tr></table>\n<table width="100%"><tr><td class="voet">'
        f"Laatst gewijzigd: {rng.randint(1, 28)}-{rng.randint(1, 12)}-{rng.randint(2003, 2012)}"
        ' | <a href="mailto:webredactie@intranet.example">Webredactie</a>'
        ' | <a href="javascript:window.print()">Afdrukken</a></td></tr></table>\n'
        "</body>\n</html>\n"
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


NGINX_CONF = """daemon off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type text/html;
    log_format bench '$status $request_uri';
    access_log {log} bench;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    sendfile on;
    keepalive_requests 100000;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location ~ ";jsessionid=" {{
            rewrite "^([^;]*);jsessionid=[^/?]*(.*)$" $1$2 last;
        }}
        location = /agenda/kalender.asp {{
            try_files /agenda/kalender/maand-$arg_maand.html =404;
        }}
    }}
}}
"""


class BenchServer:
    """Serves a synthetic site on 127.0.0.1 and logs "STATUS URI" per request to ``log``."""

    def __init__(self, root: Path, port: int = 0, prefer_nginx: bool = True) -> None:
        self.root = root.resolve()
        self.port = port or free_port()
        self.kind = "nginx" if prefer_nginx and shutil.which("nginx") else "python"
        self.tmp = Path(tempfile.mkdtemp(prefix="bench-server-"))
        self.log = self.tmp / "access.log"
        self._proc: subprocess.Popen[bytes] | None = None
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> BenchServer:
        self.log.write_text("")
        if self.kind == "nginx":
            conf = self.tmp / "nginx.conf"
            conf.write_text(
                NGINX_CONF.format(tmp=self.tmp, log=self.log, port=self.port, root=self.root)
            )
            nginx = shutil.which("nginx") or "nginx"
            self._proc = subprocess.Popen(
                [nginx, "-c", str(conf), "-p", str(self.tmp), "-e", str(self.tmp / "error.log")],
                stdin=subprocess.DEVNULL,
            )
        else:
            handler = type("H", (_PyHandler,), {"root": self.root, "log_path": self.log})
            self._httpd = ThreadingHTTPServer(("127.0.0.1", self.port), handler)
            self._thread = threading.Thread(target=self._httpd.serve_forever, name="bench-server")
            self._thread.start()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"server did not start; see {self.tmp}/error.log")

    def log_lines(self) -> list[str]:
        return self.log.read_text(errors="replace").splitlines()

    def reset_log(self) -> None:
        """Empty the access log; nginx keeps appending at its own offset, so reopen it."""
        self.log.write_text("")
        if self._proc is not None:
            self._proc.send_signal(signal.SIGUSR1)
            time.sleep(0.2)

    def stop(self) -> None:
        if self._proc is not None:
            self._proc.send_signal(signal.SIGQUIT)
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
            self._proc = None
        if self._httpd is not None:
            self._httpd.shutdown()
            if self._thread is not None:
                self._thread.join()
            self._httpd.server_close()
            self._httpd = None
        shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self) -> BenchServer:
        return self.start()

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


class _PyHandler(BaseHTTPRequestHandler):
    """The same routes as the nginx config, for machines without nginx."""

    root: Path
    log_path: Path
    _lock = threading.Lock()
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        path = parts.path.split(";")[0]
        if path == "/agenda/kalender.asp":
            month = parse_qs(parts.query).get("maand", [""])[0]
            path = f"/agenda/kalender/maand-{month}.html"
        if path.endswith("/"):
            path += "index.html"
        file = (self.root / path.lstrip("/")).resolve()
        ok = file.is_file() and self.root in file.parents
        body = file.read_bytes() if ok else b"<html><body>404 Not Found</body></html>"
        status = 200 if ok else 404
        with self._lock, self.log_path.open("a") as log:
            log.write(f"{status} {self.path}\n")
        self.send_response(status)
        # nginx looks the extension up in lower case: a symlinked Pagina.HTML is HTML too
        html = path.lower().endswith(".html")
        self.send_header("Content-Type", "text/html" if html else "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def server_rate(base_url: str, paths: list[str], threads: int = 4) -> float:
    """Pages per second a tight keep-alive fetch loop gets: shows the server is not the limit."""
    import http.client

    host, port = urlsplit(base_url).hostname or "127.0.0.1", urlsplit(base_url).port or 80
    chunks = [paths[i::threads] for i in range(threads)]

    def work(chunk: list[str]) -> None:
        conn = http.client.HTTPConnection(host, port, timeout=10)
        for p in chunk:
            conn.request("GET", p)
            conn.getresponse().read()
        conn.close()

    t0 = time.perf_counter()
    workers = [threading.Thread(target=work, args=(c,)) for c in chunks]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return len(paths) / (time.perf_counter() - t0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate")
    g.add_argument("out", type=Path)
    g.add_argument("--pages", type=int, default=10_000)
    s = sub.add_parser("serve")
    s.add_argument("root", type=Path)
    s.add_argument("--port", type=int, default=8090)
    s.add_argument("--python", action="store_true", help="Python server, not nginx")
    c = sub.add_parser("check-server")
    c.add_argument("root", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "generate":
        t0 = time.perf_counter()
        manifest = generate(args.out, args.pages)
        print(json.dumps(manifest, indent=1), f"\n{time.perf_counter() - t0:.1f} s")
    elif args.cmd == "serve":
        with BenchServer(args.root, args.port, prefer_nginx=not args.python) as server:
            print(f"{server.kind} on {server.base_url} (Ctrl-C to stop)", flush=True)
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                pass
    else:
        paths = (args.root / "pages.txt").read_text().split()
        with BenchServer(args.root) as server:
            rate = server_rate(server.base_url, paths)
            print(
                f"{server.kind}: {rate:.0f} pages/s over {len(paths)} pages (4 keep-alive clients)"
            )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
