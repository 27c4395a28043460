"""Dutch syllables straight from pyphen give exactly what textstat gave (kept while it is around).

Every word of the sample intranet, plus words with accents, hyphens, digits and apostrophes, is
counted by the old path (textstat's nl_NL counter) and the new one (pyphen directly).
"""

from __future__ import annotations

import re

import pytest

from audit_app.core.sample_server import DEFAULT_ROOT
from audit_app.core.scoring import syllables
from audit_app.core.scoring.sentences import sentences
from crawlers.extract import extract_page

textstat = pytest.importorskip("textstat.textstat")

EXTRA = ["beëindiging", "e-mail", "cliënt's", "café", "3e", "ICT-afdeling", "zo'n", "ÉÉN", "ĳsbaan"]


def _vocabulary() -> set[str]:
    words: set[str] = set(EXTRA)
    for path in DEFAULT_ROOT.rglob("*.html"):
        page = extract_page(path.read_bytes(), "http://127.0.0.1/" + path.name)
        for _s, ws in sentences(page.text):
            words.update(ws)
    return words


def test_pyphen_counts_equal_textstat_counts() -> None:
    old_stats = textstat.textstatistics()
    old_stats.set_lang("nl_NL")
    old = syllables.SyllableCounter.__new__(syllables.SyllableCounter)
    old._count = old_stats.syllable_count
    old._cache = {}
    new = syllables.SyllableCounter("nl")
    words = _vocabulary()
    assert len(words) > 1000
    differ = {w: (old(w), new(w)) for w in words if old(w) != new(w)}
    assert differ == {}
    assert sum(map(new, words)) > 2 * len(words)
    assert all(re.search(r"\w", w) for w in words)
