"""Small helpers for writing streaming (write-only) worksheets safely.

Write-only mode keeps a 100,000-row workbook in bounded memory, but every styled cell must be
built by hand and column widths, filters and validations set by us; these helpers keep that
out of the sheet builders. All text goes through :func:`exporters.safe.safe_text`.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from exporters.fast_rows import MAX_HYPERLINKS
from exporters.safe import safe_text

DATE_FORMAT = "dd-mm-yyyy"
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", start_color="305496")
LINK_FONT = Font(color="0563C1", underline="single")
CELL_MAX = 32_000

_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


class SheetWriter:
    """Appends rows to a write-only sheet, turning values into safe, formatted cells."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self.rows = 0
        self.links = 0

    def header(self, titles: list[str], widths: list[float] | None = None) -> None:
        """Header row, frozen; must come first (write-only sheets write their view early)."""
        self.ws.freeze_panes = "A2"
        for i, width in enumerate(widths or [], start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = width
        cells = []
        for title in titles:
            c = WriteOnlyCell(self.ws, value=safe_text(title))
            c.font = HEADER_FONT
            c.fill = HEADER_FILL
            c.alignment = Alignment(vertical="top", wrap_text=True)
            cells.append(c)
        self.ws.append(cells)
        self.rows += 1

    def cell(self, value: Any, number_format: str | None = None) -> Any:
        if isinstance(value, str):
            value = safe_text(value[:CELL_MAX])
        elif isinstance(value, datetime | date):
            c = WriteOnlyCell(self.ws, value=value)
            c.number_format = number_format or DATE_FORMAT
            return c
        if number_format is None:
            return value
        c = WriteOnlyCell(self.ws, value=value)
        c.number_format = number_format
        return c

    def link(self, url: str | None) -> Any:
        if not url:
            return None
        text = safe_text(url[:CELL_MAX])
        if self.links >= MAX_HYPERLINKS or not url.startswith(("http://", "https://", "file:")):
            return text
        c = WriteOnlyCell(self.ws, value=text)
        c.hyperlink = url
        c.font = LINK_FONT
        self.links += 1
        return c

    def styled(self, value: Any, *, bold: bool = False, indent: int = 0) -> Cell:
        c = WriteOnlyCell(self.ws, value=safe_text(value) if isinstance(value, str) else value)
        if bold:
            c.font = Font(bold=True)
        if indent:
            c.alignment = Alignment(indent=indent)
        return c

    def append(self, values: list[Any]) -> None:
        self.ws.append([v if isinstance(v, Cell) else self.cell(v) for v in values])
        self.rows += 1

    def blank(self) -> None:
        self.ws.append([])
        self.rows += 1


def finish_table(ws: WriteOnlyWorksheet, columns: int, rows: int) -> None:
    """A filter over the whole table."""
    ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{max(rows, 2)}"


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


def share_like_a_new_file(path: Path) -> None:
    """mkstemp makes files only their owner may read; an export is meant for colleagues (on a
    share too), so give it the permissions any new file of this user gets (the umask)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def discard_streaming(wb: Workbook) -> None:
    """Close and delete the temporary files of an unsaved write-only workbook (after a cancel
    or error), so nothing half-written lingers or fails later during garbage collection."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
            writer = getattr(ws, "_writer", None)
            if writer is not None:
                writer.cleanup()
