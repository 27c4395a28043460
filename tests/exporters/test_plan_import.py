"""The migration plan edited in Excel and read back: previewed, conflicts shown,
all-or-nothing, recorded as the importer's changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from audit_app.cli import main
from audit_app.core import schema as s
from audit_app.core.changes import FieldChange, apply_changes
from audit_app.core.project import Project
from exporters.options import ExportOptions
from exporters.plan_import import apply_plan_changes, read_plan
from exporters.review_plan import ImportRefused
from exporters.workbook import export_workbook
from tests.exporters.helpers import Sample, build_sample

NEW = "https://intranet.nieuw.example/"


@pytest.fixture
def sample(project: Project) -> Sample:
    return build_sample(project)


@pytest.fixture
def plan_file(project: Project, sample: Sample, tmp_path: Path) -> Path:
    out = tmp_path / "migratieplan.xlsx"
    export_workbook(project, out, options=ExportOptions(base_url=NEW))
    return out


def edit_plan(path: Path, edits: dict[int, dict[str, object]]) -> None:
    wb = load_workbook(path)
    ws = wb["Migratieplan"]
    heads = {c.value: c.column for c in ws[1]}
    for row in ws.iter_rows(min_row=2):
        for head, value in edits.get(row[0].value, {}).items():  # type: ignore[arg-type]
            ws.cell(row=row[0].row, column=heads[head]).value = value
    wb.save(path)


def _decision(project: Project, page_id: int) -> dict[str, object]:
    with project.read() as conn:
        row = conn.execute(select(s.decisions).where(s.decisions.c.page_id == page_id)).one()
    return dict(row._mapping)


def test_an_untouched_plan_changes_nothing(project: Project, plan_file: Path) -> None:
    edit_plan(plan_file, {})  # opened and saved in a spreadsheet program
    plan = read_plan(project, plan_file, who="Anja")
    assert plan.ok, [str(e) for e in plan.errors]
    assert plan.changes == [] and plan.conflicts == []


def test_edits_are_previewed_then_applied_as_the_importers_changes(
    project: Project, sample: Sample, plan_file: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    p, r = sample.pages, sample.reviewers
    edit_plan(
        plan_file,
        {
            p["kerst"]: {"Besluit": "archiveren", "Notities": "'-Archiefwet: 7 jaar"},
            p["verlof"]: {"Nieuwe URL": NEW + "werk/verlof"},
            p["home"]: {"Reviewer": "Bram Jansen", "Besluit": "samenvoegen",
                        "Samenvoegen met": str(p["verlof"])},
        },
    )  # fmt: skip
    monkeypatch.setenv("CONTENT_AUDIT_USER", "Projectleider Petra")
    assert main(["import-plan", str(project.path), str(plan_file)]) == 0
    out = capsys.readouterr().out
    assert "Wijzigingen (6)" in out and "Dit is een voorbeeld" in out
    assert _decision(project, p["kerst"])["decision"] is None  # preview only
    assert main(["import-plan", str(project.path), str(plan_file), "--apply"]) == 0
    assert _decision(project, p["kerst"])["decision"] == "archive"
    # as the workbook writes such text (apostrophe first), and as it is meant
    assert _decision(project, p["kerst"])["note"] == "-Archiefwet: 7 jaar"
    assert _decision(project, p["verlof"])["new_url"] == NEW + "werk/verlof"
    home = _decision(project, p["home"])
    assert (home["decision"], home["merge_into"], home["reviewer_id"]) == (
        "merge",
        p["verlof"],
        r["bram"],
    )
    with project.read() as conn:
        who = set(conn.execute(select(s.changes.c.who, s.changes.c.source)).all())
    assert who == {("Projectleider Petra", "plan:migratieplan.xlsx")}


def test_a_field_changed_in_the_project_since_the_export_is_a_conflict(
    project: Project, sample: Sample, plan_file: Path
) -> None:
    p = sample.pages
    with project.transaction() as conn:
        apply_changes(conn, [FieldChange("decision", p["verlof"], "decision", "rewrite")], who="Bo")
    edit_plan(
        plan_file, {p["verlof"]: {"Besluit": "verwijderen"}, p["kerst"]: {"Besluit": "behouden"}}
    )
    plan = read_plan(project, plan_file, who="Anja")
    assert [(c.page_id, c.field) for c in plan.changes] == [(p["kerst"], "decision")]
    (conflict,) = plan.conflicts
    assert (conflict.change.page_id, conflict.their_who) == (p["verlof"], "Bo")
    assert (conflict.change.current_text, conflict.change.pack_text) == (
        "herschrijven",
        "verwijderen",
    )
    assert apply_plan_changes(project, plan, who="Anja", source="plan") == 1
    assert _decision(project, p["verlof"])["decision"] == "rewrite"  # kept until resolved


def test_bad_cells_apply_nothing_and_say_where(
    project: Project, sample: Sample, plan_file: Path
) -> None:
    p = sample.pages
    edit_plan(
        plan_file,
        {
            p["kerst"]: {"Besluit": "misschien"},
            p["verlof"]: {"Notities": "=1+2", "Besluit": "verwijderen"},
            p["home"]: {"Nieuwe plek in navigatie": "Nergens > Hier"},
            p["formulieren"]: {"Nieuwe URL": "Nog geen plek in de navigatie"},
        },
    )
    plan = read_plan(project, plan_file, who="Anja")
    messages = " | ".join(str(e) for e in plan.errors)
    assert "kolom 'Besluit': ongeldige waarde 'misschien'" in messages
    assert "kolom 'Notities': deze cel bevat een formule" in messages
    assert "onbekende plek in de navigatie 'Nergens > Hier'" in messages
    assert "'Nog geen plek in de navigatie' is geen adres" in messages
    with pytest.raises(ImportRefused):
        apply_plan_changes(project, plan, who="Anja", source="plan")
    assert _decision(project, p["verlof"])["decision"] == "keep"


def test_a_plan_of_another_project_or_not_a_plan_is_refused(
    project: Project, sample: Sample, plan_file: Path, tmp_path: Path
) -> None:
    other = Project.create(tmp_path / "ander.audit")
    try:
        plan = read_plan(other, plan_file, who="A")
    finally:
        other.close()
    assert "hoort bij een ander project" in str(plan.errors[0])
    bogus = tmp_path / "nep.xlsx"
    bogus.write_bytes(b"ID;Besluit\n1;behouden\n")
    assert "geen Excel-werkmap" in str(read_plan(project, bogus, who="A").errors[0])
