"""``content-audit demo``: the bundled sample intranet, crawled and scored, to try everything
without a real intranet. With --no-gui it only prints a summary."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

from audit_app.commands.crawl import print_summary
from audit_app.core.db import ProjectError
from audit_app.core.progress import Progress
from audit_app.core.project import Project

DEFAULT_DEMO_FILE = Path.home() / "content-audit-demo.audit"
DEMO_NAME = "Demo: Gemeente Zuiderveen"


class DemoPathError(ProjectError):
    pass


def _remove_old_demo(path: Path) -> None:
    """A demo starts fresh, but only ever replaces an earlier demo: never someone's audit."""
    try:
        with Project.open(path) as old, old.read() as conn:
            starts = [
                json.loads(c).get("start", [])
                for (c,) in conn.exec_driver_sql("SELECT config FROM crawl_runs")
            ]
            # ours or the app's demo: named so, and only ever crawled the local sample server
            is_demo = old.name.startswith("Demo") and all(
                str(u).startswith("http://127.0.0.1:") for start in starts for u in start
            )
    except (ProjectError, ValueError):
        is_demo = False
    if not is_demo:
        raise DemoPathError(
            f"{path} bestaat al en is geen demoproject; het wordt niet overschreven. "
            "Kies met --project een ander bestand."
        )
    path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "demo",
        help="Probeer alles uit op het voorbeeld-intranet",
        description="Crawlt en scoort het meegeleverde voorbeeld-intranet.",
    )
    p.add_argument(
        "--project", metavar="FILE", help=f"projectbestand (standaard {DEFAULT_DEMO_FILE})"
    )
    p.add_argument("--no-gui", action="store_true", help="zonder venster: alleen een samenvatting")
    p.set_defaults(func=run)


def _score(project: Project) -> str | None:
    """Score when the scoring runner is installed; returns a line for the summary."""
    try:
        runner = importlib.import_module("audit_app.core.scoring.runner")
    except ImportError:
        return None
    score_project = getattr(runner, "score_project", None)
    if score_project is None:
        return None
    result = score_project(project, Progress())
    return f"Gescoord: {result}" if result is not None else "Gescoord."


def build_demo(path: Path, *, quiet: bool = False) -> Path:
    """Crawl the sample intranet into *path* (a fresh project) and score it."""
    from audit_app.core.crawl_job import crawl_sample_intranet

    if path.exists():
        _remove_old_demo(path)
    with Project.create(path, name=DEMO_NAME) as project:
        summary = crawl_sample_intranet(project, Progress())
        if not quiet:
            print_summary(summary)
        line = _score(project)
        if line and not quiet:
            print(line)
    return path


def run(args: argparse.Namespace) -> int:
    path = Path(args.project).expanduser() if args.project else DEFAULT_DEMO_FILE
    if not getattr(args, "quiet", False):
        print(f"Voorbeeldproject: {path}", file=sys.stderr)
    if not args.no_gui:
        # the window crawls and scores an empty demo project itself, with progress on screen
        if path.exists():
            _remove_old_demo(path)
        app = importlib.import_module("audit_app.ui.app")
        return int(app.run_app(project_path=path, demo=True) or 0)
    build_demo(path, quiet=False)
    with Project.open(path) as project, project.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT kind, state, COUNT(*) FROM pages GROUP BY kind, state ORDER BY 1, 2"
        ).all()
    for kind, state, n in rows:
        print(f"  {kind:9} {state:9} {n}")
    print(f"Open het project met: content-audit gui {path}")
    return 0
