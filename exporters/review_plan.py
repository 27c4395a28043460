"""What reading review packs found: the changes, conflicts and errors a person decides on.

Plain data, shared by the import, the CLI preview and the app's import dialog.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from exporters import labels

Resolution = Literal["theirs", "ours"]  # theirs = the pack's value, ours = the project's


class CodedError(Exception):
    """An error as a code with parameters: ``str()`` is the Dutch sentence (the CLI, the log),
    *code* and *params* let the app word it (audit_app/ui/import_words.py); the codes and
    their Dutch are in exporters/import_words.py."""

    def __init__(self, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


class ImportRefused(CodedError):
    """Nothing was applied; the message says why, for the user."""


@dataclass(frozen=True)
class ImportIssue:
    """A problem at a place in a file. *message* is the Dutch sentence the CLI prints; *code*
    and *params* let the app word it in the user's language (exporters/import_words.py)."""

    file: str
    row: int | None
    column: str | None
    message: str
    code: str | None = None
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"rij {self.row}")
        if self.column is not None:
            where.append(f"kolom '{self.column}'")
        return ", ".join(where) + ": " + self.message


@dataclass(frozen=True)
class PackRef:
    file: str
    token: str
    reviewer_id: int
    reviewer: str
    last_change_id: int


@dataclass(frozen=True)
class PlannedChange:
    file: str
    row: int
    reviewer: str
    page_id: int
    url: str
    title: str | None
    field: str  # decisions column: decision | nav_node_id | review_status | note | merge_into
    current: Any
    pack: Any
    current_text: str
    pack_text: str

    @property
    def key(self) -> tuple[int, str]:
        return (self.page_id, self.field)


@dataclass(frozen=True)
class Conflict:
    change: PlannedChange
    their_who: str  # who changed the field in the project after the pack went out
    their_at: str

    @property
    def key(self) -> tuple[int, str]:
        return self.change.key


@dataclass
class ImportPlan:
    changes: list[PlannedChange] = field(default_factory=list)  # safe to apply
    conflicts: list[Conflict] = field(default_factory=list)  # need a resolution
    errors: list[ImportIssue] = field(default_factory=list)  # any error: nothing is applied
    packs: list[PackRef] = field(default_factory=list)
    change_high: int = 0  # changes.id when the packs were read

    @property
    def ok(self) -> bool:
        return not self.errors


FIELD_LABEL_KEY = {
    "decision": "col.decision",
    "nav_node_id": "col.nav_home",
    "review_status": "col.status",
    "note": "col.note",
    "merge_into": "col.merge_into",
    "new_url": "col.new_url",
    "reviewer_id": "col.reviewer",
}


def field_label(field_name: str) -> str:
    return labels.text("nl", FIELD_LABEL_KEY[field_name])


def show_value(
    field_name: str,
    value: Any,
    paths: dict[int, str],
    reviewers: dict[int, str] | None = None,
) -> str:
    """A decision field's value in words for the preview (Dutch, like the import messages)."""
    if value is None:
        return "(leeg)"
    if field_name == "decision":
        return labels.value("nl", "decision", value) or str(value)
    if field_name == "review_status":
        return labels.value("nl", "status", value) or str(value)
    if field_name == "nav_node_id":
        return paths.get(value, f"(verwijderd item {value})")
    if field_name == "reviewer_id":
        return (reviewers or {}).get(value, str(value))
    if field_name == "merge_into":
        return f"pagina {value}"
    return str(value)
