"""Where each old page goes after the switch: one target per page, derived from decisions.

- kept or rewritten: the page's own new URL, else its navigation item's new URL, else the
  item's address made from the base URL and its path;
- merged: wherever the page it merges into goes (followed through further merges);
- deleted or archived: its own new URL if one was given; a copy goes where its original goes;
  a page placed under a navigation item goes to that item's page, unless that item (or the
  nearest item above it with a choice) says deleted pages there get 410; otherwise 410 Gone.

Targets are then resolved against the redirects themselves: a target that is itself an old
address with a redirect is replaced by that redirect's target (no chains), a loop is dropped
and reported, and a page whose target is its own address needs no redirect. Pages that end up
without a target carry a reason code for the report; the words are the exporters' job.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import Connection, select

from audit_app.core import schema as s
from audit_app.core.navigation import PATH_SEPARATOR
from exporters.plan import PLAN_KINDS

MOVED = 301
GONE = 410
HOME = ("keep", "rewrite")
AWAY = ("delete", "archive")
MAX_HOPS = 50

# Reason codes for a page without a target
NO_HOME = "no-home"  # kept or rewritten, but no new URL and no navigation item yet
NO_MERGE_TARGET = "no-merge-target"  # merged, but into no page (or a page that is gone)
LOOP = "loop"  # merges or redirects that lead back to themselves
UNDECIDED = "undecided"  # no decision yet


@dataclass(frozen=True, slots=True)
class Target:
    url: str | None  # the new address (301), None for 410 or no target
    status: int | None  # 301, 410, or None: no target yet
    reason: str | None = None  # why there is no target (status None)
    via: str | None = None  # how it was derived: page | node | merge | original | section


@dataclass(frozen=True, slots=True)
class _Decided:
    decision: str | None
    nav_node_id: int | None
    merge_into: int | None
    new_url: str | None
    duplicate_of: int | None


def slug_path(base_url: str, nav_path: str) -> str:
    from exporters.redirects import slugify  # one slug rule for every address we make

    slug = "/".join(slugify(part) for part in nav_path.split(PATH_SEPARATOR))
    return base_url.rstrip("/") + "/" + slug


def node_urls(conn: Connection, base_url: str, nav_paths: dict[int, str]) -> dict[int, str]:
    """Each navigation item's address: the one people set, else made from its path."""
    chosen = dict(
        conn.execute(
            select(s.nav_nodes.c.id, s.nav_nodes.c.new_url).where(
                s.nav_nodes.c.new_url.is_not(None)
            )
        ).all()
    )
    return {nid: chosen.get(nid) or slug_path(base_url, path) for nid, path in nav_paths.items()}


def gone_nodes(conn: Connection) -> set[int]:
    """Navigation items whose deleted pages get 410 instead of the item's page: those that
    say so, and those below them that make no choice of their own."""
    n = s.nav_nodes.c
    rows = conn.execute(select(n.id, n.parent_id, n.deleted_to)).all()
    parent = {nid: pid for nid, pid, _ in rows}
    choice = {nid: chosen for nid, _, chosen in rows if chosen is not None}
    gone: set[int] = set()
    for nid in parent:
        at: int | None = nid
        seen: set[int] = set()
        while at is not None and at not in choice and at not in seen:
            seen.add(at)
            at = parent.get(at)
        if at is not None and choice.get(at) == "gone":
            gone.add(nid)
    return gone


def _same_place_key(url: str) -> str:
    """Host (case-folded) and path plus query: how two spellings of one address compare."""
    parts = urlsplit(url)
    path = (parts.path or "/") + ("?" + parts.query if parts.query else "")
    return parts.netloc.casefold() + path


