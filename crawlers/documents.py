"""Documents on the intranet (PDF, Word, Excel, ...): what kind, and what their own metadata says.

Intranets are full of forms and reports whose web server date is the upload moment; the
document's own "modified" property is often the better date. Reading is cheap (metadata only,
never the full text) and never raises: a broken or encrypted file gives an empty result.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
import zipfile
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from lxml import etree

from crawlers.dates import parse_date
from crawlers.model import DateEvidence, DocumentInfo

DOCUMENT_TYPES: dict[str, str] = {
    "pdf": "pdf",
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "doc": "word",
    "dot": "word",
    "docx": "word",
    "docm": "word",
    "dotx": "word",
    "application/msword": "word",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "word",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template": "word",
    "application/vnd.ms-word.document.macroenabled.12": "word",
    "xls": "excel",
    "xlt": "excel",
    "xlsx": "excel",
    "xlsm": "excel",
    "xlsb": "excel",
    "application/vnd.ms-excel": "excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "excel",
    "application/vnd.ms-excel.sheet.macroenabled.12": "excel",
    "csv": "csv",
    "text/csv": "csv",
    "ppt": "powerpoint",
    "pps": "powerpoint",
    "pot": "powerpoint",
    "pptx": "powerpoint",
    "ppsx": "powerpoint",
    "application/vnd.ms-powerpoint": "powerpoint",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "powerpoint",
    "application/vnd.openxmlformats-officedocument.presentationml.slideshow": "powerpoint",
    "rtf": "rtf",
    "application/rtf": "rtf",
    "text/rtf": "rtf",
    "odt": "opendocument",
    "ods": "opendocument",
    "odp": "opendocument",
    "odg": "opendocument",
    "application/vnd.oasis.opendocument.text": "opendocument",
    "application/vnd.oasis.opendocument.spreadsheet": "opendocument",
    "application/vnd.oasis.opendocument.presentation": "opendocument",
    "vsd": "visio",
    "vsdx": "visio",
    "application/vnd.visio": "visio",
    "mpp": "project",
    "application/vnd.ms-project": "project",
    "msg": "outlook",
    "application/vnd.ms-outlook": "outlook",
    "txt": "text",
    "text/plain": "text",
    "zip": "archive",
    "application/zip": "archive",
    "application/x-zip-compressed": "archive",
}

_GENERIC_MIMES = frozenset(
    {
        "application/octet-stream",
        "binary/octet-stream",
        "application/x-download",
        "application/force-download",
        "application/download",
        "application/unknown",
    }
)
_HTML_MIMES = frozenset({"text/html", "application/xhtml+xml"})
_MAX_XML = 2_000_000
_NS = {
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
}


def _extension(name: str) -> str | None:
    last = name.rsplit("/", 1)[-1]
    if "." not in last:
        return None
    ext = last.rsplit(".", 1)[-1].lower()
    return ext if ext in DOCUMENT_TYPES else None


def document_type(url: str, content_type: str | None) -> str | None:
    """The kind of document ("pdf", "word", ...) or None for a page or anything else.

    A specific Content-Type wins; a generic one (octet-stream, none) falls back to the file
    extension, also when it hides in a query (download.aspx?file=verslag.pdf).
    """
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime in DOCUMENT_TYPES:
        return DOCUMENT_TYPES[mime]
    if mime in _HTML_MIMES:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    ext = _extension(unquote(parts.path))
    if ext is None:
        for _key, value in parse_qsl(parts.query):
            ext = _extension(value)
            if ext:
                break
    if ext is None:
        return None
    if mime and mime not in _GENERIC_MIMES and not mime.startswith("application/"):
        return None  # e.g. an image or text/plain error page at a .pdf address
    return DOCUMENT_TYPES[ext]


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    parsed = parse_date(str(value))
    return parsed.isoformat() if parsed else None


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).replace("\x00", "").split())
    return text or None


def _pdf(body: bytes) -> DocumentInfo:
    from pypdf import PdfReader

    info = DocumentInfo()
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)  # broken PDFs are normal on intranets: no log noise
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _pdf_read(PdfReader(io.BytesIO(body), strict=False), info)
    finally:
        pypdf_log.setLevel(level)


def _pdf_read(reader: Any, info: DocumentInfo) -> DocumentInfo:
    if reader.is_encrypted:
        info.extra["encrypted"] = True
        try:
            if not reader.decrypt(""):
                return info
        except Exception:
            return info
    meta = reader.metadata or {}
    info.title = _clean(meta.get("/Title"))
    info.author = _clean(meta.get("/Author"))
    info.created = _iso(meta.get("/CreationDate"))
    info.modified = _iso(meta.get("/ModDate"))
    producer = _clean(meta.get("/Producer"))
    if producer:
        info.extra["producer"] = producer
    try:
        info.pages = len(reader.pages)
    except Exception:
        info.pages = None
    if not (info.title and info.created and info.modified):
        _pdf_xmp(reader, info)
    return info


def _pdf_xmp(reader: Any, info: DocumentInfo) -> None:
    try:
        xmp = reader.xmp_metadata
    except Exception:
        return
    if xmp is None:
        return
    try:
        if not info.modified and xmp.xmp_modify_date:
            info.modified = xmp.xmp_modify_date.date().isoformat()
        if not info.created and xmp.xmp_create_date:
            info.created = xmp.xmp_create_date.date().isoformat()
        if not info.title and xmp.dc_title:
            info.title = _clean(next(iter(xmp.dc_title.values()), None))
        if not info.author and xmp.dc_creator:
            info.author = _clean(", ".join(xmp.dc_creator))
    except Exception:
        return


def _zip_xml(archive: zipfile.ZipFile, name: str) -> etree._Element | None:
    try:
        entry = archive.getinfo(name)
    except KeyError:
        return None
    if entry.file_size > _MAX_XML:
        return None
    data = archive.read(entry)
    safe = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True
    )
    return etree.fromstring(data, parser=safe)


def _first(root: etree._Element, path: str) -> str | None:
    found = root.find(path, _NS)
    return _clean(found.text) if found is not None else None


def _ooxml(archive: zipfile.ZipFile) -> DocumentInfo:
    info = DocumentInfo()
    core = _zip_xml(archive, "docProps/core.xml")
    if core is not None:
        info.title = _first(core, "dc:title")
        info.author = _first(core, "dc:creator")
        info.created = _iso(_first(core, "dcterms:created"))
        info.modified = _iso(_first(core, "dcterms:modified"))
        modified_by = _first(core, "cp:lastModifiedBy")
        if modified_by:
            info.extra["last_modified_by"] = modified_by
    app = _zip_xml(archive, "docProps/app.xml")
    if app is not None:
        for tag in ("ep:Pages", "ep:Slides"):
            count = _first(app, tag)
            if count and count.isdigit():
                info.pages = int(count)
                break
    return info


def _opendocument(archive: zipfile.ZipFile) -> DocumentInfo:
    info = DocumentInfo()
    meta = _zip_xml(archive, "meta.xml")
    if meta is None:
        return info
    info.title = _first(meta, "office:meta/dc:title")
    info.author = _first(meta, "office:meta/meta:initial-creator") or _first(
        meta, "office:meta/dc:creator"
    )
    info.created = _iso(_first(meta, "office:meta/meta:creation-date"))
    info.modified = _iso(_first(meta, "office:meta/dc:date"))
    stats = meta.find("office:meta/meta:document-statistic", _NS)
    if stats is not None:
        count = stats.get(f"{{{_NS['meta']}}}page-count")
        if count and count.isdigit():
            info.pages = int(count)
    return info


_RTF_GROUP = r"\{\\%s\s+((?:[^{}\\]|\\[^{}])*)\}"
_RTF_TIME = r"\{\\%s((?:\\[a-z]+-?\d+\s*)+)\}"
_RTF_ESCAPE = re.compile(r"\\'([0-9a-fA-F]{2})|\\u(-?\d+)\??|\\([{}\\])")


def _rtf_text(raw: str) -> str | None:
    def unescape(m: re.Match[str]) -> str:
        if m.group(1):
            return bytes([int(m.group(1), 16)]).decode("cp1252", "replace")
        if m.group(2):
            return chr(int(m.group(2)) % 65536)
        return m.group(3)

    return _clean(_RTF_ESCAPE.sub(unescape, raw))


def _rtf_time(head: str, name: str) -> str | None:
    m = re.search(_RTF_TIME % name, head)
    if not m:
        return None
    parts = dict(re.findall(r"\\([a-z]+)(-?\d+)", m.group(1)))
    try:
        return _iso(f"{int(parts['yr']):04d}-{int(parts['mo']):02d}-{int(parts.get('dy', 1)):02d}")
    except (KeyError, ValueError):
        return None


def _rtf(body: bytes) -> DocumentInfo:
    head = body[:200_000].decode("latin-1")
    info = DocumentInfo()
    for field, name in (("title", "title"), ("author", "author")):
        m = re.search(_RTF_GROUP % name, head)
        if m:
            setattr(info, field, _rtf_text(m.group(1)))
    info.created = _rtf_time(head, "creatim")
    info.modified = _rtf_time(head, "revtim")
    pages = re.search(r"\\nofpages(\d+)", head)
    if pages:
        info.pages = int(pages.group(1))
    return info


def read_document_info(body: bytes, doc_type: str) -> DocumentInfo:
    """Title, author, created/modified dates and page count from the file's own metadata.

    The bytes decide how to read (a .doc that is really a PDF is read as a PDF); ``doc_type``
    only matters when the bytes do not tell. Never raises.
    """
    try:
        head = body[:8].lstrip()
        if head.startswith(b"%PDF") or (doc_type == "pdf" and b"%PDF" in body[:1024]):
            return _pdf(body)
        if head.startswith(b"{\\rtf"):
            return _rtf(body)
        if head.startswith(b"PK\x03\x04"):
            with zipfile.ZipFile(io.BytesIO(body)) as archive:
                names = set(archive.namelist())
                if "docProps/core.xml" in names:
                    return _ooxml(archive)
                if "meta.xml" in names:
                    return _opendocument(archive)
        return DocumentInfo()
    except Exception:  # truncated, encrypted or garbage: nothing usable, never a crash
        return DocumentInfo()


def document_dates(info: DocumentInfo) -> list[DateEvidence]:
    """Date evidence from document properties: "modified" counts, "created" is a publish date."""
    evidence = []
    if info.modified:
        evidence.append(
            DateEvidence(info.modified, "document", "documenteigenschap 'gewijzigd'", "modified")
        )
    if info.created:
        evidence.append(
            DateEvidence(info.created, "document", "documenteigenschap 'gemaakt'", "published")
        )
    return evidence
