"""What every command that prints shares: ``--quiet`` and ``--format json``.

``--quiet`` drops what is written beside the result while a command works (the progress bar,
"Voorbeeldproject: ...", "1200 adressen geschreven naar ..."); the result on standard output
and errors stay, as they always did for ``crawl --quiet`` and ``score --quiet``.

``--format json`` prints one JSON object instead of the Dutch sentences, for scripts: the
command, its exit code, the lines it would have printed, an error if there was one, and the
figures a command puts in its result with ``set_result``.

The options are added here to every command, so none can forget them; a command that already
has its own ``--format`` keeps it: summary (text/json) and inventory (jsonl/csv) print data in
it, and export, whose ``--format`` is the kind of file it writes, takes ``--json`` instead.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
from typing import Any

OWN_FORMAT = ("summary", "inventory")  # summary prints its own JSON; inventory streams rows


def add_common_options(parser: argparse.ArgumentParser, path: str = "") -> None:
    """Give every leaf command --quiet and --format (unless it has its own)."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if subs:
        for action in subs:
            for name, child in action.choices.items():
                add_common_options(child, f"{path} {name}".strip())
        return
    if not path:
        return
    options = {o for a in parser._actions for o in a.option_strings}
    if "--quiet" not in options:
        parser.add_argument(
            "-q",
            "--quiet",
            action="store_true",
            help="geen voortgang of toelichting; het resultaat en fouten blijven",
        )
    if "--format" not in options:
        parser.add_argument(
            "--format",
            choices=("text", "json"),
            default="text",
            help="uitvoer als tekst (standaard) of als één JSON-object",
        )
    elif path not in OWN_FORMAT:
        # --format already names the file to write (export: xlsx, csv, nginx...).
        parser.add_argument(
            "--json", action="store_true", help="het resultaat als één JSON-object tonen"
        )
    parser.set_defaults(command_path=path)


def wants_json(args: argparse.Namespace) -> bool:
    if getattr(args, "json", False):
        return True
    return (
        getattr(args, "format", None) == "json"
        and getattr(args, "command_path", "") not in OWN_FORMAT
    )


def set_result(args: argparse.Namespace, **data: Any) -> None:
    """Figures for --format json (page counts, written files); unused in text mode."""
    result = getattr(args, "result", None)
    if result is None:
        result = {}
        args.result = result
    result.update(data)


def run(args: argparse.Namespace) -> int:
    """Run the command; with --format json its printed lines go into one JSON object."""
    if not wants_json(args):
        return int(args.func(args) or 0)
    captured = io.StringIO()
    with contextlib.redirect_stdout(captured):
        code = int(args.func(args) or 0)
    emit_json(args, code, captured.getvalue())
    return code


def emit_json(
    args: argparse.Namespace, code: int, printed: str = "", error: str | None = None
) -> None:
    doc: dict[str, Any] = {
        "command": getattr(args, "command_path", None),
        "exit_code": code,
        "ok": code == 0 and error is None,
    }
    if error is not None:
        doc["error"] = error
    doc["messages"] = [line for line in printed.splitlines() if line.strip()]
    doc.update(getattr(args, "result", None) or {})
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2, default=str) + "\n")
