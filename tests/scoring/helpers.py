"""Put crawl results straight into a project file, as the crawler would store them."""

from __future__ import annotations

import json
import socket
from typing import Any

import pytest
from sqlalchemy import insert

from audit_app.core import schema as s
from audit_app.core.project import Project


def add_page(
    project: Project,
    url: str,
    text: str | None = "",
    *,
    evidence: list[dict[str, str]] | None = None,
    **fields: Any,
) -> int:
    """Add a fetched page (state done, status 200) with its main text; returns its id.

    ``words`` defaults to the number of white-space tokens of the text, like the crawler's count.
    """
    values: dict[str, Any] = {
        "url": url,
        "kind": "page",
        "state": "done",
        "status": 200,
        "depth": 1,
        "found_via": "link",
        "title": "Titel",
        "h1": "Kop",
        "owner": "Afdeling P&O",
        "words": len((text or "").split()),
    }
    values.update(fields)
    with project.transaction() as conn:
        page_id = int(conn.execute(insert(s.pages).values(**values)).inserted_primary_key[0])
        conn.execute(
            insert(s.page_content).values(
                page_id=page_id,
                text=text,
                date_evidence=json.dumps(evidence) if evidence is not None else None,
            )
        )
    return page_id


def add_link(project: Project, from_id: int, to_id: int | None, to_url: str = "") -> None:
    with project.transaction() as conn:
        conn.execute(
            insert(s.links).values(
                from_page_id=from_id,
                to_page_id=to_id,
                to_url=to_url or f"http://intranet.test/{to_id}",
                internal=True,
            )
        )


def score_row(project: Project, page_id: int) -> dict[str, Any]:
    from sqlalchemy import select

    with project.read() as conn:
        row = conn.execute(select(s.scores).where(s.scores.c.page_id == page_id)).mappings().one()
    out = dict(row)
    for key in ("long_sentences", "long_words", "signals", "suggestion_reasons"):
        if out.get(key) is not None:
            out[key] = json.loads(out[key])
    return out


def block_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every connection outside this machine fail for the rest of the test."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if host not in ("127.0.0.1", "::1", "localhost") and self.family != socket.AF_UNIX:
            raise OSError(f"network blocked in test: {address}")
        real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)
