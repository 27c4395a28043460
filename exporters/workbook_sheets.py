"""The workbook's smaller sheets: navigation, summary, redirects, broken links, files, lists.

Each is built from SQL aggregates or a streaming query, never from the plan rows held in
memory, so their cost does not grow with what the plan sheet already wrote.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, case, func, or_, select

from audit_app.core import assets
from audit_app.core import schema as s
from audit_app.core.backends import backend_of
from audit_app.core.navigation import PATH_SEPARATOR
from audit_app.core.page_query import visible_count
from exporters import labels
from exporters.crawl_words import fetch_error_text
from exporters.labels import Lang
from exporters.plan import plan_filter
from exporters.redirects import iter_redirects, redirect_note
from exporters.xlsx_util import LINK, WRAP, Link, Sheet, Styled, row_height

DECISION_KEYS: tuple[str | None, ...] = (*labels.codes("decision"), None)
# The app's decision colours (audit_app/ui/dashboard.py), so a chart reads the same everywhere.
DECISION_COLOURS: dict[str | None, str] = {
    "keep": "#2E7D32",
    "rewrite": "#EF8F00",
    "merge": "#1565C0",
    "archive": "#6A1B9A",
    "delete": "#C62828",
    None: "#B0BEC5",
}
MAX_PAGES_LISTED = 20
CHART_ROWS = 16
CHART_MAX_BARS = 20
CHART_COLUMN = len(DECISION_KEYS) + 3  # right of the tables (first column, decisions, total)


def _decision_headers(lang: Lang) -> list[str]:
    words = [labels.value(lang, "decision", c) or "" for c in labels.codes("decision")]
    return [*words, labels.text(lang, "count.undecided"), labels.text(lang, "count.total")]


def _counts(row: dict[str | None, int]) -> list[int]:
    values = [row.get(k, 0) for k in DECISION_KEYS]
    return [*values, sum(values)]


def _plan_from() -> Any:
    return s.pages.outerjoin(s.decisions, s.decisions.c.page_id == s.pages.c.id).outerjoin(
        s.scores, s.scores.c.page_id == s.pages.c.id
    )


def crosstab(conn: Connection, key: Any) -> dict[Any, dict[str | None, int]]:
    """Plan rows counted by *key* (an SQL expression) and decision."""
    stmt = (
        select(key.label("k"), s.decisions.c.decision, func.count())
        .select_from(_plan_from())
        .where(*plan_filter(None))
        .group_by(key, s.decisions.c.decision)
    )
    table: dict[Any, dict[str | None, int]] = defaultdict(dict)
    for k, decision, n in conn.execute(stmt):
        table[k][decision] = n
    return table


def nav_children(conn: Connection) -> dict[int | None, list[Any]]:
    """Navigation nodes by parent (None: top level, also for a parent that is gone)."""
    nodes = conn.execute(
        select(s.nav_nodes.c.id, s.nav_nodes.c.parent_id, s.nav_nodes.c.title).order_by(
            s.nav_nodes.c.position, s.nav_nodes.c.id
        )
    ).all()
    ids = {n.id for n in nodes}
    children: dict[int | None, list[Any]] = defaultdict(list)
    for node in nodes:
        children[node.parent_id if node.parent_id in ids else None].append(node)
    return children


def tree_order(children: dict[int | None, list[Any]]) -> Iterator[tuple[Any, int, str]]:
    """(node, level, full path) in reading order, each node once even in damaged data."""
    seen: set[int] = set()

    def walk(parent: int | None, level: int, prefix: str) -> Iterator[tuple[Any, int, str]]:
        for node in children.get(parent, []):
            if node.id in seen:
                continue
            seen.add(node.id)
            path = prefix + node.title
            yield node, level, path
            yield from walk(node.id, level + 1, path + PATH_SEPARATOR)

    yield from walk(None, 0, "")


def write_navigation(out: Sheet, conn: Connection, lang: Lang) -> None:
    """The new tree in reading order, indented by level; each item counts its own pages and
    all pages below it by decision, as the app's tree does."""
    children = nav_children(conn)
    own = crosstab(conn, s.decisions.c.nav_node_id)
    totals: dict[int, dict[str | None, int]] = {}

    def total(node_id: int, path: set[int]) -> dict[str | None, int]:
        """A node's pages and all pages below it, as the app's tree counts them."""
        if node_id in totals:
            return totals[node_id]
        summed = dict(own.get(node_id, {}))
        for child in children.get(node_id, []):
            if child.id in path:
                continue  # a loop in damaged data: count each node once
            for key, n in total(child.id, path | {child.id}).items():
                summed[key] = summed.get(key, 0) + n
        totals[node_id] = summed
        return summed

    heads = [labels.text(lang, "nav.node"), labels.text(lang, "nav.level")]
    heads += [
        *_decision_headers(lang),
        labels.text(lang, "nav.direct"),
        labels.text(lang, "nav.path"),
    ]
    width = [45, 8] + [14] * (len(DECISION_KEYS) + 1) + [12, 60]
    out.header(heads, width)
    for node, level, path in tree_order(children):
        has_children = bool(children.get(node.id))
        style = {"bold": level == 0 or has_children, "indent": min(level * 2, 15)}
        direct = sum(own.get(node.id, {}).values())
        row = [Styled(node.title, style), level + 1, *_counts(total(node.id, {node.id}))]
        out.append([*row, direct, path])
    none = own.get(None, {})
    out.append([labels.text(lang, "nav.none"), None, *_counts(none), sum(none.values()), None])
    out.filter(len(heads))
    out.print_wide()


