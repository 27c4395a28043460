"""What changed on the old intranet between the last two crawls.

A migration takes months and the old site keeps changing. After a re-crawl the project group
needs the pages that are new, changed, gone or moved, and which of those were already decided
(a decision taken before the page changed deserves another look).

The evidence is what the crawl store keeps: the run a page was first and last seen in, its
state and final address, and the page's own last-modified date. "Changed" therefore means
"the page says it was modified after the previous crawl started"; a change that leaves the
page's date alone is not seen (the store keeps no earlier copy of text or title).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, or_, select

from audit_app.core import schema as s

KINDS = ("page", "document")
REDIRECTS = (301, 302, 303, 307, 308)
ORDER = {"changed": 0, "new": 1, "moved": 2, "gone": 3}


@dataclass(frozen=True)
class CrawlPair:
    previous_id: int
    previous_started: str
    latest_id: int
    latest_started: str


@dataclass(frozen=True)
class Recrawled:
    page_id: int
    url: str
    title: str | None
    what: str  # new | changed | gone | moved
    detail: str | None  # changed: the page's date; moved: where it went
    decision: str | None
    look_again: bool  # decided before this change


def last_two_crawls(conn: Connection) -> CrawlPair | None:
    r = s.crawl_runs.c
    runs = conn.execute(
        select(r.id, r.started_at).where(r.status != "running").order_by(r.id.desc()).limit(2)
    ).all()
    if len(runs) < 2:
        return None
    (latest, latest_at), (previous, previous_at) = runs
    return CrawlPair(previous, previous_at, latest, latest_at)


def since_previous_crawl(conn: Connection) -> tuple[CrawlPair | None, list[Recrawled]]:
    pair = last_two_crawls(conn)
    if pair is None:
        return None, []
    p, d = s.pages.c, s.decisions.c
    since = pair.previous_started[:10]
    stmt = (
        select(
            p.id,
            p.url,
            p.title,
            p.state,
            p.status,
            p.final_url,
            p.first_seen_run,
            p.last_seen_run,
            p.last_modified,
            d.decision,
            d.updated_at,
        )
        .select_from(s.pages.outerjoin(s.decisions, d.page_id == p.id))
        .where(
            p.kind.in_(KINDS),
            or_(p.first_seen_run == pair.latest_id, p.last_seen_run >= pair.previous_id),
        )
        .order_by(p.url)
    )
    found: list[Recrawled] = []
    for pid, url, title, state, status, final, first, last, modified, decision, at in conn.execute(
        stmt
    ):
        what, detail = None, None
        seen_now = last == pair.latest_id
        if state == "gone" and final and seen_now:
            what, detail = "moved", final
        elif state == "gone" and last == pair.previous_id:
            what = "gone"
        elif seen_now and status in REDIRECTS and (first or 0) < pair.latest_id:
            what, detail = "moved", final
        elif first == pair.latest_id and state == "done":
            what = "new"
        elif seen_now and state == "done" and modified and modified[:10] >= since:
            what, detail = "changed", modified[:10]
        if what is None:
            continue
        look_again = decision is not None and (
            what in ("gone", "moved") or (what == "changed" and (at or "")[:10] <= (detail or ""))
        )
        found.append(Recrawled(pid, url, title, what, detail, decision, look_again))
    found.sort(key=lambda r: (not r.look_again, ORDER[r.what], r.url))
    return pair, found
