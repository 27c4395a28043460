"""The workbook's smaller sheets: navigation, summary, redirects, broken links, lists.

Each is built from SQL aggregates or a streaming query, never from the plan rows held in
memory, so their cost does not grow with what the plan sheet already wrote.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy import Connection, case, func, or_, select

from audit_app.core import schema as s
from audit_app.core.backends import backend_of
from audit_app.core.navigation import PATH_SEPARATOR
from exporters import labels
from exporters.fast_rows import FastRows, Link
from exporters.labels import Lang
from exporters.plan import plan_filter
from exporters.redirects import GONE, iter_redirects
from exporters.xlsx_util import LINK_FONT, SheetWriter, finish_table

DECISION_KEYS: tuple[str | None, ...] = (*labels.codes("decision"), None)
MAX_PAGES_LISTED = 20
CHART_ROWS = 16
CHART_MAX_BARS = 20


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


def write_navigation(ws: WriteOnlyWorksheet, conn: Connection, lang: Lang) -> None:
    """The new tree in reading order, indented by level, with its pages counted by decision."""
    nodes = conn.execute(
        select(s.nav_nodes.c.id, s.nav_nodes.c.parent_id, s.nav_nodes.c.title).order_by(
            s.nav_nodes.c.position, s.nav_nodes.c.id
        )
    ).all()
    ids = {n.id for n in nodes}
    children: dict[int | None, list[Any]] = defaultdict(list)
    for node in nodes:
        children[node.parent_id if node.parent_id in ids else None].append(node)
    counts = crosstab(conn, s.decisions.c.nav_node_id)
    out = SheetWriter(ws)
    heads = [labels.text(lang, "nav.node"), labels.text(lang, "nav.level")]
    heads += [*_decision_headers(lang), labels.text(lang, "nav.path")]
    out.header(heads, [45, 8, 14, 14, 14, 14, 10, 60])
    seen: set[int] = set()

    def walk(parent: int | None, level: int, prefix: str) -> None:
        for node in children.get(parent, []):
            if node.id in seen:
                continue
            seen.add(node.id)
            path = prefix + node.title
            title = out.styled(node.title, bold=level == 0, indent=min(level * 2, 15))
            out.append([title, level + 1, *_counts(counts.get(node.id, {})), path])
            walk(node.id, level + 1, path + PATH_SEPARATOR)

    walk(None, 0, "")
    out.append([labels.text(lang, "nav.none"), None, *_counts(counts.get(None, {})), None])
    finish_table(ws, len(heads), out.rows)


def _table(
    out: SheetWriter,
    title: str,
    first: str,
    rows: Iterable[tuple[str, dict[str | None, int]]],
    lang: Lang,
    *,
    chart: str,
) -> None:
    start = out.rows + 1
    out.append([out.styled(title, bold=True)])
    out.append(
        [out.styled(first, bold=True), *(out.styled(h, bold=True) for h in _decision_headers(lang))]
    )
    n = 0
    for name, counts in rows:
        out.append([name, *_counts(counts)])
        n += 1
    if n:
        ws = out.ws
        header_row = start + 1
        shown = min(n, CHART_MAX_BARS)  # the table has every row; the chart the biggest
        cats = Reference(ws, min_col=1, min_row=header_row + 1, max_row=header_row + shown)
        if chart == "pie":
            pie = PieChart()
            pie.title = title
            pie.add_data(
                Reference(ws, min_col=6, min_row=header_row, max_row=header_row + shown),
                titles_from_data=True,
            )
            pie.set_categories(cats)
            ws.add_chart(pie, f"I{start}")
        else:
            bar = BarChart()
            bar.type = "bar"
            bar.grouping = "stacked"
            bar.overlap = 100
            bar.title = title
            data = Reference(
                ws, min_col=2, max_col=5, min_row=header_row, max_row=header_row + shown
            )
            bar.add_data(data, titles_from_data=True)
            bar.set_categories(cats)
            bar.width, bar.height = 18, 7.5
            ws.add_chart(bar, f"I{start}")
    for _ in range(max(2, CHART_ROWS - n - 2)):
        out.blank()


def write_summary(ws: WriteOnlyWorksheet, conn: Connection, lang: Lang) -> None:
    """Counts by decision, old section, age and readability, each with a chart."""
    for col, width in zip("ABCDEFG", (40, 14, 14, 14, 14, 10), strict=False):
        ws.column_dimensions[col].width = width
    out = SheetWriter(ws)
    unknown = labels.text(lang, "sum.unknown")

    by_decision = crosstab(conn, s.decisions.c.decision)
    decision_rows = [
        (
            labels.value(lang, "decision", code) or labels.text(lang, "count.undecided"),
            {code: by_decision.get(code, {}).get(code, 0)},
        )
        for code in DECISION_KEYS
    ]
    _table(
        out,
        labels.text(lang, "sum.by_decision"),
        labels.text(lang, "col.decision"),
        decision_rows,
        lang,
        chart="pie",
    )

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
    ws: WriteOnlyWorksheet,
    conn: Connection,
    lang: Lang,
    base_url: str,
    nav_paths: dict[int, str],
) -> FastRows:
    """Old URL to new URL (or 410) for decided pages and their aliases; one row each."""
    heads = [
        labels.text(lang, k) for k in ("red.old", "red.new", "red.status", "red.via", "col.id")
    ]
    SheetWriter(ws).header(heads, [60, 60, 14, 10, 8])
    out = FastRows(ws, LINK_FONT)
    no_home = labels.text(lang, "red.no_home")
    via = {"page": labels.text(lang, "red.page"), "alias": labels.text(lang, "red.alias")}
    for r in iter_redirects(conn, base_url, nav_paths):
        if r.status is None:
            target: Any = no_home
        elif r.status == GONE:
            target = None
        else:
            target = Link(r.new_url or "")
        out.append([Link(r.old_url), target, r.status, via[r.via], r.page_id])
    finish_table(ws, len(heads), out.rows)
    return out


def write_broken_links(ws: WriteOnlyWorksheet, conn: Connection, lang: Lang) -> None:
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
    out = SheetWriter(ws)
    heads = [
        labels.text(lang, k)
        for k in ("broken.url", "broken.status", "broken.count", "broken.pages")
    ]
    out.header(heads, [60, 35, 14, 80])

    def flush(url: str, status: str, pages: list[str]) -> None:
        shown = pages[:MAX_PAGES_LISTED]
        if len(pages) > len(shown):
            shown.append(labels.text(lang, "broken.more", n=len(pages) - len(shown)))
        out.append([out.link(url), status, len(pages), "\n".join(shown)])

    current: tuple[int, str, str] | None = None
    pages: list[str] = []
    for row in conn.execution_options(yield_per=2000).execute(stmt):
        if current is None or current[0] != row.id:
            if current is not None:
                flush(current[1], current[2], pages)
            status = " – ".join(str(x) for x in (row.status, row.error) if x)
            current, pages = (row.id, row.url, status), []
        pages.append(row.src)
    if current is not None:
        flush(current[1], current[2], pages)
    finish_table(ws, len(heads), out.rows)


def write_lists(
    ws: WriteOnlyWorksheet, conn: Connection, lang: Lang, nav_paths: dict[int, str]
) -> int:
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
    out = SheetWriter(ws)
    for i in range(max(len(c) for c in columns)):
        out.append([c[i] if i < len(c) else None for c in columns])
    return len(paths)
