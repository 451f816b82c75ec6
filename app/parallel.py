"""Linking in worker processes (`--jobs N`), with results in input order.

Linking is pure CPU work per paper (an Aho-Corasick pass and Python decisions), so threads
would serialise on the GIL; processes do not. Parsing, merging and writing stay in the calling
process, in the order a serial run has, so a parallel run writes exactly what a serial one
does: only where `Linker.link` runs changes.

Workers receive the caller's linker once, when they start (inherited on fork, pickled where
processes are spawned), then chunks of papers; each chunk comes back as plain tuples of the
linker's records and is matched to the papers the caller still holds, so papers never travel
back. The number of chunks in flight is bounded, so memory does not grow with the input.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from multiprocessing.pool import AsyncResult, Pool
from types import TracebackType
from typing import Literal, Self

from citegraph.defaults import available_cpus as available_cpus
from citegraph.graph.records import Edge, Mention, Node, Paper
from citegraph.linker import Linker, LinkResult

# Papers per task: large enough that pickling and queueing cost little per paper, small
# enough that the workers are busy soon after a file is read.
CHUNK_PAPERS = 200
# Tasks in flight per worker when streaming (`link_stream`): keeps every worker busy while
# the caller consumes, without reading the whole input ahead.
_IN_FLIGHT_PER_JOB = 4

_Linked = tuple[list[Mention], list[Node], list[Edge]]
Parts = Literal["mentions", "graph", "all"]
_worker_linker: Linker | None = None


class ParallelLinker:
    """A pool of `jobs` worker processes linking papers with one linker.

    Use as a context manager; the workers stop when it exits.
    """

    def __init__(
        self,
        linker: Linker,
        jobs: int,
        *,
        parts: Parts = "all",
        chunk_papers: int = CHUNK_PAPERS,
    ) -> None:
        """`parts` says what the caller reads of each result: "mentions" (extract), "graph"
        (nodes and edges: build) or "all". The linker makes them lazily, so a worker that
        builds and ships only those saves both; the other fields of the results are empty.
        """
        if jobs < 2:
            raise ValueError("a parallel linker needs at least 2 jobs")
        self.linker = linker
        self.jobs = jobs
        self.parts = parts
        self.chunk_papers = chunk_papers
        self._pool: Pool | None = None

    def __enter__(self) -> Self:
        methods = multiprocessing.get_all_start_methods()
        # fork shares the already-built linker with the workers at no cost.
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        self._pool = context.Pool(self.jobs, initializer=_start_worker, initargs=(self.linker,))
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if exc_type is None:
            pool.close()
        else:
            pool.terminate()
        pool.join()

    def submit(self, papers: Sequence[Paper]) -> Iterator[LinkResult]:
        """Queue `papers` for linking now; the returned iterator yields their results in order.

        Nothing bounds how much is queued: the caller holds `papers` anyway (a build reads a
        whole file before writing it).
        """
        tasks = [
            (chunk, self._apply(chunk))
            for chunk in _chunks(papers, self.chunk_papers)
        ]  # fmt: skip
        return _collect(tasks)

    def link_stream(self, papers: Iterable[Paper]) -> Iterator[LinkResult]:
        """Link a stream of papers, yielding results in input order, a bounded window ahead.

        When the input raises (a bad file), the papers read before the error are still linked
        and yielded before the error is re-raised, exactly as a serial run would have.
        """
        window = self.jobs * _IN_FLIGHT_PER_JOB
        pending: deque[tuple[list[Paper], AsyncResult[list[_Linked]]]] = deque()
        chunk: list[Paper] = []
        source = iter(papers)
        while True:
            try:
                paper = next(source)
            except StopIteration:
                break
            except Exception:
                # The input failed: what was read before the error still goes out first.
                if chunk:
                    pending.append((chunk, self._apply(chunk)))
                yield from _collect(pending)
                raise
            chunk.append(paper)
            if len(chunk) == self.chunk_papers:
                pending.append((chunk, self._apply(chunk)))
                chunk = []
                while len(pending) > window:
                    yield from _collect([pending.popleft()])
        if chunk:
            pending.append((chunk, self._apply(chunk)))
        yield from _collect(pending)

    def _apply(self, chunk: list[Paper]) -> AsyncResult[list[_Linked]]:
        if self._pool is None:
            raise RuntimeError("ParallelLinker used outside its `with` block")
        return self._pool.apply_async(_link_chunk, (chunk, self.parts))


def _chunks(papers: Sequence[Paper], size: int) -> Iterator[list[Paper]]:
    for start in range(0, len(papers), size):
        yield list(papers[start : start + size])


def _collect(
    tasks: Iterable[tuple[list[Paper], AsyncResult[list[_Linked]]]],
) -> Iterator[LinkResult]:
    for papers, task in tasks:
        for paper, (mentions, nodes, edges) in zip(papers, task.get(), strict=True):
            yield LinkResult.from_records(paper, mentions, nodes, edges)


def _start_worker(linker: Linker) -> None:
    global _worker_linker
    _worker_linker = linker


def _link_chunk(papers: list[Paper], parts: Parts) -> list[_Linked]:
    assert _worker_linker is not None, "worker started without a linker"
    mentions = parts in ("mentions", "all")
    graph = parts in ("graph", "all")
    return [
        (
            result.mentions if mentions else [],
            result.nodes if graph else [],
            result.edges if graph else [],
        )
        for result in map(_worker_linker.link, papers)
    ]
