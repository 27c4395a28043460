"""Fetching over HTTP(S) with requests, shaped for a long unattended crawl of an old intranet.

The fetcher never raises: whatever goes wrong becomes a ``FetchResult`` whose ``error`` is a
code with its facts (crawlers/fetch_errors.py), worded by the app and the exports. It follows
redirects itself so the chain is recorded (the audit needs old-to-new URL maps) and loops are
caught, streams bodies so one huge file cannot eat the laptop's memory, and retries only what
may succeed later (5xx, 429, time-outs, dropped connections).
"""

from __future__ import annotations

import os
import socket
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.auth import AuthBase
from requests.utils import get_netrc_auth, select_proxy, should_bypass_proxies

from crawlers.auth import AuthConfig, load_cookies, make_auth
from crawlers.deadline import Watch, Watchdog, WatchedAdapter
from crawlers.fetch_errors import fetch_error, with_params
from crawlers.model import FetchResult
from crawlers.negotiate import NegotiateError
from crawlers.tls import system_trust_context
from crawlers.urls import normalise, split_credentials

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
OFFSITE_ERROR = fetch_error("offsite")  # another website, outside the crawl's scope


@dataclass
class FetchConfig:
    timeout: float = 15.0  # seconds to connect and between bytes read
    # seconds for one address in all (connect, redirects, retries, every byte); None: 6 x timeout
    total_timeout: float | None = None
    retries: int = 2  # extra attempts after the first, for retryable failures only
    backoff: float = 0.5  # seconds before the first retry, doubled each time
    max_bytes: int = 20_000_000
    user_agent: str = "content-audit/0.1 (+intranet audit)"
    verify_tls: bool = True
    ca_file: str | None = None  # an extra authority (PEM) to trust besides the system's
    proxy: str | None = None  # None: the system's proxy settings (environment, Windows registry)
    max_redirects: int = 10
    auth: AuthConfig = field(default_factory=AuthConfig)
    # Which hosts a redirect may lead to; None allows all (a lone fetcher in tests). The crawl
    # passes its scope: a redirect elsewhere is recorded as the answer, never requested.
    may_contact: Callable[[str], bool] | None = None


@dataclass
class _Hop:
    """One answered request (after retries): either a response or an error."""

    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    truncated: bool = False
    location: str | None = None
    error: str | None = None
    retryable: bool = False
    attempts: int = 1
    offsite: bool = False  # a redirect to a host outside the crawl, not followed


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    mime, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return (mime.strip().lower() or None), charset


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and all it wraps: urllib3 hides the socket error several levels down."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        cur = todo.pop()
        if cur is None or any(cur is s for s in seen) or len(seen) > 20:
            continue
        seen.append(cur)
        todo.extend([cur.__cause__, cur.__context__, getattr(cur, "reason", None)])
        todo.extend(a for a in cur.args if isinstance(a, BaseException))
    return seen


