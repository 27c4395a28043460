"""score_project on real project files: what it writes, and what it never touches."""

from __future__ import annotations

import socket
import sys
from datetime import date

import pytest
from sqlalchemy import func, insert, select

from audit_app.core import schema as s
from audit_app.core.progress import Cancelled, Progress
from audit_app.core.project import Project
from audit_app.core.scoring import score_project
from audit_app.core.scoring.settings import update_settings
from tests.scoring.helpers import add_link, add_page, block_network, score_row
from tests.scoring.texts import DUTCH_UNIT, ENGLISH_UNIT, GERMAN_UNIT, long_dutch, repeat

pytestmark = pytest.mark.both_backends

TODAY = date(2026, 11, 22)
BASE = "http://intranet.test"


def _language(project: Project, page_id: int) -> str | None:
    with project.read() as conn:
        return conn.execute(select(s.pages.c.language).where(s.pages.c.id == page_id)).scalar()


def test_pages_in_every_shape(project: Project) -> None:
    nl = add_page(project, f"{BASE}/pz/verlof.html", repeat(DUTCH_UNIT, 3), language=None)
    en = add_page(project, f"{BASE}/en/leave.html", repeat(ENGLISH_UNIT, 6), language="nl")
    de = add_page(project, f"{BASE}/de/urlaub.html", repeat(GERMAN_UNIT, 5), language=None)
    empty = add_page(project, f"{BASE}/leeg.html", "")
    menu_only = add_page(project, f"{BASE}/menu.html", None, language="nl")
    pdf = add_page(project, f"{BASE}/docs/plattegrond.pdf", None, kind="document", h1=None)
    giant = add_page(project, f"{BASE}/lang.html", " ".join(["de regeling geldt nu"] * 750))

    summary = score_project(project, today=TODAY)

    assert summary.pages == 7 and summary.analysed == 7
    r = score_row(project, nl)
    assert r["readability_status"] == "ok" and 0 <= r["readability"] <= 100
    assert r["brouwer"] is not None and r["grade"] is None
    assert r["readability_band"] and r["b1_band"] in ("b1", "maybe-above", "above")
    assert _language(project, nl) == "nl"
    r = score_row(project, en)
    assert r["readability_status"] == "ok" and r["grade"] is not None and r["brouwer"] is None
    assert _language(project, en) == "nl"  # set by the crawl: left alone
    r = score_row(project, de)
    assert (r["readability_status"], r["readability"]) == ("unsupported", None)
    assert _language(project, de) == "other"
    for pid in (empty, menu_only):
        r = score_row(project, pid)
        assert (r["readability_status"], r["readability"]) == ("too-short", None)
        assert "thin" in r["signals"]
    assert score_row(project, pdf)["readability_status"] == "not-text"
    r = score_row(project, giant)
    assert r["readability"] == 0.0 and len(r["long_sentences"]) == 1
    # Empty pages are not copies of each other.
    assert score_row(project, empty)["duplicate_cluster"] is None


def test_duplicates_orphans_and_broken_links(project: Project) -> None:
    start = add_page(project, f"{BASE}/", long_dutch(1), found_via="start", depth=0)
    original = add_page(
        project, f"{BASE}/pz/verlof.html", long_dutch(2), last_modified="2020-01-01"
    )
    near = add_page(
        project,
        f"{BASE}/oud/verlof-2.html",
        long_dutch(2).replace("besproken", "vastgesteld", 1),
        found_via="sitemap",
        last_modified="2015-06-01",
    )
    exact = add_page(project, f"{BASE}/print/verlof.html", long_dutch(2), found_via="folder")
    broken = add_page(project, f"{BASE}/weg.html", None, status=404)
    failed = add_page(project, f"{BASE}/stuk.html", None, state="failed", status=None)
    add_link(project, start, original)
    add_link(project, start, broken)
    add_link(project, start, failed)
    add_link(project, exact, exact)  # a self-link is no inlink

    summary = score_project(project, today=TODAY)

    assert summary.pages == 4  # broken and failed pages get no score
    assert summary.duplicate_clusters == 1 and summary.duplicates == 2
    o, n, e = (score_row(project, pid) for pid in (original, near, exact))
    assert o["duplicate_of"] is None and o["duplicate_cluster"] == original
    assert (n["duplicate_kind"], n["duplicate_of"]) == ("near", original)
    assert (e["duplicate_kind"], e["duplicate_of"]) == ("exact", original)
    assert n["suggestion"] == "delete"
    assert n["suggestion_reasons"][0] == {
        "code": "duplicate",
        "kind": "near",
        "of": f"{BASE}/pz/verlof.html",
    }
    assert score_row(project, start)["broken_outlinks"] == 2
    assert "broken-links" in score_row(project, start)["signals"]
    assert not score_row(project, start)["orphan"]
    assert n["orphan"] and e["orphan"] and not o["orphan"]


