"""Date evidence from phrases, meta tags, headers and URLs, and the choice of one date."""

from __future__ import annotations

import datetime as dt

import lxml.etree as etree
import pytest

from crawlers.dates import (
    choose_last_modified,
    find_dates,
    meta_dates,
    newest_content_date,
    parse_http_date,
    url_dates,
    visible_dates,
)
from crawlers.model import DateEvidence

TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize(
    ("phrase", "iso", "kind"),
    [
        ("Laatst gewijzigd: 12 maart 2009", "2009-03-12", "modified"),
        ("Laatst bijgewerkt op 3-1-2011", "2011-01-03", "modified"),
        ("bijgewerkt op 03/01/2011", "2011-01-03", "modified"),
        ("Gewijzigd: 12 mrt. 2009", "2009-03-12", "modified"),
        ("Gewijzigd: 12 mrt 2009", "2009-03-12", "modified"),
        ("Datum: 2009-03-12", "2009-03-12", "unknown"),
        ("Last updated March 2005", "2005-03-01", "modified"),
        ("Last modified: 12 March 2005", "2005-03-12", "modified"),
        ("Last updated: March 12, 2005", "2005-03-12", "modified"),
        ("Gepubliceerd op 4 april 2008", "2008-04-04", "published"),
        ("Versie van 1 sept. 2007", "2007-09-01", "modified"),
        ("Laatste wijziging: 2 okt 2006", "2006-10-02", "modified"),
        ("laatst gewijzigd op maandag 5 januari 2004 14:03", "2004-01-05", "modified"),
        ("Datum laatste wijziging: 12.03.2009", "2009-03-12", "modified"),
        ("Laatst aangepast: december 2010", "2010-12-01", "modified"),
        ("Updated 3-1-11", "2011-01-03", "modified"),
        ("Bijgewerkt: 1-2-99", "1999-02-01", "modified"),
        ("Laatst gewijzigd:\n17 juni 2003", "2003-06-17", "modified"),
    ],
)
def test_visible_phrases(phrase: str, iso: str, kind: str) -> None:
    found = visible_dates(f"Tekst vooraf. {phrase} Tekst achteraf.", TODAY)
    assert [(e.date, e.kind, e.source) for e in found] == [(iso, kind, "visible")]


@pytest.mark.parametrize(
    "phrase",
    [
        "Laatst gewijzigd: 31-02-2009",  # impossible
        "Laatst gewijzigd: 1-13-2009",  # month 13: day-month order always
        "Laatst gewijzigd: 1 januari 2030",  # future
        "Laatst gewijzigd: 1 januari 1985",  # before intranets
        "De vergadering is op 12 maart 2009",  # no label: not evidence
        "Bel 020-1234567 voor informatie",
    ],
)
def test_rejected_phrases(phrase: str) -> None:
    assert visible_dates(phrase, TODAY) == []


def test_day_month_order_is_dutch() -> None:
    (found,) = visible_dates("Gewijzigd: 3-1-2011", TODAY)
    assert found.date == "2011-01-03"


def test_tomorrow_is_still_accepted_but_not_later() -> None:
    tomorrow = TODAY + dt.timedelta(days=1)
    later = TODAY + dt.timedelta(days=2)
    text = f"Gewijzigd: {tomorrow:%d-%m-%Y}. Bijgewerkt: {later:%d-%m-%Y}."
    assert [e.date for e in visible_dates(text, TODAY)] == [tomorrow.isoformat()]


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("http://intranet/nieuws/2009/03/verhuizing.html", "2009-03-01"),
        ("http://intranet/nieuws/2008-04-01-personeelsfeest.html", "2008-04-01"),
        ("http://intranet/docs/verslag_20090312.doc", "2009-03-12"),
        ("http://intranet/archief/2007/11/", "2007-11-01"),
    ],
)
def test_url_dates(url: str, iso: str) -> None:
    assert [(e.date, e.source) for e in url_dates(url, TODAY)] == [(iso, "url")]


