"""The suggestion rules: keep, rewrite, merge or delete, with reasons people can read.

This list IS the policy. The rules run in order; the first rule that fires decides the action,
and every other rule with the same action adds its reason, so "herschrijven" can say both why
and what else is wrong. Thresholds come from the project settings. A suggestion is only a
suggestion: it is stored in scores, never in decisions (DESIGN invariant 5).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from audit_app.core.changes import DECISION_LABELS, DECISIONS
from audit_app.core.scoring.age import parse_date
from audit_app.core.scoring.facts import PageFacts, short_url
from audit_app.core.scoring.settings import ScoringSettings
from audit_app.core.scoring.word_store import is_officialese

ACTIONS = DECISIONS  # a suggestion proposes one of the decisions people can take
ACTION_LABELS = DECISION_LABELS


@dataclass(frozen=True)
class Rule:
    key: str
    action: str
    check: Callable[[PageFacts, ScoringSettings], str | None]  # the reason, or None


def _fmt_years(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n).replace(".", ",")


def _duplicate(f: PageFacts, _s: ScoringSettings) -> str | None:
    if f.duplicate_of is None:
        return None
    what = "kopie" if f.duplicate_kind == "exact" else "bijna-kopie"
    return f"verwijderen: {what} van {short_url(f.duplicate_of_url)}"


def _merge_near_duplicate(f: PageFacts, _s: ScoringSettings) -> str | None:
    """A near copy that people still visit likely holds something of its own: merging it into
    its original keeps that. Links are no evidence (the crawler found every page through
    one); without visitor figures a near copy is simply a copy (the duplicate rule)."""
    if f.duplicate_of is None or f.duplicate_kind != "near" or not f.views:
        return None
    return (
        f"samenvoegen met {short_url(f.duplicate_of_url)}: bijna-kopie, maar nog "
        f"{f.views} keer bezocht"
    )


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


def _old_news(f: PageFacts, s: ScoringSettings) -> str | None:
    years = f.decisive_years
    day = parse_date(f.last_modified)
    if f.kind != "page" or years is None or day is None or years < s.delete_news_years:
        return None
    folders = [seg.lower() for seg in urlsplit(f.url).path.split("/")[1:-1]]
    if not NEWS_FOLDERS.intersection(folders) or urlsplit(f.url).path.endswith("/"):
        return None
    return f"verwijderen: nieuwsbericht of agenda-item uit {day.year}"


def _unlinked_and_old(f: PageFacts, s: ScoringSettings) -> str | None:
    years = f.decisive_years
    if f.is_start or f.inlinks > 0 or years is None or years < s.delete_orphan_years:
        return None
    return (
        f"verwijderen: geen links naar deze pagina en ouder dan "
        f"{_fmt_years(s.delete_orphan_years)} jaar"
    )


def _unvisited_and_old(f: PageFacts, s: ScoringSettings) -> str | None:
    years = f.decisive_years
    if not f.views_imported or f.views or years is None or years < s.delete_orphan_years:
        return None
    return f"verwijderen: niet bezocht en ouder dan {_fmt_years(s.delete_orphan_years)} jaar"


def _not_changed(f: PageFacts, s: ScoringSettings) -> str | None:
    years = f.decisive_years
    day = parse_date(f.last_modified)
    if years is None or day is None or years < s.rewrite_years:
        return None
    return f"herschrijven: niet gewijzigd sinds {day.year}"


def _above_b1(f: PageFacts, _s: ScoringSettings) -> str | None:
    if f.b1_band != "above":
        return None
    if f.readability_status == "uncertain":
        return "herschrijven: waarschijnlijk boven B1 (korte tekst, onzeker)"
    return "herschrijven: waarschijnlijk boven B1"


def _officialese(f: PageFacts, s: ScoringSettings) -> str | None:
    w = f.word
    if w is None or w.status != "ok" or not is_officialese(w.officialese, w.officialese_per_100, s):
        return None
    n = w.officialese
    what = "ambtelijk woord" if n == 1 else "ambtelijke woorden"
    examples = ", ".join(w.officialese_forms[:2])
    return f"herschrijven: {n} {what} (o.a. {examples})"


def _pct(value: float | None) -> str:
    return "?" if value is None else f"{value:.0f}%"


def _above_b1_words(f: PageFacts, _s: ScoringSettings) -> str | None:
    if f.b1_indication != "above" or f.b1_band == "above" or f.word is None:
        return None
    why = {
        "uncommon": f"{_pct(f.word.uncommon_pct)} ongebruikelijke woorden",
        "officialese": "veel ambtelijke taal",
        "passive": f"{_pct(f.word.passive_pct)} lijdende zinnen",
    }
    named = ", ".join(why[k] for k in f.word_signals)
    return f"herschrijven: waarschijnlijk boven B1 door de woorden en zinnen ({named})"


def _broken_links(f: PageFacts, _s: ScoringSettings) -> str | None:
    if not f.broken_outlinks:
        return None
    n = f.broken_outlinks
    return f"herschrijven: {n} kapotte link{'s' if n != 1 else ''}"


def _thin(f: PageFacts, s: ScoringSettings) -> str | None:
    if f.kind != "page" or f.words is None or f.words >= s.thin_words:
        return None
    return f"herschrijven: weinig tekst ({f.words} woorden)"


def _recent_and_readable(f: PageFacts, s: ScoringSettings) -> str | None:
    years = f.decisive_years
    band = f.b1_indication if f.word is not None else f.b1_band
    if years is None or years >= s.keep_max_years or band != "b1":
        return None
    return "behouden: recent en goed leesbaar"


def _no_objection(f: PageFacts, _s: ScoringSettings) -> str:
    if f.age_days is None:
        return "behouden: geen bezwaren gevonden (datum onbekend)"
    if f.decisive_years is None:
        return "behouden: geen bezwaren gevonden (alleen een zwakke datum uit de tekst)"
    return "behouden: geen bezwaren gevonden"


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


def suggest(f: PageFacts, settings: ScoringSettings) -> tuple[str, list[str]]:
    """The suggested action and its reasons (the deciding reason first); when no rule fires
    the page is kept."""
    action: str | None = None
    reasons: list[str] = []
    for rule in RULES:
        if action is not None and rule.action != action:
            continue
        reason = rule.check(f, settings)
        if reason is None:
            continue
        if action is None:
            action = rule.action
        reasons.append(reason)
    if action is None:
        return FALLBACK.action, [_no_objection(f, settings)]
    return action, reasons
