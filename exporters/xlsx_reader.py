"""Reading the cell values of a returned workbook (review packs, an edited migration plan).

openpyxl in read-only mode does the parsing; this module adds what a file from outside needs
before anything is trusted:

- **Size caps.** Every part of the package is checked against its declared size before it is
  read (no part over 200 MB, no package over 1 GB unpacked), so a zip bomb is refused unread.
- **No DTDs.** A part whose prolog declares a DTD (the carrier of entity expansion and external
  entities) is refused before parsing; openpyxl itself parses with defusedxml and lxml without
  entity resolution, a second line behind this one.
- **Formulas are not values.** A cell holding a formula or an error (#REF!) reads as
  :class:`Unreadable`, never as empty or as its cached result: a formula saved without a
  result would otherwise wipe a note, and a cached result may be stale.

Anything unreadable raises :class:`UnreadableWorkbook`.
"""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

MAX_PART_BYTES = 200_000_000
MAX_TOTAL_BYTES = 1_000_000_000
PROLOG_LIMIT = 1 << 20  # a real part's prolog is a line; a megabyte of it is an attack
_XML_SUFFIXES = (".xml", ".rels", ".vml")


class UnreadableWorkbook(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A cell that is not a plain value: a formula (text is the formula) or an error value."""

    kind: str  # "formula" | "error"
    text: str


def _prolog_has_dtd(fh: Any) -> bool:
    """Whether the XML before the root element declares a DTD. Skips the declaration,
    processing instructions, comments and blanks; a prolog longer than PROLOG_LIMIT counts
    as one (no real part has that)."""
    buf = fh.read(PROLOG_LIMIT)
    i = 0
    while True:
        while i < len(buf) and buf[i] in b" \t\r\n":
            i += 1
        if buf.startswith(b"\xef\xbb\xbf", i):
            i += 3
        elif buf.startswith(b"<?", i):
            end = buf.find(b"?>", i)
            if end < 0:
                return True
            i = end + 2
        elif buf.startswith(b"<!--", i):
            end = buf.find(b"-->", i)
            if end < 0:
                return True
            i = end + 3
        else:
            return buf.startswith(b"<!", i)


def _check_package(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
                raise UnreadableWorkbook("het bestand is uitgepakt te groot")
            for info in infos:
                if info.file_size > MAX_PART_BYTES:
                    raise UnreadableWorkbook(f"{info.filename} is te groot")
                if info.filename.lower().endswith(_XML_SUFFIXES):
                    with zf.open(info) as fh:
                        if _prolog_has_dtd(fh):
                            raise UnreadableWorkbook(f"{info.filename} bevat een DTD")
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
        raise UnreadableWorkbook(str(exc)) from exc


def _value(cell: Any) -> Any:
    kind = getattr(cell, "data_type", None)
    value = cell.value
    if kind == "f" or (value is not None and kind not in ("s", "n", "b", "d", "e", None)):
        return Unreadable("formula", str(getattr(value, "text", value)))
    if kind == "e":
        return Unreadable("error", str(value))
    return value


class XlsxValues:
    """Sheet names, visibility and cell values of one workbook, read-only."""

    def __init__(self, path: Path) -> None:
        _check_package(path)
        try:
            with warnings.catch_warnings():
                # openpyxl warns about features it drops (data validation extensions, ...)
                warnings.simplefilter("ignore")
                self._wb = load_workbook(path, read_only=True, data_only=False, keep_links=False)
        except UnreadableWorkbook:
            raise
        except Exception as exc:  # openpyxl raises many kinds for a damaged package
            raise UnreadableWorkbook(str(exc)) from exc

    @property
    def sheetnames(self) -> list[str]:
        return list(self._wb.sheetnames)

    def state(self, name: str) -> str:
        return str(self._wb[name].sheet_state)

    def rows(self, name: str, only: set[int] | None = None) -> Iterator[tuple[int, list[Any]]]:
        """(row number, values from column A) for every row that holds something; with
        *only* (0-based column indexes), other columns read as None."""
        ws = self._wb[name]
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                for row_no, cells in enumerate(ws.iter_rows(), start=1):
                    values = [
                        _value(c) if only is None or i in only else None
                        for i, c in enumerate(cells)
                    ]
                    while values and values[-1] is None:
                        values.pop()
                    if values:
                        yield row_no, values
        except UnreadableWorkbook:
            raise
        except Exception as exc:
            raise UnreadableWorkbook(str(exc)) from exc

    def close(self) -> None:
        self._wb.close()
