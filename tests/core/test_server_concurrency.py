"""Several people on one project at once, on both stores: no lost update, everybody sees
everybody, undo touches only your own changes; on a server also a client killed mid-transaction
and the server restarting under a running client."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from audit_app.core import schema as s
from audit_app.core.backends.postgresql import LOST
from audit_app.core.change_watch import ChangeWatcher, OutsideChanges
from audit_app.core.changes import ChangeError, FieldChange, apply_changes
from audit_app.core.db_errors import environment_message
from audit_app.core.project import Project
from tests.pg_server import PostgresServer
from tests.processes import ROOT, run_cli
from tests.ui.factory import populate

pytestmark = pytest.mark.both_backends


def worker(location: str, who: str, rounds: int, seed: int, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.server_worker",
            location,
            who,
            str(rounds),
            str(seed),
            *extra,
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def seen_until(watcher: ChangeWatcher, done: Callable[[OutsideChanges], bool]) -> OutsideChanges:
    """Everything *watcher* reports (merged) until *done* holds for it, or 15 s pass."""
    merged = OutsideChanges()
    deadline = time.monotonic() + 15
    while not done(merged) and time.monotonic() < deadline:
        found = watcher.poll()
        if found is not None:
            merged.page_ids |= found.page_ids
            merged.authors.update(found.authors)
        time.sleep(0.05)
    return merged


def test_two_processes_and_a_command_lose_nothing(project: Project) -> None:
    populate(project, 20, with_raw=False)
    location = project.location
    watcher = ChangeWatcher(project, "Kijker")
    procs = [worker(location, "Anna", 25, 1), worker(location, "Bert", 25, 2)]
    cli_runs: list[subprocess.CompletedProcess[str]] = []

    def commands() -> None:
        for i in range(3):
            cli_runs.append(run_cli("decide", location, "2", "3", "--notitie", f"cli {i}"))

    t = threading.Thread(target=commands)
    t.start()
    made = 0
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        made += int(out.strip())
    t.join()
    assert all(r.returncode == 0 for r in cli_runs), [r.stderr for r in cli_runs]
    made += sum(int(r.stdout.split()[0]) for r in cli_runs)

    with project.read() as conn:
        rows = conn.execute(
            select(
                s.changes.c.entity_id,
                s.changes.c.field,
                s.changes.c.old_value,
                s.changes.c.new_value,
                s.changes.c.who,
            )
            .where(s.changes.c.entity == "decision")
            .order_by(s.changes.c.id)
        ).all()
        current = {
            (r.page_id, f): getattr(r, f)
            for r in conn.execute(select(s.decisions))
            for f in ("decision", "note")
        }
    assert len(rows) == made  # every change anybody made is in the history
    chains: dict[tuple[int, str], list[tuple[object, object]]] = defaultdict(list)
    for page, field, old, new, _who in rows:
        chains[(page, field)].append((json.loads(old), json.loads(new)))
    for key, chain in chains.items():
        # each change replaced exactly what the one before it left: no update was lost
        for (_o1, n1), (o2, _n2) in itertools.pairwise(chain):
            assert o2 == n1, key
        assert current[key] == chain[-1][1], key  # and the last one is what the page holds
    assert {r.who for r in rows} == {"Anna", "Bert", "Test Gebruiker"}
    everybody = {"Anna", "Bert", "Test Gebruiker"}
    seen = seen_until(watcher, lambda m: set(m.authors) == everybody)
    watcher.close()
    assert set(seen.authors) == everybody


def test_later_write_wins_is_seen_and_undo_touches_only_your_own(project: Project) -> None:
    populate(project, 5, with_raw=False)
    anna = ChangeWatcher(project, "Anna")
    try:
        with project.transaction() as conn:
            mine = apply_changes(conn, [FieldChange("decision", 1, "decision", "keep")], who="Anna")
        bert = Project.open(project.location)
        with bert.transaction() as conn:
            apply_changes(conn, [FieldChange("decision", 1, "decision", "delete")], who="Bert")
        bert.close()
        seen = seen_until(anna, lambda m: "Bert" in m.authors)
        assert seen.page_ids == {1}
        assert seen.describe() == "Bijgewerkt met wijzigingen van Bert (1)."
        with pytest.raises(ChangeError, match="door Bert"), project.transaction() as conn:
            apply_changes(conn, [mine[0].inverse()], who="Anna", source="undo")
        with project.read() as conn:
            value = conn.execute(text("SELECT decision FROM decisions WHERE page_id = 1")).scalar()
        assert value == "delete"  # Bert's later choice stays
    finally:
        anna.close()


def test_a_client_killed_mid_transaction_leaves_nothing_and_blocks_nobody(
    project: Project,
) -> None:
    populate(project, 5, with_raw=False)
    proc = worker(project.location, "Kapot", 0, 0, "--hold")
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "holding", proc.stderr.read() if proc.stderr else ""
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdout.close()
    if proc.stderr:
        proc.stderr.close()
    start = time.monotonic()
    with project.transaction() as conn:
        apply_changes(conn, [FieldChange("decision", 1, "note", "heel")], who="Anna")
    assert time.monotonic() - start < 30
    with project.read() as conn:
        notes = conn.execute(text("SELECT who FROM changes WHERE field = 'note'")).scalars().all()
    assert notes == ["Anna"]


def test_server_restart_under_a_running_client(
    project: Project, store_backend: str, request: pytest.FixtureRequest
) -> None:
    if store_backend != "postgresql":
        pytest.skip("a project file has no server to restart")
    server: PostgresServer = request.getfixturevalue("pg_server")
    populate(project, 5, with_raw=False)
    watcher = ChangeWatcher(project, "Anna")
    try:
        with project.transaction() as conn:
            apply_changes(conn, [FieldChange("decision", 1, "decision", "keep")], who="Anna")
        # A change whose transaction is open while the server goes down: a clear message.
        conn_cm = project.transaction()
        conn = conn_cm.__enter__()
        apply_changes(conn, [FieldChange("decision", 2, "decision", "keep")], who="Anna")
        server.restart()
        with pytest.raises(DBAPIError) as caught:
            conn_cm.__exit__(None, None, None)
        assert environment_message(caught.value) == LOST
        # The next action reconnects by itself, and what was saved before is there.
        with project.transaction() as conn:
            apply_changes(conn, [FieldChange("decision", 2, "decision", "rewrite")], who="Anna")
        with project.read() as conn:
            got = dict(conn.execute(text("SELECT page_id, decision FROM decisions")).all())
        assert got[1] == "keep" and got[2] == "rewrite"
        # The watcher reconnected too: another client's change reaches it.
        other = Project.open(project.location)
        with other.transaction() as conn:
            apply_changes(conn, [FieldChange("decision", 3, "decision", "delete")], who="Bert")
        other.close()
        seen = seen_until(watcher, lambda m: 3 in m.page_ids)
        assert 3 in seen.page_ids
        assert watcher.problem is None
    finally:
        watcher.close()
