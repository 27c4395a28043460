"""Signing review packs, so a returned pack is trusted only for what we sent out.

A pack travels by mail and is edited by hand; anyone can open its hidden sheets with a script.
The pack therefore carries an HMAC over what decides whose changes it holds: the project, the
pack format version, its token, the reviewer and the sorted ids of its pages. The key is a
random secret per project, created when the first pack is made and kept only in the project's
settings table (never in a pack or any other export). Swapping a token between packs or adding
a page to the hidden list breaks the signature.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Sequence

from sqlalchemy import Connection

from audit_app.core.project import get_setting, set_setting

SECRET_SETTING = "review_pack_secret"


def pack_secret(conn: Connection, *, create: bool) -> bytes | None:
    """The project's signing key; with *create*, made on first need (call inside a
    transaction, so two exporters never each store their own)."""
    value = get_setting(conn, SECRET_SETTING)
    if value is None and create:
        value = secrets.token_hex(32)
        set_setting(conn, SECRET_SETTING, value)
    return None if value is None else bytes.fromhex(str(value))


def _message(
    project_id: str, version: int, token: str, reviewer_id: int, page_ids: Sequence[int]
) -> bytes:
    body = [project_id, version, token, reviewer_id, sorted(page_ids)]
    return json.dumps(body, separators=(",", ":")).encode("utf-8")


def sign_pack(
    secret: bytes,
    *,
    project_id: str,
    version: int,
    token: str,
    reviewer_id: int,
    page_ids: Sequence[int],
) -> str:
    msg = _message(project_id, version, token, reviewer_id, page_ids)
    return hmac.new(secret, msg, hashlib.sha256).hexdigest()


def pack_signature_ok(
    secret: bytes | None,
    signature: object,
    *,
    project_id: str,
    version: object,
    token: object,
    reviewer_id: object,
    page_ids: Sequence[int],
) -> bool:
    """Whether *signature* is ours for these values; anything of the wrong type is not."""
    if secret is None or not isinstance(signature, str):
        return False
    if not isinstance(version, int) or not isinstance(reviewer_id, int):
        return False
    expected = sign_pack(
        secret,
        project_id=project_id,
        version=version,
        token=str(token),
        reviewer_id=reviewer_id,
        page_ids=page_ids,
    )
    return hmac.compare_digest(expected, signature)
