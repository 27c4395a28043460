"""The report for management: the baseline ("nulmeting") and the plan on a few pages.

One self-contained HTML file: styles inline, charts as inline SVG, no script and no link to
anything, so it can be mailed, opened offline and printed to PDF from any browser. Every
figure comes from the same aggregates as the workbook.
"""

from __future__ import annotations

import html
from pathlib import Path

from sqlalchemy import Connection, func, or_, select

from audit_app.core import schema as s
from audit_app.core.project import Project, utcnow
from exporters import labels
from exporters.labels import Lang
from exporters.plan import count_plan_rows
from exporters.redirects import iter_missing
from exporters.workbook_sheets import DECISION_COLOURS, DECISION_KEYS, crosstab
from exporters.xlsx_util import replace_when_done

STYLE = """
body { font: 15px/1.45 "Segoe UI", Arial, sans-serif; color: #26313b; margin: 32px auto;
       max-width: 900px; padding: 0 16px; }
h1 { font-size: 26px; margin-bottom: 0; } h2 { font-size: 19px; margin-top: 32px;
     border-bottom: 2px solid #305496; padding-bottom: 4px; }
.sub { color: #5f6b7a; margin-top: 4px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { border: 1px solid #dde3ea; border-radius: 6px; padding: 10px 14px; min-width: 150px; }
.card b { display: block; font-size: 24px; }
table { border-collapse: collapse; margin-top: 8px; }
td, th { padding: 3px 10px; text-align: right; border-bottom: 1px solid #eef1f4; }
td:first-child, th:first-child { text-align: left; }
.key { display: inline-block; width: 11px; height: 11px; margin-right: 5px; }
@media print { body { margin: 0; } h2 { break-after: avoid; } }
"""


def _nl_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _bar(counts: dict[str | None, int], width: int = 600) -> str:
    total = sum(counts.values()) or 1
    x, parts = 0.0, []
    for key in DECISION_KEYS:
        w = width * counts.get(key, 0) / total
        if w:
            colour = DECISION_COLOURS[key]
            parts.append(f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="18" fill="{colour}"/>')
        x += w
    return f'<svg width="{width}" height="18" role="img">{"".join(parts)}</svg>'


def _legend(lang: Lang) -> str:
    items = []
    for key in DECISION_KEYS:
        word = labels.value(lang, "decision", key) or labels.text(lang, "count.undecided")
        colour = DECISION_COLOURS[key]
        items.append(f'<span><i class="key" style="background:{colour}"></i>{_e(word)}</span>')
    return "<p>" + " &nbsp; ".join(items) + "</p>"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _table(lang: Lang, first: str, rows: list[tuple[str, dict[str | None, int]]]) -> str:
    heads = [first] + [
        labels.value(lang, "decision", k) or labels.text(lang, "count.undecided")
        for k in DECISION_KEYS
    ]
    head = "".join(f"<th>{_e(h)}</th>" for h in [*heads, labels.text(lang, "count.total"), ""])
    body = []
    for name, counts in rows:
        cells = [_nl_number(counts.get(k, 0)) for k in DECISION_KEYS]
        total = _nl_number(sum(counts.values()))
        body.append(
            f"<tr><td>{_e(name)}</td>"
            + "".join(f"<td>{c}</td>" for c in cells)
            + f"<td><b>{total}</b></td><td>{_bar(counts, 160)}</td></tr>"
        )
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def build_report(conn: Connection, project_name: str, lang: Lang = "nl") -> str:
    t = labels.text
    p = s.pages.c
    pages = count_plan_rows(conn)
    docs = conn.execute(
        select(func.count()).where(p.kind == "document", p.state == "done")
    ).scalar_one()
    broken = conn.execute(
        select(func.count()).where(or_(p.status >= 400, p.state == "failed"))
    ).scalar_one()
    dups = conn.execute(
        select(func.count()).where(s.scores.c.duplicate_of.is_not(None))
    ).scalar_one()
    by_decision = {k: sum(v.values()) for k, v in crosstab(conn, s.decisions.c.decision).items()}
    decided = sum(n for k, n in by_decision.items() if k is not None)
    missing = sum(1 for _ in iter_missing(conn, "/"))
    ages = crosstab(conn, s.scores.c.age_band)
    reads = crosstab(conn, s.scores.c.readability_band)

    def ordered(table: dict, group: str) -> list[tuple[str, dict[str | None, int]]]:
        keys = [c for c in labels.codes(group) if c in table]
        keys += [k for k in table if k is not None and k not in keys]
        rows = [(labels.value(lang, group, k) or str(k), table[k]) for k in keys]
        if None in table:
            rows.append((t(lang, "sum.unknown"), table[None]))
        return rows

    cards = [
        (t(lang, "report.pages"), pages),
        (t(lang, "report.documents"), docs),
        (t(lang, "report.duplicates"), dups),
        (t(lang, "report.broken"), broken),
        (t(lang, "report.decided"), decided),
        (t(lang, "report.missing"), missing),
    ]
    card_html = "".join(
        f'<div class="card"><b>{_nl_number(int(n))}</b>{_e(label)}</div>' for label, n in cards
    )
    decision_rows = "".join(
        f"<tr><td>{_e(labels.value(lang, 'decision', k) or t(lang, 'count.undecided'))}</td>"
        f"<td>{_nl_number(by_decision.get(k, 0))}</td></tr>"
        for k in DECISION_KEYS
    )
    title = t(lang, "report.title", project=project_name)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{_e(title)}</title><style>{STYLE}</style></head><body>
<h1>{_e(title)}</h1><p class="sub">{_e(t(lang, "report.made", date=utcnow()[:10]))}</p>
<h2>{_e(t(lang, "report.baseline"))}</h2><div class="cards">{card_html}</div>
<h3>{_e(t(lang, "sum.by_age"))}</h3>
{_table(lang, t(lang, "col.age_band"), ordered(ages, "age_band"))}
<h3>{_e(t(lang, "sum.by_readability"))}</h3>
{_table(lang, t(lang, "col.readability_band"), ordered(reads, "readability_band"))}
<h2>{_e(t(lang, "report.plan"))}</h2>{_legend(lang)}{_bar(by_decision)}
<table><tr><th>{_e(t(lang, "col.decision"))}</th><th>{_e(t(lang, "sum.count"))}</th></tr>
{decision_rows}</table>
<p>{_e(t(lang, "report.missing_note", n=_nl_number(missing)))}</p>
</body></html>
"""


def export_report(project: Project, path: str | Path, *, lang: Lang = "nl") -> None:
    target = Path(path)
    with project.read() as conn:
        text = build_report(conn, project.name, lang)
    with replace_when_done(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
