"""Per-page redirect targets: merges followed, copies to their original, no chains or loops,
and a report of old addresses that have no target yet."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from openpyxl import load_workbook

from audit_app.core.changes import FieldChange, apply_changes
from audit_app.core.project import Project
from exporters.options import ExportOptions
from exporters.redirect_targets import GONE, LOOP, MOVED, NO_MERGE_TARGET, TargetResolver
from exporters.redirects import export_redirects, iter_missing
from exporters.workbook import export_workbook
from tests.exporters.helpers import BASE, Sample, build_sample, nginx_check, run_cli

NEW = "https://intranet.nieuw.example/"


@pytest.fixture
def sample(project: Project) -> Sample:
    return build_sample(project)


def _set(project: Project, *changes: tuple[int, str, object], entity: str = "decision") -> None:
    with project.transaction() as conn:
        apply_changes(conn, [FieldChange(entity, i, f, v) for i, f, v in changes], who="t")


def _targets(project: Project, base: str = NEW) -> TargetResolver:
    from audit_app.core.navigation import node_paths

    with project.read() as conn:
        return TargetResolver(conn, base, node_paths(conn))


def test_each_decision_gets_its_own_kind_of_target(project: Project, sample: Sample) -> None:
    p, n = sample.pages, sample.nodes
    _set(
        project,
        (p["home"], "decision", "merge"),
        (p["home"], "merge_into", p["formulieren"]),  # merged: where the target goes
        (p["kerst"], "decision", "archive"),  # archived, no home: 410
        (p["reglement"], "decision", "delete"),
        (p["reglement"], "nav_node_id", n["regelen"]),  # deleted under an item: its page
        (p["formulieren"], "new_url", NEW + "regelen/aanvragen"),  # own URL beats the node
    )
    _set(project, (n["werk"], "new_url", NEW + "over-werk"), entity="nav_node")
    t = _targets(project)
    assert (t.target(p["formulieren"]).url, t.target(p["formulieren"]).via) == (
        NEW + "regelen/aanvragen",
        "page",
    )
    home = t.target(p["home"])
    assert (home.url, home.status, home.via) == (NEW + "regelen/aanvragen", MOVED, "merge")
    assert t.target(p["kerst"]).status == GONE
    reglement = t.target(p["reglement"])
    assert (reglement.url, reglement.via) == (NEW + "regelen", "section")
    # a deleted near copy follows its original, which follows its item
    oud = t.target(p["verlof_oud"])
    assert (oud.url, oud.via) == (NEW + "werk/verlof-en-ziekte", "original")


def test_merge_chains_resolve_and_loops_are_reported(project: Project, sample: Sample) -> None:
    p = sample.pages
    _set(
        project,
        (p["home"], "decision", "merge"),
        (p["home"], "merge_into", p["kerst"]),
        (p["kerst"], "decision", "merge"),
        (p["kerst"], "merge_into", p["verlof"]),  # home -> kerst -> verlof
    )
    t = _targets(project)
    assert t.target(p["home"]).url == NEW + "werk/verlof-en-ziekte"
    _set(project, (p["verlof"], "decision", "merge"), (p["verlof"], "merge_into", p["home"]))
    t = _targets(project)
    assert t.target(p["home"]).reason == LOOP
    assert t.target(p["verlof"]).status is None
    _set(project, (p["formulieren"], "decision", "merge"))
    assert _targets(project).target(p["formulieren"]).reason == NO_MERGE_TARGET


def test_a_target_that_is_itself_redirected_is_resolved(project: Project, sample: Sample) -> None:
    """Same server for old and new pages (relative base): a new URL that is an old address
    with its own redirect would be a chain; the map points straight at the end."""
    p = sample.pages
    _set(project, (p["formulieren"], "new_url", "/personeel/verlof.html"))
    t = _targets(project, "/")
    assert t.target(p["formulieren"]).url == "/werk/verlof-en-ziekte"
    # a page kept at its own old address needs no redirect at all
    _set(project, (p["verlof"], "new_url", f"{BASE}/personeel/verlof.html"))
    t = _targets(project, NEW)
    assert t.is_self(p["verlof"], t.target(p["verlof"]))


def test_redirect_csv_and_the_report_of_old_urls_without_target(
    project: Project, sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = sample.pages
    _set(project, (p["home"], "decision", "keep"))  # kept, but no home and no new URL
    out = tmp_path / "redirects.csv"
    args = ["export", str(project.path), "-o", str(out), "--format", "redirects-csv"]
    assert run_cli(*args, "--base-url", NEW) == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Oude URL;Nieuwe URL;HTTP-status;Via;ID;Toelichting"
    rows = {line.split(";")[0]: line.split(";") for line in lines[1:]}
    assert rows[f"{BASE}/personeel/verlof-oud.html"][1:3] == [NEW + "werk/verlof-en-ziekte", "301"]
    home = rows[f"{BASE}/thuis.html"]
    assert home[1:3] == ["", ""]
    assert home[5].startswith("Geen doel: nog geen nieuwe URL")
    printed = capsys.readouterr().out
    assert "oude adressen hebben nog geen doel" in printed
    report = tmp_path / "redirects-zonder-doel.csv"
    missing = report.read_text(encoding="utf-8-sig").splitlines()[1:]
    missing_urls = {line.split(";")[0] for line in missing}
    assert f"{BASE}/thuis.html" in missing_urls  # kept without a home
    assert f"{BASE}/nieuws/2009/kerstborrel.html" in missing_urls  # no decision yet
    assert f"{BASE}/personeel/verlof.html" not in missing_urls
    with project.read() as conn:
        assert len(list(iter_missing(conn, "/"))) == len(missing)


def _merged_project(project: Project, sample: Sample) -> None:
    p = sample.pages
    _set(
        project,
        (p["home"], "decision", "merge"),
        (p["home"], "merge_into", p["verlof"]),
        (p["kerst"], "decision", "archive"),
        (p["formulieren"], "new_url", NEW + "regelen/formulier's"),
    )


def test_every_map_format_is_well_formed(project: Project, sample: Sample, tmp_path: Path) -> None:
    _merged_project(project, sample)
    opts = ExportOptions(base_url=NEW)
    for fmt in ("nginx", "apache", "iis"):
        export_redirects(project, tmp_path / f"map.{fmt}", fmt=fmt, options=opts)
    root = ET.fromstring((tmp_path / "map.iis").read_text(encoding="utf-8"))
    maps = {m.get("name"): m for m in root.iter("rewriteMap")}
    moved = {a.get("key"): a.get("value") for a in maps["ContentAuditRedirects"].iter("add")}
    assert moved["/thuis.html"] == NEW + "werk/verlof-en-ziekte"
    assert moved["/formulieren/"] == NEW + "regelen/formulier%27s"  # encoded, not refused
    for line in (tmp_path / "map.apache").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, value = line.split(" ")  # exactly two fields: RewriteMap txt syntax
            assert key.startswith("/") and (value == "GONE" or value.startswith("https://"))
    # no target of the map is itself one of its old addresses (no chains)
    keys = set(moved)
    assert not any(v in keys for v in moved.values())


@pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed")
def test_nginx_accepts_a_map_with_merges_and_archives(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    _merged_project(project, sample)
    map_file = tmp_path / "redirects.conf"
    export_redirects(project, map_file, fmt="nginx", options=ExportOptions(base_url=NEW))
    result = nginx_check(map_file, tmp_path)
    assert result.returncode == 0, result.stderr


def test_workbook_new_url_column_holds_only_addresses(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    p = sample.pages
    _set(project, (p["home"], "decision", "keep"), (p["verlof"], "new_url", NEW + "verlof"))
    out = tmp_path / "plan.xlsx"
    export_workbook(project, out, options=ExportOptions(base_url=NEW))
    wb = load_workbook(out)
    ws = wb["Redirects"]
    rows = list(ws.iter_rows(values_only=True))
    heads = rows[0]
    new_i, note_i = heads.index("Nieuwe URL"), heads.index("Toelichting")
    for row in rows[1:]:
        assert row[new_i] is None or str(row[new_i]).startswith("https://"), row
    home = next(r for r in rows if r[0] == f"{BASE}/thuis.html")
    assert home[new_i] is None
    assert home[note_i] == "Geen doel: nog geen nieuwe URL en geen plek in de navigatie"
    plan = wb["Migratieplan"]
    heads = [c.value for c in plan[1]]
    verlof = next(r for r in plan.iter_rows(min_row=2, values_only=True) if r[0] == p["verlof"])
    assert verlof[heads.index("Nieuwe URL")] == NEW + "verlof"


def test_a_navigation_item_can_send_its_deleted_pages_to_410(
    project: Project, sample: Sample
) -> None:
    p, n = sample.pages, sample.nodes
    _set(
        project,
        (p["reglement"], "decision", "delete"),
        (p["reglement"], "nav_node_id", n["formulieren"]),  # below "Regelen"
        (p["kerst"], "decision", "delete"),
        (p["kerst"], "nav_node_id", n["regelen"]),
    )
    before = _targets(project)
    assert before.target(p["reglement"]).via == "section"
    assert before.target(p["kerst"]).via == "section"
    # "Regelen" says: deleted pages here are gone; the item below follows it ...
    _set(project, (n["regelen"], "deleted_to", "gone"), entity="nav_node")
    gone = _targets(project)
    assert gone.target(p["reglement"]).status == GONE
    assert gone.target(p["kerst"]).status == GONE
    # ... unless it makes its own choice
    _set(project, (n["formulieren"], "deleted_to", "section"), entity="nav_node")
    mixed = _targets(project)
    assert mixed.target(p["reglement"]).via == "section"
    assert mixed.target(p["kerst"]).status == GONE
    with pytest.raises(Exception, match="Verwijderde pagina's"):
        _set(project, (n["regelen"], "deleted_to", "weg"), entity="nav_node")
