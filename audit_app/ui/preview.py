"""The page preview widget, shared by the detail panel and workshop mode.

It shows the stored snapshot of a page and nothing else (DESIGN invariant 4). With Qt
WebEngine, four things keep it that way: the snapshot is sanitised before it is shown
(``preview_policy``), a request interceptor lets through only the page's own origin under the
app's ``intranet:`` scheme, whose style sheets and images the app fetches itself and hands
over without response headers (``preview_resources``), the page refuses every navigation
but its own snapshot, and the engine runs with scripts, plugins, prefetching, icons and error
pages off in a profile that keeps nothing.
Where WebEngine cannot start (offscreen, no GPU) a text browser that loads no resources at
all shows the sanitised snapshot.
"""

from __future__ import annotations

import html
import os
from typing import Any

from PySide6.QtCore import QByteArray, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from audit_app.ui.preview_policy import (
    LOCAL_SCHEME,
    is_request_allowed,
    local_address,
    navigation_allowed,
    sanitise_snapshot,
)
from audit_app.ui.preview_resources import make_scheme_handler, scheme_registered

MAX_PREVIEW_CHARS = 1_500_000  # WebEngine's setHtml stops at 2 MB

# WebEngine page settings, by attribute name, so a test can read them back.
PREVIEW_SETTINGS: dict[str, bool] = {
    "JavascriptEnabled": False,
    "JavascriptCanOpenWindows": False,
    "JavascriptCanAccessClipboard": False,
    "LocalStorageEnabled": False,
    "LocalContentCanAccessRemoteUrls": False,
    "LocalContentCanAccessFileUrls": False,
    "PluginsEnabled": False,
    "PdfViewerEnabled": False,
    "AutoLoadIconsForPage": False,
    "TouchIconsEnabled": False,
    "DnsPrefetchEnabled": False,
    "HyperlinkAuditingEnabled": False,
    "NavigateOnDropEnabled": False,
    "ErrorPageEnabled": False,
    "WebGLEnabled": False,
    "ScreenCaptureEnabled": False,
    "FullScreenSupportEnabled": False,
    "AllowRunningInsecureContent": False,
    "FocusOnNavigationEnabled": False,
    "WebRTCPublicInterfacesOnly": True,
    "PlaybackRequiresUserGesture": True,
}


def webengine_usable() -> bool:
    """WebEngine needs a GPU-capable platform; offscreen tests and headless runs fall back."""
    if os.environ.get("CONTENT_AUDIT_NO_WEBENGINE"):
        return False
    if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal", "vnc"):
        return False
    try:
        from PySide6.QtWebEngineCore import QWebEngineUrlRequestInterceptor  # noqa: F401
        from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: F401
    except ImportError:
        return False
    return True


def make_interceptor(page_url: str | None, parent: Any = None) -> Any:
    """A request interceptor that blocks everything outside *page_url*'s origin."""
    from PySide6.QtWebEngineCore import QWebEngineUrlRequestInterceptor

    class OriginOnlyInterceptor(QWebEngineUrlRequestInterceptor):
        def __init__(self, page_url: str | None, parent: Any = None) -> None:
            super().__init__(parent)
            self.page_url = page_url
            self.blocked: list[str] = []

        def interceptRequest(self, info: Any) -> None:
            url = info.requestUrl().toString()
            if not is_request_allowed(url, self.page_url):
                self.blocked.append(url)
                info.block(True)

    return OriginOnlyInterceptor(page_url, parent)


def make_snapshot_page(profile: Any, parent: Any) -> Any:
    """A QWebEnginePage that accepts only the snapshot the app loads into it."""
    from PySide6.QtWebEngineCore import QWebEnginePage

    class SnapshotPage(QWebEnginePage):
        linkClicked = Signal(str)

        def __init__(self, profile: Any, parent: Any) -> None:
            super().__init__(profile, parent)
            self.refused: list[str] = []

        def acceptNavigationRequest(self, url: QUrl, kind: Any, is_main_frame: bool) -> bool:
            typed = kind == QWebEnginePage.NavigationType.NavigationTypeTyped
            if navigation_allowed(url.toString(), typed=typed, main_frame=is_main_frame):
                return True
            self.refused.append(url.toString()[:300])
            if kind == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
                self.linkClicked.emit(url.toString())
            return False

        def createWindow(self, _type: Any) -> Any:
            return None

    page = SnapshotPage(profile, parent)
    from PySide6.QtWebEngineCore import QWebEngineSettings

    settings = page.settings()
    for name, value in PREVIEW_SETTINGS.items():
        settings.setAttribute(getattr(QWebEngineSettings.WebAttribute, name), value)
    return page


