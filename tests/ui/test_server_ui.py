"""The app on a server project: the server dialog, opening, others' changes arriving in the
table and the status bar, and who else is working in the project."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from audit_app.core.backends import postgresql
from audit_app.core.changes import FieldChange, apply_changes
from audit_app.core.page_query import fetch_rows
from audit_app.core.project import Project
from audit_app.ui.main_window import MainWindow
from audit_app.ui.server_dialog import ServerDialog
from audit_app.ui.settings import Preferences
from tests.pg_server import ANNA_PASSWORD, PostgresServer
from tests.processes import run_cli
from tests.ui.factory import make_project


@pytest.fixture
def window(qtbot: QtBot, prefs: Preferences) -> Iterator[MainWindow]:
    prefs.user_name = "Anna"
    w = MainWindow(prefs, use_webengine=False)
    qtbot.addWidget(w)
    yield w
    w.close_project()


def test_server_dialog_builds_a_location_without_the_password(
    qtbot: QtBot, pg_server: PostgresServer
) -> None:
    postgresql._typed_passwords.clear()
    url = pg_server.new_database()
    dialog = ServerDialog(create=True)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and "server" in dialog.error.text()
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(pg_server.port)
    dialog.database.setText(url.rsplit("/", 1)[1])
    dialog.user.setText("anna")
    dialog.password.setText(ANNA_PASSWORD)
    dialog.ssl.setCurrentIndex(dialog.ssl.findData("disable"))
    dialog.accept()
    assert dialog.result() == 1
    location = dialog.location()
    assert ANNA_PASSWORD not in location and location.endswith("?sslmode=disable")
    with Project.create(location) as p:  # the typed password is used, from memory only
        assert p.server is not None
    postgresql._typed_passwords.clear()


def test_the_window_shows_a_server_project_and_others_work_arrives(
    qtbot: QtBot, window: MainWindow, pg_server: PostgresServer
) -> None:
    url = pg_server.new_database()
    make_project(url, 40).close()
    window.open_project(url)
    qtbot.waitUntil(
        lambda: window.model is not None and window.model.rowCount() == 40, timeout=10000
    )
    assert window.project is not None and window.project.server is not None
    assert window.prefs.recent_projects == []  # a server location is not a file to remember
    done = run_cli(
        "decide", url, "7", "--besluit", "verwijderen", env={"CONTENT_AUDIT_USER": "Bert"}
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: "Bert" in window.statusBar().currentMessage(), timeout=5000)
    with window.project.read() as conn:
        assert fetch_rows(conn, [7])[7]["decision"] == "delete"
    other = Project.open(url, who="Carla")  # a colleague's app has the project open too
    try:
        with other.transaction() as conn:
            apply_changes(conn, [FieldChange("decision", 8, "note", "kijk")], who="Carla")
        assert window.controller.guard is not None
        window.controller.guard._ticks = 0  # ask the server who is there at the next poll
        qtbot.waitUntil(lambda: "Carla" in window.presence_label.text(), timeout=5000)
        assert "Anna" not in window.presence_label.text()
    finally:
        other.close()


def test_a_server_that_wants_a_password_gets_the_dialog_then_opens(
    qtbot: QtBot, window: MainWindow, pg_server: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    postgresql._typed_passwords.clear()
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    as_anna = pg_server.new_database().replace("postgres@", "anna@")
    postgresql.remember_password(as_anna, ANNA_PASSWORD)
    make_project(as_anna, 12).close()  # anna owns the project's tables
    postgresql._typed_passwords.clear()
    window.open_project(as_anna)
    qtbot.waitUntil(lambda: getattr(window, "server_dialog", None) is not None, timeout=9000)
    dialog = window.server_dialog
    assert dialog.user.text() == "anna" and dialog.port.value() == pg_server.port
    assert "wachtwoord" in dialog.error.text()
    dialog.password.setText(ANNA_PASSWORD)
    dialog.accept()
    qtbot.waitUntil(
        lambda: window.model is not None and window.model.rowCount() == 12, timeout=9000
    )
    assert window.project is not None and ANNA_PASSWORD not in window.project.location
    postgresql._typed_passwords.clear()


def test_the_server_restarting_under_the_window(
    qtbot: QtBot, window: MainWindow, pg_server: PostgresServer
) -> None:
    url = pg_server.new_database()
    make_project(url, 10).close()
    window.open_project(url)
    qtbot.waitUntil(
        lambda: window.model is not None and window.model.rowCount() == 10, timeout=9000
    )
    window.controller.decide("keep", [1])
    pg_server.stop()
    try:
        window.controller.decide("delete", [2])  # the server is gone: a sentence, not a traceback
        assert window.messages.error_box is not None
        assert (
            "projectserver" in window.messages.error_box.text()
            and "opnieuw" in window.messages.error_box.text()
        )
        window.messages.error_box.close()
        qtbot.waitUntil(lambda: "verbinding" in window.statusBar().currentMessage(), timeout=9000)
    finally:
        pg_server.restart()
    window.controller.decide("delete", [2])  # the next action reconnects by itself
    with Project.open(url) as p, p.read() as conn:
        got = dict(conn.execute(text("SELECT page_id, decision FROM decisions")).all())
    assert got[1] == "keep" and got[2] == "delete"
