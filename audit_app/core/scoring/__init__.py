"""Scoring: age, readability, duplicates, signals and suggested decisions for every page.

Qt-free. Call ``score_project`` after a crawl; see docs/scoring.md for what each score means.
The *_LABELS dictionaries give the Dutch words for the keys stored in the scores table.
"""

from audit_app.core.scoring.age import AGE_BAND_LABELS
from audit_app.core.scoring.readability import B1_LABELS, BAND_LABELS, STATUS_LABELS
from audit_app.core.scoring.rules import ACTION_LABELS
from audit_app.core.scoring.runner import ScoreSummary, score_project

__all__ = [
    "ACTION_LABELS",
    "AGE_BAND_LABELS",
    "B1_LABELS",
    "BAND_LABELS",
    "STATUS_LABELS",
    "ScoreSummary",
    "score_project",
]
