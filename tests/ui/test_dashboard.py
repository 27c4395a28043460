from __future__ import annotations

import random

from PySide6.QtCharts import QHorizontalBarSeries, QPieSeries
from sqlalchemy import insert

from audit_app.core import schema as s
from audit_app.core.assignments import assign_section, set_note, set_review_status
from audit_app.core.changes import FieldChange, apply_changes
from audit_app.core.navigation import find_or_create_paths, node_paths, set_home
from audit_app.core.project import Project
from audit_app.core.reviewers import add_reviewer
from audit_app.ui.dashboard import DashboardWidget

WHO = "Anna"
SECTIONS = [
    "Personeelszaken > Verlof",
    "Personeelszaken > Salaris",
    "ICT > Storingen",
    "ICT > Software",
    "Organisatie > Afdelingen",
    "Nieuws",
    "Facilitair > Vergaderruimtes",
]


def fill_realistic_project(project: Project, pages: int = 120, seed: int = 7) -> dict[str, int]:
    """A small municipality intranet half-way through its audit (also used for screenshots)."""
    rnd = random.Random(seed)
    ids: list[int] = []
    with project.transaction() as conn:
        for i in range(pages):
            sec = SECTIONS[i % len(SECTIONS)]
            pid = int(
                conn.execute(
                    insert(s.pages).values(
                        url=f"http://intranet.gemeente.local/{i}.html",
                        state="done",
                        section=sec,
                        title=f"{sec.split(' > ')[-1]} {i}",
                    )
                ).inserted_primary_key[0]
            )
            conn.execute(
                insert(s.scores).values(
                    page_id=pid,
                    age_band=rnd.choice(["lt1", "1-2", "2-5", "gt5", "gt5", "unknown"]),
                    b1_band=rnd.choice(["b1", "maybe-above", "above", "above", None]),
                    readability_band=rnd.choice(["easy", "standard", "difficult"]),
                )
            )
            ids.append(pid)
        find_or_create_paths(
            conn,
            [
                ("Werk en personeel", "Verlof en ziekte"),
                ("Werk en personeel", "Salaris en vergoedingen"),
                ("Werkplek en ICT", "Hulp bij ICT"),
                ("Nieuws en agenda",),
                ("Organisatie", "Afdelingen en teams"),
            ],
            who=WHO,
        )
        paths = {v: k for k, v in node_paths(conn).items()}
        anna = add_reviewer(conn, "Anna de Jong", "a.dejong@gemeente.nl", "P&O", who=WHO)
        bram = add_reviewer(conn, "Bram Visser", "b.visser@gemeente.nl", "ICT", who=WHO)
        add_reviewer(conn, "Fatima El Amrani", None, "Communicatie", who=WHO)
        assign_section(conn, "Personeelszaken", anna, who=WHO)
        assign_section(conn, "ICT", bram, who=WHO)
        decided = ids[: pages * 2 // 5]
        choices = ["keep", "keep", "rewrite", "delete"]
        chosen = {p: rnd.choice(choices) for p in decided}
        apply_changes(
            conn, [FieldChange("decision", p, "decision", d) for p, d in chosen.items()], who=WHO
        )
        homes = {
            "Personeelszaken > Verlof": "Werk en personeel > Verlof en ziekte",
            "Personeelszaken > Salaris": "Werk en personeel > Salaris en vergoedingen",
            "ICT > Storingen": "Werkplek en ICT > Hulp bij ICT",
        }
        for i, p in enumerate(decided[: len(decided) * 3 // 4]):
            home = homes.get(SECTIONS[i % len(SECTIONS)])
            if home and chosen[p] != "delete":
                set_home(conn, [p], paths[home], who=WHO)
        set_review_status(conn, ids[50:55], "discuss", who=WHO)
        notes = ["Eigenaar onbekend", "Dubbel met de ICT-handleiding?", "", "Nog actueel?", ""]
        for p, note in zip(ids[50:55], notes, strict=True):
            set_note(conn, p, note, who=WHO)
    return {"pages": pages, "decided": len(decided)}


def test_dashboard_with_data(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    facts = fill_realistic_project(project)
    dash = DashboardWidget(project)
    qtbot.addWidget(dash)
    assert dash.headline.text().startswith(f"{facts['decided']} of {facts['pages']}")
    assert "5 to discuss" in dash.summary.text()
    assert not dash.decision_card.is_empty and not dash.age_card.is_empty
    assert not dash.decision_card.isHidden()
    assert not dash.readability_card.is_empty
    (pie,) = dash.decision_view.chart().series()
    assert isinstance(pie, QPieSeries)
    assert int(pie.sum()) == facts["pages"]
    (bars,) = dash.age_view.chart().series()
    assert isinstance(bars, QHorizontalBarSeries)
    assert int(sum(bars.barSets()[0].at(i) for i in range(5))) == facts["pages"]
    assert dash.section_table.rowCount() == 5  # top-level old sections
    assert dash.reviewer_table.rowCount() == 3
    assert dash.reviewer_table.item(0, 0).text() == "Anna de Jong"
    assert dash.agenda_table.rowCount() == 5


def test_dashboard_empty_project_explains_itself(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    dash = DashboardWidget(project)
    qtbot.addWidget(dash)
    assert dash.headline.text() == "No pages yet"
    for card in (
        dash.decision_card,
        dash.age_card,
        dash.readability_card,
        dash.section_card,
        dash.reviewer_card,
        dash.agenda_card,
    ):
        assert card.is_empty and card.isHidden()
        assert len(card.empty.text()) > 20


def test_dashboard_reload_follows_the_project(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    with project.transaction() as conn:
        pid = int(
            conn.execute(
                insert(s.pages).values(url="http://i/1", state="done")
            ).inserted_primary_key[0]
        )
    dash = DashboardWidget(project)
    qtbot.addWidget(dash)
    assert dash.headline.text().startswith("0 of 1")
    assert dash.decision_card.is_empty
    with project.transaction() as conn:
        apply_changes(conn, [FieldChange("decision", pid, "decision", "keep")], who=WHO)
    dash.reload()
    assert dash.headline.text().startswith("1 of 1")
    assert not dash.decision_card.is_empty


def test_the_summary_names_every_decision(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    """Seen in the demo: 9 decided, the line under it said 2 kept, 3 to rewrite, 3 to delete
    (the archived page was missing); merged pages were left out the same way."""
    fill_realistic_project(project)
    with project.transaction() as conn:
        ids = [r[0] for r in conn.execute(s.pages.select().with_only_columns(s.pages.c.id))]
        apply_changes(
            conn,
            [
                FieldChange("decision", ids[-1], "decision", "archive"),
                FieldChange("decision", ids[-2], "decision", "archive"),
                FieldChange("decision", ids[-3], "decision", "merge"),
            ],
            who=WHO,
        )
    dash = DashboardWidget(project)
    qtbot.addWidget(dash)
    decided = int(dash.headline.text().split()[0])
    summary = dash.summary.text()
    assert "2 to archive" in summary and "1 to merge" in summary, summary
    said = [p for p in summary.split(" · ") if "discuss" not in p and "without a place" not in p]
    assert sum(int(p.split()[0]) for p in said) == decided, summary


def test_the_overview_says_what_the_page_table_counts_too(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    """Seen in the demo: the table showed 239 pages, the overview 231; the 8 broken addresses
    are rows of the table without a page to decide on. The overview says so."""
    from audit_app.core import page_query

    fill_realistic_project(project)
    with project.transaction() as conn:
        for n in range(3):
            conn.execute(
                insert(s.pages).values(
                    url=f"http://intranet.gemeente.local/weg-{n}.html", state="failed", status=404
                )
            )
        in_table = page_query.visible_count(conn)
    dash = DashboardWidget(project)
    qtbot.addWidget(dash)
    total = int(dash.headline.text().split()[2])
    assert in_table == total + 3
    assert "3 broken or gone addresses in the page table not counted here" in dash.summary.text()
