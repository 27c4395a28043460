"""The expensive per-page work: language, text statistics and the MinHash signature.

Runs in worker processes for big projects, so everything here is a plain function over plain,
picklable data, and each process builds its own syllable counters.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass

import numpy as np

from audit_app.core.scoring.language import detect_language
from audit_app.core.scoring.lexicon import lexicon
from audit_app.core.scoring.plain import WordMetrics, analyse_words, word_language
from audit_app.core.scoring.readability import TextMetrics, measure
from audit_app.core.scoring.sentences import sentences
from audit_app.core.scoring.word_store import WordRow, word_row

NUM_PERM = 128
MINHASH_SEED = 1
SCHEME = "affine32"
SHINGLE_WORDS = 5
_MIX = np.uint64(0x9E3779B97F4A7C15)
_MASK32 = np.uint64(0xFFFFFFFF)


@dataclass(frozen=True)
class TextOptions:
    long_sentence_words: int = 25
    long_word_syllables: int = 4
    long_word_letters: int = 13
    # The organisation's own list: (language, word cell, alternative) rows.
    own_words: tuple[tuple[str, str, str], ...] = ()

    def own_for(self, language: str) -> tuple[tuple[str, str], ...]:
        return tuple((w, a) for lang, w, a in self.own_words if lang == language)


@dataclass
class PageInput:
    page_id: int
    text: str | None
    lang_attr: str | None
    kind: str


@dataclass
class HeavyResult:
    page_id: int
    language: str | None
    metrics: TextMetrics
    signature: np.ndarray | None  # MinHash hash values, None when the text is too short
    shingles: np.ndarray | None  # sorted distinct shingle hashes (uint32), for exact Jaccard
    text_hash: str | None  # of the normalised words, None for empty text
    words: WordRow | None = None  # word- and sentence-level B1 counts (word_store.word_row)


def analyse_plain(
    split: list[tuple[str, list[str]]], language: str | None, options: TextOptions
) -> WordMetrics:
    """Word-level B1 counts of one page (also used alone when only the word list changed)."""
    language = word_language(language)
    lex = lexicon(language, options.own_for(language)) if language else None
    return analyse_words(split, language, lex, long_sentence_words=options.long_sentence_words)


def shingle_hashes(tokens: list[str]) -> np.ndarray:
    """32-bit hashes of the distinct word 5-grams, deterministic across processes."""
    if len(tokens) < SHINGLE_WORDS:
        return np.empty(0, dtype=np.uint64)
    distinct, inverse = np.unique(np.array(tokens), return_inverse=True)
    word_ids = np.fromiter(
        (zlib.crc32(t.encode("utf-8")) for t in distinct.tolist()),
        dtype=np.uint64,
        count=len(distinct),
    )
    ids = word_ids[inverse.ravel()]
    n = len(tokens) - SHINGLE_WORDS + 1
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(SHINGLE_WORDS):
            h = (h * _MIX) ^ ids[k : k + n]
        h ^= h >> np.uint64(31)
        h *= _MIX
        h ^= h >> np.uint64(29)
    return np.unique((h & _MASK32).astype(np.uint32))


_PERMUTATIONS: list[np.ndarray] = []


def _permutations() -> np.ndarray:
    """The permutation parameters, generated once per process (the same for every seed-1
    MinHash, so signatures from different processes compare)."""
    if not _PERMUTATIONS:
        from datasketch import MinHash  # pulls in scipy: load only when scoring runs

        template = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=SCHEME)
        _PERMUTATIONS.append(template.permutations)
    return _PERMUTATIONS[0]


def signature(tokens: list[str], hashes: np.ndarray | None = None) -> np.ndarray | None:
    if hashes is None:
        hashes = shingle_hashes(tokens)
    if hashes.size == 0:
        return None
    from datasketch import MinHash

    m = MinHash(
        num_perm=NUM_PERM,
        seed=MINHASH_SEED,
        hashfunc=int,
        permutations=_permutations(),
        scheme=SCHEME,
    )
    m.update_batch(hashes.tolist())
    return np.asarray(m.hashvalues, dtype=np.uint64)


def analyse(page: PageInput, options: TextOptions) -> HeavyResult:
    split = list(sentences(page.text))
    tokens = " ".join(w for _s, ws in split for w in ws).lower().split()
    if not tokens:
        status = "too-short" if page.kind == "page" else "not-text"
        language = detect_language(None, page.lang_attr)
        empty = TextMetrics(status=status)
        no_text = word_row(page.page_id, 0, WordMetrics("no-text"))
        return HeavyResult(page.page_id, language, empty, None, None, None, no_text)
    language = detect_language(page.text, page.lang_attr, tokens=tokens)
    metrics = measure(
        page.text,
        language,
        split=split,
        long_sentence_words=options.long_sentence_words,
        long_word_syllables=options.long_word_syllables,
        long_word_letters=options.long_word_letters,
    )
    text_hash = hashlib.sha1(" ".join(tokens).encode("utf-8")).hexdigest()
    hashes = shingle_hashes(tokens)
    sig = signature(tokens, hashes)
    return HeavyResult(
        page.page_id,
        language,
        metrics,
        sig,
        hashes if sig is not None else None,
        text_hash,
        word_row(page.page_id, len(tokens), analyse_plain(split, language, options)),
    )


def analyse_chunk(pages: list[PageInput], options: TextOptions) -> list[HeavyResult]:
    return [analyse(p, options) for p in pages]


def analyse_words_chunk(pages: list[PageInput], options: TextOptions) -> list[WordRow]:
    """Only the word-level counts of each page (``analyse`` without syllables or MinHash)."""
    out: list[WordRow] = []
    for page in pages:
        split = list(sentences(page.text))
        tokens = " ".join(w for _s, ws in split for w in ws).lower().split()
        text = page.text if tokens else None
        language = detect_language(text, page.lang_attr, tokens=tokens)
        out.append(word_row(page.page_id, len(tokens), analyse_plain(split, language, options)))
    return out
