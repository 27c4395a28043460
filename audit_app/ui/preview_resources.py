"""The old intranet's own style sheets and images for the page preview, fetched by the app.

Chromium never talks to the network for the preview. The snapshot is shown under a base
address of our own scheme (``intranet://host:port/path``), so every image and style sheet the
page asks for comes to ``IntranetResources``. It fetches that address from the page's own
origin with Qt's network stack and hands Chromium the body and its type, and nothing else:
no response headers, so a ``Link: rel=preconnect`` or ``Set-Cookie`` header from the old
server never reaches the browser engine. A redirect is followed only within the origin, a
response is cut off at ``MAX_RESOURCE_BYTES``, and a request ends after
``RESOURCE_TIMEOUT_MS``.

The scheme must be registered before the QApplication exists (``register_scheme``).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QUrl
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

from audit_app.ui.preview_policy import (
    DEFAULT_PORTS,
    LOCAL_DEFAULT_PORT,
    LOCAL_SCHEME,
    origin_of,
    remote_address,
)

MAX_RESOURCE_BYTES = 20 * 1024 * 1024
RESOURCE_TIMEOUT_MS = 15_000
MAX_REDIRECTS = 5
_MIME = re.compile(r"^[a-z0-9.+\-]+/[a-z0-9.+\-]+$")


def register_scheme() -> bool:
    """Tell WebEngine about ``intranet:``; must run before the QApplication is created."""
    try:
        from PySide6.QtWebEngineCore import QWebEngineUrlScheme
    except ImportError:
        return False
    if QWebEngineUrlScheme.schemeByName(LOCAL_SCHEME.encode()).name():
        return True
    scheme = QWebEngineUrlScheme(LOCAL_SCHEME.encode())
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.HostAndPort)
    scheme.setDefaultPort(LOCAL_DEFAULT_PORT)
    # Secure: an https page's images are not "mixed content". CORS: fonts and style sheets
    # from the same origin load as they would from the intranet itself.
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme | QWebEngineUrlScheme.Flag.CorsEnabled)
    QWebEngineUrlScheme.registerScheme(scheme)
    return True


def scheme_registered() -> bool:
    try:
        from PySide6.QtWebEngineCore import QWebEngineUrlScheme
    except ImportError:
        return False
    return bool(QWebEngineUrlScheme.schemeByName(LOCAL_SCHEME.encode()).name())


def localise_css(css: bytes, page_url: str) -> bytes:
    """Absolute addresses of the page's own origin inside a style sheet, as ``intranet:``."""
    own = origin_of(page_url)
    if own is None:
        return css
    scheme, host, port = own
    explicit = rf"{re.escape(scheme)}://{re.escape(host)}:{port}(?![0-9])"
    bare = rf"{re.escape(scheme)}://{re.escape(host)}(?![:0-9a-z.\-])"
    pattern = f"{explicit}|{bare}" if port == DEFAULT_PORTS[scheme] else explicit
    target = f"{LOCAL_SCHEME}://{host}:{port}".encode()
    return re.sub(pattern.encode(), lambda _m: target, css, flags=re.IGNORECASE)


def make_scheme_handler(parent: QObject) -> Any:
    """The handler for ``intranet:`` requests of one preview (its page set with ``page_url``)."""
    from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob, QWebEngineUrlSchemeHandler

    class IntranetResources(QWebEngineUrlSchemeHandler):
        def __init__(self, parent: QObject) -> None:
            super().__init__(parent)
            self.page_url: str | None = None
            self.fetched: list[str] = []
            self.refused: list[str] = []
            self.network = QNetworkAccessManager(self)
            self.network.setRedirectPolicy(
                QNetworkRequest.RedirectPolicy.UserVerifiedRedirectPolicy
            )

        def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
            requested = job.requestUrl().toString()
            page_url = self.page_url
            remote = remote_address(requested, page_url)
            if remote is None or page_url is None or job.requestMethod() != b"GET":
                self.refused.append(requested[:300])
                job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
                return
            self.fetched.append(remote)
            request = QNetworkRequest(QUrl(remote))
            request.setTransferTimeout(RESOURCE_TIMEOUT_MS)
            request.setMaximumRedirectsAllowed(MAX_REDIRECTS)
            request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
            reply = self.network.get(request)
            _Transfer(job, reply, page_url, self)

    return IntranetResources(parent)


class _Transfer(QObject):
    """One resource on its way from the old intranet to the preview."""

    def __init__(self, job: Any, reply: QNetworkReply, page_url: str, parent: QObject) -> None:
        super().__init__(parent)
        self.job: Any = job
        self.reply = reply
        self.page_url = page_url
        job.destroyed.connect(self._job_gone)
        reply.redirected.connect(self._redirected)
        reply.downloadProgress.connect(self._progress)
        reply.finished.connect(self._finished)

    def _job_gone(self) -> None:
        # The page was replaced or closed: Chromium deleted the job; stop the download.
        self.job = None
        self.reply.abort()

    def _redirected(self, target: QUrl) -> None:
        if origin_of(target.toString()) == origin_of(self.page_url):
            self.reply.redirectAllowed.emit()
        else:
            self.reply.abort()

    def _progress(self, received: int, _total: int) -> None:
        if received > MAX_RESOURCE_BYTES:
            self.reply.abort()

    def _finished(self) -> None:
        from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob

        job, reply = self.job, self.reply
        self.job = None
        try:
            if job is None:
                return
            job.destroyed.disconnect(self._job_gone)
            status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
            if reply.error() != QNetworkReply.NetworkError.NoError or status != 200:
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
                return
            body = bytes(reply.read(MAX_RESOURCE_BYTES + 1).data())
            if len(body) > MAX_RESOURCE_BYTES:
                job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
                return
            raw_type = str(reply.header(QNetworkRequest.KnownHeaders.ContentTypeHeader) or "")
            mime = raw_type.split(";", 1)[0].strip().lower()
            if not _MIME.match(mime):
                mime = "application/octet-stream"
            if mime == "text/css":
                body = localise_css(body, self.page_url)
            buffer = QBuffer(job)
            buffer.setData(QByteArray(body))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            job.reply(mime.encode(), buffer)
        finally:
            reply.deleteLater()
            self.deleteLater()
