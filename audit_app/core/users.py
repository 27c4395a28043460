"""Who is making a change: recorded with every change in the audit trail."""

from __future__ import annotations

import getpass
import os


def default_user_name() -> str:
    """CONTENT_AUDIT_USER if set, else the login name; the app's preferences may override it."""
    name = os.environ.get("CONTENT_AUDIT_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "onbekend"
