from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from audit_app.core.project import Project
from tests.exporters.helpers import Sample, build_sample, run_cli


@pytest.fixture
def sample(project: Project) -> Sample:
    return build_sample(project)


@pytest.mark.parametrize(
    ("name", "fmt", "needle"),
    [
        ("plan.xlsx", None, b"PK"),
        ("plan.csv", None, "\ufeffID;Oude URL".encode()),
        ("redirects.conf", None, b"map $request_uri"),
        ("redirects.txt", "apache", b"RewriteMap"),
        ("web.config", None, b"<rewriteMaps>"),
    ],
)
def test_export_command_writes_each_format(
    project: Project,
    sample: Sample,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    fmt: str | None,
    needle: bytes,
) -> None:
    out = tmp_path / "uit" / name
    args = ["export", str(project.path), "-o", str(out), "--base-url", "https://nieuw.example/"]
    args += ["--semicolon"] + (["--format", fmt] if fmt else [])
    assert run_cli(*args) == 0
    assert needle in out.read_bytes()[:2000]
    printed = capsys.readouterr().out
    assert f"geëxporteerd naar {out}" in printed
    if name.endswith((".xlsx", ".csv")):
        assert "Let op" not in printed
    else:  # undecided pages have no target yet: named in a report beside the map
        assert "3 oude adressen hebben nog geen doel" in printed
        assert (out.parent / (out.stem + "-zonder-doel.csv")).is_file()


def test_export_command_options(project: Project, sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    assert (
        run_cli("export", str(project.path), "-o", str(out), "--per-reviewer", "--lang", "en") == 0
    )
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Migration plan"
    assert "Bram Jansen" in wb.sheetnames
    red = list(wb["Redirects"].iter_rows(min_row=2, values_only=True))
    assert ("http://intranet.example/personeel/verlof.html", "/werk/verlof-en-ziekte") in [
        r[:2] for r in red
    ]


def test_bad_base_url_and_unwritable_target_are_explained(
    project: Project, sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.xlsx"
    assert run_cli("export", str(project.path), "-o", str(out), "--base-url", "nieuw") == 1
    assert "geen geldig basisadres" in capsys.readouterr().err
    folder = tmp_path / "map.xlsx"
    folder.mkdir()
    assert run_cli("export", str(project.path), "-o", str(folder)) == 1
    assert "kan niet worden geschreven" in capsys.readouterr().err
    assert not out.exists()


def test_review_packs_command(
    project: Project, sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli("review-packs", str(project.path), "-o", str(tmp_path / "p"),
                   "--reviewer", "Bram Jansen") == 0  # fmt: skip
    assert "Bram Jansen: 2 pagina's" in capsys.readouterr().out
    assert [p.name for p in (tmp_path / "p").iterdir()] == ["reviewpakket-bram-jansen.xlsx"]
    assert run_cli("review-packs", str(project.path), "-o", str(tmp_path / "q"),
                   "--reviewer", "Niemand") == 1  # fmt: skip
    assert "Onbekende reviewer: Niemand" in capsys.readouterr().err


def test_export_warns_about_kept_pages_without_a_home(
    project: Project, sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from audit_app.core.changes import FieldChange, apply_changes

    with project.transaction() as conn:
        apply_changes(
            conn, [FieldChange("decision", sample.pages["home"], "decision", "keep")], who="T"
        )
    assert run_cli("export", str(project.path), "-o", str(tmp_path / "r.conf")) == 0
    printed = capsys.readouterr().out
    assert "Let op: 3 oude adressen hebben nog geen doel" in printed  # thuis + 2 undecided
    report = (tmp_path / "r-zonder-doel.csv").read_text(encoding="utf-8-sig")
    assert "thuis.html;;;Pagina;6;Geen doel: nog geen nieuwe URL en geen plek" in report
    assert "thuis.html" not in (tmp_path / "r.conf").read_text(encoding="utf-8")


def test_review_packs_command_takes_return_address_and_deadline(
    project: Project, sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["review-packs", str(project.path), "-o", str(tmp_path / "packs")]
    assert run_cli(*args, "--uiterlijk", "31-02-2026") == 2
    assert "'31-02-2026' is geen datum" in capsys.readouterr().err
    assert not (tmp_path / "packs").exists()
    assert run_cli(*args, "--terug-naar", "Anja de Vries", "--uiterlijk", "18-12-2026") == 0
    pack = load_workbook(tmp_path / "packs" / "reviewpakket-bram-jansen.xlsx")
    lines = [c.value for c in pack["Uitleg"]["B"] if c.value]
    assert (
        "Stuur dit bestand uiterlijk 18 december 2026 ingevuld terug naar Anja de Vries." in lines
    )


def test_the_base_url_is_remembered_for_later_exports(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    first = tmp_path / "eerst.conf"
    args = ["export", str(project.path), "-o", str(first), "--base-url", "https://nieuw.example/"]
    assert run_cli(*args) == 0
    assert project.setting("new_site_base_url") == "https://nieuw.example/"
    later = tmp_path / "later.conf"
    assert run_cli("export", str(project.path), "-o", str(later)) == 0
    assert '"https://nieuw.example/werk/verlof-en-ziekte"' in later.read_text(encoding="utf-8")