@pytest.mark.parametrize(
    "url",
    [
        "http://intranet/po/verlof.htm",
        "http://intranet/telefoon/12345678.htm",  # not a date
        "http://intranet/archief/1985/01/oud.htm",  # implausible year
        "http://intranet/plan/2031/05/toekomst.htm",  # future
        "http://intranet/nieuws/2009-02-30-x.htm",
    ],
)
def test_url_without_plausible_date(url: str) -> None:
    assert url_dates(url, TODAY) == []


def test_http_header_dates() -> None:
    assert parse_http_date("Thu, 12 Mar 2009 10:00:00 GMT", TODAY) == dt.date(2009, 3, 12)
    assert parse_http_date("Thursday, 12-Mar-09 10:00:00 GMT", TODAY) == dt.date(2009, 3, 12)
    assert parse_http_date("Thu Mar 12 10:00:00 2009", TODAY) == dt.date(2009, 3, 12)
    assert parse_http_date("gisteren", TODAY) is None
    assert parse_http_date("", TODAY) is None


def test_meta_dates_kinds() -> None:
    found = meta_dates(
        [
            ("dcterms.modified", "2009-03-12T10:00:00+01:00"),
            ("DC.date.created", "12-03-2008"),
            ("article:published_time", "2008-01-05"),
            ("revised", "Thursday, March 12th, 2009"),
            ("description", "12 maart 2009"),
            ("last-modified", "Thu, 12 Mar 2009 10:00:00 GMT"),
        ],
        TODAY,
    )
    assert [(e.date, e.text, e.kind) for e in found] == [
        ("2009-03-12", "dcterms.modified", "modified"),
        ("2008-03-12", "dc.date.created", "published"),
        ("2008-01-05", "article:published_time", "published"),
        ("2009-03-12", "revised", "modified"),
        ("2009-03-12", "last-modified", "modified"),
    ]


def test_find_dates_from_a_tree_reads_meta_and_footer() -> None:
    html = (
        b"<html><head><meta name='DC.date.modified' content='2010-05-06'>"
        b"<script>var d = 'Gewijzigd: 1-1-2001';</script></head>"
        b"<body><p>Tekst</p><div id='footer'>Laatst gewijzigd: 12 maart 2009</div></body></html>"
    )
    tree = etree.fromstring(html, etree.HTMLParser())
    found = find_dates(
        tree,
        "http://intranet/2008/01/x.htm",
        "Mon, 01 Jun 2015 10:00:00 GMT",
        today=TODAY,
    )
    assert [(e.source, e.date) for e in found] == [
        ("http-header", "2015-06-01"),
        ("meta", "2010-05-06"),
        ("visible", "2009-03-12"),
        ("url", "2008-01-01"),
    ]


def ev(date: str, source: str, kind: str = "modified", text: str = "x") -> DateEvidence:
    return DateEvidence(date, source, text, kind)


def test_visible_beats_http_header() -> None:
    choice = choose_last_modified(
        [
            ev("2015-06-01", "http-header", text="Last-Modified"),
            ev("2009-03-12", "visible", text="Laatst gewijzigd: 12 maart 2009"),
        ],
        today=TODAY,
    )
    assert (choice.date, choice.source, choice.confidence) == ("2009-03-12", "visible", "high")
    assert choice.reason == {
        "code": "found",
        "source": "visible",
        "text": "Laatst gewijzigd: 12 maart 2009",
    }


def test_template_header_loses_to_any_page_own_date() -> None:
    evidence = [
        ev("2026-11-20", "http-header"),
        ev("2008-04-01", "url", "unknown", "2008-04-01"),
    ]
    choice = choose_last_modified(evidence, template_header_dates=frozenset({"2026-11-20"}))
    assert (choice.date, choice.source, choice.confidence) == ("2008-04-01", "url", "low")
    no_template = choose_last_modified(evidence, today=TODAY)
    assert (no_template.date, no_template.source) == ("2026-11-20", "http-header")
    assert no_template.confidence == "medium"


