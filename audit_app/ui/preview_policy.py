"""What the page preview may load and show, as plain functions (no Qt).

The preview shows the stored snapshot of a page and nothing else. It may load the old
intranet's own resources, meaning the same scheme, host *and* port as the page, or none.
Three layers keep it there, each testable on its own:

- ``sanitise_snapshot`` rewrites the stored HTML before it is shown. It is the only guard
  against ``<link rel=preconnect>`` and friends: Chromium opens those connections below the
  request interceptor, and no engine switch in Qt WebEngine 6.12 stops them.
- ``is_request_allowed`` is what the WebEngine request interceptor asks for every request:
  inline data, or the page's own origin under the app's own ``intranet:`` scheme. Chromium
  never fetches anything over the network itself; ``preview_resources`` fetches the own
  origin's style sheets and images for it and hands over the body alone, so no response
  header of the old server (``Link: rel=preconnect``) reaches the browser engine.
- ``navigation_allowed`` is what the page asks before any navigation (meta refresh, a
  clicked link, a form, a frame): only the snapshot the app itself loads is accepted.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from urllib.parse import SplitResult, urljoin, urlsplit

import lxml.etree
import lxml.html

Origin = tuple[str, str, int]

DEFAULT_PORTS = {"http": 80, "https": 443}
INLINE_SCHEMES = frozenset({"data", "about"})
# The preview's own scheme: intranet://host:port/path stands for the page's origin.
LOCAL_SCHEME = "intranet"
LOCAL_DEFAULT_PORT = 80

# <link rel> values that make a browser contact a server before anything needs it.
RESOURCE_HINTS = frozenset(
    {"preconnect", "dns-prefetch", "prefetch", "prerender", "preload", "modulepreload"}
)
# Elements that open a nested page, whose HTML would come live from a server unsanitised.
# Frames go with what is inside them (never shown); plugins leave their fallback content.
NESTED_PAGES = ("iframe", "frame", "frameset", "portal", "fencedframe")
PLUGINS = ("object", "embed", "applet")
_DOCTYPE = re.compile(r"^\ufeff?\s*(<\?xml[^>]*>\s*)?<!doctype", re.IGNORECASE)
_SAFE_HOST = re.compile(r"^[a-z0-9.\-]+$|^\[[0-9a-f:.]+\]$")


def origin_of(url: str) -> Origin | None:
    """Scheme, host and port of an http(s) URL (default ports filled in); None otherwise."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in DEFAULT_PORTS or not host:
        return None
    return scheme, host, port if port is not None else DEFAULT_PORTS[scheme]


