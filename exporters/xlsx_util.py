"""Writing workbooks with XlsxWriter: one place for formats, safe cells and file handling.

Every workbook we write (migration plan, review packs) goes through :class:`Book` and
:class:`Sheet`. XlsxWriter's ``constant_memory`` mode writes each row to disk as soon as the next
one starts, so a 100,000-page plan takes the memory of one row. That mode needs rows in order,
which is how every sheet here is built. All text goes through :func:`exporters.safe.safe_text`
and is written with ``write_string``: nothing we write can become a formula.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.exceptions import XlsxWriterException
from xlsxwriter.format import Format
from xlsxwriter.utility import quote_sheetname, xl_col_to_name
from xlsxwriter.worksheet import Worksheet

from exporters.safe import safe_text

DATE_FORMAT = "dd-mm-yyyy"
PAGE_CHARS = 160  # column width (characters) that one landscape A4 page prints legibly
HEADER = {"bold": True, "font_color": "#FFFFFF", "bg_color": "#305496", "valign": "top",
          "text_wrap": True, "border": 1, "border_color": "#D9D9D9"}  # fmt: skip
LINK = {"font_color": "#0563C1", "underline": 1}
WRAP = {"text_wrap": True, "valign": "top"}
CELL_MAX = 32_000
EXCEL_EPOCH = date(1899, 12, 30)  # day 0 of Excel's 1900 date system (after its leap bug)
MAX_HYPERLINKS = 65_000  # Excel ignores hyperlinks beyond about 65,530 per sheet
MAX_URL = 2_079  # Excel's longest hyperlink
LINK_SCHEMES = ("http://", "https://")

_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")
_BLANK = re.compile(r"\s")
_NO_FORMATS: tuple[None, ...] = (None,) * 16384  # Excel's column limit


@dataclass(frozen=True, slots=True)
class Link:
    """A cell that links to *url* (shown as *text*, or the URL itself)."""

    url: str
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Styled:
    """A value with its own format, overriding the column's."""

    value: Any
    style: dict[str, Any]


def cell_text(value: str) -> str:
    """Text for a cell: made safe, cut to what a cell holds, line breaks as Excel types them
    (a CR would be stored as the escape "_x000D_", which most readers show literally)."""
    if value[:1].isalnum() and value.isprintable():
        return value[:CELL_MAX]  # no control character, no formula start: nothing to do
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return safe_text(value[:CELL_MAX])


def row_height(cells: Sequence[tuple[Any, float]], line: float = 15.0) -> float | None:
    """Height for a row whose (text, column width) cells wrap, or None for one line.

    Excel and LibreOffice do not grow a row for wrapped text on opening a written file, so
    wrapped text would be cut off or overlap: estimate the lines (a width unit holds about one
    character) and set the height."""
    most = 1
    for text, width in cells:
        if not isinstance(text, str) or not text:
            continue
        per_line = max(int(width) - 1, 1)
        lines = sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))
        most = max(most, lines)
    return None if most == 1 else min(409.0, line * most)


def col_name(index: int) -> str:
    """0-based column index -> letters."""
    return str(xl_col_to_name(index))


