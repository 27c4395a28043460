"""Exact and near duplicates, grouped into clusters with a proposed original.

Exact copies share a content hash, counted only for pages with some text: every empty page, or
every page whose only text is the site footer, would otherwise be a "copy" of every other. Near
copies are found with MinHash LSH on word 5-gram shingles; each candidate pair is checked with
the exact shingle sets, so LSH's false positives never reach the users (LSH itself searches well
below the threshold, so that its misses are rare). A pair is a near copy when the two texts
resemble each other (Jaccard), or when nearly all of the smaller text is inside the larger one
(containment: a copy with a paragraph removed or a warning line added), and a little less when
a file name says "copy" (kopie-van-x, x-oud, x_2, x-concept). Pairs are joined into clusters
with union-find. The proposed original is the copy people will most
likely keep: the start page, else most inlinks, then newest, then shortest URL.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import numpy as np

from audit_app.core.scoring.age import parse_date
from audit_app.core.scoring.heavy import MINHASH_SEED, NUM_PERM, SCHEME


@dataclass
class DupCandidate:
    page_id: int
    url: str
    inlinks: int
    last_modified: str | None
    text_hash: str | None  # None: no text, never an exact duplicate
    signature: np.ndarray | None
    shingles: np.ndarray | None = None  # sorted distinct shingle hashes: exact Jaccard
    is_start: bool = False  # a start page is always the original of its cluster
    words: int | None = None  # None: unknown, treated as enough


@dataclass
class DupAssignment:
    cluster: int  # the original's page id
    kind: str  # exact | near
    duplicate_of: int | None  # None for the original
    similarity: float | None = None  # to the original: 1.0 exact, else the measure that held
    basis: str | None = None  # exact | resemblance | containment | containment+name


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        self.parent.setdefault(a, a)
        self.parent.setdefault(b, b)
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _original_key(c: DupCandidate) -> tuple[bool, int, int, int, int]:
    """Sort key: the smallest key is the proposed original."""
    day = parse_date(c.last_modified)
    return (not c.is_start, -c.inlinks, -day.toordinal() if day else 0, len(c.url), c.page_id)


MIN_WORDS = 20  # shorter texts are template leftovers ("Contact | Disclaimer"), not copies
LSH_THRESHOLD = 0.3  # LSH looks for candidates far below the bar; the exact sets decide
CONTAINMENT = 0.9  # this share of the smaller text's shingles inside the larger one
CONTAINMENT_NAMED = 0.75  # the same when a file name says it is a copy of the other
MIN_SIZE_RATIO = 0.5  # an overview page that quotes a whole item is not a copy of it
MIN_SIZE_RATIO_NAMED = 0.3
_COPY_MARKS = re.compile(
    r"^(?:kopie[ _-]?(?:van[ _-]?)?|copy[ _-]?(?:of[ _-]?)?|oud[ _-]|old[ _-]|concept[ _-])+"
    r"|(?:[ _-](?:kopie|copy|oud|old|concept|backup|bak|bewerkt|nieuw|new|v?\d{1,2}))+$",
    re.I,
)


def jaccard(a: DupCandidate, b: DupCandidate) -> float:
    """Exact Jaccard of the shingle sets when known, else the MinHash estimate."""
    if a.shingles is not None and b.shingles is not None:
        common = np.intersect1d(a.shingles, b.shingles, assume_unique=True).size
        union = a.shingles.size + b.shingles.size - common
        return common / union if union else 0.0
    assert a.signature is not None and b.signature is not None
    return float(np.count_nonzero(a.signature == b.signature)) / len(a.signature)


def containment(a: DupCandidate, b: DupCandidate) -> tuple[float, float, bool]:
    """How much of the smaller shingle set is inside the larger one, smaller / larger, and
    whether the larger one really holds more (a paragraph removed, a line added) rather than
    the same amount changed on both sides of two texts of one size (an edited text)."""
    if a.shingles is None or b.shingles is None or not a.shingles.size or not b.shingles.size:
        return 0.0, 0.0, False
    common = np.intersect1d(a.shingles, b.shingles, assume_unique=True).size
    small, large = sorted((a.shingles.size, b.shingles.size))
    added = small <= 0.95 * large or large - common >= 2 * (small - common)
    return common / small, small / large, added


def _stem(url: str) -> tuple[str, str]:
    """Folder and file name without extension, lower case."""
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        path = url
    folder, _, name = path.rstrip("/").rpartition("/")
    return folder.lower(), name.rsplit(".", 1)[0].lower()


def copy_named(a: str, b: str) -> bool:
    """True when one file name is the other's with a copy mark: kopie-van-verlof, verlof-oud,
    verlof_2, verlof-concept, "Copy of verlof" (in the same folder or not)."""
    (_fa, na), (_fb, nb) = _stem(a), _stem(b)
    if not na or not nb or na == nb:
        return False
    return _COPY_MARKS.sub("", na) == nb or _COPY_MARKS.sub("", nb) == na


def similar(a: DupCandidate, b: DupCandidate, threshold: float) -> tuple[float, str] | None:
    """The similarity and its basis when *a* and *b* are near copies, else None."""
    j = jaccard(a, b)
    if j >= threshold:
        return j, "resemblance"
    c, ratio, added = containment(a, b)
    if c >= CONTAINMENT and ratio >= MIN_SIZE_RATIO and added:
        return c, "containment"
    if c >= CONTAINMENT_NAMED and ratio >= MIN_SIZE_RATIO_NAMED and copy_named(a.url, b.url):
        return c, "containment+name"
    return None


def find_duplicates(
    candidates: list[DupCandidate], threshold: float = 0.9
) -> dict[int, DupAssignment]:
    """Cluster assignment for every page that has at least one copy."""
    candidates = [c for c in candidates if c.words is None or c.words >= MIN_WORDS]
    uf = UnionFind()
    by_hash: dict[str, list[int]] = defaultdict(list)
    for c in candidates:
        if c.text_hash:
            by_hash[c.text_hash].append(c.page_id)
    for ids in by_hash.values():
        for other in ids[1:]:
            uf.union(ids[0], other)

    by_id = {c.page_id: c for c in candidates}
    pairs: dict[tuple[int, int], tuple[float, str]] = {}
    signatures = {c.page_id: c.signature for c in candidates if c.signature is not None}
    if len(signatures) > 1:
        from datasketch import LeanMinHash, MinHashLSH  # pulls in scipy: load only when used

        lsh = MinHashLSH(threshold=min(threshold, LSH_THRESHOLD), num_perm=NUM_PERM)
        lean: dict[int, LeanMinHash] = {}
        with lsh.insertion_session() as session:
            for pid, sig in signatures.items():
                lean[pid] = LeanMinHash(seed=MINHASH_SEED, hashvalues=sig, scheme=SCHEME)
                session.insert(pid, lean[pid])
        for pid, m in lean.items():
            for other in lsh.query(m):
                if other <= pid or uf.find(other) == uf.find(pid):
                    continue
                found = similar(by_id[pid], by_id[other], threshold)
                if found is not None:
                    uf.union(pid, other)
                    pairs[(pid, other)] = pairs[(other, pid)] = found

    # a file name that says "copy of x" is looked at beside x, whatever LSH found
    by_stem: dict[str, list[int]] = defaultdict(list)
    for c in candidates:
        by_stem[_stem(c.url)[1]].append(c.page_id)
    for c in candidates:
        stem = _stem(c.url)[1]
        bare = _COPY_MARKS.sub("", stem)
        if bare == stem or c.shingles is None:
            continue
        for other in by_stem.get(bare, ()):
            if uf.find(other) == uf.find(c.page_id):
                continue
            found = similar(c, by_id[other], threshold)
            if found is not None:
                uf.union(c.page_id, other)
                pairs[(c.page_id, other)] = pairs[(other, c.page_id)] = found

    clusters: dict[int, list[DupCandidate]] = defaultdict(list)
    for pid in list(uf.parent):
        clusters[uf.find(pid)].append(by_id[pid])
    result: dict[int, DupAssignment] = {}
    for members in clusters.values():
        if len(members) < 2:
            continue
        original = min(members, key=_original_key)
        all_exact = all(
            m.text_hash is not None and m.text_hash == original.text_hash for m in members
        )
        result[original.page_id] = DupAssignment(
            original.page_id, "exact" if all_exact else "near", None
        )
        for m in members:
            if m is original:
                continue
            exact = m.text_hash is not None and m.text_hash == original.text_hash
            if exact:
                score, basis = 1.0, "exact"
            else:
                score, basis = pairs.get((m.page_id, original.page_id)) or _measure(
                    m, original, threshold
                )
            result[m.page_id] = DupAssignment(
                original.page_id,
                "exact" if exact else "near",
                original.page_id,
                round(score, 3),
                basis,
            )
    return result


def _measure(a: DupCandidate, b: DupCandidate, threshold: float) -> tuple[float, str]:
    """Similarity to the original for a member joined through a third page."""
    found = similar(a, b, threshold)
    if found is not None:
        return found
    c = containment(a, b)[0]
    return (max(jaccard(a, b), c), "cluster") if a.signature is not None else (0.0, "cluster")
