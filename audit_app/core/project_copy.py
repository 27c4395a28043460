"""Move a whole project between a file and a server (and back), verified.

Everything is copied with its own ids: pages, contents and snapshots, links, scores, page
views, decisions, navigation, reviewers, review packs, saved views, the full change history
and the search index. The target is written in one transaction, so a failed copy leaves no
half project; afterwards every table is compared on both sides by row count and a checksum
over all its values in key order. The source is only read.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, bindparam, column, insert, select, table, tuple_, update

from audit_app.core.backends import is_server_location
from audit_app.core.db import ProjectError
from audit_app.core.project import Project
from audit_app.core.schema import metadata

CHUNK = 2000

# The search index mirrors pages and is a virtual table (SQLite) or a plain one (server):
# copied by its common columns.
PAGE_FTS = table("page_fts", column("rowid"), column("title"), column("url"), column("text"))


@dataclass
class TableCheck:
    name: str
    rows: int
    checksum: str


@dataclass
class CopyReport:
    source: str
    target: str
    tables: list[TableCheck] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"{self.source} -> {self.target}"]
        lines += [f"  {t.name:<14} {t.rows:>8} rijen  {t.checksum[:12]}" for t in self.tables]
        lines.append("Gecontroleerd: aantallen en controlegetallen van elke tabel zijn gelijk.")
        return "\n".join(lines)


class ProjectCopyError(ProjectError):
    pass


def _tables() -> list[Any]:
    return [*metadata.sorted_tables, PAGE_FTS]


def _key(t: Any) -> list[Any]:
    if t is PAGE_FTS:
        return [t.c.rowid]
    return list(t.primary_key.columns)


def _rows(conn: Connection, t: Any) -> Iterator[list[dict[str, Any]]]:
    """All rows of *t* in key order, in chunks (keyset paging: no OFFSET rescans; a key of
    several columns pages by row value)."""
    keys = _key(t)
    last: tuple[Any, ...] | None = None
    while True:
        q = select(*t.c).order_by(*keys).limit(CHUNK)
        if last is not None:
            q = q.where(keys[0] > last[0] if len(keys) == 1 else tuple_(*keys) > tuple_(*last))
        chunk = [dict(r) for r in conn.execute(q).mappings()]
        if not chunk:
            return
        yield chunk
        last = tuple(chunk[-1][k.name] for k in keys)
        if len(chunk) < CHUNK:
            return


def _value_bytes(v: Any) -> bytes:
    if v is None:
        return b"\x00"
    if isinstance(v, bool):
        return b"i" + str(int(v)).encode()
    if isinstance(v, int):
        return b"i" + str(v).encode()
    if isinstance(v, float):
        return b"f" + struct.pack("<d", v)
    if isinstance(v, bytes | bytearray | memoryview):
        return b"b" + bytes(v)
    return b"s" + str(v).encode("utf-8", "surrogatepass")


def table_check(conn: Connection, t: Any) -> TableCheck:
    """Row count and a checksum over every value of every row. The row hashes are summed,
    so the checksum does not depend on the order a server's collation sorts text keys in."""
    total = 0
    n = 0
    for chunk in _rows(conn, t):
        for row in chunk:
            n += 1
            h = hashlib.sha256()
            for name in sorted(row):
                data = _value_bytes(row[name])
                h.update(name.encode() + struct.pack("<I", len(data)) + data)
            total = (total + int.from_bytes(h.digest(), "big")) % (1 << 256)
    return TableCheck(t.name, n, f"{total:064x}")


def verify(source: Project, target: Project) -> list[TableCheck]:
    """Counts and checksums of every table, which must be equal on both sides."""
    checks = []
    with source.read() as a, target.read() as b:
        for t in _tables():
            left, right = table_check(a, t), table_check(b, t)
            if left != right:
                raise ProjectCopyError(
                    f"Controle mislukt voor tabel {t.name}: bron {left.rows} rijen, doel "
                    f"{right.rows} rijen, of de inhoud verschilt. Het doel is onvolledig; "
                    "gebruik het niet en kopieer opnieuw."
                )
            checks.append(left)
    return checks


def _self_references(t: Table) -> list[str]:
    return [c.name for c in t.columns for fk in c.foreign_keys if fk.column.table is t]


def _copy_table(src: Connection, dst: Connection, t: Any) -> None:
    later = _self_references(t) if isinstance(t, Table) else []
    fixes: list[dict[str, Any]] = []
    for chunk in _rows(src, t):
        if later:  # parents may come after their children in key order: link them afterwards
            for row in chunk:
                if any(row[c] is not None for c in later):
                    fixes.append({"_id": row["id"], **{f"_v_{c}": row[c] for c in later}})
                    row.update(dict.fromkeys(later))
        dst.execute(insert(t), chunk)
    if fixes:
        stmt = update(t).where(t.c.id == bindparam("_id"))
        dst.execute(stmt.values(**{c: bindparam(f"_v_{c}") for c in later}), fixes)


def _target_is_free(target: str) -> None:
    if is_server_location(target):
        return  # Project.create refuses a database that holds anything; checked below
    path = Path(target)
    if path.exists() and path.stat().st_size > 0:
        raise ProjectCopyError(
            f"{path.name} bestaat al. Kies een nieuwe bestandsnaam: een kopie overschrijft nooit "
            "een bestaand project."
        )


def copy_project(
    source: str, target: str, progress: Callable[[str], None] | None = None
) -> CopyReport:
    """Copy the project at *source* into a new project at *target* (a file that does not
    exist yet, or an empty or new database) and verify it."""
    _target_is_free(target)
    with Project.open(source) as src:
        with src.read() as conn:
            if conn.execute(select(metadata.tables["settings"].c.key)).first() is None:
                raise ProjectCopyError(f"{src.location} bevat nog geen project om te kopiëren.")
        with Project.create(target) as dst:
            with dst.read() as conn:
                used = conn.execute(select(metadata.tables["pages"].c.id).limit(1)).first()
                history = conn.execute(select(metadata.tables["changes"].c.id).limit(1)).first()
            if used is not None or history is not None:
                raise ProjectCopyError(
                    f"{dst.location} bevat al een project met pagina's of wijzigingen. Kies een "
                    "lege database of een nieuw bestand; er is niets overschreven."
                )
            with src.read() as a, dst.transaction() as b:
                for t in reversed(_tables()):
                    b.execute(t.delete())  # the fresh target's own settings row go too
                for t in _tables():
                    if progress is not None:
                        progress(t.name)
                    _copy_table(a, b, t)
                dst.backend.reset_sequences(b)
            report = CopyReport(src.location, dst.location, verify(src, dst))
    return report