class TargetResolver:
    """Targets for every decided page of a project, computed once."""

    def __init__(self, conn: Connection, base_url: str, nav_paths: dict[int, str]) -> None:
        p, d, sc = s.pages.c, s.decisions.c, s.scores.c
        rows = conn.execute(
            select(
                p.id,
                p.url,
                p.state,
                d.decision,
                d.nav_node_id,
                d.merge_into,
                d.new_url,
                sc.duplicate_of,
            )
            .select_from(
                s.pages.outerjoin(s.decisions, d.page_id == p.id).outerjoin(
                    s.scores, sc.page_id == p.id
                )
            )
            .where(p.kind.in_(PLAN_KINDS))
        )
        self.urls: dict[int, str] = {}
        self.pages: dict[int, _Decided] = {}
        self.in_plan: set[int] = set()  # fetched or decided: the plan's rows
        for pid, url, state, decision, node, merge_into, new, original in rows:
            self.urls[pid] = url
            if state == "done" or decision is not None:
                self.in_plan.add(pid)
            self.pages[pid] = _Decided(decision, node, merge_into, new, original)
        self.nodes = node_urls(conn, base_url, nav_paths)
        self.gone_nodes = gone_nodes(conn)
        self._memo: dict[int, Target] = {}
        self._by_old = {_same_place_key(url): pid for pid, url in self.urls.items()}
        # A relative base means the new pages live on the old server itself: a target path
        # then meets the old pages by path.
        self._by_path: dict[str, int] = {}
        if base_url.startswith("/"):
            for key, pid in self._by_old.items():
                self._by_path.setdefault(key[key.find("/") :], pid)

    def target(self, page_id: int) -> Target:
        found = self._memo.get(page_id)
        if found is None:
            found = self._memo[page_id] = self._unchained(page_id, self._own(page_id, set()))
        return found

    def _own(self, pid: int, seen: set[int]) -> Target:
        page = self.pages.get(pid)
        if page is None:
            return Target(None, None, NO_MERGE_TARGET)
        node_url = self.nodes.get(page.nav_node_id) if page.nav_node_id is not None else None
        if page.decision in HOME or (page.decision is None and pid in seen):
            if page.new_url:
                return Target(page.new_url, MOVED, via="page")
            if node_url:
                return Target(node_url, MOVED, via="node")
            return Target(None, None, NO_HOME if page.decision else UNDECIDED)
        if page.decision == "merge":
            nxt = page.merge_into
            if nxt is None or nxt not in self.pages:
                return Target(None, None, NO_MERGE_TARGET)
            if nxt in seen or nxt == pid or len(seen) > MAX_HOPS:
                return Target(None, None, LOOP)
            via = self._own(nxt, seen | {pid})
            return Target(via.url, via.status, via.reason, "merge") if via.status else via
        if page.decision in AWAY:
            if page.new_url:
                return Target(page.new_url, MOVED, via="page")
            original = page.duplicate_of
            if original is not None and original not in seen and original != pid:
                via = self._own(original, seen | {pid})
                if via.status == MOVED:
                    return Target(via.url, MOVED, via="original")
            if node_url and page.nav_node_id not in self.gone_nodes:
                return Target(node_url, MOVED, via="section")
            return Target(None, GONE)
        return Target(None, None, UNDECIDED)

    def _unchained(self, pid: int, first: Target) -> Target:
        """Follow a target that is itself an old address with a redirect, to the end."""
        current = first
        visited = {pid}
        while current.status == MOVED and current.url:
            nxt = self._old_page(current.url)
            if nxt is None or (nxt == pid and len(visited) == 1):
                return current
            if nxt in visited:
                return Target(None, None, LOOP)
            visited.add(nxt)
            then = self._own(nxt, set())
            if then.status is None:
                return current  # the old address stays as the new one: it is the target
            current = Target(then.url, then.status, then.reason, current.via)
        return current

    def _old_page(self, url: str) -> int | None:
        """The old page that has *url* as its address, if any."""
        if url.startswith("/"):
            return self._by_path.get(url)
        return self._by_old.get(_same_place_key(url))

    def decided(self) -> Iterator[int]:
        return (pid for pid, page in self.pages.items() if page.decision is not None)

    def is_self(self, page_id: int, target: Target) -> bool:
        """The page keeps its address: no redirect needed."""
        return target.url is not None and self._old_page(target.url) == page_id
