"""Redirect maps never let page data or a base URL break out of their syntax: hostile old URLs
are percent-encoded, a hostile base URL is refused in Dutch, and nginx itself accepts the map
(checked with ``nginx -t`` when nginx is installed)."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlalchemy import insert

from audit_app.core import schema as s
from audit_app.core.project import Project
from exporters.options import ExportOptions
from exporters.redirects import RedirectError, export_redirects
from tests.exporters.helpers import BASE, build_sample, nginx_check, run_cli

NEW = "https://intranet.nieuw.example/"
HOSTILE_PATHS = [
    '/a"; return 200 "pwned',
    "/b\n/evil https://evil.example/",
    "/c\r\nSet-Cookie: x=1",
    "/d e\tf.html",
    "/e{ return 403; }",
    "/f$host\\g",
    "/foto's;jsessionid=1.html",
    "/é <script>`|^.html",
    "/h?q=\"'}{\n",
]
# Nothing a map syntax could take as a delimiter, quote, variable or line break.
_SAFE_KEY = re.compile(r"/[A-Za-z0-9/?:@!&'()*+,;=\-._~%\[\]]*")


def _hostile_project(project: Project) -> None:
    sample = build_sample(project)
    with project.transaction() as conn:
        for i, path in enumerate(HOSTILE_PATHS):
            page_id = conn.execute(
                insert(s.pages).values(
                    url=BASE + path, title=f"Vijandig {i}", kind="page", state="done", status=200
                )
            ).inserted_primary_key[0]
            decision = "delete" if i % 2 else "keep"
            nav = None if i % 2 else sample.nodes["werk"]
            conn.execute(
                insert(s.decisions).values(page_id=page_id, decision=decision, nav_node_id=nav)
            )
            conn.execute(
                insert(s.aliases).values(
                    url=f'{BASE}{path}?alias={i}"', page_id=page_id, reason="case"
                )
            )


def _export(project: Project, tmp_path: Path, fmt: str, base: str = NEW) -> Path:
    out = tmp_path / f"redirects-{fmt}.txt"
    export_redirects(project, out, fmt=fmt, options=ExportOptions(base_url=base))
    return out


def test_nginx_map_keeps_hostile_urls_inside_its_strings(project: Project, tmp_path: Path) -> None:
    _hostile_project(project)
    text = _export(project, tmp_path, "nginx").read_text(encoding="utf-8")
    entry = re.compile(r'    "([^"\\\s]*)" ("[^"\\\s$]*"|1);')
    keys = []
    for line in text.splitlines():
        if line.startswith("#") or line in ("}", "", '    default "";', "    default 0;"):
            continue
        if line.startswith("map $request_uri $content_audit_"):
            continue
        m = entry.fullmatch(line)
        assert m, repr(line)
        keys.append(m.group(1))
    assert all(_SAFE_KEY.fullmatch(k) for k in keys), keys
    assert '"/a%22;%20return%20200%20%22pwned" "https://intranet.nieuw.example/werk";' in text
    assert "/foto's;jsessionid=1.html" in text  # as browsers send it


def test_apache_map_has_one_key_and_target_per_line(project: Project, tmp_path: Path) -> None:
    _hostile_project(project)
    text = _export(project, tmp_path, "apache").read_text(encoding="utf-8")
    entries = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert len(entries) == 2 * len(HOSTILE_PATHS) + 6
    for line in entries:
        key, target = line.split(" ")
        assert _SAFE_KEY.fullmatch(key), line
        assert target == "GONE" or target.startswith(NEW), line


def test_iis_config_is_valid_xml_with_safe_keys(project: Project, tmp_path: Path) -> None:
    _hostile_project(project)
    root = ET.fromstring(_export(project, tmp_path, "iis").read_text(encoding="utf-8"))
    adds = [a for m in root.iter("rewriteMap") for a in m.iter("add")]
    assert len(adds) == 2 * len(HOSTILE_PATHS) + 5  # the /Personeel alias folds into its page
    for add in adds:
        assert _SAFE_KEY.fullmatch(add.get("key", "")), add.get("key")


@pytest.mark.parametrize(
    "base",
    [
        'https://x.example/"; return 200 "x',
        "https://x.example/\nmap",
        "https://x.example/ a",
        "https://x.example/{x}",
        "https://x.example/$host",
        "https://x.example/;x",
        "https://x.example/'x",
    ],
)
def test_a_hostile_base_url_is_refused_and_nothing_is_written(
    project: Project, tmp_path: Path, base: str, capsys: pytest.CaptureFixture[str]
) -> None:
    build_sample(project)
    out = tmp_path / "redirects.conf"
    with pytest.raises(RedirectError, match="redirect-map breken"):
        export_redirects(project, out, fmt="nginx", options=ExportOptions(base_url=base))
    assert not out.exists()
    for fmt in ("nginx", "apache", "iis", "xlsx", "csv"):
        args = ["export", str(project.path), "-o", str(out), "--format", fmt]
        assert run_cli(*args, "--base-url", base) == 1
        err = capsys.readouterr().err
        assert "bevat het teken" in err and "Gebruik bijvoorbeeld --base-url" in err
        assert "\n" not in err.strip()  # the line break is shown as \n, not printed
        assert not out.exists()
    project.set_setting("new_site_base_url", base)
    assert run_cli("export", str(project.path), "-o", str(out), "--format", "apache") == 1
    assert "bevat het teken" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed")
def test_nginx_accepts_the_map_with_hostile_urls(project: Project, tmp_path: Path) -> None:
    _hostile_project(project)
    map_file = _export(project, tmp_path, "nginx")
    hint = re.search(r"^#     (map_hash_bucket_size \d+;)$", map_file.read_text(), re.M)
    assert hint is not None  # the header says how to fit the long hostile keys
    result = nginx_check(map_file, tmp_path, http_lines=f"    {hint.group(1)}\n")
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr
