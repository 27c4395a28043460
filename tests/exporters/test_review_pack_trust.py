"""A returned review pack is trusted only for what was sent: its signature covers the
reviewer and the page list, and a cell that is not a plain value is an error, never empty.
Every tamper is done with openpyxl on real packs; a refused import changes nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from audit_app.core import schema as s
from audit_app.core.project import Project
from exporters.csv_export import export_csv
from exporters.pack_signature import SECRET_SETTING
from exporters.review_import import ImportRefused, apply_plan, read_packs
from exporters.review_pack_format import BASE_SHEET, META_SHEET
from exporters.review_packs import PackInfo, export_review_packs
from exporters.workbook import export_workbook
from tests.exporters.helpers import Sample, build_sample, run_cli
from tests.exporters.test_review_import import change_rows, edit_pack

BAD_SIGNATURE = "de handtekening van dit reviewpakket klopt niet"


@pytest.fixture
def sample(project: Project) -> Sample:
    return build_sample(project)


@pytest.fixture
def packs(project: Project, sample: Sample, tmp_path: Path) -> dict[str, PackInfo]:
    made = export_review_packs(project, tmp_path / "packs")
    return {p.reviewer.split()[0].lower(): p for p in made}


def _meta(path: Path) -> dict[str, object]:
    ws = load_workbook(path)[META_SHEET]
    return {row[0].value: row[1].value for row in ws.iter_rows()}


def _set_meta(path: Path, values: dict[str, object]) -> None:
    wb = load_workbook(path)
    ws = wb[META_SHEET]
    for row in ws.iter_rows():
        if row[0].value in values:
            row[1].value = values[row[0].value]
    wb.save(path)


def _decisions(project: Project) -> list[tuple[object, ...]]:
    with project.read() as conn:
        return [tuple(r) for r in conn.execute(select(s.decisions).order_by("page_id"))]


def _refused(
    project: Project, path: Path, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The import reports *expected* for *path*, applies nothing, and the CLI says so."""
    before = _decisions(project)
    plan = read_packs(project, [path])
    messages = [str(e) for e in plan.errors]
    assert any(m.startswith(path.name + ", ") or m.startswith(path.name + ": ") for m in messages)
    assert any(expected in m for m in messages), messages
    assert plan.changes == [] or plan.errors
    with pytest.raises(ImportRefused):
        apply_plan(project, plan)
    capsys.readouterr()
    assert run_cli("import-reviews", str(project.path), str(path), "--apply") == 1
    err = capsys.readouterr().err
    assert expected in err and path.name in err and "Er is niets ingelezen" in err
    assert _decisions(project) == before
    assert change_rows(project) == []


def test_a_token_copied_from_another_pack_is_refused(
    project: Project, sample: Sample, packs: dict[str, PackInfo], capsys: pytest.CaptureFixture[str]
) -> None:
    bram = packs["bram"].path
    edit_pack(bram, {sample.pages["kerst"]: {"Besluit": "verwijderen"}})
    _set_meta(bram, {"token": packs["anja"].token})
    _refused(project, bram, BAD_SIGNATURE, capsys)


def test_a_whole_metadata_sheet_copied_from_another_pack_is_refused(
    project: Project, sample: Sample, packs: dict[str, PackInfo], capsys: pytest.CaptureFixture[str]
) -> None:
    bram = packs["bram"].path
    edit_pack(bram, {sample.pages["kerst"]: {"Besluit": "verwijderen"}})
    anja = _meta(packs["anja"].path)
    _set_meta(bram, {k: anja[k] for k in ("token", "reviewer", "reviewer_id", "signature")})
    _refused(project, bram, BAD_SIGNATURE, capsys)


def test_another_reviewer_id_is_refused(
    project: Project, sample: Sample, packs: dict[str, PackInfo], capsys: pytest.CaptureFixture[str]
) -> None:
    bram = packs["bram"].path
    edit_pack(bram, {sample.pages["kerst"]: {"Besluit": "verwijderen"}})
    _set_meta(bram, {"reviewer_id": sample.reviewers["anja"], "reviewer": "Anja de Vries"})
    _refused(project, bram, BAD_SIGNATURE, capsys)


