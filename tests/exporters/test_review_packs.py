from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from audit_app.core import schema as s
from audit_app.core.changes import FieldChange, apply_changes, last_change_id
from audit_app.core.project import Project, get_setting
from exporters.review_pack_format import BASE_SHEET, META_SHEET, PACK_COLUMNS
from exporters.review_packs import RETURN_TO_SETTING, PackError, export_review_packs
from tests.exporters.helpers import Sample, build_sample

pytestmark = pytest.mark.both_backends


@pytest.fixture
def sample(project: Project) -> Sample:
    return build_sample(project)


def test_one_pack_per_reviewer_with_only_their_pages(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    with project.transaction() as conn:
        apply_changes(conn, [FieldChange("decision", sample.pages["kerst"], "note", "x")], who="A")
    packs = export_review_packs(project, tmp_path)
    assert [(p.reviewer, p.pages, p.path.name) for p in packs] == [
        ("Anja de Vries", 3, "reviewpakket-anja-de-vries.xlsx"),
        ("Bram Jansen", 2, "reviewpakket-bram-jansen.xlsx"),
    ]  # Chris has no pages, so no pack
    wb = load_workbook(packs[0].path)
    ws = wb["Beoordelen"]
    assert ws.title == "Beoordelen"
    heads = [c.value for c in ws[1]]
    # what the ambassador fills in comes right after the title, which stays in view
    assert heads[:7] == [
        "ID", "Titel", "Besluit", "Samenvoegen met", "Nieuwe plek in navigatie", "Status",
        "Notities",
    ]  # fmt: skip
    assert heads[7:10] == ["Oude URL", "Suggestie", "Reden suggestie"]
    assert ws.freeze_panes == "C2"
    ids = {row[0] for row in ws.iter_rows(min_row=2, values_only=True)}
    p = sample.pages
    assert ids == {p["verlof"], p["verlof_oud"], p["reglement"]}
    with project.read() as conn:
        recorded = conn.execute(select(s.review_packs)).all()
        high = last_change_id(conn)
    assert len(recorded) == 2
    assert {r.token for r in recorded} == {p.token for p in packs}
    assert all(r.last_change_id == high == 1 for r in recorded)
    assert recorded[0].reviewer_id == sample.reviewers["anja"]
    assert recorded[0].file_name == "reviewpakket-anja-de-vries.xlsx"


def test_pack_is_protected_with_dropdowns_and_hidden_metadata(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    pack = export_review_packs(project, tmp_path, reviewers=["anja de vries"])[0]
    wb = load_workbook(pack.path)
    ws = wb["Beoordelen"]
    assert [(w.title, w.sheet_state) for w in wb.worksheets] == [
        ("Uitleg", "visible"),
        ("Beoordelen", "visible"),
        ("Lijsten", "hidden"),
        ("_pack", "veryHidden"),
        ("_basis", "veryHidden"),
    ]
    assert wb.active.title == "Uitleg"  # type: ignore[union-attr]
    assert wb["Uitleg"]["B1"].value == "Reviewpakket voor Anja de Vries"
    assert wb["Uitleg"]["B3"].value == "3 pagina's en documenten om te beoordelen."
    assert ws.protection.sheet
    editable = {
        PACK_COLUMNS.index(k) + 1 for k in ("decision", "merge_into", "nav_home", "status", "note")
    }
    grey = set()
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            assert cell.protection.locked == (cell.column not in editable), cell.coordinate
            if cell.protection.locked:
                grey.add(cell.fill.fgColor.rgb[-6:])
            else:
                assert cell.fill.fgColor.rgb[-6:] == "FFF2B3", cell.coordinate  # yellow
    assert grey == {"EDEDED"}  # the instructions say the locked columns are grey
    reasons = ws.cell(2, PACK_COLUMNS.index("reasons") + 1)
    assert reasons.alignment.wrap_text  # wraps inside its cell, never over the decision
    meta = {k: v for k, v in wb[META_SHEET].iter_rows(values_only=True)}
    assert wb[META_SHEET].sheet_state == "veryHidden"
    assert wb[BASE_SHEET].sheet_state == "veryHidden"
    assert meta["project_id"] == project.project_id
    assert meta["token"] == pack.token
    assert meta["reviewer"] == "Anja de Vries"
    assert meta["format_version"] == 2
    formulas = {dv.formula1 for dv in ws.data_validations.dataValidation}
    assert formulas == {
        '"behouden,herschrijven,samenvoegen,archiveren,verwijderen"',
        '"te doen,beoordeeld,bespreken"',
        "Navigatiehuizen",
    }
    assert wb["Lijsten"].sheet_state == "hidden"
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "'-Verlof aanvragen (oud)" in texts
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_unknown_reviewer_is_refused_with_the_known_names(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    with pytest.raises(PackError, match=r"Onbekende reviewer: Zoë\. Bekende .*Anja de Vries"):
        export_review_packs(project, tmp_path / "packs", reviewers=["Zoë"])
    assert not (tmp_path / "packs").exists()


def test_first_sheet_says_where_and_when_to_send_it_back(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    packs = export_review_packs(
        project,
        tmp_path,
        reviewers=["Bram Jansen"],
        return_to="=anja@gemeente.example",
        deadline=date(2026, 12, 18),
    )
    wb = load_workbook(packs[0].path)
    lines = [c.value for c in wb["Uitleg"]["B"] if c.value]
    assert lines[:4] == [
        "Reviewpakket voor Bram Jansen",
        f"Project: {project.name}",
        "2 pagina's en documenten om te beoordelen.",
        "Stuur dit bestand uiterlijk 18 december 2026 ingevuld terug naar =anja@gemeente.example.",
    ]
    assert "Open het tabblad 'Beoordelen'." in lines[5]
    assert "behouden, herschrijven" in lines[6]
    with project.read() as conn:
        assert get_setting(conn, RETURN_TO_SETTING) == "=anja@gemeente.example"
    en = export_review_packs(
        project, tmp_path / "en", reviewers=["Bram Jansen"], lang="en", deadline=date(2027, 1, 5)
    )
    lines = [c.value for c in load_workbook(en[0].path)["How to"]["B"] if c.value]
    assert "Please hand in this file by January 5, 2027." in lines
