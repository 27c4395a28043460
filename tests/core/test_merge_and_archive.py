"""The migration's extra decisions: merging a page into another, and archiving."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from audit_app.cli import main as run_cli
from audit_app.core import schema as s
from audit_app.core.changes import ChangeError, FieldChange, apply_changes
from audit_app.core.merging import find_page, merge_hint, suggestion_changes
from audit_app.core.project import Project
from tests.exporters.helpers import BASE, Sample, build_sample


@pytest.fixture
def sample(project: Project) -> Sample:
    return build_sample(project)


def _decision(project: Project, page_id: int) -> tuple[object, ...]:
    with project.read() as conn:
        row = conn.execute(
            select(s.decisions.c.decision, s.decisions.c.merge_into, s.decisions.c.new_url).where(
                s.decisions.c.page_id == page_id
            )
        ).one()
    return tuple(row)


def test_a_page_merges_into_another_and_archive_is_a_decision(
    project: Project, sample: Sample
) -> None:
    p = sample.pages
    with project.transaction() as conn:
        apply_changes(
            conn,
            [
                FieldChange("decision", p["verlof_oud"], "decision", "merge"),
                FieldChange("decision", p["verlof_oud"], "merge_into", p["verlof"]),
                FieldChange("decision", p["kerst"], "decision", "archive"),
            ],
            who="Anja",
        )
        with pytest.raises(ChangeError, match="met zichzelf"):
            apply_changes(
                conn, [FieldChange("decision", p["verlof"], "merge_into", p["verlof"])], who="A"
            )
        with pytest.raises(ChangeError, match="geen adres"):
            apply_changes(
                conn,
                [FieldChange("decision", p["verlof"], "new_url", "Nog geen plek in de navigatie")],
                who="A",
            )
    assert _decision(project, p["verlof_oud"])[:2] == ("merge", p["verlof"])
    assert _decision(project, p["kerst"])[0] == "archive"


def test_find_page_by_number_address_or_alias(project: Project, sample: Sample) -> None:
    p = sample.pages
    with project.read() as conn:
        assert find_page(conn, str(p["verlof"])) == p["verlof"]
        assert find_page(conn, f"{BASE}/personeel/verlof.html") == p["verlof"]
        assert find_page(conn, f"{BASE}/Personeel/Verlof.html") == p["verlof"]  # alias
        assert find_page(conn, "http://elders.example/") is None
        assert merge_hint(conn, [p["verlof_oud"]]) == f"{BASE}/personeel/verlof.html"


def test_accepting_a_merge_suggestion_names_the_original(project: Project, sample: Sample) -> None:
    p = sample.pages
    with project.transaction() as conn:
        conn.execute(
            update(s.scores).where(s.scores.c.page_id == p["verlof_oud"]).values(suggestion="merge")
        )
        changes = suggestion_changes(conn, [p["verlof_oud"], p["verlof"]])
    assert [(c.entity_id, c.field, c.new_value) for c in changes] == [
        (p["verlof"], "decision", "keep"),
        (p["verlof_oud"], "decision", "merge"),
        (p["verlof_oud"], "merge_into", p["verlof"]),
    ]


def test_decide_command_merges_archives_and_sets_new_urls(
    project: Project, sample: Sample, capsys: pytest.CaptureFixture[str]
) -> None:
    p = sample.pages
    path = str(project.path)
    project.close()
    merge = ["decide", path, str(p["verlof_oud"]), "--besluit", "samenvoegen"]
    assert run_cli(merge) == 2
    assert "--met" in capsys.readouterr().out
    assert run_cli([*merge, "--met", f"{BASE}/personeel/verlof.html"]) == 0
    assert run_cli(["decide", path, str(p["kerst"]), "--besluit", "archiveren"]) == 0
    new = "https://intranet.nieuw.example/werk/verlof"
    verlof = ["decide", path, str(p["verlof"]), "--nieuwe-url"]
    assert run_cli([*verlof, new]) == 0
    assert run_cli([*verlof, "nog niet bekend"]) == 2
    assert "geen adres" in capsys.readouterr().out
    with Project.open(Path(path)) as again:
        assert _decision(again, p["verlof_oud"])[:2] == ("merge", p["verlof"])
        assert _decision(again, p["kerst"])[0] == "archive"
        assert _decision(again, p["verlof"])[2] == new
