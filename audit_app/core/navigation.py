"""The new navigation tree that pages get their home in."""

from __future__ import annotations

from sqlalchemy import Connection, select

from audit_app.core import schema as s

PATH_SEPARATOR = " > "


def node_paths(conn: Connection) -> dict[int, str]:
    """Full path of every node, e.g. {7: "Werk > Verlof en ziekte"}."""
    rows = conn.execute(select(s.nav_nodes.c.id, s.nav_nodes.c.parent_id, s.nav_nodes.c.title)).all()
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
