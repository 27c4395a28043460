from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from audit_app.core import schema as s
from audit_app.core.changes import ChangeError, FieldChange, apply_changes, history
from audit_app.core.db import SCHEMA_VERSION, NotAProjectError, ProjectError
from audit_app.core.project import Project


def _page(conn, url: str = "http://intranet/a.html") -> int:
    return int(conn.execute(insert(s.pages).values(url=url)).inserted_primary_key[0])


def test_created_project_reopens_with_schema_and_settings(tmp_path: Path) -> None:
    path = tmp_path / "x.audit"
    with Project.create(path, name="Gemeente X") as p:
        pid = p.project_id
    with Project.open(path) as p:
        assert p.project_id == pid
        assert p.name == "Gemeente X"
        with p.read() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == SCHEMA_VERSION
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


@pytest.mark.parametrize(
    "content",
    [b"", b"hello, I am a text file\n" * 20, b"PK\x03\x04" + b"\x00" * 200],
    ids=["empty", "text", "zip"],
)
def test_a_file_that_is_not_a_project_is_refused_and_untouched(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "wrong.audit"
    path.write_bytes(content)
    with pytest.raises(ProjectError):
        Project.open(path)
    assert path.read_bytes() == content


def test_another_sqlite_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("create table t (x)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(NotAProjectError):
        Project.open(path)
    assert path.read_bytes() == before


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.audit"
    Project.create(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.commit()
    con.close()
    with pytest.raises(ProjectError, match="nieuwere versie"):
        Project.open(path)


def test_changes_are_recorded_with_old_and_new_and_noops_skipped(project: Project) -> None:
    with project.transaction() as conn:
        pid = _page(conn)
        applied = apply_changes(
            conn,
            [
                FieldChange("decision", pid, "decision", "keep"),
                FieldChange("decision", pid, "note", "ok"),
            ],
            who="Anna",
        )
        assert [(a.field, a.old_value, a.new_value) for a in applied] == [
            ("decision", None, "keep"),
            ("note", None, "ok"),
        ]
        again = apply_changes(conn, [FieldChange("decision", pid, "decision", "keep")], who="Anna")
        assert again == []
        apply_changes(conn, [a.inverse() for a in applied], who="Anna", source="undo")
    with project.read() as conn:
        row = conn.execute(select(s.decisions).where(s.decisions.c.page_id == pid)).mappings().one()
        assert row["decision"] is None and row["note"] is None
        h = history(conn, "decision", pid)
    assert [(x["field"], x["new_value"], x["source"]) for x in h] == [
        ("decision", "keep", "app"),
        ("note", "ok", "app"),
        ("decision", None, "undo"),
        ("note", None, "undo"),
    ]
    assert {x["who"] for x in h} == {"Anna"}


def test_invalid_changes_are_refused_whole(project: Project) -> None:
    with project.transaction() as conn:
        pid = _page(conn)
    with pytest.raises(ChangeError), project.transaction() as conn:
        apply_changes(
            conn,
            [
                FieldChange("decision", pid, "note", "x"),
                FieldChange("decision", pid, "decision", "maybe"),
            ],
            who="Anna",
        )
    with project.read() as conn:
        assert conn.execute(select(s.changes)).first() is None


def test_bulk_changes_behave_as_if_applied_one_by_one(project: Project) -> None:
    with project.transaction() as conn:
        ids = [_page(conn, f"http://intranet/{i}.html") for i in range(1200)]
        applied = apply_changes(
            conn,
            [FieldChange("decision", p, "review_status", "reviewed") for p in ids]
            + [FieldChange("decision", ids[0], "review_status", "discuss")]
            + [FieldChange("decision", ids[1], "review_status", "todo")]
            + [FieldChange("decision", ids[2], "note", None)],
            who="Anna",
        )
    assert len(applied) == 1202
    assert (applied[-2].old_value, applied[-2].new_value) == ("reviewed", "discuss")
    with project.read() as conn:
        status = dict(
            conn.execute(select(s.decisions.c.page_id, s.decisions.c.review_status)).all()
        )
        assert status[ids[0]] == "discuss" and status[ids[1]] == "todo"
        assert status[ids[999]] == "reviewed"
        assert len(history(conn, "decision", ids[0])) == 2
    with pytest.raises(ChangeError, match="99999"), project.transaction() as conn:
        apply_changes(
            conn,
            [
                FieldChange("decision", ids[5], "note", "x"),
                FieldChange("decision", 99999, "note", "y"),
            ],
            who="Anna",
        )
    with project.read() as conn:
        assert history(conn, "decision", ids[5])[-1]["new_value"] == "reviewed"


def test_an_older_project_is_migrated_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.audit"
    with Project.create(path) as p, p.transaction() as conn:
        pid = _page(conn)
        apply_changes(conn, [FieldChange("decision", pid, "decision", "keep")], who="Anna")
    con = sqlite3.connect(path)
    names = con.execute("SELECT name FROM sqlite_master WHERE name LIKE 'ix_pages_sort_%'")
    for (name,) in names.fetchall():
        con.execute(f"DROP INDEX {name}")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    with Project.open(path) as p, p.read() as conn:
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == SCHEMA_VERSION
        names = {
            r[0]
            for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        assert "ix_pages_sort_title" in names
        assert history(conn, "decision", pid)[0]["new_value"] == "keep"
