"""Everything the detail panel and the workshop show about one page, read in one go."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

LINK_LIMIT = 200  # links listed per direction; the panel says when there are more


def read_page_detail(conn: Connection, page_id: int) -> dict[str, Any] | None:
    """The page, its scores, decision, content, links both ways, duplicates and views, as
    plain dicts (None when the page does not exist)."""
    page = conn.execute(text("SELECT * FROM pages WHERE id = :i"), {"i": page_id}).mappings()
    prow = page.first()
    if prow is None:
        return None
    score = conn.execute(text("SELECT * FROM scores WHERE page_id = :i"), {"i": page_id})
    srow = score.mappings().first()
    dec = (
        conn.execute(
            text(
                "SELECT d.*, r.name AS reviewer, n.title AS nav_title FROM decisions d "
                "LEFT JOIN reviewers r ON r.id = d.reviewer_id "
                "LEFT JOIN nav_nodes n ON n.id = d.nav_node_id WHERE d.page_id = :i"
            ),
            {"i": page_id},
        )
        .mappings()
        .first()
    )
    content = (
        conn.execute(
            text("SELECT text, date_evidence, raw FROM page_content WHERE page_id = :i"),
            {"i": page_id},
        )
        .mappings()
        .first()
    )
    inlinks = (
        conn.execute(
            text(
                "SELECT p.id, p.url, p.title, l.anchor_text FROM links l "
                "JOIN pages p ON p.id = l.from_page_id WHERE l.to_page_id = :i "
                f"AND l.tag != 'img' ORDER BY p.url LIMIT {LINK_LIMIT}"
            ),
            {"i": page_id},
        )
        .mappings()
        .all()
    )
    outlinks = (
        conn.execute(
            text(
                "SELECT l.to_url AS url, l.to_page_id AS id, l.anchor_text, l.internal, "
                "p.status, p.state, p.title FROM links l "
                "LEFT JOIN pages p ON p.id = l.to_page_id "
                "WHERE l.from_page_id = :i AND l.tag != 'img' "  # image uses: not links
                f"ORDER BY l.id LIMIT {LINK_LIMIT}"
            ),
            {"i": page_id},
        )
        .mappings()
        .all()
    )
    duplicates: list[dict[str, Any]] = []
    if srow is not None and srow["duplicate_cluster"] is not None:
        duplicates = [
            dict(r)
            for r in conn.execute(
                text(
                    "SELECT p.id, p.url, p.title, sc.duplicate_of, sc.duplicate_similarity,"
                    " sc.duplicate_basis, pc.text FROM scores sc "
                    "JOIN pages p ON p.id = sc.page_id "
                    "LEFT JOIN page_content pc ON pc.page_id = p.id "
                    "WHERE sc.duplicate_cluster = :c AND p.id <> :i ORDER BY p.id LIMIT 6"
                ),
                {"c": srow["duplicate_cluster"], "i": page_id},
            ).mappings()
        ]
    views = conn.execute(
        text("SELECT views FROM page_views WHERE page_id = :i"), {"i": page_id}
    ).scalar()
    return {
        "page": dict(prow),
        "score": dict(srow) if srow else {},
        "decision": dict(dec) if dec else {},
        "content": dict(content) if content else None,
        "inlinks": [dict(r) for r in inlinks],
        "outlinks": [dict(r) for r in outlinks],
        "duplicates": duplicates,
        "views": views,
    }
