"""A held-out FrontPage-era intranet: generated from a seed, served on 127.0.0.1 with its quirks.

Written apart from the crawler and its own test sites, as an outside check (issue 10). The site
is a dict of files plus a few dynamic handlers; ``Site.resolve`` is the server's one answer to a
request and is also what the checker uses to say which real page an inventory row stands for.

Quirks: a frameset home, table layouts, windows-1252 bytes behind a wrong or missing charset,
folders that are case-sensitive, folders that answer any case (symlinks) and folders that
redirect a wrong case (mod_speling), ``dir/`` vs ``index.htm`` vs ``default.htm``, print
versions (``?print=1`` and ``/print/...``), an endless query calendar whose day views return the
month view, an endless path calendar, paged lists, session ids in links, images (some without
alt), PDFs and Word files, near copies (``kopie-van-``, ``-oud``, ``_2``, ``-concept``), one
Last-Modified copy date on most pages with visible dates in some footers, broken links, and
redirects (some to another host: ``localhost``, which the server logs if anyone follows).

    python3 benchmarks/heldout_site.py --seed 7 --serve     # serve until Ctrl-C
"""

from __future__ import annotations

import argparse
import html
import io
import json
import random
import re
import threading
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

WORDS = [
    "aanvraag",
    "afdeling",
    "medewerker",
    "formulier",
    "verlof",
    "rooster",
    "vergadering",
    "budget",
    "beleid",
    "procedure",
    "team",
    "overleg",
    "locatie",
    "gemeente",
    "burger",
    "dienst",
    "openingstijden",
    "telefoon",
    "contact",
    "archief",
    "nieuwsbrief",
    "training",
    "cursus",
    "functie",
    "salaris",
    "declaratie",
    "reiskosten",
    "thuiswerken",
    "werkplek",
    "laptop",
    "wachtwoord",
    "storing",
    "melding",
    "helpdesk",
    "printer",
    "kantine",
    "parkeren",
    "fiets",
    "pas",
    "sleutel",
    "brandoefening",
    "veiligheid",
    "privacy",
    "inkoop",
    "factuur",
    "contract",
    "leverancier",
    "subsidie",
    "vergunning",
    "paspoort",
    "rijbewijs",
    "afval",
    "milieu",
    "groen",
    "wegen",
    "riolering",
    "bestemmingsplan",
    "raad",
    "college",
    "wethouder",
    "burgemeester",
    "griffie",
    "verkiezingen",
    "jubileum",
    "afscheid",
    "ziekmelding",
    "arbodienst",
    "bedrijfsarts",
    "pensioen",
    "vakantie",
    "feestdag",
    "regeling",
    "circulaire",
    "notitie",
    "besluit",
]
ACCENTED = ("café", "reünie", "één", "coördinatie", "financiële", "cliënten", "’s middags", "€ 25")
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
COPY_DATE = datetime(2021, 9, 14, 8, 12, tzinfo=UTC)
SESSION = "ASPSESSIONID"  # a realistic-looking name that is not in the usual lists
COPY_KINDS = ("kopie-van-", "-oud", "_2", "-concept")


@dataclass
class Resource:
    rid: str  # canonical path, the resource's identity
    kind: str  # page | document | image | frame
    body: bytes = b""
    ctype: str = "text/html"
    title: str = ""
    true_date: str | None = None  # yyyy-mm-dd the page was really last changed, or None
    date_basis: str = "none"  # visible | header | metadata | none
    header_date: datetime = COPY_DATE
    copy_of: str | None = None
    copy_kind: str = ""
    links: list[str] = field(default_factory=list)


@dataclass
class Answer:
    status: int
    rid: str | None = None  # real resource (page/document/image) served
    role: str = ""  # "", print, calendar, paged, case-redirect, redirect, offhost
    location: str = ""
    body: bytes = b""
    ctype: str = "text/html"
    last_modified: datetime | None = None


