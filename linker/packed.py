"""A read-only mapping whose values stay pickled until first read.

A compiled catalog holds tens of thousands of records (catalog entries, their graph nodes
and lineage edges, the alias hits behind each automaton key) and one paper needs a handful.
Unpickling them all, pydantic models and named tuples one by one, was most of a warm start
and grew with the catalog; unpickling a dict of bytes is one copy per value. So the records
travel and rest as bytes, and each is unpickled on first use and kept.
"""

from __future__ import annotations

import pickle
from array import array
from collections.abc import Hashable, Iterable, Iterator, Mapping
from typing import Any, Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class PackedMap(Mapping[K, V], Generic[K, V]):
    """`Mapping` over pickled values: `map[key]` unpickles that value once, then keeps it.

    The pickles sit end to end in one bytes object, with their offsets in an array: a
    loaded map is three objects however many values it holds (one bytes object per value
    made unpickling the map itself several times slower). Iterating keys, `len` and `in`
    never unpickle; iterating values unpickles each, so code that walks the whole catalog
    still works, paying what the eager form paid.
    """

    __slots__ = ("_blob", "_offsets", "_positions", "_values")

    def __init__(self, positions: dict[K, int], blob: bytes, offsets: array) -> None:
        self._positions = positions  # key -> index of its pickle
        self._blob = blob
        self._offsets = offsets  # pickle i is blob[offsets[i] : offsets[i + 1]]
        self._values: dict[K, V] = {}

    @classmethod
    def pack(cls, values: Mapping[K, V]) -> PackedMap[K, V]:
        """Pickle each value of `values` (a PackedMap is returned as it is)."""
        if isinstance(values, PackedMap):
            return values
        blob, offsets = pack_all(values.values())
        return cls({key: index for index, key in enumerate(values)}, blob, offsets)

    @property
    def unpacked(self) -> int:
        """How many values have been unpickled so far (what a run actually used)."""
        return len(self._values)

    def __getitem__(self, key: K) -> V:
        try:
            return self._values[key]
        except KeyError:
            pass
        value: V = unpack_one(self._blob, self._offsets, self._positions[key])
        self._values[key] = value
        return value

    def __contains__(self, key: object) -> bool:
        return key in self._positions

    def __iter__(self) -> Iterator[K]:
        return iter(self._positions)

    def __len__(self) -> int:
        return len(self._positions)

    def __reduce__(self) -> tuple[Any, ...]:
        # Only the pickles travel (to the cache file, worker processes, Dask workers).
        return (PackedMap, (self._positions, self._blob, self._offsets))


def pack_all(values: Iterable[object]) -> tuple[bytes, array]:
    """Each value pickled, end to end, and the offsets of each pickle (one more than values)."""
    dumps, protocol = pickle.dumps, pickle.HIGHEST_PROTOCOL
    pieces = [dumps(value, protocol) for value in values]
    offsets = array("Q", [0])
    total = 0
    for piece in pieces:
        total += len(piece)
        offsets.append(total)
    return b"".join(pieces), offsets


def unpack_one(blob: bytes, offsets: array, index: int) -> Any:
    """The `index`th value packed by `pack_all`."""
    return pickle.loads(memoryview(blob)[offsets[index] : offsets[index + 1]])
