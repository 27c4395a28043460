"""Exact and near duplicates: clusters and the proposed original."""

from __future__ import annotations

from audit_app.core.scoring.duplicates import DupCandidate, find_duplicates
from audit_app.core.scoring.heavy import shingle_hashes, signature
from tests.scoring.texts import long_dutch


def _cand(
    pid: int, text: str, *, url: str = "", inlinks: int = 0, modified: str | None = None
) -> DupCandidate:
    tokens = text.lower().split()
    shingles = shingle_hashes(tokens)
    return DupCandidate(
        page_id=pid,
        url=url or f"http://intranet.test/pagina-{pid}.html",
        inlinks=inlinks,
        last_modified=modified,
        text_hash=str(hash(text)) if text else None,
        signature=signature(tokens),
        shingles=shingles if shingles.size else None,
    )


def test_near_copy_with_a_few_changed_words_is_found() -> None:
    base = long_dutch(1)
    edited = base.replace("bedrijfsvoering", "personeelszaken", 1).replace(
        "besproken", "vastgesteld", 1
    )
    other = long_dutch(2)
    found = find_duplicates([_cand(1, base), _cand(2, edited, inlinks=5), _cand(3, other)])
    assert set(found) == {1, 2}
    assert found[2].duplicate_of is None  # most inlinks: the original
    assert found[1].duplicate_of == 2
    assert found[1].kind == "near"
    assert found[1].cluster == found[2].cluster == 2


def test_exact_copies_and_original_choice() -> None:
    text = long_dutch(3)
    found = find_duplicates(
        [
            _cand(
                1, text, url="http://intranet.test/oud/archief/kopie.html", modified="2020-01-01"
            ),
            _cand(2, text, url="http://intranet.test/pz/a.html", modified="2022-05-01"),
            _cand(3, text, url="http://intranet.test/b.html", modified="2022-05-01"),
        ]
    )
    assert found[3].duplicate_of is None  # same inlinks, same date: shortest URL
    assert found[1].duplicate_of == 3 and found[1].kind == "exact"
    assert found[2].duplicate_of == 3
    assert found[3].kind == "exact"


def test_empty_pages_are_never_copies_of_each_other() -> None:
    assert find_duplicates([_cand(1, ""), _cand(2, ""), _cand(3, long_dutch(4))]) == {}


def test_threshold_is_respected() -> None:
    base = long_dutch(5, paragraphs=4)
    edited = base.replace("afdeling", "directie")  # every paragraph changed
    assert find_duplicates([_cand(1, base), _cand(2, edited)], threshold=0.9) == {}
    assert set(find_duplicates([_cand(1, base), _cand(2, edited)], threshold=0.3)) == {1, 2}


def test_start_page_is_always_the_original() -> None:
    text = long_dutch(6)
    start = _cand(1, text, url="http://intranet.test/index-oud.html")
    start.is_start = True
    found = find_duplicates([start, _cand(2, text, inlinks=40, modified="2026-01-01")])
    assert found[1].duplicate_of is None and found[2].duplicate_of == 1


def test_pages_with_only_a_footer_left_are_not_copies() -> None:
    footer = "Disclaimer | Contact | © Gemeente Zuiderveen – Intranet"
    a, b = _cand(1, footer), _cand(2, footer)
    a.words = b.words = 5
    assert find_duplicates([a, b]) == {}


def test_copy_like_file_names() -> None:
    from audit_app.core.scoring.duplicates import copy_named

    base = "http://intranet.test/pz/"
    for copy in ("kopie-van-verlof.html", "verlof-oud.html", "verlof_2.html", "verlof-concept.htm"):
        assert copy_named(base + copy, base + "verlof.html"), copy
    assert not copy_named(base + "pagina-1.html", base + "pagina-2.html")
    assert not copy_named(base + "verlof.html", base + "ziekte.html")


def test_a_copy_with_a_paragraph_removed_is_found_by_containment() -> None:
    base = long_dutch(7, paragraphs=5)
    shorter = "\n\n".join(base.split("\n\n")[:3])  # the last two paragraphs removed
    found = find_duplicates([_cand(1, base, inlinks=3), _cand(2, shorter)])
    assert found[2].duplicate_of == 1 and found[2].basis == "containment"
    assert found[2].similarity is not None and found[2].similarity >= 0.9
