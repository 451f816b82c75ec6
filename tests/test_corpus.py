"""The synthetic corpus of the scale benches (bench/corpus.py) reads back as generated."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import corpus
from citegraph.loaders import daily_papers

pytestmark = pytest.mark.slow  # generates benchmark corpora


@pytest.fixture(scope="module")
def generator() -> corpus.CorpusGenerator:
    return corpus.CorpusGenerator(seed=7)


def test_listings_are_a_pure_function_of_seed_and_number(
    generator: corpus.CorpusGenerator,
) -> None:
    again = corpus.CorpusGenerator(seed=7)
    assert [generator.listing(n) for n in range(50)] == [again.listing(n) for n in range(50)]
    other = corpus.CorpusGenerator(seed=8)
    assert generator.listing(3).title != other.listing(3).title


def test_every_layout_reads_back_through_the_real_loader(tmp_path: Path) -> None:
    info = corpus.write_corpus(tmp_path, 1200, per_file=200)
    files = corpus.corpus_files(tmp_path)
    assert {path.name.split("-")[2].removesuffix(".txt") for path in files} == set(corpus.LAYOUTS)
    assert (info.files, info.papers) == (6, 1200)
    assert info.bytes == sum(path.stat().st_size for path in files)
    generator = corpus.CorpusGenerator(seed=7)
    read = [paper for path in files for paper in daily_papers.load(path)]
    expected = [generator.listing(n) for n in range(1200)]
    assert [(p.title, p.abstract) for p in read] == [(e.title, e.abstract) for e in expected]
    metadata = [
        (paper, listing)
        for paper, listing in zip(read, expected, strict=True)
        if "metadata" in paper.sources[0].path
    ]
    assert metadata and all(
        (p.authors_count, p.organisation) == (e.authors, e.organisation) for p, e in metadata
    )
    # Re-listings repeat an earlier paper; every other listing is a paper of its own.
    assert len({p.id for p in read}) == info.unique_papers < 1200
    assert sum(listing.paper == listing.number for listing in expected) == info.unique_papers


def test_titles_and_entities_vary(generator: corpus.CorpusGenerator) -> None:
    listings = [generator.listing(n) for n in range(3000)]
    originals = [listing for listing in listings if listing.paper == listing.number]
    assert len({listing.title for listing in originals}) == len(originals)
    # Catalog mentions are swapped for other entities in a large share of papers.
    unswapped = corpus.CorpusGenerator(seed=7, swap_rate=0.0)
    changed = sum(generator.paper_text(n) != unswapped.paper_text(n) for n in range(0, 3000, 10))
    assert changed > 0.3 * 300


def test_a_small_corpus_is_the_start_of_a_larger_one(tmp_path: Path) -> None:
    corpus.write_corpus(tmp_path / "small", 300, per_file=100)
    corpus.write_corpus(tmp_path / "large", 500, per_file=100)
    small = corpus.corpus_files(tmp_path / "small")
    large = corpus.corpus_files(tmp_path / "large")
    assert [p.read_bytes() for p in small] == [p.read_bytes() for p in large[: len(small)]]
