"""Suggestion reasons are codes with facts; the exports word them in Dutch and English."""

from __future__ import annotations

import json
from typing import Any

import pytest

from audit_app.core.scoring.rules import FALLBACK, RULES
from exporters.reason_words import reason_text, reasons_text, signal_text

URL = "http://intranet.test/pz/verlof.html"

# one reason per rule, as the scorer stores it, with its words in both languages
EXAMPLES: list[tuple[dict[str, Any], str, str]] = [
    (
        {"code": "merge-near-duplicate", "of": URL, "views": 120},
        "samenvoegen met /pz/verlof.html: bijna-kopie, maar nog 120 keer bezocht",
        "merge with /pz/verlof.html: near copy, but still visited 120 times",
    ),
    (
        {"code": "duplicate", "kind": "exact", "of": URL},
        "verwijderen: kopie van /pz/verlof.html",
        "delete: copy of /pz/verlof.html",
    ),
    (
        {"code": "old-news", "year": 2009},
        "verwijderen: nieuwsbericht of agenda-item uit 2009",
        "delete: news item or calendar item from 2009",
    ),
    (
        {"code": "unlinked-and-old", "years": 5},
        "verwijderen: geen links naar deze pagina en ouder dan 5 jaar",
        "delete: no links to this page and older than 5 years",
    ),
    (
        {"code": "unvisited-and-old", "years": 1},
        "verwijderen: niet bezocht en ouder dan 1 jaar",
        "delete: not visited and older than 1 year",
    ),
    (
        {"code": "not-changed", "year": 2019},
        "herschrijven: niet gewijzigd sinds 2019",
        "rewrite: not changed since 2019",
    ),
    (
        {"code": "above-b1", "uncertain": True},
        "herschrijven: waarschijnlijk boven B1 (korte tekst, onzeker)",
        "rewrite: probably above B1 (short text, uncertain)",
    ),
    (
        {
            "code": "above-b1-words",
            "why": ["uncommon", "passive"],
            "uncommon_pct": 12,
            "passive_pct": None,
        },
        "herschrijven: waarschijnlijk boven B1 door de woorden en zinnen "
        "(12% ongebruikelijke woorden, ? lijdende zinnen)",
        "rewrite: probably above B1 because of its words and sentences "
        "(12% uncommon words, ? passive sentences)",
    ),
    (
        {"code": "officialese", "n": 54, "examples": ["gedurende", "indien"]},
        "herschrijven: 54 ambtelijke woorden (o.a. gedurende, indien)",
        "rewrite: 54 officialese words (e.g. gedurende, indien)",
    ),
    (
        {"code": "broken-links", "n": 1},
        "herschrijven: 1 kapotte link",
        "rewrite: 1 broken link",
    ),
    (
        {"code": "thin", "words": 12},
        "herschrijven: weinig tekst (12 woorden)",
        "rewrite: little text (12 words)",
    ),
    (
        {"code": "recent-and-readable"},
        "behouden: recent en goed leesbaar",
        "keep: recent and easy to read",
    ),
    (
        {"code": "no-objection", "date": "weak"},
        "behouden: geen bezwaren gevonden (alleen een zwakke datum uit de tekst)",
        "keep: no objections found (only a weak date from the text)",
    ),
]


@pytest.mark.parametrize(("reason", "nl", "en"), EXAMPLES, ids=[e[0]["code"] for e in EXAMPLES])
def test_each_reason_reads_naturally_in_both_languages(
    reason: dict[str, Any], nl: str, en: str
) -> None:
    assert reason_text("nl", reason) == nl
    assert reason_text("en", reason) == en


def test_every_rule_has_words() -> None:
    """A new rule without words would show its bare code in every export."""
    assert {e[0]["code"] for e in EXAMPLES} == {r.key for r in (*RULES, FALLBACK)}


def test_stored_lists_old_sentences_and_unknown_codes() -> None:
    stored = json.dumps(
        [{"code": "not-changed", "year": 2015}, "herschrijven: waarschijnlijk boven B1"]
    )
    # a project scored by an older version holds sentences: they stay as they are
    assert reasons_text("en", stored) == (
        "rewrite: not changed since 2015; herschrijven: waarschijnlijk boven B1"
    )
    assert reasons_text("nl", None) is None and reasons_text("nl", "[]") is None
    assert reasons_text("nl", "geen JSON") == "geen JSON"
    assert reason_text("nl", {"code": "from-a-newer-version", "x": 1}) == "from-a-newer-version"
    assert reason_text("nl", {"code": "thin"}) == "thin"  # facts missing: the code, no crash
    assert reason_text("nl", {"code": "unlinked-and-old", "years": 2.5}).endswith("2,5 jaar")


def test_signals_are_worded_by_the_exports_not_the_core() -> None:
    import audit_app.core.scoring.signals as core_signals

    assert not hasattr(core_signals, "SIGNAL_LABELS")
    assert signal_text("nl", "no-owner") == "geen eigenaar"
    assert signal_text("en", "no-owner") == "no owner"
    assert signal_text("en", "something-new") == "something-new"