class Book:
    """An XlsxWriter workbook in constant-memory mode, with formats made once and shared."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.wb = xlsxwriter.Workbook(
            str(path),
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
                "use_zip64": True,
            },
        )
        self._formats: dict[tuple[tuple[str, Any], ...], Format] = {}
        self.sheets: list[Sheet] = []

    def fmt(self, *styles: dict[str, Any] | None, **props: Any) -> Format:
        """The format with these properties (later ones win); one Format per combination."""
        merged: dict[str, Any] = {}
        for style in styles:
            merged.update(style or {})
        merged.update(props)
        key = tuple(sorted(merged.items()))
        found = self._formats.get(key)
        if found is None:
            found = self._formats[key] = self.wb.add_format(merged)
        return found

    def sheet(self, title: str) -> Sheet:
        out = Sheet(self, self.wb.add_worksheet(title))
        self.sheets.append(out)
        return out

    def define_list(self, name: str, sheet: Sheet, column: int, rows: int) -> None:
        """A workbook name for a dropdown source: rows 2..rows+1 of *column* on *sheet*."""
        letter = col_name(column)
        self.wb.define_name(
            name, f"={quote_sheetname(sheet.title)}!${letter}$2:${letter}${rows + 1}"
        )

    def close(self) -> None:
        try:
            self.wb.close()
        except XlsxWriterException as exc:
            raise OSError(str(exc)) from exc

    def discard(self) -> None:
        """Delete the row files of an unsaved workbook (after a cancel or error)."""
        for sheet in self.wb.worksheets():
            fh = getattr(sheet, "row_data_fh", None)
            name = getattr(sheet, "row_data_filename", None)
            if fh is not None:
                with contextlib.suppress(OSError):
                    fh.close()
            if name:
                with contextlib.suppress(OSError):
                    os.unlink(name)


class Sheet:
    """Rows appended in order to one worksheet, each value written as its real type."""

    def __init__(self, book: Book, ws: Worksheet) -> None:
        self.book = book
        self.ws = ws
        self.title: str = ws.get_name()
        self.rows = 0  # rows written so far; the next row's 0-based index
        self.links = 0
        self._link = book.fmt(LINK)
        self._date = book.fmt(num_format=DATE_FORMAT)
        self.width = 0.0  # the columns' widths together, in characters

    def columns(self, widths: Sequence[float], formats: Sequence[Format | None] = ()) -> None:
        self.width = float(sum(widths))
        for i, width in enumerate(widths):
            fmt = formats[i] if i < len(formats) else None
            self.ws.set_column(i, i, width, fmt)

    def header(
        self,
        titles: Sequence[str],
        widths: Sequence[float] = (),
        *,
        styles: Sequence[dict[str, Any] | None] = (),
        freeze_cols: int = 0,
        height: float | None = None,
    ) -> None:
        """The header row, frozen (with *freeze_cols* columns)."""
        row = self.rows
        for i, title in enumerate(titles):
            extra = styles[i] if i < len(styles) else None
            self.ws.write_string(row, i, cell_text(title), self.book.fmt(HEADER, extra))
        if widths:
            self.columns(widths)
        if height is not None:
            self.ws.set_row(row, height)
        self.ws.freeze_panes(row + 1, freeze_cols)
        self.rows += 1

    def append(
        self,
        values: Sequence[Any],
        formats: Sequence[Format | None] | None = None,
        *,
        height: float | None = None,
    ) -> None:
        """One row. None leaves a cell empty (styled, if the column has a format)."""
        ws, r = self.ws, self.rows
        if height is not None:
            ws.set_row(r, height)
        fmts = formats if formats is not None else _NO_FORMATS
        write_string, write_number = ws.write_string, ws.write_number  # hot loop
        for c, value in enumerate(values):
            kind = type(value)
            if kind is str:
                write_string(r, c, cell_text(value), fmts[c])
            elif value is None:
                if fmts[c] is not None:
                    ws.write_blank(r, c, None, fmts[c])
            elif kind is int or kind is float:
                if math.isfinite(value):
                    write_number(r, c, value, fmts[c])
            else:
                self._other(r, c, value, fmts[c])
        self.rows += 1

    def _other(self, r: int, c: int, value: Any, fmt: Format | None) -> None:
        ws = self.ws
        if isinstance(value, Styled):
            self._other(r, c, value.value, self.book.fmt(value.style))
        elif isinstance(value, Link):
            text = cell_text(value.text if value.text is not None else value.url)
            url = value.url
            if (
                self.links < MAX_HYPERLINKS
                and url.startswith(LINK_SCHEMES)
                and len(url) <= MAX_URL
                and not _BLANK.search(url)
            ):
                ws.write_url(r, c, url, fmt or self._link, text)
                self.links += 1
            else:
                ws.write_string(r, c, text, fmt)
        elif isinstance(value, bool):
            ws.write_boolean(r, c, value, fmt)
        elif isinstance(value, datetime):
            ws.write_datetime(r, c, value, fmt or self._date)
        elif isinstance(value, date):
            if value.year < 1901:  # before Excel's calendar (and its 1900 leap-day bug)
                ws.write_string(r, c, value.isoformat(), fmt)
            else:  # a day is Excel's serial number of days, written as such (much cheaper)
                ws.write_number(r, c, (value - EXCEL_EPOCH).days, fmt or self._date)
        elif isinstance(value, int | float):
            if math.isfinite(value):
                ws.write_number(r, c, value, fmt)
        elif isinstance(value, str):
            ws.write_string(r, c, cell_text(value), fmt)
        else:
            ws.write_string(r, c, cell_text(str(value)), fmt)

    def print_wide(self, *, repeat_header: bool = True) -> None:
        """Landscape A4, the header on every page, the columns over as few page widths as
        keep the text readable (one page across holds about PAGE_CHARS characters): a wide
        sheet squeezed onto one page width prints too small to read."""
        self.ws.set_landscape()
        self.ws.set_paper(9)  # A4
        self.ws.fit_to_pages(max(1, math.ceil(self.width / PAGE_CHARS)), 0)
        if repeat_header:
            self.ws.repeat_rows(0)

    def blank(self, n: int = 1) -> None:
        self.rows += n

    def filter(self, columns: int) -> None:
        """A filter over the table (header row 1 to the last row written)."""
        self.ws.autofilter(0, 0, max(self.rows - 1, 1), columns - 1)


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique sheet title (max 31 characters, no []:*?/\\)."""
    base = _SHEET_BAD.sub("-", name).strip("' ") or "Blad"
    base = base[:31]
    title, n = base, 2
    while title.casefold() in taken:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.casefold())
    return title


@contextmanager
def replace_when_done(path: Path) -> Iterator[Path]:
    """Write to a temporary file next to *path*; replace *path* only if writing succeeded,
    so a cancelled or failed export never leaves a half file over a good one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".~" + path.stem, suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        share_like_a_new_file(tmp_path)
        os.replace(tmp_path, path)
    finally:
        tmp_path.unlink(missing_ok=True)


@contextmanager
def writing_book(path: Path) -> Iterator[Book]:
    """A Book saved to *path* when the block ends normally, discarded when it raises."""
    book = Book(path)
    try:
        yield book
    except BaseException:
        book.discard()
        raise
    book.close()


def share_like_a_new_file(path: Path) -> None:
    """mkstemp makes files only their owner may read; an export is meant for colleagues (on a
    share too), so give it the permissions any new file of this user gets (the umask)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)
