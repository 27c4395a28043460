"""Crawling an intranet that exists only as files: a copy on a share, or a .zip of one.

Files are read in place (a zip is never unpacked), so nothing is written next to the user's
data and a hostile member name such as ``../../etc/passwd`` can only ever miss. Nothing whose
real path lies outside the chosen folder is read: a symbolic link pointing out is recorded as
skipped (403 with the reason), and a zip's link members are never followed. What is read is
counted against a ``ReadBudget``. The fetcher pretends to be a small web server: directory
URLs serve their index file, missing files are 404, unreadable ones 403, and file times
become Last-Modified.
"""

from __future__ import annotations

import calendar
import mimetypes
import os
import stat
import threading
import time
import zipfile
from email.utils import formatdate
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote_to_bytes, urlsplit

from crawlers.fetch_errors import fetch_error
from crawlers.model import FetchResult
from crawlers.read_budget import BudgetLimits, ReadBudget, looks_like_bomb
from crawlers.urls import DEFAULT_INDEX_NAMES, normalise

_HTML_EXTENSIONS = frozenset({".htm", ".html", ".shtml", ".asp", ".aspx", ".php", ".jsp", ".cfm"})
_JUNK_FILES = frozenset({"thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db"})
_JUNK_DIRS = frozenset({"_vti_cnf", "_vti_pvt", "_vti_txt", "_vti_log", "_notes", "__macosx"})
_URL_SAFE = "/!$&'()*+,:=@~"
_MAX_BYTES = 20_000_000
OUTSIDE = fetch_error("shortcut-outside")  # a shortcut out of the chosen folder: not read
ZIP_LINK = fetch_error("zip-link")  # a shortcut inside the zip file: not followed
ZIP_BOMB = fetch_error("zip-bomb")  # suspiciously highly compressed: not read


def _is_junk(name: str, is_dir: bool) -> bool:
    low = name.lower()
    if low.startswith(".") or low.startswith("~$"):
        return True
    if is_dir:
        return low in _JUNK_DIRS or low.startswith("_vti_")
    return low in _JUNK_FILES


def _content_type(name: str) -> str:
    ext = os.path.splitext(name)[1].lower()
    if ext in _HTML_EXTENSIONS:
        return "text/html"
    return mimetypes.guess_type(name, strict=False)[0] or "application/octet-stream"


def _segments_to_names(rel: str, *, os_bytes: bool = False) -> list[str] | None:
    """URL path below the root to file names; None if it tries to climb out.

    Escapes that are not UTF-8 come from links on old windows-1252 pages, or (``os_bytes``)
    from file names that are raw bytes on a Linux share.
    """
    names = []
    for seg in rel.split("/"):
        if not seg:
            continue
        raw = unquote_to_bytes(seg)
        try:
            name = raw.decode("utf-8")
        except UnicodeDecodeError:
            name = os.fsdecode(raw) if os_bytes else raw.decode("cp1252", errors="replace")
        if name in (".", "..") or "/" in name or "\\" in name or "\0" in name:
            return None
        names.append(name)
    return names


def _stat_or_none(path: Path | None) -> os.stat_result | None:
    try:
        return path.stat() if path is not None else None
    except OSError:
        return None


