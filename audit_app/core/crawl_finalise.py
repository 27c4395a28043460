"""After a crawl run: the columns that need the whole crawl, not one page.

Link targets, inlinks and click depths, sections from the URL for pages without a breadcrumb,
the dates a server stamps on every page (template header dates) and the chosen last-modified
date. Runs once, in one transaction, when the writer has finished.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict
from email.utils import parsedate_to_datetime
from urllib.parse import unquote, urlsplit

from audit_app.core.backends import RawCursor
from audit_app.core.project import Project
from crawlers.model import DateEvidence

TEMPLATE_DATE_MIN_PAGES = 20
TEMPLATE_DATE_SHARE = 0.3
ROOT_SECTION = "Home"


def finalise(project: Project, run_id: int, *, full: bool) -> None:
    """Fill what one page cannot know alone: link targets, inlinks, sections from the URL,
    template header dates and the chosen last-modified date. ``full`` (the run reached the end
    of its frontier) also marks pages that were not seen again as gone."""
    with project.backend.raw_writer(project.engine) as cur:
        cur.execute(project.backend.begin_sql)
        if full:
            cur.execute(
                "UPDATE pages SET state = 'gone' WHERE state != 'gone'"
                " AND (last_seen_run IS NULL OR last_seen_run < ?)",
                (run_id,),
            )
        cur.execute(
            "UPDATE links SET to_page_id = COALESCE("
            " (SELECT a.page_id FROM aliases a WHERE a.url = links.to_url),"
            " (SELECT p.id FROM pages p WHERE p.url = links.to_url))"
            " WHERE internal AND to_page_id IS NULL AND tag != 'img'"
        )
        _inlinks_and_depths(cur)
        _families(cur)
        _fill_sections(cur)
        _choose_dates(cur)
        cur.execute("COMMIT")


def _inlinks_and_depths(cur: RawCursor) -> None:
    """From one read of the link graph (links from gone pages left out): inlinks, counted as
    distinct linking pages other than the page itself, and depth as the shortest click path
    from a start page. Concurrent fetching (and resuming) can find a page first along a longer
    path; the graph knows the true distance. Pages no start reaches keep their depth."""
    graph: dict[int, set[int]] = {}
    for src, dst in cur.execute(
        "SELECT l.from_page_id, l.to_page_id FROM links l JOIN pages f ON f.id = l.from_page_id"
        " WHERE l.to_page_id IS NOT NULL AND f.state != 'gone' AND l.tag != 'img'"
    ):
        if src != dst:
            graph.setdefault(src, set()).add(dst)
    inlinks: Counter[int] = Counter()
    for targets in graph.values():
        inlinks.update(targets)
    cur.execute("UPDATE pages SET inlinks = 0 WHERE inlinks != 0")
    cur.executemany(
        "UPDATE pages SET inlinks = ? WHERE id = ?", [(n, i) for i, n in inlinks.items()]
    )
    starts = [
        r[0]
        for r in cur.execute(
            "SELECT id FROM pages WHERE state != 'gone'"
            " AND (found_via = 'start' OR (found_via = 'sitemap' AND depth = 0))"
        )
    ]
    depth = dict.fromkeys(starts, 0)
    frontier = list(starts)
    while frontier:
        nxt = []
        for node in frontier:
            d = depth[node] + 1
            for child in graph.get(node, ()):
                if child not in depth:
                    depth[child] = d
                    nxt.append(child)
        frontier = nxt
    cur.executemany(
        "UPDATE pages SET depth = ? WHERE id = ? AND depth != ?",
        [(d, pid, d) for pid, d in depth.items()],
    )


def _families(cur: RawCursor) -> None:
    """A row that stands for a calendar family (its variants are aliases with reason trap or
    trap-family) or a paged list (its later pages are aliases with reason paged): how many
    addresses of it were looked at, and whether the rest was skipped."""
    cur.execute(
        "UPDATE pages SET family_kind = NULL, family_variants = NULL, family_skipped = NULL"
        " WHERE family_kind IS NOT NULL"
    )
    cur.execute(
        "UPDATE pages SET family_kind = 'paged',"
        " family_variants = 1 + (SELECT COUNT(*) FROM aliases a WHERE a.page_id = pages.id"
        " AND a.reason IN ('paged', 'same-content')),"
        " family_skipped = ?"
        " WHERE EXISTS (SELECT 1 FROM aliases a WHERE a.page_id = pages.id"
        " AND a.reason = 'paged')",
        (False,),
    )
    cur.execute(
        "UPDATE pages SET family_kind = 'calendar',"
        " family_variants = 1 + (SELECT COUNT(*) FROM aliases a WHERE a.page_id = pages.id"
        " AND a.reason IN ('trap-family', 'same-content')),"
        " family_skipped = EXISTS (SELECT 1 FROM aliases a WHERE a.page_id = pages.id"
        " AND a.reason = 'trap')"
        " WHERE EXISTS (SELECT 1 FROM aliases a WHERE a.page_id = pages.id"
        " AND a.reason IN ('trap', 'trap-family'))"
    )


def _fill_sections(cur: RawCursor) -> None:
    rows = cur.execute("SELECT id, url FROM pages WHERE section IS NULL").fetchall()
    if not rows:
        return
    all_urls = [r[0] for r in cur.execute("SELECT url FROM pages WHERE state IN ('done','failed')")]
    roots = _site_roots(all_urls or [u for _i, u in rows])
    cur.executemany(
        "UPDATE pages SET section = ? WHERE id = ?",
        [(section_from_url(url, roots), pid) for pid, url in rows],
    )


def _site_roots(urls: Iterable[str]) -> dict[str, list[str]]:
    """Per scheme+host, the directory all crawled URLs share (a folder crawl's disk path, or a
    --prefix like /intranet/): sections start below it."""
    roots: dict[str, list[str]] = {}
    for url in urls:
        parts = urlsplit(url)
        dirs = [d for d in parts.path.split("/")[:-1] if d]
        key = f"{parts.scheme}://{parts.netloc}"
        if key not in roots:
            roots[key] = dirs
        else:
            common = roots[key]
            n = 0
            while n < min(len(common), len(dirs)) and common[n] == dirs[n]:
                n += 1
            roots[key] = common[:n]
    return roots


def section_from_url(url: str, roots: dict[str, list[str]] | None = None) -> str:
    """ "https://intranet/personeelszaken/verlof-en-ziekte/regeling.html" -> "Personeelszaken >
    Verlof en ziekte": the fallback when a page has no breadcrumb."""
    parts = urlsplit(url)
    dirs = [d for d in parts.path.split("/")[:-1] if d]
    root = (roots or {}).get(f"{parts.scheme}://{parts.netloc}", [])
    if dirs[: len(root)] == root:
        dirs = dirs[len(root) :]
    names = []
    for d in dirs:
        name = unquote(d).replace("-", " ").replace("_", " ").strip()
        if name:
            names.append(name[:1].upper() + name[1:])
    return " > ".join(names) if names else ROOT_SECTION


