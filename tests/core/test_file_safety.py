"""The project file under damage, odd versions, network shares, full and read-only disks."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from audit_app.core import backups, open_lock
from audit_app.core import schema as s
from audit_app.core.changes import FieldChange, apply_changes
from audit_app.core.db import (
    SCHEMA_VERSION,
    DamagedProjectError,
    NewerVersionError,
    check_project_file,
)
from audit_app.core.db_errors import environment_message
from audit_app.core.file_system import MOUNTS_ENV, network_fs_type
from audit_app.core.project import Project, ProjectInUseError
from audit_app.core.recovery import recover_project
from tests.processes import own_locks, run_cli

ROOT = Path(__file__).resolve().parents[2]


def decided_project(path: Path, pages: int = 40) -> None:
    with Project.create(path) as p, p.transaction() as conn:
        ids = [
            int(
                conn.execute(
                    insert(s.pages).values(url=f"http://intranet/p{i}.html", state="done")
                ).inserted_primary_key[0]
            )
            for i in range(pages)
        ]
        rid = conn.execute(insert(s.reviewers).values(name="Ans")).inserted_primary_key[0]
        apply_changes(
            conn,
            [FieldChange("decision", i, "decision", "keep") for i in ids]
            + [FieldChange("decision", i, "reviewer_id", rid) for i in ids],
            who="Test",
        )


def checkpoint(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux's lock table")
def test_checking_a_project_file_keeps_this_process_locks(tmp_path: Path) -> None:
    path = tmp_path / "a.audit"
    with Project.create(path) as project:
        project.setting("name")
        assert own_locks(path), "an open project holds a shared lock in WAL mode"
        check_project_file(path)
        Project.open(path).close()  # a second handle opened and closed in this process
        assert own_locks(path), "the check dropped our SQLite locks"


def test_newer_version_is_refused_before_anything_changes(tmp_path: Path) -> None:
    path = tmp_path / "new.audit"
    Project.create(path).close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.close()
    before = path.read_bytes()
    with pytest.raises(NewerVersionError, match="nieuwere versie"):
        Project.open(path)
    assert path.read_bytes() == before  # not even switched to WAL


def corrupt_index(path: Path, index: str = "ix_decisions_reviewer") -> None:
    checkpoint(path)
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(b"\xff" * size)


def test_a_damaged_project_is_refused_untouched_and_recovered_whole(tmp_path: Path) -> None:
    path = tmp_path / "kapot.audit"
    decided_project(path)
    corrupt_index(path)
    before = path.read_bytes()
    with pytest.raises(DamagedProjectError, match="beschadigd"):
        Project.open(path)
    assert path.read_bytes() == before

    report = recover_project(path, tmp_path / "hersteld.audit")
    assert report.complete, report.summary()
    assert path.read_bytes() == before
    with Project.open(tmp_path / "hersteld.audit") as p, p.read() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        n = conn.exec_driver_sql(
            "SELECT count(*) FROM decisions WHERE decision = 'keep' AND reviewer_id IS NOT NULL"
        ).scalar()
        assert n == 40
        assert conn.exec_driver_sql("SELECT count(*) FROM changes").scalar() == 80
        hits = conn.exec_driver_sql(
            "SELECT count(*) FROM page_fts WHERE page_fts MATCH 'p7'"
        ).scalar()
        assert hits == 1


def test_a_broken_table_page_costs_only_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "half.audit"
    decided_project(path, pages=2000)
    checkpoint(path)
    con = sqlite3.connect(path)
    leaves = [
        r[0]
        for r in con.execute(
            "SELECT pageno FROM dbstat WHERE name = 'changes' AND pagetype = 'leaf' ORDER BY 1"
        )
    ]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(path, "r+b") as fh:  # one leaf in the middle of the audit trail
        fh.seek((leaves[len(leaves) // 2] - 1) * size)
        fh.write(b"\x00\x17" * (size // 2))
    with pytest.raises(DamagedProjectError):
        Project.open(path)
    report = recover_project(path, tmp_path / "rest.audit")
    assert report.copied["decisions"] == 2000 and report.lost["decisions"] == 0
    assert 0 < report.lost["changes"] < 400
    assert 3000 < report.copied["changes"] < 4000
    assert "Onleesbaar en niet hersteld: changes" in report.summary()


def test_cli_refuses_to_write_into_a_damaged_project(tmp_path: Path) -> None:
    path = tmp_path / "kapot.audit"
    decided_project(path)
    corrupt_index(path)
    before = path.read_bytes()
    out = run_cli("decide", str(path), "1", "--besluit", "verwijderen")
    assert out.returncode == 2
    assert "beschadigd" in out.stderr and "Traceback" not in out.stderr
    assert path.read_bytes() == before
    out = run_cli("project", "recover", str(path), str(tmp_path / "nieuw.audit"))
    assert out.returncode == 0, out.stderr
    assert "niets verloren" in out.stdout


# ---- network shares --------------------------------------------------------------------------


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder the (faked) mount table says is a CIFS share."""
    folder = tmp_path / "share"
    folder.mkdir()
    table = tmp_path / "mounts"
    table.write_text(f"/dev/sda1 / ext4 rw 0 0\n//server/afdeling {folder} cifs rw 0 0\n")
    monkeypatch.setenv(MOUNTS_ENV, str(table))
    monkeypatch.delenv(open_lock.TOKEN_ENV, raising=False)
    return folder


