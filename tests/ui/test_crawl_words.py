"""The crawler's date reason, date sources and fetch failures are codes; the detail panel words
them in the user's language and shows an older project's sentences as they are."""

from __future__ import annotations

import json

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from audit_app.core.crawl_job import STOP_OTHER, CrawlSummary
from audit_app.core.project import Project
from audit_app.ui.crawl_words import date_reason_text, fetch_error_text, stop_detail_text
from audit_app.ui.detail_panel import DetailPanel
from audit_app.ui.progress_panel import ProgressPanel
from crawlers.fetch_errors import fetch_error

REASON = json.dumps(
    {"code": "found", "source": "visible", "text": "Laatst gewijzigd: 12 maart 2009"}
)
EVIDENCE = json.dumps(
    [
        {"date": "2009-03-12", "source": "visible", "text": "Laatst gewijzigd", "kind": "modified"},
        {
            "date": "2012-02-14",
            "source": "http-header",
            "text": "Last-Modified",
            "kind": "modified",
        },
    ]
)


def _store(project: Project, page_id: int, reason: str, error: str | None) -> None:
    with project.transaction() as conn:
        conn.execute(
            text("UPDATE pages SET last_modified_reason = :r, error = :e, status = 404 "
                 "WHERE id = :i"),
            {"r": reason, "e": error, "i": page_id},
        )  # fmt: skip
        conn.execute(
            text("UPDATE page_content SET date_evidence = :d WHERE page_id = :i"),
            {"d": EVIDENCE, "i": page_id},
        )


def _panel(qtbot: QtBot, project: Project, page_id: int) -> tuple[str, str]:
    panel = DetailPanel(project, use_webengine=False)
    qtbot.addWidget(panel)
    panel.show_page(page_id)
    return panel.dates_view.toPlainText(), panel.scores_view.toPlainText()


def test_english_detail_panel(qtbot: QtBot, pages_project: Project) -> None:
    _store(pages_project, 51, REASON, fetch_error("not-found", status=404))
    dates, scores = _panel(qtbot, pages_project, 51)
    assert "date visible on the page (Laatst gewijzigd: 12 maart 2009)" in dates
    assert "date the web server sends along: Last-Modified" in dates
    assert "404 – Not found (404)" in scores
    assert "zichtbare" not in dates and "http-header" not in dates and '"code"' not in dates


@pytest.mark.usefixtures("dutch")
def test_dutch_detail_panel(qtbot: QtBot, pages_project: Project) -> None:
    _store(pages_project, 51, REASON, fetch_error("not-found", status=404))
    dates, scores = _panel(qtbot, pages_project, 51)
    assert "zichtbare datum op de pagina (Laatst gewijzigd: 12 maart 2009)" in dates
    assert "datum die de webserver meestuurt: Last-Modified" in dates
    assert "404 – Niet gevonden (404)" in scores


def test_an_older_projects_sentences_are_shown_as_they_are(
    qtbot: QtBot, pages_project: Project
) -> None:
    _store(pages_project, 51, "datum in het webadres (2009/03)", "Niet gevonden (404)")
    dates, scores = _panel(qtbot, pages_project, 51)
    assert "datum in het webadres (2009/03)" in dates
    assert "404 – Niet gevonden (404)" in scores


def test_words_per_code_in_english(qtbot: QtBot) -> None:
    shared = json.dumps({"code": "shared-header", "shared_header": "2012-02-14"})
    assert date_reason_text(shared).startswith("date unknown: the web server sent ")
    assert "2012" in date_reason_text(shared) and "2012-02-14" not in date_reason_text(shared)
    assert date_reason_text(json.dumps({"code": "none"})) == "no date found"
    assert fetch_error_text(fetch_error("server-error", status=503, retries=1)) == (
        "Server error (503), even after 1 retry"
    )
    assert fetch_error_text(fetch_error("timeout", seconds=10.0)) == (
        "Server does not answer within 10 seconds"
    )
    assert fetch_error_text(None) == ""


@pytest.mark.usefixtures("dutch")
def test_words_per_code_in_dutch(qtbot: QtBot) -> None:
    assert fetch_error_text(fetch_error("server-error", status=503, retries=3)) == (
        "Serverfout (503), ook na 3 nieuwe pogingen"
    )
    assert fetch_error_text(fetch_error("connection-lost", during="read")) == (
        "Verbinding verbroken (tijdens het lezen)"
    )
    assert fetch_error_text(fetch_error("timeout", seconds=0.5)) == (
        "Server reageert niet binnen 0,5 seconden"
    )


def _stopped(detail: dict[str, object]) -> CrawlSummary:
    return CrawlSummary(
        run_id=1, status="stopped", stop_reason="Leeslimiet bereikt: 5 bestanden gelezen",
        resumed=False, fetched=5, fetched_total=5, errors=0, queued=8, traps=0, excluded=0,
        aliases=0, external_links=0, seconds=1.0, pages_per_second=5.0, pages_in_project=5,
        stop_code=STOP_OTHER, stop_detail=detail,
    )  # fmt: skip


def test_a_crawl_stopped_by_a_source_limit_in_english(qtbot: QtBot) -> None:
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    assert panel.stop_text(_stopped({"code": "read-files", "files": 5})) == (
        "Stopped early (read limit reached: 5 files read); resume with Audit > Resume crawl."
    )
    assert stop_detail_text({"code": "interrupted", "error": "OSError"}) == "interrupted: OSError"
    assert stop_detail_text(None) is None


@pytest.mark.usefixtures("dutch")
def test_a_crawl_stopped_by_a_source_limit_in_dutch(qtbot: QtBot) -> None:
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    text = panel.stop_text(_stopped({"code": "read-files", "files": 5}))
    assert "leeslimiet bereikt: 5 bestanden gelezen" in text
    assert stop_detail_text({"code": "time-limit", "seconds": 0.5}) == (
        "tijdslimiet van 0,5 seconden bereikt"
    )
