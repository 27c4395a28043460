"""What a crawl starts from: web addresses, sitemaps (remote or a file), URL lists, a folder
or a zip of a copied intranet. Each becomes seeds for the frontier plus the addresses that set
the crawl's scope; anything unusable becomes a ``CrawlStartError`` worded for the user."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawlers.model import FetchResult
from crawlers.read_budget import BudgetLimits
from crawlers.sitemap import parse_sitemap, read_url_list
from crawlers.urls import normalise

MAX_SITEMAPS = 50

Fetch = Callable[[str], FetchResult]


class CrawlStartError(ValueError):
    """A start item the crawler cannot use: ``str()`` is the Dutch sentence (CLI, log); *code*
    and *params* let the app word it in the user's language."""

    def __init__(self, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass
class StartPlan:
    seeds: list[tuple[str, str]] = field(default_factory=list)  # url, found via
    scope_starts: list[str] = field(default_factory=list)
    folder: Any = None  # a FolderFetcher when the crawl reads a folder or zip
    folder_files: list[str] = field(default_factory=list)
    folder_case_insensitive: bool | None = None


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _looks_like_sitemap(url: str) -> bool:
    return urlsplit(url).path.lower().endswith((".xml", ".xml.gz"))


def folder_case_insensitive(root: Path) -> bool:
    """True on file systems that ignore letter case (Windows, macOS defaults)."""
    probe = root.resolve()
    while probe.name and probe.name == probe.name.swapcase():
        probe = probe.parent
    if not probe.name:
        return False
    twin = probe.with_name(probe.name.swapcase())
    try:
        return twin.exists() and twin.samefile(probe)
    except OSError:
        return False


def same_page(first: FetchResult, second: FetchResult, first_body: bytes, body: bytes) -> bool:
    """Two answers show one page: both succeeded and carry the same bytes or land on the same
    final address."""
    for fr in (first, second):
        if fr.error or fr.status is None or fr.status >= 300:
            return False
    if first.final_url and first.final_url == second.final_url:
        return True
    return bool(first_body) and first_body == body


def resolve_start(
    items: list[str], fetch: Fetch, max_bytes: int, limits: BudgetLimits | None = None
) -> StartPlan:
    plan = StartPlan()
    if not items:
        raise CrawlStartError(
            "Geef minstens één startadres, map, zip-bestand of lijst op.", code="no-start"
        )
    try:
        for item in items:
            _add_item(plan, item.strip(), fetch, max_bytes, limits or BudgetLimits())
    except BaseException:
        if plan.folder is not None and hasattr(plan.folder, "close"):
            plan.folder.close()
        raise
    return plan


def _add_item(
    plan: StartPlan, item: str, fetch: Fetch, max_bytes: int, limits: BudgetLimits
) -> None:
    seeds, scope_starts = plan.seeds, plan.scope_starts
    if item.lower().startswith(("http://", "https://")):
        if normalise(item) is None:
            raise CrawlStartError(
                f"{item!r} is geen bruikbaar webadres.", code="bad-url", item=item
            )
        urls = read_remote_sitemap(item, fetch) if _looks_like_sitemap(item) else []
        if urls:
            # the sitemap's own host is the scope; entries on other hosts are only recorded
            seeds += [(u, "sitemap") for u in urls]
            scope_starts.append(item)
        else:  # an ordinary page (an HTML "sitemap" page is one too)
            seeds.append((item, "start"))
            scope_starts.append(item)
        return
    path = Path(item).expanduser()
    if not path.exists():
        raise CrawlStartError(
            f"{item!r} is geen webadres (http:// of https://) en bestaat niet als map of bestand.",
            code="not-found",
            item=item,
        )
    if path.is_dir() or path.suffix.lower() == ".zip":
        _open_folder(plan, path, max_bytes, limits)
    elif path.suffix.lower() in (".xml", ".gz"):
        urls, _nested = parse_sitemap(path.read_bytes())
        if not urls:
            raise CrawlStartError(
                f"In {path.name} staan geen adressen.", code="empty", name=path.name
            )
        usable = [u for u in urls if normalise(u)]
        if not usable:
            raise CrawlStartError(
                f"In {path.name} staan geen bruikbare webadressen.",
                code="no-usable",
                name=path.name,
            )
        # a sitemap lists what a server says; only its first address's host is the scope
        # (more hosts: --extra-host), so one foreign entry cannot widen the crawl
        seeds += [(u, "sitemap") for u in urls]
        scope_starts.append(usable[0])
    else:
        try:
            urls = read_url_list(path)
        except (OSError, ValueError) as exc:
            raise CrawlStartError(
                f"{path.name} kan niet worden gelezen: {exc}",
                code="unreadable",
                name=path.name,
                detail=str(exc),
            ) from exc
        if not urls:
            raise CrawlStartError(
                f"In {path.name} staan geen webadressen.", code="empty", name=path.name
            )
        seeds += [(u, "start") for u in urls]
        scope_starts += urls


def _open_folder(plan: StartPlan, path: Path, max_bytes: int, limits: BudgetLimits) -> None:
    from crawlers.fetch_folder import FolderFetcher

    if plan.folder is not None:
        raise CrawlStartError("Eén map of zip-bestand per crawl.", code="one-folder")
    try:
        plan.folder = FolderFetcher(path, max_bytes=max_bytes, limits=limits)
    except (OSError, ValueError) as exc:
        raise CrawlStartError(
            f"{path.name} kan niet worden geopend: {exc}",
            code="unreadable",
            name=path.name,
            detail=str(exc),
        ) from exc
    start = plan.folder.start_url
    plan.seeds.append((start, "start"))
    plan.scope_starts.append(start)
    plan.folder_files = list(plan.folder.list_files())
    plan.folder_case_insensitive = path.is_dir() and folder_case_insensitive(path)


def read_remote_sitemap(
    url: str, fetch: Fetch, may_contact: Callable[[str], bool] = lambda _url: True
) -> list[str]:
    """Page addresses in a sitemap and the sitemaps it points to (at most MAX_SITEMAPS; nested
    sitemaps on hosts outside the crawl are not fetched)."""
    found: list[str] = []
    todo: list[str] = [url]
    done: set[str] = set()
    while todo and len(done) < MAX_SITEMAPS:
        sm = todo.pop(0)
        if sm in done:
            continue
        done.add(sm)
        fr = fetch(sm)
        if fr.error or fr.status is None or fr.status >= 400 or not fr.body:
            continue
        urls, nested = parse_sitemap(fr.body)
        found += urls
        todo += [n for n in nested if may_contact(normalise(n) or n)]
    return found


def sitemap_urls(
    scope_starts: Iterable[str],
    robots_sitemaps: Callable[[str], list[str]],
    fetch: Fetch,
    may_contact: Callable[[str], bool] = lambda _url: True,
) -> list[str]:
    """Addresses from each start host's sitemaps (robots.txt's, and /sitemap.xml): they find
    the pages no link leads to (orphans). A ``Sitemap:`` line naming another host is skipped."""
    origins: list[str] = []
    for u in scope_starts:
        if u.lower().startswith(("http://", "https://")) and origin(u) not in origins:
            origins.append(origin(u))
    found: list[str] = []
    for host in origins[:10]:
        candidates = [*robots_sitemaps(host + "/"), host + "/sitemap.xml"]
        for sm in dict.fromkeys(candidates):
            if may_contact(normalise(sm) or sm):
                found += read_remote_sitemap(sm, fetch, may_contact)
    return found