def test_a_shared_header_date_is_evidence_of_nothing() -> None:
    choice = choose_last_modified(
        [ev("2026-11-20", "http-header")],
        template_header_dates=frozenset({"2026-11-20"}),
        today=TODAY,
    )
    assert (choice.date, choice.source, choice.confidence) == (None, None, "none")
    assert choice.reason == {"code": "shared-header", "shared_header": "2026-11-20"}


def test_the_newest_date_in_the_text_is_the_last_weak_resort() -> None:
    evidence = [ev("2026-11-20", "http-header"), ev("2019-03-01", "content", kind="unknown")]
    choice = choose_last_modified(
        evidence, template_header_dates=frozenset({"2026-11-20"}), today=TODAY
    )
    assert (choice.date, choice.source, choice.confidence) == ("2019-03-01", "content", "low")
    assert choice.reason == {"code": "newest-in-text", "text": "x", "shared_header": "2026-11-20"}
    labelled = [*evidence, ev("2015-01-01", "visible")]
    assert choose_last_modified(labelled, today=TODAY).source == "visible"


def test_newest_content_date_reads_unlabelled_dates() -> None:
    text = "Vergadering van 3 maart 2018. Besluit 12-05-2020 genomen. Wet uit 1998-01-01."
    found = newest_content_date(text, today=TODAY)
    assert found is not None and (found.date, found.source) == ("2020-05-12", "content")
    assert newest_content_date("geen datum hier", today=TODAY) is None


def test_published_is_not_a_modification_date() -> None:
    choice = choose_last_modified(
        [
            ev("2008-04-04", "visible", "published", "Gepubliceerd op 4 april 2008"),
            ev("2006-01-01", "meta", "published", "dcterms.created"),
            ev("2015-06-01", "http-header"),
        ],
        today=TODAY,
    )
    assert (choice.date, choice.source) == ("2015-06-01", "http-header")
    only_published = choose_last_modified(
        [ev("2008-04-04", "visible", "published", "Gepubliceerd op 4 april 2008")], today=TODAY
    )
    assert (only_published.date, only_published.confidence) == ("2008-04-04", "low")
    assert only_published.reason["code"] == "published-only"


def test_latest_of_several_visible_modified_dates() -> None:
    choice = choose_last_modified(
        [ev("2004-01-05", "visible"), ev("2009-03-12", "visible"), ev("2007-01-01", "visible")],
        today=TODAY,
    )
    assert choice.date == "2009-03-12"


def test_meta_beats_header_and_url_is_weaker_than_meta() -> None:
    choice = choose_last_modified(
        [
            ev("2012-01-01", "url", "unknown"),
            ev("2015-06-01", "http-header"),
            ev("2010-05-06", "meta", text="dcterms.modified"),
        ],
        today=TODAY,
    )
    assert (choice.date, choice.source, choice.confidence) == ("2010-05-06", "meta", "high")


def test_document_modified_property() -> None:
    choice = choose_last_modified(
        [ev("2015-06-01", "http-header"), ev("2009-03-12", "document")], today=TODAY
    )
    assert (choice.date, choice.source) == ("2009-03-12", "document")


def test_future_evidence_is_ignored() -> None:
    choice = choose_last_modified([ev("2031-01-01", "visible")], today=TODAY)
    assert (choice.date, choice.confidence) == (None, "none")


def test_no_evidence() -> None:
    choice = choose_last_modified([])
    assert (choice.date, choice.source, choice.reason, choice.confidence) == (
        None,
        None,
        {"code": "none"},
        "none",
    )


def test_url_python_cannot_parse_still_gives_its_date() -> None:
    assert [e.date for e in url_dates("http://[zz/nieuws/2009/03/x.htm", TODAY)] == ["2009-03-01"]
