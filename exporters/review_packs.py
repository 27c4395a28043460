"""Review packs out: one workbook per reviewer with only their pages.

A pack is edited by people outside the project group, in whatever Excel they have, and then
comes back by mail. So identifiers and read-only columns are locked, the editable cells offer
dropdowns, and hidden sheets carry what the import needs to map rows back safely: the
project id, a token recorded in ``review_packs``, the values as exported (for a three-way
merge against later changes in the project), and a signature over the pack's reviewer and
pages (:mod:`exporters.pack_signature`).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select

from audit_app.core import schema as s
from audit_app.core.changes import last_change_id
from audit_app.core.navigation import node_paths
from audit_app.core.progress import Progress
from audit_app.core.project import Project, set_setting, utcnow
from exporters import labels
from exporters.import_words import coded
from exporters.labels import Lang
from exporters.pack_signature import pack_secret, sign_pack
from exporters.plan import PlanRow, iter_plan_rows, plan_cells
from exporters.redirects import slugify
from exporters.review_pack_format import (
    BASE_COLUMNS,
    BASE_SHEET,
    EDITABLE,
    FORMAT_NAME,
    FORMAT_VERSION,
    FROZEN_COLUMNS,
    LISTS_SHEET,
    META_SHEET,
    NAV_LIST_NAME,
    PACK_COLUMNS,
)
from exporters.review_plan import CodedError
from exporters.xlsx_util import (
    DATE_FORMAT,
    LINK,
    Book,
    Link,
    Sheet,
    col_name,
    replace_when_done,
    row_height,
    writing_book,
)

WIDTHS = {
    "id": 8, "url": 45, "title": 45, "kind": 11, "section": 28, "last_modified": 14,
    "age_band": 18, "readability": 12, "readability_band": 18, "words": 9, "inlinks": 14,
    "views": 14, "duplicate_of": 35, "suggestion": 13, "reasons": 40, "hard_words": 40,
    "decision": 16, "nav_home": 45, "status": 14, "note": 45, "merge_into": 35,
}  # fmt: skip
# What the instructions promise: yellow columns are filled in, grey ones are locked.
LOCKED_HEADER = {"bg_color": "#595959"}
EDIT_HEADER = {"bg_color": "#305496"}
EDIT = {"locked": False, "bg_color": "#FFF2B3", "border": 1, "border_color": "#BFBFBF",
        "valign": "top"}  # fmt: skip
LOCKED = {"bg_color": "#EDEDED", "font_color": "#404040", "valign": "top"}
WRAPPED = ("title", "reasons", "hard_words", "note", "section")
RETURN_TO_SETTING = "review_pack_return_to"
TEXT_WIDTH = 90  # the instructions' text column
PROTECT = {"autofilter": True, "sort": True, "format_columns": True, "format_rows": True}


class PackError(CodedError, ValueError):
    """A review pack cannot be made: a code with its facts, ``str()`` in Dutch."""


@dataclass(frozen=True)
class PackInfo:
    reviewer: str
    path: Path
    pages: int
    token: str


def _cells(row: PlanRow, lang: Lang) -> list[object]:
    """The plan's cells for the pack's columns; old addresses clickable."""
    by_key = plan_cells(row, lang)
    by_key["url"] = Link(row.url)
    by_key["duplicate_of"] = Link(row.duplicate_of) if row.duplicate_of else None
    return [by_key[k] for k in PACK_COLUMNS]


def _column_formats(book: Book) -> list[Any]:
    """Editable columns yellow and unlocked, the rest grey (locked by the sheet protection);
    long text wraps inside its cell instead of spilling over the cells next to it."""
    formats = []
    for key in PACK_COLUMNS:
        style: dict[str, Any] = dict(EDIT if key in EDITABLE else LOCKED)
        if key in WRAPPED:
            style["text_wrap"] = True
        if key in ("url", "duplicate_of"):
            style.update(LINK)
        if key == "last_modified":
            style["num_format"] = DATE_FORMAT
        if key == "readability":
            style["num_format"] = "0.0"
        formats.append(book.fmt(style))
    return formats


def _review_sheet(out: Sheet, rows: list[PlanRow], lang: Lang, has_nav: bool) -> None:
    heads = [labels.text(lang, "col." + k) for k in PACK_COLUMNS]
    styles = [EDIT_HEADER if k in EDITABLE else LOCKED_HEADER for k in PACK_COLUMNS]
    formats = _column_formats(out.book)
    out.header(heads, styles=styles, freeze_cols=FROZEN_COLUMNS, height=32)
    widths = [WIDTHS[k] for k in PACK_COLUMNS]
    out.columns(widths, formats)
    wrapped = [(PACK_COLUMNS.index(k), WIDTHS[k]) for k in WRAPPED]
    for row in rows:
        cells = _cells(row, lang)
        height = row_height([(cells[i], w) for i, w in wrapped])
        out.append(cells, formats, height=height)
    out.print_wide()
    out.filter(len(PACK_COLUMNS))
    if rows:
        _validations(out, len(rows) + 1, lang, has_nav)
    out.ws.protect("", PROTECT)


def _validations(out: Sheet, last: int, lang: Lang, has_nav: bool) -> None:
    def col(key: str) -> str:
        letter = col_name(PACK_COLUMNS.index(key))
        return f"{letter}2:{letter}{last}"

    nl = lang == "nl"
    lists: list[tuple[str, Any, str]] = [
        (
            "decision",
            labels.choices(lang, "decision"),
            ("Kies: " if nl else "Pick: ") + ", ".join(labels.choices(lang, "decision")) + ".",
        ),
        (
            "status",
            labels.choices(lang, "status"),
            "Kies te doen, beoordeeld of bespreken." if nl else "Pick to do, reviewed or discuss.",
        ),
    ]
    if has_nav:
        msg = "Kies een plek uit de lijst." if nl else "Pick a home from the list."
        lists.append(("nav_home", "=" + NAV_LIST_NAME, msg))
    for key, source, message in lists:
        out.ws.data_validation(
            col(key),
            {
                "validate": "list",
                "source": source,
                "ignore_blank": True,
                "error_title": "content-audit",
                "error_message": message,
            },
        )


def _return_line(lang: Lang, return_to: str | None, deadline: date | None) -> str | None:
    by = None if deadline is None else labels.long_date(lang, deadline)
    if return_to and by:
        return labels.text(lang, "help.return_both", to=return_to, deadline=by)
    if return_to:
        return labels.text(lang, "help.return_to", to=return_to)
    if by:
        return labels.text(lang, "help.return_by", deadline=by)
    return None


def _help_sheet(
    out: Sheet,
    lang: Lang,
    meta: dict[str, object],
    pages: int,
    *,
    review_title: str,
    deadline: date | None,
) -> None:
    """The first sheet an ambassador sees: whose pack, how many pages, where to send it back
    and by when, and six short steps."""
    book = out.book
    out.columns([4, TEXT_WIDTH])
    out.print_wide(repeat_header=False)
    text_fmt = book.fmt(text_wrap=True, valign="top")
    out.append([None, labels.text(lang, "help.title", name=meta["reviewer"])],
               [None, book.fmt(bold=True, font_size=16)])  # fmt: skip
    out.append([None, labels.text(lang, "help.project", project=meta["project_name"])])
    count = (
        labels.text(lang, "help.pages_one")
        if pages == 1
        else labels.text(lang, "help.pages", n=pages)
    )
    out.append([None, count])
    back = _return_line(lang, str(meta.get("return_to") or "") or None, deadline)
    if back:
        out.append(
            [None, back],
            [None, book.fmt(bold=True, font_size=12, font_color="#C00000", text_wrap=True)],
            height=row_height([(back, TEXT_WIDTH * 0.8)], line=17),
        )
    out.blank()
    out.append([None, labels.text(lang, "help.how")], [None, book.fmt(bold=True, font_size=12)])
    choices = ", ".join(labels.choices(lang, "decision"))
    steps = ["help.1", "help.2", "help.merge", "help.3", "help.4", "help.5", "help.6"]
    for i, key in enumerate(steps, start=1):
        line = labels.text(lang, key, sheet=review_title, choices=choices)
        out.append(
            [f"{i}.", line],
            [book.fmt(valign="top", align="right"), text_fmt],
            height=row_height([(line, TEXT_WIDTH)]),
        )
    out.blank()
    out.append([None, labels.text(lang, "help.fill")], [None, book.fmt(EDIT)])
    out.append([None, labels.text(lang, "help.locked")], [None, book.fmt(LOCKED)])
    out.ws.protect("", {})


def _write_pack(
    path: Path,
    *,
    rows: list[PlanRow],
    lang: Lang,
    meta: dict[str, object],
    nav_paths: dict[int, str],
    deadline: date | None,
) -> None:
    paths = sorted(nav_paths.values(), key=str.casefold)
    with writing_book(path) as book:
        help_sheet = book.sheet(labels.text(lang, "sheet.help"))
        review = book.sheet(str(meta["review_sheet"]))
        lists = book.sheet(LISTS_SHEET)
        meta_ws = book.sheet(META_SHEET)
        base = book.sheet(BASE_SHEET)
        _help_sheet(help_sheet, lang, meta, len(rows), review_title=review.title, deadline=deadline)
        _review_sheet(review, rows, lang, bool(paths))

        lists.append([labels.text(lang, "col.nav_home")])
        for p in paths:
            lists.append([p])
        lists.ws.hide()
        lists.ws.protect("", {})
        if paths:
            book.define_list(NAV_LIST_NAME, lists, 0, len(paths))

        for key, value in meta.items():
            meta_ws.append([key, value])
        meta_ws.ws.very_hidden()
        meta_ws.ws.protect("", {})

        base.append(list(BASE_COLUMNS))
        for row in rows:
            base.append(
                [row.id, row.decision, row.nav_node_id, row.status, row.note, row.merge_into]
            )
        base.ws.very_hidden()
        base.ws.protect("", {})
        help_sheet.ws.activate()


def _pack_name(name: str, taken: set[str]) -> str:
    stem = f"reviewpakket-{slugify(name)}"
    candidate, n = stem, 2
    while candidate in taken:
        candidate, n = f"{stem}-{n}", n + 1
    taken.add(candidate)
    return candidate + ".xlsx"


def _select_reviewers(conn: Connection, names: list[str] | None) -> list[tuple[int, str]]:
    rows = conn.execute(
        select(s.reviewers.c.id, s.reviewers.c.name).order_by(s.reviewers.c.name)
    ).all()
    if not names:
        return [(r.id, r.name) for r in rows]
    by_name = {r.name.casefold(): (r.id, r.name) for r in rows}
    chosen, unknown = [], []
    for name in names:
        hit = by_name.get(name.strip().casefold())
        if hit is None:
            unknown.append(name)
        elif hit not in chosen:
            chosen.append(hit)
    if unknown:
        known = [r.name for r in rows]
        raise coded(PackError, "unknown-reviewers", names=unknown, known=known)
    return chosen


def export_review_packs(
    project: Project,
    out_dir: str | Path,
    *,
    reviewers: list[str] | None = None,
    lang: Lang = "nl",
    return_to: str | None = None,
    deadline: date | None = None,
    progress: Progress | None = None,
) -> list[PackInfo]:
    """One pack per reviewer (all, or those named) who has pages; each pack is recorded in
    ``review_packs`` so its return can be checked and merged. *return_to* (an address or a
    name) and *deadline* appear on the pack's first sheet; the address is remembered in the
    project for the next round."""
    return_to = (return_to or "").strip() or None
    folder = Path(out_dir)
    made: list[PackInfo] = []
    taken: set[str] = set()
    with project.read() as conn:
        chosen = _select_reviewers(conn, reviewers)
        nav_paths = node_paths(conn)
    with project.transaction() as conn:
        secret = pack_secret(conn, create=True)
        if return_to:
            set_setting(conn, RETURN_TO_SETTING, return_to)
    assert secret is not None
    project_id = project.project_id
    folder.mkdir(parents=True, exist_ok=True)
    if progress is not None:
        progress.update(0, len(chosen), "Reviewpakketten maken", force=True, code="make-packs")
    for reviewer_id, name in chosen:
        if progress is not None:
            progress.check()
        with project.read() as conn:
            high = last_change_id(conn)
            rows = list(iter_plan_rows(conn, nav_paths, reviewer_id))
        if rows:
            token = secrets.token_hex(16)
            created = utcnow()
            target = folder / _pack_name(name, taken)
            meta: dict[str, object] = {
                "format": FORMAT_NAME,
                "format_version": FORMAT_VERSION,
                "project_id": project_id,
                "project_name": project.name,
                "token": token,
                "reviewer": name,
                "reviewer_id": reviewer_id,
                "created_at": created,
                "last_change_id": high,
                "lang": lang,
                "review_sheet": labels.text(lang, "sheet.pack"),
                "return_to": return_to,
                "deadline": None if deadline is None else deadline.isoformat(),
                "signature": sign_pack(
                    secret,
                    project_id=project_id,
                    version=FORMAT_VERSION,
                    token=token,
                    reviewer_id=reviewer_id,
                    page_ids=[row.id for row in rows],
                ),
            }
            with replace_when_done(target) as tmp:
                _write_pack(
                    tmp, rows=rows, lang=lang, meta=meta, nav_paths=nav_paths, deadline=deadline
                )
                with project.transaction() as conn:
                    conn.execute(
                        insert(s.review_packs).values(
                            token=token,
                            reviewer_id=reviewer_id,
                            created_at=created,
                            last_change_id=high,
                            file_name=target.name,
                        )
                    )
            made.append(PackInfo(name, target, len(rows), token))
        if progress is not None:
            progress.update(advance=1, message=name)
    return made
