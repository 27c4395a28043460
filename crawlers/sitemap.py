"""Sitemaps and URL lists: extra start points, and the way to find pages nothing links to."""

from __future__ import annotations

import gzip
import io
import re
from pathlib import Path

from lxml import etree

_MAX_UNZIPPED = 100_000_000  # the protocol allows 50 MB; more is a mistake or a zip bomb
_LOC = re.compile(rb"<(?:\w+:)?loc>\s*(.*?)\s*</(?:\w+:)?loc>", re.S | re.I)


def _gunzip(body: bytes) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as fh:
            return fh.read(_MAX_UNZIPPED)
    except (OSError, EOFError):
        return b""


def parse_sitemap(body: bytes) -> tuple[list[str], list[str]]:
    """(page URLs, nested sitemap URLs). Accepts XML (any namespace), gzip and plain text."""
    try:
        return _parse(body)
    except Exception:  # contract: a broken sitemap yields nothing, never an error
        return [], []


def _parse(body: bytes) -> tuple[list[str], list[str]]:
    if body[:2] == b"\x1f\x8b":
        body = _gunzip(body)
    stripped = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped.startswith(b"<"):
        lines = stripped.decode("utf-8", errors="replace").splitlines()
        urls = [ln.strip() for ln in lines]
        return [u for u in urls if u.lower().startswith(("http://", "https://"))], []
    parser = etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )
    root = etree.fromstring(stripped, parser)
    pages: list[str] = []
    nested: list[str] = []
    if root is None:
        return [m.decode("utf-8", "replace") for m in _LOC.findall(stripped)], []
    for el in root.iter():
        if not isinstance(el.tag, str) or etree.QName(el).localname.lower() != "loc":
            continue
        text = (el.text or "").strip()
        if not text:
            continue
        parent = el.getparent()
        kind = etree.QName(parent).localname.lower() if parent is not None else ""
        if kind == "url":
            pages.append(text)
        elif kind == "sitemap":
            nested.append(text)
    return pages, nested


def read_url_list(path: Path) -> list[str]:
    """URLs from a text file, one a line; ``#`` comments and blank lines skipped.

    Raises ValueError with a Dutch message when the file cannot be read.
    """
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ValueError(
            f"De lijst met adressen {path} kan niet worden gelezen: {exc.strerror}"
        ) from None
    text = None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", errors="replace")
    else:
        for encoding in ("utf-8-sig", "cp1252"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    if text is None:
        text = raw.decode("latin-1")
    urls = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            urls.append(line)
    return urls
