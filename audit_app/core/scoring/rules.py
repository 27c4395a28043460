"""The suggestion rules: keep, rewrite, merge or delete, each with its reasons as codes.

This list IS the policy. The rules run in order; the first rule that fires decides the action,
and every other rule with the same action adds its reason, so "herschrijven" can say both why
and what else is wrong. Thresholds come from the project settings. A suggestion is only a
suggestion: it is stored in scores, never in decisions (DESIGN invariant 5).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from audit_app.core.changes import DECISION_LABELS, DECISIONS
from audit_app.core.scoring.age import parse_date
from audit_app.core.scoring.facts import PageFacts
from audit_app.core.scoring.settings import ScoringSettings
from audit_app.core.scoring.word_store import is_officialese

ACTIONS = DECISIONS  # a suggestion proposes one of the decisions people can take
ACTION_LABELS = DECISION_LABELS

# A reason is a code (the rule's key) with the facts that fired it, e.g.
# {"code": "not-changed", "year": 2019}: the UI words it through tr(), exports through
# exporters.reason_words, in the reader's language. Stored as a JSON list in
# scores.suggestion_reasons; projects scored before this hold plain Dutch sentences there,
# which are shown as they are until the next score run.
Reason = dict[str, Any]


@dataclass(frozen=True)
class Rule:
    key: str  # also the code of the reasons it gives
    action: str
    check: Callable[[PageFacts, ScoringSettings], dict[str, Any] | None]  # its facts, or None

    def reason(self, f: PageFacts, settings: ScoringSettings) -> Reason | None:
        facts = self.check(f, settings)
        return None if facts is None else {"code": self.key, **facts}


def _years(n: float) -> int | float:
    return int(n) if float(n).is_integer() else float(n)


def _duplicate(f: PageFacts, _s: ScoringSettings) -> dict[str, Any] | None:
    if f.duplicate_of is None:
        return None
    kind = "exact" if f.duplicate_kind == "exact" else "near"
    return {"kind": kind, "of": f.duplicate_of_url}


def _merge_near_duplicate(f: PageFacts, _s: ScoringSettings) -> dict[str, Any] | None:
    """A near copy that people still visit likely holds something of its own: merging it into
    its original keeps that. Links are no evidence (the crawler found every page through
    one); without visitor figures a near copy is simply a copy (the duplicate rule)."""
    if f.duplicate_of is None or f.duplicate_kind != "near" or not f.views:
        return None
    return {"of": f.duplicate_of_url, "views": f.views}


# Folders whose items are news of their day: on a new intranet they are archived, not migrated.
NEWS_FOLDERS = frozenset(
    {
        "nieuws",
        "news",
        "actueel",
        "actualiteiten",
        "nieuwsbrief",
        "nieuwsbrieven",
        "persberichten",
        "mededelingen",
        "agenda",
        "evenementen",
    }
)


def _old_news(f: PageFacts, s: ScoringSettings) -> dict[str, Any] | None:
    years = f.decisive_years
    day = parse_date(f.last_modified)
    if f.kind != "page" or years is None or day is None or years < s.delete_news_years:
        return None
    folders = [seg.lower() for seg in urlsplit(f.url).path.split("/")[1:-1]]
    if not NEWS_FOLDERS.intersection(folders) or urlsplit(f.url).path.endswith("/"):
        return None
    return {"year": day.year}


def _unlinked_and_old(f: PageFacts, s: ScoringSettings) -> dict[str, Any] | None:
    years = f.decisive_years
    if f.is_start or f.inlinks > 0 or years is None or years < s.delete_orphan_years:
        return None
    return {"years": _years(s.delete_orphan_years)}


def _unvisited_and_old(f: PageFacts, s: ScoringSettings) -> dict[str, Any] | None:
    years = f.decisive_years
    if not f.views_imported or f.views or years is None or years < s.delete_orphan_years:
        return None
    return {"years": _years(s.delete_orphan_years)}


def _not_changed(f: PageFacts, s: ScoringSettings) -> dict[str, Any] | None:
    years = f.decisive_years
    day = parse_date(f.last_modified)
    if years is None or day is None or years < s.rewrite_years:
        return None
    return {"year": day.year}


def _above_b1(f: PageFacts, _s: ScoringSettings) -> dict[str, Any] | None:
    if f.b1_band != "above":
        return None
    return {"uncertain": True} if f.readability_status == "uncertain" else {}


def _officialese(f: PageFacts, s: ScoringSettings) -> dict[str, Any] | None:
    w = f.word
    if w is None or w.status != "ok" or not is_officialese(w.officialese, w.officialese_per_100, s):
        return None
    return {"n": w.officialese, "examples": list(w.officialese_forms[:2])}


def _pct(value: float | None) -> int | None:
    return None if value is None else round(value)


def _above_b1_words(f: PageFacts, _s: ScoringSettings) -> dict[str, Any] | None:
    """Which word signals pushed the page above B1 ("uncommon", "officialese", "passive"),
    with the percentages the first and last are about."""
    if f.b1_indication != "above" or f.b1_band == "above" or f.word is None:
        return None
    out: dict[str, Any] = {"why": list(f.word_signals)}
    if "uncommon" in f.word_signals:
        out["uncommon_pct"] = _pct(f.word.uncommon_pct)
    if "passive" in f.word_signals:
        out["passive_pct"] = _pct(f.word.passive_pct)
    return out


def _broken_links(f: PageFacts, _s: ScoringSettings) -> dict[str, Any] | None:
    if not f.broken_outlinks:
        return None
    return {"n": f.broken_outlinks}


def _thin(f: PageFacts, s: ScoringSettings) -> dict[str, Any] | None:
    if f.kind != "page" or f.words is None or f.words >= s.thin_words:
        return None
    return {"words": f.words}


def _recent_and_readable(f: PageFacts, s: ScoringSettings) -> dict[str, Any] | None:
    years = f.decisive_years
    band = f.b1_indication if f.word is not None else f.b1_band
    if years is None or years >= s.keep_max_years or band != "b1":
        return None
    return {}


def _no_objection(f: PageFacts, _s: ScoringSettings) -> dict[str, Any]:
    """Kept for want of objections; "date" says when that rests on no date ("unknown") or only
    on a weak date from the text ("weak")."""
    if f.age_days is None:
        return {"date": "unknown"}
    if f.decisive_years is None:
        return {"date": "weak"}
    return {}


RULES: tuple[Rule, ...] = (
    Rule("merge-near-duplicate", "merge", _merge_near_duplicate),
    Rule("duplicate", "delete", _duplicate),
    Rule("old-news", "delete", _old_news),
    Rule("unlinked-and-old", "delete", _unlinked_and_old),
    Rule("unvisited-and-old", "delete", _unvisited_and_old),
    Rule("not-changed", "rewrite", _not_changed),
    Rule("above-b1", "rewrite", _above_b1),
    Rule("above-b1-words", "rewrite", _above_b1_words),
    Rule("officialese", "rewrite", _officialese),
    Rule("broken-links", "rewrite", _broken_links),
    Rule("thin", "rewrite", _thin),
    Rule("recent-and-readable", "keep", _recent_and_readable),
)
FALLBACK = Rule("no-objection", "keep", _no_objection)


def suggest(f: PageFacts, settings: ScoringSettings) -> tuple[str, list[Reason]]:
    """The suggested action and its reasons (the deciding reason first); when no rule fires
    the page is kept."""
    action: str | None = None
    reasons: list[Reason] = []
    for rule in RULES:
        if action is not None and rule.action != action:
            continue
        reason = rule.reason(f, settings)
        if reason is None:
            continue
        if action is None:
            action = rule.action
        reasons.append(reason)
    if action is None:
        return FALLBACK.action, [{"code": FALLBACK.key, **_no_objection(f, settings)}]
    return action, reasons