class FolderFetcher:
    """Thread-safe; a zip is read under a lock because its file handle is shared."""

    def __init__(
        self, root: Path, *, max_bytes: int = _MAX_BYTES, limits: BudgetLimits | None = None
    ) -> None:
        root = Path(root).expanduser()
        self.max_bytes = max_bytes
        self.skipped_members: list[str] = []  # zip names that climb out: never read
        self._lock = threading.Lock()
        self._zip: zipfile.ZipFile | None = None
        self._members: dict[str, zipfile.ZipInfo] = {}
        self._members_lower: dict[str, zipfile.ZipInfo] = {}
        self._zip_dirs: set[str] = set()
        if root.is_dir():
            self.root = root.resolve()
        elif root.is_file() and zipfile.is_zipfile(root):
            self.root = root.resolve()
            try:
                self._zip = zipfile.ZipFile(self.root)
            except (OSError, zipfile.BadZipFile) as exc:
                raise ValueError(f"Het zip-bestand {root} kan niet worden geopend: {exc}") from None
            self._index_zip()
            self.budget = ReadBudget(limits or BudgetLimits(), zip_size=self.root.stat().st_size)
        else:
            raise ValueError(
                f"{root} is geen map en geen zip-bestand. Kies de map met de HTML-bestanden "
                "van het intranet, of een .zip daarvan."
            )
        if self._zip is None:
            self.budget = ReadBudget(limits or BudgetLimits())
        self._root_url = normalise(self.root.as_uri() + "/") or self.root.as_uri() + "/"

    @property
    def exhausted(self) -> str | None:
        """Why reading stopped (the read budget is spent), or None."""
        return self.budget.exhausted

    @property
    def exhausted_detail(self) -> dict[str, Any] | None:
        """The same as a code with its facts (crawlers.read_budget.ReadBudget)."""
        return self.budget.exhausted_detail

    def _inside(self, path: Path) -> bool:
        """True when the real path (all links resolved) lies in the chosen folder."""
        try:
            return Path(os.path.realpath(path)).is_relative_to(self.root)
        except (OSError, ValueError):
            return False

    def _index_zip(self) -> None:
        assert self._zip is not None
        for info in self._zip.infolist():
            name = info.filename.replace("\\", "/")
            parts = [p for p in name.split("/") if p]
            if info.is_dir():
                continue
            if not parts or name.startswith("/") or ".." in parts or ":" in parts[0]:
                self.skipped_members.append(info.filename)
                continue
            if any(_is_junk(p, True) for p in parts[:-1]):
                continue
            if _is_junk(parts[-1], False):
                continue
            key = "/".join(parts)
            self._members[key] = info
            self._members_lower.setdefault(key.lower(), info)
            for i in range(len(parts)):
                self._zip_dirs.add("/".join(parts[:i]).lower())

    @property
    def start_url(self) -> str:
        return self._root_url

    def close(self) -> None:
        with self._lock:
            if self._zip is not None:
                self._zip.close()

    def _url_for(self, names: list[str]) -> str:
        if self._zip is None:
            rel = "/".join(quote(os.fsencode(n), safe=_URL_SAFE) for n in names)
        else:
            rel = "/".join(quote(n, safe=_URL_SAFE) for n in names)
        url = self._root_url + rel
        return normalise(url) or url

    def list_files(self) -> list[str]:
        """Every file below the root as a URL, to find pages that nothing links to."""
        if self._zip is not None:
            return sorted(self._url_for(name.split("/")) for name in self._members)
        urls: list[str] = []
        seen_dirs: set[tuple[int, int]] = set()
        stack: list[tuple[Path, list[str]]] = [(self.root, [])]
        while stack:
            folder, rel = stack.pop()
            try:
                st = folder.stat()
                if (st.st_dev, st.st_ino) in seen_dirs:
                    continue  # a symlink loop or a second link to the same folder
                seen_dirs.add((st.st_dev, st.st_ino))
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for entry in entries:
                if entry.is_symlink() and not self._inside(Path(entry.path)):
                    # listed so it is recorded as skipped; never entered or read
                    urls.append(self._url_for([*rel, entry.name]))
                    continue
                try:
                    is_dir = entry.is_dir(follow_symlinks=True)
                    is_file = not is_dir and entry.is_file(follow_symlinks=True)
                except OSError:
                    continue
                if _is_junk(entry.name, is_dir):
                    continue
                if is_dir:
                    stack.append((Path(entry.path), [*rel, entry.name]))
                elif is_file:
                    urls.append(self._url_for([*rel, entry.name]))
        return sorted(urls)

    def fetch(self, url: str) -> FetchResult:
        start = time.monotonic()
        try:
            result = self._fetch(url)
        except Exception as exc:  # contract: never raises
            result = FetchResult(
                url=url, final_url=url, error=fetch_error("unexpected", detail=repr(exc))
            )
        result.elapsed_ms = int((time.monotonic() - start) * 1000)
        return result

    def _fetch(self, url: str) -> FetchResult:
        norm = normalise(url)
        root = self._root_url
        if norm is None or urlsplit(norm).scheme != "file":
            return FetchResult(
                url=url, final_url=url, status=404, error=fetch_error("not-a-file-address")
            )
        if norm + "/" == root:
            norm = root
        if not norm.startswith(root):
            return FetchResult(
                url=url, final_url=url, status=403, error=fetch_error("outside-folder")
            )
        rel = urlsplit(norm).path[len(urlsplit(root).path) :]
        names = _segments_to_names(rel)
        if names is None:
            return FetchResult(url=url, final_url=url, status=403, error=fetch_error("bad-path"))
        if self._zip is not None:
            return self._fetch_zip(url, names)
        as_bytes = _segments_to_names(rel, os_bytes=True)
        if as_bytes and as_bytes != names and self.root.joinpath(*as_bytes).exists():
            names = as_bytes
        return self._fetch_file(url, names)

    def _fetch_file(self, url: str, names: list[str]) -> FetchResult:
        path = self.root.joinpath(*names)
        chain: list[str] = []
        final = url
        if not self._inside(path):
            return FetchResult(url=url, final_url=url, status=403, error=OUTSIDE)
        try:
            st = path.stat()
        except FileNotFoundError:
            found = self._case_insensitive(names)
            found_st = _stat_or_none(found)
            if found is None or found_st is None:
                code = "broken-shortcut" if path.is_symlink() else "not-found"
                return FetchResult(url=url, final_url=url, status=404, error=fetch_error(code))
            path, st = found, found_st
            if not self._inside(path):
                return FetchResult(url=url, final_url=url, status=403, error=OUTSIDE)
        except PermissionError:
            return FetchResult(
                url=url, final_url=url, status=403, error=fetch_error("no-read-permission")
            )
        except OSError as exc:
            return FetchResult(
                url=url, final_url=url, status=404, error=fetch_error("unreadable", detail=str(exc))
            )
        if stat.S_ISDIR(st.st_mode):
            dir_url = self._url_for(names) if names else self._root_url
            if not dir_url.endswith("/"):
                dir_url += "/"
            if dir_url != url:
                chain, final = [url], dir_url
            index = self._find_index(path)
            if index is None:
                return FetchResult(
                    url=url,
                    final_url=final,
                    redirect_chain=chain,
                    status=404,
                    error=fetch_error("no-index"),
                )
            path = index
            if not self._inside(path):
                return FetchResult(url=url, final_url=final, status=403, error=OUTSIDE)
            try:
                st = path.stat()
            except OSError:
                return FetchResult(
                    url=url, final_url=final, status=403, error=fetch_error("no-read-permission")
                )
        if not stat.S_ISREG(st.st_mode):
            return FetchResult(
                url=url, final_url=url, status=403, error=fetch_error("not-a-regular-file")
            )
        room = self.budget.take(min(st.st_size, self.max_bytes))
        if room is None:
            return self._over_budget(url)
        try:
            with path.open("rb") as fh:
                body = fh.read(min(self.max_bytes + 1, room))
            self.budget.spend(len(body))
        except PermissionError:
            return FetchResult(
                url=url, final_url=url, status=403, error=fetch_error("no-read-permission")
            )
        except OSError as exc:
            return FetchResult(
                url=url, final_url=url, status=403, error=fetch_error("unreadable", detail=str(exc))
            )
        return self._ok(url, final, chain, path.name, body, st.st_mtime)

    def _ok(
        self, url: str, final: str, chain: list[str], name: str, body: bytes, mtime: float
    ) -> FetchResult:
        truncated = len(body) > self.max_bytes
        ctype = _content_type(name)
        return FetchResult(
            url=url,
            final_url=final,
            redirect_chain=chain,
            status=200,
            headers={
                "last-modified": formatdate(mtime, usegmt=True),
                "content-type": ctype,
                "content-length": str(min(len(body), self.max_bytes)),
            },
            content_type=ctype,
            body=body[: self.max_bytes],
            truncated=truncated,
        )

    def _find_index(self, folder: Path) -> Path | None:
        try:
            present = {e.name.lower(): Path(e.path) for e in os.scandir(folder)}
        except OSError:
            return None
        for name in DEFAULT_INDEX_NAMES:
            if name in present:
                return present[name]
        return None

    def _case_insensitive(self, names: list[str]) -> Path | None:
        """Links on pages from Windows servers often differ in case from the file names."""
        path = self.root
        for name in names:
            try:
                match = [e for e in os.scandir(path) if e.name.lower() == name.lower()]
            except OSError:
                return None
            if not match:
                return None
            path = Path(match[0].path)
        return path

    def _fetch_zip(self, url: str, names: list[str]) -> FetchResult:
        key = "/".join(names)
        chain: list[str] = []
        final = url
        info = self._members.get(key) or self._zip_case_insensitive(key)
        if info is None:
            prefix = key + "/" if key else ""
            if key.lower() not in self._zip_dirs:
                return FetchResult(
                    url=url, final_url=url, status=404, error=fetch_error("not-found")
                )
            dir_url = self._url_for(names) + ("/" if names else "")
            if dir_url != url:
                chain, final = [url], dir_url
            for index in DEFAULT_INDEX_NAMES:
                info = self._members.get(prefix + index) or self._zip_case_insensitive(
                    prefix + index
                )
                if info is not None:
                    break
            if info is None:
                return FetchResult(
                    url=url,
                    final_url=final,
                    redirect_chain=chain,
                    status=404,
                    error=fetch_error("no-index"),
                )
        assert self._zip is not None
        if stat.S_ISLNK(info.external_attr >> 16):
            return FetchResult(url=url, final_url=final, status=403, error=ZIP_LINK)
        if looks_like_bomb(info.compress_size, info.file_size):
            return FetchResult(url=url, final_url=final, status=403, error=ZIP_BOMB)
        room = self.budget.take(min(info.file_size, self.max_bytes))
        if room is None:
            return self._over_budget(url)
        try:
            with self._lock, self._zip.open(info) as fh:
                body = fh.read(min(self.max_bytes + 1, room))
            self.budget.spend(len(body))
        except (OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError) as exc:
            return FetchResult(
                url=url,
                final_url=final,
                status=403,
                error=fetch_error("unreadable", detail=str(exc)),
            )
        mtime = calendar.timegm((*info.date_time, 0, 0, 0))
        return self._ok(url, final, chain, info.filename, body, mtime)

    @staticmethod
    def _over_budget(url: str) -> FetchResult:
        """Not read: stays queued for a later session with a larger budget."""
        return FetchResult(url=url, final_url=url, error=fetch_error("read-limit"), aborted=True)

    def _zip_case_insensitive(self, key: str) -> zipfile.ZipInfo | None:
        return self._members_lower.get(key.lower())