def test_decisions_and_audit_trail_are_never_touched(project: Project) -> None:
    pid = add_page(project, f"{BASE}/a.html", repeat(DUTCH_UNIT, 3), last_modified="2009-01-01")
    with project.transaction() as conn:
        conn.execute(insert(s.decisions).values(page_id=pid, decision="keep", note="Blijft"))
    score_project(project, today=TODAY)
    assert score_row(project, pid)["suggestion"] != "keep"
    with project.read() as conn:
        row = conn.execute(select(s.decisions)).mappings().one()
        assert (row["decision"], row["note"]) == ("keep", "Blijft")
        assert conn.execute(select(func.count()).select_from(s.changes)).scalar() == 0


def test_only_cheap_redoes_bands_and_rules_without_reading_text(project: Project) -> None:
    pid = add_page(project, f"{BASE}/a.html", repeat(DUTCH_UNIT, 3), last_modified="2023-01-01")
    first = score_project(project, today=TODAY)
    before = score_row(project, pid)
    assert first.analysed == 1 and before["age_band"] == "2-5"
    update_settings(project, b1_min=before["readability"] + 1, age_lt5=3.0, rewrite_years=3.0)

    again = score_project(project, only_cheap=True, today=TODAY)

    after = score_row(project, pid)
    assert again.analysed == 0 and again.only_cheap
    assert after["readability"] == before["readability"]
    assert after["age_band"] == "gt5"
    assert after["b1_band"] != "b1"
    assert after["suggestion"] == "rewrite"
    assert {"code": "not-changed", "year": 2023} in after["suggestion_reasons"]


def test_rescoring_drops_pages_that_are_gone(project: Project) -> None:
    pid = add_page(project, f"{BASE}/a.html", repeat(DUTCH_UNIT, 3))
    score_project(project, today=TODAY)
    with project.transaction() as conn:
        conn.execute(s.pages.update().where(s.pages.c.id == pid).values(state="gone"))
    assert score_project(project, today=TODAY).pages == 0
    with project.read() as conn:
        assert conn.execute(select(func.count()).select_from(s.scores)).scalar() == 0


def test_scoring_during_a_recrawl_keeps_the_pages_it_requeued(project: Project) -> None:
    """A re-crawl puts every page it meets back in the queue before fetching it again; a
    `score` run in the meantime keeps scoring them from their last fetched text."""
    fetched = "2026-01-01T00:00:00Z"
    original = add_page(project, f"{BASE}/pz/verlof.html", long_dutch(2), fetched_at=fetched)
    copy = add_page(
        project,
        f"{BASE}/oud/verlof-2.html",
        long_dutch(2).replace("besproken", "vastgesteld", 1),
        fetched_at=fetched,
    )
    never = add_page(project, f"{BASE}/nieuw.html", None, state="queued", status=None)
    score_project(project, today=TODAY)
    before = {pid: score_row(project, pid) for pid in (original, copy)}
    with project.transaction() as conn:  # what the crawl store's re-queue does
        conn.execute(
            s.pages.update().where(s.pages.c.id.in_([original, copy])).values(state="queued")
        )
    score_project(project, today=TODAY)
    for pid in (original, copy):
        after = score_row(project, pid)
        assert after["readability"] == before[pid]["readability"]
        assert after["duplicate_of"] == before[pid]["duplicate_of"]
    assert score_row(project, copy)["duplicate_of"] == original
    with project.read() as conn:
        assert conn.execute(select(s.scores).where(s.scores.c.page_id == never)).first() is None


def test_worker_processes_give_the_same_scores(project: Project) -> None:
    ids = [add_page(project, f"{BASE}/p{i}.html", long_dutch(i % 5)) for i in range(12)]
    score_project(project, today=TODAY, workers=1)
    inline = [score_row(project, i) for i in ids]
    score_project(project, today=TODAY, workers=2)
    parallel = [score_row(project, i) for i in ids]
    for a, b in zip(inline, parallel, strict=True):
        a.pop("scored_at"), b.pop("scored_at")
        assert a == b
    assert sum(1 for r in parallel if r["duplicate_of"] is not None) == 7


def test_cancel_writes_nothing(project: Project) -> None:
    add_page(project, f"{BASE}/a.html", repeat(DUTCH_UNIT, 3))
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        score_project(project, progress, today=TODAY)
    with project.read() as conn:
        assert conn.execute(select(func.count()).select_from(s.scores)).scalar() == 0


def test_scoring_never_touches_the_network(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    block_network(monkeypatch)
    for name in [m for m in sys.modules if m == "nltk" or m.startswith("nltk.")]:
        monkeypatch.delitem(sys.modules, name)
    en = add_page(project, f"{BASE}/en.html", repeat(ENGLISH_UNIT, 6))
    nl = add_page(project, f"{BASE}/nl.html", repeat(DUTCH_UNIT, 3))
    score_project(project, today=TODAY, workers=1)
    assert score_row(project, en)["grade"] is not None
    assert score_row(project, nl)["brouwer"] is not None
    with pytest.raises(OSError, match="network blocked"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    # nltk downloads its corpora on first use; scoring must not even load it
    assert "nltk" not in sys.modules
