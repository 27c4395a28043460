"""Reading a navigation tree that people wrote elsewhere: indented text, paths, Excel CSV.

Parsing is separate from writing: a file is read completely into paths first, and any error
(with its line number, in Dutch) stops the import before anything touches the project.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from audit_app.core.changes import ChangeError
from audit_app.core.navigation import MAX_TITLE

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "resources" / "nav_templates"
_BULLET = re.compile(r"^(?:[-*•–]\s+)")


class NavImportError(ChangeError):
    """An import file we cannot read; the message names the line."""


@dataclass(frozen=True)
class TreeLine:
    line: int
    path: tuple[str, ...]


def decode(data: bytes) -> str:
    """Text as people save it on Windows: UTF-8 (with or without BOM), else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _check_title(title: str, line: int) -> str:
    t = " ".join(title.split())
    if len(t) > MAX_TITLE:
        raise NavImportError(
            f"Regel {line}: de naam is langer dan {MAX_TITLE} tekens.",
            code="name-too-long",
            line=line,
            max=MAX_TITLE,
        )
    return t


def parse_paths(text: str) -> list[TreeLine]:
    """One full path per line: ``Werk > Verlof > Ziekmelden``."""
    out: list[TreeLine] = []
    for no, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = tuple(_check_title(p, no) for p in line.split(">"))
        if any(not p for p in parts):
            raise NavImportError(
                f"Regel {no}: een deel van het pad is leeg ({line!r}).",
                code="empty-path-part",
                line=no,
                text=line,
            )
        out.append(TreeLine(no, parts))
    return out


def parse_indented(text: str) -> list[TreeLine]:
    """An outline indented with tabs or with 2 or 4 spaces per level."""
    rows: list[tuple[int, str, str]] = []  # (line, indent, title)
    for no, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        body = raw.lstrip(" \t")
        indent = raw[: len(raw) - len(body)]
        if " " in indent and "\t" in indent:
            raise NavImportError(
                f"Regel {no}: tabs en spaties door elkaar gebruikt om in te springen.",
                code="mixed-indent",
                line=no,
            )
        title = _check_title(_BULLET.sub("", body.rstrip()), no)
        if not title:
            raise NavImportError(
                f"Regel {no}: er staat geen naam op deze regel.", code="no-name", line=no
            )
        rows.append((no, indent, title))
    space_indents = sorted({len(i) for _n, i, _t in rows if i and i[0] == " "})
    unit = space_indents[0] if space_indents else 1
    out: list[TreeLine] = []
    stack: list[str] = []
    for no, indent, title in rows:
        if indent.startswith("\t") or not indent:
            level = len(indent)
        else:
            if len(indent) % unit:
                raise NavImportError(
                    f"Regel {no}: inspringing van {len(indent)} spaties past niet bij de rest "
                    f"({unit} spaties per niveau).",
                    code="odd-indent",
                    line=no,
                    spaces=len(indent),
                    unit=unit,
                )
            level = len(indent) // unit
        if level > len(stack):
            raise NavImportError(
                f"Regel {no}: '{title}' springt verder in dan het item erboven (een niveau "
                "overgeslagen).",
                code="skipped-level",
                line=no,
                title=title,
            )
        stack = [*stack[:level], title]
        out.append(TreeLine(no, tuple(stack)))
    return out


def parse_text(text: str) -> list[TreeLine]:
    """Indented outline, or full paths when lines contain ``>``."""
    lines = [x for x in text.splitlines() if x.strip() and not x.lstrip().startswith("#")]
    if any(">" in x for x in lines) and not any(x[0] in " \t" for x in lines):
        return parse_paths(text)
    return parse_indented(text)


_HEADERS = {
    "level": "level", "niveau": "level", "laag": "level",
    "path": "path", "pad": "path", "locatie": "path",
    "title": "title", "titel": "title", "naam": "title", "name": "title",
}  # fmt: skip