def _host_in_url(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _path_and_query(parts: SplitResult) -> str:
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def local_address(url: str) -> str | None:
    """``http(s)://host:port/path`` as the preview's ``intranet://host:port/path``."""
    origin = origin_of(url)
    if origin is None:
        return None
    _scheme, host, port = origin
    return f"{LOCAL_SCHEME}://{_host_in_url(host)}:{port}{_path_and_query(urlsplit(url.strip()))}"


def _local_origin(url: str) -> tuple[str, int] | None:
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() != LOCAL_SCHEME or not parts.hostname or parts.username:
        return None
    return parts.hostname.lower(), port if port is not None else LOCAL_DEFAULT_PORT


def remote_address(url: str, page_url: str | None) -> str | None:
    """The old intranet's address behind an ``intranet:`` one, if it is the page's origin."""
    own = origin_of(page_url) if page_url else None
    if own is None or _local_origin(url) != (own[1], own[2]):
        return None
    scheme, host, port = own
    shown_port = "" if port == DEFAULT_PORTS[scheme] else f":{port}"
    return f"{scheme}://{_host_in_url(host)}{shown_port}{_path_and_query(urlsplit(url.strip()))}"


def is_request_allowed(url: str, page_url: str | None) -> bool:
    """May the preview of *page_url* load *url*? Inline data, or the page's own origin under
    the ``intranet:`` scheme (which the app fetches itself); never the network directly."""
    scheme = urlsplit(url).scheme.lower()
    if scheme in INLINE_SCHEMES:
        return True
    return remote_address(url, page_url) is not None


def navigation_allowed(url: str, *, typed: bool, main_frame: bool) -> bool:
    """Only the snapshot the app loads itself (``setHtml`` is a typed ``data:`` load).

    Meta refreshes, clicked links, forms, redirects and every frame inside the page are
    refused, so the preview keeps showing the snapshot and never a live or blocked page.
    """
    return main_frame and typed and urlsplit(url).scheme.lower() == "data"


def _rel_tokens(element: lxml.html.HtmlElement) -> set[str]:
    return set(html.unescape(element.get("rel") or "").lower().split())


def _is_foreign(href: str | None, base: str, own: Origin | None) -> bool:
    if href is None:
        return False
    target = urljoin(base, html.unescape(href).strip())
    if urlsplit(target).scheme.lower() in INLINE_SCHEMES:
        return False
    return own is None or origin_of(target) != own


def _localiser(own: Origin | None) -> Callable[[str], str]:
    """Absolute addresses of the page's own origin become ``intranet:`` ones; the rest stays
    (relative addresses resolve against the ``intranet:`` base the preview sets)."""

    def localise(link: str) -> str:
        if own is not None and origin_of(link) == own:
            return local_address(link) or link
        return link

    return localise


def content_security_policy(own: Origin | None) -> str:
    """A second line behind the interceptor: the page's own origin for images, styles and
    fonts; no scripts, frames, forms or fetches."""
    source = "'none'"
    if own is not None and _SAFE_HOST.match(own[1]):
        _scheme, host, port = own
        source = f"{LOCAL_SCHEME}://{host}:{port}"
    extra = "" if source == "'none'" else f" {source}"
    return (
        "default-src 'none';"
        f" img-src data:{extra}; style-src 'unsafe-inline'{extra}; font-src data:{extra};"
        f" media-src{extra or ' data:'}; base-uri {source}; form-action 'none';"
        " script-src 'none'; frame-src 'none'; object-src 'none'; connect-src 'none'"
    )


def sanitise_snapshot(markup: str, page_url: str) -> str:
    """The stored HTML with everything removed that would contact or show another server.

    The markup is parsed and written out again, so the browser reads exactly the elements
    kept here (no parser tricks survive the round trip). Removed: resource hints (all of
    them; they only speed things up), links and bases pointing elsewhere, meta refresh and
    DNS-prefetch control, scripts and every nested page. Added: DNS prefetching off and a
    content security policy for the page's own origin.
    """
    own = origin_of(page_url)
    try:
        parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
        doc = lxml.html.document_fromstring(markup.encode("utf-8", "replace"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return ""
    base = page_url
    for element in list(doc.iter("base")):
        if _is_foreign(element.get("href"), page_url, own):
            element.drop_tree()
        elif element.get("href") is not None and base == page_url:
            base = urljoin(page_url, html.unescape(element.get("href") or ""))
    for element in list(doc.iter("link")):
        if _rel_tokens(element) & RESOURCE_HINTS or _is_foreign(element.get("href"), base, own):
            element.drop_tree()
    for element in list(doc.iter("meta")):
        if html.unescape(element.get("http-equiv") or "").strip().lower() in (
            "refresh",
            "x-dns-prefetch-control",
            "content-security-policy",
            "set-cookie",
        ):
            element.drop_tree()
    for element in list(doc.iter("script", *NESTED_PAGES)):
        element.drop_tree()
    for element in list(doc.iter(*PLUGINS)):
        element.drop_tag()
    for element in doc.iter("a", "area"):
        element.attrib.pop("ping", None)
    doc.rewrite_links(_localiser(own), resolve_base_href=False)
    for element in doc.iter("base"):
        if element.get("href") is not None:
            element.set("href", _localiser(own)(urljoin(page_url, element.get("href") or "")))
    head = doc.find("head")
    if head is None:
        head = lxml.html.Element("head")
        doc.insert(0, head)
    policy = lxml.html.Element("meta")
    policy.set("http-equiv", "Content-Security-Policy")
    policy.set("content", content_security_policy(own))
    no_dns = lxml.html.Element("meta")
    no_dns.set("http-equiv", "x-dns-prefetch-control")
    no_dns.set("content", "off")
    head.insert(0, no_dns)
    head.insert(0, policy)
    # lxml invents a doctype when there was none; keep the page's own rendering mode.
    declared = _DOCTYPE.search(markup[:4096])
    doctype = doc.getroottree().docinfo.doctype if declared else None
    return str(lxml.html.tostring(doc, encoding="unicode", method="html", doctype=doctype))
