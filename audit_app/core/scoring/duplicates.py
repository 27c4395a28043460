"""Exact and near duplicates, grouped into clusters with a proposed original.

Exact copies share a content hash, counted only for pages with some text: every empty page, or
every page whose only text is the site footer, would otherwise be a "copy" of every other. Near
copies are found with MinHash LSH on word 5-gram shingles; each candidate pair is checked with
the exact Jaccard similarity of the two shingle sets, so LSH's false positives never reach the
users (LSH itself searches a little below the threshold, so that its misses are rare). Pairs
are joined into clusters with union-find. The proposed original is the copy people will most
likely keep: the start page, else most inlinks, then newest, then shortest URL.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

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
LSH_RECALL_FACTOR = 0.8  # LSH looks for candidates below the threshold; Jaccard decides


def jaccard(a: DupCandidate, b: DupCandidate) -> float:
    """Exact Jaccard of the shingle sets when known, else the MinHash estimate."""
    if a.shingles is not None and b.shingles is not None:
        common = np.intersect1d(a.shingles, b.shingles, assume_unique=True).size
        union = a.shingles.size + b.shingles.size - common
        return common / union if union else 0.0
    assert a.signature is not None and b.signature is not None
    return float(np.count_nonzero(a.signature == b.signature)) / len(a.signature)


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
    signatures = {c.page_id: c.signature for c in candidates if c.signature is not None}
    if len(signatures) > 1:
        from datasketch import LeanMinHash, MinHashLSH  # pulls in scipy: load only when used

        lsh = MinHashLSH(threshold=threshold * LSH_RECALL_FACTOR, num_perm=NUM_PERM)
        lean: dict[int, LeanMinHash] = {}
        with lsh.insertion_session() as session:
            for pid, sig in signatures.items():
                lean[pid] = LeanMinHash(seed=MINHASH_SEED, hashvalues=sig, scheme=SCHEME)
                session.insert(pid, lean[pid])
        for pid, m in lean.items():
            for other in lsh.query(m):
                if other <= pid or uf.find(other) == uf.find(pid):
                    continue
                if jaccard(by_id[pid], by_id[other]) >= threshold:
                    uf.union(pid, other)

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
            result[m.page_id] = DupAssignment(
                original.page_id, "exact" if exact else "near", original.page_id
            )
    return result
