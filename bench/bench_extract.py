"""Throughput of `citegraph extract` against the pairwise fuzzy baseline, in one run.

Corpus: the bundled dumps' 436 papers repeated (with numbered titles, so every paper is new)
into a synthetic Daily Papers dump of N papers, written to a temp folder and read back through
the real loader and linker (`pipeline.extract`), streaming.

Baseline: how generic KG builders resolve entities (e.g. neo4j-graphrag's fuzzy resolver):
every candidate span of the text (word 1- to 3-grams) is scored with rapidfuzz WRatio against
every catalog alias, and a score >= 80 links it. It is measured on a slice of the same corpus
because it is orders of magnitude slower; rates are per second, so they compare directly.

Memory: peak RSS is sampled after 10% of the corpus and at the end; streaming means the two
stay close whatever N is.

Start-up: what a command that links pays before its first paper, for the hand-written
catalog alone and for the whole shipped catalog (hand-written + generated, ~5x the aliases):
a cold load (validating the TOML and building the linker from scratch, what every run paid
before the compiled catalog, and writing the cache) and a warm one (`linker/cache.py`
reading its file), in fresh interpreters, then the first linked paper (the Aho-Corasick
automaton is built then). The same figures as bench/bench_startup.py, by the same code.

    python bench/bench_extract.py            # 100,000 papers
    python bench/bench_extract.py --papers 20000 --baseline-papers 5
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import tempfile
import time
from pathlib import Path

from bench_startup import catalog_rows, report_catalog
from corpus import write_repeated
from rapidfuzz import fuzz, process

from citegraph import pipeline
from citegraph.linker import Linker, linked_text, load_catalog
from citegraph.loaders import daily_papers

DUMPS = Path(__file__).resolve().parent.parent / "examples" / "data" / "hf-papers"
_WORD = re.compile(r"[\w.+\-]+")


def write_corpus(folder: Path, papers: int) -> Path:
    """A compact-layout dump of `papers` listings made from the bundled papers."""
    return write_repeated(sorted(DUMPS.glob("*.txt")), folder / "corpus.txt", papers)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_extract(corpus: Path, papers: int, linker: Linker) -> dict[str, float]:
    checkpoint = max(1, papers // 10)
    rss_early = 0.0
    text_bytes = 0
    mentions = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for count, result in enumerate(pipeline.extract([corpus], linker=linker), 1):
        text_bytes += len(linked_text(result.paper).encode())
        mentions += len(result.mentions)
        if count == checkpoint:
            rss_early = peak_rss_mb()
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    return {
        "papers": papers,
        "seconds": seconds,
        "mb_per_s": text_bytes / seconds / 1e6,
        "papers_per_s": papers / seconds,
        "cpu_mb_per_s": text_bytes / cpu_seconds / 1e6,
        "mentions": mentions,
        "rss_at_10pct_mb": rss_early,
        "rss_at_end_mb": peak_rss_mb(),
    }


def run_baseline(corpus: Path, papers: int, aliases: list[str]) -> dict[str, float]:
    text_bytes = 0
    links = 0
    start = time.perf_counter()
    for count, paper in enumerate(daily_papers.load(corpus), 1):
        text = linked_text(paper)
        text_bytes += len(text.encode())
        words = _WORD.findall(text)
        spans = {" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)}
        for span in spans:
            if process.extractOne(span, aliases, scorer=fuzz.WRatio, score_cutoff=80):
                links += 1
        if count == papers:
            break
    seconds = time.perf_counter() - start
    return {
        "papers": papers,
        "seconds": seconds,
        "mb_per_s": text_bytes / seconds / 1e6,
        "papers_per_s": papers / seconds,
        "links": links,
    }


def report_startup(folder: Path) -> None:
    """The compiled catalog's cold and warm loads, as bench/bench_startup.py prints them."""
    report_catalog(catalog_rows(folder, dict(os.environ), runs=3))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=100_000)
    parser.add_argument("--baseline-papers", type=int, default=20)
    parser.add_argument("--startup-only", action="store_true", help="only the start-up figures")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        report_startup(Path(folder))
    if args.startup_only:
        return

    catalog = load_catalog()
    linker = Linker(catalog)
    aliases = sorted({alias.text for alias in catalog.aliases()})
    with tempfile.TemporaryDirectory() as folder:
        corpus = write_corpus(Path(folder), args.papers)
        size_mb = corpus.stat().st_size / 1e6
        print(f"corpus: {args.papers:,} papers, {size_mb:.1f} MB; {len(aliases):,} aliases")
        ours = run_extract(corpus, args.papers, linker)
        base = run_baseline(corpus, args.baseline_papers, aliases)
    print(
        f"citegraph extract : {ours['mb_per_s']:7.2f} MB/s {ours['papers_per_s']:9.0f} papers/s"
        f"  ({ours['papers']:,} papers in {ours['seconds']:.1f} s, {ours['mentions']:,} mentions)"
    )
    print(
        f"pairwise baseline : {base['mb_per_s']:7.3f} MB/s  {base['papers_per_s']:9.2f} papers/s"
        f"  ({base['papers']:,} papers in {base['seconds']:.1f} s)"
    )
    print(
        f"per CPU second    : {ours['cpu_mb_per_s']:7.2f} MB/s  (extract's own CPU time on one"
        " core; equals the wall-clock rate on an idle machine)"
    )
    print(f"speed-up          : {ours['papers_per_s'] / base['papers_per_s']:,.0f}x")
    print(
        f"peak RSS          : {ours['rss_at_10pct_mb']:.0f} MB after 10% of the corpus, "
        f"{ours['rss_at_end_mb']:.0f} MB at the end"
    )


if __name__ == "__main__":
    main()
