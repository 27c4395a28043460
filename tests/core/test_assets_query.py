"""The SQL behind the Files view and sheet: assets by address, filter, sort, uses (no Qt)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from audit_app.core import assets as a
from audit_app.core.inventory import iter_assets as inventory_assets
from audit_app.core.project import Project

pytestmark = pytest.mark.both_backends

H = "http://intranet.test"
# page id -> (url, state); every page shows images: (image, alt) with None for no alt
PAGES = {
    1: ("/", "done"),
    2: ("/pz/verlof.html", "done"),
    3: ("/pz/oud.html", "gone"),  # gone since a re-crawl: its images no longer count
    4: ("/ict/", "done"),
}
IMAGES = {
    1: [("/img/logo.gif", "Gemeente Zuiderveen"), ("/img/spacer.gif", ""), ("/img/spacer.gif", "")],
    2: [("/img/logo.gif", None), ("/img/Foto_1.JPG", None), ("/img/foto_1.jpg", "Foto")],
    3: [("/img/oud.png", None), ("/img/logo.gif", None)],
    4: [("/img/logo.gif", "Logo"), ("/img/schema.png", "Schema van het netwerk")],
}


@pytest.fixture()
def assets_project(project: Project) -> Project:
    with project.transaction() as conn:
        for pid, (path, state) in PAGES.items():
            conn.execute(
                text(
                    "INSERT INTO pages (id, url, kind, state, depth, inlinks, title) "
                    "VALUES (:i, :u, 'page', :s, 0, 0, :t)"
                ),
                {"i": pid, "u": H + path, "s": state, "t": f"Pagina {pid}"},
            )
        # a linked (so fetched) image and a fetched file nobody shows with <img>
        conn.execute(
            text(
                "INSERT INTO pages (id, url, kind, state, depth, inlinks, content_type, "
                "size_bytes, status) VALUES (10, :u, 'other', 'done', 1, 1, 'image/png', "
                "48213, 200), (11, :z, 'other', 'done', 1, 1, 'application/zip', 9000, 200)"
            ),
            {"u": H + "/img/schema.png", "z": H + "/docs/sjablonen.zip"},
        )
        for pid, shown in IMAGES.items():
            for src, alt in shown:
                conn.execute(
                    text(
                        "INSERT INTO links (from_page_id, to_url, anchor_text, internal, tag) "
                        "VALUES (:p, :u, :a, :i, 'img')"
                    ),
                    {"p": pid, "u": H + src, "a": alt, "i": True},
                )
            conn.execute(
                text(
                    "INSERT INTO links (from_page_id, to_url, anchor_text, internal, tag) "
                    "VALUES (:p, :u, NULL, :i, 'a')"
                ),
                {"p": pid, "u": H + "/img/a-link-not-an-image.gif", "i": True},
            )
    return project


def urls(project: Project, flt: a.AssetFilter, sort: str = "url", desc: bool = False) -> list:
    with project.read() as conn:
        return [u.removeprefix(H) for u in a.asset_urls(conn, flt, sort, desc)]


def test_one_row_per_asset_with_pages_uses_and_missing_alt(assets_project: Project) -> None:
    assert urls(assets_project, a.AssetFilter()) == [
        "/docs/sjablonen.zip",
        "/img/Foto_1.JPG",
        "/img/foto_1.jpg",  # case matters in an address: two files
        "/img/logo.gif",
        "/img/schema.png",
        "/img/spacer.gif",
    ]
    with assets_project.read() as conn:
        rows = {
            u.removeprefix(H): r
            for u, r in a.fetch_assets(conn, a.asset_urls(conn, a.AssetFilter())).items()
        }
        totals = a.asset_totals(conn)
    logo, spacer, schema = rows["/img/logo.gif"], rows["/img/spacer.gif"], rows["/img/schema.png"]
    assert (logo.pages, logo.uses, logo.missing_alt) == (3, 3, 1)  # not the gone page's use
    assert (spacer.pages, spacer.uses, spacer.missing_alt) == (1, 2, 0)  # alt="" is on purpose
    assert logo.size_bytes is None and not logo.fetched and logo.file_type == "GIF"
    assert (schema.size_bytes, schema.fetched, schema.file_type) == (48213, True, "PNG")
    assert rows["/img/Foto_1.JPG"].file_type == "JPG"
    zipped = rows["/docs/sjablonen.zip"]
    assert (zipped.pages, zipped.missing_alt, zipped.file_type) == (0, 0, "ZIP")
    assert totals == (6, 2)


def test_same_assets_and_counts_as_the_cli_inventory(assets_project: Project) -> None:
    cli = {r["url"]: r for r in inventory_assets(assets_project)}
    with assets_project.read() as conn:
        view = a.fetch_assets(conn, a.asset_urls(conn, a.AssetFilter()))
    assert set(view) == set(cli)  # neither counts what only a gone page showed
    for url, row in view.items():
        assert row.missing_alt == cli[url]["missing_alt"], url
        assert row.size_bytes == cli[url]["size_bytes"], url


def test_filter_missing_alt_and_search(assets_project: Project) -> None:
    assert urls(assets_project, a.AssetFilter(missing_alt=True)) == [
        "/img/Foto_1.JPG",
        "/img/logo.gif",
    ]
    assert urls(assets_project, a.AssetFilter(search="FOTO_")) == [
        "/img/Foto_1.JPG",
        "/img/foto_1.jpg",
    ]
    assert urls(assets_project, a.AssetFilter(search="%")) == []  # a wildcard is a letter


@pytest.mark.parametrize("key", a.COLUMNS)
def test_every_column_sorts_both_ways(assets_project: Project, key: str) -> None:
    asc = urls(assets_project, a.AssetFilter(), key)
    desc = urls(assets_project, a.AssetFilter(), key, True)
    assert sorted(asc) == sorted(desc) and len(asc) == 6
    assert asc == list(reversed(desc))


def test_sort_by_pages_and_missing_alt(assets_project: Project) -> None:
    assert urls(assets_project, a.AssetFilter(), "pages", True)[0] == "/img/logo.gif"
    assert urls(assets_project, a.AssetFilter(), "missing_alt", True)[:2] == [
        "/img/logo.gif",
        "/img/Foto_1.JPG",
    ]
    assert urls(assets_project, a.AssetFilter(), "size", True)[0] == "/img/schema.png"


def test_uses_missing_alt_first_with_a_limit(assets_project: Project) -> None:
    with assets_project.read() as conn:
        uses, total = a.asset_uses(conn, H + "/img/logo.gif")
        few, same_total = a.asset_uses(conn, H + "/img/logo.gif", limit=2)
        missing = a.pages_missing_alt(conn, [H + "/img/logo.gif", H + "/img/spacer.gif"], 5)
    assert total == same_total == 3
    assert [(u.page_url.removeprefix(H), u.alt) for u in uses] == [
        ("/pz/verlof.html", None),
        ("/", "Gemeente Zuiderveen"),
        ("/ict/", "Logo"),
    ]
    assert uses[0].title == "Pagina 2" and uses[0].page_id == 2
    assert len(few) == 2
    assert missing == {H + "/img/logo.gif": ([H + "/pz/verlof.html"], 1)}