def _iso_http_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def template_header_dates(http_dates: list[str | None]) -> frozenset[str]:
    """Dates (ISO) that a server stamps on most pages (a template or a bulk copy changed them
    all): as evidence they say nothing about one page."""
    if len(http_dates) < TEMPLATE_DATE_MIN_PAGES:
        return frozenset()
    counts = Counter(d for d in (_iso_http_date(v) for v in http_dates) if d)
    limit = TEMPLATE_DATE_SHARE * len(http_dates)
    return frozenset(d for d, n in counts.items() if n >= limit)


def _choose_dates(cur: RawCursor) -> None:
    from crawlers.dates import choose_last_modified, newest_content_date, stored_reason

    http_dates = [
        r[0]
        for r in cur.execute(
            "SELECT http_last_modified FROM pages WHERE kind = 'page' AND state = 'done'"
        )
    ]
    template = template_header_dates(http_dates)
    rows = cur.execute(
        "SELECT p.id, c.date_evidence FROM pages p JOIN page_content c ON c.page_id = p.id"
    ).fetchall()
    updates = []
    weak: list[tuple[int, list[DateEvidence]]] = []
    for pid, evidence_json in rows:
        try:
            evidence = [DateEvidence(**e) for e in json.loads(evidence_json or "[]")]
        except (TypeError, ValueError):
            evidence = []
        choice = choose_last_modified(evidence, template_header_dates=template)
        if choice.date is None and not any(e.source == "content" for e in evidence):
            weak.append((pid, evidence))  # the text may still hold a date: read it below
        else:
            updates.append((choice.date, choice.source, stored_reason(choice.reason), pid))
    with_content = []
    for pid, evidence in weak:
        row = cur.execute("SELECT text FROM page_content WHERE page_id = ?", (pid,)).fetchone()
        found = newest_content_date(row[0]) if row and row[0] else None
        if found is not None:
            evidence.append(found)
            with_content.append((json.dumps([asdict(e) for e in evidence]), pid))
        choice = choose_last_modified(evidence, template_header_dates=template)
        updates.append((choice.date, choice.source, stored_reason(choice.reason), pid))
    cur.executemany("UPDATE page_content SET date_evidence = ? WHERE page_id = ?", with_content)
    cur.executemany(
        "UPDATE pages SET last_modified = ?, last_modified_source = ?, last_modified_reason = ?"
        " WHERE id = ?",
        updates,
    )
