"""The New audit dialog offers the crawl command's network options, and they reach the crawl."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from audit_app.core.project import Project
from audit_app.ui.connection_options import TRUST_NOTHING, TRUST_SYSTEM_AND_FILE
from audit_app.ui.main_window import MainWindow
from audit_app.ui.new_audit_dialog import NewAuditDialog
from audit_app.ui.settings import Preferences
from tests.crawlers.test_system_trust import https_intranet, make_pki


def _dialog(qtbot: QtBot, tmp_path: Path, parent: MainWindow | None = None) -> NewAuditDialog:
    d = NewAuditDialog(parent, tmp_path)
    qtbot.addWidget(d)
    d.start.setText("https://intranet.gemeente.local/")
    return d


def _choose(combo: object, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))  # type: ignore[attr-defined]


def test_every_network_option_of_the_command_reaches_the_crawl(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pki = make_pki(tmp_path)
    cookies = tmp_path / "cookies.txt"
    cookies.write_text("sessie=abc\n")
    d = _dialog(qtbot, tmp_path)
    assert d.connection.problems() == []
    config = d.result_audit().config
    assert (config.verify_tls, config.ca_file, config.proxy) == (True, None, None)

    _choose(d.connection.trust, TRUST_SYSTEM_AND_FILE)
    assert d.connection.ca_file.isEnabled()
    assert d.problems()  # no file chosen yet
    d.connection.ca_file.setText(str(tmp_path / "weg.pem"))
    assert any("does not exist" in p for p in d.problems())
    (tmp_path / "kapot.pem").write_text("geen certificaat")
    d.connection.ca_file.setText(str(tmp_path / "kapot.pem"))
    assert any("PEM" in p for p in d.problems())
    d.connection.ca_file.setText(str(pki["ca"]))
    _choose(d.connection.proxy_mode, "manual")
    d.connection.proxy.setText("http://jan:geheim@proxy:8080")
    assert any("proxy" in p for p in d.problems())
    d.connection.proxy.setText("http://proxy.gemeente.local:8080")
    d.connection.extra_hosts.setText("intranet, intranet.gemeente.nl")
    d.connection.cookies.setText(str(cookies))
    assert d.problems() == []
    config = d.result_audit().config
    assert config.ca_file == str(pki["ca"]) and config.verify_tls
    assert config.proxy == "http://proxy.gemeente.local:8080"
    assert config.extra_hosts == ["intranet", "intranet.gemeente.nl"]
    assert config.cookies_file == str(cookies)

    _choose(d.connection.trust, TRUST_NOTHING)
    config = d.result_audit().config
    assert not config.verify_tls and config.ca_file is None


def test_single_sign_on_needs_no_user_name(qtbot: QtBot, tmp_path: Path) -> None:
    d = _dialog(qtbot, tmp_path)
    _choose(d.auth_method, "negotiate")
    assert d.problems() == []
    config = d.result_audit().config
    assert (config.auth_method, config.auth_user, config.password) == ("negotiate", None, None)


@pytest.mark.skipif(not Path("/proc").exists(), reason="OpenSSL trust store paths (Linux)")
def test_app_crawls_an_intranet_signed_by_a_chosen_authority(
    qtbot: QtBot, tmp_path: Path, prefs: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    pki = make_pki(tmp_path)
    # This computer trusts another authority only; the dialog adds the organisation's root.
    monkeypatch.setenv("SSL_CERT_FILE", str(pki["other"]))
    monkeypatch.setenv("SSL_CERT_DIR", str(pki["empty_dir"]))
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)
    window = MainWindow(prefs, use_webengine=False)
    qtbot.addWidget(window)
    with https_intranet(pki) as url:
        d = _dialog(qtbot, tmp_path, window)
        d.start.setText(url)
        _choose(d.connection.trust, TRUST_SYSTEM_AND_FILE)
        d.connection.ca_file.setText(str(pki["ca"]))
        assert d.problems() == []
        audit = d.result_audit()
        stages: list[tuple[str, str]] = []
        window.progress_panel.stageFinished.connect(lambda st, out, _r: stages.append((st, out)))
        window.crawls.start_new_audit(audit)
        qtbot.waitUntil(lambda: ("crawl", "done") in stages, timeout=60000)
        qtbot.waitUntil(lambda: not window.progress_panel.is_running(), timeout=120000)
    with Project.open(audit.project_path) as p, p.read() as conn:
        titles = set(conn.execute(text("SELECT title FROM pages WHERE state = 'done'")).scalars())
    assert titles == {"Start", "Verlof"}
    window.close()


def test_help_in_the_dialog_opens_the_login_and_connection_page(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from audit_app.ui.help_viewer import HelpViewer

    d = _dialog(qtbot, tmp_path)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    qtbot.keyClick(d, Qt.Key.Key_F1)
    viewer = d.findChild(HelpViewer)
    assert viewer is not None
    assert viewer.current_page() == "crawl-login-and-scope.md"
    assert "Certificaten en proxy" in viewer.browser.toPlainText()
    viewer.close()
