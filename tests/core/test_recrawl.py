"""After a re-crawl: what is new, changed, gone or moved, and which decisions need a look."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import insert, update

from audit_app.core import schema as s
from audit_app.core.project import Project
from audit_app.core.recrawl import since_previous_crawl
from exporters.workbook import export_workbook
from tests.exporters.helpers import BASE, build_sample


def _two_crawls(project: Project) -> dict[str, int]:
    smp = build_sample(project)
    p = smp.pages
    with project.transaction() as conn:
        for run, started in ((1, "2026-10-01T08:00:00+00:00"), (2, "2026-11-15T08:00:00+00:00")):
            conn.execute(
                insert(s.crawl_runs).values(
                    id=run, started_at=started, status="finished", config="{}"
                )
            )
        pages = s.pages.c
        conn.execute(update(s.pages).values(first_seen_run=1, last_seen_run=2))
        conn.execute(
            update(s.pages).where(pages.id == p["verlof"]).values(last_modified="2026-11-20")
        )
        conn.execute(
            update(s.pages).where(pages.id == p["formulieren"]).values(last_modified="2026-01-01")
        )
        conn.execute(
            update(s.pages).where(pages.id == p["kerst"]).values(state="gone", last_seen_run=1)
        )
        conn.execute(
            update(s.pages)
            .where(pages.id == p["verlof_oud"])
            .values(state="gone", final_url=f"{BASE}/personeel/verlof.html")
        )
        conn.execute(
            update(s.decisions)
            .where(s.decisions.c.page_id == p["verlof"])
            .values(updated_at="2026-10-20T10:00:00+00:00")
        )
        new = conn.execute(
            insert(s.pages).values(
                url=f"{BASE}/nieuw/thuiswerkregeling-2027.html",
                title="Thuiswerkregeling 2027",
                state="done",
                status=200,
                first_seen_run=2,
                last_seen_run=2,
            )
        ).inserted_primary_key[0]
    return {**p, "new": int(new)}


def test_new_changed_gone_and_moved_with_decisions_to_look_at_again(project: Project) -> None:
    p = _two_crawls(project)
    with project.read() as conn:
        pair, found = since_previous_crawl(conn)
    assert pair is not None and (pair.previous_id, pair.latest_id) == (1, 2)
    got = {(r.page_id, r.what, r.look_again) for r in found}
    assert got == {
        (p["verlof"], "changed", True),  # decided in October, the page changed in November
        (p["verlof_oud"], "moved", True),
        (p["kerst"], "gone", False),
        (p["new"], "new", False),
    }
    assert [r.look_again for r in found] == [True, True, False, False]  # flagged ones first


def test_the_workbook_sheet(project: Project, tmp_path: Path) -> None:
    p = _two_crawls(project)
    out = tmp_path / "plan.xlsx"
    export_workbook(project, out)
    ws = load_workbook(out)["Sinds vorige crawl"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "Vergeleken: de crawl van 2026-10-01 met die van 2026-11-15"
    assert rows[1] == (
        "Wat",
        "Oude URL",
        "Titel",
        "Datum of nieuwe plek",
        "Besluit",
        "Besluit opnieuw bekijken",
    )
    verlof = next(r for r in rows if r[1] == f"{BASE}/personeel/verlof.html")
    assert verlof[0] == "gewijzigd" and verlof[3] == "2026-11-20" and verlof[5] == "ja"
    assert p["new"]


def test_one_crawl_says_so(project: Project, tmp_path: Path) -> None:
    build_sample(project)
    out = tmp_path / "plan.xlsx"
    export_workbook(project, out)
    ws = load_workbook(out)["Sinds vorige crawl"]
    assert str(ws["A1"].value).startswith("Er is nog maar één crawl")


def test_the_table_filter_shows_what_changed_since_the_previous_crawl(project: Project) -> None:
    from audit_app.core.page_query import PageFilter, count_decided, page_ids

    p = _two_crawls(project)
    with project.read() as conn:
        everything = set(page_ids(conn, PageFilter()))
        shown = set(page_ids(conn, PageFilter(changed_since_crawl=True)))
        listed = {r.page_id for r in since_previous_crawl(conn)[1]}
        total = count_decided(conn, PageFilter(changed_since_crawl=True))[1]
    assert {p["verlof"], p["new"]} <= shown  # changed after its decision, and new
    assert p["formulieren"] not in shown  # not changed since the previous crawl
    assert shown == listed & everything and total == len(shown)
    assert len(shown) < len(everything)