def _table(
    out: Sheet,
    title: str,
    first: str,
    rows: Iterable[tuple[str, dict[str | None, int]]],
    lang: Lang,
    *,
    chart: str,
) -> None:
    bold = {"bold": True}
    start = out.rows  # 0-based row of the title
    out.append([Styled(title, {"bold": True, "font_size": 12})])
    out.append([Styled(first, bold), *(Styled(h, bold) for h in _decision_headers(lang))])
    n = 0
    for name, counts in rows:
        out.append([name, *_counts(counts)])
        n += 1
    if n:
        header_row = start + 1
        shown = min(n, CHART_MAX_BARS)  # the table has every row; the chart the biggest
        cats = [out.title, header_row + 1, 0, header_row + shown, 0]
        if chart == "pie":
            pie = out.book.wb.add_chart({"type": "pie"})
            total_col = len(DECISION_KEYS) + 1
            pie.add_series(
                {
                    "name": title,
                    "categories": cats,
                    "values": [out.title, header_row + 1, total_col, header_row + shown, total_col],
                    "points": [{"fill": {"color": DECISION_COLOURS[k]}} for k in DECISION_KEYS],
                }
            )
            pie.set_title({"name": title})
            out.ws.insert_chart(start, CHART_COLUMN, pie)
        else:
            bar = out.book.wb.add_chart({"type": "bar", "subtype": "stacked"})
            for i, code in enumerate(DECISION_KEYS, start=1):
                bar.add_series(
                    {
                        "name": [out.title, header_row, i],
                        "categories": cats,
                        "values": [out.title, header_row + 1, i, header_row + shown, i],
                        "fill": {"color": DECISION_COLOURS[code]},
                        "gap": 60,
                        "overlap": 100,
                    }
                )
            bar.set_title({"name": title})
            bar.set_y_axis({"reverse": True})
            bar.set_size({"width": 680, "height": 290})
            out.ws.insert_chart(start, CHART_COLUMN, bar)
    out.blank(max(2, CHART_ROWS - n - 2))


