"""What a crawl is asked to do, in one serialisable object.

The configuration is stored with every crawl run in the project file (so a resumed or repeated
crawl can be compared with the one before), therefore ``to_dict`` must never carry secrets:
passwords come from the environment, the keyring or a prompt each time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from crawlers.read_budget import DEFAULT_MAX_FILES, DEFAULT_MAX_READ
from crawlers.urls import split_credentials

CaseMode = Literal["auto"] | bool

DEFAULT_WORKERS = 8
DEFAULT_USER_AGENT = "content-audit/0.1 (intranet-inventarisatie)"


@dataclass
class CrawlConfig:
    """Everything the engine needs besides the store. Start items are URLs, a sitemap (URL or
    file), a text file of URLs, a folder or a .zip."""

    start: list[str] = field(default_factory=list)
    # scope
    path_prefix: str | None = None
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    extra_hosts: list[str] = field(default_factory=list)
    # limits
    max_pages: int | None = None
    max_depth: int | None = None
    max_seconds: float | None = None
    max_read_bytes: int = DEFAULT_MAX_READ  # a folder or zip source, per session
    max_files: int = DEFAULT_MAX_FILES  # files or zip members opened, per session
    # politeness and speed
    workers: int = DEFAULT_WORKERS
    delay: float = 0.0  # seconds between two requests to the same host
    obey_robots: bool = True
    follow_sitemaps: bool = True
    # fetching
    timeout: float = 10.0
    retries: int = 2
    backoff: float = 0.5
    max_bytes: int = 20 * 1024 * 1024
    user_agent: str = DEFAULT_USER_AGENT
    verify_tls: bool = True
    ca_file: str | None = None  # an extra certificate authority (PEM) besides the system's
    proxy: str | None = None  # None: the system's proxy settings
    max_redirects: int = 10
    auth_method: str | None = None  # basic | digest | ntlm
    auth_user: str | None = None
    cookies_file: str | None = None
    # URL identity
    session_params: list[str] | None = None  # None: crawlers.urls.DEFAULT_SESSION_PARAMS
    case_insensitive: CaseMode = "auto"
    # parsing
    parser_processes: int = 2
    parser_threshold: int = 400  # known URLs before starting them: small crawls parse in-process
    # never stored: filled in at run time
    password: str | None = field(default=None, repr=False, compare=False)

    _SECRET = frozenset({"password"})

    def take_url_credentials(self) -> bool:
        """Move a login written into a start address (``http://jan:geheim@intranet/``) into
        ``auth_user``/``password`` and strip it from every start item, before anything is
        stored or logged. Basic login unless a method was chosen; an explicit user wins.
        True when a start address carried a login."""
        found = False
        clean_items = []
        for item in self.start:
            if not item.strip().lower().startswith(("http://", "https://")):
                clean_items.append(item)
                continue
            clean, user, password = split_credentials(item.strip())
            if user is None and password is None:
                clean_items.append(item)
                continue
            found = True
            clean_items.append(clean)
            if self.auth_user is None or self.auth_user == user:
                self.auth_user = user
                if password is not None and self.password is None:
                    self.password = password
        self.start = clean_items
        if found and self.auth_user and not self.auth_method:
            self.auth_method = "basic"
        return found

    def to_dict(self) -> dict[str, Any]:
        """The configuration without secrets, JSON-ready."""
        out: dict[str, Any] = {}
        for name in self.__dataclass_fields__:
            if name in self._SECRET or name.startswith("_"):
                continue
            value = getattr(self, name)
            out[name] = list(value) if isinstance(value, list | tuple) else value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CrawlConfig:
        """Rebuild a configuration; unknown keys (from newer versions) and secrets are ignored."""
        known = {
            k: v
            for k, v in data.items()
            if k in cls.__dataclass_fields__ and k not in cls._SECRET and not k.startswith("_")
        }
        return cls(**known)

    def same_job(self, other: dict[str, Any]) -> bool:
        """True if a stored run was started for the same start list and scope, so resuming it
        (rather than starting over) is what the user means by running the command again."""
        keys = ("start", "path_prefix", "include", "exclude", "extra_hosts")
        mine = self.to_dict()
        return all(mine.get(k) == other.get(k) for k in keys)
