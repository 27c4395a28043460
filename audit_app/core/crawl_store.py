"""The crawl's frontier and results, kept in the project file.

The pages table doubles as the frontier (state ``queued``), so a crawl killed at any moment
resumes from the file alone. All writes go through ONE writer thread that commits in batches
(every few hundred operations or half a second): SQLite allows one writer, and batching is what
makes a 100,000-page crawl fast. Operations are applied in the order the engine issued them, so
a committed page always has its outgoing links and newly found URLs committed with it; what was
not committed is simply fetched again.

The writer talks to the database through the engine's raw DB-API connection (SQLite or
PostgreSQL, see ``backends``): per-row ORM or Core statement compilation costs more than the
insert itself at this volume.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from sqlalchemy import text

from audit_app.core.backends import RawCursor, backend_of
from audit_app.core.crawl_finalise import finalise
from audit_app.core.db import ProjectError
from audit_app.core.project import Project, utcnow
from crawlers.model import CrawlResult

log = logging.getLogger(__name__)

BATCH_OPS = 300
BATCH_SECONDS = 0.5
RESUMABLE = ("running", "stopped")
SCOPE_KEYS = ("start", "path_prefix", "include", "exclude", "extra_hosts")

_FLUSH = object()
_STOP = object()

_UPSERT_QUEUED = (
    "INSERT INTO pages (url, kind, state, depth, found_via, first_seen_run, last_seen_run,"
    " discovered_at, inlinks) VALUES (?, 'page', 'queued', ?, ?, ?, ?, ?, 0)"
    " ON CONFLICT(url) DO UPDATE SET state = 'queued', depth = excluded.depth,"
    " found_via = excluded.found_via, last_seen_run = excluded.last_seen_run,"
    " trap_reason = NULL RETURNING id"
)
# A page an earlier crawl fetched keeps what was observed when a narrower crawl (--prefix,
# --exclude) only sees a link to it: it stays in the table and the export, undecided or not.
_UPSERT_MARK = (
    "INSERT INTO pages (url, kind, state, depth, found_via, first_seen_run, last_seen_run,"
    " discovered_at, inlinks, trap_reason) VALUES (?, 'page', ?, ?, 'link', ?, ?, ?, 0, ?)"
    " ON CONFLICT(url) DO UPDATE SET"
    " state = CASE WHEN pages.state IN ('done', 'failed', 'gone') AND pages.last_seen_run"
    " < excluded.last_seen_run THEN pages.state ELSE excluded.state END,"
    " depth = excluded.depth, last_seen_run = excluded.last_seen_run,"
    " trap_reason = CASE WHEN pages.state IN ('done', 'failed', 'gone') AND"
    " pages.last_seen_run < excluded.last_seen_run THEN pages.trap_reason"
    " ELSE excluded.trap_reason END RETURNING id"
)
_SAVE = (
    "UPDATE pages SET kind = ?, state = ?, depth = ?, last_seen_run = ?,"
    " fetched_at = ?, final_url = ?, redirect_chain = ?, status = ?, content_type = ?,"
    " charset = ?, size_bytes = ?, response_ms = ?, http_last_modified = ?, etag = ?, error = ?,"
    " title = ?, meta_description = ?, meta_keywords = ?, h1 = ?, words = ?, language = ?,"
    " images = ?, images_missing_alt = ?, section = ?, owner = ?, canonical_url = ?,"
    " content_hash = ?, trap_reason = NULL WHERE id = ?"
)


class CrawlStoreError(ProjectError):
    """Writing the crawl to the project file failed (disk full, file removed): worded for people."""


class ProjectCrawlStore:
    """Implements crawlers.model.CrawlStore on a Project."""

    fatal_errors = (CrawlStoreError,)  # the engine stops on these instead of skipping a page

    def __init__(self, project: Project) -> None:
        self.project = project
        self.run_id: int | None = None
        self.resumed = False
        self.fetched_before = 0  # pages stored by earlier sessions of a resumed run
        self.same_scope = True
        self.case_decision: tuple[bool, str] | None = None  # what an interrupted session found
        self.case_folders: dict[str, bool] = {}  # folders it checked after a probe: case-blind?
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=5000)
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._ids: dict[str, int] = {}
        self._alias_ids: dict[str, int] = {}
        # link target -> the pages (not its own) stored links to it were pointed at through an
        # alias, and page -> the page it became an alias of: dropping an alias resets exactly
        # those links, through the index on to_page_id (to_url has none: a scan of every link)
        self._borrowed: dict[str, set[int]] = {}
        self._moved: dict[int, int] = {}
        self._flushed = threading.Event()

    # ---- run bookkeeping (caller's thread) ---------------------------------------------------

    def begin_run(self, config: dict[str, Any]) -> int:
        """Resume the last run if it was interrupted and is the same job; else start a new one."""
        with self.project.transaction() as conn:
            last = conn.exec_driver_sql(
                "SELECT id, status, config, pages_fetched FROM crawl_runs ORDER BY id DESC LIMIT 1"
            ).first()
            if last is not None and last[1] in RESUMABLE:
                old = json.loads(last[2])
                if all(old.get(k) == config.get(k) for k in SCOPE_KEYS):
                    self.run_id, self.resumed, self.fetched_before = int(last[0]), True, last[3]
                    case = old.get("case_decision")
                    if isinstance(case, list) and len(case) == 2:
                        self.case_decision = (bool(case[0]), str(case[1]))
                        config = {**config, "case_decision": case}
                    folders = old.get("case_folders")
                    if isinstance(folders, dict):
                        self.case_folders = {str(k): bool(v) for k, v in folders.items()}
                        config = {**config, "case_folders": self.case_folders}
                    conn.execute(
                        text(
                            "UPDATE crawl_runs SET status = 'running', finished_at = NULL,"
                            " stop_reason = NULL, config = :config WHERE id = :id"
                        ),
                        {"config": json.dumps(config), "id": self.run_id},
                    )
                elif last[1] == "running":
                    conn.execute(
                        text(
                            "UPDATE crawl_runs SET status = 'stopped', stop_reason = :r"
                            " WHERE id = :id"
                        ),
                        {"r": "onderbroken", "id": last[0]},
                    )
            if self.run_id is None:
                self.run_id = int(
                    conn.execute(
                        text(
                            "INSERT INTO crawl_runs (started_at, status, config, pages_fetched,"
                            " errors) VALUES (:at, 'running', :config, 0, 0) RETURNING id"
                        ),
                        {"at": utcnow(), "config": json.dumps(config)},
                    ).scalar_one()
                )
                # aliases are observations: a new run finds them again
                conn.exec_driver_sql("DELETE FROM aliases")
            before = conn.execute(
                text(
                    "SELECT config FROM crawl_runs WHERE status = 'finished' AND id < :id"
                    " ORDER BY id DESC LIMIT 1"
                ),
                {"id": self.run_id},
            ).scalar()
            previous = json.loads(before) if before else None
            # only a re-crawl of the same site can say a page is gone; a narrower one cannot
            self.same_scope = previous is None or all(
                previous.get(k) == config.get(k) for k in SCOPE_KEYS
            )
        self._start_writer()
        return self.run_id

    def pending(self) -> list[tuple[str, int]]:
        with self.project.read() as conn:
            rows = conn.execute(
                text(
                    "SELECT url, depth FROM pages WHERE state = 'queued' AND last_seen_run = :run"
                    " ORDER BY depth, id"
                ),
                {"run": self.run_id},
            ).all()
        return [(r[0], int(r[1])) for r in rows]

    def known_urls(self) -> set[str]:
        with self.project.read() as conn:
            urls = {
                r[0]
                for r in conn.execute(
                    text("SELECT url FROM pages WHERE last_seen_run = :run"), {"run": self.run_id}
                )
            }
            urls.update(r[0] for r in conn.exec_driver_sql("SELECT url FROM aliases"))
        return urls

    def start_urls(self) -> list[str]:
        """This run's start pages (after redirects), so a resumed crawl keeps their hosts."""
        with self.project.read() as conn:
            rows = conn.execute(
                text("SELECT url FROM pages WHERE last_seen_run = :run AND found_via = 'start'"),
                {"run": self.run_id},
            )
            return [r[0] for r in rows]

    def urls_in_order(self) -> list[str]:
        """This run's URLs in discovery order, so a resumed engine can replay its trap counts."""
        with self.project.read() as conn:
            rows = conn.execute(
                text("SELECT url FROM pages WHERE last_seen_run = :run ORDER BY id"),
                {"run": self.run_id},
            )
            return [r[0] for r in rows]

    def broken_urls(self) -> set[str]:
        """This run's URLs that came back broken (a resumed crawl may try another spelling)."""
        with self.project.read() as conn:
            rows = conn.execute(
                text("SELECT url FROM pages WHERE last_seen_run = :run AND state = 'failed'"),
                {"run": self.run_id},
            )
            return {r[0] for r in rows}

    def spellings_of(self, page_url: str) -> list[str]:
        """Other linked spellings recorded as aliases of a page (not redirects), oldest first."""
        self.flush()
        with self.project.read() as conn:
            # oldest first where the store knows it; any linked spelling will do otherwise
            order = backend_of(conn).insertion_order("a", fallback="a.url")
            rows = conn.execute(
                text(
                    "SELECT a.url FROM aliases a JOIN pages p ON p.id = a.page_id"
                    " WHERE p.url = :url"
                    " AND a.reason IN ('case', 'index-file', 'print-version', 'query-order')"
                    f" ORDER BY {order}"
                ),
                {"url": page_url},
            )
            return [r[0] for r in rows]

    def session_spellings(self) -> list[tuple[str, str]]:
        """Queued pages of this run that only a spelling with a session id links: (that
        spelling, page), first linked first. A resumed crawl asks for them as linked."""
        with self.project.read() as conn:
            order = backend_of(conn).insertion_order("a", fallback="a.url")
            rows = conn.execute(
                text(
                    "SELECT a.url, p.url FROM aliases a JOIN pages p ON p.id = a.page_id"
                    " WHERE a.reason = 'session' AND p.state = 'queued'"
                    f" AND p.last_seen_run = :run ORDER BY {order}"
                ),
                {"run": self.run_id},
            )
            return [(r[0], r[1]) for r in rows]

    def page_prints(self) -> list[tuple[str, str, int, str | None, str | None, int | None]]:
        """This run's fetched pages with what tells two answers apart (kind, words, text hash,
        title, size), in the order they were found: a resumed crawl compares with these."""
        with self.project.read() as conn:
            rows = conn.execute(
                text(
                    "SELECT url, kind, words, content_hash, title, size_bytes FROM pages"
                    " WHERE last_seen_run = :run AND state = 'done' ORDER BY id"
                ),
                {"run": self.run_id},
            )
            return [(r[0], r[1], int(r[2] or 0), r[3], r[4], r[5]) for r in rows]

    def case_aliases(self) -> list[tuple[str, str]]:
        """Spellings kept as aliases because letter case was taken not to matter: (alias, page)."""
        with self.project.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT a.url, p.url FROM aliases a JOIN pages p ON p.id = a.page_id"
                " WHERE a.reason = 'case'"
            )
            return [(r[0], r[1]) for r in rows]

    def fetched_count(self) -> int:
        """Pages stored in this run so far, earlier sessions included (for the page limit)."""
        return self.fetched_before

    # ---- operations queued for the writer (engine's thread) ----------------------------------

    def add_queued(self, items: list[tuple[str, int, str]]) -> None:
        if items:
            self._put(("queued", items))

    def save(self, result: CrawlResult) -> None:
        self._put(("save", result))

    def add_alias(self, alias_url: str, page_url: str, reason: str) -> None:
        self._put(("alias", alias_url, page_url, reason))

    def mark(self, url: str, state: str, reason: str | None = None, depth: int = 0) -> None:
        self._put(("mark", url, state, reason, depth))

    def add_links(self, page_url: str, links: list[Any]) -> None:
        self._put(("links", page_url, links))

    def drop_alias(self, alias_url: str) -> None:
        """The page of this alias came back broken: the alias gets its own turn as a page."""
        self._put(("unalias", alias_url))

    def note_case(self, insensitive: bool, decided_by: str) -> None:
        """Kept with the run, so a crawl resumed after kill -9 or Ctrl-C decides the same."""
        self._put(("case", insensitive, decided_by))

    def note_case_folder(self, folder: str, blind: bool) -> None:
        """A folder's case check, kept with the run like the case decision itself."""
        self._put(("case-folder", folder, blind))

    def flush(self) -> None:
        if self._thread is None:
            return
        self._flushed.clear()
        self._put(_FLUSH)
        while not self._flushed.wait(0.2):
            if not self._thread.is_alive():
                break
        self._raise_if_failed()

    def finish_run(
        self, run_id: int, status: str, reason: str | None, stats: dict[str, Any]
    ) -> None:
        """Stop the writer, finalise the derived columns, and close the run record."""
        self.close()
        finalise(self.project, run_id, full=status == "finished" and self.same_scope)
        with self.project.transaction() as conn:
            conn.execute(
                text(
                    "UPDATE crawl_runs SET status = :status, stop_reason = :reason,"
                    " finished_at = :at WHERE id = :id"
                ),
                {"status": status, "reason": reason, "at": utcnow(), "id": run_id},
            )

    def close(self) -> None:
        """Commit what is buffered and stop the writer thread (safe to call twice)."""
        if self._thread is not None:
            self._queue.put(_STOP)
            self._thread.join()
            self._thread = None
        self._raise_if_failed()

    # ---- the writer thread -------------------------------------------------------------------

    def _put(self, op: Any) -> None:
        self._raise_if_failed()
        if self._thread is None:
            raise CrawlStoreError("De crawl-opslag is niet gestart (begin_run ontbreekt).")
        while True:
            try:
                self._queue.put(op, timeout=0.5)
                return
            except queue.Full:
                self._raise_if_failed()

    def _raise_if_failed(self) -> None:
        if self._error is not None:
            raise CrawlStoreError(
                f"Het projectbestand kon niet worden bijgewerkt: {self._error}"
            ) from self._error

    def _start_writer(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._write_loop, name="crawl-writer")
            self._thread.start()

    def _write_loop(self) -> None:
        backend = self.project.backend
        counts = {"pages": 0, "errors": 0}
        pending_ops = 0
        batch_started = 0.0
        try:
            with backend.raw_writer(self.project.engine) as cur:
                self._load_borrowed(cur)
                while True:
                    timeout = (
                        BATCH_SECONDS
                        if pending_ops == 0
                        else max(0.0, batch_started + BATCH_SECONDS - time.monotonic())
                    )
                    try:
                        op = self._queue.get(timeout=timeout)
                    except queue.Empty:
                        op = None
                    if op is None or op is _FLUSH or op is _STOP:
                        if pending_ops:
                            self._commit(cur, counts)
                            pending_ops = 0
                        if op is _FLUSH:
                            self._flushed.set()
                        if op is _STOP:
                            return
                        continue
                    if pending_ops == 0:
                        cur.execute(backend.begin_sql)
                        batch_started = time.monotonic()
                    self._apply(cur, op, counts)
                    pending_ops += 1
                    if (
                        pending_ops >= BATCH_OPS
                        or time.monotonic() - batch_started >= BATCH_SECONDS
                    ):
                        self._commit(cur, counts)
                        pending_ops = 0
        except BaseException as exc:  # reported to the engine on its next call
            log.exception("crawl writer failed")
            self._error = exc
            self._flushed.set()
            self._drain()

    def _drain(self) -> None:
        while True:
            try:
                if self._queue.get_nowait() is _STOP:
                    return
            except queue.Empty:
                return

    def _commit(self, cur: RawCursor, counts: dict[str, int]) -> None:
        if counts["pages"] or counts["errors"]:
            cur.execute(
                "UPDATE crawl_runs SET pages_fetched = pages_fetched + ?, errors = errors + ?"
                " WHERE id = ?",
                (counts["pages"], counts["errors"], self.run_id),
            )
            counts["pages"] = counts["errors"] = 0
        cur.execute("COMMIT")

    def _apply(self, cur: RawCursor, op: tuple[Any, ...], counts: dict[str, int]) -> None:
        kind = op[0]
        cur.execute("SAVEPOINT op")
        try:
            if kind == "queued":
                self._op_queued(cur, op[1])
            elif kind == "save":
                self._op_save(cur, op[1])
                counts["pages"] += 1
                counts["errors"] += op[1].state == "failed"
            elif kind == "alias":
                counts["pages"] -= self._op_alias(cur, op[1], op[2], op[3])
            elif kind == "mark":
                self._op_mark(cur, op[1], op[2], op[3], op[4])
            elif kind == "links":
                self._op_links(cur, op[1], op[2])
            elif kind == "unalias":
                cur.execute("DELETE FROM aliases WHERE url = ?", (op[1],))
                self._alias_ids.pop(op[1], None)
                # links to it pointed at the page it was thought to be: the end of the crawl
                # points them at its own row (a case twin in a case-sensitive folder)
                self._unborrow(cur, op[1])
            elif kind == "case":
                self._op_case(cur, bool(op[1]), str(op[2]))
            elif kind == "case-folder":
                self._op_case_folder(cur, str(op[1]), bool(op[2]))
        except self.project.backend.item_errors as exc:
            if isinstance(exc, self.project.backend.fatal_errors):
                raise  # disk full, I/O error, server gone: nothing later will work either
            cur.execute("ROLLBACK TO op")
            cur.execute("RELEASE op")
            log.warning("crawl store skipped %s: %s", kind, exc)
            return
        cur.execute("RELEASE op")

    def _load_borrowed(self, cur: RawCursor) -> None:
        """Links stored earlier (a resumed run, a re-crawl) that point at another spelling's
        page: dropping that spelling's alias resets them too."""
        self._borrowed, self._moved = {}, {}
        for url, pid in cur.execute(
            "SELECT DISTINCT l.to_url, l.to_page_id FROM links l"
            " LEFT JOIN pages p ON p.id = l.to_page_id"
            " WHERE l.to_page_id IS NOT NULL AND l.tag != 'img'"
            " AND (p.url IS NULL OR p.url != l.to_url)"
        ).fetchall():
            self._borrowed.setdefault(url, set()).add(int(pid))

    def _unborrow(self, cur: RawCursor, url: str) -> None:
        """Reset the links to *url* that point at another page than its own (to NULL; the end
        of the crawl resolves them). Links already pointing at its own row stay as they are."""
        pids: set[int] = set()
        for pid in self._borrowed.pop(url, ()):
            # that page may since have become an alias itself: its links moved on with it
            step: int | None = pid
            while step is not None and step not in pids:
                pids.add(step)
                step = self._moved.get(step)
        for pid in sorted(pids):
            cur.execute(
                "UPDATE links SET to_page_id = NULL WHERE to_page_id = ? AND to_url = ?"
                " AND tag != 'img'",
                (pid, url),
            )

    def _page_id(self, cur: RawCursor, url: str) -> int | None:
        pid = self._ids.get(url)
        if pid is None:
            row = cur.execute("SELECT id FROM pages WHERE url = ?", (url,)).fetchone()
            if row is not None:
                pid = self._ids[url] = int(row[0])
        return pid

    def _resolve(self, cur: RawCursor, url: str) -> int | None:
        """The page a link target is; an alias wins over a row kept only for its decisions."""
        pid = self._alias_ids.get(url)
        if pid is None and url not in self._ids:
            row = cur.execute("SELECT page_id FROM aliases WHERE url = ?", (url,)).fetchone()
            if row is not None:
                pid = self._alias_ids[url] = int(row[0])
        if pid is not None:
            self._borrowed.setdefault(url, set()).add(pid)
            return pid
        return self._page_id(cur, url)

    def _op_queued(self, cur: RawCursor, items: Iterable[tuple[str, int, str]]) -> None:
        now = utcnow()
        for url, depth, via in items:
            row = cur.execute(
                _UPSERT_QUEUED, (url, depth, via, self.run_id, self.run_id, now)
            ).fetchone()
            self._ids[url] = int(row[0])

    def _op_mark(
        self, cur: RawCursor, url: str, state: str, reason: str | None, depth: int
    ) -> None:
        row = cur.execute(
            _UPSERT_MARK, (url, state, depth, self.run_id, self.run_id, utcnow(), reason)
        ).fetchone()
        self._ids[url] = int(row[0])

    def _op_case(self, cur: RawCursor, insensitive: bool, server: str) -> None:
        """Keep the case decision with the run, so a resumed crawl decides the same way."""
        row = cur.execute("SELECT config FROM crawl_runs WHERE id = ?", (self.run_id,)).fetchone()
        config = json.loads(row[0]) if row and row[0] else {}
        config["case_decision"] = [insensitive, server]
        cur.execute(
            "UPDATE crawl_runs SET config = ? WHERE id = ?", (json.dumps(config), self.run_id)
        )

    def _op_case_folder(self, cur: RawCursor, folder: str, blind: bool) -> None:
        row = cur.execute("SELECT config FROM crawl_runs WHERE id = ?", (self.run_id,)).fetchone()
        config = json.loads(row[0]) if row and row[0] else {}
        config.setdefault("case_folders", {})[folder] = blind
        cur.execute(
            "UPDATE crawl_runs SET config = ? WHERE id = ?", (json.dumps(config), self.run_id)
        )

    def _op_alias(self, cur: RawCursor, alias: str, page_url: str, reason: str) -> int:
        """Returns 1 when a page this run had stored became the alias (it no longer counts)."""
        target = self._page_id(cur, page_url)
        if target is None:
            log.warning("alias %s -> %s: target unknown", alias, page_url)
            return 0
        cur.execute(
            "INSERT INTO aliases (url, page_id, reason) VALUES (?, ?, ?) ON CONFLICT (url)"
            " DO UPDATE SET page_id = excluded.page_id, reason = excluded.reason",
            (alias, target, reason),
        )
        self._alias_ids[alias] = target
        own = self._page_id(cur, alias)
        if own is None or own == target:
            return 0
        stored = cur.execute(
            "SELECT state IN ('done', 'failed') AND last_seen_run = ? FROM pages WHERE id = ?",
            (self.run_id, own),
        ).fetchone()
        cur.execute("UPDATE links SET to_page_id = ? WHERE to_page_id = ?", (target, own))
        self._moved[own] = target
        self._borrowed.setdefault(alias, set()).add(target)
        # What the alias links to, its row now links to (page 4 of a list is how its items are
        # reached): without this the items would lose their inlinks and look like orphans.
        cur.execute(
            "UPDATE links SET from_page_id = ? WHERE from_page_id = ? AND to_url NOT IN"
            " (SELECT to_url FROM links WHERE from_page_id = ?)",
            (target, own, target),
        )
        if self._has_human_data(cur, own):
            cur.execute(
                "UPDATE pages SET state = 'gone', final_url = ?, last_seen_run = ? WHERE id = ?",
                (page_url, self.run_id, own),
            )
        else:
            cur.execute("DELETE FROM page_fts WHERE rowid = ?", (own,))
            cur.execute("DELETE FROM pages WHERE id = ?", (own,))
            self._ids.pop(alias, None)
        return int(bool(stored and stored[0]))

    def _insert_links(self, cur: RawCursor, pid: int, links: list[Any]) -> None:
        if not links:
            return
        cur.executemany(
            "INSERT INTO links (from_page_id, to_url, to_page_id, anchor_text, internal, tag)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    pid,
                    ln.to_url,
                    # an image use needs no page id: assets are found by their URL
                    self._resolve(cur, ln.to_url) if ln.internal and ln.tag != "img" else None,
                    ln.anchor_text,
                    ln.internal,
                    ln.tag,
                )
                for ln in links
            ],
        )

    def _op_links(self, cur: RawCursor, page_url: str, links: list[Any]) -> None:
        """Links of a page folded into *page_url*, added to the links it has of its own."""
        pid = self._page_id(cur, page_url)
        if pid is None:
            log.warning("links for %s: page unknown", page_url)
            return
        have = {
            row[0] for row in cur.execute("SELECT to_url FROM links WHERE from_page_id = ?", (pid,))
        }
        self._insert_links(cur, pid, [ln for ln in links if ln.to_url not in have])

    @staticmethod
    def _has_human_data(cur: RawCursor, page_id: int) -> bool:
        """A decision, its history or imported page views: such a row is never deleted."""
        return bool(
            cur.execute(
                "SELECT EXISTS (SELECT 1 FROM decisions WHERE page_id = ?)"
                " OR EXISTS (SELECT 1 FROM page_views WHERE page_id = ?)"
                " OR EXISTS (SELECT 1 FROM changes WHERE entity = 'decision' AND entity_id = ?)",
                (page_id, page_id, page_id),
            ).fetchone()[0]
        )

    def _op_save(self, cur: RawCursor, r: CrawlResult) -> None:
        pid = self._page_id(cur, r.url)
        if pid is None:
            self._op_queued(cur, [(r.url, r.depth, r.found_via)])
            pid = self._ids[r.url]
        x = r.extract
        cur.execute(
            _SAVE,
            (
                r.kind,
                r.state,
                r.depth,
                self.run_id,
                r.fetched_at,
                r.final_url,
                json.dumps(r.redirect_chain) if r.redirect_chain else None,
                r.status,
                r.content_type,
                r.charset,
                r.size_bytes,
                r.response_ms,
                r.http_last_modified,
                r.etag,
                r.error,
                x.title if x else (r.document.title if r.document else None),
                x.meta_description if x else None,
                x.meta_keywords if x else None,
                x.h1 if x else None,
                x.words if x else None,
                x.language if x else None,
                x.images if x else None,
                x.images_missing_alt if x else None,
                x.section if x else None,
                x.owner if x else (r.document.author if r.document else None),
                x.canonical_url if x else None,
                x.content_hash if x else None,
                pid,
            ),
        )
        doc_meta = None
        if r.document is not None:
            doc_meta = json.dumps(asdict(r.document), ensure_ascii=False, default=str)
        cur.execute(
            "INSERT INTO page_content (page_id, text, headings, date_evidence, doc_meta, raw)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (page_id) DO UPDATE SET text = excluded.text,"
            " headings = excluded.headings, date_evidence = excluded.date_evidence,"
            " doc_meta = excluded.doc_meta, raw = excluded.raw",
            (
                pid,
                x.text if x else None,
                json.dumps([list(h) for h in x.headings], ensure_ascii=False) if x else None,
                json.dumps([asdict(e) for e in r.date_evidence], ensure_ascii=False),
                doc_meta,
                r.raw_compressed,
            ),
        )
        cur.execute("DELETE FROM links WHERE from_page_id = ?", (pid,))
        self._insert_links(cur, pid, r.links)
        cur.execute("DELETE FROM page_fts WHERE rowid = ?", (pid,))
        title = x.title if x else (r.document.title if r.document else None)
        cur.execute(
            "INSERT INTO page_fts (rowid, title, url, text) VALUES (?, ?, ?, ?)",
            (pid, title or "", r.url, x.text if x else ""),
        )
