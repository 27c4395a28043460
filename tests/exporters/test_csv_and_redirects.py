from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from audit_app.core.changes import FieldChange, apply_changes
from audit_app.core.project import Project
from exporters.csv_export import export_csv
from exporters.options import ExportOptions
from exporters.redirects import export_redirects, new_url, request_key, slugify
from tests.exporters.helpers import Sample, build_sample

pytestmark = pytest.mark.both_backends

NEW = "https://intranet.nieuw.example/"


@pytest.fixture
def sample(project: Project) -> Sample:
    smp = build_sample(project)
    # the Christmas drinks of 2009: deleted, no copy of anything, no home -> 410
    with project.transaction() as conn:
        apply_changes(
            conn, [FieldChange("decision", smp.pages["kerst"], "decision", "delete")], who="t"
        )
    return smp


def _csv_rows(path: Path, delimiter: str) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(raw[3:].decode("utf-8")), delimiter=delimiter))


@pytest.mark.parametrize(("semicolon", "delimiter"), [(False, ","), (True, ";")])
def test_csv_has_bom_dutch_text_and_no_formulas(
    project: Project, sample: Sample, tmp_path: Path, semicolon: bool, delimiter: str
) -> None:
    out = tmp_path / "plan.csv"
    assert export_csv(project, out, options=ExportOptions(semicolon=semicolon)) == 6
    rows = {int(r["ID"]): r for r in _csv_rows(out, delimiter)}
    p = sample.pages
    assert rows[p["kerst"]]["Titel"] == "Kerstborrel: één drankje, €2,50 per persoon"
    assert rows[p["formulieren"]]["Titel"] == "'=Formulieren"
    assert rows[p["verlof_oud"]]["Titel"] == "'-Verlof aanvragen (oud)"
    assert rows[p["verlof_oud"]]["Notities"] == "'-dubbel, mag weg"
    assert rows[p["home"]]["Titel"] == "'@Home: thuiswerken"
    assert rows[p["verlof"]]["Laatst gewijzigd"] == "2025-03-01"
    assert rows[p["verlof"]]["Leesbaarheid"] == ("62,5" if semicolon else "62.5")
    assert rows[p["verlof"]]["Nieuwe plek in navigatie"] == "Werk > Verlof en ziekte"
    for row in rows.values():
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_csv_in_english(project: Project, sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "plan.csv"
    export_csv(project, out, options=ExportOptions(lang="en"))
    rows = _csv_rows(out, ",")
    assert "Old URL" in rows[0] and "New navigation home" in rows[0]
    assert {r["Decision"] for r in rows} == {"keep", "rewrite", "delete", ""}


def test_slugs_and_new_urls() -> None:
    assert slugify("Formulieren & aanvragen") == "formulieren-en-aanvragen"
    assert slugify("Één café – €") == "een-cafe-euro"
    assert slugify("???") == "pagina"
    assert new_url(NEW, "Werk > Verlof en ziekte") == NEW + "werk/verlof-en-ziekte"
    assert new_url("/", "Werk") == "/werk"
    assert request_key("http://x/a b.html?id=3") == "/a%20b.html?id=3"
    assert request_key("http://x") == "/"


def _export(project: Project, tmp_path: Path, fmt: str) -> str:
    out = tmp_path / f"redirects.{fmt}"
    export_redirects(project, out, fmt=fmt, options=ExportOptions(base_url=NEW))
    return out.read_text(encoding="utf-8")


def test_nginx_map(project: Project, sample: Sample, tmp_path: Path) -> None:
    text = _export(project, tmp_path, "nginx")
    moved, gone = text.split("map $request_uri $content_audit_gone")
    assert (
        '"/personeel/verlof.html" "https://intranet.nieuw.example/werk/verlof-en-ziekte";' in moved
    )
    assert "/Personeel/Verlof.html" not in moved  # nginx map keys ignore case: a duplicate
    assert '"/formulieren/" "https://intranet.nieuw.example/regelen/formulieren-en-aanvragen";' in (
        moved
    )
    # a deleted copy goes where its original goes, with its aliases; a plain deletion is 410
    original = '"https://intranet.nieuw.example/werk/verlof-en-ziekte";'
    assert f'"/personeel/verlof-oud.html" {original}' in moved
    assert f'"/personeel/verlof-oud.html?print=1" {original}' in moved
    assert '"/nieuws/2009/kerstborrel.html" 1;' in gone
    assert text.count("{") == text.count("}")


def test_apache_rewrite_map(project: Project, sample: Sample, tmp_path: Path) -> None:
    text = _export(project, tmp_path, "apache")
    entries = dict(
        line.split(" ", 1) for line in text.splitlines() if line and not line.startswith("#")
    )
    assert entries == {
        "/formulieren/index.html": NEW + "regelen/formulieren-en-aanvragen",
        "/formulieren/": NEW + "regelen/formulieren-en-aanvragen",
        "/personeel/verlof.html": NEW + "werk/verlof-en-ziekte",
        "/Personeel/Verlof.html": NEW + "werk/verlof-en-ziekte",
        "/personeel/verlof-oud.html": NEW + "werk/verlof-en-ziekte",
        "/personeel/verlof-oud.html?print=1": NEW + "werk/verlof-en-ziekte",
        "/nieuws/2009/kerstborrel.html": "GONE",
    }
    assert "RewriteMap contentaudit" in text


def test_iis_web_config_is_valid_xml_without_case_duplicates(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    root = ET.fromstring(_export(project, tmp_path, "iis"))
    maps = {m.get("name"): m for m in root.iter("rewriteMap")}
    moved = {a.get("key"): a.get("value") for a in maps["ContentAuditRedirects"].iter("add")}
    gone = {a.get("key"): a.get("value") for a in maps["ContentAuditGone"].iter("add")}
    assert moved == {
        "/formulieren/index.html": NEW + "regelen/formulieren-en-aanvragen",
        "/formulieren/": NEW + "regelen/formulieren-en-aanvragen",
        "/personeel/verlof.html": NEW + "werk/verlof-en-ziekte",
        "/personeel/verlof-oud.html": NEW + "werk/verlof-en-ziekte",
        "/personeel/verlof-oud.html?print=1": NEW + "werk/verlof-en-ziekte",
    }  # IIS map keys ignore case: the /Personeel/Verlof.html alias would be a duplicate
    assert gone == {"/nieuws/2009/kerstborrel.html": "410"}
    actions = [a.get("type") for a in root.iter("action")]
    assert actions == ["CustomResponse", "Redirect"]
