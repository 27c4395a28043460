"""The crawl, inventory and demo commands, as users and the benchmark run them."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from audit_app.cli import main
from audit_app.commands.crawl import STOPPED_MESSAGE
from audit_app.commands.demo import _remove_old_demo
from audit_app.core.inventory import FIELDS
from audit_app.core.sample_server import SampleServer
from exporters.inventory_csv import JSONL_FIELDS
from tests.crawlers import Handler, serve, url_of

ROOT = Path(__file__).resolve().parent.parent
FINAL_LINE = re.compile(
    r"^Klaar: (\d+) adres(?:sen)? opgehaald in \d+,\d s \((\d+,\d) per seconde\)"
)


@pytest.fixture(scope="module")
def server() -> object:
    with SampleServer() as srv:
        srv.slow_seconds = 0.1
        yield srv


def test_crawl_then_inventory_as_jsonl_and_csv(
    tmp_path: Path, server: SampleServer, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "intranet.audit"
    code = main(
        ["crawl", server.base_url, "--project", str(project), "--max-pages", "25", "--quiet"]
    )
    out = capsys.readouterr().out.strip().splitlines()
    assert code == 0
    m = FINAL_LINE.match(out[-1])
    assert m and int(m.group(1)) == 25 and float(m.group(2).replace(",", ".")) > 0
    assert any("Limiet van 25" in line for line in out)

    assert main(["inventory", str(project)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all(list(r) == list(JSONL_FIELDS) for r in rows)
    assert sum(r["state"] in ("done", "failed") for r in rows) == 25
    assert {r["state"] for r in rows} >= {"done", "queued"}

    out_csv = tmp_path / "inventaris.csv"
    assert main(["inventory", str(project), "-o", str(out_csv)]) == 0
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(table[0]) == FIELDS and len(table) == len(rows) + 1
    urls = {r["url"] for r in rows}
    assert {line[0] for line in table[1:]} == urls


def test_rerun_resumes_and_finishes(
    tmp_path: Path, server: SampleServer, capsys: pytest.CaptureFixture[str]
) -> None:
    project = str(tmp_path / "p.audit")
    args = ["crawl", server.base_url, "--project", project, "--quiet", "--timeout", "5"]
    assert main([*args, "--max-pages", "10"]) == 0
    capsys.readouterr()
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Verder gegaan" in out
    with sqlite3.connect(project) as conn:
        runs = conn.execute("SELECT status FROM crawl_runs").fetchall()
        queued = conn.execute("SELECT COUNT(*) FROM pages WHERE state = 'queued'").fetchone()
    assert runs == [("finished",)] and queued == (0,)


def test_bad_input_gets_dutch_messages_and_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.audit"
    assert main(["crawl", "nergens-heen", "--project", str(project)]) == 2
    assert "geen webadres" in capsys.readouterr().err
    assert main(["crawl", "http://127.0.0.1:9/", "--project", str(project), "--include", "("]) == 2
    assert "geen geldige reguliere expressie" in capsys.readouterr().err
    not_ours = tmp_path / "notities.txt"
    not_ours.write_text("hallo", "utf-8")
    assert main(["inventory", str(not_ours)]) == 2
    assert "geen content-audit-project" in capsys.readouterr().err
    assert not_ours.read_text("utf-8") == "hallo"
    assert main(["crawl", "http://127.0.0.1:9/", "--project", str(project), "--auth", "basic"]) == 2
    assert "--user" in capsys.readouterr().err
    missing = str(tmp_path / "koekjes.txt")
    assert (
        main(["crawl", "http://127.0.0.1:9/", "--project", str(project), "--cookies", missing]) == 2
    )
    assert "koekjes.txt" in capsys.readouterr().err


def test_password_is_used_but_never_stored(
    tmp_path: Path, server: SampleServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONTENT_AUDIT_PASSWORD", "Geheim-123")
    project = tmp_path / "p.audit"
    args = ["crawl", server.base_url, "--project", str(project), "--quiet", "--max-pages", "3"]
    assert main([*args, "--auth", "basic", "--user", "jan"]) == 0
    assert b"Geheim-123" not in project.read_bytes()
    with sqlite3.connect(project) as conn:
        config = json.loads(conn.execute("SELECT config FROM crawl_runs").fetchone()[0])
    assert config["auth_user"] == "jan" and "password" not in config


def test_ctrl_c_stops_cleanly_and_the_same_command_resumes(
    tmp_path: Path, server: SampleServer, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.audit"
    cmd = [sys.executable, "-m", "audit_app", "crawl", server.base_url, "--project", str(project)]
    cmd += ["--delay", "0.01"]
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 60
    while _stored(project) < 10:
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert STOPPED_MESSAGE in err
    assert FINAL_LINE.match(out.strip().splitlines()[-1])
    with sqlite3.connect(project) as conn:
        status = conn.execute("SELECT status, stop_reason FROM crawl_runs").fetchall()
    assert status == [("stopped", "Gestopt door de gebruiker")]

    # the same command again (in this process: a second interpreter start costs seconds)
    assert main(cmd[3:]) == 0
    out = capsys.readouterr().out
    assert "Verder gegaan" in out
    assert FINAL_LINE.match(out.strip().splitlines()[-1])


def test_demo_without_window(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "demo.audit"
    assert main(["demo", "--no-gui", "--project", str(project)]) == 0
    out = capsys.readouterr().out
    assert re.search(FINAL_LINE.pattern, out, re.M)
    with sqlite3.connect(project) as conn:
        done = conn.execute("SELECT COUNT(*) FROM pages WHERE state = 'done'").fetchone()[0]
    assert done > 200
    _remove_old_demo(project)  # a new demo replaces an old one...
    assert not project.exists()
    mine = tmp_path / "mijn-audit.audit"
    main(["crawl", "http://127.0.0.1:9/", "--project", str(mine), "--quiet", "--retries", "0"])
    before = mine.read_bytes()
    assert main(["demo", "--no-gui", "--project", str(mine)]) == 2  # ...but nothing else
    assert "niet overschreven" in capsys.readouterr().err
    assert main(["demo", "--project", str(mine)]) == 2  # the windowed demo checks first too
    assert mine.read_bytes() == before


def _stored(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as conn:
            return int(
                conn.execute(
                    "SELECT COUNT(*) FROM pages WHERE state IN ('done', 'failed')"
                ).fetchone()[0]
            )
    except sqlite3.Error:
        return 0


class HeldSite(Handler):
    """A start page, then pages that answer only once the test lets them."""

    def do_GET(self) -> None:
        if self.path == "/":
            links = "".join(f'<a href="/p{i}.html">p{i}</a>' for i in range(10))
            self.reply(200, f"<title>Start</title><p>Welkom</p>{links}".encode())
        elif self.path.startswith("/p"):
            self.server.state["release"].wait(20)
            self.reply(200, f"<title>{self.path}</title><p>Tekst</p>".encode())
        else:
            self.reply(404)


def test_a_second_crawl_of_the_same_project_is_refused_until_the_first_is_gone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.audit"
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    with serve(HeldSite, release=threading.Event()) as site:
        url = url_of(site)
        cmd = [sys.executable, "-m", "audit_app", "crawl", url, "--project", str(project)]
        first = subprocess.Popen(
            [*cmd, "--quiet"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        try:
            deadline = time.monotonic() + 30
            while not _committed(project):
                assert first.poll() is None and time.monotonic() < deadline
                time.sleep(0.05)
            assert main(["crawl", url, "--project", str(project), "--quiet"]) == 2
            err = capsys.readouterr().err
            assert "wordt al gecrawld" in err and f"proces {first.pid}" in err
        finally:
            first.send_signal(signal.SIGKILL)  # a killed crawl leaves a lock file, not a lock
            first.wait()
            site.state["release"].set()
        assert main(["crawl", url, "--project", str(project), "--quiet"]) == 0
    assert "wordt al gecrawld" not in capsys.readouterr().err
    assert _committed(project) == 11


def _committed(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as conn:
            rows = conn.execute("SELECT COUNT(*) FROM pages WHERE state = 'done'").fetchone()
            return int(rows[0])
    except sqlite3.Error:
        return 0
