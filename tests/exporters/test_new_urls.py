"""New addresses in: an exact list from the new CMS, or the new site's sitemap.xml."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from audit_app.cli import main
from audit_app.core import schema as s
from audit_app.core.project import Project
from exporters.new_urls import NewUrlsError, apply_new_urls, read_new_urls
from tests.exporters.helpers import BASE, Sample, build_sample

NEW = "https://intranet.nieuw.example"


@pytest.fixture
def sample(project: Project) -> Sample:
    return build_sample(project)


def _new_urls(project: Project) -> dict[int, str | None]:
    with project.read() as conn:
        return dict(conn.execute(select(s.decisions.c.page_id, s.decisions.c.new_url)).all())


def test_a_csv_from_the_new_cms_sets_page_urls_as_recorded_changes(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    p = sample.pages
    csv_file = tmp_path / "cms.csv"
    csv_file.write_text(
        "Oude URL;Nieuwe URL\n"
        f"{BASE}/personeel/verlof.html;{NEW}/werk/verlof\n"
        f"{p['formulieren']};{NEW}/regelen/formulieren\n",
        encoding="utf-8-sig",
    )
    plan = read_new_urls(project, csv_file)
    assert plan.ok
    assert {(m.page_id, m.new_url) for m in plan.pages} == {
        (p["verlof"], f"{NEW}/werk/verlof"),
        (p["formulieren"], f"{NEW}/regelen/formulieren"),
    }
    assert apply_new_urls(project, plan, who="Anja", source="new-urls:cms.csv") == 2
    assert _new_urls(project)[p["verlof"]] == f"{NEW}/werk/verlof"
    with project.read() as conn:
        who = conn.execute(
            select(s.changes.c.who, s.changes.c.source).where(s.changes.c.field == "new_url")
        ).all()
    assert set(who) == {("Anja", "new-urls:cms.csv")}


def test_a_bad_csv_line_applies_nothing_and_says_which(
    project: Project, sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = tmp_path / "cms.csv"
    csv_file.write_text(
        f"{BASE}/personeel/verlof.html,{NEW}/werk/verlof\n"
        f"{BASE}/bestaat-niet.html,{NEW}/x\n"
        f"{BASE}/formulieren/,Nog geen plek in de navigatie\n",
        encoding="utf-8",
    )
    code = main(["new-urls", str(project.path), str(csv_file), "--apply"])
    err = capsys.readouterr().err
    assert code == 1
    assert "cms.csv, rij 2: geen pagina 'http://intranet.example/bestaat-niet.html'" in err
    assert "cms.csv, rij 3: 'Nog geen plek in de navigatie' is geen adres" in err
    assert not any(_new_urls(project).values())
    with pytest.raises(NewUrlsError):
        apply_new_urls(project, read_new_urls(project, csv_file), who="A", source="x")


SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>{new}/werk/</loc></url>
  <url><loc>{new}/werk/verlof-en-ziekte/</loc></url>
  <url><loc>{new}/werk/verlof-en-ziekte/verlof-aanvragen</loc></url>
  <url><loc>{new}/regelen/formulieren-en-aanvragen/</loc></url>
  <url><loc>{new}/regelen/formulieren-en-aanvragen/formulierenn</loc></url>
  <url><loc>{new}/nieuws/heel-iets-anders</loc></url>
  <url><loc>{new}/scholen/huiswerk/</loc></url>
</urlset>
"""


def test_a_sitemap_is_matched_by_slug_with_a_review_list_for_the_unsure(
    project: Project, sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p, n = sample.pages, sample.nodes
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text(SITEMAP.format(new=NEW), encoding="utf-8")
    plan = read_new_urls(project, sitemap)
    sure = {(m.page_id, m.new_url, m.how) for m in plan.pages}
    assert (p["verlof"], f"{NEW}/werk/verlof-en-ziekte/verlof-aanvragen", "title") in sure
    assert {(nid, url) for nid, _path, url in plan.nodes} >= {
        (n["werk"], f"{NEW}/werk/"),
        (n["verlof"], f"{NEW}/werk/verlof-en-ziekte/"),
        (n["formulieren"], f"{NEW}/regelen/formulieren-en-aanvragen/"),
    }
    unsure = {(m.page_id, m.new_url) for m in plan.unsure}
    assert (p["formulieren"], f"{NEW}/regelen/formulieren-en-aanvragen/formulierenn") in unsure
    assert f"{NEW}/nieuws/heel-iets-anders" in plan.unmatched
    assert f"{NEW}/scholen/huiswerk/" in plan.unmatched  # ends in "werk", but is not Werk

    assert main(["new-urls", str(project.path), str(sitemap)]) == 0  # dry run
    review = tmp_path / "sitemap-te-controleren.csv"
    out = capsys.readouterr().out
    assert "onzekere overeenkomsten staan in" in out and review.is_file()
    assert not any(_new_urls(project).values())
    # a person checks the list and reads it back: its ID and Nieuwe URL columns count
    lines = review.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("ID;Nieuwe URL;Oude URL")
    keep = [lines[0]] + [ln for ln in lines[1:] if ln.startswith(f"{p['formulieren']};")]
    review.write_text("\n".join(keep) + "\n", encoding="utf-8-sig")
    assert main(["new-urls", str(project.path), str(review), "--apply"]) == 0
    assert _new_urls(project)[p["formulieren"]] == (
        f"{NEW}/regelen/formulieren-en-aanvragen/formulierenn"
    )


def test_a_sitemap_with_entities_is_refused(project: Project, tmp_path: Path) -> None:
    bomb = tmp_path / "sitemap.xml"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE u [<!ENTITY a "aaaa">]>'
        "<urlset><url><loc>&a;</loc></url></urlset>",
        encoding="utf-8",
    )
    with pytest.raises(NewUrlsError, match="geen leesbare sitemap"):
        read_new_urls(project, bomb)


def test_a_sitemap_index_is_explained(project: Project, tmp_path: Path) -> None:
    index = tmp_path / "sitemap.xml"
    index.write_text(
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{NEW}/sitemap-1.xml</loc></sitemap></sitemapindex>",
        encoding="utf-8",
    )
    with pytest.raises(NewUrlsError, match="sitemap-index"):
        read_new_urls(project, index)
