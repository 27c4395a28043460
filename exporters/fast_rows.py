"""Fast rows for the big sheets of a streaming workbook.

openpyxl spends tens of microseconds on every cell, which makes a 100,000-page plan (two
million cells) take minutes. For the few big sheets we write the row XML ourselves, into a
temporary file, while openpyxl still writes everything else (header, styles, filters,
dropdowns, fills, other sheets). After openpyxl has saved, :func:`splice` puts our rows and
hyperlinks into the saved file. Text goes through :func:`exporters.safe.safe_text` and is
always written as text, never as a formula.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any
from xml.etree import ElementTree as ET

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from exporters.safe import safe_text

MAX_HYPERLINKS = 65_000  # Excel ignores hyperlinks beyond about 65,530 per sheet
CELL_MAX = 32_000
_EPOCH = date(1899, 12, 30)
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_HYPERLINK = _REL_NS + "/hyperlink"


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Formatted:
    value: float | int
    number_format: str


def _xml_text(text: str) -> str:
    """Escape element text; str.replace is far faster than translate on millions of cells."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


def _xml_attr(text: str) -> str:
    return _xml_text(text).replace('"', "&quot;")


class FastRows:
    """Rows for one write-only sheet whose header openpyxl wrote (row 1)."""

    def __init__(self, ws: WriteOnlyWorksheet, link_font: Font) -> None:
        self.ws = ws
        fd, name = tempfile.mkstemp(prefix="content-audit-rows-", suffix=".xml")
        os.close(fd)
        self.path = Path(name)
        self._out: IO[str] = self.path.open("w", encoding="utf-8")
        self.rows = 1
        self.links: list[tuple[str, str]] = []
        self._letters = [get_column_letter(i) for i in range(1, 200)]
        self._styles: dict[str, int] = {}
        self._link_style = self._style_id(font=link_font)
        self._date_style = self._style_id(number_format="dd-mm-yyyy")

    def _style_id(self, *, number_format: str | None = None, font: Font | None = None) -> int:
        cell = WriteOnlyCell(self.ws)
        if number_format is not None:
            cell.number_format = number_format
        if font is not None:
            cell.font = font
        return int(cell.style_id)

    def _format_style(self, number_format: str) -> int:
        if number_format not in self._styles:
            self._styles[number_format] = self._style_id(number_format=number_format)
        return self._styles[number_format]

    def _text_cell(self, ref: str, style: str, value: str) -> str:
        text = _xml_text(safe_text(value[:CELL_MAX]))
        space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
        return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'

    def append(self, values: list[Any]) -> None:
        self.rows += 1
        r = self.rows
        letters = self._letters
        parts = [f'<row r="{r}">']
        for i, value in enumerate(values):
            if value is None:
                continue
            kind = type(value)
            if kind is str:
                parts.append(self._text_cell(f"{letters[i]}{r}", "", value))
            elif kind is int:
                parts.append(f'<c r="{letters[i]}{r}"><v>{value}</v></c>')
            else:
                parts.append(self._other_cell(f"{letters[i]}{r}", value))
        parts.append("</row>")
        self._out.write("".join(parts))

    def _other_cell(self, ref: str, value: Any) -> str:
        style = ""
        if isinstance(value, Link):
            text = value.text if value.text is not None else value.url
            if len(self.links) < MAX_HYPERLINKS and value.url.startswith(("http://", "https://")):
                self.links.append((ref, value.url))
                style = f' s="{self._link_style}"'
            return self._text_cell(ref, style, text)
        if isinstance(value, Formatted):
            style = f' s="{self._format_style(value.number_format)}"'
            value = value.value
        if isinstance(value, str):
            return self._text_cell(ref, style, value)
        if isinstance(value, bool):
            return f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>'
        if isinstance(value, int | float):
            return f'<c r="{ref}"{style}><v>{value!r}</v></c>' if math.isfinite(value) else ""
        if isinstance(value, datetime | date):
            day = value.date() if isinstance(value, datetime) else value
            return f'<c r="{ref}" s="{self._date_style}"><v>{(day - _EPOCH).days}</v></c>'
        return self._text_cell(ref, style, str(value))

    def close(self) -> None:
        if not self._out.closed:
            self._out.close()

    def discard(self) -> None:
        self.close()
        self.path.unlink(missing_ok=True)


