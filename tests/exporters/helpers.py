"""A small but realistic audited intranet, built straight into a project file.

Crawl and scoring are built elsewhere; exporters only read their tables, so tests insert the
rows those stages would write: pages and a document, scores with suggestions, an alias, a
broken link, the new navigation tree, reviewers and some decisions.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert

from audit_app.core import schema as s
from audit_app.core.project import Project

BASE = "http://intranet.example"


@dataclass
class Sample:
    pages: dict[str, int] = field(default_factory=dict)
    nodes: dict[str, int] = field(default_factory=dict)
    reviewers: dict[str, int] = field(default_factory=dict)


def _page(conn: Connection, **values: object) -> int:
    values.setdefault("kind", "page")
    values.setdefault("state", "done")
    values.setdefault("status", 200)
    return int(conn.execute(insert(s.pages).values(**values)).inserted_primary_key[0])


def _node(conn: Connection, title: str, parent: int | None, position: int) -> int:
    stmt = insert(s.nav_nodes).values(title=title, parent_id=parent, position=position)
    return int(conn.execute(stmt).inserted_primary_key[0])


def _score(
    conn: Connection, page_id: int, suggestion: str, reasons: list[Any], **more: object
) -> None:
    conn.execute(
        insert(s.scores).values(
            page_id=page_id,
            suggestion=suggestion,
            suggestion_reasons=json.dumps(reasons),
            scored_at="2026-11-20T10:00:00+00:00",
            **more,
        )
    )


def build_sample(project: Project) -> Sample:
    smp = Sample()
    with project.transaction() as conn:
        n = smp.nodes
        n["werk"] = _node(conn, "Werk", None, 0)
        n["verlof"] = _node(conn, "Verlof en ziekte", n["werk"], 0)
        n["regelen"] = _node(conn, "Regelen", None, 1)
        n["formulieren"] = _node(conn, "Formulieren & aanvragen", n["regelen"], 0)
        n["organisatie"] = _node(conn, "Organisatie", None, 2)

        r = smp.reviewers
        for key, name, dept in (
            ("anja", "Anja de Vries", "Personeelszaken"),
            ("bram", "Bram Jansen", "Facilitair"),
            ("chris", "Chris Öztürk", "Communicatie"),
        ):
            r[key] = int(
                conn.execute(
                    insert(s.reviewers).values(name=name, department=dept)
                ).inserted_primary_key[0]
            )

        p = smp.pages
        p["verlof"] = _page(
            conn,
            url=f"{BASE}/personeel/verlof.html",
            title="Verlof aanvragen",
            section="Personeelszaken > Verlof",
            words=420,
            inlinks=12,
            last_modified="2025-03-01",
            last_modified_source="meta",
        )
        p["verlof_oud"] = _page(
            conn,
            url=f"{BASE}/personeel/verlof-oud.html",
            title="-Verlof aanvragen (oud)",
            section="Personeelszaken > Verlof",
            words=400,
            inlinks=1,
            last_modified="2012-05-14",
            last_modified_source="visible",
        )
        p["formulieren"] = _page(
            conn,
            url=f"{BASE}/formulieren/index.html",
            title="=Formulieren",
            section="Formulieren",
            words=150,
            inlinks=30,
            last_modified="2023-09-30",
            last_modified_source="http-header",
        )
        p["kerst"] = _page(
            conn,
            url=f"{BASE}/nieuws/2009/kerstborrel.html",
            title="Kerstborrel: één drankje, €2,50 per persoon",
            section="Nieuws",
            words=90,
            inlinks=0,
            last_modified="2009-12-01",
            last_modified_source="url",
        )
        p["reglement"] = _page(
            conn,
            url=f"{BASE}/docs/reglement-thuiswerken.pdf",
            kind="document",
            title="Reglement thuiswerken",
            section="Personeelszaken",
            words=2300,
            inlinks=4,
            last_modified="2019-01-10",
            last_modified_source="document",
        )
        p["home"] = _page(
            conn,
            url=f"{BASE}/thuis.html",
            title="@Home: thuiswerken",
            section=None,
            words=310,
            inlinks=6,
            last_modified=None,
        )
        p["weg"] = _page(
            conn,
            url=f"{BASE}/oud/weg.html",
            state="failed",
            status=404,
            error="Pagina niet gevonden (404)",
        )

        conn.execute(
            insert(s.aliases),
            [
                {
                    "url": f"{BASE}/formulieren/",
                    "page_id": p["formulieren"],
                    "reason": "index-file",
                },
                {"url": f"{BASE}/Personeel/Verlof.html", "page_id": p["verlof"], "reason": "case"},
                {
                    "url": f"{BASE}/personeel/verlof-oud.html?print=1",
                    "page_id": p["verlof_oud"],
                    "reason": "print-version",
                },
            ],
        )
        conn.execute(
            insert(s.links),
            [
                {
                    "from_page_id": p["verlof"],
                    "to_url": f"{BASE}/oud/weg.html",
                    "to_page_id": p["weg"],
                    "internal": True,
                    "anchor_text": "oud formulier",
                },
                {
                    "from_page_id": p["formulieren"],
                    "to_url": f"{BASE}/oud/weg.html",
                    "to_page_id": p["weg"],
                    "internal": True,
                    "anchor_text": "weg",
                },
                {
                    "from_page_id": p["formulieren"],
                    "to_url": f"{BASE}/personeel/verlof.html",
                    "to_page_id": p["verlof"],
                    "internal": True,
                    "anchor_text": "verlof",
                },
            ],
        )

        _score(
            conn,
            p["verlof"],
            "keep",
            ["Veel bekeken", "Recent bijgewerkt"],  # sentences, as versions before codes stored
            age_band="lt1",
            readability=62.5,
            readability_band="standard",
        )
        _score(
            conn,
            p["verlof_oud"],
            "delete",
            [{"code": "duplicate", "kind": "near", "of": f"{BASE}/personeel/verlof.html"}],
            age_band="gt5",
            readability=48.0,
            readability_band="fairly-difficult",
            duplicate_cluster=1,
            duplicate_kind="near",
            duplicate_of=p["verlof"],
        )
        _score(
            conn,
            p["formulieren"],
            "keep",
            ["Veel inlinks"],
            age_band="2-5",
            readability=71.25,
            readability_band="fairly-easy",
        )
        _score(
            conn,
            p["kerst"],
            "delete",
            [{"code": "old-news", "year": 2009}, {"code": "unlinked-and-old", "years": 2.5}],
            age_band="gt5",
            readability=80.0,
            readability_band="easy",
        )
        _score(
            conn,
            p["reglement"],
            "rewrite",
            [
                {"code": "not-changed", "year": 2015},
                {"code": "officialese", "n": 1, "examples": ["indien"]},
                {"code": "broken-links", "n": 3},
            ],
            age_band="gt5",
            readability=31.0,
            readability_band="difficult",
        )
        _score(conn, p["home"], "rewrite", [{"code": "thin", "words": 1}], age_band="unknown")

        conn.execute(
            insert(s.page_views),
            [
                {"page_id": p["verlof"], "views": 1200, "source": "stats.csv"},
                {"page_id": p["formulieren"], "views": 3400, "source": "stats.csv"},
                {"page_id": p["kerst"], "views": 3, "source": "stats.csv"},
            ],
        )

        conn.execute(
            insert(s.decisions),
            [
                {
                    "page_id": p["verlof"],
                    "decision": "keep",
                    "nav_node_id": n["verlof"],
                    "reviewer_id": r["anja"],
                    "review_status": "reviewed",
                    "note": None,
                },
                {
                    "page_id": p["verlof_oud"],
                    "decision": "delete",
                    "nav_node_id": None,
                    "reviewer_id": r["anja"],
                    "review_status": "reviewed",
                    "note": "-dubbel, mag weg",
                },
                {
                    "page_id": p["formulieren"],
                    "decision": "rewrite",
                    "nav_node_id": n["formulieren"],
                    "reviewer_id": r["bram"],
                    "review_status": "discuss",
                    "note": None,
                },
                {
                    "page_id": p["kerst"],
                    "decision": None,
                    "nav_node_id": None,
                    "reviewer_id": r["bram"],
                    "review_status": "todo",
                    "note": None,
                },
                {
                    "page_id": p["reglement"],
                    "decision": None,
                    "nav_node_id": None,
                    "reviewer_id": r["anja"],
                    "review_status": "todo",
                    "note": None,
                },
            ],
        )
    return smp


def run_cli(*args: str) -> int:
    """Run one of the export commands the way ``content-audit`` dispatches it."""
    import argparse

    from audit_app.commands import export

    parser = argparse.ArgumentParser(prog="content-audit")
    export.register(parser.add_subparsers())
    ns = parser.parse_args(list(args))
    return int(ns.func(ns))


def nginx_check(
    map_file: Path, folder: Path, *, http_lines: str = ""
) -> subprocess.CompletedProcess[str]:
    """``nginx -t`` on a minimal configuration that includes *map_file* and uses its maps
    the way the map's header says (run only where nginx is installed)."""
    conf = folder / "nginx.conf"
    conf.write_text(
        f"pid {folder}/nginx.pid;\n"
        f"error_log {folder}/error.log;\n"
        "events {}\n"
        "http {\n"
        f"    access_log off;\n{http_lines}    include {map_file};\n"
        "    server {\n"
        "        listen 127.0.0.1:8099;\n"
        "        if ($content_audit_gone) { return 410; }\n"
        "        if ($content_audit_redirect) { return 301 $content_audit_redirect; }\n"
        "    }\n"
        "}\n",
        encoding="utf-8",
    )
    return subprocess.run(
        ["nginx", "-t", "-p", str(folder), "-c", str(conf), "-e", str(folder / "e.log")],
        capture_output=True,
        text=True,
        check=False,
    )