class OfflineTextBrowser(QTextBrowser):
    """The fallback viewer; it never reads an image or style sheet, from disk or elsewhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.refused: list[str] = []

    def loadResource(self, type: int, name: QUrl) -> Any:
        # Never None or empty bytes: then QTextDocument reads local files itself, and for
        # images so does its image handler unless it is given a picture.
        self.refused.append(name.toString())
        if type == QTextDocument.ResourceType.ImageResource:
            blank = QImage(1, 1, QImage.Format.Format_ARGB32)
            blank.fill(0)
            return blank
        return QByteArray(b" ")


class PagePreview(QWidget):
    """The page as it looked; WebEngine when possible, else a text browser.

    ``linkClicked`` carries the address of a link someone clicked in the preview; the preview
    itself never follows it.
    """

    linkClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, use_webengine: bool | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.interceptor: Any = None
        self.resources: Any = None
        self.view: Any = None
        self.page_url: str | None = None
        self._base_points: float | None = None
        self.zoom = 1.0
        if use_webengine is None:
            use_webengine = webengine_usable()
        self.uses_webengine = False
        if use_webengine:
            try:
                self.view = self._make_webengine()
                self.uses_webengine = True
            except Exception:
                self.view = None
        if not self.uses_webengine:
            self.view = OfflineTextBrowser(self)
            self.view.anchorClicked.connect(self._anchor_clicked)
        lay.addWidget(self.view)

    def _make_webengine(self) -> Any:
        from PySide6.QtWebEngineCore import QWebEngineProfile
        from PySide6.QtWebEngineWidgets import QWebEngineView

        view = QWebEngineView(self)
        # Off the record (no storage name: nothing on disk); a child of self made after the
        # view, so the page inside the view is deleted before its profile.
        profile = QWebEngineProfile(self)
        profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        profile.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
        )
        profile.setSpellCheckEnabled(False)
        self.interceptor = make_interceptor(None, profile)
        profile.setUrlRequestInterceptor(self.interceptor)
        if scheme_registered():
            # Without the scheme (the QApplication was made elsewhere) the preview loads no
            # style sheets or images at all: the interceptor allows no network address.
            self.resources = make_scheme_handler(profile)
            profile.installUrlSchemeHandler(LOCAL_SCHEME.encode(), self.resources)
        page = make_snapshot_page(profile, view)
        page.linkClicked.connect(self.linkClicked)
        view.setPage(page)
        # A new document starts at the engine's default zoom: keep the one asked for.
        view.loadFinished.connect(lambda _ok: view.setZoomFactor(self.zoom))
        return view

    def set_zoom(self, factor: float) -> None:
        """Larger or smaller, for a room at the back of a projector (1.0: as the page was)."""
        factor = min(max(factor, 0.25), 5.0)
        self.zoom = factor
        if self.uses_webengine:
            self.view.setZoomFactor(factor)
            return
        font = self.view.font()
        if self._base_points is None:
            self._base_points = font.pointSizeF()
        font.setPointSizeF(self._base_points * factor)
        self.view.setFont(font)

    def _anchor_clicked(self, url: QUrl) -> None:
        base = QUrl(self.page_url or "")
        self.linkClicked.emit(base.resolved(url).toString())

    def show_html(self, markup: str, page_url: str) -> None:
        """Show the stored *markup* of the page at *page_url* (its own origin may be loaded)."""
        safe = sanitise_snapshot(markup, page_url) if len(markup) <= MAX_PREVIEW_CHARS else None
        if safe is None or len(safe) > MAX_PREVIEW_CHARS:
            self.show_message(
                self.tr("This page is too large to preview; see its text on the Text tab.")
            )
            return
        self.page_url = page_url
        if self.uses_webengine:
            self.interceptor.page_url = page_url
            if self.resources is not None:
                self.resources.page_url = page_url
            self.view.setHtml(safe, QUrl(local_address(page_url) or "about:blank"))
        else:
            self.view.setHtml(safe)

    def show_message(self, message: str) -> None:
        body = f"<p style='color:#666; margin:24px'>{html.escape(message)}</p>"
        self.page_url = None
        if self.uses_webengine:
            self.interceptor.page_url = None
            if self.resources is not None:
                self.resources.page_url = None
        self.view.setHtml(body)
