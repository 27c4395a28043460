"""Tables of the project file.

Observed facts (what the crawl and the scorer saw) and decided facts (what people chose) live
in separate tables, so a re-crawl or re-score can rewrite the first kind freely and never
touch the second (DESIGN invariant 1).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

# Project-wide settings as JSON values: crawl configuration, scoring thresholds, project id.
settings = Table(
    "settings",
    metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),  # JSON
)

crawl_runs = Table(
    "crawl_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("started_at", String, nullable=False),  # ISO 8601 UTC
    Column("finished_at", String),
    # running | finished | stopped (cancelled, limit reached, interrupted: resumable)
    Column("status", String, nullable=False),
    Column("stop_reason", Text),
    Column("config", Text, nullable=False),  # JSON of the crawl configuration (no passwords)
    Column("pages_fetched", Integer, nullable=False, default=0),
    Column("errors", Integer, nullable=False, default=0),
)

# One row per normalised URL inside the crawl scope: pages, documents, and in-scope link targets
# that turned out broken. The row is also the crawl frontier (state = queued).
pages = Table(
    "pages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False, unique=True),  # normalised: the page's identity
    Column("kind", String, nullable=False, default="page"),  # page | document | other
    # queued | done | failed | trap | excluded | gone
    Column("state", String, nullable=False, default="queued"),
    Column("depth", Integer, nullable=False, default=0),
    Column("found_via", String),  # start | link | sitemap | folder | redirect
    Column("first_seen_run", Integer),
    Column("last_seen_run", Integer),
    Column("discovered_at", String),
    Column("fetched_at", String),
    Column("final_url", Text),
    Column("redirect_chain", Text),  # JSON list of URLs
    Column("status", Integer),  # HTTP status (folder crawls: 200 / 404)
    Column("content_type", String),
    Column("charset", String),  # the encoding the text was decoded with
    Column("size_bytes", Integer),
    Column("response_ms", Integer),
    Column("http_last_modified", String),
    Column("etag", String),
    Column("error", Text),  # plain words, for people
    Column("title", Text),
    Column("meta_description", Text),
    Column("meta_keywords", Text),
    Column("h1", Text),
    Column("words", Integer),
    Column("language", String),  # nl | en | other | None (set by the scorer if not by the page)
    Column("images", Integer),
    Column("images_missing_alt", Integer),
    Column("section", Text),  # old section path, e.g. "Personeelszaken > Verlof"
    Column("owner", Text),
    Column("canonical_url", Text),
    Column("content_hash", String),
    Column("last_modified", String),  # chosen date, ISO yyyy-mm-dd
    Column("last_modified_source", String),  # http-header | meta | visible | url | document
    Column("last_modified_reason", Text),
    Column("inlinks", Integer, nullable=False, default=0),
    Column("trap_reason", Text),
    # a calendar or other endless family folded into this row (crawl_finalise): what kind, how
    # many of its addresses were looked at, and whether the rest was skipped
    Column("family_kind", String),
    Column("family_variants", Integer),
    Column("family_skipped", Boolean),
)
Index("ix_pages_state", pages.c.state)
Index("ix_pages_kind", pages.c.kind)
Index("ix_pages_section", pages.c.section)

# Bulky per-page content kept apart so the page table stays small and fast to scan.
page_content = Table(
    "page_content",
    metadata,
    Column("page_id", Integer, ForeignKey("pages.id", ondelete="CASCADE"), primary_key=True),
    Column("text", Text),  # main text, menus and footers removed; blocks separated by "\n\n"
    Column("headings", Text),  # JSON [[level, text], ...]
    Column("date_evidence", Text),  # JSON [{"date", "source", "text", "kind"}, ...]
    Column("doc_meta", Text),  # JSON of a document's own metadata (author, created, modified)
    Column("raw", LargeBinary),  # zlib-compressed original bytes, for offline preview
)

aliases = Table(
    "aliases",
    metadata,
    Column("url", Text, primary_key=True),  # normalised alias URL
    Column("page_id", Integer, ForeignKey("pages.id", ondelete="CASCADE"), nullable=False),
    Column(
        "reason", String, nullable=False
    ),  # index-file | case | print-version | query-order | redirect | session-id | same-content
    # | trap | trap-family (a variant fetched before its family was known to be a trap)
)
Index("ix_aliases_page", aliases.c.page_id)

links = Table(
    "links",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("from_page_id", Integer, ForeignKey("pages.id", ondelete="CASCADE"), nullable=False),
    Column("to_url", Text, nullable=False),  # normalised target (raw href if unparsable)
    Column("to_page_id", Integer),  # None for external / unparsable targets
    Column("anchor_text", Text),
    Column("internal", Boolean, nullable=False),
    Column("tag", String, nullable=False, default="a"),  # a | area | frame | iframe | img
)
Index("ix_links_from", links.c.from_page_id)
Index("ix_links_to", links.c.to_page_id)
# the Files view: an image's uses by its address (only <img> rows, so crawling pays little)
Index(
    "ix_links_img",
    links.c.to_url,
    sqlite_where=links.c.tag == "img",
    postgresql_where=links.c.tag == "img",
)

# Written by the scorer only; recomputed at will.
scores = Table(
    "scores",
    metadata,
    Column("page_id", Integer, ForeignKey("pages.id", ondelete="CASCADE"), primary_key=True),
    Column("age_days", Integer),
    Column("age_band", String),  # lt1 | 1-2 | 2-5 | gt5 | unknown
    Column("date_confidence", String),  # high | medium | low | none
    Column("readability", Float),  # Flesch-Douma (nl) or Flesch reading ease (en), 0-100
    Column("readability_band", String),  # Douma band label key
    Column("b1_band", String),  # b1 | maybe-above | above | None
    Column("readability_status", String),  # ok | uncertain | too-short | not-text | unsupported
    Column("avg_sentence_length", Float),
    Column("syllables_per_word", Float),
    Column("grade", Float),  # Flesch-Kincaid grade (en)
    Column("brouwer", Float),
    Column("long_sentences", Text),  # JSON list of strings
    Column("long_words", Text),  # JSON list of strings
    Column("duplicate_cluster", Integer),
    Column("duplicate_kind", String),  # exact | near
    Column("duplicate_of", Integer),  # page id of the proposed original, None for the original
    Column("duplicate_similarity", Float),  # to the original: 1.0 exact, else the measure
    Column("duplicate_basis", String),  # exact | resemblance | containment | containment+name
    Column("broken_outlinks", Integer),
    Column("orphan", Boolean),
    Column("signals", Text),  # JSON: thin, no-title, no-h1, no-owner, old-document, ...
    Column("suggestion", String),  # keep | rewrite | delete
    Column("suggestion_reasons", Text),  # JSON list of human-readable reasons
    Column("scored_at", String),
)
Index("ix_scores_cluster", scores.c.duplicate_cluster)

page_views = Table(
    "page_views",
    metadata,
    Column("page_id", Integer, ForeignKey("pages.id", ondelete="CASCADE"), primary_key=True),
    Column("views", Integer, nullable=False),
    Column("source", Text),  # the CSV file it came from
    Column("imported_at", String),
)

# ---- what people decide: never written by a crawl or a score ------------------------------

reviewers = Table(
    "reviewers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("email", Text),
    Column("department", Text),
)

nav_nodes = Table(
    "nav_nodes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("parent_id", Integer, ForeignKey("nav_nodes.id")),
    Column("title", Text, nullable=False),
    Column("position", Integer, nullable=False, default=0),
    Column("new_url", Text),  # the item's address on the new intranet, when known
    # where deleted pages placed here go: None/"section" = this item's page, "gone" = 410;
    # an item without a choice follows its parent's
    Column("deleted_to", String),
)
Index("ix_nav_parent", nav_nodes.c.parent_id)

decisions = Table(
    "decisions",
    metadata,
    Column("page_id", Integer, ForeignKey("pages.id", ondelete="CASCADE"), primary_key=True),
    Column("decision", String),  # keep | rewrite | merge | archive | delete | None
    Column("nav_node_id", Integer, ForeignKey("nav_nodes.id")),
    Column("reviewer_id", Integer, ForeignKey("reviewers.id")),
    Column("review_status", String, nullable=False, default="todo"),  # todo | reviewed | discuss
    Column("note", Text),
    Column("merge_into", Integer),  # page id this page is merged into (decision "merge")
    Column("new_url", Text),  # the page's own address on the new intranet, when known
    Column("updated_at", String),
    Column("updated_by", Text),
)
Index("ix_decisions_decision", decisions.c.decision)
Index("ix_decisions_reviewer", decisions.c.reviewer_id)
Index("ix_decisions_nav", decisions.c.nav_node_id)

# The audit trail: every change people make, with who, when, old and new value.
changes = Table(
    "changes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("batch", Integer, nullable=False),  # changes made by one action share a batch
    Column("entity", String, nullable=False),  # decision | nav_node | reviewer
    Column("entity_id", Integer, nullable=False),  # page id / node id / reviewer id
    Column("field", String, nullable=False),
    Column("old_value", Text),  # JSON
    Column("new_value", Text),  # JSON
    Column("who", Text, nullable=False),
    Column("at", String, nullable=False),
    Column("source", Text, nullable=False),  # app | cli | review-pack:<file> | undo | redo
)
Index("ix_changes_entity", changes.c.entity, changes.c.entity_id)

saved_views = Table(
    "saved_views",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False, unique=True),
    Column("filter", Text, nullable=False),  # JSON
)

review_packs = Table(
    "review_packs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("token", String, nullable=False, unique=True),  # written into the pack
    Column("reviewer_id", Integer, ForeignKey("reviewers.id"), nullable=False),
    Column("created_at", String, nullable=False),
    Column("last_change_id", Integer, nullable=False),  # changes.id high-water mark at export
    Column("file_name", Text),
    Column("imported_at", String),
)

# ---- word-level B1 (issue 15) ------------------------------------------------------------

# Written by the scorer only: what makes a page hard at word and sentence level.
word_scores = Table(
    "word_scores",
    metadata,
    Column("page_id", Integer, ForeignKey("pages.id", ondelete="CASCADE"), primary_key=True),
    Column("status", String),  # ok | unsupported | no-text
    Column("words", Integer),  # words judged for the common-vocabulary share
    Column("uncommon", Integer),  # of those, outside the common vocabulary
    Column("uncommon_pct", Float),
    Column("uncommon_words", Text),  # JSON list, most frequent first
    Column("officialese", Integer),  # occurrences of officialese/jargon list entries
    Column("officialese_per_100", Float),  # per 100 words of the page
    Column("officialese_hits", Text),  # JSON [[form, alternative, count, own], ...]
    Column("sentences", Integer),
    Column("long_sentences", Integer),
    Column("passive_sentences", Integer),
    Column("passive_examples", Text),  # JSON list of sentences
    Column("b1_indication", String),  # b1 | maybe-above | above | None (cheap part)
)
Index("ix_word_scores_officialese", word_scores.c.officialese)

# The organisation's own officialese, jargon and abbreviations, with plainer alternatives.
own_words = Table(
    "own_words",
    metadata,
    Column("language", String, primary_key=True),  # nl | en
    Column("word", Text, primary_key=True),  # as typed; may hold forms separated by "|"
    Column("alternative", Text, nullable=False),
    Column("added_by", Text),
    Column("added_at", String),
)
