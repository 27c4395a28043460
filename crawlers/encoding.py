"""Turning the bytes of an old intranet page into text the way a browser would.

Old intranets declare iso-8859-1 while their editors wrote windows-1252 (€, curly quotes),
declare utf-8 in a template while pasted content is windows-1252, or misspell the charset.
Browsers follow the WHATWG rules (BOM > HTTP header > <meta> > sniffing, latin-1 means
windows-1252); people judge the audit by what they saw in the browser, so we follow them too.
"""

from __future__ import annotations

import codecs
import re
import string

import charset_normalizer

_WINDOWS_1252 = "windows-1252"

# Labels browsers treat as windows-1252, plus spellings seen in the wild.
_LABELS: dict[str, tuple[str, ...]] = {
    _WINDOWS_1252: (
        "iso-8859-1", "iso8859-1", "iso_8859-1", "iso_8859-1:1987", "8859-1", "iso-8859",
        "latin1", "latin-1", "l1", "ascii", "us-ascii", "ansi_x3.4-1968", "ibm819", "cp819",
        "csisolatin1", "iso-ir-100", "windows-1252", "windows1252", "win-1252", "win1252",
        "cp1252", "x-cp1252", "cp-1252", "ansi", "windows-latin-1", "iso-latin-1", "western",
    ),
    "utf-8": (
        "utf-8", "utf8", "utf_8", "unicode-1-1-utf-8", "x-unicode20utf8", "unicode-utf-8",
        "uft-8", "utf-08",
    ),
    "iso8859-15": ("iso-8859-15", "iso8859-15", "latin9", "latin-9", "l9", "csisolatin9"),
    "utf-16": ("utf-16", "utf16", "unicode", "ucs-2", "csunicode"),
    "utf-16-le": ("utf-16le", "utf-16-le"),
    "utf-16-be": ("utf-16be", "utf-16-be"),
    "cp1250": ("windows-1250", "cp1250", "win-1250", "x-cp1250"),
    "cp1251": ("windows-1251", "cp1251", "win-1251", "x-cp1251"),
    "shift_jis": ("x-sjis",),
    "mac_roman": ("x-mac-roman", "macintosh"),
}  # fmt: skip
_ALIASES = {label: codec for codec, labels in _LABELS.items() for label in labels}

# Python codecs that are not character sets a web page can be written in.
_NOT_CHARSETS = frozenset((
    "idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined", "palmos", "utf-7",
    "utf-32", "utf-32-le", "utf-32-be",
))  # fmt: skip

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)

_MAGIC: tuple[bytes, ...] = (
    b"%PDF",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0",  # OLE: old .doc/.xls/.ppt
    b"GIF87a",
    b"GIF89a",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"\x1f\x8b",  # gzip
    b"MZ\x90\x00",
    b"Rar!",
    b"7z\xbc\xaf",
    b"ID3",
    b"OggS",
    b"wOFF",
    b"%!PS",
    b"{\\rtf",
)
_ODD_CONTROLS = bytes(b for b in range(0x20) if b not in b"\t\n\r\f\x1b")


def _c1_passthrough(err: UnicodeError) -> tuple[str, int]:
    """Decode the five bytes windows-1252 leaves undefined as C1 controls, like browsers."""
    assert isinstance(err, UnicodeDecodeError)
    bad = err.object[err.start : err.end]
    return "".join(chr(b) for b in bad), err.end


codecs.register_error("content_audit_c1", _c1_passthrough)


def normalise_charset(label: str | None) -> str | None:
    """Python codec name for a charset label, or None when it names no usable text encoding."""
    if not label:
        return None
    key = label.strip().strip("\"'").strip().lower()
    if not key:
        return None
    if key in _ALIASES:
        return _ALIASES[key]
    try:
        info = codecs.lookup(key)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name.replace("_", "-") in _NOT_CHARSETS:
        return None
    if info.name in ("latin-1", "iso8859-1", "ascii"):
        return _WINDOWS_1252
    return info.name


def _strict(body: bytes, encoding: str) -> str | None:
    try:
        if encoding == _WINDOWS_1252:
            return body.decode("cp1252", "content_audit_c1")
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _meta_charset(body: bytes) -> str | None:
    """The charset a <meta> near the top declares: the prescan browsers do on the first bytes."""
    match = _META_CHARSET.search(body, 0, 4096)
    if not match:
        return None
    enc = normalise_charset(match.group(1).decode("ascii", "replace"))
    if enc in ("utf-16", "utf-16-le", "utf-16-be"):
        return "utf-8"  # a meta inside ASCII-compatible bytes cannot really mean utf-16
    return enc


_HIGH_BYTES = bytes(range(0x80, 0x100))
_LETTER_BYTES = string.ascii_letters.encode("ascii")
_UNDEFINED_1252 = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
_UTF8_OR_BYTE = re.compile(
    rb"([\x00-\x7f]+|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
    rb"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2})"
    rb"|(.)",
    re.S,
)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def _is_utf8_with_non_ascii(body: bytes) -> str | None:
    """The text when the bytes are valid utf-8 and not plain ASCII (then utf-8 is near certain)."""
    if body.isascii():
        return None
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _untwingle(body: bytes) -> str:
    """Decode utf-8 with pasted-in windows-1252 bytes, each part as what it is."""
    parts: list[str] = []
    for match in _UTF8_OR_BYTE.finditer(body):
        good = match.group(1)
        if good is not None:
            parts.append(good.decode("utf-8"))
        else:
            parts.append(match.group(2).decode("cp1252", "content_audit_c1"))
    return "".join(parts)


