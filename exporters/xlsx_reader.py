"""A small, fast reader for the cell values of an xlsx file.

Review packs come back by the dozen; openpyxl spends most of an import parsing styles and
cells we never look at. This reads just the values (text, numbers, booleans) of a sheet
with lxml, which is several times faster, and knows sheet names and their visibility.
Anything unreadable raises :class:`UnreadableWorkbook`. A cell that holds a formula or an error
(#REF!) reads as :class:`Unreadable`, never as empty or as its cached result: a formula saved
without a result would otherwise wipe a note, and a cached result may be stale.
"""

from __future__ import annotations

import functools
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any

from lxml import etree

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_ROW, _C, _V, _F, _T, _R, _IS = (_MAIN + t for t in ("row", "c", "v", "f", "t", "r", "is"))
_DIGITS = "0123456789"
MAX_PART_BYTES = 200_000_000  # a review pack is a few hundred kB; refuse zip bombs


class UnreadableWorkbook(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A cell that is not a plain value: a formula (text is the formula) or an error value."""

    kind: str  # "formula" | "error"
    text: str


@functools.cache
def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _text(node: Any) -> str:
    """Text of a shared or inline string: plain <t>, or rich-text runs; phonetic hints skipped."""
    own = node.find(_T)
    if own is not None:
        return own.text or ""
    return "".join(t.text or "" for t in node.iterfind(f"{_R}/{_T}"))


class XlsxValues:
    """Sheet names, visibility and cell values of one workbook."""

    def __init__(self, path: Path) -> None:
        try:
            self._zip = zipfile.ZipFile(path)
            self._sheets = self._read_sheets()
            self._strings: list[Any] | None = None
        except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, OSError) as exc:
            raise UnreadableWorkbook(str(exc)) from exc

    def _open(self, part: str) -> IO[bytes]:
        info = self._zip.getinfo(part)
        if info.file_size > MAX_PART_BYTES:
            raise UnreadableWorkbook(f"{part} is te groot")
        return self._zip.open(info)

    def _parse(self, part: str) -> Any:
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        with self._open(part) as fh:
            return etree.parse(fh, parser).getroot()

    def _read_sheets(self) -> dict[str, tuple[str, str]]:
        book = self._parse("xl/workbook.xml")
        rels = self._parse("xl/_rels/workbook.xml.rels")
        targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(_PKG + "Relationship")}
        sheets: dict[str, tuple[str, str]] = {}
        for sheet in book.iter(_MAIN + "sheet"):
            target = targets.get(sheet.get(_REL + "id"), "")
            part = (
                target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl", target))
            )
            sheets[sheet.get("name", "")] = (part, sheet.get("state", "visible"))
        return sheets

    @property
    def sheetnames(self) -> list[str]:
        return list(self._sheets)

    def state(self, name: str) -> str:
        return self._sheets[name][1]

    def _shared(self, index: int) -> str:
        """One shared string; the table is parsed once and its entries read on demand, since an
        import looks at only a few of the thousands of strings in a pack."""
        if self._strings is None:
            self._strings = []
            if "xl/sharedStrings.xml" in self._zip.namelist():
                self._strings = self._parse("xl/sharedStrings.xml").findall(_MAIN + "si")
        return _text(self._strings[index])

    def _value(self, c: Any) -> Any:
        kind = c.get("t", "n")
        formula = c.find(_F)
        if formula is not None:
            return Unreadable("formula", "=" + (formula.text or ""))
        if kind == "inlineStr":
            node = c.find(_IS)
            return None if node is None else _text(node)
        v = c.find(_V)
        if v is None or v.text is None:
            return None
        raw = v.text
        if kind == "s":
            return self._shared(int(raw))
        if kind == "b":
            return raw == "1"
        if kind == "e":
            return Unreadable("error", raw)
        if kind in ("str", "d"):
            return raw
        number = float(raw)
        return int(number) if number.is_integer() and "." not in raw and "E" not in raw else number

    def rows(self, name: str, only: set[int] | None = None) -> Iterator[tuple[int, list[Any]]]:
        """(row number, values from column A) for every row present in the sheet; with
        *only* (0-based column indexes), other columns read as None, which is faster."""
        part = self._sheets[name][0]
        try:
            with self._open(part) as fh:
                row_no = 0
                for _, row in etree.iterparse(fh, tag=_ROW, resolve_entities=False):
                    row_no = int(row.get("r") or row_no + 1)
                    values: list[Any] = []
                    for c in row.iter(_C):
                        ref = c.get("r")
                        col = _column(ref.rstrip(_DIGITS)) if ref else len(values) + 1
                        if col > len(values) + 1:
                            values.extend([None] * (col - len(values) - 1))
                        wanted = only is None or col - 1 in only
                        values.append(self._value(c) if wanted else None)
                    row.clear()
                    while row.getprevious() is not None:
                        del row.getparent()[0]
                    yield row_no, values
        except (etree.XMLSyntaxError, KeyError, ValueError, IndexError) as exc:
            raise UnreadableWorkbook(str(exc)) from exc

    def close(self) -> None:
        self._zip.close()
