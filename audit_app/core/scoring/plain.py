"""B1 at word and sentence level: what makes a page hard, not only how hard a formula thinks.

Per page: the words outside the common vocabulary (``vocabulary``), the officialese and jargon
found with their plainer alternatives (``lexicon``), long sentences and passive sentences
(``passive``). These are the heavy part's raw counts; ``b1_indication`` combines them with the
formula's band in the cheap part, so thresholds can change without reading the text again.

What counts as a word for the common-vocabulary share: words of three letters or more made of
letters (parts of a hyphenated word each count). Words with a capital inside a sentence are
taken as names ("Jansen", "Topdesk") and words in capitals as abbreviations ("ICT", "P&O"):
neither is judged, because a frequency list cannot say whether readers know them; an
organisation can add its own abbreviations to its list instead. Officialese hits are not
counted again as uncommon words.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from audit_app.core.scoring.lexicon import Lexicon
from audit_app.core.scoring.passive import is_passive
from audit_app.core.scoring.vocabulary import SUPPORTED, vocabulary

MAX_LISTED = 30
MAX_PASSIVE_EXAMPLES = 5  # the marks in the app come from the text itself; these are a sample
MAX_SENTENCE_CHARS = 1000
MIN_WORD_LETTERS = 3


@dataclass
class OfficialeseHit:
    form: str
    alternative: str
    count: int
    own: bool = False

    def to_json(self) -> list[object]:
        return [self.form, self.alternative, self.count, self.own]

    @classmethod
    def from_json(cls, raw: list[object]) -> OfficialeseHit:
        form, alternative, count, own = raw
        return cls(str(form), str(alternative), int(str(count)), bool(own))


@dataclass
class WordMetrics:
    """Raw word- and sentence-level counts of one page."""

    status: str  # ok | unsupported | no-text
    words: int = 0  # words judged for the common-vocabulary share
    uncommon: int = 0  # of those, occurrences outside the common vocabulary
    uncommon_words: list[str] = field(default_factory=list)  # distinct, most frequent first
    officialese: int = 0  # occurrences of list entries
    officialese_hits: list[OfficialeseHit] = field(default_factory=list)  # most frequent first
    sentences: int = 0
    long_sentences: int = 0
    passive_sentences: int = 0
    passive_examples: list[str] = field(default_factory=list)

    @property
    def uncommon_pct(self) -> float | None:
        return None if not self.words else 100.0 * self.uncommon / self.words


def word_language(language: str | None) -> str | None:
    """The language to check words in. A text too short to tell its language (and without a
    lang attribute) is checked as Dutch, the language of the intranets this tool is for;
    'other' stays unsupported."""
    return "nl" if language is None else language


def judged(word: str, first: bool) -> bool:
    """Is *word* one we judge for commonness (see the module docstring)?"""
    if len(word) < MIN_WORD_LETTERS or not word.replace("-", "").isalpha():
        return False
    if word.isupper():
        return False
    return first or not word[0].isupper()


def word_parts(word: str) -> list[str]:
    return [p for p in word.lower().split("-") if len(p) >= MIN_WORD_LETTERS]


_Judgement = tuple[int, tuple[str, ...]]  # (parts judged, the uncommon ones)
_JUDGED: dict[tuple[str, str, bool], _Judgement] = {}


def judge(word: str, first: bool, language: str) -> _Judgement:
    """Cached per process: a page repeats its words and a project repeats its vocabulary."""
    key = (word, language, first)
    found = _JUDGED.get(key)
    if found is None:
        if judged(word, first):
            parts = word_parts(word)
            vocab = vocabulary(language)
            found = (len(parts), tuple(p for p in parts if not vocab.is_common(p)))
        else:
            found = (0, ())
        if len(_JUDGED) < 100_000:  # ~25 MB; an intranet's vocabulary mostly fits
            _JUDGED[key] = found
    return found


def analyse_words(
    split: list[tuple[str, list[str]]],
    language: str | None,
    lexicon: Lexicon | None,
    *,
    long_sentence_words: int = 25,
) -> WordMetrics:
    """Count one page. *split* is ``list(sentences(text))``."""
    if not split:
        return WordMetrics(status="no-text")
    if language not in SUPPORTED:
        return WordMetrics(status="unsupported", sentences=len(split))
    hits: Counter[str] = Counter()
    entries = {}
    uncommon: Counter[str] = Counter()
    m = WordMetrics(status="ok", sentences=len(split))
    for sentence, ws in split:
        if len(ws) > long_sentence_words:
            m.long_sentences += 1
        lowered = [w.lower() for w in ws]
        taken: set[int] = set()
        if lexicon is not None:
            for hit in lexicon.find(lowered):
                hits[hit.entry.form] += 1
                entries[hit.entry.form] = hit.entry
                taken.update(range(hit.start, hit.start + hit.length))
        for i, w in enumerate(ws):
            if i in taken:
                continue
            n, rare = judge(w, i == 0, language)
            m.words += n
            for part in rare:
                uncommon[part] += 1
        if is_passive(lowered, language):
            m.passive_sentences += 1
            if len(m.passive_examples) < MAX_PASSIVE_EXAMPLES:
                m.passive_examples.append(sentence[:MAX_SENTENCE_CHARS])
    m.uncommon = sum(uncommon.values())
    m.uncommon_words = [w for w, _n in uncommon.most_common(MAX_LISTED)]
    m.officialese = sum(hits.values())
    m.officialese_hits = [
        OfficialeseHit(entries[form].shown, entries[form].alternative, n, entries[form].own)
        for form, n in hits.most_common(MAX_LISTED)
    ]
    return m
