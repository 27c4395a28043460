"""The baseline report: what the old intranet looks like, in numbers a project group reads.

Counts of pages and documents per age band, readability band, B1 band, language, suggestion and
old top-level section, with broken links and duplicate clusters. Built from the scores table
with SQL; ``render_text`` makes plain-text tables with Dutch headers, ``build_summary`` gives
the same data for ``--format json``.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from sqlalchemy import text

from audit_app.core.page_query import visible_count
from audit_app.core.project import Project
from audit_app.core.scoring.age import AGE_BAND_LABELS, AGE_BANDS
from audit_app.core.scoring.readability import B1_LABELS, BAND_LABELS, STATUS_LABELS
from audit_app.core.scoring.rules import ACTION_LABELS
from audit_app.core.scoring.settings import ScoringSettings, load_settings
from audit_app.core.scoring.word_store import is_officialese, officialese_limits

LANGUAGE_LABELS = {"nl": "Nederlands", "en": "Engels", "other": "andere taal"}
NONE_LABEL = "(geen)"

# key -> (column expression, Dutch table title, first-column header, labels, fixed order)
DIMENSIONS: dict[str, tuple[str, str, str, dict[str, str], tuple[str, ...]]] = {
    "age_band": ("sc.age_band", "Leeftijd", "Laatst gewijzigd", AGE_BAND_LABELS, AGE_BANDS),
    "readability_band": (
        "sc.readability_band",
        "Leesbaarheid (Flesch-Douma / Flesch)",
        "Leesbaarheid",
        BAND_LABELS,
        tuple(BAND_LABELS),
    ),
    "b1_band": ("sc.b1_band", "B1-indicatie", "B1 (indicatie)", B1_LABELS, tuple(B1_LABELS)),
    "b1_indication": (
        "w.b1_indication",
        "B1-indicatie met woorden en zinnen",
        "B1 (woorden en zinnen)",
        B1_LABELS,
        tuple(B1_LABELS),
    ),
    "readability_status": (
        "sc.readability_status",
        "Betrouwbaarheid leesbaarheid",
        "Meting",
        STATUS_LABELS,
        tuple(STATUS_LABELS),
    ),
    "language": ("p.language", "Taal", "Taal", LANGUAGE_LABELS, tuple(LANGUAGE_LABELS)),
    "suggestion": (
        "sc.suggestion",
        "Voorstel",
        "Voorstel",
        ACTION_LABELS,
        ("keep", "rewrite", "delete"),
    ),
    "section": (
        "TRIM(CASE WHEN INSTR(p.section, '>') > 0 "
        "THEN SUBSTR(p.section, 1, INSTR(p.section, '>') - 1) ELSE p.section END)",
        "Oude sectie (bovenste niveau)",
        "Sectie",
        {},
        (),
    ),
}

_KINDS = ("page", "document")


def _counts(conn: Any, expr: str) -> dict[str | None, dict[str, int]]:
    rows = conn.execute(
        text(
            f"SELECT {expr} AS k, p.kind, COUNT(*) "
            "FROM scores sc JOIN pages p ON p.id = sc.page_id "
            "LEFT JOIN word_scores w ON w.page_id = p.id GROUP BY k, p.kind"
        )
    )
    out: dict[str | None, dict[str, int]] = {}
    for key, kind, n in rows:
        bucket = out.setdefault(key or None, {"page": 0, "document": 0, "other": 0})
        bucket[kind if kind in _KINDS else "other"] += int(n)
    return out


TOP_OFFICIALESE = 10


def _officialese_totals(conn: Any, settings: ScoringSettings) -> dict[str, Any]:
    """Pages with officialese language and the words found most often in the whole project:
    the word list a writing workshop starts from."""
    pages = 0
    words: Counter[tuple[str, str]] = Counter()
    rows = conn.execute(
        text(
            "SELECT officialese, officialese_per_100, officialese_hits FROM word_scores "
            "WHERE status = 'ok'"
        )
    )
    for count, per_100, hits in rows:
        if is_officialese(count, per_100, settings):
            pages += 1
        for form, alternative, n, *_own in json.loads(hits or "[]"):
            words[(str(form), str(alternative))] += int(n)
    return {
        "officialese_pages": pages,
        "officialese_min": officialese_limits(settings)[0],
        "officialese_density": officialese_limits(settings)[1],
        "officialese_top": [
            {"word": form, "alternative": alt, "count": n}
            for (form, alt), n in words.most_common(TOP_OFFICIALESE)
        ],
    }


def build_summary(project: Project) -> dict[str, Any]:
    settings = load_settings(project)
    with project.read() as conn:
        raw = dict(
            conn.execute(
                text(
                    "SELECT "
                    "COUNT(*) AS scored, "
                    "SUM(p.kind = 'page') AS pages, "
                    "SUM(p.kind = 'document') AS documents, "
                    "SUM(sc.broken_outlinks > 0) AS pages_with_broken_links, "
                    "SUM(COALESCE(sc.broken_outlinks, 0)) AS broken_links, "
                    "COUNT(DISTINCT sc.duplicate_cluster) AS duplicate_clusters, "
                    "SUM(sc.duplicate_of IS NOT NULL) AS duplicates, "
                    "SUM(sc.orphan) AS orphans "
                    "FROM scores sc JOIN pages p ON p.id = sc.page_id"
                )
            )
            .mappings()
            .one()
        )
        totals: dict[str, Any] = {k: int(v or 0) for k, v in raw.items()}
        totals["broken_targets"] = int(
            conn.execute(
                text("SELECT COUNT(*) FROM pages WHERE status >= 400 OR state = 'failed'")
            ).scalar_one()
        )
        totals["not_scored"] = int(
            conn.execute(
                text(
                    "SELECT COUNT(*) FROM pages p WHERE p.state = 'done' "
                    "AND p.kind IN ('page', 'document') "
                    "AND NOT EXISTS (SELECT 1 FROM scores sc WHERE sc.page_id = p.id)"
                )
            ).scalar_one()
        )
        totals["in_table"] = visible_count(conn)  # the app's "of N pages shown"
        totals.update(_officialese_totals(conn, settings))
        totals["assets"] = int(
            conn.execute(
                text("SELECT COUNT(*) FROM pages WHERE kind NOT IN ('page', 'document')")
            ).scalar_one()
        )
        tables: dict[str, Any] = {}
        for key, (expr, title, header, labels, order) in DIMENSIONS.items():
            counts = _counts(conn, expr)
            keys: list[str | None] = [k for k in order if k in counts]
            keys += sorted((k for k in counts if k is not None and k not in order), key=str)
            if None in counts:
                keys.append(None)
            tables[key] = {
                "title": title,
                "header": header,
                "rows": [
                    {
                        "key": k,
                        "label": labels.get(k, k) if k is not None else NONE_LABEL,
                        "pages": counts[k]["page"],
                        "documents": counts[k]["document"],
                        "other": counts[k]["other"],
                        "total": sum(counts[k].values()),
                    }
                    for k in keys
                ],
            }
    return {"project": project.name, "totals": totals, "tables": tables}


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def fmt(r: list[str]) -> str:
        cells = [r[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True)
        ]
        return "  ".join(cells).rstrip()

    return [fmt(header), "  ".join("-" * w for w in widths), *(fmt(r) for r in rows)]


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _table_count(t: dict[str, Any]) -> list[str]:
    """The page table counts broken and gone addresses too: say so where the numbers differ."""
    without_text = t.get("in_table", 0) - t["scored"] - t["not_scored"]
    if without_text <= 0:
        return []
    return [
        f"In de tabel: {_n(t['in_table'])} pagina's en documenten, ook {_n(without_text)} "
        "kapotte, verdwenen of overgeslagen adressen zonder tekst om te scoren"
    ]


def render_text(summary: dict[str, Any]) -> str:
    t = summary["totals"]
    lines = [
        f"Nulmeting {summary['project']}",
        "",
        f"Gescoord: {_n(t['scored'])} ({_n(t['pages'])} pagina's, {_n(t['documents'])} "
        f"documenten); nog niet gescoord: {_n(t['not_scored'])}",
        *_table_count(t),
        f"Kapotte links: {_n(t['broken_links'])} op {_n(t['pages_with_broken_links'])} pagina's "
        f"({_n(t['broken_targets'])} kapotte adressen)",
        f"Kopieën: {_n(t['duplicate_clusters'])} groepen, {_n(t['duplicates'])} pagina's zijn een "
        "kopie van een andere",
        f"Wezen (geen links naar de pagina): {_n(t['orphans'])}",
        f"Ambtelijke taal: {_n(t['officialese_pages'])} pagina's met minstens "
        f"{t['officialese_min']} ambtelijke woorden en meer dan "
        f"{str(t['officialese_density']).replace('.', ',').removesuffix(',0')} per 100 woorden",
    ]
    if t["officialese_top"]:
        lines.append(
            "Meest gevonden: "
            + ", ".join(
                f"{w['word']} → {w['alternative']} ({_n(w['count'])})" for w in t["officialese_top"]
            )
        )
    for table in summary["tables"].values():
        rows = [
            [r["label"], _n(r["pages"]), _n(r["documents"]), _n(r["total"])] for r in table["rows"]
        ]
        lines += [
            "",
            table["title"],
            *_table([table["header"], "Pagina's", "Documenten", "Totaal"], rows),
        ]
    lines += [
        "",
        "De B1-indicatie van de formule kijkt alleen naar woord- en zinslengte; die met woorden en "
        "zinnen telt ook ambtelijke en ongebruikelijke woorden en lijdende zinnen mee. Beide zijn "
        "een aanwijzing, geen oordeel.",
    ]
    return "\n".join(lines)
