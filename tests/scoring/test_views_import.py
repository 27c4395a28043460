"""Page views from the CSV exports people actually have."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from audit_app.core import schema as s
from audit_app.core.project import Project
from audit_app.core.scoring.views_import import ViewsImportError, import_views, parse_views
from tests.scoring.helpers import add_page

pytestmark = pytest.mark.both_backends

BASE = "http://intranet.test"


def _views(project: Project) -> dict[int, int]:
    with project.read() as conn:
        return dict(conn.execute(select(s.page_views.c.page_id, s.page_views.c.views)).all())


@pytest.fixture
def pages(project: Project) -> dict[str, int]:
    return {
        "verlof": add_page(project, f"{BASE}/pz/verlof.html", "tekst"),
        "home": add_page(project, f"{BASE}/", "tekst"),
        "ziek": add_page(project, f"{BASE}/pz/ziek.html?id=3", "tekst"),
    }


def test_dutch_export_semicolons_thousands_and_bom(
    project: Project, pages: dict[str, int], tmp_path: Path
) -> None:
    csv = tmp_path / "statistieken.csv"
    csv.write_bytes(
        "\ufeffPagina;Paginaweergaven\n/pz/verlof.html;1.234\n/;56\n/onbekend.html;3\n".encode()
    )
    result = import_views(project, csv)
    assert (result.rows, result.matched_rows, result.unmatched_rows) == (3, 2, 1)
    assert result.unmatched_examples == ["/onbekend.html"]
    assert _views(project) == {pages["verlof"]: 1234, pages["home"]: 56}


def test_english_export_commas_full_urls_and_cp1252(
    project: Project, pages: dict[str, int], tmp_path: Path
) -> None:
    csv = tmp_path / "ga.csv"
    csv.write_bytes(
        (
            "# Analytics export – café\n"
            "Page,Pageviews,Unique Pageviews\n"
            '"HTTP://Intranet.test/pz/verlof.html","2,345",100\n'
            "http://intranet.test/pz/ziek.html?id=3,7,1\n"
            "/pz/verlof.html#top,5,1\n"
        ).encode("cp1252")
    )
    result = import_views(project, csv)
    assert result.matched_rows == 3
    assert _views(project) == {pages["verlof"]: 2350, pages["ziek"]: 7}


def test_tab_separated_with_other_header_names(
    project: Project, pages: dict[str, int], tmp_path: Path
) -> None:
    csv = tmp_path / "hits.tsv"
    csv.write_text("adres\tbezoeken\n/PZ/Verlof.html\t12\n/pz/ziek.html?id=3\t1 200\n")
    import_views(project, csv)
    assert _views(project) == {pages["verlof"]: 12, pages["ziek"]: 1200}


def test_a_new_import_replaces_the_previous_one(
    project: Project, pages: dict[str, int], tmp_path: Path
) -> None:
    first = tmp_path / "a.csv"
    first.write_text("url,views\n/pz/verlof.html,10\n/,20\n")
    import_views(project, first)
    second = tmp_path / "b.csv"
    second.write_text("url,views\n/,30\n")
    import_views(project, second)
    assert _views(project) == {pages["home"]: 30}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "leeg"),
        (b"naam;afdeling\nPiet;P&O\n", "geen kolom met adressen"),
        (b"PK\x03\x04\x00\x00binary", "geen CSV-bestand"),
        (b"url;views\n/pz/verlof.html;veel\n/;onbekend\n", "geen enkele regel"),
    ],
)
def test_unusable_files_give_a_dutch_message_and_import_nothing(
    project: Project, pages: dict[str, int], tmp_path: Path, content: bytes, message: str
) -> None:
    good = tmp_path / "goed.csv"
    good.write_text("url;views\n/;99\n")
    import_views(project, good)
    bad = tmp_path / "stuk.csv"
    bad.write_bytes(content)
    with pytest.raises(ViewsImportError, match=message) as err:
        import_views(project, bad)
    assert "Er is niets ingelezen" in str(err.value)
    assert _views(project) == {pages["home"]: 99}


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.234", 1234), ("1,234", 1234), ("12", 12), ("1 234", 1234), ("12,0", 12), ("x", None)],
)
def test_parse_views(text: str, value: int | None) -> None:
    assert parse_views(text) == value


def test_missing_file(project: Project, tmp_path: Path) -> None:
    with pytest.raises(ViewsImportError, match="bestaat niet"):
        import_views(project, tmp_path / "weg.csv")
