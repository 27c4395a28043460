"""Help > User guide (F1): the docs/ pages, shown offline in the app.

The guide is the same Markdown as docs/ in the repository. An installed copy carries it as
``resources/help`` (copied there when the wheel or the bundle is built); a source checkout reads
docs/ directly. Qt renders Markdown itself, tables and pictures included, so nothing is
fetched: web links open in the user's browser, never in the viewer.

F1 opens the page that fits what is on screen: the workshop, the navigation, the dashboard...
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import resources

PACKAGED = Path(resources.__file__).resolve().parent / "help"
SOURCE = Path(__file__).resolve().parents[2] / "docs"
# The guide's pages in reading order; others found in the folder follow alphabetically.
ORDER = (
    "index.md",
    "app.md",
    "crawl-and-inventory.md",
    "crawl-login-and-scope.md",
    "scoring.md",
    "navigation-and-reviewers.md",
    "export-and-review-packs.md",
    "project-file.md",
    "install.md",
    "security.md",
    "what-is-extracted.md",
    "crawl-case-probe.md",
    "sample-intranet.md",
)


@dataclass(frozen=True)
class Topic:
    page: str
    heading: str | None = None  # text at the start of the paragraph or heading to show


START = Topic("index.md")
TABLE = Topic("app.md", "De paginatabel")
WORKSHOP = Topic("app.md", "Workshopmodus")
DETAIL = Topic("app.md", "De pagina in detail")
NEW_AUDIT = Topic("crawl-login-and-scope.md")
NAVIGATION = Topic("navigation-and-reviewers.md")
REVIEWERS = Topic("navigation-and-reviewers.md", "Reviewers")
DASHBOARD = Topic("navigation-and-reviewers.md", "Dashboard")
CRAWL = Topic("crawl-and-inventory.md")
FILTERS = Topic("app.md", "De paginatabel")


def help_dir() -> Path | None:
    for folder in (PACKAGED, SOURCE):
        if (folder / "index.md").is_file():
            return folder
    return None


def pages(folder: Path) -> list[Path]:
    found = {p.name: p for p in folder.glob("*.md")}
    ordered = [found.pop(name) for name in ORDER if name in found]
    return ordered + sorted(found.values())


def title_of(path: Path) -> str:
    try:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    except OSError:
        pass
    return path.stem


class GuideBrowser(QTextBrowser):
    """Shows guide pages; pictures are scaled down to the text's width."""

    MAX_IMAGE_WIDTH = 640

    def loadResource(self, kind: int, name: QUrl) -> object:
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = QImage(name.toLocalFile())
            if not image.isNull() and image.width() > self.MAX_IMAGE_WIDTH:
                image = image.scaledToWidth(
                    self.MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation
                )
            return image
        return super().loadResource(kind, name)


class HelpViewer(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help-viewer")
        self.setWindowTitle(self.tr("Content audit – user guide"))
        self.folder = help_dir()
        self.contents = QListWidget(self)
        self.browser = GuideBrowser(self)
        self.browser.setOpenLinks(False)  # every link is checked in _follow
        self.browser.anchorClicked.connect(self._follow)
        self.browser.sourceChanged.connect(self._source_changed)
        back = QPushButton(self.tr("Back"), self)
        back.setShortcut(QKeySequence.StandardKey.Back)
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        if self.folder is not None:
            for path in pages(self.folder):
                item = QListWidgetItem(title_of(path), self.contents)
                item.setData(Qt.ItemDataRole.UserRole, path.name)
        self.contents.currentItemChanged.connect(self._chosen)
        split = QSplitter(self)
        split.addWidget(self.contents)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 740])
        self.contents.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addLayout(buttons)
        self.resize(1040, 720)
        if self.folder is None:
            self.browser.setPlainText(
                self.tr("The user guide is not installed with this copy of the program.")
            )

    def current_page(self) -> str | None:
        url = self.browser.source()
        return Path(url.toLocalFile()).name if url.isLocalFile() else None

    def show_topic(self, topic: Topic) -> None:
        if self.folder is None:
            return
        path = self.folder / topic.page
        if not path.is_file():
            path = self.folder / "index.md"
        if self.current_page() != path.name:
            self.browser.setSource(
                QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
            )
        self._source_changed()
        self._scroll_to(topic.heading)
        # Once shown and laid out, again: the position depends on the window's width.
        QTimer.singleShot(0, self.browser, lambda: self._scroll_to(topic.heading))

    def _scroll_to(self, heading: str | None) -> None:
        bar = self.browser.verticalScrollBar()
        if not heading:
            bar.setValue(0)
            return
        self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        if self.browser.find(heading):
            # The heading at the top, not at the bottom edge where find() leaves it.
            bar.setValue(bar.value() + self.browser.cursorRect().top() - 8)
        cursor = self.browser.textCursor()
        cursor.clearSelection()
        self.browser.setTextCursor(cursor)

    def position_of(self, text: str) -> int | None:
        """Where *text* starts, in pixels from the top of the visible page (None: not found)."""
        found = self.browser.document().find(text)
        if found.isNull():
            return None
        found.clearSelection()
        return int(self.browser.cursorRect(found).top())

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole) != self.current_page():
            self.show_topic(Topic(str(item.data(Qt.ItemDataRole.UserRole))))

    def _source_changed(self, _url: QUrl | None = None) -> None:
        name = self.current_page()
        for i in range(self.contents.count()):
            item = self.contents.item(i)
            mine = item.data(Qt.ItemDataRole.UserRole) == name
            if mine and self.contents.currentItem() is not item:
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.blockSignals(False)

    def _follow(self, url: QUrl) -> None:
        """Guide pages open here; web addresses in the browser; nothing else anywhere."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = self.browser.source().resolved(url) if url.isRelative() else url
        if self.folder is None or not target.isLocalFile():
            return
        path = Path(target.toLocalFile()).resolve()
        if path.parent != self.folder.resolve() or path.suffix != ".md" or not path.is_file():
            return  # a link to source code or outside the guide: not shown in the viewer
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )
        if target.fragment():
            self.browser.scrollToAnchor(target.fragment())
        self._source_changed()


def topic_for(window: QWidget) -> Topic:
    """The guide's page for what the main window shows now."""
    focus = window.focusWidget()
    docks = {
        "dock-navigation": NAVIGATION,
        "dock-dashboard": DASHBOARD,
        "dock-crawl": CRAWL,
        "dock-detail": DETAIL,
        "dock-filters": FILTERS,
    }
    widget = focus
    while widget is not None:
        topic = docks.get(widget.objectName())
        if topic is not None:
            return topic
        widget = widget.parentWidget()
    workshop = getattr(window, "workshop_mode", None)
    if workshop is not None and workshop.active():
        return WORKSHOP
    if getattr(window, "project", None) is None:
        return START
    return TABLE


def show_help(window: QWidget, topic: Topic | None = None) -> HelpViewer:
    """Open (or raise) the one guide window of *window* at *topic* or what fits the screen."""
    viewer = window.findChild(HelpViewer, "help-viewer")
    if viewer is None:
        viewer = HelpViewer(window)
    viewer.show_topic(topic or topic_for(window))
    viewer.show()
    viewer.raise_()
    viewer.activateWindow()
    return viewer
