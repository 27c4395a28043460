from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import insert

from audit_app.core import schema as s
from audit_app.core.progress import Cancelled, Progress
from audit_app.core.project import Project
from exporters.options import ExportOptions
from exporters.workbook import export_workbook
from tests.exporters.helpers import BASE, Sample, build_sample

pytestmark = pytest.mark.both_backends

NEW = "https://intranet.nieuw.example/"


@pytest.fixture
def sample(project: Project) -> Sample:
    return build_sample(project)


def _export(project: Project, tmp_path: Path, **opts: object) -> Path:
    out = tmp_path / "plan.xlsx"
    export_workbook(project, out, options=ExportOptions(base_url=NEW, **opts))  # type: ignore[arg-type]
    return out


def _rows(ws: Worksheet) -> list[dict[str, object]]:
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def _by_id(ws: Worksheet) -> dict[int, dict[str, object]]:
    return {int(r["ID"]): r for r in _rows(ws)}  # type: ignore[arg-type]


def test_plan_sheet_has_one_typed_row_per_page_and_document(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    wb = load_workbook(_export(project, tmp_path))
    assert wb.sheetnames == [
        "Migratieplan",
        "Navigatie",
        "Planning",
        "Sinds vorige crawl",
        "Samenvatting",
        "Redirects",
        "Kapotte links",
        "Bestanden",
        "Lijsten",
        "_plan",
    ]
    assert wb["_plan"].sheet_state == "veryHidden"  # what import-plan needs to read it back
    ws = wb["Migratieplan"]
    rows = _by_id(ws)
    p = sample.pages
    assert set(rows) == {p["verlof"], p["verlof_oud"], p["formulieren"], p["kerst"],
                         p["reglement"], p["home"]}  # fmt: skip
    verlof = rows[p["verlof"]]
    assert verlof["Laatst gewijzigd"] == datetime(2025, 3, 1)
    assert verlof["Bron datum"] == "metatag"
    assert verlof["Leesbaarheid"] == 62.5
    assert verlof["Paginaweergaven"] == 1200
    assert verlof["Besluit"] == "behouden"
    assert verlof["Nieuwe plek in navigatie"] == "Werk > Verlof en ziekte"
    assert verlof["Reviewer"] == "Anja de Vries"
    assert verlof["Status"] == "beoordeeld"
    assert verlof["Reden suggestie"] == "Veel bekeken; Recent bijgewerkt"
    assert rows[p["verlof_oud"]]["Reden suggestie"] == (
        "verwijderen: bijna-kopie van /personeel/verlof.html"
    )
    assert rows[p["kerst"]]["Reden suggestie"] == (
        "verwijderen: nieuwsbericht of agenda-item uit 2009; "
        "verwijderen: geen links naar deze pagina en ouder dan 2,5 jaar"
    )
    assert rows[p["reglement"]]["Reden suggestie"] == (
        "herschrijven: niet gewijzigd sinds 2015; herschrijven: 1 ambtelijk woord (o.a. indien); "
        "herschrijven: 3 kapotte links"
    )
    assert rows[p["verlof_oud"]]["Dubbel van"] == f"{BASE}/personeel/verlof.html"
    assert rows[p["reglement"]]["Soort"] == "document"
    assert rows[p["kerst"]]["Titel"] == "Kerstborrel: één drankje, €2,50 per persoon"
    assert rows[p["kerst"]]["Besluit"] is None
    # real cell types, not text
    for row in ws.iter_rows(min_row=2):
        by_head = {ws.cell(1, c.column).value: c for c in row}
        if by_head["Laatst gewijzigd"].value is not None:
            assert by_head["Laatst gewijzigd"].is_date
        if by_head["Leesbaarheid"].value is not None:
            assert by_head["Leesbaarheid"].data_type == "n"
            assert by_head["Leesbaarheid"].number_format == "0.0"
        assert by_head["Oude URL"].hyperlink.target == by_head["Oude URL"].value


def test_plan_sheet_is_ready_for_editing_in_excel(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    wb = load_workbook(_export(project, tmp_path))
    ws = wb["Migratieplan"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:X7"
    assert ws.column_dimensions["B"].width >= 40
    formulas = {dv.formula1: str(dv.sqref) for dv in ws.data_validations.dataValidation}
    decisions = '"behouden,herschrijven,samenvoegen,archiveren,verwijderen"'
    assert formulas[decisions] == "R2:R7"
    assert formulas["Navigatiehuizen"] == "T2:T7"
    assert formulas['"te doen,beoordeeld,bespreken"'] == "W2:W7"
    name = wb.defined_names["Navigatiehuizen"]
    assert name.attr_text.replace("'", "") == "Lijsten!$A$2:$A$6"
    lists = wb["Lijsten"]
    assert lists.sheet_state == "hidden"
    assert [c.value for c in lists["A"][1:6]] == [
        "Organisatie",
        "Regelen",
        "Regelen > Formulieren & aanvragen",
        "Werk",
        "Werk > Verlof en ziekte",
    ]
    rules = [r for cf in ws.conditional_formatting for r in cf.rules]
    fills = {r.formula[0]: r.dxf.fill.bgColor.rgb[-6:] for r in rules}
    assert fills == {
        '$R2="behouden"': "E2F0D9",
        '$R2="herschrijven"': "FFF2CC",
        '$R2="samenvoegen"': "DDEBF7",
        '$R2="archiveren"': "E4DFEC",
        '$R2="verwijderen"': "F8CBAD",
    }


def test_no_cell_becomes_a_formula(project: Project, sample: Sample, tmp_path: Path) -> None:
    wb = load_workbook(_export(project, tmp_path, per_reviewer=True))
    texts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    assert "'=Formulieren" in texts
    assert "'-Verlof aanvragen (oud)" in texts
    assert "'@Home: thuiswerken" in texts
    assert "'-dubbel, mag weg" in texts
    assert not [t for t in texts if t.startswith(("=", "+", "-", "@"))]


def test_navigation_sheet_counts_pages_per_node_and_parents_show_totals(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    ws = load_workbook(_export(project, tmp_path))["Navigatie"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:10] == (
        "Navigatie-item",
        "Niveau",
        "behouden",
        "herschrijven",
        "samenvoegen",
        "archiveren",
        "verwijderen",
        "Onbeslist",
        "Totaal",
        "Direct op dit item",
    )
    assert [r[0] for r in rows[1:]] == [
        "Werk",
        "Verlof en ziekte",
        "Regelen",
        "Formulieren & aanvragen",
        "Organisatie",
        "(geen plek in de navigatie)",
    ]
    # a parent counts the pages below it, as the app's tree does; "direct" only its own
    assert rows[1][1:10] == (1, 1, 0, 0, 0, 0, 0, 1, 0)
    assert rows[2][1:10] == (2, 1, 0, 0, 0, 0, 0, 1, 1)
    assert rows[4][1:10] == (2, 0, 1, 0, 0, 0, 0, 1, 1)
    assert rows[6][2:10] == (0, 0, 0, 0, 1, 3, 4, 4)
    assert ws["A3"].alignment.indent == 2
    assert ws["A2"].font.b


def test_planning_sheet_per_navigation_item(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    from sqlalchemy import update

    from audit_app.core import schema as s
    from audit_app.core.changes import FieldChange, apply_changes

    p = sample.pages
    with project.transaction() as conn:
        conn.execute(update(s.pages).where(s.pages.c.id == p["verlof"]).values(owner="P&O"))
        apply_changes(
            conn,
            [
                FieldChange("decision", p["home"], "decision", "rewrite"),
                FieldChange("decision", p["home"], "nav_node_id", sample.nodes["verlof"]),
                FieldChange("decision", p["home"], "reviewer_id", sample.reviewers["bram"]),
                # merged into a page under Formulieren: work for that item
                FieldChange("decision", p["kerst"], "decision", "merge"),
                FieldChange("decision", p["kerst"], "merge_into", p["formulieren"]),
            ],
            who="test",
        )
    ws = load_workbook(_export(project, tmp_path))["Planning"]
    rows = {r[0]: r[1:] for r in ws.iter_rows(values_only=True)}
    assert rows["Volledig pad"] == (
        "Te verplaatsen",
        "Te herschrijven",
        "Samen te voegen",
        "Totaal",
        "Nog te beoordelen",
        "Reviewers (aantal pagina's)",
        "Eigenaren op de oude site",
    )
    assert rows["Werk > Verlof en ziekte"] == (
        1, 1, 0, 2, 1, "Anja de Vries (1), Bram Jansen (1)", "P&O (1)"
    )  # fmt: skip
    assert rows["Regelen > Formulieren & aanvragen"][:5] == (0, 1, 1, 2, 1)
    assert rows["Totaal"][:5] == (1, 2, 1, 4, 2)


def test_summary_counts_and_charts(project: Project, sample: Sample, tmp_path: Path) -> None:
    ws = load_workbook(_export(project, tmp_path))["Samenvatting"]
    rows = [r for r in ws.iter_rows(values_only=True) if r[0] is not None]
    by_first = {r[0]: r for r in rows}
    assert by_first["Personeelszaken"][1:8] == (1, 0, 0, 0, 1, 1, 3)
    assert by_first["ouder dan 5 jaar"][1:8] == (0, 0, 0, 0, 1, 2, 3)
    assert by_first["moeilijk"][7] == 1
    # one count per decision, not a decision x decision diagonal
    assert rows[1][:3] == ("Besluit", "Aantal", "Aandeel")
    assert [r[:2] for r in rows[2:9]] == [
        ("behouden", 1),
        ("herschrijven", 1),
        ("samenvoegen", 0),
        ("archiveren", 0),
        ("verwijderen", 1),
        ("Onbeslist", 3),
        ("Totaal", 6),
    ]
    assert rows[7][2] == 0.5
    charts = sorted(ws._charts, key=lambda c: type(c).__name__)
    assert [type(c).__name__ for c in charts] == ["BarChart", "BarChart", "BarChart", "PieChart"]
    # the app's decision colours: keep green, rewrite orange, merge blue, archive purple,
    # delete red, undecided grey
    colours = ["2E7D32", "EF8F00", "1565C0", "6A1B9A", "C62828", "B0BEC5"]
    assert [p.spPr.solidFill.srgbClr for p in charts[3].series[0].dPt] == colours
    assert [se.spPr.solidFill.srgbClr for se in charts[0].series] == colours


def test_redirect_and_broken_link_sheets(project: Project, sample: Sample, tmp_path: Path) -> None:
    wb = load_workbook(_export(project, tmp_path))
    red = {r["Oude URL"]: r for r in _rows(wb["Redirects"])}
    assert red[f"{BASE}/personeel/verlof.html"]["Nieuwe URL"] == f"{NEW}werk/verlof-en-ziekte"
    assert red[f"{BASE}/Personeel/Verlof.html"]["Via"] == "Alias"
    oud = red[f"{BASE}/personeel/verlof-oud.html"]  # a deleted copy goes to its original
    assert (oud["Nieuwe URL"], oud["HTTP-status"]) == (f"{NEW}werk/verlof-en-ziekte", 301)
    assert oud["Toelichting"] == "naar het origineel"
    assert red[f"{BASE}/formulieren/"]["Nieuwe URL"] == (f"{NEW}regelen/formulieren-en-aanvragen")
    assert f"{BASE}/nieuws/2009/kerstborrel.html" not in red  # no decision yet
    # Nieuwe URL only ever holds an address; a page without a target says why elsewhere
    assert all(
        r["Nieuwe URL"] is None or str(r["Nieuwe URL"]).startswith(("http", "/"))
        for r in red.values()
    )
    broken = _rows(wb["Kapotte links"])
    assert len(broken) == 1
    assert broken[0]["Kapotte link"] == f"{BASE}/oud/weg.html"
    assert "404" in str(broken[0]["Status of fout"])
    assert broken[0]["Aantal pagina's"] == 2
    assert str(broken[0]["Staat op pagina's"]).split("\n") == [
        f"{BASE}/formulieren/index.html",
        f"{BASE}/personeel/verlof.html",
    ]
    cell = wb["Kapotte links"]["D2"]
    assert cell.alignment.wrap_text  # every page on its own line, not one cut-off line
    assert wb["Kapotte links"].row_dimensions[2].height >= 30


def ws_cell_wraps(ws: Worksheet) -> bool:
    return all(c.alignment.wrap_text for c in ws["F"][1:] if c.value)


def _add_images(project: Project, sample: Sample) -> None:
    p = sample.pages
    uses = [
        (p["verlof"], "/img/logo.gif", "Gemeente"),
        (p["formulieren"], "/img/logo.gif", None),
        (p["home"], "/img/logo.gif", None),
        (p["home"], "/img/spacer.gif", ""),
    ]
    uses += [(p["verlof"], f"/img/foto-{i}.jpg", None) for i in range(3)]
    with project.transaction() as conn:
        conn.execute(
            insert(s.links),
            [
                {"from_page_id": f, "to_url": BASE + u, "anchor_text": a, "internal": True,
                 "tag": "img"}
                for f, u, a in uses
            ],
        )  # fmt: skip
        conn.execute(
            insert(s.pages).values(
                url=f"{BASE}/img/plattegrond.png", kind="other", state="done", status=200,
                content_type="image/png", size_bytes=123_456,
            )
        )  # fmt: skip


def test_files_sheet_lists_images_with_missing_alt_text(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    _add_images(project, sample)
    wb = load_workbook(_export(project, tmp_path))
    rows = {r["Bestand"]: r for r in _rows(wb["Bestanden"])}
    assert list(rows) == sorted(rows)  # by address
    names = ("logo.gif", "spacer.gif", "foto-0.jpg", "foto-1.jpg", "foto-2.jpg", "plattegrond.png")
    assert set(rows) == {f"{BASE}/img/{n}" for n in names}
    logo = rows[f"{BASE}/img/logo.gif"]
    assert (logo["Type"], logo["Grootte (kB)"], logo["Aantal pagina's"]) == ("GIF", None, 3)
    assert logo["Keer zonder alt-tekst"] == 2
    assert str(logo["Zonder alt-tekst op pagina's"]).split("\n") == [
        f"{BASE}/formulieren/index.html",
        f"{BASE}/thuis.html",
    ]
    assert ws_cell_wraps(wb["Bestanden"])
    spacer = rows[f"{BASE}/img/spacer.gif"]
    assert spacer["Keer zonder alt-tekst"] is None  # alt="" is a decorative image, on purpose
    plan = rows[f"{BASE}/img/plattegrond.png"]
    assert (plan["Type"], plan["Grootte (kB)"], plan["Aantal pagina's"]) == ("PNG", 120.6, 0)
    ws = wb["Bestanden"]
    assert ws["A2"].hyperlink is not None and ws.auto_filter.ref
    assert any(c.number_format == "#,##0.0" for c in ws["C"][1:] if c.value is not None)
    en = load_workbook(_export(project, tmp_path, lang="en"))
    assert [c.value for c in en["Files"][1]] == [
        "File", "Type", "Size (KB)", "Number of pages", "Times without alt text",
        "Without alt text on pages",
    ]  # fmt: skip


def test_per_reviewer_sheets_and_english_labels(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    wb = load_workbook(_export(project, tmp_path, per_reviewer=True, lang="en"))
    assert wb.sheetnames[:7] == [
        "Migration plan",
        "Navigation",
        "Planning",
        "Since last crawl",
        "Summary",
        "Redirects",
        "Broken links",
    ]
    assert "Anja de Vries" in wb.sheetnames and "Chris Öztürk" in wb.sheetnames
    anja = _by_id(wb["Anja de Vries"])
    assert set(anja) == {sample.pages["verlof"], sample.pages["verlof_oud"],
                         sample.pages["reglement"]}  # fmt: skip
    assert anja[sample.pages["verlof"]]["Decision"] == "keep"
    # reasons are codes worded in the export's language; older sentences stay as they are
    assert anja[sample.pages["verlof"]]["Reason"] == "Veel bekeken; Recent bijgewerkt"
    assert anja[sample.pages["reglement"]]["Reason"] == (
        "rewrite: not changed since 2015; rewrite: 1 officialese word (e.g. indien); "
        "rewrite: 3 broken links"
    )
    plan = _by_id(wb["Migration plan"])
    assert plan[sample.pages["kerst"]]["Reason"] == (
        "delete: news item or calendar item from 2009; "
        "delete: no links to this page and older than 2.5 years"
    )
    assert plan[sample.pages["home"]]["Reason"] == "rewrite: little text (1 word)"
    assert _rows(wb["Chris Öztürk"]) == []


def test_cancelled_export_leaves_the_old_file(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "plan.xlsx"
    out.write_bytes(b"earlier export")
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        export_workbook(project, out, progress=progress)
    assert out.read_bytes() == b"earlier export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []


def test_progress_reaches_the_total(project: Project, sample: Sample, tmp_path: Path) -> None:
    seen = []
    progress = Progress(lambda st: seen.append((st.done, st.total)), min_interval=0)
    assert export_workbook(project, tmp_path / "p.xlsx", progress=progress) == 6
    assert seen[-1] == (6, 6)


def test_text_with_markup_and_spaces_survives_and_links_are_capped(
    project: Project, sample: Sample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import update

    from audit_app.core import schema as s
    from exporters import xlsx_util

    title = '  <b>Tom & "Jerry"</b>\r\nregel 2  '
    with project.transaction() as conn:
        conn.execute(
            update(s.pages).where(s.pages.c.id == sample.pages["kerst"]).values(title=title)
        )
    monkeypatch.setattr(xlsx_util, "MAX_HYPERLINKS", 3)
    ws = load_workbook(_export(project, tmp_path))["Migratieplan"]
    # a CR becomes the line break Excel itself types (XlsxWriter would store it as "_x000D_")
    assert _by_id(ws)[sample.pages["kerst"]]["Titel"] == title.replace("\r\n", "\n")
    linked = [c.coordinate for c in ws["B"] if c.hyperlink is not None]
    assert linked == ["B2", "B3", "B4"]
    assert ws["B7"].value.startswith("http://") and ws["B7"].hyperlink is None


def test_an_empty_project_exports_without_fuss(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "leeg.xlsx"
    assert export_workbook(project, out, options=ExportOptions(per_reviewer=True)) == 0
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Migratieplan"
    assert _rows(wb["Migratieplan"]) == []
    assert "Navigatiehuizen" not in wb.defined_names
    assert not wb["Migratieplan"].data_validations.dataValidation


def test_wide_sheets_print_over_readable_page_widths(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    """Squeezing 24 columns onto one page width printed every row at an unreadable size."""
    wb = load_workbook(_export(project, tmp_path))
    plan, summary = wb["Migratieplan"], wb["Samenvatting"]
    assert plan.page_setup.orientation == "landscape" and plan.page_setup.paperSize == 9
    assert plan.sheet_properties.pageSetUpPr.fitToPage
    assert int(plan.page_setup.fitToWidth) >= 3 and int(plan.page_setup.fitToHeight) == 0
    assert int(summary.page_setup.fitToWidth or 1) == 1
    assert plan.print_title_rows == "$1:$1"  # the header on every page
