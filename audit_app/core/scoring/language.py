"""Which language the body text is in: nl, en or other, without any network.

A small stopword profile per language is enough to tell Dutch from English, German, French,
Spanish and Italian on a paragraph or more. The page's own ``lang`` attribute is often a
template default ("nl" on an English page), so it is only trusted when the text is too short
to judge.
"""

from __future__ import annotations

import re
from collections import Counter


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PROFILES: dict[str, frozenset[str]] = {
    "nl": _set(
        "de het een en van in is dat op te zijn met voor niet aan er ook als bij door om "
        "naar dan wordt worden of uit kan over deze dit heeft hebben wij we u uw je jij "
        "zij ze hun nog wel geen maar meer moet kunnen zal zou was waren werd tot onder "
        "hier daar omdat wanneer welke waar zoals na ons onze mag binnen via al iets"
    ),
    "en": _set(
        "the and of to a in is that for on with as are be this by it or from at an was "
        "were have has had not but which you your we our they their can will would should "
        "been there these those if into about than more also may all any its who what "
        "when where how so such do does"
    ),
    "de": _set(
        "der die das und ist nicht ein eine einen dem den des mit sich auf für von zu im "
        "sind werden wird wir sie ich auch bei nach aus oder wie noch nur über vom zum zur "
        "kann können muss haben hat dass wenn durch unter"
    ),
    "fr": _set(
        "le la les et est un une des du pour dans que qui sur pas au aux avec ce cette ces "
        "sont être par plus ou mais nous vous ils elle leur se ne il"
    ),
    "es": _set(
        "el la los las y es un una por para con del que se no al lo como más pero sus su "
        "está son muy sin sobre este esta"
    ),
    "it": _set(
        "il lo la gli le e è un una di da per con che non del della sono nel alla come più "
        "ma anche questo questa"
    ),
}

_TOKEN = re.compile(r"[^\W\d_]+")
MIN_TOKENS = 20  # fewer words than this: too short to judge, use the page's lang attribute
SAMPLE_TOKENS = 3000
MARGIN = 1.3  # the winner needs this many times the hits of the runner-up


def normalise_lang_attr(value: str | None) -> str | None:
    """'nl-NL', 'NL', 'en_GB' -> 'nl' / 'en'; other languages -> 'other'; empty -> None."""
    if not value or not value.strip():
        return None
    root = re.split(r"[-_]", value.strip().lower())[0]
    return root if root in ("nl", "en") else "other"


def detect_language(
    text: str | None, lang_attr: str | None = None, *, tokens: list[str] | None = None
) -> str | None:
    """'nl', 'en' or 'other'; None when the text is too short to judge and the page does not
    say its language.

    *tokens* are the lower-cased words of the text when the caller has them already."""
    if tokens is None:
        tokens = _TOKEN.findall((text or "")[: SAMPLE_TOKENS * 12].lower())
    tokens = tokens[:SAMPLE_TOKENS]
    if len(tokens) < MIN_TOKENS:
        return normalise_lang_attr(lang_attr)
    counts = Counter(tokens)
    present = counts.keys()
    hits = {lang: sum(counts[w] for w in words & present) for lang, words in _PROFILES.items()}
    ranked = sorted(hits.items(), key=lambda kv: kv[1], reverse=True)
    (best, best_hits), (_second, second_hits) = ranked[0], ranked[1]
    if best not in ("nl", "en") or best_hits < max(3, len(tokens) * 0.08):
        return "other"
    if best_hits < second_hits * MARGIN:
        return "other"
    return best
