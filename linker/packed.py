"""A read-only mapping whose values stay pickled until first read.

A compiled catalog holds tens of thousands of records (catalog entries, their graph nodes
and lineage edges, the alias hits behind each automaton key) and one paper needs a handful.
Unpickling them all, pydantic models and named tuples one by one, was most of a warm start
and grew with the catalog; unpickling a dict of bytes is one copy per value. So the records
travel and rest as bytes, and each is unpickled on first use and kept.
"""

from __future__ import annotations

import pickle
from collections.abc import Hashable, Iterator, Mapping
from typing import Any, Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class PackedMap(Mapping[K, V], Generic[K, V]):
    """`Mapping` over pickled values: `map[key]` unpickles that value once, then keeps it.

    Iterating keys, `len` and `in` never unpickle; iterating values unpickles each, so code
    that walks the whole catalog still works, paying what the eager form paid.
    """

    __slots__ = ("_packed", "_values")

    def __init__(self, packed: dict[K, bytes]) -> None:
        self._packed = packed
        self._values: dict[K, V] = {}

    @classmethod
    def pack(cls, values: Mapping[K, V]) -> PackedMap[K, V]:
        """Pickle each value of `values` (a PackedMap is returned as it is)."""
        if isinstance(values, PackedMap):
            return values
        dumps, protocol = pickle.dumps, pickle.HIGHEST_PROTOCOL
        return cls({key: dumps(value, protocol) for key, value in values.items()})

    def __getitem__(self, key: K) -> V:
        try:
            return self._values[key]
        except KeyError:
            pass
        value: V = pickle.loads(self._packed[key])  # an unknown key raises KeyError here
        self._values[key] = value
        return value

    @property
    def unpacked(self) -> int:
        """How many values have been unpickled so far (what a run actually used)."""
        return len(self._values)

    def __contains__(self, key: object) -> bool:
        return key in self._packed

    def __iter__(self) -> Iterator[K]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)

    def __reduce__(self) -> tuple[Any, ...]:
        # Only the bytes travel (to the cache file, worker processes, Dask workers).
        return (PackedMap, (self._packed,))
