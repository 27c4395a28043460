"""The inventory is the scripting interface: it carries what the table and detail panel show
(duplicates with similarity, signals, decisions, navigation home, reviewer, aliases, dates
with their confidence and evidence)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import insert

from audit_app.cli import main
from audit_app.core import schema as s
from audit_app.core.project import Project
from audit_app.core.scoring.runner import score_project
from tests.scoring.helpers import add_page
from tests.scoring.texts import long_dutch

BASE = "http://intranet.test"


def test_inventory_carries_what_the_table_shows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.audit"
    text = long_dutch(11, paragraphs=5)
    with Project.create(path) as project:
        evidence = [
            {
                "date": "2019-05-01",
                "source": "visible",
                "text": "Laatst gewijzigd",
                "kind": "modified",
            },
            {
                "date": "2012-02-14",
                "source": "http-header",
                "text": "Last-Modified",
                "kind": "modified",
            },
        ]
        orig = add_page(
            project,
            f"{BASE}/pz/verlof.html",
            text,
            evidence=evidence,
            inlinks=4,
            last_modified="2019-05-01",
            last_modified_source="visible",
            images_missing_alt=2,
            redirect_chain=json.dumps([f"{BASE}/verlof"]),
        )
        shorter = "\n\n".join(text.split("\n\n")[:3])
        add_page(project, f"{BASE}/pz/kopie-van-verlof.html", shorter)
        with project.transaction() as conn:
            node = conn.execute(insert(s.nav_nodes).values(title="Werk", position=0))
            werk = int(node.inserted_primary_key[0])
            child = conn.execute(
                insert(s.nav_nodes).values(title="Verlof", parent_id=werk, position=0)
            )
            rid = conn.execute(insert(s.reviewers).values(name="Anouk")).inserted_primary_key[0]
            conn.execute(
                insert(s.decisions).values(
                    page_id=orig,
                    decision="keep",
                    nav_node_id=child.inserted_primary_key[0],
                    reviewer_id=rid,
                    review_status="reviewed",
                )
            )
            conn.execute(
                insert(s.aliases).values(url=f"{BASE}/PZ/Verlof.html", page_id=orig, reason="case")
            )
        score_project(project, workers=1)
    assert main(["inventory", str(path)]) == 0
    rows = {r["url"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    verlof, kopie = rows[f"{BASE}/pz/verlof.html"], rows[f"{BASE}/pz/kopie-van-verlof.html"]
    assert (verlof["decision"], verlof["nav_home"], verlof["reviewer"]) == (
        "keep",
        "Werk > Verlof",
        "Anouk",
    )
    assert verlof["review_status"] == "reviewed" and verlof["alias_count"] == 1
    assert verlof["owner"] == "Afdeling P&O" and verlof["images_missing_alt"] == 2
    assert verlof["redirect_chain"] == [f"{BASE}/verlof"]
    assert verlof["date_confidence"] == "high"
    assert {e["source"] for e in verlof["date_evidence"]} == {"visible", "http-header"}
    assert kopie["duplicate_of"] == f"{BASE}/pz/verlof.html"
    assert kopie["duplicate_kind"] == "near" and kopie["duplicate_basis"] == "containment"
    assert kopie["duplicate_similarity"] >= 0.9 and "duplicate" in kopie["signals"]
    assert kopie["decision"] is None and kopie["nav_home"] is None
    # reasons: codes with their facts for scripts, and the same in words
    assert kopie["suggestion_reasons"][0] == {
        "code": "duplicate",
        "kind": "near",
        "of": f"{BASE}/pz/verlof.html",
    }
    assert kopie["suggestion_reasons_text"][0] == "verwijderen: bijna-kopie van /pz/verlof.html"
    assert main(["inventory", str(path), "--lang", "en"]) == 0
    english = {r["url"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert english[kopie["url"]]["suggestion_reasons_text"][0] == (
        "delete: near copy of /pz/verlof.html"
    )

    assert main(["inventory", str(path), "-o", str(tmp_path / "i.csv")]) == 0
    header = (tmp_path / "i.csv").read_text("utf-8-sig").splitlines()[0].split(",")
    assert "duplicate_similarity" in header and "nav_home" in header
    assert "date_evidence" not in header  # the JSON lines carry it
    assert "verwijderen: bijna-kopie van /pz/verlof.html" in (tmp_path / "i.csv").read_text(
        "utf-8-sig"
    )
