from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import func, select

from audit_app.core import schema as s
from audit_app.core.changes import FieldChange, apply_changes
from audit_app.core.project import Project
from exporters.review_import import ImportRefused, apply_plan, read_packs, resolve_all
from exporters.review_packs import PackInfo, export_review_packs
from tests.exporters.helpers import Sample, build_sample, run_cli

pytestmark = pytest.mark.both_backends


@pytest.fixture
def sample(project: Project) -> Sample:
    return build_sample(project)


@pytest.fixture
def packs(project: Project, sample: Sample, tmp_path: Path) -> dict[str, PackInfo]:
    made = export_review_packs(project, tmp_path / "packs")
    return {p.reviewer.split()[0].lower(): p for p in made}


def edit_pack(
    path: Path,
    edits: dict[int, dict[str, object]],
    tamper: Callable[[Worksheet], None] | None = None,
) -> None:
    """Change cells the way a reviewer does in Excel: by header, in the row of a page."""
    wb = load_workbook(path)
    ws = next(w for w in wb.worksheets if w["A1"].value == "ID")
    heads = {c.value: c.column for c in ws[1]}
    for row in ws.iter_rows(min_row=2):
        page_id = row[heads["ID"] - 1].value
        for head, value in edits.get(page_id, {}).items():  # type: ignore[arg-type]
            ws.cell(row=row[0].row, column=heads[head]).value = value
    if tamper is not None:
        tamper(ws)
    wb.save(path)


def decision_row(project: Project, page_id: int) -> dict[str, object]:
    with project.read() as conn:
        row = conn.execute(select(s.decisions).where(s.decisions.c.page_id == page_id)).first()
    assert row is not None
    return dict(row._mapping)


def change_rows(project: Project) -> list[dict[str, object]]:
    with project.read() as conn:
        return [dict(r._mapping) for r in conn.execute(select(s.changes).order_by(s.changes.c.id))]


def test_round_trip_previews_then_applies_as_recorded_changes(
    project: Project, sample: Sample, packs: dict[str, PackInfo]
) -> None:
    p, n = sample.pages, sample.nodes
    edit_pack(
        packs["anja"].path,
        {
            p["reglement"]: {
                "Besluit": "herschrijven",
                "Nieuwe plek in navigatie": "Werk > Verlof en ziekte",
                "Status": "beoordeeld",
                "Notities": "-nieuwe versie, Öztürk mailen",
            },
            p["verlof"]: {"Status": "bespreken"},
        },
    )
    plan = read_packs(project, [packs["anja"].path])
    assert plan.ok and not plan.conflicts
    assert {(c.page_id, c.field, c.current, c.pack) for c in plan.changes} == {
        (p["reglement"], "decision", None, "rewrite"),
        (p["reglement"], "nav_node_id", None, n["verlof"]),
        (p["reglement"], "review_status", "todo", "reviewed"),
        (p["reglement"], "note", None, "-nieuwe versie, Öztürk mailen"),
        (p["verlof"], "review_status", "reviewed", "discuss"),
    }  # the untouched "'-dubbel, mag weg" note round-trips without a change
    nav = next(c for c in plan.changes if c.field == "nav_node_id")
    assert (nav.current_text, nav.pack_text) == ("(leeg)", "Werk > Verlof en ziekte")
    assert change_rows(project) == []  # preview only

    assert apply_plan(project, plan) == 5
    row = decision_row(project, p["reglement"])
    assert row["decision"] == "rewrite"
    assert row["nav_node_id"] == n["verlof"]
    assert row["review_status"] == "reviewed"
    assert row["note"] == "-nieuwe versie, Öztürk mailen"
    assert row["updated_by"] == "Anja de Vries"
    assert decision_row(project, p["verlof_oud"])["note"] == "-dubbel, mag weg"
    changes = change_rows(project)
    assert len(changes) == 5
    assert {c["who"] for c in changes} == {"Anja de Vries"}
    assert {c["source"] for c in changes} == {"review-pack:reviewpakket-anja-de-vries.xlsx"}
    assert len({c["batch"] for c in changes}) == 1
    status = next(c for c in changes if c["entity_id"] == p["verlof"])
    assert (json.loads(status["old_value"]), json.loads(status["new_value"])) == (
        "reviewed",
        "discuss",
    )
    with project.read() as conn:
        rows = conn.execute(select(s.review_packs.c.token, s.review_packs.c.imported_at)).all()
    imported = {token: at for token, at in rows}
    assert imported[packs["anja"].token] is not None
    assert imported[packs["bram"].token] is None


