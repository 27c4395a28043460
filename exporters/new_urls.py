"""New addresses in: a list from the new CMS, or the new site's sitemap.xml.

A CSV names pages exactly (old URL or page ID, new URL): every row must be right, or nothing
is applied. A sitemap only lists the new addresses, so they are matched to pages and
navigation items by their last path segment: a match on the slug of the page's title or of
its old file name, unique on both sides, is taken; a near match (or one of several) goes to a
review list for a person to confirm, which can be fed back as a CSV. Everything applied is a
recorded change by the person who imports, so it shows in the history and can be undone.
"""

from __future__ import annotations

import csv
import difflib
import io
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from defusedxml import ElementTree as SafeET
from sqlalchemy import Connection, select

from audit_app.core import schema as s
from audit_app.core.changes import FieldChange, apply_changes, new_url_code
from audit_app.core.merging import find_page
from audit_app.core.navigation import PATH_SEPARATOR, node_paths
from audit_app.core.project import Project
from exporters.import_words import coded, issue
from exporters.plan import PLAN_KINDS
from exporters.redirects import slugify
from exporters.review_plan import CodedError, ImportIssue
from exporters.safe import safe_csv_text
from exporters.xlsx_util import replace_when_done

MAX_BYTES = 50_000_000
SURE = 1.0
NEAR = 0.8  # slug similarity below which a sitemap address is no candidate at all
MAX_DEPTH = 8  # navigation levels looked at in an address
COMMON_WORD = 200  # a word in more slugs than this says nothing about a match
CANDIDATES = 10  # slugs with the most shared words that are compared in full
NEEDS_OWN_URL = ("keep", "rewrite", None)  # merged, archived and deleted pages go elsewhere
REF_HEADERS = {"id", "oude url", "old url", "url", "pagina", "page"}
NEW_HEADERS = {"nieuwe url", "new url", "voorgestelde nieuwe url", "proposed new url"}


class NewUrlsError(CodedError, ValueError):
    """The file cannot be read at all: a code with its facts, ``str()`` in Dutch."""


@dataclass(frozen=True)
class Match:
    page_id: int
    old_url: str
    title: str | None
    new_url: str
    score: float
    how: str  # title | file | node | csv | near | several