def test_a_page_added_to_the_visible_and_hidden_sheets_is_refused(
    project: Project, sample: Sample, packs: dict[str, PackInfo], capsys: pytest.CaptureFixture[str]
) -> None:
    kerst = sample.pages["kerst"]  # Bram's page, not in Anja's pack
    anja = packs["anja"].path
    wb = load_workbook(anja)
    ws = wb["Beoordelen"]
    heads = [c.value for c in ws[1]]
    row: list[object] = [None] * len(heads)
    row[heads.index("ID")] = kerst
    row[heads.index("Besluit")] = "verwijderen"
    row[heads.index("Notities")] = "niet van Anja"
    ws.append(row)
    wb[BASE_SHEET].append([kerst, None, None, "todo", None])
    wb.save(anja)
    _refused(project, anja, BAD_SIGNATURE, capsys)


def test_a_page_added_to_the_visible_sheet_only_is_an_error_with_its_row(
    project: Project, sample: Sample, packs: dict[str, PackInfo], capsys: pytest.CaptureFixture[str]
) -> None:
    anja = packs["anja"].path
    wb = load_workbook(anja)
    ws = wb["Beoordelen"]
    ws.append([sample.pages["kerst"]] + [None] * 14 + ["verwijderen"])
    wb.save(anja)
    _refused(project, anja, "rij 5, kolom 'ID': onbekende ID", capsys)


def test_a_formula_in_a_note_is_an_error_and_keeps_the_note(
    project: Project, sample: Sample, packs: dict[str, PackInfo], capsys: pytest.CaptureFixture[str]
) -> None:
    oud = sample.pages["verlof_oud"]  # its note is "-dubbel, mag weg"
    anja = packs["anja"].path
    edit_pack(anja, {oud: {"Notities": '=CONCAT("a";"b")'}})  # openpyxl stores no result
    rows = {r[0]: i for i, r in enumerate(load_workbook(anja)["Beoordelen"].values, start=1)}
    _refused(
        project, anja, f"rij {rows[oud]}, kolom 'Notities': deze cel bevat een formule", capsys
    )
    with project.read() as conn:
        note = conn.execute(select(s.decisions.c.note).where(s.decisions.c.page_id == oud))
        assert note.scalar_one() == "-dubbel, mag weg"


def test_a_formula_in_a_decision_is_an_error(
    project: Project, sample: Sample, packs: dict[str, PackInfo], capsys: pytest.CaptureFixture[str]
) -> None:
    anja = packs["anja"].path
    edit_pack(anja, {sample.pages["reglement"]: {"Besluit": '="behouden"'}})
    _refused(project, anja, "kolom 'Besluit': deze cel bevat een formule", capsys)


def test_an_unsigned_pack_from_before_signing_is_refused(
    project: Project, sample: Sample, packs: dict[str, PackInfo], capsys: pytest.CaptureFixture[str]
) -> None:
    anja = packs["anja"].path
    edit_pack(anja, {sample.pages["reglement"]: {"Besluit": "verwijderen"}})
    wb = load_workbook(anja)
    ws = wb[META_SHEET]
    for row in ws.iter_rows():
        if row[0].value == "format_version":
            row[1].value = 1
        if row[0].value == "signature":
            row[0].value = row[1].value = None
    wb.save(anja)
    _refused(project, anja, "Maak de reviewpakketten opnieuw", capsys)


def test_an_untouched_signed_pack_still_imports(
    project: Project, sample: Sample, packs: dict[str, PackInfo]
) -> None:
    anja = packs["anja"].path
    edit_pack(anja, {sample.pages["reglement"]: {"Besluit": "verwijderen"}})
    plan = read_packs(project, [anja])
    assert plan.ok
    assert apply_plan(project, plan) == 1


def _parts_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())


def test_the_signing_secret_stays_in_the_project(
    project: Project, sample: Sample, packs: dict[str, PackInfo], tmp_path: Path
) -> None:
    secret = project.setting(SECRET_SETTING)
    assert isinstance(secret, str) and len(secret) == 64
    again = export_review_packs(project, tmp_path / "again")
    assert project.setting(SECRET_SETTING) == secret  # made once, then reused
    export_workbook(project, tmp_path / "plan.xlsx")
    export_csv(project, tmp_path / "plan.csv")
    files = [p.path for p in packs.values()] + [p.path for p in again] + [tmp_path / "plan.xlsx"]
    for path in files:
        assert secret not in _parts_text(path), path.name
        assert secret.upper() not in _parts_text(path), path.name
    assert secret not in (tmp_path / "plan.csv").read_text(encoding="utf-8-sig")
    signature = _meta(packs["anja"].path)["signature"]
    assert isinstance(signature, str) and len(signature) == 64 and signature != secret
