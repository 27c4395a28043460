"""The crawler's date reasons and fetch failures are codes with facts; the exports word them in
Dutch and English, and a project crawled before keeps its sentences."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from audit_app.core.project import Project
from crawlers.dates import choose_last_modified, stored_reason
from crawlers.fetch_errors import fetch_error
from crawlers.model import DateEvidence
from exporters.crawl_words import _TEXT, date_reason_text, fetch_error_text
from exporters.inventory_csv import write_inventory_csv, write_inventory_jsonl
from exporters.workbook import ExportOptions, export_workbook
from tests.exporters.helpers import build_sample

CRAWLERS = Path(__file__).resolve().parents[2] / "crawlers"


def _reason(*evidence: DateEvidence, template: frozenset[str] = frozenset()) -> str:
    choice = choose_last_modified(list(evidence), template_header_dates=template)
    return stored_reason(choice.reason)


VISIBLE = DateEvidence("2009-03-12", "visible", "Laatst gewijzigd: 12 maart 2009")
HEADER = DateEvidence("2012-02-14", "http-header", "Last-Modified")
TEXT_DATE = DateEvidence("2015-03-03", "content", "3 maart 2015", "unknown")

# what the crawler wrote as a sentence before, which the Dutch words must still read
DATE_REASONS = [
    (
        _reason(VISIBLE),
        "zichtbare datum op de pagina (Laatst gewijzigd: 12 maart 2009)",
        "date visible on the page (Laatst gewijzigd: 12 maart 2009)",
    ),
    (
        _reason(DateEvidence("2008-04-01", "url", "2008/04", "unknown")),
        "datum in het webadres (2008/04); zegt vaak eerder wanneer iets geplaatst is dan gewijzigd",
        "date in the web address (2008/04); often says when something was posted rather "
        "than changed",
    ),
    (
        _reason(DateEvidence("2008-04-04", "visible", "Gepubliceerd op 4 april 2008", "published")),
        "alleen een publicatie- of aanmaakdatum gevonden (Gepubliceerd op 4 april 2008); de "
        "pagina kan later nog gewijzigd zijn",
        "only a publication or creation date found (Gepubliceerd op 4 april 2008); the page "
        "may have changed since",
    ),
    (
        _reason(HEADER, template=frozenset({"2012-02-14"})),
        "datum onbekend: de webserver gaf 2012-02-14 mee, dezelfde datum als de meeste "
        "pagina's (een kopie of verhuizing van de bestanden): dat zegt niets over deze pagina",
        "date unknown: the web server sent 2012-02-14, the same date as most pages (the files "
        "were copied or moved): that says nothing about this page",
    ),
    (
        _reason(TEXT_DATE),
        "alleen de nieuwste datum in de tekst (3 maart 2015); zwak bewijs: het kan ook een "
        "vergader- of wetsdatum zijn",
        "only the newest date in the text (3 maart 2015); weak evidence: it may also be the "
        "date of a meeting or a law",
    ),
    (
        _reason(HEADER),
        "datum die de webserver meestuurt (Last-Modified)",
        "date the web server sends along (Last-Modified)",
    ),
    (_reason(), "geen datum gevonden", "no date found"),
]


@pytest.mark.parametrize(("stored", "dutch", "english"), DATE_REASONS)
def test_date_reasons_in_dutch_and_english(stored: str, dutch: str, english: str) -> None:
    assert json.loads(stored)["code"]  # stored as a code with its facts
    assert date_reason_text("nl", stored) == dutch
    assert date_reason_text("en", stored) == english


FETCH_ERRORS = [
    (fetch_error("not-found", status=404), "Niet gevonden (404)", "Not found (404)"),
    (
        fetch_error("server-error", status=503, retries=3),
        "Serverfout (503), ook na 3 nieuwe pogingen",
        "Server error (503), even after 3 retries",
    ),
    (
        fetch_error("too-many-requests", retries=1),
        "Te veel verzoeken, de server vraagt om te wachten (429), ook na 1 nieuwe poging",
        "Too many requests, the server asks to wait (429), even after 1 retry",
    ),
    (
        fetch_error("timeout", seconds=0.5),
        "Server reageert niet binnen 0,5 seconden",
        "Server does not answer within 0.5 seconds",
    ),
    (
        fetch_error("connection-lost", during="read"),
        "Verbinding verbroken (tijdens het lezen)",
        "Connection lost (while reading)",
    ),
    (
        fetch_error("broken-shortcut"),
        "Niet gevonden (kapotte snelkoppeling)",
        "Not found (broken shortcut)",
    ),
    ("Niet gevonden (404)", "Niet gevonden (404)", "Niet gevonden (404)"),  # an older project
    (fetch_error("new-in-a-later-version"), "new-in-a-later-version", "new-in-a-later-version"),
]


@pytest.mark.parametrize(("stored", "dutch", "english"), FETCH_ERRORS)
def test_fetch_errors_in_dutch_and_english(stored: str, dutch: str, english: str) -> None:
    assert fetch_error_text("nl", stored) == dutch
    assert fetch_error_text("en", stored) == english


def test_every_code_the_crawler_writes_has_words() -> None:
    written = {
        m[1]
        for path in CRAWLERS.glob("*.py")
        for m in re.finditer(r'fetch_error\(\s*"([a-z-]+)"', path.read_text("utf-8"))
    }
    assert {"not-found", "server-error", "zip-bomb", "loose-file"} <= written
    assert {c for c in written if c != "negotiate" and f"error.{c}" not in _TEXT} == set()


def _coded_sample(project: Project) -> int:
    sample = build_sample(project)
    weg = sample.pages["weg"]
    with project.transaction() as conn:
        conn.execute(
            text("UPDATE pages SET error = :e, last_modified_reason = :r WHERE id = :i"),
            {"e": fetch_error("not-found", status=404), "r": _reason(VISIBLE), "i": weg},
        )
    return weg


def test_broken_links_sheet_words_the_error(project: Project, tmp_path: Path) -> None:
    _coded_sample(project)
    for lang, sheet, words in (
        ("nl", "Kapotte links", "404 – Niet gevonden (404)"),
        ("en", "Broken links", "404 – Not found (404)"),
    ):
        out = tmp_path / f"plan-{lang}.xlsx"
        export_workbook(project, out, options=ExportOptions(lang=lang))  # type: ignore[arg-type]
        ws = load_workbook(out)[sheet]
        assert [c.value for c in ws[2]][1] == words


def test_inventory_carries_codes_for_scripts_and_words_for_people(
    project: Project, tmp_path: Path
) -> None:
    weg = _coded_sample(project)
    url = "http://intranet.example/oud/weg.html"
    out = tmp_path / "i.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        write_inventory_jsonl(project, fh, lang="en")
    rows = {r["url"]: r for r in map(json.loads, out.read_text("utf-8").splitlines())}
    assert rows[url]["error"] == {"code": "not-found", "status": 404}
    assert rows[url]["error_text"] == "Not found (404)"
    assert rows[url]["last_modified_reason"]["code"] == "found"
    assert rows[url]["last_modified_reason_text"] == (
        "date visible on the page (Laatst gewijzigd: 12 maart 2009)"
    )
    assert weg
    for lang, error in (("nl", "Niet gevonden (404)"), ("en", "Not found (404)")):
        out = tmp_path / f"i-{lang}.csv"
        with out.open("w", encoding="utf-8-sig", newline="") as fh:
            write_inventory_csv(project, fh, lang=lang)  # type: ignore[arg-type]
        with out.open(encoding="utf-8-sig", newline="") as fh:
            row = next(r for r in csv.DictReader(fh) if r["url"] == url)
        assert row["error"] == error
        assert "12 maart 2009" in row["last_modified_reason"]
        assert "{" not in row["last_modified_reason"]
