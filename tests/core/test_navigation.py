from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from audit_app.core import schema as s
from audit_app.core.changes import ChangeError, FieldChange, apply_changes
from audit_app.core.nav_import import (
    NavImportError,
    parse_csv,
    parse_text,
    read_tree_file,
    templates,
)
from audit_app.core.navigation import (
    counts_by_node,
    create_node,
    delete_node,
    find_or_create_paths,
    homeless_count,
    homeless_page_ids,
    list_nodes,
    move_node,
    node_paths,
    rename_node,
    restore_subtree,
    set_home,
)
from audit_app.core.project import Project

pytestmark = pytest.mark.both_backends

WHO = "Anna"


def _page(conn, n: int) -> int:
    return int(
        conn.execute(
            insert(s.pages).values(url=f"http://intranet/{n}", state="done")
        ).inserted_primary_key[0]
    )


def _events(conn, field: str) -> list[tuple[int, object, object]]:
    c = s.changes.c
    rows = conn.execute(
        select(c.entity_id, c.old_value, c.new_value).where(c.field == field).order_by(c.id)
    ).all()
    return [(r[0], json.loads(r[1]), json.loads(r[2])) for r in rows]


def _children(conn, parent: int | None) -> list[str]:
    return [n.title for n in list_nodes(conn) if n.parent_id == parent]


def test_create_rename_and_paths_are_recorded(project: Project) -> None:
    with project.transaction() as conn:
        werk = create_node(conn, "Werk", who=WHO)
        verlof = create_node(conn, "  Verlof   en ziekte ", werk, who=WHO)
        rename_node(conn, werk, "Werk & organisatie", who=WHO)
    with project.read() as conn:
        assert node_paths(conn)[verlof] == "Werk & organisatie > Verlof en ziekte"
        assert [e[0] for e in _events(conn, "created")] == [werk, verlof]
        assert _events(conn, "title") == [(werk, "Werk", "Werk & organisatie")]
    with pytest.raises(ChangeError, match="naam"), project.transaction() as conn:
        create_node(conn, "   ", who=WHO)


def test_move_reorders_and_refuses_cycles(project: Project) -> None:
    with project.transaction() as conn:
        a, b, c = (create_node(conn, t, who=WHO) for t in "ABC")
        a1 = create_node(conn, "A1", a, who=WHO)
        move_node(conn, c, None, 0, who=WHO)
        assert _children(conn, None) == ["C", "A", "B"]
        move_node(conn, c, None, 3, who=WHO)  # drop after the last row
        assert _children(conn, None) == ["A", "B", "C"]
        move_node(conn, b, a, 0, who=WHO)
        assert _children(conn, a) == ["B", "A1"]
        assert _children(conn, None) == ["A", "C"]
    with pytest.raises(ChangeError, match="onder zichzelf"), project.transaction() as conn:
        move_node(conn, a, a1, who=WHO)
    with project.read() as conn:
        assert node_paths(conn)[a1] == "A > A1"


def test_delete_clears_homes_and_restore_brings_everything_back(project: Project) -> None:
    with project.transaction() as conn:
        werk = create_node(conn, "Werk", who=WHO)
        verlof = create_node(conn, "Verlof", werk, who=WHO)
        other = create_node(conn, "Nieuws", who=WHO)
        pages = [_page(conn, i) for i in range(3)]
        set_home(conn, pages[:2], verlof, who=WHO)
        set_home(conn, pages[2:], other, who=WHO)
        snap = delete_node(conn, werk, who=WHO)
    with project.read() as conn:
        assert [n.id for n in list_nodes(conn)] == [other]
        homes = dict(conn.execute(select(s.decisions.c.page_id, s.decisions.c.nav_node_id)).all())
        assert homes == {pages[0]: None, pages[1]: None, pages[2]: other}
        assert {e[0] for e in _events(conn, "deleted")} == {werk, verlof}
    with project.transaction() as conn:
        restore_subtree(conn, snap, who=WHO)
    with project.read() as conn:
        assert node_paths(conn) == {werk: "Werk", verlof: "Werk > Verlof", other: "Nieuws"}
        homes = dict(conn.execute(select(s.decisions.c.page_id, s.decisions.c.nav_node_id)).all())
        assert homes == {pages[0]: verlof, pages[1]: verlof, pages[2]: other}


