"""A second person in another process: decides pages of a project over and over.

    python -m tests.server_worker LOCATION WHO ROUNDS SEED [--hold]

Prints the number of changes it made. With ``--hold`` it makes one change inside a
transaction, prints ``holding`` and waits to be killed (a client that dies mid-transaction).
"""

from __future__ import annotations

import random
import sys
import time

from audit_app.core.changes import DECISIONS, FieldChange, apply_changes
from audit_app.core.project import Project

PAGES = range(1, 11)


def main(argv: list[str]) -> int:
    location, who, rounds, seed = argv[0], argv[1], int(argv[2]), int(argv[3])
    rng = random.Random(seed)
    made = 0
    with Project.open(location) as project:
        if "--hold" in argv:
            with project.transaction() as conn:
                apply_changes(conn, [FieldChange("decision", 1, "note", "half af")], who=who)
                print("holding", flush=True)
                time.sleep(600)
        for i in range(rounds):
            pages = rng.sample(list(PAGES), 3)
            changes = [
                FieldChange("decision", p, "decision", rng.choice([*DECISIONS, None]))
                for p in pages
            ] + [FieldChange("decision", pages[0], "note", f"{who} {i}")]
            with project.transaction() as conn:
                made += len(apply_changes(conn, changes, who=who, source="app"))
    print(made, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
