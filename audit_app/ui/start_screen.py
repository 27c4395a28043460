"""The start screen: new audit, open a project, the demo, and the recent projects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PATH_ROLE = Qt.ItemDataRole.UserRole


class StartScreen(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentChosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Content audit"), self)
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 2.2)
        f.setBold(True)
        title.setFont(f)
        intro = QLabel(
            self.tr(
                "Take stock of the old intranet, decide page by page what moves to the new "
                "one, and export the migration plan."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New audit"), self)
        self.open_button = QPushButton(self.tr("Open project"), self)
        self.demo_button = QPushButton(self.tr("View demo"), self)
        for b in (self.new_button, self.open_button, self.demo_button):
            b.setMinimumHeight(48)
            b.setMinimumWidth(180)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        self.recent = QListWidget(self)
        self.recent.itemActivated.connect(
            lambda item: self.recentChosen.emit(Path(item.data(PATH_ROLE)))
        )
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QVBoxLayout()
        box.addSpacing(24)
        box.addWidget(title)
        box.addWidget(intro)
        box.addSpacing(16)
        box.addLayout(buttons)
        box.addSpacing(16)
        box.addWidget(QLabel(self.tr("Recent projects (double-click to open)"), self))
        self.recent.setMaximumHeight(360)
        self.recent.setSpacing(3)
        self.recent.setAlternatingRowColors(True)
        self.recent.setToolTip(self.tr("Double-click to open"))
        box.addWidget(self.recent)
        box.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(box, 4)
        outer.addStretch(1)

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for p in paths:
            item = QListWidgetItem(f"{p.stem}\n{p.parent}")
            item.setData(PATH_ROLE, str(p))
            item.setToolTip(str(p))
            if not p.exists():
                item.setText(item.text() + self.tr("  (not found)"))
            self.recent.addItem(item)
        if not paths:
            self.recent.addItem(self.tr("No recent projects yet."))
