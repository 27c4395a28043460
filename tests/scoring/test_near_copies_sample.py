"""Near copies as people make them (a paragraph removed, a warning line added, saved as
kopie-van-x, x-oud, x_2, x-concept), planted among the sample intranet's own pages: at least 90%
found, and no pair the sample does not hold. The figures are printed (pytest -s)."""

from __future__ import annotations

import random
from pathlib import Path

from audit_app.core.scoring.duplicates import DupCandidate, find_duplicates
from audit_app.core.scoring.heavy import shingle_hashes, signature
from audit_app.core.scoring.sentences import sentences
from crawlers.extract import extract_page

ROOT = Path(__file__).resolve().parents[2] / "resources" / "sample_intranet"
BASE = "http://intranet.zuiderveen.example"
KNOWN = {  # pairs the sample intranet itself holds (its _manifest.json)
    frozenset({"/com/huisstijl.html", "/oud/huisstijl.html"}),
    frozenset({"/fac/bhv.html", "/fac/bhv_kopie.html"}),
    frozenset({"/pz/verlof.html", "/pz/verlof_oud.html"}),
}
WARNING = "Let op: deze pagina is verouderd. Kijk voor de actuele regeling bij Personeelszaken."
NAMES = ("kopie-van-{}", "{}-oud", "{}_2", "{}-concept")


def _candidate(pid: int, url: str, text: str) -> DupCandidate:
    tokens = " ".join(w for _s, ws in sentences(text) for w in ws).lower().split()
    hashes = shingle_hashes(tokens)
    return DupCandidate(
        page_id=pid,
        url=BASE + url,
        inlinks=0,
        last_modified=None,
        text_hash=str(hash(" ".join(tokens))) if tokens else None,
        signature=signature(tokens, hashes),
        shingles=hashes if hashes.size else None,
        words=len(tokens),
    )


def _copy(text: str, how: int) -> str:
    blocks = text.split("\n\n")
    if how in (0, 2) and len(blocks) >= 3:
        del blocks[len(blocks) // 2]  # a paragraph removed
    if how in (1, 2):
        blocks.insert(0, WARNING)  # a warning line added
    return "\n\n".join(blocks)


def test_planted_near_copies_are_found_without_false_pairs() -> None:
    texts: dict[str, str] = {}
    for file in sorted(ROOT.rglob("*.html")):
        url = "/" + file.relative_to(ROOT).as_posix()
        page = extract_page(file.read_bytes(), BASE + url)
        if page.words >= 150 and "\n\n" in page.text:
            texts[url] = page.text
    rng = random.Random(10)
    plain = [u for u in texts if not any(u in pair for pair in KNOWN)]
    originals = rng.sample(plain, 26)
    candidates = [_candidate(i, url, text) for i, (url, text) in enumerate(texts.items())]
    ids = {url: i for i, url in enumerate(texts)}
    planted: dict[int, int] = {}
    for n, url in enumerate(originals):
        folder, _, name = url.rpartition("/")
        stem, ext = name.rsplit(".", 1)
        copy_url = f"{folder}/{NAMES[n % 4].format(stem)}.{ext}"
        pid = len(candidates)
        candidates.append(_candidate(pid, copy_url, _copy(texts[url], n % 3)))
        planted[pid] = ids[url]

    found = find_duplicates(candidates, threshold=0.9)
    by_id = {c.page_id: c.url.removeprefix(BASE) for c in candidates}
    hits = sum(
        1
        for copy, orig in planted.items()
        if copy in found and orig in found and found[copy].cluster == found[orig].cluster
    )
    clusters: dict[int, set[int]] = {}
    for pid, a in found.items():
        clusters.setdefault(a.cluster, set()).add(pid)
    false_pairs = []
    for members in clusters.values():
        for a in members:
            for b in members:
                if a >= b or planted.get(a) == b or planted.get(b) == a:
                    continue
                if frozenset({by_id[a], by_id[b]}) not in KNOWN:
                    false_pairs.append((by_id[a], by_id[b]))
    for copy, orig in planted.items():
        if not (copy in found and orig in found and found[copy].cluster == found[orig].cluster):
            print("missed:", by_id[copy], "->", by_id[orig])
    print(f"\nnear copies found: {hits}/{len(planted)}; false pairs: {len(false_pairs)}")
    assert hits / len(planted) >= 0.9
    assert false_pairs == []
    named = [a for pid, a in found.items() if pid in planted and a.duplicate_of is not None]
    assert {a.basis for a in named} <= {"resemblance", "containment", "containment+name"}
    assert all(a.similarity is not None and a.similarity >= 0.75 for a in named)
