"""Values that stay pickled until first read: how a compiled catalog loads in constant work.

A compiled catalog holds tens of thousands of records (catalog entries, their graph nodes
and lineage edges, the alias hits behind each automaton key) and one paper needs a handful.
Unpickling them all, pydantic models and named tuples one by one, was most of a warm start
and grew with the catalog. So the records travel and rest as pickles, end to end in one
buffer (`Pickles`), and each is unpickled on first use and kept (`PackedMap`).

Pickled with protocol 5 and a `buffer_callback`, as the cache file is written, a `Pickles`
buffer goes out of band: the cache keeps it as raw bytes beside the main pickle, and loading
hands the unpickler slices of the file's bytes, so not even a copy of the records is made.
Pickled any other way (worker processes, Dask), it travels in band as bytes.
"""

from __future__ import annotations

import pickle
from array import array
from collections.abc import Hashable, Iterable, Iterator, Mapping
from typing import Any, Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Pickles:
    """Pickled values end to end in one buffer; `pickles[i]` unpickles the i-th (no memo)."""

    __slots__ = ("_buffer", "_offsets")

    def __init__(self, buffer: bytes | memoryview, offsets: array) -> None:
        self._buffer = buffer
        self._offsets = offsets  # pickle i is buffer[offsets[i] : offsets[i + 1]]

    @classmethod
    def of(cls, values: Iterable[object]) -> Pickles:
        """Each value pickled, in order."""
        dumps, protocol = pickle.dumps, pickle.HIGHEST_PROTOCOL
        pieces = [dumps(value, protocol) for value in values]
        offsets = array("Q", [0])
        total = 0
        for piece in pieces:
            total += len(piece)
            offsets.append(total)
        return cls(b"".join(pieces), offsets)

    def __getitem__(self, index: int) -> Any:
        start, end = self._offsets[index], self._offsets[index + 1]
        return pickle.loads(memoryview(self._buffer)[start:end])

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __reduce_ex__(self, protocol: object) -> tuple[Any, ...]:
        if isinstance(protocol, int) and protocol >= 5:
            # Out of band when the pickler takes buffers (the cache file), else in band.
            return (Pickles, (pickle.PickleBuffer(self._buffer), self._offsets))
        return (Pickles, (bytes(self._buffer), self._offsets))


class PackedMap(Mapping[K, V], Generic[K, V]):
    """`Mapping` over pickled values: `map[key]` unpickles that value once, then keeps it.

    Iterating keys, `len` and `in` never unpickle; iterating values unpickles each, so code
    that walks the whole catalog still works, paying what the eager form paid.
    """

    __slots__ = ("_pickles", "_positions", "_values")

    def __init__(self, positions: dict[K, int], pickles: Pickles) -> None:
        self._positions = positions  # key -> index of its pickle
        self._pickles = pickles
        self._values: dict[K, V] = {}

    @classmethod
    def pack(cls, values: Mapping[K, V]) -> PackedMap[K, V]:
        """Pickle each value of `values` (a PackedMap is returned as it is)."""
        if isinstance(values, PackedMap):
            return values
        positions = {key: index for index, key in enumerate(values)}
        return cls(positions, Pickles.of(values.values()))

    @property
    def unpacked(self) -> int:
        """How many values have been unpickled so far (what a run actually used)."""
        return len(self._values)

    def __getitem__(self, key: K) -> V:
        try:
            return self._values[key]
        except KeyError:
            pass
        value: V = self._pickles[self._positions[key]]  # an unknown key raises KeyError
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
        return (PackedMap, (self._positions, self._pickles))
