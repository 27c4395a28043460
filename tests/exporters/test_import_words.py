"""Problems found while reading review packs, a plan or new addresses are codes with facts; the
CLI prints the Dutch sentence made from them (exporters/import_words.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from audit_app.core.project import Project
from exporters import import_words
from exporters.new_urls import NewUrlsError, read_new_urls
from exporters.review_import import ImportRefused, apply_plan, read_packs
from exporters.review_packs import PackError, PackInfo, export_review_packs
from tests.exporters.helpers import Sample, build_sample
from tests.exporters.test_review_import import edit_pack

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def sample(project: Project) -> Sample:
    return build_sample(project)


@pytest.fixture
def packs(project: Project, sample: Sample, tmp_path: Path) -> dict[str, PackInfo]:
    made = export_review_packs(project, tmp_path / "packs")
    return {p.reviewer.split()[0].lower(): p for p in made}


def test_every_code_the_readers_use_has_a_dutch_sentence() -> None:
    used: set[str] = set()
    for name in ("review_import", "review_pack_files", "plan_import", "new_urls", "review_packs"):
        source = (ROOT / "exporters" / f"{name}.py").read_text(encoding="utf-8")
        used |= set(re.findall(r'\b(?:issue|error|coded)\([^"()]*?"([a-z]+(?:-[a-z]+)+)"', source))
    used |= {"new-url-empty", "new-url-invalid", "formula", "error-value"}
    assert len(used) > 40
    assert used <= set(import_words.NL), used - set(import_words.NL)


def test_a_bad_pack_reports_codes_with_facts(
    project: Project, sample: Sample, packs: dict[str, PackInfo]
) -> None:
    p = sample.pages
    edit_pack(
        packs["anja"].path,
        {
            p["reglement"]: {"Besluit": "misschien", "Status": "klaar"},
            p["verlof"]: {"Besluit": "=1+1"},
        },
    )
    plan = read_packs(project, [packs["anja"].path])
    found = {(e.code, e.column): e.params for e in plan.errors}
    assert found[("bad-decision", "Besluit")]["value"] == "misschien"
    assert found[("bad-status", "Status")] == {"value": "klaar"}
    assert "1+1" in found[("formula", "Besluit")]["formula"]
    with pytest.raises(ImportRefused) as refused:
        apply_plan(project, plan)
    assert refused.value.code == "packs-have-errors"
    assert refused.value.params == {"count": len(plan.errors)}


def test_new_addresses_and_packs_refuse_with_codes(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    with pytest.raises(NewUrlsError) as missing:
        read_new_urls(project, tmp_path / "weg.csv")
    assert missing.value.code == "urls-missing"
    assert missing.value.params == {"name": "weg.csv"}
    listing = tmp_path / "nieuw.csv"
    listing.write_text("oude url;nieuwe url\n/bestaat-niet;/nieuw\n/x;een zin\n", "utf-8")
    plan = read_new_urls(project, listing)
    assert [e.code for e in plan.errors] == ["no-such-page", "no-such-page"]
    with pytest.raises(PackError) as unknown:
        export_review_packs(project, tmp_path / "packs", reviewers=["Niemand"])
    assert unknown.value.code == "unknown-reviewers"
    assert unknown.value.params["names"] == ["Niemand"]


def test_the_cli_sentence_is_made_from_the_code() -> None:
    issue = import_words.issue("pak.xlsx", 3, "ID", "id-twice-in-pack", id=5, first=2)
    assert (issue.code, issue.params) == ("id-twice-in-pack", {"id": 5, "first": 2})
    assert str(issue) == (
        "pak.xlsx, rij 3, kolom 'ID': ID 5 staat twee keer in het reviewpakket (ook in rij 2)."
    )
