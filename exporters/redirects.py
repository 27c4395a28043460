"""Where every old URL goes: the redirect map for the new intranet's web server.

Each decided page gets one target (:mod:`exporters.redirect_targets`: its own new URL, its
navigation item's, the page it merges into, its original, or 410 Gone), and an alias of a page
(index file, other case, print version, session id) follows its page. The same entries feed
the workbook's "Redirects" sheet, the map files for nginx, Apache and IIS and a plain CSV.

Old URLs come from the crawled pages and the base URL from a person, so neither may break out
of a map: old URLs are percent-encoded outside a small set of characters browsers send as they
are, and a base URL with anything else (spaces, line breaks, quotes, braces, ";", "$") is
refused with a message before anything is written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO
from urllib.parse import quote, urlsplit
from xml.sax.saxutils import escape, quoteattr

from sqlalchemy import Connection, select

from audit_app.core import schema as s
from audit_app.core.navigation import PATH_SEPARATOR, node_paths
from audit_app.core.old_urls import old_url, old_url_mapper
from audit_app.core.progress import Progress
from audit_app.core.project import Project, utcnow
from exporters import labels
from exporters.csv_writer import SafeCsvWriter
from exporters.labels import Lang
from exporters.options import ExportOptions
from exporters.plan import PLAN_KINDS
from exporters.redirect_targets import GONE, MOVED, TargetResolver
from exporters.xlsx_util import replace_when_done

__all__ = ["GONE", "MOVED", "Redirect", "iter_missing", "iter_redirects"]

_NON_WORD = re.compile(r"[^a-z0-9]+")

# Raw in an old URL's key: letters, digits and the URL punctuation browsers send unencoded
# ("'" and ";" are harmless inside the maps' quoting and common in real paths, "foto's").
KEY_SAFE = "/?:@!&'()*+,;=-._~%[]"
# Raw in a base URL (and so in every target): no quotes, ";", "$", braces or blanks at all.
_BASE_OK = re.compile(r"[A-Za-z0-9/?:@!&()*+,=\-._~%\[\]]*")


class RedirectError(ValueError):
    """A redirect map cannot be written safely, worded for the user."""


def _shown(text: str) -> str:
    return text.encode("unicode_escape").decode("ascii")[:120]


def check_base_url(base: str) -> str | None:
    """None if *base* can be the start of every target in a map, else the Dutch reason."""
    example = "Gebruik bijvoorbeeld --base-url https://intranet.nieuw.example/"
    if not base.startswith(("http://", "https://", "/")):
        return f"'{_shown(base)}' is geen geldig basisadres. {example}"
    if not _BASE_OK.fullmatch(base):
        bad = next(ch for ch in base if not _BASE_OK.fullmatch(ch))
        return (
            f"het basisadres '{_shown(base)}' bevat het teken '{_shown(bad)}' (spatie, "
            "regeleinde, aanhalingsteken, ';', '$', '{', '}' en dergelijke kunnen een "
            f"redirect-map breken). {example}"
        )
    return None


def slugify(title: str) -> str:
    """'Verlof & ziekte (NL)' -> 'verlof-en-ziekte-nl'; accents dropped, never empty."""
    text = title.replace("&", " en ").replace("€", " euro ")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_WORD.sub("-", text.lower()).strip("-") or "pagina"


def new_url(base_url: str, nav_path: str) -> str:
    slug = "/".join(slugify(part) for part in nav_path.split(PATH_SEPARATOR))
    return base_url.rstrip("/") + "/" + slug


@dataclass(frozen=True, slots=True)
class Redirect:
    old_url: str
    new_url: str | None
    status: int | None  # 301, 410, or None while the page has no target yet
    via: str  # page | alias
    page_id: int
    reason: str | None = None  # why there is no target (redirect_targets reason codes)
    how: str | None = None  # how the target was found (redirect_targets Target.via)


def iter_redirects(
    conn: Connection,
    base_url: str,
    nav_paths: dict[int, str] | None = None,
    *,
    with_missing: bool = True,
) -> Iterator[Redirect]:
    """Redirects of decided pages first, then of their aliases, each in URL order. Pages
    whose target is their own address are left out; with *with_missing*, pages without a
    target yet are included with status None and a reason."""
    paths = node_paths(conn) if nav_paths is None else nav_paths
    resolver = TargetResolver(conn, base_url, paths)
    p, d, a = s.pages.c, s.decisions.c, s.aliases.c
    decided = (p.kind.in_(PLAN_KINDS), d.decision.is_not(None))
    pages = select(p.url, p.id).join_from(s.pages, s.decisions, d.page_id == p.id).where(*decided)
    alias = (
        select(a.url, a.page_id)
        .join_from(s.aliases, s.decisions, d.page_id == a.page_id)
        .join(s.pages, p.id == a.page_id)
        .where(*decided)
    )
    served = old_url_mapper(conn)  # a folder or zip crawl: the address the files had
    for via, stmt in (("page", pages), ("alias", alias)):
        rows = conn.execution_options(yield_per=2000).execute(stmt.order_by("url"))
        for stored, page_id in rows:
            url = old_url(stored, served)
            t = resolver.target(page_id)
            if t.status is None and not with_missing:
                continue
            if via == "page" and resolver.is_self(page_id, t):
                continue
            if via == "alias" and t.url is not None and url == t.url:
                continue
            yield Redirect(url, t.url, t.status, via, page_id, t.reason, t.via)


def iter_missing(conn: Connection, base_url: str) -> Iterator[Redirect]:
    """Old addresses of the plan's pages (decided or not) that have no target yet, for the
    report. Addresses that were already broken on the old site are not in the plan."""
    resolver = TargetResolver(conn, base_url, node_paths(conn))
    served = old_url_mapper(conn)
    for page_id in sorted(resolver.in_plan, key=resolver.urls.__getitem__):
        t = resolver.target(page_id)
        if t.status is None:
            url = old_url(resolver.urls[page_id], served)
            yield Redirect(url, None, None, "page", page_id, t.reason)


def export_missing(project: Project, path: str | Path, *, lang: Lang = "nl") -> int:
    """The report of old addresses without a target yet (CSV); returns how many. Nothing is
    written when every address has one."""
    with project.read() as conn:
        missing = list(iter_missing(conn, "/"))
    target = Path(path)
    if missing:
        with (
            replace_when_done(target) as tmp,
            tmp.open("w", encoding="utf-8-sig", newline="") as out,
        ):
            write_csv(iter(missing), out, lang=lang)
    return len(missing)


def request_key(url: str) -> str:
    """What the old server sees of a URL: path plus query, percent-encoded the way a browser
    sends it, so it never holds blanks, line breaks, quotes, braces or "$"."""
    parts = urlsplit(url)
    key = (parts.path or "/") + ("?" + parts.query if parts.query else "")
    if not key.startswith("/"):
        key = "/" + key  # an nginx key starting with "~" would be a regex
    return quote(key, safe=KEY_SAFE)


TARGET_SAFE = ":/?#[]@!&()*+,=-._~%"


def _target(r: Redirect) -> str:
    """The target as a map may hold it: people set new URLs by hand, so anything outside
    the plain URL characters is percent-encoded, as a browser would."""
    target = r.new_url or ""
    if not _BASE_OK.fullmatch(target):
        target = quote(target, safe=TARGET_SAFE)
    if not _BASE_OK.fullmatch(target):
        raise RedirectError(f"het nieuwe adres '{_shown(target)}' bevat een ongeldig teken.")
    return target


def _nginx_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _header(out: TextIO, lines: list[str]) -> None:
    out.write(f"# Redirects van het oude intranet, gemaakt door content-audit op {utcnow()}.\n")
    for line in lines:
        out.write(f"# {line}\n")


def _unique(entries: Iterator[Redirect], *, fold_case: bool) -> Iterator[tuple[str, Redirect]]:
    seen: set[str] = set()
    for r in entries:
        if r.status is None:
            continue
        key = request_key(r.old_url)
        norm = key.casefold() if fold_case else key
        if norm in seen:
            continue
        seen.add(norm)
        yield key, r


def _bucket_size(keys: list[str]) -> int:
    """nginx refuses a map whose longest key does not fit its hash bucket (default 64)."""
    need = max((len(k.encode("utf-8")) for k in keys), default=0) + 32  # + pointers
    size = 64
    while size < need:
        size *= 2
    return size


def write_nginx(entries: Iterator[Redirect], out: TextIO) -> int:
    moved: list[str] = []
    gone: list[str] = []
    keys: list[str] = []
    for key, r in _unique(entries, fold_case=True):  # nginx map strings ignore case
        keys.append(key)
        if r.status == GONE:
            gone.append(f"    {_nginx_quote(key)} 1;\n")
        else:
            moved.append(f"    {_nginx_quote(key)} {_nginx_quote(_target(r))};\n")
    lines = [
        "Zet dit bestand in de http-context (bijvoorbeeld /etc/nginx/conf.d/) en voeg in het",
        "server-blok van het oude intranet toe:",
        "    if ($content_audit_gone) { return 410; }",
        "    if ($content_audit_redirect) { return 301 $content_audit_redirect; }",
    ]
    bucket = _bucket_size(keys)
    if bucket > 64:
        lines += [
            "Lange adressen: zet in de http-context ook",
            f"    map_hash_bucket_size {bucket};",
        ]
    _header(out, lines)
    out.write('map $request_uri $content_audit_redirect {\n    default "";\n')
    out.writelines(moved)
    out.write("}\n\nmap $request_uri $content_audit_gone {\n    default 0;\n")
    out.writelines(gone)
    out.write("}\n")
    return len(moved) + len(gone)


def _apache_rules(key: str) -> list[str]:
    lookup = "${contentaudit:" + key + "|-}"
    return [
        f"    RewriteCond {lookup} ^GONE$",
        "    RewriteRule ^ - [G,L]",
        f"    RewriteCond {lookup} ^(https?://\\S+|/\\S*)$",
        "    RewriteRule ^ %1 [R=301,L,NE,QSD]",
    ]


def write_apache(entries: Iterator[Redirect], out: TextIO) -> int:
    _header(
        out,
        [
            "Apache RewriteMap (txt). Zet in de VirtualHost van het oude intranet:",
            "    RewriteEngine On",
            '    RewriteMap contentaudit "txt:/pad/naar/dit/bestand.txt"',
            *_apache_rules("%{REQUEST_URI}?%{QUERY_STRING}"),
            *_apache_rules("%{REQUEST_URI}"),
        ],
    )
    n = 0
    for key, r in _unique(entries, fold_case=False):
        out.write(f"{key} {'GONE' if r.status == GONE else _target(r)}\n")
        n += 1
    return n


def write_iis(entries: Iterator[Redirect], out: TextIO) -> int:
    moved: list[str] = []
    gone: list[str] = []
    for key, r in _unique(entries, fold_case=True):
        if r.status == GONE:
            gone.append(f'          <add key={quoteattr(key)} value="410" />\n')
        else:
            moved.append(f"          <add key={quoteattr(key)} value={quoteattr(_target(r))} />\n")
    out.write('<?xml version="1.0" encoding="utf-8"?>\n')
    out.write(f"<!-- {escape('Redirects van het oude intranet, content-audit, ' + utcnow())} -->\n")
    out.write("<configuration>\n  <system.webServer>\n    <rewrite>\n      <rewriteMaps>\n")
    out.write('        <rewriteMap name="ContentAuditRedirects" defaultValue="">\n')
    out.writelines(moved)
    out.write("        </rewriteMap>\n")
    out.write('        <rewriteMap name="ContentAuditGone" defaultValue="">\n')
    out.writelines(gone)
    out.write("        </rewriteMap>\n      </rewriteMaps>\n      <rules>\n")
    out.write(
        '        <rule name="content-audit verwijderd" stopProcessing="true">\n'
        '          <match url=".*" />\n'
        "          <conditions>\n"
        '            <add input="{ContentAuditGone:{REQUEST_URI}}" pattern="(.+)" />\n'
        "          </conditions>\n"
        '          <action type="CustomResponse" statusCode="410" statusReason="Gone" '
        'statusDescription="Deze pagina bestaat niet meer" />\n'
        "        </rule>\n"
        '        <rule name="content-audit redirect" stopProcessing="true">\n'
        '          <match url=".*" />\n'
        "          <conditions>\n"
        '            <add input="{ContentAuditRedirects:{REQUEST_URI}}" pattern="(.+)" />\n'
        "          </conditions>\n"
        '          <action type="Redirect" url="{C:1}" appendQueryString="false" '
        'redirectType="Permanent" />\n'
        "        </rule>\n"
    )
    out.write("      </rules>\n    </rewrite>\n  </system.webServer>\n</configuration>\n")
    return len(moved) + len(gone)


def redirect_note(lang: Lang, r: Redirect) -> str:
    """Why a row has the target it has (or none): words for the Toelichting column, so the
    Nieuwe URL column only ever holds an address."""
    if r.status is None:
        return labels.text(lang, "red.why." + (r.reason or "undecided"))
    if r.status == GONE:
        return labels.text(lang, "red.gone")
    return labels.text(lang, "red.how." + (r.how or "page"))


CSV_KEYS = ("red.old", "red.new", "red.status", "red.via", "col.id", "red.note")


def write_csv(entries: Iterator[Redirect], out: TextIO, *, lang: Lang = "nl") -> int:
    """Every old address with its target (or why it has none), for any other system:
    UTF-8 with BOM, ';' separated, formula-safe like the plan CSV."""
    writer = SafeCsvWriter(out, semicolon=True)
    writer.writerow([labels.text(lang, k) for k in CSV_KEYS])
    via = {"page": labels.text(lang, "red.page"), "alias": labels.text(lang, "red.alias")}
    n = 0
    for r in entries:
        writer.writerow(
            [r.old_url, r.new_url, r.status, via[r.via], r.page_id, redirect_note(lang, r)]
        )
        n += 1
    return n


WRITERS = {"nginx": write_nginx, "apache": write_apache, "iis": write_iis}


def export_redirects(
    project: Project,
    path: str | Path,
    *,
    fmt: str,
    options: ExportOptions,
    progress: Progress | None = None,
) -> int:
    """Write a redirect map for *fmt* (nginx | apache | iis | redirects-csv); returns the
    number of entries.
    Raises RedirectError (nothing written) for a base URL that could break the map."""
    problem = check_base_url(options.base_url)
    if problem is not None:
        raise RedirectError(problem)
    target = Path(path)
    with project.read() as conn, replace_when_done(target) as tmp:
        if progress is not None:
            progress.update(0, None, "Redirects schrijven", force=True, code="export-redirects")
        if fmt == "redirects-csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as out:
                n = write_csv(iter_redirects(conn, options.base_url), out, lang=options.lang)
        else:
            with tmp.open("w", encoding="utf-8", newline="\n") as out:
                n = WRITERS[fmt](iter_redirects(conn, options.base_url), out)
        if progress is not None:
            progress.check()
            progress.update(n, n, "Klaar", force=True, code="done")
    return n
