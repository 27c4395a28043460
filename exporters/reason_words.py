"""The suggestion reasons in words, in Dutch and English, for every export.

The scorer stores a reason as a code with its facts ({"code": "not-changed", "year": 2019});
the workbook, the CSV, the review packs and the inventory word it here, so each reason reads
the same in every file (signals are plain codes: a group in exporters.labels). Projects scored
before reasons were codes hold Dutch sentences: a plain string is shown as it is. The app words
the same codes through Qt's translations (audit_app/ui/reason_words.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from audit_app.core.scoring.facts import short_url
from exporters import labels
from exporters.labels import LANGS, Lang

# key -> (nl, en); keys ending in ".one" are the singular of the same key without it
_TEXT: dict[str, tuple[str, str]] = {
    "merge-near-duplicate": (
        "samenvoegen met {of}: bijna-kopie, maar nog {views} keer bezocht",
        "merge with {of}: near copy, but still visited {views} times",
    ),
    "merge-near-duplicate.one": (
        "samenvoegen met {of}: bijna-kopie, maar nog 1 keer bezocht",
        "merge with {of}: near copy, but still visited once",
    ),
    "duplicate.exact": ("verwijderen: kopie van {of}", "delete: copy of {of}"),
    "duplicate.near": ("verwijderen: bijna-kopie van {of}", "delete: near copy of {of}"),
    "old-news": (
        "verwijderen: nieuwsbericht of agenda-item uit {year}",
        "delete: news item or calendar item from {year}",
    ),
    "unlinked-and-old": (
        "verwijderen: geen links naar deze pagina en ouder dan {years} jaar",
        "delete: no links to this page and older than {years} years",
    ),
    "unlinked-and-old.one": (
        "verwijderen: geen links naar deze pagina en ouder dan 1 jaar",
        "delete: no links to this page and older than 1 year",
    ),
    "unvisited-and-old": (
        "verwijderen: niet bezocht en ouder dan {years} jaar",
        "delete: not visited and older than {years} years",
    ),
    "unvisited-and-old.one": (
        "verwijderen: niet bezocht en ouder dan 1 jaar",
        "delete: not visited and older than 1 year",
    ),
    "not-changed": (
        "herschrijven: niet gewijzigd sinds {year}",
        "rewrite: not changed since {year}",
    ),
    "above-b1": ("herschrijven: waarschijnlijk boven B1", "rewrite: probably above B1"),
    "above-b1.uncertain": (
        "herschrijven: waarschijnlijk boven B1 (korte tekst, onzeker)",
        "rewrite: probably above B1 (short text, uncertain)",
    ),
    "above-b1-words": (
        "herschrijven: waarschijnlijk boven B1 door de woorden en zinnen ({why})",
        "rewrite: probably above B1 because of its words and sentences ({why})",
    ),
    "why.uncommon": ("{pct} ongebruikelijke woorden", "{pct} uncommon words"),
    "why.officialese": ("veel ambtelijke taal", "much officialese"),
    "why.passive": ("{pct} lijdende zinnen", "{pct} passive sentences"),
    "officialese": (
        "herschrijven: {n} ambtelijke woorden (o.a. {examples})",
        "rewrite: {n} officialese words (e.g. {examples})",
    ),
    "officialese.one": (
        "herschrijven: 1 ambtelijk woord (o.a. {examples})",
        "rewrite: 1 officialese word (e.g. {examples})",
    ),
    "broken-links": ("herschrijven: {n} kapotte links", "rewrite: {n} broken links"),
    "broken-links.one": ("herschrijven: 1 kapotte link", "rewrite: 1 broken link"),
    "thin": (
        "herschrijven: weinig tekst ({words} woorden)",
        "rewrite: little text ({words} words)",
    ),
    "thin.one": ("herschrijven: weinig tekst (1 woord)", "rewrite: little text (1 word)"),
    "recent-and-readable": (
        "behouden: recent en goed leesbaar",
        "keep: recent and easy to read",
    ),
    "no-objection": ("behouden: geen bezwaren gevonden", "keep: no objections found"),
    "no-objection.unknown": (
        "behouden: geen bezwaren gevonden (datum onbekend)",
        "keep: no objections found (date unknown)",
    ),
    "no-objection.weak": (
        "behouden: geen bezwaren gevonden (alleen een zwakke datum uit de tekst)",
        "keep: no objections found (only a weak date from the text)",
    ),
}


def _words(lang: Lang, key: str, **fmt: object) -> str:
    return _TEXT[key][LANGS.index(lang)].format(**fmt)


def _counted(lang: Lang, key: str, count: Any, **fmt: object) -> str:
    """The singular form for exactly one, the plural form otherwise."""
    return _words(lang, f"{key}.one" if count == 1 else key, **fmt)


def number(lang: Lang, value: Any) -> str:
    """2 stays 2, 2.5 reads 2,5 in Dutch."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    shown = str(value)
    return shown.replace(".", ",") if lang == "nl" else shown