def test_columns_found_by_header_after_they_moved(
    project: Project, sample: Sample, packs: dict[str, PackInfo]
) -> None:
    p = sample.pages
    edit_pack(
        packs["bram"].path,
        {p["kerst"]: {"Besluit": "Verwijderen "}},
        tamper=lambda ws: ws.insert_cols(2, amount=2),
    )
    plan = read_packs(project, [packs["bram"].path])
    assert plan.ok
    assert [(c.page_id, c.field, c.pack) for c in plan.changes] == [
        (p["kerst"], "decision", "delete")
    ]


def _delete_status(ws: Worksheet) -> None:
    heads = [c.value for c in ws[1]]
    ws.delete_cols(heads.index("Status") + 1)


def _duplicate_row(ws: Worksheet) -> None:
    ws.append([c.value for c in ws[2]])


def _unknown_id(ws: Worksheet) -> None:
    ws["A3"] = 9999


@pytest.mark.parametrize(
    ("tamper", "edits", "expected"),
    [
        (_delete_status, {}, "rij 1, kolom 'Status': deze kolom ontbreekt"),
        (_unknown_id, {}, "rij 3, kolom 'ID': onbekende ID 9999"),
        (
            _duplicate_row,
            {},
            "rij 5, kolom 'ID': ID 5 staat twee keer in het reviewpakket (ook in rij 2)",
        ),
        (
            None,
            {"reglement": {"Besluit": "misschien"}},
            "kolom 'Besluit': ongeldig besluit 'misschien'",
        ),
        (None, {"reglement": {"Status": "klaar"}}, "kolom 'Status': ongeldige status 'klaar'"),
        (
            None,
            {"reglement": {"Nieuwe plek in navigatie": "Werk > Bestaat niet"}},
            "kolom 'Nieuwe plek in navigatie': onbekende plek in de navigatie",
        ),
    ],
    ids=[
        "deleted-column",
        "unknown-id",
        "duplicate-row",
        "invalid-decision",
        "invalid-status",
        "unknown-nav",
    ],
)
def test_a_tampered_pack_applies_nothing_and_says_where(
    project: Project,
    sample: Sample,
    packs: dict[str, PackInfo],
    tamper: Callable[[Worksheet], None] | None,
    edits: dict[str, dict[str, object]],
    expected: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    p = sample.pages
    anja = packs["anja"].path
    edit_pack(
        anja, {p[k]: v for k, v in edits.items()} | {p["verlof"]: {"Status": "bespreken"}}, tamper
    )
    edit_pack(packs["bram"].path, {p["kerst"]: {"Besluit": "verwijderen"}})
    plan = read_packs(project, [packs["bram"].path, anja])
    messages = [str(e) for e in plan.errors]
    assert any(
        m.startswith("reviewpakket-anja-de-vries.xlsx, ") and expected in m for m in messages
    ), messages
    with pytest.raises(ImportRefused):
        apply_plan(project, plan)
    code = run_cli(
        "import-reviews", project.location, str(packs["bram"].path), str(anja), "--apply"
    )
    assert code == 1
    err = capsys.readouterr().err
    assert expected in err and "Er is niets ingelezen" in err
    assert change_rows(project) == []
    assert decision_row(project, p["kerst"])["decision"] is None


def test_wrong_files_are_refused(
    project: Project, sample: Sample, packs: dict[str, PackInfo], tmp_path: Path
) -> None:
    csv_file = tmp_path / "pack.csv"
    csv_file.write_text("ID;Besluit\n1;behouden\n", encoding="utf-8")
    renamed = tmp_path / "renamed.xlsx"
    renamed.write_bytes(csv_file.read_bytes())
    other = tmp_path / "gewone-lijst.xlsx"
    wb = Workbook()
    wb.active.append(["ID", "Besluit"])  # type: ignore[union-attr]
    wb.save(other)
    plan = read_packs(project, [csv_file, renamed, other, tmp_path / "weg.xlsx"])
    messages = [str(e) for e in plan.errors]
    assert messages[0].startswith("pack.csv: dit is geen Excel-werkmap (.xlsx)")
    assert messages[1].startswith("renamed.xlsx: dit is geen Excel-werkmap (.xlsx)")
    assert messages[2] == "gewone-lijst.xlsx: dit is geen reviewpakket van content-audit."
    assert messages[3] == "weg.xlsx: het bestand bestaat niet."


def test_a_pack_from_another_project_is_refused(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    other = Project.create(tmp_path / "ander.audit", name="Provincie Y")
    try:
        build_sample(other)
        pack = export_review_packs(other, tmp_path / "other", reviewers=["Anja de Vries"])[0]
    finally:
        other.close()
    edit_pack(pack.path, {sample.pages["reglement"]: {"Besluit": "verwijderen"}})
    plan = read_packs(project, [pack.path])
    assert [str(e) for e in plan.errors] == [
        "reviewpakket-anja-de-vries.xlsx: dit reviewpakket hoort bij een ander project "
        "(Provincie Y). Er is niets ingelezen."
    ]
    assert plan.changes == []


def test_the_same_pack_twice_is_refused(
    project: Project, sample: Sample, packs: dict[str, PackInfo], tmp_path: Path
) -> None:
    copy = tmp_path / "kopie.xlsx"
    copy.write_bytes(packs["anja"].path.read_bytes())
    plan = read_packs(project, [packs["anja"].path, copy])
    assert [str(e) for e in plan.errors] == [
        "kopie.xlsx: dit is hetzelfde reviewpakket als reviewpakket-anja-de-vries.xlsx."
    ]


def test_a_pack_is_known_by_its_content_not_its_file_name(
    project: Project, sample: Sample, packs: dict[str, PackInfo]
) -> None:
    """Packs made before they were called reviewpakket-….xlsx (reviewpack-….xlsx), or saved
    under any other name by the reviewer, are read just the same."""
    assert packs["anja"].path.name == "reviewpakket-anja-de-vries.xlsx"
    old_name = packs["anja"].path.with_name("reviewpack-anja-de-vries.xlsx")
    packs["anja"].path.rename(old_name)
    own_name = packs["bram"].path.with_name("Bram - mijn pagina's (terug).xlsx")
    packs["bram"].path.rename(own_name)
    p = sample.pages
    edit_pack(old_name, {p["reglement"]: {"Status": "beoordeeld"}})
    edit_pack(own_name, {p["kerst"]: {"Status": "bespreken"}})
    plan = read_packs(project, [old_name, own_name])
    assert plan.ok, [str(e) for e in plan.errors]
    assert [(ref.file, ref.reviewer) for ref in plan.packs] == [
        ("reviewpack-anja-de-vries.xlsx", "Anja de Vries"),
        ("Bram - mijn pagina's (terug).xlsx", "Bram Jansen"),
    ]
    assert apply_plan(project, plan) == 2
    sources = {c["source"] for c in change_rows(project)}
    assert sources == {
        "review-pack:reviewpack-anja-de-vries.xlsx",
        "review-pack:Bram - mijn pagina's (terug).xlsx",
    }


def _someone_else_changes(
    project: Project, page_id: int, field: str, value: object, who: str = "Projectleider"
) -> None:
    with project.transaction() as conn:
        apply_changes(conn, [FieldChange("decision", page_id, field, value)], who=who)


def test_conflicts_are_reported_not_applied_unless_resolved(
    project: Project, sample: Sample, packs: dict[str, PackInfo]
) -> None:
    p = sample.pages
    edit_pack(
        packs["anja"].path,
        {p["reglement"]: {"Besluit": "herschrijven", "Notities": "graag korter"}},
    )
    _someone_else_changes(project, p["reglement"], "decision", "delete")
    _someone_else_changes(project, p["verlof"], "decision", "rewrite")  # not touched in the pack
    plan = read_packs(project, [packs["anja"].path])
    assert plan.ok
    assert [(c.page_id, c.field) for c in plan.changes] == [(p["reglement"], "note")]
    assert len(plan.conflicts) == 1
    conflict = plan.conflicts[0]
    assert (conflict.change.page_id, conflict.change.field) == (p["reglement"], "decision")
    assert (conflict.change.current, conflict.change.pack) == ("delete", "rewrite")
    assert conflict.their_who == "Projectleider"

    assert apply_plan(project, plan) == 1
    assert decision_row(project, p["reglement"])["decision"] == "delete"
    assert decision_row(project, p["reglement"])["note"] == "graag korter"
    assert decision_row(project, p["verlof"])["decision"] == "rewrite"


@pytest.mark.parametrize(
    ("flag", "expected"), [("--accept-theirs", "rewrite"), ("--keep-ours", "delete")]
)
def test_cli_resolves_conflicts(
    project: Project,
    sample: Sample,
    packs: dict[str, PackInfo],
    flag: str,
    expected: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    p = sample.pages
    edit_pack(packs["anja"].path, {p["reglement"]: {"Besluit": "herschrijven"}})
    _someone_else_changes(project, p["reglement"], "decision", "delete")
    assert run_cli("import-reviews", project.location, str(packs["anja"].path)) == 0
    out = capsys.readouterr().out
    assert "Conflicten (1)" in out and "Projectleider" in out and "--apply" in out
    assert decision_row(project, p["reglement"])["decision"] == "delete"
    assert (
        run_cli("import-reviews", project.location, str(packs["anja"].path), "--apply", flag) == 0
    )
    assert decision_row(project, p["reglement"])["decision"] == expected
    last = change_rows(project)[-1]
    if flag == "--accept-theirs":
        assert (last["who"], last["source"]) == (
            "Anja de Vries",
            "review-pack:reviewpakket-anja-de-vries.xlsx",
        )
    else:
        assert last["who"] == "Projectleider"


def test_own_later_change_is_no_conflict(
    project: Project, sample: Sample, packs: dict[str, PackInfo]
) -> None:
    p = sample.pages
    edit_pack(packs["anja"].path, {p["reglement"]: {"Besluit": "behouden"}})
    _someone_else_changes(project, p["reglement"], "decision", "delete", who="Anja de Vries")
    plan = read_packs(project, [packs["anja"].path])
    assert not plan.conflicts
    assert [(c.field, c.pack) for c in plan.changes] == [("decision", "keep")]


def test_stale_plan_is_refused(
    project: Project, sample: Sample, packs: dict[str, PackInfo]
) -> None:
    p = sample.pages
    edit_pack(packs["anja"].path, {p["reglement"]: {"Besluit": "behouden"}})
    plan = read_packs(project, [packs["anja"].path])
    _someone_else_changes(project, p["kerst"], "note", "tussendoor")
    with pytest.raises(ImportRefused, match="opnieuw in"):
        apply_plan(project, plan, resolve_all(plan, "theirs"))
    assert decision_row(project, p["reglement"])["decision"] is None


def test_several_packs_and_an_english_pack_at_once(
    project: Project, sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = sample.pages
    anja = export_review_packs(project, tmp_path / "en", reviewers=["Anja de Vries"], lang="en")[0]
    bram = export_review_packs(project, tmp_path / "nl", reviewers=["Bram Jansen"])[0]
    edit_pack(anja.path, {p["reglement"]: {"Decision": "delete", "Status": "discuss"}})
    edit_pack(bram.path, {p["kerst"]: {"Besluit": "verwijderen", "Status": "beoordeeld"}})
    assert (
        run_cli("import-reviews", project.location, str(anja.path), str(bram.path), "--apply") == 0
    )
    assert "4 wijziging(en) doorgevoerd" in capsys.readouterr().out
    assert decision_row(project, p["reglement"])["review_status"] == "discuss"
    assert decision_row(project, p["kerst"])["decision"] == "delete"
    with project.read() as conn:
        sources = conn.execute(
            select(s.changes.c.who, s.changes.c.source, func.count()).group_by(
                s.changes.c.who, s.changes.c.source
            )
        ).all()
    assert sorted(sources) == [
        ("Anja de Vries", "review-pack:reviewpakket-anja-de-vries.xlsx", 2),
        ("Bram Jansen", "review-pack:reviewpakket-bram-jansen.xlsx", 2),
    ]


def test_a_reviewer_merges_a_page_into_another_by_its_address(
    project: Project, sample: Sample, packs: dict[str, PackInfo], tmp_path: Path
) -> None:
    p = sample.pages
    original = "http://intranet.example/personeel/verlof.html"
    edit_pack(
        packs["anja"].path,
        {p["verlof_oud"]: {"Besluit": "samenvoegen", "Samenvoegen met": original}},
    )
    plan = read_packs(project, [packs["anja"].path])
    assert plan.ok, [str(e) for e in plan.errors]
    assert {(c.page_id, c.field, c.pack) for c in plan.changes} == {
        (p["verlof_oud"], "decision", "merge"),
        (p["verlof_oud"], "merge_into", p["verlof"]),
    }
    apply_plan(project, plan)
    row = decision_row(project, p["verlof_oud"])
    assert (row["decision"], row["merge_into"]) == ("merge", p["verlof"])

    # the next pack shows the target's address and an unchanged row changes nothing
    again = export_review_packs(project, tmp_path / "ronde2", reviewers=["Anja de Vries"])
    assert read_packs(project, [again[0].path]).changes == []


def test_merge_without_a_known_target_is_an_error_with_row_and_column(
    project: Project, sample: Sample, packs: dict[str, PackInfo]
) -> None:
    p = sample.pages
    edit_pack(
        packs["anja"].path,
        {
            p["verlof_oud"]: {"Besluit": "samenvoegen"},
            p["reglement"]: {"Besluit": "samenvoegen", "Samenvoegen met": "/bestaat/niet"},
        },
    )
    plan = read_packs(project, [packs["anja"].path])
    messages = sorted(str(e) for e in plan.errors)
    assert len(messages) == 2
    assert "kolom 'Samenvoegen met': kies bij samenvoegen de pagina" in messages[1]
    assert "onbekende pagina '/bestaat/niet'" in messages[0]
    with pytest.raises(ImportRefused):
        apply_plan(project, plan)


def test_a_pack_made_before_merging_existed_still_imports(
    project: Project, sample: Sample, packs: dict[str, PackInfo]
) -> None:
    """Packs sent out before the 'Samenvoegen met' column: no such column, five base columns."""
    p = sample.pages
    path = packs["anja"].path
    wb = load_workbook(path)
    base = wb["_basis"]
    assert base.cell(1, 6).value == "merge_into"
    base.delete_cols(6)
    review = wb["Beoordelen"]
    heads = [c.value for c in review[1]]
    review.delete_cols(heads.index("Samenvoegen met") + 1)
    wb.save(path)
    edit_pack(path, {p["reglement"]: {"Besluit": "archiveren"}})
    plan = read_packs(project, [path])
    assert plan.ok, [str(e) for e in plan.errors]
    assert [(c.page_id, c.field, c.pack) for c in plan.changes] == [
        (p["reglement"], "decision", "archive")
    ]
