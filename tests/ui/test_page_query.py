"""The SQL behind the page table: filters, sort, search and saved views (no Qt)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from audit_app.core import page_query as pq
from audit_app.core.project import Project

pytestmark = pytest.mark.both_backends


def ids(project: Project, flt: pq.PageFilter, sort: str = "url", desc: bool = False) -> list[int]:
    with project.read() as conn:
        return pq.page_ids(conn, flt, sort, desc)


def column(project: Project, sql: str) -> dict[int, object]:
    with project.read() as conn:
        return {r[0]: r[1] for r in conn.execute(text(sql))}


def test_all_visible_pages_by_default(pages_project: Project) -> None:
    with pages_project.transaction() as conn:
        conn.execute(
            text(
                "INSERT INTO pages (url, kind, state, depth, inlinks) "
                "VALUES ('http://x/q', 'page', 'queued', 0, 0)"
            )
        )
    assert sorted(ids(pages_project, pq.PageFilter())) == list(range(1, 121))


@pytest.mark.parametrize("key", pq.COLUMNS)
def test_every_column_sorts_both_ways(pages_project: Project, key: str) -> None:
    asc = ids(pages_project, pq.PageFilter(), key)
    desc = ids(pages_project, pq.PageFilter(), key, True)
    assert sorted(asc) == sorted(desc) == list(range(1, 121))
    assert asc == list(reversed(desc))


def test_sort_by_words_follows_the_data(pages_project: Project) -> None:
    words = column(pages_project, "SELECT id, words FROM pages")
    order = ids(pages_project, pq.PageFilter(), "words")
    values = [words[i] for i in order]
    assert values == sorted(values)


def test_decision_filter_with_undecided(pages_project: Project) -> None:
    decided = column(pages_project, "SELECT page_id, decision FROM decisions")
    keep = ids(pages_project, pq.PageFilter(decisions=["keep"]))
    assert keep and all(decided[i] == "keep" for i in keep)
    undecided = ids(pages_project, pq.PageFilter(decisions=[pq.NONE]))
    assert set(undecided).isdisjoint(decided)
    both = ids(pages_project, pq.PageFilter(decisions=["keep", pq.NONE]))
    assert set(both) == set(keep) | set(undecided)


def test_section_includes_subsections_only(pages_project: Project) -> None:
    with pages_project.transaction() as conn:
        conn.execute(text("UPDATE pages SET section = 'Personeelszakenarchief' WHERE id = 1"))
    sections = column(pages_project, "SELECT id, section FROM pages")
    got = ids(pages_project, pq.PageFilter(sections=["Personeelszaken"]))
    assert got
    assert all(str(sections[i]).startswith("Personeelszaken") for i in got)
    assert 1 not in got
    assert any(" > " in str(sections[i]) for i in got)


def test_combined_filter_matches_a_python_check(pages_project: Project) -> None:
    flt = pq.PageFilter(age_bands=["gt5"], decisions=[pq.NONE], sections=["Personeelszaken"])
    rows = column(
        pages_project,
        "SELECT p.id, sc.age_band || '|' || COALESCE(d.decision, '') || '|' "
        "|| COALESCE(p.section, '') FROM pages p JOIN scores sc ON sc.page_id = p.id "
        "LEFT JOIN decisions d ON d.page_id = p.id",
    )
    expected = {i for i, v in rows.items() if str(v).startswith("gt5||Personeelszaken")}
    assert set(ids(pages_project, flt)) == expected


def test_flags(pages_project: Project) -> None:
    dup = set(ids(pages_project, pq.PageFilter(duplicates=True)))
    assert dup == set(
        column(pages_project, "SELECT page_id, 1 FROM scores WHERE duplicate_cluster IS NOT NULL")
    )
    notes = set(ids(pages_project, pq.PageFilter(has_note=True)))
    assert notes == set(column(pages_project, "SELECT page_id, 1 FROM decisions WHERE note <> ''"))
    broken = set(ids(pages_project, pq.PageFilter(broken_links=True)))
    assert broken and broken == set(
        column(pages_project, "SELECT page_id, 1 FROM scores WHERE broken_outlinks > 0")
    )
    assert not broken & set(ids(pages_project, pq.PageFilter(broken_links=False)))


def test_search_uses_full_text_and_prefixes(pages_project: Project) -> None:
    texts = column(pages_project, "SELECT page_id, text FROM page_content")
    got = set(ids(pages_project, pq.PageFilter(search="reiskost")))
    assert got == {i for i, t in texts.items() if "reiskost" in str(t).lower()}
    assert 17 in ids(pages_project, pq.PageFilter(search="Pagina 17 over"))


@pytest.mark.parametrize(
    "typed",
    ['"', "AND OR NOT", "verlof*)", "title:verlof", "-x", "NEAR(a b)", "'; DROP TABLE pages; --"],
)
def test_search_never_breaks_on_fts_syntax(pages_project: Project, typed: str) -> None:
    ids(pages_project, pq.PageFilter(search=typed))
    assert column(pages_project, "SELECT COUNT(*), 1 FROM pages")


def test_fts_query_quotes_every_token() -> None:
    assert pq.fts_query('verlof "aanvragen') == '"verlof"* "aanvragen"*'
    assert pq.fts_query("  ***  ") is None


def test_saved_views_round_trip(pages_project: Project) -> None:
    flt = pq.PageFilter(sections=["Personeelszaken"], age_bands=["gt5"], decisions=[pq.NONE])
    with pages_project.transaction() as conn:
        pq.save_view(conn, "Personeelszaken, ouder dan 5 jaar, onbeslist", flt)
        pq.save_view(conn, "Alles", pq.PageFilter())
    with pages_project.read() as conn:
        views = dict(pq.list_views(conn))
    assert views["Personeelszaken, ouder dan 5 jaar, onbeslist"] == flt
    with pages_project.transaction() as conn:
        pq.delete_view(conn, "Alles")
        with pytest.raises(ValueError):
            pq.save_view(conn, "  ", flt)
    with pages_project.read() as conn:
        assert [n for n, _ in pq.list_views(conn)] == [
            "Personeelszaken, ouder dan 5 jaar, onbeslist"
        ]


def test_filter_json_ignores_unknown_keys() -> None:
    assert pq.PageFilter.from_json('{"kinds": ["page"], "future": 1}') == pq.PageFilter(
        kinds=["page"]
    )


def test_counts_and_tree(pages_project: Project) -> None:
    with pages_project.read() as conn:
        decided, total = pq.count_decided(conn, pq.PageFilter())
        assert (decided, total) == (24, 120)
        assert pq.count_decided_ids(conn, list(range(1, 11))) == 2
        tree = pq.section_tree(conn)
    hr = tree["Personeelszaken"]
    assert hr["count"] == sum(c["count"] for c in hr["children"].values()) + len(
        [i for i in range(1, 121) if i % 7 == 2]
    )
