"""The address an intranet crawled from a folder or zip was served under.

A folder crawl stores ``file:///share/intranet/pz/verlof.html``; the old web server answered
``http://intranet/pz/verlof.html``. Redirect maps need the second. The user can say where the
files were served (``crawl --served-under``); otherwise it is derived from the pages
themselves: old intranets are full of absolute links to their own host, and a link whose path
ends in a file we read tells the host and the folder the files lived under.
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

from sqlalchemy import Connection, text

from audit_app.core.project import get_setting

SETTING = "served_under"
MIN_VOTES = 1  # the path must end in a file we read, so one link already says a lot


def _folder_root(conn: Connection) -> str | None:
    """The file: URL of the crawled folder (or zip), ending in "/"."""
    rows = conn.execute(
        text("SELECT url FROM pages WHERE url LIKE :files AND state IN ('done', 'failed', 'gone')"),
        {"files": "file:%"},
    ).all()
    if not rows:
        return None
    urls = [r[0] for r in rows]
    common = min(urls)
    last = max(urls)
    n = 0
    while n < min(len(common), len(last)) and common[n] == last[n]:
        n += 1
    root = common[:n]
    return root[: root.rfind("/") + 1] or None


def derive_served_under(conn: Connection, root: str) -> str | None:
    """Votes from absolute http(s) links whose path ends in the path of a file we read."""
    rel = {
        r[0][len(root) :]
        for r in conn.execute(
            text("SELECT url FROM pages WHERE url LIKE :root AND state = 'done'"),
            {"root": root + "%"},
        )
    }
    votes: Counter[str] = Counter()
    for (to_url,) in conn.execute(
        text("SELECT DISTINCT to_url FROM links WHERE NOT internal AND to_url LIKE :web"),
        {"web": "http%"},
    ):
        parts = urlsplit(to_url)
        path = parts.path.lstrip("/")
        for r in rel:
            if r and (path == r or path.endswith("/" + r)):
                prefix = parts.path[: len(parts.path) - len(r)]
                votes[f"{parts.scheme}://{parts.netloc}{prefix}"] += 1
                break
    if not votes:
        return None
    base, n = votes.most_common(1)[0]
    return base if n >= MIN_VOTES else None


def old_url_mapper(conn: Connection) -> tuple[str, str] | None:
    """(folder root, address it was served under) for a folder/zip project, else None.
    Without a setting or enough evidence, the folder is taken as the server's root ("/")."""
    root = _folder_root(conn)
    if root is None:
        return None
    base = get_setting(conn, SETTING) or derive_served_under(conn, root) or "/"
    return root, base if base.endswith("/") else base + "/"


def old_url(url: str, mapping: tuple[str, str] | None) -> str:
    """The address the old server answered for a stored URL."""
    if mapping is None or not url.startswith(mapping[0]):
        return url
    return mapping[1] + url[len(mapping[0]) :]
