"""The bundle's entry point: the app, or the command line with arguments.

``content-audit`` without arguments opens the window, with a project file (a double-click on an
.audit file) opens that project (audit_app.cli.project_only), otherwise it is the full command
line. freeze_support lets the
crawl's parser processes and the scorer's workers start inside a frozen program.
"""

import multiprocessing
import sys


def run() -> int:
    multiprocessing.freeze_support()
    from audit_app.cli import main

    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(run())
