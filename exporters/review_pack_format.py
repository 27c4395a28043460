"""What a review pack looks like: sheets, columns and metadata keys, shared by the export
and the import so the two cannot drift apart."""

from __future__ import annotations

FORMAT_NAME = "content-audit-review-pack"
FORMAT_VERSION = 2  # 2: signed (exporters.pack_signature); unsigned packs of 1 are refused

META_SHEET = "_pack"  # very hidden: key / value rows
BASE_SHEET = "_basis"  # very hidden: the editable values as exported, for a three-way merge
LISTS_SHEET = "Lijsten"
NAV_LIST_NAME = "Navigatiehuizen"

# Column keys of the review sheet in order; headers are labels.text(lang, "col." + key).
# What the reviewer fills in sits right after the title (frozen with the ID), so it is on
# screen without scrolling; what helps the decision follows. Extra read-only columns (such as
# hard words per page) belong in the second group, after "reasons".
PACK_COLUMNS: tuple[str, ...] = (
    "id",
    "title",
    "decision",
    "merge_into",
    "nav_home",
    "status",
    "note",
    "url",
    "suggestion",
    "reasons",
    "hard_words",
    "duplicate_of",
    "kind",
    "section",
    "last_modified",
    "age_band",
    "readability",
    "readability_band",
    "words",
    "inlinks",
    "views",
)
FROZEN_COLUMNS = 2  # ID and title stay in view while scrolling right
EDITABLE: tuple[str, ...] = ("decision", "merge_into", "nav_home", "status", "note")
OPTIONAL: tuple[str, ...] = ("merge_into",)  # packs made before it existed lack it
REQUIRED: tuple[str, ...] = ("id", *(k for k in EDITABLE if k not in OPTIONAL))

# Older packs have the first five; a column added later goes at the end.
BASE_COLUMNS: tuple[str, ...] = (
    "id",
    "decision",
    "nav_node_id",
    "review_status",
    "note",
    "merge_into",
)
BASE_REQUIRED = 5
