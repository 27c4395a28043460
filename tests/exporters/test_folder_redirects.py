"""A folder crawl stores file: URLs; its redirect map holds the paths the old web server
answered, under the address derived from the pages' own absolute links or given by the user."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import insert

from audit_app.cli import main
from audit_app.core import schema as s
from audit_app.core.old_urls import old_url_mapper
from audit_app.core.project import Project
from exporters.options import ExportOptions
from exporters.redirects import export_redirects

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample_intranet"


def _decide(path: Path) -> None:
    with Project.open(path) as project, project.transaction() as conn:
        ids = dict(conn.exec_driver_sql("SELECT url, id FROM pages").all())
        by_rel = {u.rsplit("/intranet-kopie/", 1)[-1]: i for u, i in ids.items()}
        node = conn.execute(insert(s.nav_nodes).values(title="Werk", position=0))
        conn.execute(
            insert(s.decisions).values(
                page_id=by_rel["pz/verlof.html"],
                decision="keep",
                nav_node_id=node.inserted_primary_key[0],
            )
        )
        conn.execute(
            insert(s.decisions).values(page_id=by_rel["fac/bhv_kopie.html"], decision="delete")
        )


def _map(path: Path, tmp_path: Path) -> str:
    out = tmp_path / "r.conf"
    with Project.open(path) as project:
        export_redirects(project, out, fmt="nginx", options=ExportOptions(base_url="/nieuw/"))
    return out.read_text("utf-8")


def test_folder_crawl_redirects_use_the_old_web_addresses(tmp_path: Path) -> None:
    folder = tmp_path / "intranet-kopie"
    shutil.copytree(SAMPLE, folder)
    path = tmp_path / "p.audit"
    assert main(["crawl", str(folder), "--project", str(path), "--quiet"]) == 0
    with Project.open(path) as project, project.read() as conn:
        mapping = old_url_mapper(conn)
    assert mapping is not None and mapping[0].endswith("/intranet-kopie/")
    assert mapping[1] == "http://intranet.zuiderveen.example/"  # from the pages' own links
    _decide(path)
    text = _map(path, tmp_path)
    assert '"/pz/verlof.html" "/nieuw/werk";' in text and '"/fac/bhv_kopie.html" 1;' in text
    assert "file:" not in text and str(tmp_path) not in text

    with Project.open(path) as project:
        project.set_setting("served_under", "http://oud.example/intranet")
    assert '"/intranet/pz/verlof.html"' in _map(path, tmp_path)


def test_served_under_must_be_a_web_address(tmp_path: Path, capsys: object) -> None:
    folder = tmp_path / "intranet-kopie"
    shutil.copytree(SAMPLE, folder)
    args = ["crawl", str(folder), "--project", str(tmp_path / "p.audit"), "--quiet"]
    assert main([*args, "--served-under", "intranet/oud"]) == 2
