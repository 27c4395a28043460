"""The bundle's entry point: the app, or the command line with arguments.

``content-audit`` without arguments opens the window, with a project file (a double-click on an
.audit file) opens that project, otherwise it is the full command line. freeze_support lets the
crawl's parser processes and the scorer's workers start inside a frozen program.
"""

import multiprocessing
import sys


def run() -> int:
    multiprocessing.freeze_support()
    from audit_app.cli import main

    args = sys.argv[1:]
    if len(args) == 1 and args[0].lower().endswith(".audit"):
        args = ["gui", *args]
    return main(args)


if __name__ == "__main__":
    sys.exit(run())
