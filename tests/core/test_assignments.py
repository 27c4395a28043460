from __future__ import annotations

import pytest
from sqlalchemy import insert, select

from audit_app.core import schema as s
from audit_app.core.assignments import (
    all_sections,
    assign_section,
    discussion_agenda,
    my_pages,
    overall_progress,
    section_page_ids,
    section_progress,
    set_note,
    set_review_status,
)
from audit_app.core.changes import ChangeError, FieldChange, apply_changes, history
from audit_app.core.project import Project
from audit_app.core.reviewers import (
    add_reviewer,
    edit_reviewer,
    list_reviewers,
    remove_reviewer,
    restore_reviewer,
)

pytestmark = pytest.mark.both_backends

WHO = "Anna"
SECTIONS = [
    "Personeelszaken",
    "Personeelszaken > Verlof",
    "Personeelszaken > Verlof > Ziekte",
    "Personeelszaken_oud",
    "ICT",
    None,
]


@pytest.fixture
def pages(project: Project) -> list[int]:
    with project.transaction() as conn:
        ids = [
            int(
                conn.execute(
                    insert(s.pages).values(
                        url=f"http://intranet/{i}", state="done", section=sec, title=f"P{i}"
                    )
                ).inserted_primary_key[0]
            )
            for i, sec in enumerate(SECTIONS)
        ]
        conn.execute(insert(s.pages).values(url="http://intranet/q", section="ICT"))  # queued
    return ids


def test_section_matches_its_subsections_only(project: Project, pages: list[int]) -> None:
    with project.read() as conn:
        assert section_page_ids(conn, "Personeelszaken") == pages[:3]
        assert section_page_ids(conn, "ICT") == [pages[4]]
        assert section_page_ids(conn, "") == [pages[5]]
        assert "Personeelszaken > Verlof" in all_sections(conn)


def test_assign_section_and_my_pages_and_remove_reviewer(
    project: Project, pages: list[int]
) -> None:
    with project.transaction() as conn:
        rid = add_reviewer(conn, "Bram", "bram@gemeente.nl", "P&O", who=WHO)
        applied = assign_section(conn, "Personeelszaken", rid, who=WHO)
        assert len(applied) == 3
        apply_changes(conn, [FieldChange("decision", pages[0], "decision", "keep")], who=WHO)
        edit_reviewer(conn, rid, "Bram de Vries", "bram@gemeente.nl", "P&O", who=WHO)
    with project.read() as conn:
        assert [p.id for p in my_pages(conn, rid)] == pages[:3]
        (stats,) = list_reviewers(conn)
        assert (stats.reviewer.name, stats.assigned, stats.decided) == ("Bram de Vries", 3, 1)
    with project.transaction() as conn:
        removed = remove_reviewer(conn, rid, who=WHO)
    with project.read() as conn:
        assert list_reviewers(conn) == []
        owners = conn.execute(select(s.decisions.c.reviewer_id)).scalars().all()
        assert set(owners) == {None}
        assert history(conn, "decision", pages[0])[-1]["field"] == "reviewer_id"
    with project.transaction() as conn:
        restore_reviewer(conn, removed, who=WHO)
    with project.read() as conn:
        assert [p.id for p in my_pages(conn, rid)] == pages[:3]


def test_reviewer_input_is_checked(project: Project) -> None:
    with pytest.raises(ChangeError, match="naam"), project.transaction() as conn:
        add_reviewer(conn, "  ", who=WHO)
    with pytest.raises(ChangeError, match="e-mailadres"), project.transaction() as conn:
        add_reviewer(conn, "Bram", "bram-at-home", who=WHO)
    with project.transaction() as conn, pytest.raises(ChangeError, match="geen pagina"):
        rid = add_reviewer(conn, "Bram", who=WHO)
        assign_section(conn, "Bestaat niet", rid, who=WHO)


def test_status_notes_agenda_and_progress(project: Project, pages: list[int]) -> None:
    with project.transaction() as conn:
        set_review_status(conn, pages[1:3], "discuss", who=WHO)
        set_note(conn, pages[1], "  Wie is eigenaar?  ", who=WHO)
        apply_changes(
            conn,
            [
                FieldChange("decision", pages[0], "decision", "keep"),
                FieldChange("decision", pages[4], "decision", "delete"),
            ],
            who=WHO,
        )
    with pytest.raises(ChangeError), project.transaction() as conn:
        set_review_status(conn, pages[:1], "maybe", who=WHO)
    with project.read() as conn:
        agenda = discussion_agenda(conn)
        assert [a.id for a in agenda] == pages[1:3]
        assert agenda[0].note == "Wie is eigenaar?"
        prog = overall_progress(conn)
        assert (prog.total, prog.decided, prog.discuss) == (6, 2, 2)
        assert prog.by_decision == {"keep": 1, "delete": 1}
        by_section = {x.section: (x.total, x.decided) for x in section_progress(conn)}
        assert by_section == {
            "Personeelszaken": (3, 1),
            "Personeelszaken_oud": (1, 0),
            "ICT": (1, 1),
            "": (1, 0),
        }


def _cli(*argv: str) -> int:
    import argparse

    from audit_app.commands import navigation, reviewers

    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    navigation.register(sub)
    reviewers.register(sub)
    args = parser.parse_args(list(argv))
    return int(args.func(args))


def test_cli_reviewers_and_navigation(project: Project, pages: list[int], tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = project.location
    assert _cli("reviewers", "add", path, "Bram", "--email", "bram@gemeente.nl") == 0
    assert _cli("reviewers", "add", path, "X", "--email", "fout") == 1
    assert _cli("reviewers", "assign", path, "bram", "Personeelszaken") == 0
    assert "3 pagina's uit 'Personeelszaken' toegewezen aan Bram" in capsys.readouterr().out
    with project.transaction() as conn:
        set_review_status(conn, pages[:1], "discuss", who=WHO)
        set_note(conn, pages[0], "Wie beheert dit?", who=WHO)
    assert _cli("reviewers", "agenda", path) == 0
    out = capsys.readouterr().out
    assert "P0 [Bram]" in out and "Wie beheert dit?" in out
    tree = tmp_path / "boom.txt"
    tree.write_text("Werk\n\tVerlof\nNieuws\n", encoding="utf-8")
    assert _cli("nav", "import", path, str(tree)) == 0
    assert _cli("nav", "template", path, "Werk & organisatie") == 0
    broken = tmp_path / "kapot.txt"
    broken.write_text("Werk\n\t\tTe diep\n", encoding="utf-8")
    assert _cli("nav", "import", path, str(broken)) == 1
    assert "Regel 2" in capsys.readouterr().err
    assert _cli("nav", "show", path) == 0
    out = capsys.readouterr().out
    assert "Werk\n    Verlof\n" in out and "Mijn werk" in out
    with project.read() as conn:
        sources = set(conn.execute(select(s.changes.c.source)).scalars())
    assert "cli" in sources
