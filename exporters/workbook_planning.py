"""The workbook's planning sheets: per item of the new navigation, the work it brings; and
what changed on the old site since the previous crawl.

The builders and editors of the new intranet plan by navigation item: how many pages move as
they are, how many are rewritten or merged first, how many still wait for a review, and whom
to ask (the reviewers who decided them and the owners named on the old site). Built from one
grouped query, so it costs the same for 100 pages as for 100,000.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Connection, case, func, select

from audit_app.core import schema as s
from audit_app.core.recrawl import since_previous_crawl
from exporters import labels
from exporters.labels import Lang
from exporters.plan import plan_filter
from exporters.workbook_sheets import nav_children, tree_order
from exporters.xlsx_util import WRAP, Link, Sheet, Styled, row_height

# Decisions that bring work on the new site, in the order the sheet shows them.
WORK = ("keep", "rewrite", "merge")
NAMES_SHOWN = 5


def _names(counter: Counter[str]) -> str:
    top = counter.most_common(NAMES_SHOWN)
    text = ", ".join(f"{name} ({n})" for name, n in top)
    rest = len(counter) - len(top)
    return text + (f", … +{rest}" if rest > 0 else "")


def write_planning(out: Sheet, conn: Connection, lang: Lang) -> None:
    p, d, r = s.pages.c, s.decisions.c, s.reviewers.c
    target = s.decisions.alias("target")
    # A merged page is work for the item its target page goes to.
    node = case(
        (d.decision == "merge", func.coalesce(target.c.nav_node_id, d.nav_node_id)),
        else_=d.nav_node_id,
    ).label("node")
    stmt = (
        select(node, d.decision, d.review_status, r.name, p.owner, func.count())
        .select_from(
            s.pages.join(s.decisions, d.page_id == p.id)
            .outerjoin(s.reviewers, r.id == d.reviewer_id)
            .outerjoin(target, target.c.page_id == d.merge_into)
        )
        .where(*plan_filter(None), node.is_not(None))
        .group_by(node, d.decision, d.review_status, r.name, p.owner)
    )
    work: dict[int, Counter[str | None]] = defaultdict(Counter)
    todo: Counter[int] = Counter()
    reviewers: dict[int, Counter[str]] = defaultdict(Counter)
    owners: dict[int, Counter[str]] = defaultdict(Counter)
    for node_id, decision, status, reviewer, owner, n in conn.execute(stmt):
        work[node_id][decision] += n
        if (status or "todo") == "todo":
            todo[node_id] += n
        if reviewer:
            reviewers[node_id][reviewer] += n
        if owner:
            owners[node_id][owner] += n

    heads = [labels.text(lang, "nav.path")]
    heads += [labels.text(lang, "plan." + code) for code in WORK]
    heads += [labels.text(lang, k) for k in ("plan.total", "plan.todo", "plan.reviewers")]
    heads.append(labels.text(lang, "plan.owners"))
    widths = [50, 13, 13, 13, 10, 14, 45, 45]
    out.header(heads, widths, height=32)
    wrap = out.book.fmt(WRAP)
    formats: list[Any] = [wrap, None, None, None, None, None, wrap, wrap]
    sums = [0] * (len(WORK) + 2)
    for node, level, path in tree_order(nav_children(conn)):
        counts = work.get(node.id, Counter())
        numbers = [counts.get(code, 0) for code in WORK]
        numbers += [sum(counts.values()), todo.get(node.id, 0)]
        sums = [a + b for a, b in zip(sums, numbers, strict=True)]
        who = _names(reviewers.get(node.id, Counter()))
        owned = _names(owners.get(node.id, Counter()))
        style = {"bold": level == 0, "text_wrap": True, "valign": "top"}
        out.append(
            [Styled(path, style), *numbers, who or None, owned or None],
            formats,
            height=row_height([(path, 50), (who, 45), (owned, 45)]),
        )
    bold = {"bold": True}
    out.append([Styled(labels.text(lang, "count.total"), bold), *(Styled(n, bold) for n in sums)])
    out.ws.autofilter(0, 0, max(out.rows - 2, 1), len(heads) - 1)
    out.print_wide()


def write_recrawl(out: Sheet, conn: Connection, lang: Lang) -> None:
    """New, changed, gone and moved pages since the previous crawl; decided pages that
    changed after their decision first, flagged for another look."""
    pair, found = since_previous_crawl(conn)
    out.columns([16, 60, 45, 45, 15, 18])
    out.print_wide(repeat_header=False)
    if pair is None:
        out.append([labels.text(lang, "recrawl.one")])
        return
    when = labels.text(
        lang,
        "recrawl.title",
        previous=pair.previous_started[:10],
        latest=pair.latest_started[:10],
    )
    out.append([Styled(when, {"bold": True, "font_size": 12})])
    heads = [
        labels.text(lang, k)
        for k in ("recrawl.what", "col.url", "col.title", "recrawl.detail", "col.decision")
    ]
    heads.append(labels.text(lang, "recrawl.again"))
    out.header(heads)
    yes = labels.text(lang, "recrawl.yes")
    flag = out.book.fmt(bold=True, font_color="#C00000")
    for r in found:
        out.append(
            [
                labels.text(lang, "recrawl." + r.what),
                Link(r.url),
                r.title,
                r.detail,
                labels.value(lang, "decision", r.decision),
                yes if r.look_again else None,
            ],
            [None, None, None, None, None, flag],
        )
    if not found:
        out.append([labels.text(lang, "recrawl.none")])
    out.ws.autofilter(1, 0, max(out.rows - 1, 2), len(heads) - 1)