def _split_path(value: str) -> list[str]:
    """``A > B`` paths; ``/a/b`` only when the cell looks like a URL path, since titles such as
    "In dienst/uit dienst" contain slashes."""
    if ">" in value:
        return value.split(">")
    if value.startswith("/"):
        return value.strip("/").split("/")
    return [value]


def _read_header(cells: list[str], no: int) -> dict[str, int]:
    header: dict[str, int] = {}
    for i, cell in enumerate(cells):
        key = _HEADERS.get(cell.casefold())
        if key and key not in header:
            header[key] = i
    if "path" not in header and "title" not in header:
        raise NavImportError(
            f"Regel {no}: geen kolomkoppen gevonden. Gebruik een kolom 'pad' (bijv. "
            "'Werk > Verlof') of de kolommen 'niveau' en 'titel'.",
            code="no-headers",
            line=no,
        )
    return header


def _level(raw: str, title: str, depth: int, no: int) -> int:
    try:
        level = int(float((raw or "1").replace(",", ".")))
    except ValueError:
        raise NavImportError(
            f"Regel {no}: niveau '{raw}' is geen getal (1 is het hoogste niveau).",
            code="level-not-number",
            line=no,
            value=raw,
        ) from None
    if level < 1:
        raise NavImportError(
            f"Regel {no}: niveau moet 1 of hoger zijn.", code="level-too-low", line=no
        )
    if level - 1 > depth:
        raise NavImportError(
            f"Regel {no}: '{title}' heeft niveau {level}, maar er is geen item van "
            f"niveau {level - 1} boven.",
            code="level-gap",
            line=no,
            title=title,
            level=level,
        )
    return level


def parse_csv(text: str) -> list[TreeLine]:
    """A spreadsheet with a header row: ``pad`` (full path) or ``niveau`` + ``titel``.

    Dutch Excel saves with ``;``; we also accept ``,`` and tab.
    """
    first = next((x for x in text.splitlines() if x.strip()), "")
    delim = max(";,\t", key=first.count)
    reader = csv.reader(io.StringIO(text), delimiter=delim)
    header: dict[str, int] | None = None
    out: list[TreeLine] = []
    stack: list[str] = []
    for row in reader:
        no = reader.line_num
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if header is None:
            header = _read_header(cells, no)
            continue
        get = {k: (cells[i] if i < len(cells) else "") for k, i in header.items()}
        if get.get("path"):
            parts = tuple(_check_title(p, no) for p in _split_path(get["path"]) if p.strip())
            if get.get("title"):
                parts = (*parts, _check_title(get["title"], no))
            stack = list(parts)
            out.append(TreeLine(no, parts))
            continue
        title = _check_title(get.get("title", ""), no)
        if not title:
            raise NavImportError(
                f"Regel {no}: er staat geen titel in deze rij.", code="no-title", line=no
            )
        level = _level(get.get("level", ""), title, len(stack), no) if "level" in header else 1
        stack = [*stack[: level - 1], title]
        out.append(TreeLine(no, tuple(stack)))
    return out


def read_tree_file(path: str | Path) -> list[TreeLine]:
    """Parse a tree file by its extension (.csv, else text); raises NavImportError."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise NavImportError(
            f"{p.name} kan niet worden gelezen: {exc.strerror}.",
            code="file-unreadable",
            name=p.name,
            detail=exc.strerror or "",
        ) from exc
    text = decode(data)
    if "\x00" in text:
        raise NavImportError(
            f"{p.name} is geen tekst- of CSV-bestand.", code="not-text", name=p.name
        )
    items = parse_csv(text) if p.suffix.casefold() in (".csv", ".tsv") else parse_text(text)
    if not items:
        raise NavImportError(f"{p.name} bevat geen navigatie-items.", code="no-items", name=p.name)
    return items


def templates() -> dict[str, Path]:
    """Bundled starting trees by display name (the file's first ``#`` line)."""
    out: dict[str, Path] = {}
    for f in sorted(TEMPLATE_DIR.glob("*.txt")):
        first = f.read_text(encoding="utf-8").splitlines()[:1]
        name = first[0].lstrip("#").strip() if first and first[0].startswith("#") else f.stem
        out[name] = f
    return out