def test_mount_table_tells_shares_from_local_disks(share: Path, tmp_path: Path) -> None:
    assert network_fs_type(share / "x.audit") == "cifs"
    assert network_fs_type(tmp_path / "elders.audit") is None


def test_project_on_a_share_is_one_user_at_a_time_in_rollback_mode(share: Path) -> None:
    path = share / "intranet.audit"
    decided_project(path)  # created on the share
    with Project.open(path) as project:
        assert project.network == "cifs"
        assert "netwerkschijf" in (project.storage_note or "")
        with project.read() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert not Path(str(path) + "-wal").exists()
        holder = open_lock.inuse_path(path)
        assert holder.exists()
        # Another process (a colleague's command) is refused with who has it.
        env = {MOUNTS_ENV: os.environ[MOUNTS_ENV], "CONTENT_AUDIT_USER": "Bert"}
        env_without_token = {k: v for k, v in os.environ.items() if k != open_lock.TOKEN_ENV}
        out = subprocess.run(
            [sys.executable, "-m", "audit_app", "decide", str(path), "1", "--besluit", "keep"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env={**env_without_token, **env},
        )
        assert out.returncode == 2
        assert "al geopend door Test Gebruiker" in out.stderr
        assert "Traceback" not in out.stderr
        # In the same process a second open is refused too (two windows, one share).
        os.environ.pop(open_lock.TOKEN_ENV, None)
        with pytest.raises(ProjectInUseError):
            Project.open(path)
        os.environ[open_lock.TOKEN_ENV] = project._lock.holder.token  # type: ignore[union-attr]
    assert not open_lock.inuse_path(path).exists()
    out = run_cli("decide", str(path), "1", "--besluit", "verwijderen")
    assert out.returncode == 0, out.stderr


def test_a_crashed_holder_on_this_computer_does_not_lock_the_project_out(share: Path) -> None:
    path = share / "x.audit"
    decided_project(path)
    proc = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(60)"],
    )
    proc.kill()
    proc.wait()
    holder = open_lock.inuse_path(path)
    dead = {"user": "Weg", "host": socket.gethostname(), "pid": proc.pid, "token": "x"}
    holder.write_text(json.dumps(dead | {"since": "2026-01-01T10:00:00"}))
    with Project.open(path) as project:
        assert project.network == "cifs"
    assert not holder.exists()


