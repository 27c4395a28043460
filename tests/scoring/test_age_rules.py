"""Age, date confidence and the suggestion rules, on plain page facts."""

from __future__ import annotations

import json

import pytest

from audit_app.core.scoring.age import age_band, age_days, date_confidence
from audit_app.core.scoring.facts import PageFacts
from audit_app.core.scoring.rules import RULES, suggest
from audit_app.core.scoring.settings import ScoringSettings
from audit_app.core.scoring.signals import compute_signals, is_orphan

DEFAULTS = ScoringSettings()


@pytest.mark.parametrize(
    ("source", "kind", "reason", "expected"),
    [
        ("visible", "modified", "zichtbare datum (Laatst gewijzigd: 12 maart 2009)", "high"),
        ("meta", "modified", "dcterms.modified", "high"),
        ("http-header", "modified", "Last-Modified", "medium"),
        ("url", "modified", "/2009/03/", "medium"),
        ("document", "modified", "PDF", "medium"),
        ("visible", "published", "Geplaatst op 12 maart 2009", "low"),
        ("http-header", "modified", "waarschijnlijk van de sjabloon of de server", "low"),
    ],
)
def test_date_confidence(source: str, kind: str, reason: str, expected: str) -> None:
    evidence = json.dumps([{"date": "2009-03-12", "source": source, "text": "x", "kind": kind}])
    assert date_confidence("2009-03-12", source, reason, evidence) == expected


def test_no_date_is_unknown_never_new() -> None:
    assert date_confidence(None, None, "geen datum gevonden", None) == "none"
    assert age_days(None, __import__("datetime").date(2026, 1, 1)) is None
    assert age_band(None, DEFAULTS) == "unknown"
    assert age_days("not a date", __import__("datetime").date(2026, 1, 1)) is None


def test_age_bands_follow_settings() -> None:
    assert age_band(100, DEFAULTS) == "lt1"
    assert age_band(400, DEFAULTS) == "1-2"
    assert age_band(1000, DEFAULTS) == "2-5"
    assert age_band(2000, DEFAULTS) == "gt5"
    strict = ScoringSettings.from_dict({"age_lt1": 0.5, "age_lt5": 2.5})
    assert age_band(200, strict) == "1-2"
    assert age_band(1000, strict) == "gt5"


def test_settings_ignore_bad_values() -> None:
    s = ScoringSettings.from_dict({"b1_min": "hoog", "thin_words": 80.0, "x": 1, "age_lt1": True})
    assert s.b1_min == 70.0
    assert s.thin_words == 80
    assert s.age_lt1 == 1.0
    assert ScoringSettings.from_dict(None) == DEFAULTS


def _facts(**kw: object) -> PageFacts:
    base: dict[str, object] = {
        "page_id": 1,
        "url": "http://intranet.test/pz/regeling.html",
        "title": "Regeling",
        "h1": "Regeling",
        "words": 400,
        "owner": "P&O",
        "inlinks": 3,
        "found_via": "link",
    }
    base.update(kw)
    return PageFacts(**base)  # type: ignore[arg-type]


def test_near_duplicate_is_deleted_with_the_original_named() -> None:
    f = _facts(
        duplicate_of=7,
        duplicate_kind="near",
        duplicate_of_url="http://intranet.test/pz/verlof.html",
    )
    assert suggest(f, DEFAULTS) == (
        "delete",
        [{"code": "duplicate", "kind": "near", "of": "http://intranet.test/pz/verlof.html"}],
    )


def test_visited_near_duplicate_suggests_merging_into_its_original() -> None:
    near = {
        "duplicate_of": 7,
        "duplicate_kind": "near",
        "duplicate_of_url": "http://intranet.test/pz/verlof.html",
    }
    f = _facts(**near, views=120, views_imported=True)
    assert suggest(f, DEFAULTS) == (
        "merge",
        [
            {
                "code": "merge-near-duplicate",
                "of": "http://intranet.test/pz/verlof.html",
                "views": 120,
            }
        ],
    )
    # no visits, or an exact copy: nothing of its own to keep
    assert suggest(_facts(**near, views=0, views_imported=True), DEFAULTS)[0] == "delete"
    exact = {**near, "duplicate_kind": "exact"}
    assert suggest(_facts(**exact, views=120, views_imported=True), DEFAULTS)[0] == "delete"


def test_old_page_without_links_is_deleted() -> None:
    f = _facts(inlinks=0, age_days=6 * 366, last_modified="2019-01-01")
    action, reasons = suggest(f, DEFAULTS)
    assert action == "delete"
    assert reasons == [{"code": "unlinked-and-old", "years": 5}]


def test_old_linked_page_is_rewritten_with_year() -> None:
    f = _facts(age_days=17 * 365, last_modified="2009-03-12", b1_band="above")
    action, reasons = suggest(f, DEFAULTS)
    assert action == "rewrite"
    assert reasons == [{"code": "not-changed", "year": 2009}, {"code": "above-b1"}]


def test_old_news_item_is_deleted_but_not_the_news_index_or_recent_news() -> None:
    old = _facts(
        url="http://intranet.test/nieuws/2009/kerstborrel.html",
        age_days=17 * 365,
        last_modified="2009-12-01",
    )
    assert suggest(old, DEFAULTS) == (
        "delete",
        [{"code": "old-news", "year": 2009}],
    )
    index = _facts(
        url="http://intranet.test/nieuws/", age_days=17 * 365, last_modified="2009-12-01"
    )
    assert suggest(index, DEFAULTS)[0] == "rewrite"
    recent = _facts(
        url="http://intranet.test/nieuws/kantine.html", age_days=200, last_modified="2026-05-01"
    )
    assert suggest(recent, DEFAULTS)[0] == "keep"
    assert suggest(old, ScoringSettings(delete_news_years=20))[0] == "rewrite"


def test_recent_readable_page_is_kept() -> None:
    f = _facts(age_days=100, last_modified="2026-08-01", b1_band="b1")
    assert suggest(f, DEFAULTS) == ("keep", [{"code": "recent-and-readable"}])
    assert suggest(_facts(), DEFAULTS) == ("keep", [{"code": "no-objection", "date": "unknown"}])


def test_thresholds_change_the_outcome() -> None:
    f = _facts(age_days=3 * 365, last_modified="2023-11-01")
    assert suggest(f, DEFAULTS)[0] == "keep"
    assert suggest(f, ScoringSettings(rewrite_years=2))[0] == "rewrite"


def test_rules_are_a_visible_ordered_list() -> None:
    actions = [r.action for r in RULES]
    assert actions == sorted(actions, key=["merge", "delete", "rewrite", "keep"].index)


def test_signals() -> None:
    f = _facts(
        kind="page",
        title="",
        h1=None,
        words=12,
        owner=None,
        found_via="sitemap",
        inlinks=0,
        broken_outlinks=2,
        views_imported=True,
        views=None,
    )
    f.orphan = is_orphan(f)
    assert compute_signals(f, DEFAULTS) == [
        "orphan",
        "broken-links",
        "thin",
        "no-title",
        "no-h1",
        "no-owner",
        "unknown-date",
        "no-views",
    ]
    assert not is_orphan(_facts(found_via="start", inlinks=0))
    assert not is_orphan(_facts(found_via="link", inlinks=0))
    doc = _facts(kind="document", age_days=6 * 366, date_confidence="high")
    assert "old-document" in compute_signals(doc, DEFAULTS)