def test_counts_by_node_and_homeless(project: Project) -> None:
    with project.transaction() as conn:
        node = create_node(conn, "Werk", who=WHO)
        pages = [_page(conn, i) for i in range(5)]
        decisions = ["keep", "keep", "rewrite", "delete", "keep"]
        apply_changes(
            conn,
            [
                FieldChange("decision", p, "decision", d)
                for p, d in zip(pages, decisions, strict=True)
            ],
            who=WHO,
        )
        set_home(conn, pages[:3], node, who=WHO)
    with project.read() as conn:
        assert counts_by_node(conn) == {node: {"keep": 2, "rewrite": 1}}
        assert homeless_count(conn) == 1
        assert homeless_page_ids(conn) == [pages[4]]


TREE_TABS = "Home\nWerk\n\tVerlof\n\t\tZiekmelden\n\tSalaris\n# comment\n\nNieuws\n"
TREE_SPACES = "Home\nWerk\n  - Verlof\n    - Ziekmelden\n  - Salaris\nNieuws\n"
TREE_PATHS = "Home\nWerk > Verlof > Ziekmelden\nWerk > Salaris\nNieuws\n"


@pytest.mark.parametrize(
    "text", [TREE_TABS, TREE_SPACES, TREE_PATHS], ids=["tabs", "spaces", "paths"]
)
def test_text_formats_give_the_same_tree(project: Project, text: str) -> None:
    items = parse_text(text)
    with project.transaction() as conn:
        find_or_create_paths(conn, [i.path for i in items], who=WHO)
    with project.read() as conn:
        assert sorted(node_paths(conn).values()) == [
            "Home",
            "Nieuws",
            "Werk",
            "Werk > Salaris",
            "Werk > Verlof",
            "Werk > Verlof > Ziekmelden",
        ]
        assert _children(conn, None) == ["Home", "Werk", "Nieuws"]


def test_import_twice_does_not_double(project: Project) -> None:
    items = [i.path for i in parse_text(TREE_TABS)]
    with project.transaction() as conn:
        first = find_or_create_paths(conn, items, who=WHO)
        second = find_or_create_paths(conn, items, who=WHO)
    assert len(first) == 6 and second == []


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("Werk\n\t\tVerlof\n", 2, "overgeslagen"),
        ("Werk\n  Verlof\n   Ziek\n", 3, "inspringing"),
        ("Werk\n \tVerlof\n", 2, "tabs en spaties"),
        ("Werk > \n", 1, "leeg"),
    ],
)
def test_broken_text_names_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(NavImportError, match=f"Regel {line}.*{words}"):
        parse_text(text)


def test_dutch_excel_csv_with_levels_in_cp1252(tmp_path: Path) -> None:
    f = tmp_path / "navigatie.csv"
    f.write_bytes(
        "Niveau;Titel\n1;Werk\n2;Privé & verlof\n3;Ziekmelden\n1;Nieuws\n".encode("cp1252")
    )
    paths = [i.path for i in read_tree_file(f)]
    assert paths == [
        ("Werk",),
        ("Werk", "Privé & verlof"),
        ("Werk", "Privé & verlof", "Ziekmelden"),
        ("Nieuws",),
    ]


def test_csv_with_path_column_and_bom(tmp_path: Path) -> None:
    f = tmp_path / "nav.csv"
    f.write_bytes("\ufeffpad,opmerking\nWerk > Verlof,x\nNieuws,\n".encode())
    assert [i.path for i in read_tree_file(f)] == [("Werk", "Verlof"), ("Nieuws",)]


def test_broken_csv_is_refused_with_line() -> None:
    with pytest.raises(NavImportError, match="Regel 3: niveau 'twee'"):
        parse_csv("niveau;titel\n1;Werk\ntwee;Verlof\n")
    with pytest.raises(NavImportError, match=r"Regel 2.*niveau 3"):
        parse_csv("niveau;titel\n3;Werk\n")
    with pytest.raises(NavImportError, match="kolomkoppen"):
        parse_csv("Werk;Verlof\n")


def test_templates_are_bundled_and_parse() -> None:
    found = templates()
    assert "Gemeente (standaard)" in found
    for path in found.values():
        items = read_tree_file(path)
        assert len(items) >= 10
        assert all(len(i.path) <= 3 for i in items)


def test_csv_paths_keep_slashes_in_titles() -> None:
    text = "pad\nWerk > In dienst/uit dienst\n/organisatie/directie\n"
    assert [i.path for i in parse_csv(text)] == [
        ("Werk", "In dienst/uit dienst"),
        ("organisatie", "directie"),
    ]
