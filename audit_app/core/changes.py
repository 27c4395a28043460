"""Every change people make goes through here.

One function applies a list of field changes inside the caller's transaction and records each
with who, when, old and new value. That record is the audit trail, the basis for undo/redo
(apply the inverse) and the reference for merging review packs (what changed since the pack
went out). A crawl or a score never calls this: they do not change what people decided.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, update

from audit_app.core import schema as s
from audit_app.core.project import utcnow

DECISIONS = ("keep", "rewrite", "delete")
REVIEW_STATUSES = ("todo", "reviewed", "discuss")

# entity -> (table, key column, editable fields)
_ENTITIES: dict[str, tuple[Table, str, frozenset[str]]] = {
    "decision": (
        s.decisions,
        "page_id",
        frozenset({"decision", "nav_node_id", "reviewer_id", "review_status", "note"}),
    ),
    "nav_node": (s.nav_nodes, "id", frozenset({"title", "parent_id", "position"})),
    "reviewer": (s.reviewers, "id", frozenset({"name", "email", "department"})),
}


class ChangeError(ValueError):
    """A change that is not allowed, worded for the user."""


@dataclass(frozen=True)
class FieldChange:
    entity: str  # decision | nav_node | reviewer
    entity_id: int  # page id for "decision"
    field: str
    new_value: Any


@dataclass(frozen=True)
class AppliedChange:
    entity: str
    entity_id: int
    field: str
    old_value: Any
    new_value: Any

    def inverse(self) -> FieldChange:
        return FieldChange(self.entity, self.entity_id, self.field, self.old_value)


def _validate(change: FieldChange) -> None:
    if change.entity not in _ENTITIES:
        raise ChangeError(f"Onbekend soort wijziging: {change.entity}")
    if change.field not in _ENTITIES[change.entity][2]:
        raise ChangeError(f"Het veld {change.field} kan niet worden gewijzigd.")
    v = change.new_value
    if change.field == "decision" and v not in (*DECISIONS, None):
        raise ChangeError(f"Ongeldig besluit: {v!r} (kies keep, rewrite of delete).")
    if change.field == "review_status" and v not in REVIEW_STATUSES:
        raise ChangeError(f"Ongeldige reviewstatus: {v!r}.")
    if change.field == "title" and not (isinstance(v, str) and v.strip()):
        raise ChangeError("Een navigatie-item heeft een naam nodig.")
    if change.field == "name" and not (isinstance(v, str) and v.strip()):
        raise ChangeError("Een reviewer heeft een naam nodig.")


def _next_batch(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(s.changes.c.batch), 0))).scalar_one()) + 1


def apply_changes(
    conn: Connection, changes: Sequence[FieldChange], *, who: str, source: str = "app"
) -> list[AppliedChange]:
    """Apply *changes* in the caller's transaction and record them as one batch.

    Changes that set a field to the value it already has are skipped. Returns what was really
    changed, with old values, so a caller can build the inverse for undo.
    """
    for ch in changes:
        _validate(ch)
    applied: list[AppliedChange] = []
    at = utcnow()
    batch: int | None = None
    for ch in changes:
        table, key, _fields = _ENTITIES[ch.entity]
        key_col = table.c[key]
        row = conn.execute(select(table.c[ch.field]).where(key_col == ch.entity_id)).first()
        if row is None:
            if ch.entity != "decision":
                raise ChangeError(f"{ch.entity} {ch.entity_id} bestaat niet (meer).")
            exists = conn.execute(select(s.pages.c.id).where(s.pages.c.id == ch.entity_id)).first()
            if exists is None:
                raise ChangeError(f"Pagina {ch.entity_id} bestaat niet in dit project.")
            conn.execute(insert(s.decisions).values(page_id=ch.entity_id, review_status="todo"))
            old = "todo" if ch.field == "review_status" else None
        else:
            old = row[0]
        if old == ch.new_value:
            continue
        values: dict[str, Any] = {ch.field: ch.new_value}
        if ch.entity == "decision":
            values |= {"updated_at": at, "updated_by": who}
        conn.execute(update(table).where(key_col == ch.entity_id).values(**values))
        if batch is None:
            batch = _next_batch(conn)
        conn.execute(
            insert(s.changes).values(
                batch=batch,
                entity=ch.entity,
                entity_id=ch.entity_id,
                field=ch.field,
                old_value=json.dumps(old),
                new_value=json.dumps(ch.new_value),
                who=who,
                at=at,
                source=source,
            )
        )
        applied.append(AppliedChange(ch.entity, ch.entity_id, ch.field, old, ch.new_value))
    return applied


def record_event(
    conn: Connection, entity: str, entity_id: int, field: str, old: Any, new: Any, *, who: str,
    source: str = "app",
) -> None:
    """Record a structural change (a node or reviewer created or removed) done by the caller."""
    conn.execute(
        insert(s.changes).values(
            batch=_next_batch(conn),
            entity=entity,
            entity_id=entity_id,
            field=field,
            old_value=json.dumps(old),
            new_value=json.dumps(new),
            who=who,
            at=utcnow(),
            source=source,
        )
    )


def history(conn: Connection, entity: str, entity_id: int) -> list[dict[str, Any]]:
    """The change history of one page (entity "decision"), node or reviewer, oldest first."""
    c = s.changes.c
    rows = conn.execute(
        select(c.id, c.batch, c.field, c.old_value, c.new_value, c.who, c.at, c.source)
        .where(c.entity == entity, c.entity_id == entity_id)
        .order_by(c.id)
    ).mappings()
    return [
        dict(r) | {"old_value": json.loads(r["old_value"]), "new_value": json.loads(r["new_value"])}
        for r in rows
    ]


def last_change_id(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(s.changes.c.id), 0))).scalar_one())
