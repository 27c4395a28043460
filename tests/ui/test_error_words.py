"""Core's errors and progress notes carry codes; the app words them in the user's language."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from audit_app.core.crawl_job import run_crawl
from audit_app.core.crawl_lock import CrawlLockedError
from audit_app.core.db import ProjectError
from audit_app.core.progress import Progress
from audit_app.core.project import Project
from audit_app.ui import worker
from audit_app.ui.error_words import error_text, progress_text, user_message
from crawlers.config import CrawlConfig
from crawlers.start_items import CrawlStartError, resolve_start


def _open_error(path: Path) -> ProjectError:
    with pytest.raises(ProjectError) as caught:
        Project.open(path)
    return caught.value


def test_a_file_that_is_no_project_in_english_and_dutch(
    qtbot: QtBot, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    notes = tmp_path / "notes.audit"
    notes.write_text("boodschappen " * 20, encoding="utf-8")
    exc = _open_error(notes)
    assert exc.code == "not-a-project" and exc.params == {"name": "notes.audit"}
    assert str(exc).startswith("notes.audit is geen content-audit-project")  # CLI and log
    # what the app shows when opening fails in the background (the task manager's message)
    assert worker._user_message(exc) == (
        "notes.audit is not a content-audit project. Choose an .audit file or start a new audit."
    )
    request.getfixturevalue("dutch")
    assert worker._user_message(exc) == (
        "notes.audit is geen content-audit-project. Kies een .audit-bestand of maak een "
        "nieuwe audit."
    )


def test_a_missing_file_and_a_folder(tmp_path: Path) -> None:
    missing = _open_error(tmp_path / "weg.audit")
    assert missing.code == "missing"
    assert error_text(missing) == f"The file {tmp_path / 'weg.audit'} does not exist."
    folder = tmp_path / "map.audit"
    folder.mkdir()
    assert error_text(_open_error(folder)) == f"{folder} is a folder, not a project file."


def test_crawl_start_errors_have_codes() -> None:
    with pytest.raises(CrawlStartError) as caught:
        resolve_start([], fetch=lambda *_a, **_k: None, max_bytes=1000)  # type: ignore[arg-type,return-value]
    assert caught.value.code == "no-start"
    assert error_text(caught.value) == "Give at least one start address, folder, zip file or list."
    with pytest.raises(CrawlStartError) as caught:
        resolve_start(["/nergens/te/vinden"], fetch=None, max_bytes=1000)  # type: ignore[arg-type]
    assert caught.value.code == "not-found"
    assert error_text(caught.value) == (
        "'/nergens/te/vinden' is no web address (http:// or https://) and no folder or file either."
    )


def _login_error(tmp_path: Path) -> CrawlStartError:
    """Logging in with basic but no user name: the engine refuses before any request."""
    cfg = CrawlConfig(start=["http://127.0.0.1:9/"], auth_method="basic")
    with Project.create(tmp_path / "p.audit") as project, pytest.raises(CrawlStartError) as caught:
        run_crawl(project, cfg, Progress())
    return caught.value


def test_login_settings_and_the_crawl_lock_in_english(tmp_path: Path) -> None:
    exc = _login_error(tmp_path)
    assert (exc.code, exc.params) == ("login-needs-user", {"method": "basic"})
    assert str(exc) == "Voor inloggen met basic is een gebruikersnaam nodig."  # CLI and log
    assert worker._user_message(exc) == "Logging in with basic needs a user name."
    lock = CrawlLockedError("…", code="lock-failed", name="p.audit.crawl-lock")
    assert error_text(lock) == "The lock file p.audit.crawl-lock could not be locked."


@pytest.mark.usefixtures("dutch")
def test_login_settings_in_dutch(tmp_path: Path) -> None:
    exc = _login_error(tmp_path)
    assert worker._user_message(exc) == "Voor inloggen met basic is een gebruikersnaam nodig."


@pytest.mark.usefixtures("dutch")
def test_environment_errors_in_dutch() -> None:
    full = sqlite3.OperationalError("database or disk is full")
    assert user_message(full).startswith("De schijf is vol: de wijziging is niet opgeslagen.")
    place = OSError(28, "No space left on device", "/mnt/usb/plan.xlsx")
    assert user_message(place).endswith("(/mnt/usb/plan.xlsx)")
    assert user_message(ValueError("iets anders")) == "iets anders"  # no code: as it is


def test_environment_errors_in_english() -> None:
    full = sqlite3.OperationalError("database or disk is full")
    assert user_message(full).startswith("The disk is full: the change was not saved.")


def test_crawl_progress_is_worded_from_its_code(request: pytest.FixtureRequest) -> None:
    progress = Progress(min_interval=0)
    progress.update(
        done=12,
        message="12 opgehaald, 3 in de rij",
        code="crawl",
        params={"fetched": 12, "queued": 3, "case_insensitive": True},
    )
    assert progress_text(progress.state) == (
        "12 fetched, 3 waiting. The server ignores capitals: variants count as one page"
    )
    request.getfixturevalue("dutch")
    assert progress_text(progress.state) == (
        "12 opgehaald, 3 in de rij. Server negeert hoofdletters: varianten worden als één "
        "pagina geteld"
    )
    progress.update(message="plan.xlsx")  # a note without a code is shown as it is
    assert progress_text(progress.state) == "plan.xlsx"


def test_export_progress_is_worded_from_its_code(
    project: Project, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from audit_app.core.progress import ProgressState
    from exporters.workbook import export_workbook
    from tests.exporters.helpers import build_sample

    build_sample(project)
    seen: list[ProgressState] = []
    progress = Progress(lambda st: seen.append(ProgressState(**vars(st))), min_interval=0)
    export_workbook(project, tmp_path / "plan.xlsx", progress=progress)
    codes = [st.code for st in seen if st.code]
    assert codes[0] == "export-sheet" and codes[-2:] == ["save", "done"]
    saving = next(st for st in seen if st.code == "save")
    sheet = next(st for st in seen if st.code == "export-sheet")
    assert (progress_text(saving), progress_text(sheet)) == ("Saving", "Writing Migratieplan")
    request.getfixturevalue("dutch")
    assert (progress_text(saving), progress_text(sheet)) == ("Opslaan", "Migratieplan schrijven")


def test_certificate_and_proxy_problems_have_codes(tmp_path: Path) -> None:
    from crawlers.tls import check_ca_file, network_code

    bad = tmp_path / "bad.pem"
    bad.write_text("geen certificaat", encoding="utf-8")
    code = network_code(str(bad), None)
    assert code == ("ca-not-pem", {"path": str(bad)})
    assert network_code(None, "http://piet:geheim@proxy:8080") == (
        "proxy-login",
        {"url": "http://piet:geheim@proxy:8080"},
    )
    assert (check_ca_file(str(bad)) or "").startswith(f"{bad} is geen certificaat in PEM")  # CLI
    exc = CrawlStartError(check_ca_file(str(bad)) or "", code=code[0], **code[1])
    assert user_message(exc).startswith(f"{bad} is not a certificate in PEM format")


def test_page_views_file_problems_in_english_and_dutch(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from audit_app.core.scoring.views_import import ViewsImportError, read_rows

    empty = tmp_path / "weergaven.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ViewsImportError) as caught:
        read_rows(empty)
    assert (caught.value.code, caught.value.params) == ("views-empty", {"name": "weergaven.csv"})
    assert user_message(caught.value) == "weergaven.csv is empty. Nothing was imported."
    request.getfixturevalue("dutch")
    assert user_message(caught.value) == str(caught.value)  # the CLI's words
