"""The score, summary and import-views commands, run as a user would."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from audit_app.commands import score as score_cmd
from audit_app.core.db import ProjectError
from audit_app.core.project import Project
from tests.scoring.helpers import add_link, add_page, score_row
from tests.scoring.texts import DUTCH_UNIT, ENGLISH_UNIT, long_dutch, repeat

BASE = "http://intranet.test"


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="content-audit")
    score_cmd.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.func(args))


@pytest.fixture
def audit_file(tmp_path: Path) -> Path:
    path = tmp_path / "intranet.audit"
    with Project.create(path) as p:
        home = add_page(p, f"{BASE}/", repeat(DUTCH_UNIT, 3), found_via="start", depth=0)
        a = add_page(
            p,
            f"{BASE}/pz/verlof.html",
            long_dutch(1),
            last_modified="2009-03-12",
            section="Personeelszaken > Verlof",
        )
        add_page(p, f"{BASE}/pz/kopie.html", long_dutch(1), section="Personeelszaken")
        add_page(p, f"{BASE}/en/leave.html", repeat(ENGLISH_UNIT, 6), last_modified="2026-01-05")
        add_page(p, f"{BASE}/docs/oud.pdf", None, kind="document", last_modified="2012-01-01")
        gone = add_page(p, f"{BASE}/weg.html", None, status=404)
        add_link(p, home, a)
        add_link(p, home, gone)
    return path


def test_score_then_summary(audit_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("score", str(audit_file), "--quiet") == 0
    out = capsys.readouterr().out
    assert "5 pagina's gescoord" in out and "1 groep kopieën" in out

    assert run("summary", str(audit_file)) == 0
    text = capsys.readouterr().out
    assert "Leeftijd" in text and "meer dan 5 jaar" in text and "Documenten" in text
    assert "Personeelszaken" in text and "B1-indicatie" in text
    assert "Kapotte links: 1 op 1 pagina's" in text

    assert run("summary", str(audit_file), "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["totals"]["scored"] == 5 and data["totals"]["documents"] == 1
    assert data["totals"]["duplicate_clusters"] == 1
    ages = {r["key"]: r["total"] for r in data["tables"]["age_band"]["rows"]}
    assert ages == {"lt1": 1, "gt5": 2, "unknown": 2}
    sections = {r["label"]: r["total"] for r in data["tables"]["section"]["rows"]}
    assert sections["Personeelszaken"] == 2
    langs = {r["key"]: r["total"] for r in data["tables"]["language"]["rows"]}
    assert langs["nl"] == 3 and langs["en"] == 1
    suggestions = sum(r["total"] for r in data["tables"]["suggestion"]["rows"])
    assert suggestions == 5


def test_only_rules_after_a_threshold_change(
    audit_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run("score", str(audit_file))
    assert "Teksten analyseren" in capsys.readouterr().err  # progress, also without a terminal
    argv = ["--set", "rewrite_years=50", "--set", "delete_orphan_years=50"]
    assert run("score", str(audit_file), "--only-rules", "--quiet", *argv) == 0
    assert "(0 teksten geanalyseerd)" in capsys.readouterr().out
    with Project.open(audit_file) as p:
        assert score_row(p, 2)["suggestion"] != "rewrite"
        assert p.setting("scoring")["rewrite_years"] == 50


def test_unknown_threshold_is_refused(audit_file: Path) -> None:
    with pytest.raises(ProjectError, match="Onbekende drempel"):
        run("score", str(audit_file), "--set", "b2_min=3")
    with pytest.raises(ProjectError, match="moet een getal zijn"):
        run("score", str(audit_file), "--set", "b1_min=hoog")


def test_summary_before_scoring_says_what_to_do(
    audit_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("summary", str(audit_file)) == 1
    assert "nog niet gescoord" in capsys.readouterr().err


def test_import_views_reports_and_rescores(
    audit_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run("score", str(audit_file), "--quiet")
    csv = tmp_path / "views.csv"
    csv.write_text("Pagina;Weergaven\n/pz/verlof.html;1.500\n/bestaat-niet.html;4\n")
    assert run("import-views", str(audit_file), str(csv)) == 0
    out = capsys.readouterr().out
    assert "1 gekoppeld aan 1 pagina's, 1 niet gevonden" in out
    assert "/bestaat-niet.html" in out
    with Project.open(audit_file) as p:
        assert "no-views" in score_row(p, 1)["signals"]
        assert "no-views" not in score_row(p, 2)["signals"]


def test_bad_csv_is_a_project_error_with_dutch_text(audit_file: Path, tmp_path: Path) -> None:
    csv = tmp_path / "stuk.csv"
    csv.write_text("iets;anders\n1;2\n")
    with pytest.raises(ProjectError, match="Er is niets ingelezen"):
        run("import-views", str(audit_file), str(csv))
