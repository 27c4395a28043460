"""Is a sentence passive? A heuristic on word forms, no grammar parser.

Dutch, two patterns:
1. a form of *worden* (wordt, worden, werd, werden, word) and a past participle anywhere in the
   sentence ("Het formulier wordt door P&O verwerkt", "dat de aanvraag beoordeeld wordt");
2. a form of *zijn* (is, zijn, was, waren, geweest) with a past participle, when the sentence
   also names the doer with "door" ("De regeling is door de directie vastgesteld"), or when the
   participle is a regular one (ge...d, ver...t, ...) that is not on a short list of verbs that
   take *zijn* in the active ("is gebeurd", "is gestopt", "is verhuisd").
A past participle is a word of at least six letters that starts with ge- (optionally after a
separable prefix: aan-, in-, vast-, ...) and ends in -d, -t or -en, or starts with be-, ver-,
ont-, her- or er- and ends in -d or -t; frequent nouns and adjectives of that shape ("gebied",
"bericht", "verband", "gezond") are excluded.

English: a form of *be* followed within three words by a word ending in -ed or a common
irregular participle ("is sent", "were not given").

Known limits: present-tense verbs that look like participles ("u ontvangt") in a sentence with
*worden* count as passive; an active perfect with an irregular participle and "door" ("is door
het bos gelopen") too. Good enough to point a rewriter at sentences worth a second look.
"""

from __future__ import annotations

import re


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NL_WORDEN = frozenset({"word", "wordt", "worden", "werd", "werden"})
_NL_ZIJN = frozenset({"is", "zijn", "was", "waren", "geweest"})
_SEPARABLE = sorted(
    _set(
        "aan af bij binnen door in langs mee na om onder op over samen tegen terug toe uit vast "
        "voor weg goed vrij"
    )
)
_GE_PARTICIPLE = re.compile(rf"^(?:{'|'.join(_SEPARABLE)})?ge[^\W\d_]{{2,}}(?:d|t|en)$")
_PREFIX_PARTICIPLE = re.compile(r"^(?:be|ver|ont|her|er)[^\W\d_]{2,}[dt]$")
_REGULAR = re.compile(r"^(?:\w*ge|be|ver|ont|her|er)[^\W\d_]{2,}[dt]$")
_NOT_PARTICIPLE = _set(
    """
    gebied gebieden gezond gebruiken geleden gelden geloven gebeuren geven gewoon gelijk
    gemiddeld geheel gesprek gedurende geluid gebouw gedrag gevolg gewicht gezicht geheim
    gedeelte gedachten geheugen gegevens gelegenheid gemeenten gesprekken getuigen genieten
    gewend bekend bereid bezet verplicht geschikt
    bericht berichten bestand bestanden besluit verband verstand beleid bezit
    verschijnt verlet bedient verbod verhaal vervoert verleden ontbijt ervaart herfst
    bepaalt besteed bedraagt betekent bevat bestaat verwacht verstuurt
    """
)
_ACTIVE_WITH_ZIJN = _set(
    """
    gebeurd gestopt gestart verhuisd gereisd geland gegroeid gedaald veranderd verbeterd
    verslechterd teruggekeerd gevlucht gepasseerd geslaagd gelukt overleden opgehouden
    begonnen gegaan gekomen gebleven geworden gevallen gestorven gebleken vertrokken verdwenen
    ontstaan verschenen gestegen geweest
    """
)

_EN_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
_EN_IRREGULAR = _set(
    """
    made done given taken sent paid held written shown known seen found built sold told kept
    left set put bought brought chosen spoken forgotten drawn driven understood meant read
    thought taught caught won lost met run cut shut hit hurt spent lent led fed
    """
)
_EN_NOT = frozenset({"need", "used", "based", "interested", "tired", "supposed", "allowed"})


def _nl_participle(w: str) -> bool:
    if len(w) < 6 or w in _NOT_PARTICIPLE:
        return False
    return bool(_GE_PARTICIPLE.match(w) or _PREFIX_PARTICIPLE.match(w))


def is_passive_nl(lowered: list[str]) -> bool:
    present = set(lowered)
    has_worden = not _NL_WORDEN.isdisjoint(present)
    has_zijn = not _NL_ZIJN.isdisjoint(present)
    if not (has_worden or has_zijn):
        return False
    participles = [w for w in lowered if _nl_participle(w)]
    if not participles:
        return False
    if has_worden:
        return True
    if "door" in present:
        return True
    return any(_REGULAR.match(p) and p not in _ACTIVE_WITH_ZIJN for p in participles)


def is_passive_en(lowered: list[str]) -> bool:
    for i, w in enumerate(lowered):
        if w not in _EN_BE:
            continue
        for nxt in lowered[i + 1 : i + 4]:
            if nxt in _EN_NOT:
                break
            if nxt in _EN_IRREGULAR or (len(nxt) > 4 and nxt.endswith("ed")):
                return True
    return False


def is_passive(lowered: list[str], language: str) -> bool:
    """*lowered* are a sentence's words in lower case."""
    if language == "nl":
        return is_passive_nl(lowered)
    if language == "en":
        return is_passive_en(lowered)
    return False
