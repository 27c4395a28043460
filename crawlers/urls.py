"""A page's identity is its normalised URL, so every URL the crawler meets passes through here.

Two steps, kept apart on purpose: ``normalise`` only rewrites what cannot change which resource a
server returns (case of scheme and host, default port, escapes, dot segments, session ids), while
``canonical`` applies the riskier, intranet-specific guesses (index files, print versions, the
order of query parameters, case) and says which guess it made, so the engine can record the
alias with its reason.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

DEFAULT_SESSION_PARAMS: frozenset[str] = frozenset(
    {
        "sid",
        "sessid",
        "sessionid",
        "session_id",
        "session",
        "phpsessid",
        "jsessionid",
        "aspsessionid*",  # trailing * = prefix match (ASPSESSIONIDQQGGTB)
        "cfid",
        "cftoken",
        "cfsid",
        "zenid",
        "oscsid",
        "s_sid",
        "wt.mc_id",
    }
)

DEFAULT_INDEX_NAMES: tuple[str, ...] = (
    "index.html",
    "index.htm",
    "index.shtml",
    "index.php",
    "index.asp",
    "index.aspx",
    "index.jsp",
    "index.cfm",
    "default.htm",
    "default.html",
    "default.asp",
    "default.aspx",
    "welcome.html",
    "welcome.htm",
    "home.html",
    "home.htm",
)

DOCUMENT_EXTENSIONS: frozenset[str] = frozenset(
    {
        ".pdf",
        ".doc",
        ".docx",
        ".docm",
        ".dot",
        ".dotx",
        ".xls",
        ".xlsx",
        ".xlsm",
        ".ppt",
        ".pptx",
        ".pps",
        ".ppsx",
        ".rtf",
        ".odt",
        ".ods",
        ".odp",
        ".csv",
        ".txt",
        ".vsd",
        ".vsdx",
        ".msg",
        ".pub",
    }
)

_SCHEMES = ("http", "https", "file")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_UNRESERVED = frozenset(string.ascii_letters + string.digits + "-._~")
# Characters that mean the same in a path whether escaped or not; ";" and "/" are left escaped.
_PATH_DECODE = _UNRESERVED | frozenset("!$'()*,:@&=+")
_QUERY_DECODE = _UNRESERVED
_LITERAL_OK = _UNRESERVED | frozenset("!$&'()*+,;=:@/?")
_HEX = frozenset(string.hexdigits)
_PLAIN = re.compile(r"[A-Za-z0-9\-._~!$&'()*+,;=:@/?]*")
_HOST = re.compile(r"[a-z0-9_.-]+")

_PRINT_FLAG_PARAMS = frozenset(
    {
        "print",
        "printversie",
        "printversion",
        "printable",
        "printview",
        "print_view",
        "printerfriendly",
        "printer_friendly",
        "printer-friendly",
        "afdrukken",
        "afdrukversie",
    }
)
_PRINT_TRUE = frozenset({"", "1", "true", "ja", "j", "yes", "y", "on", "print"})
_PRINT_VALUE_PARAMS = frozenset(
    {"format", "view", "layout", "mode", "output", "template", "type", "versie", "version", "style"}
)
_PRINT_VALUES = frozenset({"print", "printable", "printversie", "afdrukken", "printer"})
_PRINT_SEGMENTS = frozenset(
    {"print", "printversie", "printversion", "printable", "afdrukken", "afdrukversie"}
)
_PRINT_SUFFIXES = ("_print", "-print", ".print", "_printversie", "-printversie", "_afdrukken")


@functools.lru_cache(maxsize=16)
def _prefixes(session_params: frozenset[str]) -> tuple[str, ...]:
    return tuple(p[:-1] for p in session_params if p.endswith("*"))


def _is_session_param(name: str, session_params: frozenset[str]) -> bool:
    low = (unquote(name) if "%" in name else name).lower()
    if low in session_params:
        return True
    prefixes = _prefixes(session_params)
    return bool(prefixes) and low.startswith(prefixes)


def _norm_escapes(text: str, decode_ok: frozenset[str]) -> str | None:
    """Escapes in one consistent form; None when an escape is broken beyond guessing.

    A ``%`` not followed by any hex digit is a literal percent sign (as browsers read it); a ``%``
    with exactly one hex digit could mean either, so it is refused.
    """
    if "%" not in text and _PLAIN.fullmatch(text):
        return text
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "%":
            h1 = text[i + 1] if i + 1 < n else ""
            h2 = text[i + 2] if i + 2 < n else ""
            if h1 in _HEX and h1 and h2 in _HEX and h2:
                char = chr(int(h1 + h2, 16))
                out.append(char if char in decode_ok else "%" + (h1 + h2).upper())
                i += 3
                continue
            if h1 and h1 in _HEX:
                return None
            out.append("%25")
        elif ch in _LITERAL_OK:
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))
        i += 1
    return "".join(out)


def _remove_dot_segments(path: str) -> str:
    segments = path.split("/")
    out: list[str] = []
    for seg in segments[1:] if path.startswith("/") else segments:
        if seg == ".":
            continue
        if seg == "..":
            if out:
                out.pop()
            continue
        out.append(seg)
    result = "/" + "/".join(out)
    if segments[-1] in (".", "..") and not result.endswith("/"):
        result += "/"
    return result


@functools.lru_cache(maxsize=1024)
def _norm_host(hostname: str) -> str | None:
    host = hostname.rstrip(".")
    if not host:
        return ""
    if ":" in host:  # IPv6 literal
        return "[" + host.lower() + "]"
    labels = []
    for label in host.split("."):
        if label.isascii():
            labels.append(label.lower())
        else:
            try:
                labels.append(label.encode("idna").decode("ascii").lower())
            except UnicodeError:
                labels.append("xn--" + label.lower().encode("punycode").decode("ascii"))
    result = ".".join(labels)
    if any(not lab or len(lab) > 63 for lab in result.split(".")):
        return None
    if not _HOST.fullmatch(result):
        return None
    return result


def _norm_path(path: str, session_params: frozenset[str]) -> str | None:
    norm = _norm_escapes(path, _PATH_DECODE)
    if norm is None:
        return None
    if ";" in norm:
        segments = []
        for seg in norm.split("/"):
            head, *params = seg.split(";")
            kept = [p for p in params if not _is_session_param(p.split("=", 1)[0], session_params)]
            segments.append(";".join([head, *kept]))
        norm = "/".join(segments)
    if not norm.startswith("/"):
        norm = "/" + norm
    return _remove_dot_segments(norm)


def _norm_query(query: str, session_params: frozenset[str]) -> str | None:
    items: list[tuple[str, str]] = []
    for piece in query.split("&"):
        if not piece:
            continue
        name, eq, value = piece.partition("=")
        if _is_session_param(name, session_params):
            continue
        n = _norm_escapes(name, _QUERY_DECODE)
        v = _norm_escapes(value, _QUERY_DECODE)
        if n is None or v is None:
            return None
        items.append((n, eq + v))
    return "&".join(n + v for n, v in items)  # in the linked order: that is what is fetched


def normalise(url: str, *, session_params: frozenset[str] = DEFAULT_SESSION_PARAMS) -> str | None:
    """The one form of an absolute http(s) or file URL we store; None for anything else.

    A user name or password in the address (``http://user:pass@host/``) is dropped: the stored
    form is a page's identity and ends up in every export, so it must never carry a secret."""
    try:
        return _normalise_cached(url, session_params)
    except TypeError:  # an unhashable argument: not cached, and still never raises
        return _normalise_safe(url, session_params)


def _normalise_safe(url: str, session_params: frozenset[str]) -> str | None:
    try:
        return _normalise(url, session_params)
    except Exception:  # contract: never raises; a bad URL is simply not a page
        return None


# A site's menus repeat the same addresses on every page (10 links per distinct address on the
# benchmark site), and the crawl normalises each link in the parser, the scope and the identity.
# The result depends on the arguments alone, so it is kept per process for recent addresses.
_normalise_cached = functools.lru_cache(maxsize=1 << 15)(_normalise_safe)


def _normalise(url: str, session_params: frozenset[str]) -> str | None:
    url = url.strip().replace("\t", "").replace("\n", "").replace("\r", "")
    cut = min((i for i in (url.find("?"), url.find("#")) if i >= 0), default=len(url))
    url = url[:cut].replace("\\", "/") + url[cut:]
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in _SCHEMES:
        return None
    host = _norm_host(parts.hostname or "")
    if host is None:
        return None
    if scheme == "file":
        if host == "localhost":
            host = ""
        netloc = host
    else:
        if not host:
            return None
        port = parts.port
        netloc = host
        if port is not None and port != _DEFAULT_PORTS[scheme]:
            netloc = f"{host}:{port}"
    path = _norm_path(parts.path or "/", session_params)
    if path is None:
        return None
    query = _norm_query(parts.query, session_params)
    if query is None:
        return None
    return f"{scheme}://{netloc}{path}" + (f"?{query}" if query else "")


_NO_SESSION_PARAMS: frozenset[str] = frozenset()


def session_spelling(url: str, norm: str | None) -> str | None:
    """The linked spelling of ``url`` when its normal form ``norm`` dropped a session id, else
    None. Identity strips session ids; what is fetched must still be a spelling someone linked,
    so a page linked only as ``page.asp?ASPSESSIONID=…`` is asked for as linked."""
    if norm is None or ("?" not in url and ";" not in url):
        return None
    full = normalise(url, session_params=_NO_SESSION_PARAMS)
    return full if full is not None and full != norm else None


def _strip_print_query(query: str) -> str:
    kept = []
    for piece in query.split("&") if query else []:
        name, _, value = piece.partition("=")
        n, v = unquote(name).lower(), unquote(value).lower()
        if n in _PRINT_FLAG_PARAMS and v in _PRINT_TRUE:
            continue
        if n in _PRINT_VALUE_PARAMS and v in _PRINT_VALUES:
            continue
        kept.append(piece)
    return "&".join(kept)


def _strip_print_path(path: str) -> str:
    segments = path.split("/")
    last = segments[-1]
    inner = [s for s in segments[1:-1] if s.lower() not in _PRINT_SEGMENTS]
    if last.lower() in _PRINT_SEGMENTS:
        return "/" + "/".join(inner) if inner else "/"
    stem, dot, ext = last.rpartition(".")
    if not dot:
        stem, ext = last, ""
    for suffix in _PRINT_SUFFIXES:
        if stem.lower().endswith(suffix) and len(stem) > len(suffix):
            last = stem[: -len(suffix)] + (dot + ext if dot else "")
            break
    return "/" + "/".join([*inner, last])


def canonical(
    url: str,
    *,
    case_insensitive: bool = False,
    index_names: Iterable[str] = DEFAULT_INDEX_NAMES,
) -> tuple[str, str | None]:
    """Map an alias (index file, print version, other letter case) to the page it shows.

    Expects a normalised URL. The reason names the first rule that applied, in the order
    print-version, index-file, query-order, case; None means the URL is already the page itself.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return url, None
    path, query = parts.path or "/", parts.query
    reason: str | None = None

    new_query = _strip_print_query(query)
    new_path = _strip_print_path(path)
    if new_query != query or new_path != path:
        reason = "print-version"
    path, query = new_path, new_query

    last = path.rsplit("/", 1)[-1]
    names = {n.lower() for n in index_names} if case_insensitive else set(index_names)
    if not query and last and (last.lower() if case_insensitive else last) in names:
        path = path[: -len(last)]
        reason = reason or "index-file"

    ordered = _sorted_query(query)
    if ordered != query:
        query = ordered
        reason = reason or "query-order"

    if case_insensitive and path != path.lower():
        path = _lower_keep_escapes(path)
        reason = reason or "case"

    if reason is None:
        return url, None
    rebuilt = f"{parts.scheme}://{parts.netloc}{path}" + (f"?{query}" if query else "")
    return normalise(rebuilt) or rebuilt, reason


def _sorted_query(query: str) -> str:
    """The parameters in one order: ``?maand=1&jaar=2009`` and ``?jaar=2009&maand=1`` are one
    page, but only the order a page linked is ever asked for."""
    pieces = [p for p in query.split("&") if p] if query else []
    if len(pieces) < 2:
        return query
    return "&".join(sorted(pieces, key=lambda p: (p.partition("=")[0], p.partition("=")[2])))


def _lower_keep_escapes(path: str) -> str:
    """Lower-case letters but keep escapes upper-case, so the result is still normalised."""
    out = path.lower()
    pieces = out.split("%")
    return pieces[0] + "".join("%" + p[:2].upper() + p[2:] for p in pieces[1:])


def is_document_url(url: str) -> bool:
    """Office documents, PDFs and the like: crawled for metadata, never parsed as HTML."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return False
    last = unquote(path.rsplit("/", 1)[-1]).lower()
    dot = last.rfind(".")
    return dot > 0 and last[dot:] in DOCUMENT_EXTENSIONS


def split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """``url`` without its user name and password, and those two (percent-decoded).

    ``http://jan:geheim@intranet/`` is how some people hand a crawler a login; the crawler uses
    it as the login and stores only ``http://intranet/``."""
    try:
        parts = urlsplit(url)
        if "@" not in parts.netloc:
            return url, None, None
        userinfo, _, hostport = parts.netloc.rpartition("@")
    except ValueError:
        return url, None, None
    user, has_pw, password = userinfo.partition(":")
    clean = parts._replace(netloc=hostport).geturl()
    return clean, unquote(user) or None, unquote(password) if has_pw else None
