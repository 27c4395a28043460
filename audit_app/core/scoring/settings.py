"""Scoring thresholds: declared once, with types and defaults, stored per project.

People tune these in a workshop ("for us, old means older than 3 years"), so they live in the
project file under the settings key ``scoring`` and every part of the scorer reads them from
one ``ScoringSettings`` object. Unknown keys are ignored and bad values fall back to the
default, so a hand-edited setting can never stop scoring.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, fields
from typing import Any

from audit_app.core.project import Project

SETTINGS_KEY = "scoring"


@dataclass(frozen=True)
class ScoringSettings:
    # Age bands, in years: lt1 < age_lt1 <= 1-2 < age_lt2 <= 2-5 < age_lt5 <= gt5.
    age_lt1: float = 1.0
    age_lt2: float = 2.0
    age_lt5: float = 5.0
    # Indicative B1 band on the Flesch-Douma score (nl) or Flesch reading ease (en).
    b1_min: float = 70.0  # at or above: "waarschijnlijk B1 of eenvoudiger"
    above_b1_max: float = 50.0  # below: "vrijwel zeker boven B1"
    # Highlighting (part of the stored text statistics: a change needs a full re-score).
    long_sentence_words: int = 25
    long_word_syllables: int = 4
    long_word_letters: int = 13
    # Near duplicates (a change needs a full re-score).
    near_duplicate_jaccard: float = 0.9
    # Word-level B1: each signal above its limit moves the B1 indication one step up.
    uncommon_max_pct: float = 6.0  # words outside the common vocabulary, % of judged words
    officialese_max_per_100: float = 1.0  # officialese/jargon words per 100 words
    passive_max_pct: float = 25.0  # passive sentences, % of sentences
    officialese_rewrite_min: int = 5  # this many officialese words: a rewrite reason
    # Signals.
    thin_words: int = 50
    old_document_years: float = 5.0
    # Suggestion rules.
    delete_orphan_years: float = 5.0  # no inlinks and older than this: delete
    delete_news_years: float = 2.0  # a news item or agenda entry older than this: delete
    rewrite_years: float = 5.0  # not changed for this long: rewrite
    keep_max_years: float = 2.0  # "recent" for the keep rule

    @classmethod
    def from_dict(cls, raw: Any) -> ScoringSettings:
        if not isinstance(raw, dict):
            return cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in raw:
                continue
            default = f.default
            value = raw[f.name]
            if isinstance(value, bool) or not isinstance(value, int | float):
                continue
            values[f.name] = int(value) if isinstance(default, int) else float(value)
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def load_settings(project: Project) -> ScoringSettings:
    return ScoringSettings.from_dict(project.setting(SETTINGS_KEY, {}))


def save_settings(project: Project, settings: ScoringSettings) -> None:
    project.set_setting(SETTINGS_KEY, settings.to_dict())


def update_settings(project: Project, **changes: Any) -> ScoringSettings:
    """Change some thresholds and keep the rest; returns the new settings."""
    new = dataclasses.replace(load_settings(project), **changes)
    save_settings(project, new)
    return new
