"""The organisation's own word list: CLI, CSV in and out, audit trail, re-score, migration."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from audit_app.cli import main
from audit_app.core import own_words
from audit_app.core import schema as s
from audit_app.core.project import Project
from audit_app.core.scoring import score_project
from audit_app.core.scoring.word_store import page_words
from tests.scoring.helpers import add_page, score_row
from tests.scoring.plain_texts import B1_TEXTS

BASE = "http://intranet.test"
JARGON = (
    "De BHV komt bij brand. Meld je bij de BHV-ploeg via TOPdesk. "
    "Voor het MT is dit een vast punt. "
) * 12


@pytest.fixture
def audit_file(tmp_path: Path) -> Path:
    path = tmp_path / "intranet.audit"
    with Project.create(path) as p:
        add_page(p, f"{BASE}/bhv.html", JARGON + B1_TEXTS["verlof"], last_modified="2026-10-01")
        score_project(p, today=date(2026, 11, 22), workers=1)
    return path


def _hits(path: Path) -> dict[str, tuple[str, int]]:
    with Project.open(path) as p, p.read() as conn:
        w = page_words(conn, 1)
    assert w is not None
    return {h.form: (h.alternative, h.count) for h in w.officialese_hits}


def test_cli_add_list_remove_rescore(audit_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _hits(audit_file) == {}
    assert main(["words", "add", str(audit_file), "BHV", "bedrijfshulpverlening"]) == 0
    assert main(["words", "add", str(audit_file), "MT|managementteam", "de directie"]) == 0
    out = capsys.readouterr().out
    assert "Toegevoegd: BHV → bedrijfshulpverlening" in out
    assert "opnieuw gecontroleerd" in out
    # "BHV-ploeg" is one word, so only the plain BHV counts: 12 times; MT 12 times.
    assert _hits(audit_file) == {
        "BHV": ("bedrijfshulpverlening", 12),
        "MT": ("de directie", 12),
    }
    reasons = score_row(Project.open(audit_file), 1)["suggestion_reasons"]
    assert {"code": "officialese", "n": 24, "examples": ["BHV", "MT"]} in reasons
    assert main(["words", "list", str(audit_file)]) == 0
    out = capsys.readouterr().out
    assert "nl  BHV → bedrijfshulpverlening" in out and "teneinde" not in out
    assert main(["words", "list", str(audit_file), "--ingebouwd"]) == 0
    out = capsys.readouterr().out
    assert "nl  teneinde|ten einde → om" in out and "en  in order to → to" in out
    assert "nl  BHV → bedrijfshulpverlening" in out
    assert main(["words", "remove", str(audit_file), "bhv"]) == 0
    assert _hits(audit_file) == {"MT": ("de directie", 12)}
    assert main(["words", "remove", str(audit_file), "bhv"]) == 1
    assert "staat niet op de eigen lijst" in capsys.readouterr().err


def test_changes_are_in_the_audit_trail(audit_file: Path) -> None:
    main(["words", "add", str(audit_file), "BHV", "bedrijfshulpverlening"])
    main(["words", "add", str(audit_file), "bhv", "hulpverleners bij brand"])
    main(["words", "remove", str(audit_file), "BHV"])
    with Project.open(audit_file) as p, p.read() as conn:
        rows = conn.execute(
            select(s.changes.c.old_value, s.changes.c.new_value, s.changes.c.source)
            .where(s.changes.c.entity == "own_word")
            .order_by(s.changes.c.id)
        ).all()
    assert len(rows) == 3
    assert '"bedrijfshulpverlening"' in rows[1].old_value
    assert '"hulpverleners bij brand"' in rows[1].new_value
    assert rows[2].new_value == "null" and all(r.source == "cli" for r in rows)


def test_bad_input_gets_a_message_and_changes_nothing(
    audit_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["words", "add", str(audit_file), "...", "iets"]) == 1
    assert main(["words", "add", str(audit_file), "BHV", "  "]) == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("woord;alternatief\nBHV;bedrijfshulpverlening\nMT\n", encoding="utf-8")
    assert main(["words", "import", str(audit_file), str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Regel 3" in err and "Traceback" not in err
    assert main(["words", "import", str(audit_file), str(tmp_path / "nope.csv")]) == 1
    with Project.open(audit_file) as p, p.read() as conn:
        assert own_words.list_words(conn) == []  # all or nothing


def test_csv_round_trip_excel_style(audit_file: Path, tmp_path: Path) -> None:
    src = tmp_path / "lijst.csv"
    src.write_bytes(
        (
            "Woord;Alternatief;Taal\r\nBHV;bedrijfshulpverlening;nl\r\n"
            "=cmd;gevaarlijk;nl\r\nASAP;zo snel mogelijk;en\r\nMT;managementteam, één team\r\n"
        ).encode("cp1252")
    )  # as Excel saves it on a Dutch Windows
    assert main(["words", "import", str(audit_file), str(src)]) == 0
    out = tmp_path / "uit.csv"
    assert main(["words", "export", str(audit_file), str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "'=cmd;gevaarlijk;nl" in text  # no formula when opened in a spreadsheet
    assert "BHV;bedrijfshulpverlening;nl" in text and "MT;managementteam, één team;nl" in text
    with Project.open(audit_file) as p, p.transaction() as conn:
        for e in own_words.list_words(conn):
            own_words.remove_word(conn, e.word, language=e.language, who="t")
    assert main(["words", "import", str(audit_file), str(out)]) == 0
    with Project.open(audit_file) as p, p.read() as conn:
        assert {(e.language, e.word) for e in own_words.list_words(conn)} == {
            ("nl", "BHV"),
            ("nl", "'=cmd"),
            ("en", "ASAP"),
            ("nl", "MT"),
        }


def test_old_project_gets_the_new_tables(tmp_path: Path) -> None:
    path = tmp_path / "oud.audit"
    Project.create(path).close()
    con = sqlite3.connect(path)
    con.execute("DROP TABLE word_scores")
    con.execute("DROP TABLE own_words")
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()
    with Project.open(path) as p:
        add_page(p, f"{BASE}/a.html", B1_TEXTS["verjaardag"])
        score_project(p, today=date(2026, 11, 22), workers=1)
        with p.read() as conn:
            w = page_words(conn, 1)
    assert w is not None and w.status == "ok"


def test_word_recheck_in_worker_processes_matches_inline(
    audit_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from audit_app.core.scoring import runner
    from audit_app.core.scoring.word_store import rescore_words

    with Project.open(audit_file) as p:
        for i, text in enumerate([*B1_TEXTS.values(), JARGON] * 2):
            add_page(p, f"{BASE}/extra{i}.html", text)
        with p.transaction() as conn:
            own_words.add_word(conn, "BHV", "bedrijfshulpverlening", who="t")
        score_project(p, today=date(2026, 11, 22), workers=1)
        with p.read() as conn:
            inline = conn.execute(select(s.word_scores).order_by(s.word_scores.c.page_id)).all()
        monkeypatch.setattr(runner, "PARALLEL_MIN_PAGES", 1)
        assert rescore_words(p, isolate=True) == len(inline)
        with p.read() as conn:
            parallel = conn.execute(select(s.word_scores).order_by(s.word_scores.c.page_id)).all()
    assert parallel == inline
    assert sum(1 for r in parallel if r.officialese == 12) == 3  # BHV 12x on three pages


def test_list_is_alphabetical_whatever_the_case(audit_file: Path) -> None:
    with Project.open(audit_file) as p, p.transaction() as conn:
        for word in ("MT", "geëxpliciteerd", "P&O", "bhv"):
            own_words.add_word(conn, word, "x", who="t")
        assert [w.word for w in own_words.list_words(conn)] == [
            "bhv",
            "geëxpliciteerd",
            "MT",
            "P&O",
        ]
