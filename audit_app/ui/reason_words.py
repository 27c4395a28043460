"""The suggestion reasons in the user's language.

The scorer stores each reason as a code with its facts ({"code": "not-changed", "year": 2019},
see audit_app/core/scoring/rules.py); this module is the one place the app words them, through
Qt's translations, for the detail panel, workshop mode and the page table. A plain string is a
sentence an older version stored: it is shown as it is until the project is scored again. The
exports word the same codes in exporters/reason_words.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from audit_app.core.scoring.facts import short_url
from exporters.reason_words import load_reasons

Reason = dict[str, Any]


def _number(value: Any) -> str:
    """2 stays 2, 2.5 reads 2,5 in Dutch."""
    number = float(value)
    if number.is_integer():
        return QLocale().toString(int(number))
    return QLocale().toString(number, "g", 6)


def _pct(value: Any) -> str:
    return "?" if value is None else QLocale().toString(round(float(value))) + "%"


def _merge(r: Reason) -> str:
    return QCoreApplication.translate(
        "Reasons", "merge with %1: near copy, but still visited %n time(s)", "", int(r["views"])
    ).replace("%1", short_url(r.get("of")))


def _duplicate(r: Reason) -> str:
    if r.get("kind") == "exact":
        text = QCoreApplication.translate("Reasons", "delete: copy of %1")
    else:
        text = QCoreApplication.translate("Reasons", "delete: near copy of %1")
    return text.replace("%1", short_url(r.get("of")))


def _old_news(r: Reason) -> str:
    return QCoreApplication.translate(
        "Reasons", "delete: news item or calendar item from %1"
    ).replace("%1", str(int(r["year"])))


def _unlinked(r: Reason) -> str:
    years = float(r["years"])
    if years.is_integer():
        return QCoreApplication.translate(
            "Reasons", "delete: no links to this page and older than %n year(s)", "", int(years)
        )
    return QCoreApplication.translate(
        "Reasons", "delete: no links to this page and older than %1 years"
    ).replace("%1", _number(years))


def _unvisited(r: Reason) -> str:
    years = float(r["years"])
    if years.is_integer():
        return QCoreApplication.translate(
            "Reasons", "delete: not visited and older than %n year(s)", "", int(years)
        )
    return QCoreApplication.translate(
        "Reasons", "delete: not visited and older than %1 years"
    ).replace("%1", _number(years))


def _not_changed(r: Reason) -> str:
    return QCoreApplication.translate("Reasons", "rewrite: not changed since %1").replace(
        "%1", str(int(r["year"]))
    )


def _above_b1(r: Reason) -> str:
    if r.get("uncertain"):
        return QCoreApplication.translate(
            "Reasons", "rewrite: probably above B1 (short text, uncertain)"
        )
    return QCoreApplication.translate("Reasons", "rewrite: probably above B1")


def _word_signal(key: str, r: Reason) -> str:
    if key == "uncommon":
        return QCoreApplication.translate("Reasons", "%1 uncommon words").replace(
            "%1", _pct(r.get("uncommon_pct"))
        )
    if key == "passive":
        return QCoreApplication.translate("Reasons", "%1 passive sentences").replace(
            "%1", _pct(r.get("passive_pct"))
        )
    if key == "officialese":
        return QCoreApplication.translate("Reasons", "much officialese")
    return key


def _above_b1_words(r: Reason) -> str:
    why = ", ".join(_word_signal(str(k), r) for k in r.get("why", []))
    return QCoreApplication.translate(
        "Reasons", "rewrite: probably above B1 because of its words and sentences (%1)"
    ).replace("%1", why)


def _officialese(r: Reason) -> str:
    n = int(r["n"])
    examples = ", ".join(str(e) for e in r.get("examples", []))
    if not examples:
        return QCoreApplication.translate("Reasons", "rewrite: %n officialese word(s)", "", n)
    return QCoreApplication.translate(
        "Reasons", "rewrite: %n officialese word(s) (e.g. %1)", "", n
    ).replace("%1", examples)


def _broken_links(r: Reason) -> str:
    return QCoreApplication.translate("Reasons", "rewrite: %n broken link(s)", "", int(r["n"]))


def _thin(r: Reason) -> str:
    return QCoreApplication.translate(
        "Reasons", "rewrite: little text (%n word(s))", "", int(r["words"])
    )


def _recent(_r: Reason) -> str:
    return QCoreApplication.translate("Reasons", "keep: recent and easy to read")


def _no_objection(r: Reason) -> str:
    if r.get("date") == "unknown":
        return QCoreApplication.translate("Reasons", "keep: no objections found (date unknown)")
    if r.get("date") == "weak":
        return QCoreApplication.translate(
            "Reasons", "keep: no objections found (only a weak date from the text)"
        )
    return QCoreApplication.translate("Reasons", "keep: no objections found")


_WORDERS: dict[str, Callable[[Reason], str]] = {
    "merge-near-duplicate": _merge,
    "duplicate": _duplicate,
    "old-news": _old_news,
    "unlinked-and-old": _unlinked,
    "unvisited-and-old": _unvisited,
    "not-changed": _not_changed,
    "above-b1": _above_b1,
    "above-b1-words": _above_b1_words,
    "officialese": _officialese,
    "broken-links": _broken_links,
    "thin": _thin,
    "recent-and-readable": _recent,
    "no-objection": _no_objection,
}


def reason_text(reason: Any) -> str:
    """One reason in words; an older version's sentence as it is, an unknown code as the code."""
    if not isinstance(reason, dict):
        return str(reason)
    code = str(reason.get("code", ""))
    worder = _WORDERS.get(code)
    if worder is None:
        return code
    try:
        return worder(reason)
    except (KeyError, TypeError, ValueError):
        return code


def reasons_texts(raw: Any) -> list[str]:
    """The stored reasons, each in words."""
    return [reason_text(r) for r in load_reasons(raw)]


def reasons_under(action_label: str, raw: Any) -> list[str]:
    """The reasons shown right after the suggested action itself ("Suggestie: Herschrijven"):
    without that action repeated in front of each ("herschrijven: weinig tekst" reads
    "weinig tekst"). Reasons that say more than the action ("samenvoegen met …") stay whole."""
    prefix = action_label.lower() + ": "
    out = []
    for text in reasons_texts(raw):
        if text.lower().startswith(prefix) and len(text) > len(prefix):
            text = text[len(prefix)].upper() + text[len(prefix) + 1 :]
        out.append(text)
    return out
