"""The cells of a big table, read from the project a block of rows at a time.

A table over 100,000 pages keeps only the row keys (page ids, addresses) in memory; the cells
of the rows on screen are read in one query for a block around the row Qt asks for, and the
most recently used blocks are kept (as Anki's browser table does).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

BLOCK = 200  # rows read in one query
CACHE_ROWS = 3000  # rows kept


class RowCache(Generic[K, V]):
    def __init__(self, fetch: Callable[[list[K]], dict[K, V]]) -> None:
        self._fetch = fetch  # keys -> their rows (a key that is gone is left out)
        self._rows: OrderedDict[K, V] = OrderedDict()

    def get(self, keys: Sequence[K], row: int) -> V | None:
        """The cells of ``keys[row]``; on a miss, the block around it is read at once."""
        key = keys[row]
        cached = self._rows.get(key)
        if cached is not None:
            self._rows.move_to_end(key)
            return cached
        start = max(0, row - BLOCK // 4)
        block = [k for k in keys[start : start + BLOCK] if k not in self._rows]
        found = self._fetch(block)
        for k in block:
            if k in found:
                self._rows[k] = found[k]
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)
        return self._rows.get(key)

    def forget(self, key: K) -> None:
        self._rows.pop(key, None)

    def clear(self) -> None:
        self._rows.clear()

    def __len__(self) -> int:
        return len(self._rows)
