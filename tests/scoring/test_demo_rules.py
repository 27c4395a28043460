"""Every suggestion rule is seen in the demo (issue 12): people try the rules on the sample
intranet, so each must decide or add to the suggestion of at least one of its pages.

Which rule fired is read from the rules themselves on the stored page facts, never from the
reason sentences (those are words for people).
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from audit_app.commands.demo import build_demo
from audit_app.core.project import Project
from audit_app.core.scoring.cheap import apply_cheap
from audit_app.core.scoring.facts import PageFacts
from audit_app.core.scoring.rules import FALLBACK, RULES
from audit_app.core.scoring.settings import ScoringSettings, load_settings


def rules_seen(f: PageFacts, settings: ScoringSettings) -> tuple[str, list[str]]:
    """The action and the keys of the rules that make up the page's suggestion: the first rule
    that fires decides, later rules with the same action add their reason."""
    action: str | None = None
    keys: list[str] = []
    for rule in RULES:
        if action is not None and rule.action != action:
            continue
        if rule.check(f, settings) is None:
            continue
        action = action or rule.action
        keys.append(rule.key)
    if action is None:
        return FALLBACK.action, [FALLBACK.key]
    return action, keys


def test_the_demo_shows_every_suggestion_rule(tmp_path: Path) -> None:
    path = build_demo(tmp_path / "demo.audit", quiet=True)
    with Project.open(path) as project:
        settings = load_settings(project)
        with project.transaction() as conn:  # recomputes what scoring stored, from the facts
            facts = apply_cheap(conn, settings, datetime.now(UTC).date())
    seen: Counter[str] = Counter()
    for f in facts:
        action, keys = rules_seen(f, settings)
        assert action == f.suggestion, f.url  # the same order and rules as the scorer
        seen.update(keys)
    expected = [rule.key for rule in (*RULES, FALLBACK)]
    assert [key for key in expected if not seen[key]] == []
    assert seen["recent-and-readable"] >= 3  # the pages the communication team keeps up
