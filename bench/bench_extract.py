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
validating the TOML and building the linker from scratch (what every run paid before the
compiled catalog), and loading the compiled linker the way `linker/cache.py` does it, in a
fresh interpreter, up to the first linked paper (the Aho-Corasick automata are built then).
The compiled start-up should barely move with the catalog's size; the from-scratch one grows
with it.

    python bench/bench_extract.py            # 100,000 papers
    python bench/bench_extract.py --papers 20000 --baseline-papers 100
"""

from __future__ import annotations

import argparse
import pickle
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rapidfuzz import fuzz, process

from citegraph import pipeline
from citegraph.linker import Linker, linked_text, load_catalog
from citegraph.linker.catalog import HAND_FILES, build_catalog, catalog_sources
from citegraph.loaders import daily_papers

DUMPS = Path(__file__).resolve().parent.parent / "examples" / "data" / "hf-papers"
_WORD = re.compile(r"[\w.+\-]+")


def write_corpus(folder: Path, papers: int) -> Path:
    """A compact-layout dump of `papers` listings made from the bundled papers."""
    seen: dict[str, tuple[str, str]] = {}
    for dump in sorted(DUMPS.glob("*.txt")):
        for paper in daily_papers.load(dump):
            seen.setdefault(paper.id, (paper.title, paper.abstract))
    originals = list(seen.values())
    path = folder / "corpus.txt"
    with path.open("w", encoding="utf-8") as out:
        for number in range(papers):
            title, abstract = originals[number % len(originals)]
            out.write(f"{title} (part {number})\n{abstract}\n")
    return path


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


# Runs in a fresh interpreter: load a pickled linker as linker/cache.py does, link one paper.
_COMPILED_START = """
import pickle, sys, time
start = time.perf_counter()
from citegraph.graph.records import Paper
with open(sys.argv[1], "rb") as handle:
    linker = pickle.load(handle)
loaded = time.perf_counter()
paper = Paper(id="paper:title:x", title="A", abstract="We fine-tune Llama 2 on GSM8K.")
linker.link(paper).mentions
print(loaded - start, time.perf_counter() - loaded)
"""


def measure_startup(
    folder: Path, label: str, sources: list[tuple[str, str]], shipped: int
) -> dict[str, float]:
    """From-scratch build time and compiled (pickled) load + first link, for one catalog."""
    start = time.perf_counter()
    linker = Linker(build_catalog(sources, shipped=shipped))
    from_scratch = time.perf_counter() - start
    path = folder / f"{label}.pickle"
    with path.open("wb") as handle:
        pickle.dump(linker, handle, protocol=pickle.HIGHEST_PROTOCOL)
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", _COMPILED_START, str(path)],
            check=True, capture_output=True, text=True,
        ).stdout.split()  # fmt: skip
        runs.append((float(out[0]), float(out[1])))
    load, first_link = min(runs, key=sum)
    return {
        "aliases": sum(1 for _ in linker.catalog.aliases()),
        "from_scratch": from_scratch,
        "compiled_load": load,
        "first_link": first_link,
    }


def report_startup(folder: Path) -> None:
    every = catalog_sources()
    hand = [(label, text) for label, text in every if label.rsplit("/", 1)[-1] in HAND_FILES]
    print("start-up before the first paper (compiled: best of 3 fresh interpreters)")
    # The hand-written files alone are loaded as a user's files would be: their Hub ids are
    # confirmed by the generated files, which are left out here.
    for label, sources, shipped in (("hand-written", hand, 0), ("shipped", every, len(every))):
        r = measure_startup(folder, label, sources, shipped)
        print(
            f"  {label:<13}: {r['aliases']:6,} aliases  from scratch {r['from_scratch']:5.2f} s"
            f"  compiled load {r['compiled_load']:5.2f} s + first link {r['first_link']:5.2f} s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=100_000)
    parser.add_argument("--baseline-papers", type=int, default=200)
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