class Site:
    """The generated site: files by canonical path, folder case modes, dynamic handlers."""

    def __init__(self, seed: int, pages: int = 1500) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.files: dict[str, Resource] = {}
        self.folder_mode: dict[str, str] = {}  # folder (lowercase, no slashes) -> mode
        self.folder_name: dict[str, str] = {}  # lowercase -> canonical spelling
        self.redirects: dict[str, str] = {}
        self.offhost: dict[str, str] = {}
        self.paged_max = 0
        self.calendar_event_ids: list[int] = []
        self._build(pages)

    # ----- text --------------------------------------------------------------------------
    def _sentence(self, rng: random.Random) -> str:
        words = [rng.choice(WORDS) for _ in range(rng.randint(7, 16))]
        if rng.random() < 0.25:
            words[rng.randrange(len(words))] = rng.choice(ACCENTED)
        s = " ".join(words)
        return s[0].upper() + s[1:] + "."

    def _paragraphs(self, rng: random.Random, n: int) -> list[str]:
        return [" ".join(self._sentence(rng) for _ in range(rng.randint(3, 6))) for _ in range(n)]

    # ----- building ----------------------------------------------------------------------
    def _build(self, target: int) -> None:
        rng = self.rng
        names = [
            ("Personeelszaken", "exact"),
            ("ICT", "any"),
            ("Facilitair", "speling"),
            ("communicatie", "exact"),
            ("Financien", "any"),
            ("Burgerzaken", "exact"),
            ("Juridisch", "speling"),
            ("Ruimte", "exact"),
            ("Griffie", "any"),
            ("Welzijn", "exact"),
            ("Archief", "exact"),
            ("Inkoop", "speling"),
        ]
        self.departments = [n for n, _ in names]
        for name, mode in names:
            self.folder_mode[name.lower()] = mode
            self.folder_name[name.lower()] = name
        for extra in ("nieuws", "agenda", "kalender", "docs", "images", "print", "oud"):
            self.folder_mode[extra] = "exact"
            self.folder_name[extra] = extra
        # /Nieuws/ is a symlink to /nieuws/: the folder answers both, files stay exact.
        self.folder_symlink = {"Nieuws": "nieuws"}

        per_dept = max(8, (target - 120) // len(names))
        dept_pages: dict[str, list[str]] = {}
        for di, dept in enumerate(self.departments):
            index_name = "default.htm" if di % 3 == 1 else "index.htm"
            paths = [f"/{dept}/{index_name}"]
            used = {index_name.lower()}
            for i in range(per_dept):
                base = f"{rng.choice(WORDS)}-{rng.choice(WORDS)}"
                fname = (base.capitalize() if rng.random() < 0.4 else base) + ".htm"
                while fname.lower() in used:
                    fname = f"{base}-{i}.htm"
                used.add(fname.lower())
                paths.append(f"/{dept}/{fname}")
            dept_pages[dept] = paths
        # Two real pages in a case-sensitive folder that differ only in case.
        pz = dept_pages["Personeelszaken"]
        pz += ["/Personeelszaken/Rooster.htm", "/Personeelszaken/rooster.htm"]
        self.dept_pages = dept_pages

        all_pages = [p for ps in dept_pages.values() for p in ps]
        for p in all_pages:
            self._make_page(p, rng)
        # Locations: similar-but-distinct pages (a shared template) that are no copies.
        template = self._paragraphs(rng, 3)
        for loc in ("centrum", "noord", "zuid", "oost", "west", "haven"):
            p = f"/Facilitair/locatie-{loc}.htm"
            own = self._paragraphs(rng, 3)
            self._make_page(p, rng, paras=template + own, title=f"Locatie {loc.capitalize()}")
            dept_pages["Facilitair"].append(p)
        # Near copies, planted next to their originals.
        candidates = [p for p in all_pages if not p.endswith(("index.htm", "default.htm"))]
        for orig in rng.sample(candidates, 30):
            kind = rng.choice(COPY_KINDS)
            folder, fname = orig.rsplit("/", 1)
            stem = fname[:-4]
            cname = {
                "kopie-van-": f"kopie-van-{stem}.htm",
                "-oud": f"{stem}-oud.htm",
                "_2": f"{stem}_2.htm",
                "-concept": f"{stem}-concept.htm",
            }[kind]
            cpath = f"{folder}/{cname}"
            if cpath.lower() in {k.lower() for k in self.files}:
                continue
            src = self.files[orig]
            paras = list(src.__dict__["_paras"])  # type: ignore[index]
            change = rng.choice(("removed", "warning", "exact"))
            if change == "removed":
                del paras[rng.randrange(len(paras))]
            elif change == "warning":
                paras.insert(
                    0,
                    "Let op: deze pagina is verouderd. "
                    "Kijk voor de actuele regeling bij de afdeling.",
                )
            self._make_page(
                cpath, rng, paras=paras, title=src.title + (" (oud)" if kind == "-oud" else "")
            )
            self.files[cpath].copy_of = orig
            self.files[cpath].copy_kind = change
            dept_pages[folder.strip("/")].append(cpath)

        # News: a paged list (?page=N), items in /nieuws/ (also reachable as /Nieuws/).
        news = []
        for i in range(60):
            p = f"/nieuws/bericht-{i + 1:03d}.htm"
            self._make_page(p, rng, title=f"Nieuwsbericht {i + 1}")
            news.append(p)
        self.news = news
        self.paged_max = 6
        # Documents.
        self.documents = []
        for i in range(40):
            d = self._date(rng)
            title = f"Regeling {rng.choice(WORDS)} {i + 1}"
            if i % 2 == 0:
                path, body, ctype = (
                    f"/docs/regeling-{i + 1}.pdf",
                    self._pdf(title, d),
                    "application/pdf",
                )
            else:
                path = f"/docs/Regeling-{i + 1}.docx"
                body = self._docx(title, d)
                ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            self.files[path] = Resource(
                path, "document", body, ctype, title, d.isoformat(), "metadata"
            )
            self.documents.append(path)
        self.images = [f"/images/{w}.gif" for w in rng.sample(WORDS, 30)]
        for im in self.images:
            self.files[im] = Resource(
                im, "image", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "image/gif"
            )
        self.calendar_event_ids = list(range(1, 41))
        for eid in self.calendar_event_ids:
            p = f"/agenda/activiteit-{eid}.htm"
            self._make_page(p, rng, title=f"Activiteit {eid}")
            self.files[p].__dict__["via_calendar"] = True
        for eid in range(1, 21):
            p = f"/kalender/activiteiten/dag-{eid}.htm"
            self._make_page(p, rng, title=f"Kalenderactiviteit {eid}")
            self.files[p].__dict__["via_calendar"] = True
        # Old addresses that redirect, on-host and off-host.
        for i, p in enumerate(rng.sample(all_pages, 15)):
            self.redirects[f"/oud/pagina-{i + 1}.htm"] = p
        for i in range(5):
            self.offhost[f"/extern/link-{i + 1}.htm"] = f"/nieuw-intranet/pagina-{i + 1}"
        self._wire_links(rng)

    def _date(self, rng: random.Random) -> date:
        return date(rng.randint(2001, 2012), rng.randint(1, 12), rng.randint(1, 28))

    def _make_page(
        self, path: str, rng: random.Random, paras: list[str] | None = None, title: str = ""
    ) -> None:
        if paras is None:
            paras = self._paragraphs(rng, rng.randint(4, 9))
        if not title:
            stem = path.rsplit("/", 1)[1].rsplit(".", 1)[0]
            title = stem.replace("-", " ").capitalize()
            if rng.random() < 0.3:
                title += " " + rng.choice(ACCENTED)
        r = Resource(path, "page", title=title)
        r.__dict__["_paras"] = paras
        d = self._date(rng)
        roll = rng.random()
        if roll < 0.35:
            r.true_date, r.date_basis = d.isoformat(), "visible"
        elif roll < 0.45:
            r.true_date, r.date_basis = d.isoformat(), "header"
            r.header_date = datetime(d.year, d.month, d.day, 10, 0, tzinfo=UTC)
        r.__dict__["_footer_style"] = rng.randrange(3)
        r.__dict__["_content_date"] = self._date(rng) if rng.random() < 0.3 else None
        r.__dict__["_charset"] = rng.choice(("none", "iso-8859-1", "utf-8-wrong", "windows-1252"))
        r.__dict__["_layout"] = rng.choice(("table", "table", "plain"))
        self.files[path] = r

    def _wire_links(self, rng: random.Random) -> None:
        """Decide every page's links once (seeded), in spellings a real site would use."""
        for dept, paths in self.dept_pages.items():
            mode = self.folder_mode[dept.lower()]
            index = paths[0]
            for p in paths:
                r = self.files[p]
                links = [self._dept_link(d) for d in self.departments]
                siblings = rng.sample(paths, min(len(paths), 6))
                # every page of the folder is linked from its index
                if p == index:
                    siblings = paths[1:]
                for s in siblings:
                    links.append(self._spelling(s, mode, rng))
                if rng.random() < 0.25:
                    links.append(f"{p}?print=1")
                if rng.random() < 0.1:
                    links.append(f"/print{p}")
                if rng.random() < 0.08:
                    links.append(f"{rng.choice(paths)}?{SESSION}=" + f"{rng.getrandbits(32):08X}")
                if rng.random() < 0.04:
                    links.append(f"/{dept}/niet-meer-{rng.choice(WORDS)}.htm")  # broken
                if mode == "exact" and rng.random() < 0.03:
                    links.append(p.lower() if p != p.lower() else p.upper())  # broken case
                if rng.random() < 0.05:
                    links.append(rng.choice(self.documents))
                if rng.random() < 0.05:
                    links.append(rng.choice(list(self.redirects)))
                if rng.random() < 0.02:
                    links.append(rng.choice(list(self.offhost)))
                if rng.random() < 0.03:
                    links.append(rng.choice(self.images))  # a linked image: an asset
                r.links = links
        # Every copy/document/redirect/news item/doc must be linked from somewhere.
        menu_extra = list(self.redirects) + list(self.offhost) + self.documents
        menu_extra += ["/nieuws/", "/agenda/agenda.asp?maand=1&jaar=2009", "/kalender/2009/03/"]
        menu_extra += [f"/Nieuws/{n.rsplit('/', 1)[1]}" for n in self.news[:5]]
        menu_extra.append(f"/nieuws/bericht-001.htm?{SESSION}=" + f"{rng.getrandbits(32):08X}")
        menu_extra.append(
            f"/nieuws/alleen-met-sessie.htm?{SESSION}=" + f"{rng.getrandbits(32):08X}"
        )
        self._make_page("/nieuws/alleen-met-sessie.htm", rng, title="Alleen via sessie")
        self.files["/nieuws/alleen-met-sessie.htm"].links = ["/welkom.htm"]
        self.menu_extra = menu_extra
        for r in self.files.values():
            if r.kind == "page" and not r.links:
                r.links = [self._dept_link(d) for d in self.departments[:4]]

    def _dept_link(self, dept: str) -> str:
        index = self.dept_pages[dept][0]
        style = (_h(dept) + self.seed) % 3
        if style == 0:
            return f"/{dept}/"
        if style == 1:
            return index
        return f"/{dept}"  # no slash: the server redirects to /dept/

    def _spelling(self, path: str, mode: str, rng: random.Random) -> str:
        if mode == "exact" or rng.random() < 0.6:
            return path
        return rng.choice((path.lower(), path.upper(), path.swapcase()))

    def _pdf(self, title: str, d: date) -> bytes:
        stamp = d.strftime("D:%Y%m%d120000")
        objs = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            f"<< /Title ({title}) /Author (Afdeling) /CreationDate ({stamp}) /ModDate ({stamp}) >>",
        ]
        out = io.BytesIO()
        out.write(b"%PDF-1.4\n")
        offsets = []
        for i, o in enumerate(objs, 1):
            offsets.append(out.tell())
            out.write(f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1"))
        xref = out.tell()
        out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
        for off in offsets:
            out.write(f"{off:010d} 00000 n \n".encode())
        out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 4 0 R >>\n".encode())
        out.write(f"startxref\n{xref}\n%%EOF\n".encode())
        return out.getvalue()

    def _docx(self, title: str, d: date) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr(
                "[Content_Types].xml",
                '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/word/document.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                '<Override PartName="/docProps/core.xml" ContentType="application/'
                'vnd.openxmlformats-package.core-properties+xml"/></Types>',
            )
            z.writestr(
                "word/document.xml",
                '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:body><w:p><w:r><w:t>{html.escape(title)}</w:t></w:r></w:p></w:body></w:document>",
            )
            z.writestr(
                "docProps/core.xml",
                '<?xml version="1.0"?><cp:coreProperties xmlns:cp='
                '"http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f"<dc:title>{html.escape(title)}</dc:title><dc:creator>Afdeling</dc:creator>"
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{d.isoformat()}T12:00:00Z'
                "</dcterms:modified>"
                "</cp:coreProperties>",
            )
        return buf.getvalue()

    # ----- rendering ---------------------------------------------------------------------
    def _render(self, r: Resource, printing: bool = False) -> bytes:
        paras: list[str] = r.__dict__["_paras"]
        charset = r.__dict__["_charset"]
        meta = ""
        if charset == "iso-8859-1":
            meta = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        elif charset == "utf-8-wrong":
            meta = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        elif charset == "windows-1252":
            meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paras)
        cd = r.__dict__["_content_date"]
        if cd is not None:
            body += (
                f"<p>Besproken in het overleg van {cd.day} {MONTHS[cd.month - 1]} {cd.year}.</p>\n"
            )
        img = self.images[_h(r.rid) % len(self.images)]
        alt = ' alt="illustratie"' if _h(r.rid) % 3 else ""
        body = f'<img src="{img}"{alt} width="100">\n' + body
        footer = ""
        if r.date_basis == "visible" and r.true_date:
            y, m, d = (int(x) for x in r.true_date.split("-"))
            style = r.__dict__["_footer_style"]
            if style == 0:
                footer = f"Laatst gewijzigd: {d} {MONTHS[m - 1]} {y}"
            elif style == 1:
                footer = f"Bijgewerkt op {d:02d}-{m:02d}-{y}"
            else:
                footer = (
                    'Laatst bijgewerkt op <!--webbot bot="Timestamp" S-Type="EDITED" '
                    f'S-Format="%d-%m-%Y" startspan -->{d:02d}-{m:02d}-{y}'
                    '<!--webbot bot="Timestamp" i-checksum="12345" endspan -->'
                )
        head = (
            f"<html><head>{meta}<title>{html.escape(r.title)}</title>"
            '<meta name="GENERATOR" content="Microsoft FrontPage 4.0"></head>\n'
        )
        if printing:
            return (
                head + f"<body><h1>{html.escape(r.title)}</h1>{body}<p>{footer}</p></body></html>"
            ).encode("cp1252", "replace")
        nav = "".join(
            f'<a href="{html.escape(u)}">'
            f"{html.escape(u.strip('/').split('/')[0] or 'home')}</a><br>\n"
            for u in r.links
        )
        if r.__dict__["_layout"] == "table":
            page = (
                f'<body bgcolor="#FFFFFF"><table width="100%" border="0"><tr>'
                f'<td width="180" valign="top"><font size="1">{nav}</font></td>'
                f'<td valign="top"><h1><font face="Arial">{html.escape(r.title)}'
                f"</font></h1>\n{body}"
                f'<hr><font size="1">{footer}</font></td></tr></table></body></html>'
            )
        else:
            page = (
                f"<body><h1>{html.escape(r.title)}</h1>\n{body}<hr>\n<p>{footer}</p>\n"
                f'<div class="links">{nav}</div></body></html>'
            )
        return (head + page).encode("cp1252", "replace")

    def _frameset(self) -> bytes:
        return (
            "<html><head><title>Intranet gemeente</title></head>"
            '<frameset cols="200,*"><frame src="menu.htm" name="menu">'
            '<frame src="welkom.htm" name="main"><noframes><body>'
            '<a href="welkom.htm">Welkom</a></body></noframes></frameset></html>'
        ).encode("cp1252")

    def _menu(self) -> bytes:
        links = [self._dept_link(d) for d in self.departments] + self.menu_extra
        links.append("http://www.example.invalid/")
        items = "".join(
            f'<a href="{html.escape(u)}" target="main">{html.escape(u)}</a><br>\n' for u in links
        )
        return f"<html><head><title>Menu</title></head><body>{items}</body></html>".encode("cp1252")

    def _welcome(self) -> bytes:
        return (
            "<html><head><title>Welkom op het intranet</title></head><body><h1>Welkom</h1>"
            "<p>Welkom op het intranet van de gemeente. Hier vindt u nieuws, regelingen en de "
            "agenda. Kies links een afdeling. Voor storingen belt u de helpdesk.</p>"
            '<p><a href="/nieuws/">Nieuws</a> '
            '<a href="agenda/agenda.asp?maand=1&amp;jaar=2009">Agenda</a></p>'
            "</body></html>"
        ).encode("cp1252")

    def _news_list(self, page: int) -> bytes:
        per = 10
        items = self.news[(page - 1) * per : page * per]
        lis = "".join(f'<li><a href="{n}">{n.rsplit("/", 1)[1]}</a></li>' for n in items)
        nav = ""
        if page > 1:
            nav += f'<a href="/nieuws/?page={page - 1}">vorige</a> '
        if page < self.paged_max:
            nav += f'<a href="/nieuws/?page={page + 1}">volgende</a>'
        return (
            f"<html><head><title>Nieuws</title></head><body><h1>Nieuws - pagina {page}</h1>"
            f"<ul>{lis}</ul><p>{nav}</p></body></html>"
        ).encode("cp1252")

    def _query_calendar(self, maand: int, jaar: int) -> bytes:
        days = "".join(
            f'<td><a href="agenda.asp?dag={d}&amp;maand={maand}&amp;jaar={jaar}">{d}</a></td>'
            for d in range(1, 29)
        )
        ev = self.calendar_event_ids[((jaar * 12 + maand) % 20) * 2 :][:2]
        evs = "".join(f'<a href="activiteit-{e}.htm">Activiteit {e}</a> ' for e in ev)
        pm, py = (maand - 1, jaar) if maand > 1 else (12, jaar - 1)
        nm, ny = (maand + 1, jaar) if maand < 12 else (1, jaar + 1)
        return (
            "<html><head><title>Agenda</title></head>"
            f"<body><h1>Agenda {MONTHS[maand - 1]} {jaar}</h1>"
            f"<table><tr>{days}</tr></table><p>{evs}</p>"
            f'<a href="agenda.asp?maand={pm}&amp;jaar={py}">vorige maand</a> '
            f'<a href="agenda.asp?maand={nm}&amp;jaar={ny}">volgende maand</a></body></html>'
        ).encode("cp1252")

    def _path_calendar(self, jaar: int, maand: int) -> bytes:
        pm, py = (maand - 1, jaar) if maand > 1 else (12, jaar - 1)
        nm, ny = (maand + 1, jaar) if maand < 12 else (1, jaar + 1)
        e = (jaar * 12 + maand) % 20 + 1
        return (
            "<html><head><title>Kalender</title></head>"
            f"<body><h1>Kalender {MONTHS[maand - 1]} {jaar}</h1>"
            f'<p><a href="/kalender/activiteiten/dag-{e}.htm">Activiteit</a></p>'
            f'<a href="/kalender/{py}/{pm:02d}/">vorige</a> '
            f'<a href="/kalender/{ny}/{nm:02d}/">volgende</a>'
            "</body></html>"
        ).encode("cp1252")

    # ----- the server's answer -----------------------------------------------------------
    def _lookup(self, path: str) -> tuple[str | None, bool]:
        """(canonical path, spelled exactly) for a file path, honouring folder case modes."""
        if path in self.files:
            return path, True
        parts = path.split("/")
        if len(parts) == 3 and parts[1] in self.folder_symlink:
            alt = f"/{self.folder_symlink[parts[1]]}/{parts[2]}"
            if alt in self.files:
                return alt, True
        if len(parts) >= 3:
            mode = self.folder_mode.get(parts[1].lower(), "exact")
            if mode in ("any", "speling"):
                low = path.lower()
                for cand in self._lower_index().get(low, []):
                    return cand, mode == "any"
        return None, False

    def _lower_index(self) -> dict[str, list[str]]:
        idx = self.__dict__.get("_lidx")
        if idx is None:
            idx = {}
            for p in self.files:
                idx.setdefault(p.lower(), []).append(p)
            self.__dict__["_lidx"] = idx
        return idx

    def resolve(self, target: str) -> Answer:
        split = urlsplit(target)
        path = unquote(split.path) or "/"
        query = dict(parse_qsl(split.query))
        query.pop(SESSION, None)
        if path in ("/", "/default.htm", "/index.htm"):
            return Answer(200, "/", body=self._frameset())
        if path == "/menu.htm":
            return Answer(200, "/menu.htm", body=self._menu())
        if path == "/welkom.htm":
            return Answer(200, "/welkom.htm", body=self._welcome())
        if path in self.redirects:
            return Answer(301, None, "redirect", location=self.redirects[path])
        if path in self.offhost:
            return Answer(
                302, None, "offhost", location="http://localhost:{port}" + self.offhost[path]
            )
        if path == "/nieuws/" or path == "/Nieuws/":
            page = int(query.get("page", "1") or 1)
            if 1 <= page <= self.paged_max:
                return Answer(
                    200, "/nieuws/", "paged" if page > 1 else "", body=self._news_list(page)
                )
            return Answer(404)
        if path == "/agenda/agenda.asp":
            try:
                maand, jaar = int(query.get("maand", "1")), int(query.get("jaar", "2009"))
            except ValueError:
                return Answer(404)
            if not 1 <= maand <= 12:
                return Answer(404)
            return Answer(
                200, "/agenda/agenda.asp", "calendar", body=self._query_calendar(maand, jaar)
            )
        m = re.fullmatch(r"/kalender/(\d{4})/(\d{2})/", path)
        if m:
            jaar, maand = int(m.group(1)), int(m.group(2))
            if 1 <= maand <= 12:
                return Answer(200, "/kalender/", "calendar", body=self._path_calendar(jaar, maand))
            return Answer(404)
        printing = False
        if path.startswith("/print/"):
            path, printing = path[len("/print") :], True
        if query.get("print") == "1":
            printing = True
        folder = path.strip("/")
        if path.endswith("/") or ("/" not in folder and "." not in folder):
            dept = self.folder_name.get(folder.lower())
            if dept in self.dept_pages:
                if not path.endswith("/"):
                    return Answer(301, None, "redirect", location=path + "/")
                if folder != dept and self.folder_mode[dept.lower()] == "exact":
                    return Answer(404)
                path = self.dept_pages[dept][0]
        canon, exact = self._lookup(path)
        if canon is None:
            return Answer(404)
        if not exact:
            return Answer(
                301,
                None,
                "case-redirect",
                location=canon + (f"?{split.query}" if split.query else ""),
            )
        r = self.files[canon]
        if r.kind != "page":
            return Answer(200, canon, "", body=r.body, ctype=r.ctype, last_modified=r.header_date)
        return Answer(
            200,
            canon,
            "print" if printing else "",
            body=self._render(r, printing),
            last_modified=r.header_date,
        )

    def manifest(self) -> dict:
        real = {"/": "frame", "/menu.htm": "frame", "/welkom.htm": "page", "/nieuws/": "page"}
        real["/agenda/agenda.asp"] = "calendar"
        real["/kalender/"] = "calendar"
        pages = {}
        for p, r in self.files.items():
            if r.kind in ("page", "document"):
                pages[p] = {
                    "kind": r.kind,
                    "title": r.title,
                    "true_date": r.true_date,
                    "date_basis": r.date_basis,
                    "copy_of": r.copy_of,
                    "copy_kind": r.copy_kind,
                    "via_calendar": bool(r.__dict__.get("via_calendar")),
                }
        for p, k in real.items():
            pages.setdefault(p, {"kind": k, "title": "", "true_date": None, "date_basis": "none"})
        return {"seed": self.seed, "copy_date": COPY_DATE.date().isoformat(), "pages": pages}


