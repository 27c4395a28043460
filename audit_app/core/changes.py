"""Every change people make goes through here.

One function applies a list of field changes inside the caller's transaction and records each
with who, when, old and new value. That record is the audit trail, the basis for undo/redo
(apply the inverse) and the reference for merging review packs (what changed since the pack
went out). A crawl or a score never calls this: they do not change what people decided.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, insert, select, update

from audit_app.core import schema as s
from audit_app.core.backends import backend_of
from audit_app.core.project import utcnow

DECISIONS = ("keep", "rewrite", "merge", "archive", "delete")
DECISION_LABELS = {
    "keep": "behouden",
    "rewrite": "herschrijven",
    "merge": "samenvoegen",
    "archive": "archiveren",
    "delete": "verwijderen",
}
NEW_URL_MAX = 2000
_NEW_URL = re.compile(r"(https?://[^\s/?#]+)?/[^\s]*")
REVIEW_STATUSES = ("todo", "reviewed", "discuss")

# entity -> (table, key column, editable fields)
_ENTITIES: dict[str, tuple[Table, str, frozenset[str]]] = {
    "decision": (
        s.decisions,
        "page_id",
        frozenset(
            {
                "decision",
                "nav_node_id",
                "reviewer_id",
                "review_status",
                "note",
                "merge_into",
                "new_url",
            }
        ),
    ),
    "nav_node": (
        s.nav_nodes,
        "id",
        frozenset({"title", "parent_id", "position", "new_url", "deleted_to"}),
    ),
    "reviewer": (s.reviewers, "id", frozenset({"name", "email", "department"})),
}


class ChangeError(ValueError):
    """A change that is not allowed, as a code with parameters: ``str()`` is the Dutch sentence
    (the CLI, the log), *code* and *params* let the app word it in the user's language
    (audit_app/ui/error_words.py). An error raised without a code shows its sentence."""

    def __init__(self, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


@dataclass(frozen=True)
class FieldChange:
    entity: str  # decision | nav_node | reviewer
    entity_id: int  # page id for "decision"
    field: str
    new_value: Any
    # Undo and redo only apply while the field still holds what this window left there:
    # otherwise somebody else changed it since, and their value must not be overwritten.
    expect: Any = UNSET


@dataclass(frozen=True)
class AppliedChange:
    entity: str
    entity_id: int
    field: str
    old_value: Any
    new_value: Any

    def inverse(self) -> FieldChange:
        return FieldChange(
            self.entity, self.entity_id, self.field, self.old_value, expect=self.new_value
        )

    def again(self) -> FieldChange:
        return FieldChange(
            self.entity, self.entity_id, self.field, self.new_value, expect=self.old_value
        )


def _validate(change: FieldChange) -> None:
    if change.entity not in _ENTITIES:
        raise ChangeError(f"Onbekend soort wijziging: {change.entity}")
    if change.field not in _ENTITIES[change.entity][2]:
        raise ChangeError(f"Het veld {change.field} kan niet worden gewijzigd.")
    v = change.new_value
    if change.field == "decision" and v not in (*DECISIONS, None):
        raise ChangeError(f"Ongeldig besluit: {v!r} (kies {', '.join(DECISIONS)}).")
    if change.field == "merge_into" and v is not None:
        if not isinstance(v, int) or isinstance(v, bool):
            raise ChangeError(f"Samenvoegen met: {v!r} is geen pagina.")
        if v == change.entity_id:
            raise ChangeError(
                "Een pagina kan niet met zichzelf worden samengevoegd.", code="merge-self"
            )
    if change.field == "new_url" and v is not None and (bad := new_url_code(v)) is not None:
        raise ChangeError(str(new_url_problem(v)), code=bad[0], **bad[1])
    if change.field == "deleted_to" and v not in (None, "section", "gone"):
        raise ChangeError(f"Verwijderde pagina's: {v!r} (kies 'section' of 'gone').")
    if change.field == "review_status" and v not in REVIEW_STATUSES:
        raise ChangeError(f"Ongeldige reviewstatus: {v!r}.")
    if change.field == "title" and not (isinstance(v, str) and v.strip()):
        raise ChangeError("Een navigatie-item heeft een naam nodig.", code="nav-needs-name")
    if change.field == "name" and not (isinstance(v, str) and v.strip()):
        raise ChangeError("Een reviewer heeft een naam nodig.", code="reviewer-needs-name")


def new_url_code(value: object) -> tuple[str, dict[str, Any]] | None:
    """None if *value* can be a new address (an http(s) URL or a path starting with "/",
    without blanks), else why not as a code with its facts: a sentence is never an address.
    "new-url-empty" or "new-url-invalid" (value: the start of what was given)."""
    if not isinstance(value, str) or not value:
        return ("new-url-empty", {})
    if len(value) > NEW_URL_MAX or not _NEW_URL.fullmatch(value):
        shown = value if len(value) <= 80 else value[:77] + "…"
        return ("new-url-invalid", {"value": shown})
    return None


def new_url_problem(value: object) -> str | None:
    """Why *value* is no new address, in Dutch (the CLI); None if it is one."""
    bad = new_url_code(value)
    if bad is None:
        return None
    if bad[0] == "new-url-empty":
        return "Een nieuwe URL is een adres, bijvoorbeeld https://intranet.nieuw.nl/werk/verlof."
    return (
        f"'{bad[1]['value']}' is geen adres. Een nieuwe URL begint met http://, https:// of / en "
        "bevat geen spaties."
    )


def _next_batch(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(s.changes.c.batch), 0))).scalar_one()) + 1


_CHUNK = 500  # ids per IN (...) query, well under SQLite's variable limit


def _current_values(
    conn: Connection, changes: Sequence[FieldChange]
) -> dict[tuple[str, int, str], Any]:
    """Current value of every (entity, id, field) the changes touch, in a few IN queries.

    Decision rows that do not exist yet are created first (review status "todo"), as one
    executemany; a missing page, node or reviewer is refused before anything is written.
    """
    wanted: dict[str, dict[str, set[int]]] = {}
    for ch in changes:
        wanted.setdefault(ch.entity, {}).setdefault(ch.field, set()).add(ch.entity_id)
    values: dict[tuple[str, int, str], Any] = {}
    for entity, by_field in wanted.items():
        table, key, _fields = _ENTITIES[entity]
        key_col = table.c[key]
        fields = sorted(by_field)
        ids = sorted(set().union(*by_field.values()))
        found: dict[int, tuple[Any, ...]] = {}
        for i in range(0, len(ids), _CHUNK):
            part = ids[i : i + _CHUNK]
            rows = conn.execute(
                select(key_col, *(table.c[f] for f in fields)).where(key_col.in_(part))
            ).all()
            found.update({int(r[0]): tuple(r[1:]) for r in rows})
        missing = [i for i in ids if i not in found]
        if missing and entity != "decision":
            raise ChangeError(
                f"{entity} {missing[0]} bestaat niet (meer).",
                code="gone",
                entity=entity,
                id=missing[0],
            )
        if missing:
            pages: set[int] = set()
            for i in range(0, len(missing), _CHUNK):
                part = missing[i : i + _CHUNK]
                pages |= set(
                    conn.execute(select(s.pages.c.id).where(s.pages.c.id.in_(part))).scalars()
                )
            absent = [i for i in missing if i not in pages]
            if absent:
                raise ChangeError(
                    f"Pagina {absent[0]} bestaat niet in dit project.", code="no-page", id=absent[0]
                )
            conn.execute(
                insert(s.decisions), [{"page_id": i, "review_status": "todo"} for i in missing]
            )
            blank = tuple("todo" if f == "review_status" else None for f in fields)
            found.update({i: blank for i in missing})
        for entity_id, row in found.items():
            for f, v in zip(fields, row, strict=True):
                values[(entity, entity_id, f)] = v
    return values


def apply_changes(
    conn: Connection, changes: Sequence[FieldChange], *, who: str, source: str = "app"
) -> list[AppliedChange]:
    """Apply *changes* in the caller's transaction and record them as one batch.

    Changes that set a field to the value it already has are skipped. Returns what was really
    changed, with old values, so a caller can build the inverse for undo. Reads, updates and
    records go in bulk (IN queries and executemany), so assigning a whole section of
    thousands of pages stays quick; the result is as if the changes ran one by one, in order.
    """
    for ch in changes:
        _validate(ch)
    if not changes:
        return []
    backend_of(conn).lock_changes(conn)  # on a server: one writer of decisions at a time
    current = _current_values(conn, changes)
    applied: list[AppliedChange] = []
    for ch in changes:
        k = (ch.entity, ch.entity_id, ch.field)
        old = current[k]
        if ch.expect is not UNSET and old != ch.expect:
            raise _changed_elsewhere(conn, ch)
        if old == ch.new_value:
            continue
        current[k] = ch.new_value
        applied.append(AppliedChange(ch.entity, ch.entity_id, ch.field, old, ch.new_value))
    if not applied:
        return []
    at = utcnow()
    groups: dict[tuple[str, str], list[AppliedChange]] = {}
    for a in applied:
        groups.setdefault((a.entity, a.field), []).append(a)
    for (entity, field), items in groups.items():
        table, key, _fields = _ENTITIES[entity]
        values: dict[str, Any] = {field: bindparam("_new")}
        if entity == "decision":
            values |= {"updated_at": at, "updated_by": who}
        stmt = update(table).where(table.c[key] == bindparam("_key")).values(**values)
        conn.execute(stmt, [{"_key": a.entity_id, "_new": a.new_value} for a in items])
    batch = _next_batch(conn)
    conn.execute(
        insert(s.changes),
        [
            {
                "batch": batch,
                "entity": a.entity,
                "entity_id": a.entity_id,
                "field": a.field,
                "old_value": json.dumps(a.old_value),
                "new_value": json.dumps(a.new_value),
                "who": who,
                "at": at,
                "source": source,
            }
            for a in applied
        ],
    )
    return applied


def _changed_elsewhere(conn: Connection, ch: FieldChange) -> ChangeError:
    c = s.changes.c
    last = conn.execute(
        select(c.who, c.at, c.source)
        .where(c.entity == ch.entity, c.entity_id == ch.entity_id, c.field == ch.field)
        .order_by(c.id.desc())
        .limit(1)
    ).first()
    by = f" door {last.who} ({last.at[:16].replace('T', ' ')} UTC)" if last is not None else ""
    what = "deze pagina" if ch.entity == "decision" else "dit onderdeel"
    return ChangeError(
        f"Niet uitgevoerd: {FIELD_WORDS.get(ch.field, ch.field)} van {what} is intussen "
        f"gewijzigd{by}. Die wijziging blijft staan; kijk de pagina na en pas hem zo nodig "
        "opnieuw aan.",
        code="changed-elsewhere",
        entity=ch.entity,
        field=ch.field,
        who=last.who if last is not None else None,
        at=last.at if last is not None else None,
    )


FIELD_WORDS = {
    "decision": "het besluit",
    "nav_node_id": "de plek in de navigatie",
    "reviewer_id": "de reviewer",
    "review_status": "de reviewstatus",
    "note": "de notitie",
    "title": "de naam",
    "parent_id": "de plek",
    "position": "de volgorde",
    "name": "de naam",
    "email": "het e-mailadres",
    "department": "de afdeling",
}


def record_event(
    conn: Connection,
    entity: str,
    entity_id: int,
    field: str,
    old: Any,
    new: Any,
    *,
    who: str,
    source: str = "app",
) -> None:
    """Record a structural change (a node or reviewer created or removed) done by the caller."""
    backend_of(conn).lock_changes(conn)
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
