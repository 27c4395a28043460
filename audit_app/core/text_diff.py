"""What differs between two texts, paragraph by paragraph: the duplicates tab shows it, so
the room sees at a glance what a near copy left out or added."""

from __future__ import annotations

from difflib import SequenceMatcher

MAX_PARAGRAPHS = 400


def paragraph_diff(mine: str, other: str) -> list[tuple[str, str]]:
    """The paragraphs of both texts in reading order, each marked ``same``, ``only-mine`` or
    ``only-other``; a changed paragraph appears as one of each."""
    a = [p for p in mine.split("\n\n") if p.strip()][:MAX_PARAGRAPHS]
    b = [p for p in other.split("\n\n") if p.strip()][:MAX_PARAGRAPHS]
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out += [("same", p) for p in a[i1:i2]]
            continue
        out += [("only-mine", p) for p in a[i1:i2]]
        out += [("only-other", p) for p in b[j1:j2]]
    return out
