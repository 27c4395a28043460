"""The organisation's own word list: its jargon, abbreviations and officialese with plainer
alternatives, on top of the lists that ship with the app.

Edits go straight into the project (and its audit trail). When the dialog closes after a
change it emits ``listChanged``; the main window then redoes the word counts in the background
so indications and reasons match the list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from audit_app.core import own_words
from audit_app.core.project import Project
from audit_app.ui.commands import current_user
from audit_app.ui.file_dialogs import open_file, save_file

_STYLE = {
    "error": "background:#fdecea; color:#8a1c12; border:1px solid #f5c2bd; padding:4px",
    "info": "background:#e8f3ec; color:#1d5a32; border:1px solid #b9dcc5; padding:4px",
}


class OwnWordsDialog(QDialog):
    listChanged = Signal()

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.changed = False
        self.setWindowTitle(self.tr("Own word list"))
        self.resize(760, 480)
        intro = QLabel(
            self.tr(
                "Words your organisation wants rewritten: jargon, abbreviations, officialese. "
                "They are marked in the text with your alternative, on top of the built-in list. "
                "Separate several forms of one word with | (for example: "
                "verstrekken|verstrekt)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Word"), self.tr("Plainer alternative"), self.tr("Language")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)

        self.word = QLineEdit(self)
        self.word.setPlaceholderText(self.tr("Word, e.g. BHV"))
        self.alternative = QLineEdit(self)
        self.alternative.setPlaceholderText(self.tr("Alternative, e.g. bedrijfshulpverlening"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Dutch"), "nl")
        self.language.addItem(self.tr("English"), "en")
        self.add_button = QPushButton(self.tr("Add or change"), self)
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)
        self.alternative.returnPressed.connect(self.add)
        entry = QHBoxLayout()
        entry.addWidget(self.word, 2)
        entry.addWidget(self.alternative, 3)
        entry.addWidget(self.language)
        entry.addWidget(self.add_button)

        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove)
        import_button = QPushButton(self.tr("Import CSV…"), self)
        import_button.clicked.connect(self.import_csv)
        export_button = QPushButton(self.tr("Export CSV…"), self)
        export_button.clicked.connect(self.export_csv)
        actions = QHBoxLayout()
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        actions.addWidget(import_button)
        actions.addWidget(export_button)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.table, 1)
        lay.addLayout(entry)
        lay.addLayout(actions)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.finished.connect(self._closed)
        self.reload()

    def _say(self, kind: str, text: str) -> None:
        self.message.setStyleSheet(_STYLE[kind])
        self.message.setText(text)
        self.message.show()

    def reload(self) -> None:
        with self.project.read() as conn:
            entries = own_words.list_words(conn)
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            for col, value in enumerate((e.word, e.alternative, e.language)):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.remove_button.setEnabled(False)

    def _selected(self) -> None:
        rows = {i.row() for i in self.table.selectedItems()}
        self.remove_button.setEnabled(bool(rows))
        if len(rows) == 1:
            row = rows.pop()
            self.word.setText(self.table.item(row, 0).text())
            self.alternative.setText(self.table.item(row, 1).text())
            self.language.setCurrentIndex(
                max(0, self.language.findData(self.table.item(row, 2).text()))
            )

    def add(self) -> None:
        try:
            with self.project.transaction() as conn:
                done = own_words.add_word(
                    conn,
                    self.word.text(),
                    self.alternative.text(),
                    language=str(self.language.currentData()),
                    who=current_user(),
                )
        except own_words.WordListError as exc:
            self._say("error", str(exc))
            return
        self.changed |= done
        self._say(
            "info",
            self.tr("Saved: %1 → %2")
            .replace("%1", self.word.text().strip())
            .replace("%2", self.alternative.text().strip()),
        )
        self.word.clear()
        self.alternative.clear()
        self.word.setFocus()
        self.reload()

    def remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedItems()})
        entries = [(self.table.item(r, 0).text(), self.table.item(r, 2).text()) for r in rows]
        with self.project.transaction() as conn:
            for word, language in entries:
                self.changed |= own_words.remove_word(
                    conn, word, language=language, who=current_user()
                )
        self._say("info", self.tr("%1 removed.").replace("%1", ", ".join(w for w, _l in entries)))
        self.reload()

    def import_csv(self) -> None:
        path = open_file(
            self, self.tr("Import word list"), Path.home(), self.tr("CSV files (*.csv *.txt)")
        )
        if path is None:
            return
        try:
            with self.project.transaction() as conn:
                changed, same = own_words.import_csv(
                    conn, path, who=current_user(), source=f"app:{path.name}"
                )
        except own_words.WordListError as exc:
            self._say("error", self.tr("Nothing imported: %1").replace("%1", str(exc)))
            return
        self.changed |= changed > 0
        self._say(
            "info",
            self.tr("%1 words added or changed, %2 unchanged.")
            .replace("%1", str(changed))
            .replace("%2", str(same)),
        )
        self.reload()

    def export_csv(self) -> None:
        path = save_file(
            self,
            self.tr("Export word list"),
            Path.home() / "woordenlijst.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path is None:
            return
        try:
            with self.project.read() as conn:
                n = own_words.export_csv(conn, path)
        except OSError as exc:
            self._say(
                "error",
                self.tr("Not saved: %1 (%2)")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or ""),
            )
            return
        self._say(
            "info", self.tr("%1 words saved in %2.").replace("%1", str(n)).replace("%2", path.name)
        )

    def _closed(self, _result: int) -> None:
        if self.changed:
            self.changed = False
            self.listChanged.emit()