@dataclass
class NewUrlPlan:
    pages: list[Match] = field(default_factory=list)  # to apply
    nodes: list[tuple[int, str, str]] = field(default_factory=list)  # node id, path, url
    unsure: list[Match] = field(default_factory=list)  # for the review list
    unmatched: list[str] = field(default_factory=list)  # new addresses nobody got
    errors: list[ImportIssue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _read_text(path: Path) -> str:
    if not path.is_file():
        raise coded(NewUrlsError, "urls-missing", name=path.name)
    if path.stat().st_size > MAX_BYTES:
        raise coded(NewUrlsError, "urls-too-big", name=path.name)
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise coded(NewUrlsError, "urls-not-text", name=path.name)


def _slug_of(url: str) -> str:
    """The slug a page's address ends in: last segment, without extension or index file."""
    parts = [p for p in PurePosixPath(unquote(urlsplit(url).path)).parts if p != "/"]
    while parts and PurePosixPath(parts[-1]).stem.lower() in ("index", "default", "home"):
        parts.pop()
    return slugify(PurePosixPath(parts[-1]).stem) if parts else ""


def read_sitemap(path: Path) -> list[str]:
    text = _read_text(path)
    try:
        root = SafeET.fromstring(text.encode("utf-8"), forbid_dtd=True)
    except Exception as exc:  # defusedxml raises several kinds for unsafe or broken XML
        raise coded(NewUrlsError, "urls-bad-sitemap", name=path.name, detail=str(exc)) from exc
    if root.tag.endswith("sitemapindex"):
        raise coded(NewUrlsError, "urls-sitemap-index", name=path.name)
    locs = [el.text.strip() for el in root.iter() if el.tag.endswith("loc") and el.text]
    if not locs:
        raise coded(NewUrlsError, "urls-no-loc", name=path.name)
    return locs


def _candidates(conn: Connection) -> list[tuple[int, str, str | None, str | None]]:
    p, d = s.pages.c, s.decisions.c
    rows = conn.execute(
        select(p.id, p.url, p.title, d.decision)
        .select_from(s.pages.outerjoin(s.decisions, d.page_id == p.id))
        .where(p.kind.in_(PLAN_KINDS), p.state == "done")
        .order_by(p.id)
    )
    return [(pid, url, title, dec) for pid, url, title, dec in rows if dec in NEEDS_OWN_URL]


def _words(slug: str) -> set[str]:
    """A slug's words, and the first five letters of longer ones (so 'formulierenn' still
    meets 'formulieren')."""
    parts = [w for w in slug.split("-") if w]
    return set(parts) | {"~" + w[:5] for w in parts if len(w) > 5}


def match_sitemap(conn: Connection, locs: Iterable[str]) -> NewUrlPlan:
    plan = NewUrlPlan()
    new_by_slug: dict[str, list[str]] = defaultdict(list)
    for url in dict.fromkeys(locs):
        if new_url_code(url) is None:
            new_by_slug[_slug_of(url)].append(url)
    taken: set[str] = set()

    # A navigation item matches the address whose last path segments are its slugged path.
    by_tail: dict[str, list[str]] = defaultdict(list)
    for urls in new_by_slug.values():
        for u in urls:
            segments = [seg for seg in unquote(urlsplit(u).path).split("/") if seg]
            for k in range(1, min(len(segments), MAX_DEPTH) + 1):
                by_tail["/".join(segments[-k:]).lower()].append(u)
    for node_id, path in sorted(node_paths(conn).items()):
        slug_path = "/".join(slugify(part) for part in path.split(PATH_SEPARATOR))
        hits = by_tail.get(slug_path, [])
        if len(hits) == 1:
            plan.nodes.append((node_id, path, hits[0]))
            taken.add(hits[0])

    pages = _candidates(conn)
    by_key: dict[str, list[tuple[int, str]]] = defaultdict(list)  # slug -> pages
    for pid, url, title, _dec in pages:
        keys = {k for k in (slugify(title or ""), _slug_of(url)) if k and k != "pagina"}
        for key in keys:
            by_key[key].append((pid, "title" if key == slugify(title or "") else "file"))
    info = {pid: (url, title) for pid, url, title, _dec in pages}
    claimed: set[int] = set()
    for slug, urls in new_by_slug.items():
        free = [u for u in urls if u not in taken]
        if not free or not slug:
            continue
        owners = by_key.get(slug, [])
        if len(owners) == 1 and len(free) == 1 and owners[0][0] not in claimed:
            pid, how = owners[0]
            plan.pages.append(Match(pid, *info[pid], free[0], SURE, how))
            claimed.add(pid)
            taken.add(free[0])
        elif owners:
            for pid, _how in owners:
                for u in free:
                    plan.unsure.append(Match(pid, *info[pid], u, SURE, "several"))
    # Near matches: only slugs that share an uncommon word are compared, so 100,000 addresses
    # against 100,000 pages cost a few comparisons each, not 10^10 in all.
    postings: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        for word in _words(key):
            postings[word].append(key)
    listed = {m.new_url for m in plan.unsure}
    for slug, urls in new_by_slug.items():
        shared: Counter[str] = Counter()
        for word in _words(slug):
            holders = postings.get(word, [])
            if len(holders) <= COMMON_WORD:
                shared.update(holders)
        scored = [
            (difflib.SequenceMatcher(None, slug, key).ratio(), key)
            for key, _n in shared.most_common(CANDIDATES)
        ]
        close = sorted((x for x in scored if x[0] >= NEAR), reverse=True)[:3]
        for u in urls:
            if u in taken or u in listed:
                continue
            for ratio, key in close:
                for pid, _how in by_key[key]:
                    if pid not in claimed:
                        plan.unsure.append(Match(pid, *info[pid], u, round(ratio, 2), "near"))
            if not close:
                plan.unmatched.append(u)
    return plan


def _columns(header: list[str]) -> tuple[int, int] | None:
    names = [h.strip().casefold() for h in header]
    ref = next((i for i, h in enumerate(names) if h in REF_HEADERS), None)
    new = next((i for i, h in enumerate(names) if h in NEW_HEADERS), None)
    return None if ref is None or new is None else (ref, new)


def read_mapping(conn: Connection, path: Path) -> NewUrlPlan:
    """A CSV of (old URL or page ID, new URL), with or without a header row, ',' or ';'."""
    text = _read_text(path)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ";" if text.count(";") > text.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    plan = NewUrlPlan()
    if not rows:
        raise coded(NewUrlsError, "urls-empty", name=path.name)
    cols = _columns(rows[0])
    start = 1 if cols is not None else 0
    ref_i, new_i = cols or (0, 1)
    seen: dict[int, int] = {}
    for line_no, row in enumerate(rows[start:], start=start + 1):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= max(ref_i, new_i):
            plan.errors.append(issue(path.name, line_no, None, "expected-columns"))
            continue
        ref, new = row[ref_i].strip(), row[new_i].strip()
        page_id = find_page(conn, ref)
        bad = new_url_code(new)
        if page_id is None:
            plan.errors.append(issue(path.name, line_no, None, "no-such-page", value=ref))
        elif bad is not None:
            plan.errors.append(issue(path.name, line_no, None, bad[0], **bad[1]))
        elif page_id in seen:
            plan.errors.append(
                issue(path.name, line_no, None, "line-twice", value=ref, first=seen[page_id])
            )
        else:
            seen[page_id] = line_no
            url, title = conn.execute(
                select(s.pages.c.url, s.pages.c.title).where(s.pages.c.id == page_id)
            ).one()
            plan.pages.append(Match(page_id, url, title, new, SURE, "csv"))
    return plan


def read_new_urls(project: Project, path: str | Path) -> NewUrlPlan:
    """Read a CSV or sitemap and work out what it would set; never writes."""
    file = Path(path)
    with project.read() as conn:
        head = _read_text(file)[:2000].lstrip("\ufeff \r\n\t").lower()
        if head.startswith("<?xml") or "<urlset" in head:
            return match_sitemap(conn, read_sitemap(file))
        return read_mapping(conn, file)


def apply_new_urls(project: Project, plan: NewUrlPlan, *, who: str, source: str) -> int:
    """Set the plan's page and navigation-item addresses in one recorded batch."""
    if plan.errors:
        raise coded(NewUrlsError, "urls-errors")
    changes = [FieldChange("decision", m.page_id, "new_url", m.new_url) for m in plan.pages]
    changes += [FieldChange("nav_node", nid, "new_url", url) for nid, _path, url in plan.nodes]
    with project.transaction() as conn:
        return len(apply_changes(conn, changes, who=who, source=source))


def write_review_list(plan: NewUrlPlan, path: Path) -> None:
    """The unsure matches as a CSV a person checks: delete wrong lines, keep right ones, and
    read it back with new-urls (its ID and Nieuwe URL columns are what counts)."""
    with replace_when_done(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        out.writerow(["ID", "Nieuwe URL", "Oude URL", "Titel", "Zekerheid", "Reden"])
        why = {"several": "meerdere kandidaten", "near": "lijkt erop"}
        for m in sorted(plan.unsure, key=lambda m: (m.old_url, -m.score)):
            out.writerow(
                [
                    m.page_id,
                    m.new_url,
                    safe_csv_text(m.old_url),
                    safe_csv_text(m.title or ""),
                    f"{round(m.score * 100)}%",
                    why.get(m.how, m.how),
                ]
            )
