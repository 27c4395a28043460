"""The new navigation tree that pages get their home in.

Titles, parents and positions change through ``apply_changes`` so every edit is in the audit
trail and can be undone by applying the inverse. Creating and deleting a node are structural:
they are recorded with ``record_event`` and return what is needed to reverse them exactly
(same node ids, same page homes), because undo must bring back the tree people built.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Connection, delete, func, insert, select

from audit_app.core import schema as s
from audit_app.core.changes import (
    AppliedChange,
    ChangeError,
    FieldChange,
    apply_changes,
    record_event,
)

PATH_SEPARATOR = " > "
MAX_TITLE = 200
HOME_DECISIONS = ("keep", "rewrite")  # pages that need a place in the new intranet


@dataclass(frozen=True)
class NavNode:
    id: int
    parent_id: int | None
    title: str
    position: int


@dataclass
class DeletedSubtree:
    """Everything one deletion removed, top-down, so it can be put back as it was."""

    nodes: list[NavNode] = field(default_factory=list)
    homes: list[tuple[int, int]] = field(default_factory=list)  # (page id, node id)


def node_paths(conn: Connection) -> dict[int, str]:
    """Full path of every node, e.g. {7: "Werk > Verlof en ziekte"}."""
    rows = conn.execute(
        select(s.nav_nodes.c.id, s.nav_nodes.c.parent_id, s.nav_nodes.c.title)
    ).all()
    parent = {r.id: r.parent_id for r in rows}
    title = {r.id: r.title for r in rows}
    paths: dict[int, str] = {}

    def path(node: int, seen: frozenset[int] = frozenset()) -> str:
        if node in paths:
            return paths[node]
        p = parent.get(node)
        if p is None or p not in title or p in seen:
            result = title[node]
        else:
            result = path(p, seen | {node}) + PATH_SEPARATOR + title[node]
        paths[node] = result
        return result

    for node_id in title:
        path(node_id)
    return paths


def list_nodes(conn: Connection) -> list[NavNode]:
    """All nodes, siblings in display order (position, then id for ties)."""
    c = s.nav_nodes.c
    rows = conn.execute(
        select(c.id, c.parent_id, c.title, c.position).order_by(c.parent_id, c.position, c.id)
    ).all()
    return [NavNode(r.id, r.parent_id, r.title, r.position) for r in rows]


def get_node(conn: Connection, node_id: int) -> NavNode | None:
    c = s.nav_nodes.c
    r = conn.execute(select(c.id, c.parent_id, c.title, c.position).where(c.id == node_id)).first()
    return None if r is None else NavNode(r.id, r.parent_id, r.title, r.position)


def _require(conn: Connection, node_id: int) -> NavNode:
    node = get_node(conn, node_id)
    if node is None:
        raise ChangeError(
            f"Navigatie-item {node_id} bestaat niet (meer).",
            code="gone",
            entity="nav_node",
            id=node_id,
        )
    return node


def _children_ids(conn: Connection, parent_id: int | None) -> list[int]:
    c = s.nav_nodes.c
    cond = c.parent_id.is_(None) if parent_id is None else c.parent_id == parent_id
    return list(conn.execute(select(c.id).where(cond).order_by(c.position, c.id)).scalars())


def _clean_title(title: str) -> str:
    t = " ".join(str(title).split())
    if not t:
        raise ChangeError("Een navigatie-item heeft een naam nodig.", code="nav-needs-name")
    if len(t) > MAX_TITLE:
        raise ChangeError(
            f"Een naam mag hooguit {MAX_TITLE} tekens lang zijn.",
            code="name-too-long",
            max=MAX_TITLE,
        )
    return t


def subtree_ids(conn: Connection, node_id: int) -> list[int]:
    """The node and all its descendants, parents before children."""
    rows = conn.execute(select(s.nav_nodes.c.id, s.nav_nodes.c.parent_id)).all()
    kids: dict[int | None, list[int]] = {}
    for r in rows:
        kids.setdefault(r.parent_id, []).append(r.id)
    out: list[int] = []
    todo = [node_id]
    while todo:
        n = todo.pop(0)
        out.append(n)
        todo.extend(sorted(kids.get(n, [])))
    return out


def create_node(
    conn: Connection,
    title: str,
    parent_id: int | None = None,
    *,
    who: str,
    source: str = "app",
    position: int | None = None,
    node_id: int | None = None,
) -> int:
    """Create a node at the end of its siblings (or at *position*); *node_id* restores one."""
    t = _clean_title(title)
    if parent_id is not None:
        _require(conn, parent_id)
    if node_id is not None and get_node(conn, node_id) is not None:
        raise ChangeError(f"Navigatie-item {node_id} bestaat al; herstellen is niet mogelijk.")
    if position is None:
        c = s.nav_nodes.c
        cond = c.parent_id.is_(None) if parent_id is None else c.parent_id == parent_id
        position = int(
            conn.execute(
                select(func.coalesce(func.max(c.position) + 1, 0)).where(cond)
            ).scalar_one()
        )
    values: dict[str, object] = {"title": t, "parent_id": parent_id, "position": position}
    if node_id is not None:
        values["id"] = node_id
    pk = conn.execute(insert(s.nav_nodes).values(**values)).inserted_primary_key
    assert pk is not None
    new_id = int(pk[0])
    record_event(
        conn, "nav_node", new_id, "created", None,
        {"title": t, "parent_id": parent_id, "position": position}, who=who, source=source,
    )  # fmt: skip
    return new_id


def rename_node(
    conn: Connection, node_id: int, title: str, *, who: str, source: str = "app"
) -> list[AppliedChange]:
    _require(conn, node_id)
    return apply_changes(
        conn,
        [FieldChange("nav_node", node_id, "title", _clean_title(title))],
        who=who,
        source=source,
    )


def move_node(
    conn: Connection,
    node_id: int,
    new_parent_id: int | None,
    position: int | None = None,
    *,
    who: str,
    source: str = "app",
) -> list[AppliedChange]:
    """Move a node under *new_parent_id* at *position* (end if None) and renumber siblings.

    A node cannot move into itself or its own descendants: that would cut it off the tree.
    """
    node = _require(conn, node_id)
    if new_parent_id is not None:
        _require(conn, new_parent_id)
        if new_parent_id in subtree_ids(conn, node_id):
            raise ChangeError(
                "Een onderdeel kan niet onder zichzelf of een eigen subonderdeel.",
                code="under-itself",
            )
    old_siblings = [n for n in _children_ids(conn, node.parent_id) if n != node_id]
    same_parent = node.parent_id == new_parent_id
    if same_parent:
        siblings = old_siblings
        if position is not None:
            old_row = _children_ids(conn, node.parent_id).index(node_id)
            if position > old_row:
                position -= 1  # the row index counted the node itself
    else:
        siblings = [n for n in _children_ids(conn, new_parent_id) if n != node_id]
    pos = len(siblings) if position is None else max(0, min(position, len(siblings)))
    siblings.insert(pos, node_id)
    changes = [FieldChange("nav_node", node_id, "parent_id", new_parent_id)]
    changes += [FieldChange("nav_node", n, "position", i) for i, n in enumerate(siblings)]
    if not same_parent:
        changes += [FieldChange("nav_node", n, "position", i) for i, n in enumerate(old_siblings)]
    return apply_changes(conn, changes, who=who, source=source)


def delete_node(conn: Connection, node_id: int, *, who: str, source: str = "app") -> DeletedSubtree:
    """Delete a node and its descendants; their pages lose their home (recorded)."""
    _require(conn, node_id)
    ids = subtree_ids(conn, node_id)
    c = s.nav_nodes.c
    by_id = {
        r.id: NavNode(r.id, r.parent_id, r.title, r.position)
        for r in conn.execute(
            select(c.id, c.parent_id, c.title, c.position).where(c.id.in_(ids))
        ).all()
    }
    snapshot = DeletedSubtree(nodes=[by_id[i] for i in ids])
    d = s.decisions.c
    snapshot.homes = [
        (r.page_id, r.nav_node_id)
        for r in conn.execute(
            select(d.page_id, d.nav_node_id).where(d.nav_node_id.in_(ids)).order_by(d.page_id)
        ).all()
    ]
    if snapshot.homes:
        apply_changes(
            conn,
            [FieldChange("decision", pid, "nav_node_id", None) for pid, _n in snapshot.homes],
            who=who,
            source=source,
        )
    for node in reversed(snapshot.nodes):
        conn.execute(delete(s.nav_nodes).where(c.id == node.id))
        record_event(
            conn, "nav_node", node.id, "deleted",
            {"title": node.title, "parent_id": node.parent_id, "position": node.position}, None,
            who=who, source=source,
        )  # fmt: skip
    return snapshot


def restore_subtree(
    conn: Connection, snapshot: DeletedSubtree, *, who: str, source: str = "undo"
) -> None:
    """Put back what ``delete_node`` removed: same ids, positions and page homes."""
    for node in snapshot.nodes:
        create_node(
            conn, node.title, node.parent_id, who=who, source=source,
            position=node.position, node_id=node.id,
        )  # fmt: skip
    if snapshot.homes:
        apply_changes(
            conn,
            [FieldChange("decision", pid, "nav_node_id", nid) for pid, nid in snapshot.homes],
            who=who,
            source=source,
        )


def set_home(
    conn: Connection,
    page_ids: Iterable[int],
    node_id: int | None,
    *,
    who: str,
    source: str = "app",
) -> list[AppliedChange]:
    """Give pages their home in the new navigation (None: no home)."""
    if node_id is not None:
        _require(conn, node_id)
    return apply_changes(
        conn,
        [FieldChange("decision", int(p), "nav_node_id", node_id) for p in page_ids],
        who=who,
        source=source,
    )


def counts_by_node(conn: Connection) -> dict[int, dict[str | None, int]]:
    """Pages homed at each node (not its descendants), per decision; one GROUP BY."""
    d = s.decisions.c
    rows = conn.execute(
        select(d.nav_node_id, d.decision, func.count())
        .where(d.nav_node_id.is_not(None))
        .group_by(d.nav_node_id, d.decision)
    ).all()
    out: dict[int, dict[str | None, int]] = {}
    for node_id, decision, n in rows:
        out.setdefault(int(node_id), {})[decision] = int(n)
    return out


def _homeless_query() -> ColumnElement[bool]:
    d = s.decisions.c
    return d.decision.in_(HOME_DECISIONS) & d.nav_node_id.is_(None)


def homeless_count(conn: Connection) -> int:
    """Kept or rewritten pages that have no home in the new navigation yet."""
    return int(
        conn.execute(
            select(func.count()).select_from(s.decisions).where(_homeless_query())
        ).scalar_one()
    )


def homeless_page_ids(conn: Connection, limit: int | None = None) -> list[int]:
    q = select(s.decisions.c.page_id).where(_homeless_query()).order_by(s.decisions.c.page_id)
    if limit is not None:
        q = q.limit(limit)
    return [int(x) for x in conn.execute(q).scalars()]


def find_or_create_paths(
    conn: Connection,
    paths: Sequence[tuple[str, ...]],
    parent_id: int | None = None,
    *,
    who: str,
    source: str = "app",
) -> list[int]:
    """Create the nodes named by *paths* under *parent_id*, reusing nodes with the same title
    at the same place so importing twice does not double the tree. Returns the created ids."""
    c = s.nav_nodes.c
    known: dict[tuple[int | None, str], int] = {
        (r.parent_id, r.title.casefold()): r.id
        for r in conn.execute(select(c.id, c.parent_id, c.title)).all()
    }
    created: list[int] = []
    for path in paths:
        parent = parent_id
        for title in path:
            t = _clean_title(title)
            key = (parent, t.casefold())
            if key not in known:
                known[key] = create_node(conn, t, parent, who=who, source=source)
                created.append(known[key])
            parent = known[key]
    return created


def deleted_to(conn: Connection, node_id: int) -> str | None:
    """The item's own choice for deleted pages placed on it: "gone" (410), "section" (its
    page) or None (as the item above it; at the top: its page)."""
    n = s.nav_nodes.c
    value = conn.execute(select(n.deleted_to).where(n.id == node_id)).scalar()
    return None if value is None else str(value)
