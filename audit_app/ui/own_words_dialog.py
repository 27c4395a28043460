"""The organisation's own word list: its jargon, abbreviations and officialese with plainer
alternatives, on top of the lists that ship with the app.

Every edit is an undo command on the main window's stack (so Ctrl+Z takes it back, also after
the dialog closed) and goes into the project's audit trail. After a change the word counts are
redone in the background (``WordRecheck``, debounced) so marks, indications and reasons match
the list.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from audit_app.ui import help_viewer
from audit_app.ui.commands import ProjectCommand, current_user
from audit_app.ui.error_words import user_message
from audit_app.ui.file_dialogs import open_file, save_file

_STYLE = {
    "error": "background:#fdecea; color:#8a1c12; border:1px solid #f5c2bd; padding:4px",
    "info": "background:#e8f3ec; color:#1d5a32; border:1px solid #b9dcc5; padding:4px",
}


Target = tuple[str, str, str | None]  # language, word, alternative (None: remove)


class OwnWordsCommand(ProjectCommand):
    """Set some entries of the own list; undo puts back what each entry was before."""

    def __init__(
        self,
        project: Project,
        targets: list[Target],
        who: str,
        text: str,
        *,
        on_done: Callable[[], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_applied: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(project, who, text, on_done=on_done, on_error=on_error)
        self.targets = targets
        self.before: list[own_words.OwnWord | None] | None = None
        self.changed = 0
        self.on_applied = on_applied  # with the number of entries that changed

    def _redo(self, conn: Any, source: str) -> None:
        before = [own_words.find_word(conn, lang, word) for lang, word, _alt in self.targets]
        self.changed = 0
        for lang, word, alt in self.targets:
            if alt is None:
                done = own_words.remove_word(conn, word, language=lang, who=self.who, source=source)
            else:
                done = own_words.add_word(
                    conn, word, alt, language=lang, who=self.who, source=source
                )
            self.changed += int(done)
        if self.before is None:
            self.before = before
        if self.on_applied is not None:
            self.on_applied(self.changed)
        if not self.changed:
            self.setObsolete(True)  # nothing changed: no entry on the undo stack

    def _undo(self, conn: Any) -> None:
        assert self.before is not None
        for (lang, word, _alt), old in reversed(list(zip(self.targets, self.before, strict=True))):
            if old is None:
                own_words.remove_word(conn, word, language=lang, who=self.who, source="undo")
            else:
                own_words.add_word(
                    conn, old.word, old.alternative, language=lang, who=self.who, source="undo"
                )


class WordRecheck(QObject):
    """Redo the word counts once the own list has been left alone for a moment, one run at a
    time: *start* launches the background job and calls its argument when that job ends."""

    DELAY_MS = 1500

    def __init__(self, start: Callable[[Callable[[], None]], None], parent: QObject) -> None:
        super().__init__(parent)
        self._start = start
        self._running = False
        self._again = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DELAY_MS)
        self.timer.timeout.connect(self._fire)

    def touch(self) -> None:
        self.timer.start()

    def _fire(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        self._start(self._finished)

    def _finished(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self._fire()


class OwnWordsDialog(help_viewer.GuidedDialog):
    help_topic = help_viewer.OWN_WORDS

    def __init__(
        self,
        project: Project,
        undo_stack: QUndoStack,
        on_change: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = undo_stack
        self.on_change = on_change
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
        self.add_help_button(buttons)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.table, 1)
        lay.addLayout(entry)
        lay.addLayout(actions)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
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

    def _push(self, targets: list[Target], text: str) -> int | None:
        """Apply *targets* as one undo command: the number of entries changed, or None (with
        the message shown) on bad input."""
        errors: list[str] = []
        applied: list[int] = []
        cmd = OwnWordsCommand(
            self.project,
            targets,
            current_user(),
            text,
            on_done=self._changed,
            on_error=errors.append,
            on_applied=applied.append,
        )
        self.undo_stack.push(cmd)
        if errors:
            self._say("error", errors[0])
            return None
        return applied[0] if applied else 0

    def _changed(self) -> None:
        if self.isVisible():
            self.reload()
        if self.on_change is not None:
            self.on_change()

    def add(self) -> None:
        word, alternative = self.word.text().strip(), self.alternative.text().strip()
        target = (str(self.language.currentData()), word, alternative)
        label = QCoreApplication.translate("UndoCommand", "Own word '%1'").replace("%1", word)
        if self._push([target], label) is None:
            return
        self._say("info", self.tr("Saved: %1 → %2").replace("%1", word).replace("%2", alternative))
        self.word.clear()
        self.alternative.clear()
        self.word.setFocus()

    def remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedItems()})
        targets: list[Target] = [
            (self.table.item(r, 2).text(), self.table.item(r, 0).text(), None) for r in rows
        ]
        if not targets:
            return
        names = ", ".join(word for _lang, word, _alt in targets)
        label = QCoreApplication.translate("UndoCommand", "Remove own words: %1").replace(
            "%1", names
        )
        if self._push(targets, label) is not None:
            self._say("info", self.tr("%1 removed.").replace("%1", names))

    def import_csv(self) -> None:
        path = open_file(
            self, self.tr("Import word list"), Path.home(), self.tr("CSV files (*.csv *.txt)")
        )
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        try:
            rows = own_words.read_csv(path)
        except own_words.WordListError as exc:
            self._say("error", self.tr("Nothing imported: %1").replace("%1", user_message(exc)))
            return
        targets: list[Target] = [(lang, word, alt) for lang, word, alt in rows]
        label = QCoreApplication.translate("UndoCommand", "Import own words from %1").replace(
            "%1", path.name
        )
        changed = self._push(targets, label)
        if changed is None:
            return
        self._say(
            "info",
            self.tr("%1 words added or changed, %2 unchanged.")
            .replace("%1", str(changed))
            .replace("%2", str(len(targets) - changed)),
        )

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