# ---- full and read-only disks ----------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Path:
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    mnt = tmp_path / "disk"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)]).returncode:
        pytest.skip("tmpfs cannot be mounted here")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_full_disk_and_read_only_disk_give_a_sentence_and_lose_nothing(small_disk: Path) -> None:
    path = small_disk / "vol.audit"
    decided_project(path, pages=20)
    filler = small_disk / "filler"
    with open(filler, "wb", buffering=0) as fh:  # every write meets the full disk here
        try:
            while True:
                fh.write(b"\0" * 65536)
        except OSError:
            pass
    note = "x" * 50_000
    out = run_cli("decide", str(path), *map(str, range(1, 21)), "--notitie", note)
    assert out.returncode == 2, out.stdout + out.stderr
    assert "ruimte vrij" in out.stderr and "Traceback" not in out.stderr
    filler.unlink()
    out = run_cli("project", "check", str(path))
    assert out.returncode == 0, out.stdout + out.stderr

    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    out = run_cli("decide", str(path), "1", "--besluit", "verwijderen")
    assert out.returncode == 2
    assert "alleen-lezen" in out.stderr and "Traceback" not in out.stderr
    subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    with Project.open(path) as p, p.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM decisions WHERE decision='keep'")).scalar()
        noted = conn.execute(text("SELECT count(*) FROM decisions WHERE note IS NOT NULL"))
        assert noted.scalar() == 0


def test_sqlite_full_is_worded(tmp_path: Path) -> None:
    con = sqlite3.connect(tmp_path / "x.db")
    con.execute("CREATE TABLE t (x)")
    con.execute("PRAGMA max_page_count = 3")
    with pytest.raises(sqlite3.OperationalError) as info:
        con.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    assert "schijf is vol" in (environment_message(info.value) or "")


# ---- safety copies ---------------------------------------------------------------------------


def test_backups_are_consistent_pruned_and_restore_to_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "p.audit"
    decided_project(path)
    root = tmp_path / "backups"
    with Project.open(path) as project:
        made = [backups.make_backup(project, root, keep=3) for _ in range(5)]
        folder = backups.backup_folder(project, root)
    listed = backups.list_backups(folder)
    assert len(listed) <= 3 and listed[0].path.exists()
    assert made[-1].exists()
    target = tmp_path / "terug.audit"
    backups.restore_backup(listed[0].path, target)
    with Project.open(target) as p, p.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM decisions").scalar() == 40
    with pytest.raises(Exception, match="bestaat al"):
        backups.restore_backup(listed[0].path, target)


def test_crawl_lock_holds_through_a_symlinked_path(tmp_path: Path) -> None:
    from audit_app.core.crawl_lock import CrawlLockedError, crawl_lock

    real = tmp_path / "echt.audit"
    Project.create(real).close()
    (tmp_path / "link").mkdir()
    alias = tmp_path / "link" / "alias.audit"
    alias.symlink_to(real)
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from pathlib import Path; from audit_app.core.crawl_lock import crawl_lock\n"
        "with crawl_lock(Path(sys.argv[2])):\n    print('held', flush=True); sys.stdin.read()"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(ROOT), str(real)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(CrawlLockedError), crawl_lock(alias):
            pass
    finally:
        holder.communicate("", timeout=30)


def _children(pid: int) -> list[int]:
    try:
        text_ = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text_.split()]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc (Linux)")
def test_score_workers_end_when_the_command_is_killed(tmp_path: Path) -> None:
    from tests.ui.factory import make_project

    path = tmp_path / "groot.audit"
    make_project(path, 2600).close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "audit_app", "score", str(path)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not workers and proc.poll() is None:
        workers = [c for c in _children(proc.pid) if _alive(c)]
        time.sleep(0.05)
    if not workers:
        proc.wait(60)
        pytest.skip("scoring finished before its workers could be seen")
    proc.kill()
    proc.wait(30)
    end = time.monotonic() + 20
    while time.monotonic() < end and any(_alive(w) for w in workers):
        time.sleep(0.1)
    left = [w for w in workers if _alive(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    assert not left, "score workers kept running after the command was killed"
