"""Build realistic projects directly in SQL, fast enough for 100,000 pages (benchmarks too)."""

from __future__ import annotations

import json
import random
import zlib
from pathlib import Path

from audit_app.core.project import Project

SECTIONS = (
    "Personeelszaken > Verlof",
    "Personeelszaken > Salaris",
    "Personeelszaken",
    "ICT > Storingen",
    "Nieuws",
    "Organisatie > Directie",
    None,
)
BANDS = ("zeer makkelijk", "makkelijk", "redelijk", "moeilijk", "zeer moeilijk")
AGE_BANDS = ("lt1", "1-2", "2-5", "gt5", "unknown")
WORDS = [
    "verlof",
    "aanvragen",
    "salaris",
    "storing",
    "printer",
    "directie",
    "nieuws",
    "vergadering",
    "formulier",
    "declaratie",
    "thuiswerken",
    "reiskosten",
    "ziekmelding",
    "jaargesprek",
    "vakantiedagen",
]


def populate(project: Project, n: int, *, seed: int = 7, with_raw: bool = True) -> None:
    """Fill *project* with *n* fetched, scored pages; a fifth has decisions."""
    rng = random.Random(seed)
    pages, content, fts, scores, decisions, links = [], [], [], [], [], []
    for i in range(1, n + 1):
        section = SECTIONS[i % len(SECTIONS)]
        words = [rng.choice(WORDS) for _ in range(rng.randint(5, 40))]
        body = " ".join(words).capitalize() + "."
        title = f"Pagina {i} over {words[0]}"
        url = f"http://127.0.0.1:9/{(section or 'overig').split(' > ')[0].lower()}/p{i}.html"
        kind = "document" if i % 13 == 0 else "page"
        age_days = rng.randint(10, 6000)
        band = (
            "lt1"
            if age_days < 365
            else "1-2"
            if age_days < 730
            else "2-5"
            if age_days < 1825
            else "gt5"
        )
        pages.append(
            (
                i,
                url,
                kind,
                "done",
                1,
                200,
                "text/html",
                "utf-8",
                title,
                len(words),
                section,
                f"2015-01-{1 + i % 28:02d}",
                "visible",
                "zichtbare datum op de pagina",
                rng.randint(0, 30),
            )
        )
        raw = None
        if with_raw:
            html = f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>{body}</p>"
            html += "<img src='http://elders.example.com/tracker.png'></body></html>"
            raw = zlib.compress(html.encode("utf-8"))
        content.append(
            (
                i,
                body,
                json.dumps(
                    [
                        {
                            "date": "2015-01-01",
                            "source": "visible",
                            "text": "Laatst gewijzigd: 1 januari 2015",
                            "kind": "modified",
                        }
                    ]
                ),
                raw,
            )
        )
        fts.append((i, title, url, body))
        suggestion = ("keep", "rewrite", "delete", None)[i % 4]
        reasons = (
            json.dumps(
                [{"code": "not-changed", "year": 2015}, {"code": "unlinked-and-old", "years": 5}]
            )
            if suggestion
            else None
        )
        dup = (i // 50) if i % 50 in (1, 2) else None
        long_sentence = json.dumps([body[:40]]) if len(body) > 40 else "[]"
        scores.append(
            (
                i,
                age_days,
                band,
                "medium",
                rng.uniform(20, 90),
                BANDS[i % len(BANDS)],
                12.5,
                1.6,
                long_sentence,
                json.dumps([w for w in words if len(w) > 12][:3]),
                dup,
                "near" if dup else None,
                (i % 9 == 0 and 2) or 0,
                suggestion,
                reasons,
            )
        )
        if i % 5 == 0:
            decisions.append(
                (
                    i,
                    ("keep", "rewrite", "delete")[i % 3],
                    "todo",
                    "bespreken met HR" if i % 10 == 0 else None,
                )
            )
        if i > 1:
            links.append((i, f"http://127.0.0.1:9/p{i - 1}", i - 1, "vorige", True, "a"))
    # The backend's raw cursor: the same SQL fills a project file and a server project.
    with project.backend.raw_writer(project.engine) as conn:
        conn.execute(project.backend.begin_sql)
        conn.executemany(
            "INSERT INTO pages (id, url, kind, state, depth, status, content_type, charset, title, "
            "words, section, last_modified, last_modified_source, last_modified_reason, inlinks) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            pages,
        )
        conn.executemany(
            "INSERT INTO page_content (page_id, text, date_evidence, raw) VALUES (?,?,?,?)", content
        )
        conn.executemany("INSERT INTO page_fts (rowid, title, url, text) VALUES (?,?,?,?)", fts)
        conn.executemany(
            "INSERT INTO scores (page_id, age_days, age_band, date_confidence, readability, "
            "readability_band, avg_sentence_length, syllables_per_word, long_sentences, "
            "long_words, duplicate_cluster, duplicate_kind, broken_outlinks, suggestion, "
            "suggestion_reasons) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            scores,
        )
        conn.executemany(
            "INSERT INTO decisions (page_id, decision, review_status, note) VALUES (?,?,?,?)",
            decisions,
        )
        conn.executemany(
            "INSERT INTO links (from_page_id, to_url, to_page_id, anchor_text, internal, tag) "
            "VALUES (?,?,?,?,?,?)",
            links,
        )
        conn.execute("COMMIT")
    with project.transaction() as c:
        project.backend.reset_sequences(c)


def make_project(path: Path | str, n: int, **kw: object) -> Project:
    project = Project.create(path)
    populate(project, n, **kw)  # type: ignore[arg-type]
    return project