def _sheet_parts(zin: zipfile.ZipFile) -> dict[str, str]:
    """Sheet title -> part name inside the package, read from the workbook's relationships."""
    book = ET.fromstring(zin.read("xl/workbook.xml"))
    rels = ET.fromstring(zin.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    parts = {}
    for sheet in book.iter(f"{{{_MAIN}}}sheet"):
        target = targets[sheet.get(f"{{{_REL_NS}}}id")]
        part = target.lstrip("/") if target.startswith("/") else "xl/" + target
        parts[sheet.get("name", "")] = part
    return parts


def _rels_name(part: str) -> str:
    p = PurePosixPath(part)
    return str(p.parent / "_rels" / (p.name + ".rels"))


_SHEETDATA = re.compile(r"<sheetData\s*/>|<sheetData>(.*?)</sheetData>", re.S)
_AFTER_LINKS = ("<printOptions", "<pageMargins", "<pageSetup", "<headerFooter", "<drawing")


def _write_sheet(zout: zipfile.ZipFile, part: str, skeleton: str, fast: FastRows) -> None:
    m = _SHEETDATA.search(skeleton)
    if m is None:
        raise ValueError(f"{part}: no sheetData")
    head, tail = skeleton[: m.start()], skeleton[m.end() :]
    header_rows = m.group(1) or ""
    if fast.links and "xmlns:r=" not in head:
        head = head.replace("<worksheet ", f'<worksheet xmlns:r="{_REL_NS}" ', 1)
    if fast.links:
        links = "".join(
            f'<hyperlink ref="{ref}" r:id="rIdCA{i}"/>' for i, (ref, _url) in enumerate(fast.links)
        )
        block = f"<hyperlinks>{links}</hyperlinks>"
        at = min((i for i in (tail.find(t) for t in _AFTER_LINKS) if i >= 0), default=-1)
        if at < 0:
            at = tail.rfind("</worksheet>")
        tail = tail[:at] + block + tail[at:]
    with zout.open(part, "w", force_zip64=True) as raw:
        raw.write(head.encode("utf-8"))
        raw.write(b"<sheetData>")
        raw.write(header_rows.encode("utf-8"))
        with fast.path.open("rb") as rows:
            shutil.copyfileobj(rows, raw, 1 << 20)
        raw.write(b"</sheetData>")
        raw.write(tail.encode("utf-8"))


def _write_rels(zout: zipfile.ZipFile, name: str, existing: bytes | None, fast: FastRows) -> None:
    if existing is not None:
        text = existing.decode("utf-8")
        end = text.rfind("</Relationships>")
        head, tail = text[:end], text[end:]
    else:
        head = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{_PKG_REL}">'
        )
        tail = "</Relationships>"
    with zout.open(name, "w", force_zip64=True) as raw:
        raw.write(head.encode("utf-8"))
        for i, (_ref, url) in enumerate(fast.links):
            raw.write(
                f'<Relationship Id="rIdCA{i}" Type="{_HYPERLINK}" Target="{_xml_attr(url)}" '
                'TargetMode="External"/>'.encode()
            )
        raw.write(tail.encode("utf-8"))


def splice(path: Path, sheets: list[FastRows]) -> None:
    """Put the fast rows into the workbook openpyxl saved at *path* (rewritten in place)."""
    for fast in sheets:
        fast.close()
    fd, tmp_name = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with (
            zipfile.ZipFile(path) as zin,
            zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout,
        ):
            parts = _sheet_parts(zin)
            by_part = {parts[f.ws.title]: f for f in sheets}
            rels = {_rels_name(p): f for p, f in by_part.items() if f.links}
            names = set(zin.namelist())
            for info in zin.infolist():
                if info.filename in by_part:
                    skeleton = zin.read(info).decode("utf-8")
                    _write_sheet(zout, info.filename, skeleton, by_part[info.filename])
                elif info.filename in rels:
                    _write_rels(zout, info.filename, zin.read(info), rels[info.filename])
                else:
                    zout.writestr(info, zin.read(info), compress_type=zipfile.ZIP_DEFLATED)
            for name, fast in rels.items():
                if name not in names:
                    _write_rels(zout, name, None, fast)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        for fast in sheets:
            fast.discard()
