"""The "Connection" part of the New audit dialog: what the crawl command's network options do.

Certificates (the system's, plus one authority file, or none at all), the proxy, other host
names of the same intranet and a browser's cookies file. The widget only collects and checks;
CrawlConfig carries the answers to the crawl.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from audit_app.ui import file_dialogs
from crawlers.config import CrawlConfig
from crawlers.tls import check_ca_file, check_proxy

TRUST_SYSTEM, TRUST_SYSTEM_AND_FILE, TRUST_NOTHING = "system", "system+file", "none"


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for i, w in enumerate(widgets):
        row.addWidget(w, 1 if i == 0 else 0)
    return row


def _split_hosts(text: str) -> list[str]:
    return [h.strip() for h in text.replace(";", ",").replace(" ", ",").split(",") if h.strip()]


class ConnectionOptions(QGroupBox):
    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(self.tr("Connection"), parent)
        self._folder = folder or Path.home()
        self.trust = QComboBox(self)
        self.trust.addItem(
            self.tr("Certificates trusted by this computer (recommended)"), TRUST_SYSTEM
        )
        self.trust.addItem(self.tr("Those, and this certificate file:"), TRUST_SYSTEM_AND_FILE)
        self.trust.addItem(self.tr("Do not check certificates (unsafe)"), TRUST_NOTHING)
        self.trust.setToolTip(
            self.tr(
                "An intranet certificate from your organisation's own authority is trusted when "
                "that authority is installed on this computer, as on managed laptops."
            )
        )
        self.ca_file = QLineEdit(self)
        self.ca_file.setPlaceholderText(self.tr("Root certificate from IT (.pem, .cer in Base64)"))
        self.ca_browse = QPushButton(self.tr("Browse…"), self)
        self.ca_browse.clicked.connect(self._pick_ca_file)
        self.trust.currentIndexChanged.connect(self._trust_changed)

        self.proxy_mode = QComboBox(self)
        self.proxy_mode.addItem(self.tr("Proxy settings of this computer"), None)
        self.proxy_mode.addItem(self.tr("This proxy:"), "manual")
        self.proxy = QLineEdit(self)
        self.proxy.setPlaceholderText("http://proxy.organisatie.nl:8080")
        self.proxy_mode.currentIndexChanged.connect(self._proxy_changed)

        self.extra_hosts = QLineEdit(self)
        self.extra_hosts.setPlaceholderText(self.tr("e.g. intranet, intranet.gemeente.local"))
        self.extra_hosts.setToolTip(
            self.tr("Other names of the same intranet; links to them are crawled too.")
        )
        self.cookies = QLineEdit(self)
        self.cookies.setPlaceholderText(self.tr("cookies.txt exported from a logged-in browser"))
        cookies_browse = QPushButton(self.tr("Browse…"), self)
        cookies_browse.clicked.connect(self._pick_cookies)

        form = QFormLayout(self)
        form.addRow(self.tr("Certificates"), self.trust)
        form.addRow("", _row(self.ca_file, self.ca_browse))
        form.addRow(self.tr("Proxy"), _row(self.proxy_mode, self.proxy))
        form.addRow(self.tr("Also the same site"), self.extra_hosts)
        form.addRow(self.tr("Cookies file"), _row(self.cookies, cookies_browse))
        self._trust_changed()
        self._proxy_changed()

    def _trust_changed(self) -> None:
        with_file = self.trust.currentData() == TRUST_SYSTEM_AND_FILE
        self.ca_file.setEnabled(with_file)
        self.ca_browse.setEnabled(with_file)

    def _proxy_changed(self) -> None:
        self.proxy.setEnabled(self.proxy_mode.currentData() == "manual")

    def _pick_file(self, title: str, filters: str) -> str | None:
        chosen = file_dialogs.open_file(self, title, self._folder, filters)
        return str(chosen) if chosen else None

    def _pick_ca_file(self) -> None:
        chosen = self._pick_file(
            self.tr("Root certificate"), self.tr("Certificates (*.pem *.cer *.crt);;All files (*)")
        )
        if chosen:
            self.ca_file.setText(chosen)

    def _pick_cookies(self) -> None:
        chosen = self._pick_file(self.tr("Cookies file"), self.tr("Cookies (*.txt);;All files (*)"))
        if chosen:
            self.cookies.setText(chosen)

    # ---- answers ------------------------------------------------------------------------------

    def problems(self) -> list[str]:
        out = []
        if self.trust.currentData() == TRUST_SYSTEM_AND_FILE:
            path = self.ca_file.text().strip()
            if not path:
                out.append(self.tr("Choose the certificate file, or trust this computer's only."))
            elif not Path(path).is_file():
                out.append(self.tr("The certificate file “%1” does not exist.").replace("%1", path))
            elif check_ca_file(path) is not None:
                out.append(
                    self.tr(
                        "“%1” is not a certificate in PEM format. Ask IT for the root certificate "
                        "as Base64 (.pem or .cer)."
                    ).replace("%1", path)
                )
        if self.proxy_mode.currentData() == "manual":
            proxy = self.proxy.text().strip()
            if not proxy or check_proxy(proxy) is not None:
                out.append(
                    self.tr(
                        "Fill in the proxy as http://proxy.organisatie.nl:8080, without user name "
                        "or password."
                    )
                )
        cookies = self.cookies.text().strip()
        if cookies and not Path(cookies).is_file():
            out.append(self.tr("The cookies file “%1” does not exist.").replace("%1", cookies))
        return out

    def apply(self, config: CrawlConfig) -> None:
        trust = self.trust.currentData()
        config.verify_tls = trust != TRUST_NOTHING
        config.ca_file = (
            self.ca_file.text().strip() or None if trust == TRUST_SYSTEM_AND_FILE else None
        )
        manual = self.proxy_mode.currentData() == "manual"
        config.proxy = self.proxy.text().strip() or None if manual else None
        config.extra_hosts = _split_hosts(self.extra_hosts.text())
        config.cookies_file = self.cookies.text().strip() or None
