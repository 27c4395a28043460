"""Help > User guide (F1): the docs/ pages, shown offline in the app.

The guide is the same Markdown as docs/ in the repository. An installed copy carries it as
``resources/help`` (copied there when the wheel or the bundle is built); a source checkout reads
docs/ directly. Qt renders Markdown itself, tables and pictures included, so nothing is
fetched: web links open in the user's browser, never in the viewer.

F1 opens the page that fits what is on screen: the workshop, the navigation, the dashboard...
Every dialog is a ``GuidedDialog`` with its own ``help_topic`` (F1, and a Help button in its
button box); the questions asked with a QInputDialog go through ``ask_text``/``ask_item``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QImage,
    QKeySequence,
    QTextBlock,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
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
    "server-projects.md",
    "install.md",
    "security.md",
    "what-is-extracted.md",
    "crawl-case-probe.md",
    "sample-intranet.md",
)


@dataclass(frozen=True)
class Topic:
    page: str
    heading: str | None = None  # how the heading, paragraph or table cell to show begins


START = Topic("index.md")
TABLE = Topic("app.md", "De paginatabel")
WORKSHOP = Topic("app.md", "Workshopmodus")
DETAIL = Topic("app.md", "De pagina in detail")
NEW_AUDIT = Topic("crawl-login-and-scope.md")
NAVIGATION = Topic("navigation-and-reviewers.md")
REVIEWERS = Topic("navigation-and-reviewers.md", "Reviewers")
DASHBOARD = Topic("navigation-and-reviewers.md", "Overzicht")
CRAWL = Topic("crawl-and-inventory.md")
FILTERS = Topic("app.md", "De paginatabel")
STARTING = Topic("app.md", "Starten.")
DECIDING = Topic("app.md", "Besluiten.")
PLACE = Topic("app.md", "Een plek geven")
PREFERENCES = Topic("app.md", "Taal en voorkeuren.")
ABOUT = Topic("app.md", "Hulp.")
SERVER = Topic("server-projects.md")
OWN_WORDS = Topic("scoring.md", "Eigen woordenlijst")
THRESHOLDS = Topic("scoring.md", "Drempels aanpassen")
REVIEW_PACKS = Topic("export-and-review-packs.md", "Reviewpakketten: beoordelen")
IMPORT_REVIEWS = Topic("export-and-review-packs.md", "Conflicten")
NEW_URL = Topic("export-and-review-packs.md", "Nieuwe adressen inlezen")
MERGE = Topic("export-and-review-packs.md", "Samenvoegen")
SAFETY_COPIES = Topic("project-file.md", "Reservekopieën")


def help_dir() -> Path | None:
    for folder in (PACKAGED, SOURCE):
        if (folder / "index.md").is_file():
            return folder
    return None


def block_of(document: QTextDocument, heading: str) -> QTextBlock | None:
    """The first heading, paragraph or table cell that begins with *heading*."""
    block = document.begin()
    while block.isValid():
        if block.text().startswith(heading):
            return block
        block = block.next()
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
        block = block_of(self.browser.document(), heading)
        if block is None:
            bar.setValue(0)
            return
        self.browser.setTextCursor(QTextCursor(block))
        # The heading at the top, not at the edge where the cursor would merely be visible.
        bar.setValue(bar.value() + self.browser.cursorRect().top() - 8)

    def position_of(self, heading: str) -> int | None:
        """Where the block that begins with *heading* is, in pixels from the top of the
        visible page (None: no such block)."""
        block = block_of(self.browser.document(), heading)
        if block is None:
            return None
        return int(self.browser.cursorRect(QTextCursor(block)).top())

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
    """Open (or raise) the one guide window of *window* at *topic* or what fits the screen.

    A dialog gets its own guide window: a modal dialog blocks every window but its own.
    """
    viewer = window.findChild(HelpViewer, "help-viewer", Qt.FindChildOption.FindDirectChildrenOnly)
    if viewer is None:
        viewer = HelpViewer(window)
    viewer.show_topic(topic or topic_for(window))
    viewer.show()
    viewer.raise_()
    viewer.activateWindow()
    return viewer


def offer_help(dialog: QDialog, topic: Topic) -> None:
    """F1 in *dialog* opens the guide at *topic*."""
    action = QAction(dialog)
    action.setObjectName("help-action")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    action.triggered.connect(lambda: show_help(dialog, topic))
    dialog.addAction(action)


def add_help_button(buttons: QDialogButtonBox, dialog: QDialog, topic: Topic) -> None:
    buttons.addButton(QDialogButtonBox.StandardButton.Help)
    buttons.helpRequested.connect(lambda: show_help(dialog, topic))


class GuidedDialog(QDialog):
    """A dialog of this program: F1 opens the guide at ``help_topic``.

    Subclasses name their topic and hand their button box to ``add_help_button``.
    """

    help_topic: ClassVar[Topic]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        offer_help(self, self.help_topic)

    def add_help_button(self, buttons: QDialogButtonBox) -> None:
        add_help_button(buttons, self, self.help_topic)

    def show_help(self) -> HelpViewer:
        return show_help(self, self.help_topic)


def _question(parent: QWidget | None, topic: Topic, title: str, label: str) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    offer_help(dialog, topic)
    dialog.setOkButtonText(dialog.okButtonText())  # builds the button box, which is made lazily
    buttons = dialog.findChild(QDialogButtonBox)
    if buttons is not None:
        add_help_button(buttons, dialog, topic)
    return dialog


def ask_text(
    parent: QWidget | None,
    topic: Topic,
    title: str,
    label: str,
    text: str = "",
    *,
    multiline: bool = False,
) -> tuple[str, bool]:
    """QInputDialog.getText (or getMultiLineText) with F1 on *topic*."""
    dialog = _question(parent, topic, title, label)
    if multiline:
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setTextValue(text)
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    answer = dialog.textValue()
    dialog.deleteLater()
    return answer, ok


def ask_item(
    parent: QWidget | None, topic: Topic, title: str, label: str, items: list[str]
) -> tuple[str, bool]:
    """QInputDialog.getItem (not editable, the first item chosen) with F1 on *topic*."""
    dialog = _question(parent, topic, title, label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    dialog.setTextValue(items[0] if items else "")
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    answer = dialog.textValue()
    dialog.deleteLater()
    return answer, ok


def ask_yes_no(parent: QWidget | None, topic: Topic, title: str, text: str) -> bool:
    """QMessageBox.question with F1 on *topic*: True when the answer is Yes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    offer_help(box, topic)
    answer = box.exec()
    box.deleteLater()
    return answer == QMessageBox.StandardButton.Yes