def _pct(value: Any) -> str:
    return "?" if value is None else f"{round(float(value))}%"


def _merge(lang: Lang, r: dict[str, Any]) -> str:
    views = int(r["views"])
    return _counted(lang, "merge-near-duplicate", views, of=short_url(r.get("of")), views=views)


def _duplicate(lang: Lang, r: dict[str, Any]) -> str:
    kind = "exact" if r.get("kind") == "exact" else "near"
    return _words(lang, f"duplicate.{kind}", of=short_url(r.get("of")))


def _years_old(lang: Lang, r: dict[str, Any]) -> str:
    years = r["years"]
    return _counted(lang, str(r["code"]), years, years=number(lang, years))


def _above_b1(lang: Lang, r: dict[str, Any]) -> str:
    return _words(lang, "above-b1.uncertain" if r.get("uncertain") else "above-b1")


def _above_b1_words(lang: Lang, r: dict[str, Any]) -> str:
    pcts = {"uncommon": r.get("uncommon_pct"), "passive": r.get("passive_pct")}
    why = ", ".join(
        _words(lang, f"why.{k}", pct=_pct(pcts.get(k))) if f"why.{k}" in _TEXT else str(k)
        for k in r.get("why", [])
    )
    return _words(lang, "above-b1-words", why=why)


def _officialese(lang: Lang, r: dict[str, Any]) -> str:
    n = int(r["n"])
    text = _counted(lang, "officialese", n, n=n, examples=", ".join(map(str, r["examples"])))
    return text if r["examples"] else text.split(" (")[0]


def _count(param: str) -> Callable[[Lang, dict[str, Any]], str]:
    def word(lang: Lang, r: dict[str, Any]) -> str:
        n = int(r[param])
        return _counted(lang, str(r["code"]), n, **{param: n})

    return word


def _no_objection(lang: Lang, r: dict[str, Any]) -> str:
    date = r.get("date")
    return _words(lang, f"no-objection.{date}" if date in ("unknown", "weak") else "no-objection")


_WORDERS: dict[str, Callable[[Lang, dict[str, Any]], str]] = {
    "merge-near-duplicate": _merge,
    "duplicate": _duplicate,
    "old-news": lambda lang, r: _words(lang, "old-news", year=int(r["year"])),
    "unlinked-and-old": _years_old,
    "unvisited-and-old": _years_old,
    "not-changed": lambda lang, r: _words(lang, "not-changed", year=int(r["year"])),
    "above-b1": _above_b1,
    "above-b1-words": _above_b1_words,
    "officialese": _officialese,
    "broken-links": _count("n"),
    "thin": _count("words"),
    "recent-and-readable": lambda lang, _r: _words(lang, "recent-and-readable"),
    "no-objection": _no_objection,
}


def reason_text(lang: Lang, reason: Any) -> str:
    """One reason in words. A sentence stored by an older version is shown as it is; a code
    this version does not know shows as the code rather than vanish."""
    if not isinstance(reason, dict):
        return str(reason)
    code = str(reason.get("code", ""))
    worder = _WORDERS.get(code)
    if worder is None:
        return code
    try:
        return worder(lang, reason)
    except (KeyError, TypeError, ValueError):
        return code


def load_reasons(raw: str | list[Any] | None) -> list[Any]:
    """The stored JSON list of reasons (codes, or an older version's sentences); a list that
    was read already is returned as it is, text that is no JSON is one reason."""
    if not raw:
        return []
    if isinstance(raw, list):
        return raw
    try:
        reasons = json.loads(raw)
    except (TypeError, ValueError):
        return [str(raw)]
    return reasons if isinstance(reasons, list) else [reasons]


def reasons_text(lang: Lang, raw: str | None) -> str | None:
    """The stored reasons as one cell: worded and joined with "; "."""
    return "; ".join(reason_text(lang, r) for r in load_reasons(raw)) or None


def signal_text(lang: Lang, code: str) -> str:
    """A signal code in words (exporters.labels, group "signal"); unknown codes as they are."""
    return labels.value(lang, "signal", code) or code
