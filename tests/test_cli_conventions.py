"""Conventions every command keeps, checked on the real ``content-audit`` in child processes:
a closed pipe is no error, CSV gets the separator Excel expects, --quiet and --format json."""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from audit_app.cli import build_parser
from tests.exporters.helpers import build_sample
from tests.processes import ROOT, run_cli
from tests.ui.factory import make_project


@pytest.fixture(scope="module")
def big_project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("cli") / "intranet.audit"
    make_project(path, 1500).close()
    yield path


def _closed_pipe(*args: str) -> subprocess.CompletedProcess[bytes]:
    """Run the command with a reader that goes away at once, like ``| head -0``."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "audit_app", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "LANG": "C.UTF-8"},
    )
    assert proc.stdout is not None
    proc.stdout.close()
    _out, err = proc.communicate(timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, b"", err)


@pytest.mark.parametrize(
    "args",
    [
        ("inventory", "{p}"),
        ("inventory", "{p}", "--format", "csv"),
        ("summary", "{p}", "--format", "json"),
        ("nav", "show", "{p}"),
        ("reviewers", "list", "{p}"),
        ("project", "check", "{p}"),
        ("--version",),
        ("--help",),
    ],
)
def test_a_reader_that_goes_away_is_no_error(big_project: Path, args: tuple[str, ...]) -> None:
    result = _closed_pipe(*(a.format(p=big_project) for a in args))
    err = result.stderr.decode()
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert result.returncode in (0, 141), err


def test_inventory_piped_into_head(big_project: Path) -> None:
    """The shell case itself: the first lines arrive, nothing else is printed."""
    cmd = f"{sys.executable} -m audit_app inventory {big_project} | head -n 3"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", cmd],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert len(result.stdout.splitlines()) == 3
    assert all(json.loads(line)["url"] for line in result.stdout.splitlines())
    assert result.stderr == ""
    assert result.returncode == 141  # what a pipe closed early means to pipefail


def _csv_header(path: Path) -> str:
    return path.read_text("utf-8-sig").splitlines()[0]


@pytest.mark.parametrize(
    ("lang", "extra", "separator"),
    [
        ("nl_NL.UTF-8", [], ";"),
        ("nl_BE.UTF-8", [], ";"),
        ("en_GB.UTF-8", [], ","),
        ("C.UTF-8", [], ","),
        ("nl_NL.UTF-8", ["--delimiter", ","], ","),
        ("en_US.UTF-8", ["--delimiter", ";"], ";"),
        ("en_US.UTF-8", ["--delimiter", "puntkomma"], ";"),
        ("C.UTF-8", ["--semicolon"], ";"),
    ],
)
def test_csv_separator_follows_the_locale_unless_chosen(
    big_project: Path, tmp_path: Path, lang: str, extra: list[str], separator: str
) -> None:
    env = {"LANG": lang, "LC_ALL": "", "LC_NUMERIC": ""}
    inventory = tmp_path / "inventaris.csv"
    r = run_cli("inventory", str(big_project), "-o", str(inventory), *extra, env=env)
    assert r.returncode == 0, r.stderr
    plan = tmp_path / "plan.csv"
    r = run_cli("export", str(big_project), "-o", str(plan), *extra, env=env)
    assert r.returncode == 0, r.stderr
    for path in (inventory, plan):
        header = _csv_header(path)
        other = "," if separator == ";" else ";"
        assert header.count(separator) >= 3 and other not in header, header
        rows = list(csv.reader(path.read_text("utf-8-sig").splitlines(), delimiter=separator))
        assert len(rows) > 1000


def test_unknown_separator_is_refused_in_dutch(big_project: Path) -> None:
    r = run_cli("inventory", str(big_project), "--format", "csv", "--delimiter", "tab")
    assert r.returncode == 2
    assert "Onbekend scheidingsteken 'tab'" in r.stderr
    assert "Traceback" not in r.stderr


def _leaf_commands(parser: argparse.ArgumentParser, path: str = "") -> Iterator[tuple[str, Any]]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
    for action in subs:
        for name, child in action.choices.items():
            yield from _leaf_commands(child, f"{path} {name}".strip())


def test_every_command_has_quiet_and_format() -> None:
    leaves = dict(_leaf_commands(build_parser()))
    assert {"crawl", "export", "inventory", "decide", "nav show", "project check"} <= set(leaves)
    for name, parser in leaves.items():
        options = {o for a in parser._actions for o in a.option_strings}
        assert {"--quiet", "--format"} <= options, name
        fmt = next(a for a in parser._actions if "--format" in a.option_strings)
        if name == "export":
            assert "--json" in options  # its --format is the kind of file it writes
        elif name != "inventory":
            assert "json" in fmt.choices, name


def test_json_output_of_commands_that_change_things(tmp_path: Path) -> None:
    from audit_app.core.project import Project

    path = tmp_path / "plan.audit"
    with Project.create(path) as project:
        page_id = next(iter(build_sample(project).pages.values()))
    r = run_cli("decide", str(path), str(page_id), "--notitie", "proef 7", "--format", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["ok"] is True and doc["changes"] == 1 and doc["command"] == "decide"
    out = tmp_path / "plan.xlsx"
    r = run_cli("export", str(path), "-o", str(out), "--json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["output"] == str(out) and doc["rows"] > 0 and out.is_file()
    gone = str(tmp_path / "weg.audit")
    r = run_cli("decide", gone, "1", "--besluit", "behouden", "--format", "json")
    assert r.returncode == 2
    doc = json.loads(r.stdout)
    assert doc["ok"] is False and "bestaat niet" in doc["error"]


def test_quiet_drops_the_chatter_not_the_result(big_project: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    loud = run_cli("inventory", str(big_project), "-o", str(out))
    quiet = run_cli("inventory", str(big_project), "-o", str(out), "--quiet")
    assert "adressen geschreven" in loud.stderr
    assert quiet.returncode == 0 and quiet.stderr == ""
    listing = run_cli("inventory", str(big_project), "--quiet")
    assert len(listing.stdout.splitlines()) > 1000
