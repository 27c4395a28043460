"""Why a fetch failed, as a code with its facts.

A fetcher's ``FetchResult.error`` and the stored ``pages.error`` hold ``{"code": "not-found",
"status": 404}`` as JSON, so the app and the exports word it in the reader's language
(audit_app/ui/crawl_words.py, exporters/crawl_words.py) and no code compares sentences.
Projects crawled before hold a Dutch sentence there: :func:`decode` returns it as it is.

The codes: aborted, offsite, redirect-unusable (location), redirect-loop, too-many-redirects
(max), login-failed, login-required, forbidden, not-found (status), removed, too-many-requests
(retries), server-error (status, retries), refused (status), too-slow (seconds), certificate,
negotiate (detail: the login library's Dutch sentence), timeout (seconds), bad-address,
unknown-host, connection-refused, decode-failed, connection-lost, unexpected (detail); for a
folder or zip file: not-a-file-address, outside-folder, bad-path, shortcut-outside,
broken-shortcut, no-read-permission, unreadable (detail), no-index, not-a-regular-file,
zip-link, zip-bomb, read-limit, loose-file. Any of them may carry ``during: "read"``.
"""

from __future__ import annotations

import json
from typing import Any


def fetch_error(code: str, **params: Any) -> str:
    """The failure as FetchResult.error and pages.error keep it."""
    return json.dumps({"code": code, **params}, ensure_ascii=False)


def decode(stored: str | None) -> dict[str, Any] | str | None:
    """The stored error: a dict with its code, or an older version's sentence as it is."""
    if not stored:
        return None
    if stored.startswith("{"):
        try:
            value = json.loads(stored)
        except ValueError:
            return stored
        if isinstance(value, dict) and isinstance(value.get("code"), str):
            return value
    return stored


def error_code(stored: str | None) -> str | None:
    """Just the code (None for no error or an older version's sentence)."""
    value = decode(stored)
    return value["code"] if isinstance(value, dict) else None


def with_params(stored: str, **params: Any) -> str:
    """The same failure with more facts (e.g. it happened while reading the answer)."""
    value = decode(stored)
    if not isinstance(value, dict):
        return stored
    return json.dumps({**value, **params}, ensure_ascii=False)
