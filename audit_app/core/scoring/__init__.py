"""Scoring: age, readability, duplicates, signals and suggested decisions for every page.

Qt-free. Call ``score_project`` after a crawl; see docs/scoring.md for what each score means.
"""

from audit_app.core.scoring.runner import ScoreSummary, score_project

__all__ = ["ScoreSummary", "score_project"]