def _decision_table(out: Sheet, conn: Connection, lang: Lang) -> None:
    """How many pages got each decision: one count per decision (not a crosstab of decision
    against itself), with its share and a pie in the app's decision colours."""
    by_decision = {k: sum(v.values()) for k, v in crosstab(conn, s.decisions.c.decision).items()}
    grand = sum(by_decision.values())
    title = labels.text(lang, "sum.by_decision")
    bold = {"bold": True}
    start = out.rows
    out.append([Styled(title, {"bold": True, "font_size": 12})])
    heads = [labels.text(lang, k) for k in ("col.decision", "sum.count", "sum.share")]
    out.append([Styled(h, bold) for h in heads])
    share = out.book.fmt(num_format="0%")
    for code in DECISION_KEYS:
        word = labels.value(lang, "decision", code) or labels.text(lang, "count.undecided")
        n = by_decision.get(code, 0)
        out.append([word, n, n / grand if grand else 0], [None, None, share])
    out.append([Styled(labels.text(lang, "count.total"), bold), Styled(grand, bold)])
    in_table = visible_count(conn)
    if in_table > grand:  # the app's table also lists broken and gone addresses
        out.append([labels.text(lang, "sum.not_in_plan", n=in_table - grand, table=in_table)])
    if grand:
        first, last = start + 2, start + 1 + len(DECISION_KEYS)
        pie = out.book.wb.add_chart({"type": "pie"})
        pie.add_series(
            {
                "name": title,
                "categories": [out.title, first, 0, last, 0],
                "values": [out.title, first, 1, last, 1],
                "points": [{"fill": {"color": DECISION_COLOURS[k]}} for k in DECISION_KEYS],
                "data_labels": {"percentage": True},
            }
        )
        pie.set_title({"name": title})
        out.ws.insert_chart(start, CHART_COLUMN, pie)
    out.blank(max(2, CHART_ROWS - len(DECISION_KEYS) - 3))


def write_summary(out: Sheet, conn: Connection, lang: Lang) -> None:
    """Counts by decision, old section, age and readability, each with a chart."""
    out.columns([40] + [13] * len(DECISION_KEYS) + [10])
    out.print_wide(repeat_header=False)
    unknown = labels.text(lang, "sum.unknown")

    _decision_table(out, conn, lang)

    sec = s.pages.c.section
    find = backend_of(conn).find
    top = case(
        (
            find(sec, PATH_SEPARATOR) > 0,
            func.substr(sec, 1, find(sec, PATH_SEPARATOR) - 1),
        ),
        else_=sec,
    )
    by_section = crosstab(conn, top)
    ordered = sorted(by_section.items(), key=lambda kv: (-sum(kv[1].values()), str(kv[0])))
    section_rows = [(k or labels.text(lang, "sum.no_section"), v) for k, v in ordered]
    title = labels.text(lang, "sum.by_section")
    _table(out, title, labels.text(lang, "col.section"), section_rows, lang, chart="bar")

    for key, group, title in (
        (s.scores.c.age_band, "age_band", "sum.by_age"),
        (s.scores.c.readability_band, "readability_band", "sum.by_readability"),
    ):
        table = crosstab(conn, key)
        order = [c for c in labels.codes(group) if c in table]
        order += sorted(k for k in table if k is not None and k not in order)
        rows = [(labels.value(lang, group, k) or k, table[k]) for k in order]
        if None in table:
            rows.append((unknown, table[None]))
        _table(
            out,
            labels.text(lang, title),
            labels.text(lang, "col." + group),
            rows,
            lang,
            chart="bar",
        )


def write_redirects(
    out: Sheet,
    conn: Connection,
    lang: Lang,
    base_url: str,
    nav_paths: dict[int, str],
) -> None:
    """Old URL to new URL (or 410) for decided pages and their aliases; one row each. Rows
    without a target yet stay in the list with an empty Nieuwe URL and the reason."""
    keys = ("red.old", "red.new", "red.status", "red.via", "col.id", "red.note")
    heads = [labels.text(lang, k) for k in keys]
    out.header(heads, [60, 60, 14, 10, 8, 45])
    via = {"page": labels.text(lang, "red.page"), "alias": labels.text(lang, "red.alias")}
    for r in iter_redirects(conn, base_url, nav_paths):
        target = r.new_url  # not a link: the new site does not answer before the switch
        note = redirect_note(lang, r)
        out.append([Link(r.old_url), target, r.status, via[r.via], r.page_id, note])
    out.filter(len(heads))
    out.print_wide()


