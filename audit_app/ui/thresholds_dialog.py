"""Audit > Scoring thresholds: the project's own limits, each with what it means.

A content workshop decides what "old" and "too hard to read" mean for this intranet. The values
are stored in the project file (core's ScoringSettings, the same keys as ``score --set``), so
everyone who opens the project scores alike. After saving, the pages are scored again.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from audit_app.core.project import Project
from audit_app.core.scoring.settings import ScoringSettings, load_settings, save_settings
from audit_app.ui import help_viewer

Row = tuple[str, str, str, str, float]


def groups() -> list[tuple[str, list[Row]]]:
    """(group, [(key, label, explanation, unit, maximum)]), in the order a workshop thinks."""
    return [
        (
            QCoreApplication.translate("Thresholds", "Age"),
            [
                (
                    "age_lt1",
                    QCoreApplication.translate("Thresholds", "New up to"),
                    QCoreApplication.translate(
                        "Thresholds", "Younger than this counts as new (under a year by default)."
                    ),
                    "y",
                    50,
                ),
                (
                    "age_lt2",
                    QCoreApplication.translate("Thresholds", "Recent up to"),
                    QCoreApplication.translate("Thresholds", "The second age band ends here."),
                    "y",
                    50,
                ),
                (
                    "age_lt5",
                    QCoreApplication.translate("Thresholds", "Aging up to"),
                    QCoreApplication.translate("Thresholds", "Older than this is the oldest band."),
                    "y",
                    50,
                ),
            ],
        ),
        (
            QCoreApplication.translate("Thresholds", "Readability (B1)"),
            [
                (
                    "b1_min",
                    QCoreApplication.translate("Thresholds", "Probably B1 from"),
                    QCoreApplication.translate(
                        "Thresholds",
                        "Flesch-Douma (Dutch) or reading ease (English) from here: probably B1.",
                    ),
                    "",
                    120,
                ),
                (
                    "above_b1_max",
                    QCoreApplication.translate("Thresholds", "Above B1 below"),
                    QCoreApplication.translate(
                        "Thresholds", "Below this the text is almost certainly harder than B1."
                    ),
                    "",
                    120,
                ),
                (
                    "long_sentence_words",
                    QCoreApplication.translate("Thresholds", "Long sentence from"),
                    QCoreApplication.translate(
                        "Thresholds",
                        "Sentences this long are marked (needs a full re-score).",
                    ),
                    "w",
                    200,
                ),
                (
                    "long_word_syllables",
                    QCoreApplication.translate("Thresholds", "Long word from (syllables)"),
                    QCoreApplication.translate(
                        "Thresholds",
                        "Words with this many syllables are underlined (needs a full re-score).",
                    ),
                    "",
                    20,
                ),
                (
                    "long_word_letters",
                    QCoreApplication.translate("Thresholds", "Long word from (letters)"),
                    QCoreApplication.translate(
                        "Thresholds", "Or with this many letters (needs a full re-score)."
                    ),
                    "",
                    60,
                ),
            ],
        ),
        (
            QCoreApplication.translate("Thresholds", "Words and sentences (B1)"),
            [
                (
                    "uncommon_max_pct",
                    QCoreApplication.translate("Thresholds", "Uncommon words above (%)"),
                    QCoreApplication.translate(
                        "Thresholds",
                        "More words outside the common vocabulary than this share: the B1 "
                        "indication goes one step harder.",
                    ),
                    "",
                    100,
                ),
                (
                    "officialese_max_per_100",
                    QCoreApplication.translate("Thresholds", "Officialese per 100 words above"),
                    QCoreApplication.translate(
                        "Thresholds",
                        "More officialese or jargon words per 100 words than this: the B1 "
                        "indication goes one step harder.",
                    ),
                    "",
                    100,
                ),
                (
                    "passive_max_pct",
                    QCoreApplication.translate("Thresholds", "Passive sentences above (%)"),
                    QCoreApplication.translate(
                        "Thresholds",
                        "More passive sentences than this share: the B1 indication goes one "
                        "step harder.",
                    ),
                    "",
                    100,
                ),
                (
                    "officialese_rewrite_min",
                    QCoreApplication.translate("Thresholds", "Rewrite from (officialese words)"),
                    QCoreApplication.translate(
                        "Thresholds",
                        "This many officialese words (and more than the limit per 100 words) "
                        "give the suggestion “rewrite”.",
                    ),
                    "w",
                    1000,
                ),
            ],
        ),
        (
            QCoreApplication.translate("Thresholds", "Signals"),
            [
                (
                    "thin_words",
                    QCoreApplication.translate("Thresholds", "Little text below"),
                    QCoreApplication.translate(
                        "Thresholds", "Pages with fewer words get the signal “little text”."
                    ),
                    "w",
                    10000,
                ),
                (
                    "old_document_years",
                    QCoreApplication.translate("Thresholds", "Old document after"),
                    QCoreApplication.translate(
                        "Thresholds", "Documents older than this get the signal “old document”."
                    ),
                    "y",
                    50,
                ),
                (
                    "near_duplicate_jaccard",
                    QCoreApplication.translate("Thresholds", "Near copy from"),
                    QCoreApplication.translate(
                        "Thresholds",
                        "How alike two texts must be to count as copies (0-1; full re-score).",
                    ),
                    "",
                    1,
                ),
            ],
        ),
        (
            QCoreApplication.translate("Thresholds", "Suggestions"),
            [
                (
                    "delete_orphan_years",
                    QCoreApplication.translate("Thresholds", "Delete orphans older than"),
                    QCoreApplication.translate(
                        "Thresholds",
                        "No links to it (or no visitors) and older than this: suggest delete.",
                    ),
                    "y",
                    50,
                ),
                (
                    "delete_news_years",
                    QCoreApplication.translate("Thresholds", "Delete news older than"),
                    QCoreApplication.translate(
                        "Thresholds",
                        "News items and agenda entries older than this: suggest delete.",
                    ),
                    "y",
                    50,
                ),
                (
                    "rewrite_years",
                    QCoreApplication.translate("Thresholds", "Rewrite when unchanged for"),
                    QCoreApplication.translate(
                        "Thresholds", "Not changed for this long: suggest rewrite."
                    ),
                    "y",
                    50,
                ),
                (
                    "keep_max_years",
                    QCoreApplication.translate("Thresholds", "Keep when younger than"),
                    QCoreApplication.translate(
                        "Thresholds", "Recent and easy to read: suggest keep."
                    ),
                    "y",
                    50,
                ),
            ],
        ),
    ]


class ThresholdsDialog(help_viewer.GuidedDialog):
    help_topic = help_viewer.THRESHOLDS

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.changed = False
        self.setWindowTitle(self.tr("Scoring thresholds"))
        self.setObjectName("thresholds-dialog")
        current = load_settings(project)
        self.defaults = ScoringSettings()
        kinds = {f.name: f.type for f in fields(ScoringSettings)}
        units = {"y": self.tr(" years"), "w": self.tr(" words"), "": ""}
        self.editors: dict[str, QSpinBox | QDoubleSpinBox] = {}
        body = QWidget(self)
        body_lay = QVBoxLayout(body)
        intro = QLabel(
            self.tr(
                "These limits belong to this project: everyone who opens it scores the same "
                "way. Suggestions change, decisions never do."
            ),
            body,
        )
        intro.setWordWrap(True)
        body_lay.addWidget(intro)
        for title, rows in groups():
            box = QGroupBox(title, body)
            form = QFormLayout(box)
            for key, label, explanation, unit, maximum in rows:
                editor: QSpinBox | QDoubleSpinBox
                if kinds[key] in (int, "int"):
                    editor = QSpinBox(box)
                    editor.setRange(1, int(maximum))
                    editor.setValue(int(getattr(current, key)))
                else:
                    editor = QDoubleSpinBox(box)
                    editor.setDecimals(2)
                    editor.setSingleStep(0.05 if maximum == 1 else 0.5)
                    editor.setRange(0.0, float(maximum))
                    editor.setValue(float(getattr(current, key)))
                editor.setSuffix(units[unit])
                editor.setToolTip(explanation)
                editor.setObjectName(key)
                note = QLabel(explanation, box)
                note.setWordWrap(True)
                note.setStyleSheet("color: palette(mid)")
                column = QVBoxLayout()
                column.addWidget(editor)
                column.addWidget(note)
                form.addRow(label, column)
                self.editors[key] = editor
            body_lay.addWidget(box)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save and score again"))
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.add_help_button(buttons)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.resize(640, 720)

    def values(self) -> ScoringSettings:
        return ScoringSettings.from_dict({k: e.value() for k, e in self.editors.items()})

    def restore_defaults(self) -> None:
        for key, editor in self.editors.items():
            editor.setValue(getattr(self.defaults, key))

    def problems(self) -> list[str]:
        v = self.values()
        out = []
        if not v.age_lt1 < v.age_lt2 < v.age_lt5:
            out.append(self.tr("The age bands must go up: new < recent < aging."))
        if not v.above_b1_max < v.b1_min:
            out.append(self.tr("“Above B1 below” must be lower than “Probably B1 from”."))
        return out

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.error.setText("\n".join(problems))
            return
        self.changed = self.values() != load_settings(self.project)
        if self.changed:
            save_settings(self.project, self.values())
        super().accept()
