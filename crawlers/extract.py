"""What one HTML page says: title, main text without menus, links, owner, section, dates.

Runs in the crawl's worker processes for every page, so it is built for speed: one lxml tree,
one walk over it that collects the text and tells menus from content, no BeautifulSoup tree.
It never raises; whatever is odd about a page ends up in ``warnings`` in plain Dutch.
"""

from __future__ import annotations

import functools
import hashlib
import re
import string
import threading
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

import lxml.etree as etree

from crawlers.dates import find_dates
from crawlers.encoding import decode_with_notes, looks_binary
from crawlers.model import Link, PageExtract

_LOCAL = threading.local()


def _parser() -> etree.HTMLParser:
    """One parser per thread: the engine may also extract in its fetcher threads.

    Plain etree elements, not lxml.html's: those cost a Python call per element.
    """
    parser = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = etree.HTMLParser(encoding="utf-8", recover=True, no_network=True, huge_tree=True)
        _LOCAL.parser = parser
    return parser


BLOCK_TAGS = frozenset((
    "p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "blockquote", "pre",
    "div", "tr", "table", "tbody", "thead", "tfoot", "ul", "ol", "dl", "menu", "section",
    "article", "main", "aside", "header", "footer", "nav", "form", "fieldset", "legend",
    "address", "center", "figure", "figcaption", "caption", "body", "html", "br", "hr",
    "frameset", "noframes", "details", "summary", "hgroup",
))  # fmt: skip
SKIP_TAGS = frozenset((
    "script", "style", "noscript", "template", "select", "option", "optgroup", "datalist",
    "textarea", "button", "svg", "math", "head", "title", "object", "embed", "applet", "iframe",
    "map", "canvas", "audio", "video",
))  # fmt: skip
_ALWAYS_BOILERPLATE = frozenset(("nav", "aside"))
_PAGE_PARTS = frozenset(("header", "footer"))
_DENSITY_TAGS = frozenset((
    "td", "th", "div", "ul", "ol", "dl", "menu", "table", "tbody", "tr", "p", "section",
    "center", "font", "span",
))  # fmt: skip
_INLINE_DENSITY = frozenset(("p", "font", "span"))
_HINT_TAGS = _DENSITY_TAGS | {"nav", "header", "footer", "aside", "section", "form", "address"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_HINT = re.compile(
    r"menu|(?<!ca)nav(?!ail)|breadcrumb|crumb|kruimel|footer|voet(?!bal)|sidebar|zijbalk|zijkolom"
    r"|header|banner|toolbar|skiplink|colofon|copyright|sitemap|topbar|bottombar"
)
_CONTENT_HINT = re.compile(r"content|inhoud|artikel|article|main|tekst|text|story|bericht")
_NAV_LINK = re.compile(
    r"\s*(?:«|‹|<<?|←)?\s*(?:home|terug|vorige|volgende|naar\s+boven|top|back|next|previous"
    r"|startpagina|hoofdpagina)\s*(?:»|›|>>?|→|↑)?\s*$",
    re.I,
)
_BREADCRUMB_HINT = re.compile(r"breadcrumb|crumb|kruimel|locatie|youarehere|ubenthier")
_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary", "search", "menu"))
_BREADCRUMB_LEAD = re.compile(
    r"^\s*(?:u\s+bent\s+hier|je\s+bent\s+hier|you\s+are\s+here|locatie|waar\s+ben\s+ik)\s*:?\s*",
    re.I,
)
_BOILERPLATE_LEAD = re.compile(
    r"\s*(?:©|\(c\)\s*\d|copyright\b|alle\s+rechten\s+voorbehouden|all\s+rights\s+reserved"
    r"|u\s+bent\s+hier|je\s+bent\s+hier|you\s+are\s+here)",
    re.I,
)
_CRUMB_SEPARATORS = ("»", "›", "→", ">", "|", "/", "\\", "::")
_CRUMB_ROOTS = frozenset(("home", "start", "intranet", "homepage", "hoofdpagina", "startpagina"))
_OWNER = re.compile(
    r"(?<!\w)(?:contactpersoon|eigenaar|beheerder|auteur|verantwoordelijke|contact|author|owner"
    r"|redacteur|redactie|beheer|beheerd\s+door|maintained\s+by|geschreven\s+door)"
    r"(?:\s*:\s*|(?<=door)\s+|(?<=by)\s+)(?P<who>[^|;()\n]{2,120})",
    re.I,
)
_OWNER_STOP = re.compile(
    r"\s+(?:-|–|—)\s+|,?\s*(?:tel\.?|telefoon|tst\.?|toestel|e-?mail|mail|laatst|gewijzigd"
    r"|bijgewerkt|datum|date|last|updated|versie)(?!\w)",
    re.I,
)
_PUNCTUATION = string.punctuation + "–—…•·‘’“”„«»€£§°±×÷¦¬"
_RAW_SCHEMES = ("javascript:", "mailto:", "tel:", "data:")
_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\"]+)", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _text_of(el: etree._Element) -> str:
    return "".join(el.itertext())


@functools.lru_cache(maxsize=65_536)
def _join(base_dir: str, ref: str) -> str:
    return urljoin(base_dir, ref)


def _resolver(base: str) -> Callable[[str], str]:
    """urljoin against one base, cached per folder: menus repeat the same relative links on
    every page. An address urljoin cannot parse comes back as it was."""
    path_part = base.split("#", 1)[0].split("?", 1)[0]
    base_dir = path_part[: path_part.rindex("/") + 1] if path_part.count("/") >= 3 else None

    def resolve(ref: str) -> str:
        if ref.startswith(("http://", "https://")):
            return ref
        try:
            if base_dir is None or ref.startswith(("?", "#")):
                return urljoin(base, ref)
            return _join(base_dir, ref)
        except ValueError:
            return ref

    return resolve


def absolute(base: str, ref: str) -> str:
    """``ref`` made absolute against ``base`` (as urljoin; an unparsable ref comes back as is)."""
    return _resolver(base)(ref)


def _safe_join(base: str, ref: str) -> str | None:
    """urljoin, or None for an address Python cannot parse (e.g. a broken IPv6 host)."""
    try:
        joined = absolute(base, ref)
        urlsplit(joined)
    except ValueError:
        return None
    return joined


def _hint_of(el: etree._Element) -> str:
    cls = el.get("class")
    ident = el.get("id")
    label = el.get("aria-label")
    if cls is None and ident is None and label is None:
        return ""
    return f"{cls or ''} {ident or ''} {(label or '').replace(' ', '')}".lower()


_BLOCK_MARK = "\ue000"  # private-use character: never meaningful in a page


class _Walk:
    """The page's text in document order, and which stretches of it are boilerplate.

    ``pieces`` holds text and tail strings with a marker at every block edge; a range
    (start, end) of piece indexes covers everything inside one boilerplate element.
    """

    __slots__ = ("crumbs", "dense", "headings", "marked", "pieces")

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.marked: list[tuple[int, int]] = []  # by tag, role, class/id hint or lead text
        self.dense: list[tuple[int, int]] = []  # mostly link text: menus of table layouts
        self.headings: list[tuple[int, str, int]] = []  # level, text, piece index
        # short breadcrumb candidates by class/id/aria-label: element, first and end piece
        self.crumbs: list[tuple[etree._Element, int, int]] = []


def _walk(root: etree._Element) -> _Walk:
    """One pass over the tree: text pieces, plus text, link text and links per element.

    Menus are told from content by link density (table-layout menus have no class names),
    by tag (nav, aside, page header/footer), by role, by class/id hints and by text ("U bent
    hier" at the start, "©" anywhere in a short element). A class or id hint alone does not
    condemn an element holding 200 characters and two fifths or more of the page's text: that
    is a wrapper around the content. Inside article,
    main or an element whose class/id says content (inhoud, artikel, tekst), link lists
    ("Zie ook") are content. Expects scripts, styles and comments already stripped.
    """
    walk = _Walk()
    pieces = walk.pieces
    append = pieces.append
    mark = _BLOCK_MARK
    hinted: list[tuple[int, int, int]] = []
    # chars, link chars, links, kind, first piece, has "©", breadcrumb candidate
    stack: list[list[int]] = [[0, 0, 0, 0, 0, 0, 0]]
    block_tags, density_tags, hint_tags = BLOCK_TAGS, _DENSITY_TAGS, _HINT_TAGS
    heading_levels, lead_match = _HEADINGS, _BOILERPLATE_LEAD.match
    content_depth = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        if event == "start":
            kind = 0  # 1: hinted as boilerplate, 2: content container, 3: role, 4: lead text
            crumb = 0
            if tag == "article" or tag == "main":
                kind = 2
            elif tag in hint_tags and el.attrib:
                role = el.get("role")
                if role and role.lower() in _ROLES:
                    kind = 3
                else:
                    hint = _hint_of(el)
                    if hint:
                        if _BREADCRUMB_HINT.search(hint):
                            crumb = 1
                        if _HINT.search(hint):
                            kind = 1
                        elif _CONTENT_HINT.search(hint):
                            kind = 2
            if kind == 2:
                content_depth += 1
            if tag in block_tags:
                append(mark)
            level = heading_levels.get(tag)
            if level:
                walk.headings.append((level, " ".join(_text_of(el).split()), len(pieces)))
            first = len(pieces)
            text = el.text
            if text:
                append(text)
                if kind < 2 and tag in density_tags and lead_match(text):
                    kind = 4
                stack.append([len(text.strip()), 0, 0, kind, first, "©" in text, crumb])
            else:
                stack.append([0, 0, 0, kind, first, 0, crumb])
            continue
        own = stack.pop()
        chars, kind = own[0], own[3]
        if tag in block_tags:
            append(mark)
        if own[6] and chars < _CRUMB_MAX_CHARS and len(pieces) - own[4] < _CRUMB_MAX_PIECES:
            walk.crumbs.append((el, own[4], len(pieces)))
        removed = False
        if tag == "a":
            own[1] = chars
            own[2] += 1
            if chars < 25 and el.text and _NAV_LINK.match(el.text):
                walk.marked.append((own[4], len(pieces)))
        elif (
            kind == 3
            or ((kind == 4 or own[5]) and chars < 300 and tag in density_tags)
            or tag in _ALWAYS_BOILERPLATE
            or (tag in _PAGE_PARTS and not content_depth)
        ):
            walk.marked.append((own[4], len(pieces)))
            removed = True
        links = own[2]
        if links >= 2 and not content_depth and tag in density_tags and not removed:
            link_chars = own[1]
            dense = (links >= 3 and link_chars * 10 >= chars * 6) or (
                chars < 80 and link_chars * 10 >= chars * 8
            )
            if tag in _INLINE_DENSITY:  # a bar of links, or a sentence with links in it?
                dense = (dense or links >= 3) and not _words_outside_links(el)
            if dense:
                walk.dense.append((own[4], len(pieces)))
                removed = True
        if kind == 1:
            hinted.append((chars, own[4], len(pieces)))
        elif kind == 2:
            content_depth -= 1
        parent = stack[-1]
        tail = el.tail
        if tail:
            append(tail)
            parent[0] += len(tail.strip())
            if "©" in tail:
                parent[5] = 1
        if not removed:  # a menu's links must not make the layout table around it look like one
            parent[0] += chars
            parent[1] += own[1]
            parent[2] += links
    total = stack[0][0]
    walk.marked.extend((a, b) for chars, a, b in hinted if chars < 200 or chars * 5 < total * 2)
    return walk


_TEXT_OUTSIDE_LINKS = etree.XPath(".//text()[not(ancestor::a)]", smart_strings=False)
_WORDISH = re.compile(r"[^\W\d_]{2,}")


def _words_outside_links(el: etree._Element) -> bool:
    """A line of links with words between them ("Zie A, B en C") is a sentence, not a menu
    bar ("Home | Zoeken | Sitemap")."""
    return any(_WORDISH.search(text) for text in _TEXT_OUTSIDE_LINKS(el))


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _blocks(pieces: list[str], removed: list[tuple[int, int]]) -> list[str]:
    """Whitespace-collapsed text blocks from the pieces outside the removed ranges."""
    if removed:
        kept: list[str] = []
        position = 0
        for start, end in removed:
            kept.append("".join(pieces[position:start]))
            position = end
        kept.append("".join(pieces[position:]))
        text = "".join(kept)
    else:
        text = "".join(pieces)
    return [" ".join(p.split()) for p in text.split(_BLOCK_MARK) if p and not p.isspace()]


def _outside(index: int, removed: list[tuple[int, int]]) -> bool:
    return not any(start <= index < end for start, end in removed)


def _text_parts(
    root: etree._Element,
) -> tuple[list[str], list[str], list[tuple[int, str]], bool, list[_Crumbs]]:
    """All visible text blocks, main text blocks, main headings, whether menus were only
    told apart by tag and hints (a page of nothing but links), and the breadcrumb trails.
    Changes the tree."""
    etree.strip_elements(root, *SKIP_TAGS, with_tail=False)
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    walk = _walk(root)
    full = _blocks(walk.pieces, [])
    removed = _merge(walk.marked + walk.dense)
    main = _blocks(walk.pieces, removed) if removed else full
    loose = False
    if not main and full and walk.dense:
        removed = _merge(walk.marked)
        main = _blocks(walk.pieces, removed)
        loose = bool(main)
    headings = [
        (level, text) for level, text, index in walk.headings if text and _outside(index, removed)
    ]
    return full, main, headings, loose, _crumb_trails(walk)


def _headings_raw(root: etree._Element) -> list[str]:
    """h1 texts of the whole page, before menus are removed (a fallback for h1)."""
    texts = (" ".join(_text_of(el).split()) for el in root.iter("h1"))
    return [text for text in texts if text]


def _first_text(values: list[str | None]) -> str | None:
    for value in values:
        if value:
            collapsed = _collapse(value)
            if collapsed:
                return collapsed
    return None


def _language(root: etree._Element, metas: dict[str, str]) -> str | None:
    candidates = [
        root.get("lang"),
        root.get("{http://www.w3.org/XML/1998/namespace}lang"),
        root.get("xml:lang"),
        metas.get("content-language"),
        metas.get("language"),
        metas.get("dc.language"),
    ]
    for value in candidates:
        if value:
            code = value.strip().lower()[:2]
            if len(code) == 2 and code.isalpha():
                return code
    return None


def _crumb_parts(text: str) -> list[str]:
    text = _BREADCRUMB_LEAD.sub("", _collapse(text))
    present = [sep for sep in _CRUMB_SEPARATORS if sep in text]
    if not present:
        return []
    sep = max(present, key=text.count)
    parts = [p.strip(" :-") for p in text.split(sep)]
    parts = [p for p in parts if p]
    while parts and parts[0].lower() in _CRUMB_ROOTS:
        parts.pop(0)
    return parts


_CRUMB_MAX_CHARS = 400  # a breadcrumb is one short line; longer is a wrapper around the page
_CRUMB_MAX_PIECES = 200
_NOT_WORD = re.compile(r"[\W_]+")


class _Crumbs:
    """A breadcrumb candidate: its text from the walk's pieces (no second pass over the tree);
    link texts are read only when a trail needs them."""

    __slots__ = ("el", "text")

    def __init__(self, el: etree._Element, text: str) -> None:
        self.el = el
        self.text = text

    def link_names(self) -> list[str]:
        return [_crumb_name(a) for a in self.el.iter("a")]

    def last_link(self) -> str | None:
        last = None
        for last in self.el.iter("a"):  # noqa: B007
            pass
        return None if last is None else _crumb_name(last)


def _crumb_name(a: etree._Element) -> str:
    text = a.text if not len(a) else _text_of(a)
    return _collapse(text or "").strip(" :-")


def _crumb_trails(walk: _Walk) -> list[_Crumbs]:
    pieces, mark = walk.pieces, _BLOCK_MARK
    return [
        _Crumbs(el, "".join(pieces[first:end]).replace(mark, " ")) for el, first, end in walk.crumbs
    ]


def _same_name(crumb: str, name: str | None, loose: bool) -> bool:
    """Does a breadcrumb name this page? Loose allows "Verlof" for "Verlofregeling 2009"."""
    if not name:
        return False
    a = _NOT_WORD.sub(" ", crumb).strip().lower()
    b = _NOT_WORD.sub(" ", name).strip().lower()
    if not a or not b:
        return False
    return a == b or (loose and len(a) >= 3 and (a in b or b in a))


def _parent_parts(
    parts: list[str], last_link: str | None, has_links: bool, title: str | None, h1: str | None
) -> list[str]:
    """The trail without its last crumb when that crumb is the page itself: plain text in a
    trail of links, or the page's title or h1. A top-level page keeps its one crumb."""
    if len(parts) < 2:
        return parts
    last = parts[-1]
    if has_links and last != last_link:
        return parts[:-1]
    loose = not has_links
    if _same_name(last, title, loose) or _same_name(last, h1, loose):
        return parts[:-1]
    return parts


def _section(crumbs: list[_Crumbs], title: str | None, h1: str | None) -> str | None:
    """The old section path (the page's parents) from a breadcrumb element."""
    for trail in crumbs:
        parts = _crumb_parts(trail.text)
        if parts:
            last_link = trail.last_link()
            parts = _parent_parts(parts, last_link, last_link is not None, title, h1)
        else:
            parts = [n for n in trail.link_names() if n]
            while parts and parts[0].lower() in _CRUMB_ROOTS:
                parts.pop(0)
            parts = _parent_parts(parts, parts[-1] if parts else None, True, title, h1)
        if parts:
            return " > ".join(parts)
    return None


def _section_from_text(full_blocks: list[str], title: str | None, h1: str | None) -> str | None:
    """The old section path from a 'U bent hier: Home > ...' line."""
    for block in full_blocks:
        if _BREADCRUMB_LEAD.match(block) and len(block) < 300:
            parts = _crumb_parts(block)
            if parts:
                return " > ".join(_parent_parts(parts, None, False, title, h1))
    return None


_OWNER_KEYS = (
    "contact", "eigenaar", "beheer", "auteur", "verantwoordelijke", "author", "owner",
    "redact", "maintained", "geschreven",
)  # fmt: skip


def _owner_matches(text: str) -> list[re.Match[str]]:
    lowered = text.lower()
    matches = []
    for key in _OWNER_KEYS:
        pos = lowered.find(key)
        while pos != -1:
            m = _OWNER.match(text, pos, pos + 200)
            if m:
                matches.append(m)
            pos = lowered.find(key, pos + 1)
    return sorted(matches, key=lambda m: m.start())


def _owner(main_blocks: list[str], full_blocks: list[str], metas: dict[str, str]) -> str | None:
    """Who answers for the page: a phrase in the main text first (a template's "Contact:
    Servicedesk" on every page says little), then anywhere on the page, then meta author."""
    for blocks in (main_blocks, full_blocks):
        for m in _owner_matches("\n".join(blocks)):
            who = _OWNER_STOP.split(m.group("who"), maxsplit=1)[0].strip(" .,:;-–")
            if len(who) >= 2 and ("@" in who or any(ch.isupper() for ch in who)):
                return who
    author = metas.get("author") or metas.get("dc.creator") or metas.get("dcterms.creator")
    return (_collapse(author) or None) if author else None


def _links(tree: etree._Element, base: str) -> list[Link]:
    links: list[Link] = []
    resolve = _resolver(base)
    for el in tree.iter("a", "area", "frame", "iframe"):
        tag = el.tag
        raw = el.get("href") if tag == "a" or tag == "area" else el.get("src")
        if not raw:
            continue
        raw = raw.strip()
        if not raw or raw[0] == "#":
            continue
        head = raw[:11]
        url = raw if ":" in head and head.lower().startswith(_RAW_SCHEMES) else resolve(raw)
        if tag == "a":
            text = " ".join(
                etree.tostring(el, method="text", encoding="unicode", with_tail=False).split()
            )
            if not text:
                alts = [img.get("alt") or "" for img in el.iter("img")]
                text = _collapse(" ".join(alts)) or _collapse(el.get("title") or "")
        elif tag == "area":
            text = _collapse(el.get("alt") or el.get("title") or "")
        else:
            text = _collapse(el.get("title") or el.get("name") or "")
        links.append(Link(url=url, anchor_text=text, tag=tag))
    return links


def _empty(charset: str, url: str, header_date: str | None, warning: str) -> PageExtract:
    page = PageExtract(charset=charset, warnings=[warning])
    page.content_hash = hashlib.sha1(b"").hexdigest()
    page.date_evidence = find_dates(None, url, header_date)
    return page


def extract_page(
    body: bytes,
    url: str,
    *,
    header_charset: str | None = None,
    http_last_modified: str | None = None,
) -> PageExtract:
    """Read one page. Never raises: odd input gives a (partly) empty extract with warnings."""
    try:
        return _extract(body, url, header_charset, http_last_modified)
    except Exception as exc:  # a page must never stop the crawl
        return _empty("unknown", url, http_last_modified, f"Pagina kon niet gelezen worden: {exc}")


def _extract(
    body: bytes, url: str, header_charset: str | None, http_last_modified: str | None
) -> PageExtract:
    if not body or not body.strip():
        return _empty("ascii", url, http_last_modified, "Lege pagina (geen inhoud ontvangen)")
    if looks_binary(body):
        return _empty(
            "binary", url, http_last_modified, "Geen HTML: binaire inhoud (bijv. PDF of afbeelding)"
        )
    text, charset, warnings = decode_with_notes(body, header_charset)
    text = _XML_DECL.sub("", text, count=1)
    if _BLOCK_MARK in text:
        text = text.replace(_BLOCK_MARK, "")
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
    try:
        html_bytes = text.encode("utf-8", "surrogatepass")
        root = etree.fromstring(html_bytes, parser=_parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:
        page = _empty(charset, url, http_last_modified, "Pagina bevat geen leesbare HTML")
        page.warnings[:0] = warnings
        return page
    page = PageExtract(charset=charset, warnings=warnings)
    if any("depth" in entry.message for entry in _parser().error_log):
        page.warnings.append("Pagina te diep genest (open tags); het laatste deel is niet gelezen")

    metas: dict[str, str] = {}
    meta_pairs: list[tuple[str, str]] = []
    for meta in root.iter("meta"):
        name = meta.get("name") or meta.get("property") or meta.get("http-equiv") or ""
        content = meta.get("content")
        if name and content is not None:
            key = name.strip().lower()
            meta_pairs.append((key, content))
            metas.setdefault(key, content)

    base = url
    for base_el in root.iter("base"):
        href = (base_el.get("href") or "").strip()
        if href:
            base = _safe_join(url, href) or url
            break

    page.title = _first_text([_text_of(t) for t in root.iter("title")])
    page.meta_description = _first_text([metas.get("description")])
    page.meta_keywords = _first_text([metas.get("keywords")])
    page.language = _language(root, metas)

    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href:
            page.canonical_url = _safe_join(base, href)
            break
    refresh = metas.get("refresh")
    if refresh:
        m = _REFRESH_URL.search(refresh)
        if m and m.group(1).strip():
            page.meta_refresh_url = _safe_join(base, m.group(1).strip())

    page.links = _links(root, base)
    uses: set[tuple[str, str | None]] = set()
    for img in root.iter("img"):
        page.images += 1
        alt = img.get("alt")
        if alt is None:
            page.images_missing_alt += 1
        src = (img.get("src") or "").strip()
        if src and (src, alt) not in uses and not src.lower().startswith(("data:", "javascript:")):
            # an asset use: recorded with its alt text (None: no alt at all), never crawled;
            # the same image with the same alt again on this page is the same use
            uses.add((src, alt))
            page.links.append(Link(url=_safe_join(base, src) or src, anchor_text=alt, tag="img"))

    first_h1 = next(iter(_headings_raw(root)), None)

    full, main, headings, loose, crumbs = _text_parts(root)
    if loose:
        page.warnings.append("Hoofdtekst niet te onderscheiden van menu's; alle tekst gebruikt")
    page.headings = headings
    page.h1 = next((txt for lvl, txt in page.headings if lvl == 1), None) or first_h1
    page.text = "\n\n".join(main)
    page.words = sum(1 for token in page.text.split() if token.strip(_PUNCTUATION))
    # Blocks are already collapsed, so this is the lower-cased, whitespace-collapsed text.
    normalised = page.text.lower().replace("\n\n", " ")
    page.content_hash = hashlib.sha1(normalised.encode("utf-8", "surrogatepass")).hexdigest()
    page.section = _section(crumbs, page.title, page.h1) or _section_from_text(
        full, page.title, page.h1
    )
    page.owner = _owner(main, full, metas)
    page.date_evidence = find_dates("\n".join(full), url, http_last_modified, meta=meta_pairs)
    if not full:
        page.warnings.append("Pagina bevat geen zichtbare tekst")
    return page