def _plausible_cp1252(body: bytes) -> bool:
    """Dutch or English text in windows-1252 has few high bytes and none of the undefined five."""
    if _UNDEFINED_1252.search(body):
        return False
    high = len(body) - len(body.translate(None, _HIGH_BYTES))
    if high < 8:  # too little to tell: the default of Western browsers
        return True
    letters = len(body) - len(body.translate(None, _LETTER_BYTES))
    return high * 5 <= letters + high


def _sniff(body: bytes, utf8_declared: bool = False) -> tuple[str, str, list[str]]:
    """Guess the encoding of undeclared bytes: utf-8, mixed utf-8, windows-1252, else a detector."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return text, ("utf-8" if not text.isascii() else "ascii"), []
    if len(_UTF8_MULTIBYTE.findall(body, 0, 200_000)) >= (1 if utf8_declared else 2):
        note = "Gemengde tekenset: utf-8 met stukken windows-1252"
        return _untwingle(body), "utf-8", [note]
    if _plausible_cp1252(body):
        return body.decode("cp1252", "content_audit_c1"), _WINDOWS_1252, []
    best = charset_normalizer.from_bytes(body[:100_000]).best()
    guess = normalise_charset(best.encoding) if best is not None else None
    if guess and guess != _WINDOWS_1252:
        text_or_none = _strict(body, guess)
        if text_or_none is not None:
            return text_or_none, guess, []
    return body.decode("cp1252", "content_audit_c1"), _WINDOWS_1252, []


def decode_with_notes(body: bytes, header_charset: str | None = None) -> tuple[str, str, list[str]]:
    """decode_html plus plain-Dutch notes about what was odd (for the page's warnings)."""
    for bom, enc in _BOMS:
        if body.startswith(bom):
            rest = body[len(bom) :]
            text = _strict(rest, enc)
            if text is not None:
                return text, enc, []
            if enc != "utf-8":
                return rest.decode(enc, "replace"), enc, ["Ongeldige tekens na de BOM"]
            sniffed, sniffed_enc, sniff_notes = _sniff(rest, utf8_declared=True)
            return sniffed, sniffed_enc, ["BOM zegt utf-8 maar de tekst is dat niet", *sniff_notes]
    notes: list[str] = []
    declared = normalise_charset(header_charset)
    if header_charset and not declared:
        notes.append(f"Onbekende tekenset in de HTTP-header: {header_charset.strip()!r}")
    utf8 = _is_utf8_with_non_ascii(body)
    if declared and declared.startswith("utf-16") and 0 not in body[:1024]:
        notes.append(f"De HTTP-header zegt {header_charset}, maar de tekst is dat niet")
        declared = None  # utf-16 text without a single NUL byte does not exist
    if declared:
        if utf8 is not None and declared != "utf-8" and not declared.startswith("utf-16"):
            return (
                utf8,
                "utf-8",
                [*notes, f"Tekst is utf-8, niet {header_charset} zoals de HTTP-header zegt"],
            )
        text = _strict(body, declared)
        if text is not None:
            return text, declared, notes
        notes.append(f"Tekst past niet bij de tekenset uit de HTTP-header ({header_charset})")
    meta = _meta_charset(body)
    if meta and meta != declared:
        if utf8 is not None and meta != "utf-8":
            return utf8, "utf-8", [*notes, f"Tekst is utf-8, niet {meta} zoals de <meta> zegt"]
        text = _strict(body, meta)
        if text is not None:
            return text, meta, notes
        notes.append(f"Tekst past niet bij de tekenset uit de <meta> ({meta})")
    text, enc, sniff_notes = _sniff(body, utf8_declared="utf-8" in (declared, meta))
    return text, enc, notes + sniff_notes


def decode_html(body: bytes, header_charset: str | None = None) -> tuple[str, str]:
    """Text and the encoding used, by the browsers' priority: BOM, header, <meta>, sniffing.

    A declared encoding that does not decode strictly is not trusted: the bytes are sniffed
    instead, so a wrong header never produces U+FFFD where a correct decoding exists.
    """
    text, enc, _notes = decode_with_notes(body, header_charset)
    return text, enc


def looks_binary(body: bytes) -> bool:
    """True for a PDF, archive, image or other non-text body served as if it were HTML."""
    head = body[:1024]
    if not head:
        return False
    stripped = head.lstrip()
    if any(stripped.startswith(magic) for magic in _MAGIC):
        return True
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    nuls = head.count(0)
    if nuls:
        even, odd = head[0::2], head[1::2]
        utf16 = (even.count(0) > len(even) * 0.4 and odd.count(0) == 0) or (
            odd.count(0) > len(odd) * 0.4 and even.count(0) == 0
        )
        return not utf16
    controls = len(head) - len(head.translate(None, _ODD_CONTROLS))
    return controls * 10 > len(head)