def write_broken_links(out: Sheet, conn: Connection, lang: Lang) -> None:
    """One row per broken in-scope target, with the pages that link to it."""
    target, source, link = s.pages.alias("target"), s.pages.alias("source"), s.links
    stmt = (
        select(
            target.c.id, target.c.url, target.c.status, target.c.error, source.c.url.label("src")
        )
        .select_from(
            link.join(target, target.c.id == link.c.to_page_id).join(
                source, source.c.id == link.c.from_page_id
            )
        )
        .where(or_(target.c.status >= 400, target.c.state.in_(("failed", "gone"))))
        .distinct()
        .order_by(target.c.url, source.c.url)
    )
    heads = [
        labels.text(lang, k)
        for k in ("broken.url", "broken.status", "broken.count", "broken.pages")
    ]
    out.header(heads, [60, 35, 14, 80])
    wrap = out.book.fmt(WRAP)

    def flush(url: str, status: str, pages: list[str]) -> None:
        shown = pages[:MAX_PAGES_LISTED]
        if len(pages) > len(shown):
            shown.append(labels.text(lang, "broken.more", n=len(pages) - len(shown)))
        listed = "\n".join(shown)
        out.append(
            [Link(url), status, len(pages), listed],
            [None, None, None, wrap],
            height=row_height([(listed, 80)]),
        )

    current: tuple[int, str, str] | None = None
    pages: list[str] = []
    for row in conn.execution_options(yield_per=2000).execute(stmt):
        if current is None or current[0] != row.id:
            if current is not None:
                flush(current[1], current[2], pages)
            status = " – ".join(
                str(x) for x in (row.status, fetch_error_text(lang, row.error)) if x
            )
            current, pages = (row.id, row.url, status), []
        pages.append(row.src)
    if current is not None:
        flush(current[1], current[2], pages)
    out.filter(len(heads))
    out.print_wide()


def write_files(out: Sheet, conn: Connection, lang: Lang) -> None:
    """Images and other files, one row each, with the columns of the app's Files panel and
    the pages that show the file without alt text (what the new intranet must fix)."""
    heads = [
        labels.text(lang, k)
        for k in (
            "files.url",
            "files.type",
            "files.size",
            "files.pages",
            "files.missing_alt",
            "files.missing_pages",
        )
    ]
    out.header(heads, [45, 8, 12, 15, 20, 60])
    # a long list of pages makes a tall row: the other cells stay beside its first line
    wrap, top = out.book.fmt(WRAP), out.book.fmt({"valign": "top"})
    link = out.book.fmt(LINK, {"valign": "top"})
    size = out.book.fmt({"num_format": "#,##0.0", "valign": "top"})
    block: list[assets.AssetRow] = []

    def flush() -> None:
        missing = assets.pages_missing_alt(
            conn, [r.url for r in block if r.missing_alt], MAX_PAGES_LISTED
        )
        for r in block:
            shown, count = missing.get(r.url, ([], 0))
            listed = list(shown)
            if count > len(shown):
                listed.append(labels.text(lang, "broken.more", n=count - len(shown)))
            text = "\n".join(listed)
            kb = None if r.size_bytes is None else round(r.size_bytes / 1024, 1)
            out.append(
                [Link(r.url), r.file_type, kb, r.pages, r.missing_alt or None, text or None],
                [link, top, size, top, top, wrap],
                height=row_height([(text, 60)]),
            )
        block.clear()

    for row in assets.iter_assets(conn):
        block.append(row)
        if len(block) >= assets.BLOCK:
            flush()
    flush()
    out.filter(len(heads))
    out.print_wide()


def write_lists(out: Sheet, conn: Connection, lang: Lang, nav_paths: dict[int, str]) -> int:
    """Dropdown sources: navigation paths (A), decisions (B), statuses (C), reviewers (D).

    Navigation paths are too long and many for an inline list, so dropdowns point here.
    Returns the number of navigation paths.
    """
    paths = sorted(nav_paths.values(), key=str.casefold)
    names = list(conn.execute(select(s.reviewers.c.name).order_by(s.reviewers.c.name)).scalars())
    columns = [
        [labels.text(lang, "col.nav_home"), *paths],
        [labels.text(lang, "col.decision"), *labels.choices(lang, "decision")],
        [labels.text(lang, "col.status"), *labels.choices(lang, "status")],
        [labels.text(lang, "col.reviewer"), *names],
    ]
    for i in range(max(len(c) for c in columns)):
        out.append([c[i] if i < len(c) else None for c in columns])
    return len(paths)