def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


_HREF = re.compile(rb"""(?:href|src)\s*=\s*["']([^"']+)["']""", re.I)


class HeldoutServer:
    """The site on 127.0.0.1 (only), logging each request and every spelling it ever linked."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.lock = threading.Lock()
        self.requests: list[tuple[str, str, int]] = []  # (host header, target, status)
        self.linked: set[str] = {"/", "/robots.txt", "/sitemap.xml"}
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_HEAD(self) -> None:
                self._answer(head=True)

            def do_GET(self) -> None:
                self._answer(head=False)

            def _answer(self, head: bool) -> None:
                host = self.headers.get("Host", "")
                ans = outer.site.resolve(self.path)
                body = ans.body
                loc = ans.location.replace("{port}", str(outer.port))
                with outer.lock:
                    outer.requests.append((host, self.path, ans.status))
                    if loc:
                        outer.linked.add(_norm(urljoin(self.path, loc)))
                    if ans.ctype == "text/html" and body:
                        for m in _HREF.finditer(body):
                            href = html.unescape(m.group(1).decode("cp1252"))
                            outer.linked.add(_norm(urljoin(self.path, href)))
                if ans.status == 404:
                    body = b"<html><body>Not Found</body></html>"
                self.send_response(ans.status)
                ctype = ans.ctype
                charset = ""
                if ctype == "text/html" and ans.status == 200:
                    charset = "" if _h(ans.rid or "") % 2 else "; charset=ISO-8859-1"
                self.send_header("Content-Type", ctype + charset)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Server", "Apache/1.3.27 (Unix)")
                if ans.last_modified is not None:
                    self.send_header(
                        "Last-Modified", format_datetime(ans.last_modified, usegmt=True)
                    )
                if loc:
                    self.send_header("Location", loc)
                self.end_headers()
                if not head:
                    self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def __enter__(self) -> HeldoutServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _norm(url: str) -> str:
    """Path and query as the server sees them (absolute URLs keep their host)."""
    s = urlsplit(url)
    key = unquote(s.path or "/") + (f"?{s.query}" if s.query else "")
    if s.netloc and not s.netloc.startswith("127.0.0.1"):
        return f"//{s.netloc}{key}"
    return key


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pages", type=int, default=1500)
    ap.add_argument("--serve", action="store_true")
    ap.add_argument("--manifest", help="write the ground truth here (JSON)")
    args = ap.parse_args()
    site = Site(args.seed, args.pages)
    if args.manifest:
        with open(args.manifest, "w", encoding="utf-8") as fh:
            json.dump(site.manifest(), fh, indent=1)
    print(f"{len(site.manifest()['pages'])} real pages and documents")
    if args.serve:
        with HeldoutServer(site) as srv:
            print(srv.base)
            threading.Event().wait()


if __name__ == "__main__":
    main()