class HttpFetcher:
    """Thread-safe: each crawl thread gets its own requests.Session (cookies, auth, pool)."""

    def __init__(self, config: FetchConfig) -> None:
        self.config = config
        make_auth(config.auth)  # fail now, with a Dutch message, not in a worker thread
        if not config.verify_tls:
            # the user chose this for an internal certificate; one warning per request is noise
            urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
        jar = load_cookies(config.auth.cookies_file) if config.auth.cookies_file else None
        # cookies from a bare "a=1; b=2" line know no domain: send them to the crawled host only
        self._loose_cookies = {c.name: c.value or "" for c in jar or [] if not c.domain}
        self._cookies = [c for c in jar or [] if c.domain]
        self._local = threading.local()
        self._lock = threading.Lock()
        self._sessions: list[requests.Session] = []
        # What requests would look up in the environment on every request (CA bundle, proxies,
        # .netrc: 5% of a crawl's CPU), read once here and per host.
        self._verify: bool | str = config.verify_tls and (
            config.ca_file
            or os.environ.get("REQUESTS_CA_BUNDLE")
            or os.environ.get("CURL_CA_BUNDLE")
            or True
        )
        self._ssl_context = system_trust_context() if config.verify_tls else None
        if config.proxy:
            self._proxies = {"http": config.proxy, "https": config.proxy}
            self._no_proxy: str | None = None
        else:
            self._proxies = {k: v for k, v in urllib.request.getproxies().items() if k != "no"}
            self._no_proxy = os.environ.get("no_proxy") or os.environ.get("NO_PROXY")
        self._per_host: dict[str, tuple[dict[str, str] | None, tuple[str, str] | None]] = {}
        self._watchdog = Watchdog()
        self.total_timeout = config.total_timeout or config.timeout * 6

    def _session(self) -> tuple[requests.Session, AuthBase | None]:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.trust_env = False  # the environment is read once, in __init__
            adapter = WatchedAdapter(
                pool_connections=4, pool_maxsize=16, max_retries=0, ssl_context=self._ssl_context
            )
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            session.headers["User-Agent"] = self.config.user_agent
            session.verify = self._verify
            session.max_redirects = self.config.max_redirects
            for cookie in self._cookies:
                session.cookies.set_cookie(cookie)
            self._local.session = session
            self._local.auth = make_auth(self.config.auth)
            with self._lock:
                self._sessions.append(session)
        return session, self._local.auth

    def abort(self) -> None:
        """Abandon the fetches in flight within moments and refuse new ones: the crawl stops.
        Their results say ``aborted``, so the crawl keeps them queued for the next run."""
        self._watchdog.abort()

    def close(self) -> None:
        self._watchdog.close()
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()

    def fetch(self, url: str) -> FetchResult:
        start = time.monotonic()
        with self._watchdog.watch(self.total_timeout) as watch:
            try:
                result = self._fetch(url, watch)
            except Exception as exc:  # contract: never raises
                result = FetchResult(
                    url=url, final_url=url, error=fetch_error("unexpected", detail=repr(exc))
                )
            if watch.aborted:
                result = FetchResult(
                    url=url, final_url=url, error=fetch_error("aborted"), aborted=True
                )
        result.elapsed_ms = int((time.monotonic() - start) * 1000)
        return result

    def _fetch(self, url: str, watch: Watch) -> FetchResult:
        may = self.config.may_contact
        if may is not None and not may(normalise(url) or url):
            # the last line of defence: whatever asked (a sitemap, robots.txt), no request
            return FetchResult(url=url, final_url=url, error=OFFSITE_ERROR)
        session, auth = self._session()
        origin = urlsplit(url).netloc.lower()
        chain: list[str] = []
        # Old Java/ASP servers redirect /page to /page;jsessionid=... once to set a cookie, so
        # a normalised URL may come back; only an exact repeat, or a third visit, is a loop.
        seen_exact = {url}
        visits = {normalise(url) or url: 1}
        current = url
        for _ in range(self.config.max_redirects + 1):
            same_host = urlsplit(current).netloc.lower() == origin
            hop_auth = auth if same_host else None
            cookies = self._loose_cookies if same_host else None
            hop = self._with_retries(session, current, hop_auth, cookies, watch)
            if hop.location is None:
                return self._result(url, current, chain, hop, auth_sent=hop_auth is not None)
            chain.append(current)
            # a login in a Location header is neither used nor stored
            target = split_credentials(urljoin(current, hop.location))[0]
            key = normalise(target)
            if key is None:
                hop.error = fetch_error("redirect-unusable", location=hop.location)
                return self._result(url, current, chain, hop, auth_sent=False)
            if may is not None and not may(key):
                hop.offsite = True  # recorded: this status, and where it points
                return self._result(url, target, chain, hop, auth_sent=False)
            visits[key] = visits.get(key, 0) + 1
            if target in seen_exact or visits[key] > 2:
                hop.error = fetch_error("redirect-loop")
                return self._result(url, target, chain, hop, auth_sent=False)
            seen_exact.add(target)
            current = target
        last = _Hop(error=fetch_error("too-many-redirects", max=self.config.max_redirects))
        return self._result(url, current, chain, last, auth_sent=False)

    def _result(
        self, url: str, final: str, chain: list[str], hop: _Hop, *, auth_sent: bool
    ) -> FetchResult:
        content_type, charset = _content_type(hop.headers.get("content-type"))
        error, retryable = hop.error, hop.retryable
        if error is None and hop.status is not None and hop.status >= 400:
            error, retryable = self._status_error(hop.status, auth_sent, hop.attempts)
        return FetchResult(
            url=url,
            final_url=final,
            redirect_chain=chain,
            status=hop.status,
            headers=hop.headers,
            content_type=content_type,
            charset=charset,
            body=hop.body,
            truncated=hop.truncated,
            error=error,
            retryable=retryable,
            offsite_redirect=hop.offsite,
        )

    def _status_error(self, status: int, auth_sent: bool, attempts: int) -> tuple[str, bool]:
        retries = attempts - 1
        if status == 401:
            if auth_sent:
                return fetch_error("login-failed"), False
            return fetch_error("login-required"), False
        if status == 403:
            return fetch_error("forbidden"), False
        if status == 404:
            return fetch_error("not-found", status=404), False
        if status == 410:
            return fetch_error("removed"), False
        if status == 429:
            return fetch_error("too-many-requests", retries=retries), True
        if status >= 500:
            return fetch_error("server-error", status=status, retries=retries), True
        return fetch_error("refused", status=status), False

    def _with_retries(
        self,
        session: requests.Session,
        url: str,
        auth: AuthBase | None,
        cookies: dict[str, str] | None,
        watch: Watch,
    ) -> _Hop:
        attempts = self.config.retries + 1
        hop = _Hop()
        for attempt in range(attempts):
            if attempt:
                pause = self.config.backoff * 2 ** (attempt - 1)
                if time.monotonic() + pause >= watch.deadline:
                    break
                if self._watchdog.aborted.wait(pause):
                    break
            hop = self._once(session, url, auth, cookies, watch)
            hop.attempts = attempt + 1
            if not hop.retryable or watch.fired:
                break
        return hop

    def _once(
        self,
        session: requests.Session,
        url: str,
        auth: AuthBase | None,
        cookies: dict[str, str] | None,
        watch: Watch,
    ) -> _Hop:
        timeout = self.config.timeout
        if watch.fired:
            return self._late(watch)
        try:
            proxies, netrc = self._environment(url)
            resp = session.get(
                url,
                stream=True,
                allow_redirects=False,
                timeout=(timeout, timeout),
                auth=auth or netrc,
                cookies=cookies or None,
                proxies=proxies,
                verify=self._verify,  # per request: --insecure wins over REQUESTS_CA_BUNDLE
            )
        except Exception as exc:
            if watch.fired:
                return self._late(watch)
            error, retryable = self._describe(exc)
            return _Hop(error=error, retryable=retryable)
        with resp:
            hop = _Hop(
                status=resp.status_code,
                headers={k.lower(): v for k, v in resp.headers.items()},
                retryable=resp.status_code >= 500 or resp.status_code == 429,
            )
            if resp.status_code in _REDIRECTS and resp.headers.get("location"):
                hop.location = resp.headers["location"]
                return hop
            try:
                hop.body, hop.truncated = self._read(resp)
            except Exception as exc:
                error, retryable = self._describe(exc)
                hop.error, hop.retryable = with_params(error, during="read"), retryable
            if watch.fired:  # a shut-down socket can look like a normal end: never keep it
                late = self._late(watch)
                late.status, late.headers = hop.status, hop.headers
                return late
            return hop

    def _late(self, watch: Watch) -> _Hop:
        if watch.aborted:
            return _Hop(error=fetch_error("aborted"))
        return _Hop(error=fetch_error("too-slow", seconds=self.total_timeout))

    def _environment(self, url: str) -> tuple[dict[str, str] | None, tuple[str, str] | None]:
        """The proxy (honouring NO_PROXY) and .netrc login for this URL's host, looked up once
        per host."""
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        found = self._per_host.get(key)
        if found is None:
            proxies = None
            if self._proxies and not should_bypass_proxies(url, no_proxy=self._no_proxy):
                proxy = select_proxy(url, self._proxies)
                proxies = {parts.scheme: proxy} if proxy else None
            try:
                netrc = get_netrc_auth(url)
            except Exception:  # an unreadable .netrc is not the crawl's problem
                netrc = None
            found = self._per_host[key] = (proxies, netrc)
        return found

    def _read(self, resp: requests.Response) -> tuple[bytes, bool]:
        """The body up to max_bytes; the rest is never read (the connection is dropped). Memory
        for one answer is bounded by max_bytes plus one chunk, whatever the server claims; the
        watch bounds the time."""
        limit = self.config.max_bytes
        buf = bytearray()
        for chunk in resp.iter_content(_CHUNK):
            room = limit - len(buf)
            if len(chunk) >= room:
                buf += chunk[:room]
                more = len(chunk) > room
                return bytes(buf), more or self._has_more(resp)
            buf += chunk
        return bytes(buf), False

    @staticmethod
    def _has_more(resp: requests.Response) -> bool:
        try:
            return bool(next(resp.iter_content(1), b""))
        except Exception:
            return True

    def _describe(self, exc: BaseException) -> tuple[str, bool]:
        timeout = fetch_error("timeout", seconds=self.config.timeout)
        if isinstance(exc, requests.exceptions.SSLError):
            return fetch_error("certificate"), False
        if isinstance(exc, NegotiateError):
            return fetch_error("negotiate", detail=str(exc)), False
        if isinstance(exc, requests.exceptions.Timeout | TimeoutError):
            return timeout, True
        if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.InvalidSchema):
            return fetch_error("bad-address"), False
        if isinstance(exc, requests.exceptions.MissingSchema | ValueError):
            return fetch_error("bad-address"), False
        causes = _chain(exc)
        text = " ".join(repr(c) for c in causes)
        if any(isinstance(c, socket.gaierror) for c in causes) or "NameResolution" in text:
            return fetch_error("unknown-host"), False
        if any(isinstance(c, ConnectionRefusedError) for c in causes) or "refused" in text:
            return fetch_error("connection-refused"), True
        if any(isinstance(c, socket.timeout | TimeoutError) for c in causes) or "timed out" in text:
            return timeout, True
        if "CERTIFICATE" in text.upper():
            return fetch_error("certificate"), False
        if isinstance(exc, requests.exceptions.ContentDecodingError):
            return fetch_error("decode-failed"), False
        if isinstance(exc, requests.exceptions.RequestException | ConnectionError | OSError):
            return fetch_error("connection-lost"), True
        return fetch_error("unexpected", detail=type(exc).__name__), False
