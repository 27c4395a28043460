"""Start content-audit from a source checkout: ``python main.py [COMMAND ...]``."""

import sys

from audit_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
