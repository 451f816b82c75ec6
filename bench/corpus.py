"""Synthetic Hugging Face Daily Papers dumps of any size, made from the bundled dumps.

The benches need corpora of 10k, 100k and 1M papers that a real build treats like real
input. Repeating the bundled 436 papers would give 436 distinct texts and the same few
hundred entities over and over; this generator varies what a build is sensitive to:

* **titles**: every listing's paper gets a coined name ("Vorakelu") that is unique to it: the
  title's head ("GreaseLM: ...") and every name the paper introduces are replaced by it (in
  title and abstract alike), and a title without a head gets one. Paper ids are therefore
  unique, and introduced models and datasets are new nodes, as in real data;
* **entities**: about half of the catalog mentions the linker finds in the template are
  swapped for another catalog entity of the same type, drawn from a heavy-tailed (Zipf)
  popularity, so the graph touches the whole catalog with realistic skew; repository URLs
  are kept, so popular repositories gather many papers, as they do;
* **layouts**: files rotate through the three Daily Papers layouts (blank lines between
  paragraphs; no blank lines with chrome glued to the first title; metadata blocks with
  author counts or organisations, dates with and without year, upvotes), with page chrome;
* **re-listings**: a small share of listings repeat an earlier paper (as dumps of
  consecutive days do), so stores merge as they would on real input.

Everything is a pure function of (seed, listing number): listing i is the same text whatever
the corpus size and whichever process makes it, so a 10k corpus is the first 10k listings
of the 1M one, and workers can make shards independently. Files are written one listing at
a time; memory does not depend on the size (the 436 templates and the catalog are all it
holds). Templates come from the real loader and linker on the bundled dumps, so a change of
the linker can change the corpus; the seed alone fixes it for a given version.

    python bench/corpus.py --papers 100000 --out /tmp/scale-corpus-100k
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import random
import re
import time
from bisect import bisect
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from itertools import accumulate
from pathlib import Path

from citegraph.graph.records import Dataset, Model, Paper
from citegraph.linker import Linker, linked_text
from citegraph.linker.cache import compiled_linker
from citegraph.loaders import daily_papers

DUMPS = Path(__file__).resolve().parent.parent / "examples" / "data" / "hf-papers"
LAYOUTS = ("paragraphs", "compact", "metadata")
MANIFEST = "corpus.json"

_SYLLABLES = (
    "ka", "ko", "ku", "ri", "ro", "ra", "ve", "vo", "va", "ne", "no", "na", "lu", "li", "le",
    "mi", "mo", "ma", "ta", "to", "te", "sa", "so", "su", "zu", "ze", "za", "pi", "po", "pa",
    "bu", "bo", "be", "di", "do", "da", "gu", "ge", "ga", "fi",
)  # fmt: skip
_TITLE_HEAD = re.compile(r"^(?P<head>[^\s:]{2,40}(?: [^\s:]{1,20}){0,2}):\s")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ORGANISATIONS = (
    "DianJin Qwen DianJin", "Google", "Meta AI", "Microsoft", "Allen Institute for AI",
    "Tsinghua University", "Hugging Face", "NVIDIA", "Shanghai AI Laboratory", "Mila",
)  # fmt: skip
_CHROME_HEAD = {
    "paragraphs": "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\n"
    "byAK and the research community\n\n{date}\n\n",
    "metadata": "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\n"
    "byAK and the research community\n\n{date}\n\n",
    # The compact page glues "Subscribe" to the first title; the generator adds the title.
    "compact": "Get trending papers in your email inbox once a day!\n"
    "Get trending papers in your email inbox!\nSubscribe",
}


@dataclass(frozen=True)
class Template:
    """A bundled paper, with what a generated copy changes in it."""

    title: str
    abstract: str
    # Names the paper introduces (and its title's head): each copy gets its own coined names.
    names: tuple[str, ...]
    # (start, end, "model"|"dataset") of catalog mentions in the linked text.
    slots: tuple[tuple[int, int, str], ...]
    # No head of its own to coin: copies get "<coined name>: " in front of the title.
    prefix_head: bool


@dataclass(frozen=True)
class Listing:
    """One generated listing: the paper's text and the listing's metadata block."""

    number: int
    paper: int  # the paper it lists: its own number, or an earlier one's for a re-listing
    title: str
    abstract: str
    authors: int | None
    organisation: str | None
    date: str | None


@dataclass
class CorpusInfo:
    """What `write_corpus` wrote; saved as corpus.json beside the files."""

    seed: int
    papers: int  # listings
    unique_papers: int
    per_file: int
    files: int
    bytes: int


class CorpusGenerator:
    """Listing i of the corpus for a seed, computed on demand."""

    def __init__(
        self,
        seed: int = 7,
        *,
        swap_rate: float = 0.5,
        relist_rate: float = 0.02,
        linker: Linker | None = None,
    ) -> None:
        self.seed = seed
        self.swap_rate = swap_rate
        self.relist_rate = relist_rate
        if linker is None:  # the shipped linker's templates and names, made once a process
            self.templates, catalog_names = _shipped_templates_and_names()
        else:
            self.templates, catalog_names = templates_and_names(linker)
        # Catalog entities by type, in a seeded order; popularity follows Zipf over it.
        self._entities: dict[str, list[str]] = {}
        self._weights: dict[str, list[float]] = {}
        shuffle = random.Random(seed)
        for kind in ("model", "dataset"):
            names = list(catalog_names[kind])
            shuffle.shuffle(names)
            self._entities[kind] = names
            self._weights[kind] = list(accumulate(1 / (rank + 1) for rank in range(len(names))))

    # -- one listing ------------------------------------------------------------------------

    def listing(self, number: int) -> Listing:
        rng = self._rng(number, "listing")
        paper = number
        while paper > 0 and self._rng(paper, "relist").random() < self.relist_rate:
            paper = self._rng(paper, "relist-of").randrange(paper)
        title, abstract = self.paper_text(paper)
        authors = organisation = date = None
        if rng.random() < 0.9:  # some listings show no metadata block at all
            if rng.random() < 0.15:
                organisation = rng.choice(_ORGANISATIONS)
            else:
                authors = rng.randint(1, 40)
            date = _date(rng)
        return Listing(number, paper, title, abstract, authors, organisation, date)

    def paper_text(self, paper: int) -> tuple[str, str]:
        """(title, abstract) of paper number `paper`: a template with its names coined."""
        rng = self._rng(paper, "paper")
        template = self.templates[rng.randrange(len(self.templates))]
        text = linked_text(_as_paper(template))
        edits: list[tuple[int, int, str]] = []
        for start, end, kind in template.slots:
            if rng.random() < self.swap_rate:
                edits.append((start, end, self._entity(rng, kind)))
        coined = self.coined(paper)
        for k, name in enumerate(template.names):
            new = coined + _SYLLABLES[k % len(_SYLLABLES)] * (k > 0) + _suffix(name)
            pattern = re.compile(rf"(?<![\w.\-]){re.escape(name)}(?!\w)")
            edits.extend((m.start(), m.end(), new) for m in pattern.finditer(text))
        title_end = len(template.title)
        if template.prefix_head:
            edits.append((0, 0, f"{coined}: "))
        edits.sort(key=lambda edit: (edit[0], edit[1]))
        parts, position, new_title_end = [], 0, title_end
        for start, end, new in edits:
            if start < position:
                continue  # overlaps an earlier edit (a swapped alias inside a coined name)
            parts.append(text[position:start])
            parts.append(new)
            if start < title_end:
                new_title_end += len(new) - (end - start)
            position = end
        parts.append(text[position:])
        result = "".join(parts)
        return result[:new_title_end], result[new_title_end + 2 :]

    def coined(self, paper: int) -> str:
        """A name unique to `paper` (below 2**24): a bijective scramble of its number, spelt
        in 3 to 5 syllables."""
        scrambled = (paper * 2_654_435_761 + self.seed * 40_503) % (1 << 24)
        syllables = []
        while scrambled or len(syllables) < 3:
            scrambled, digit = divmod(scrambled, len(_SYLLABLES))
            syllables.append(_SYLLABLES[digit])
        return "".join(syllables).capitalize()

    def _entity(self, rng: random.Random, kind: str) -> str:
        weights = self._weights[kind]
        return self._entities[kind][bisect(weights, rng.random() * weights[-1])]

    def _rng(self, number: int, purpose: str) -> random.Random:
        digest = hashlib.blake2b(f"{self.seed}:{purpose}:{number}".encode(), digest_size=8)
        return random.Random(int.from_bytes(digest.digest(), "big"))

    # -- files --------------------------------------------------------------------------------

    def write_file(self, path: Path, first: int, count: int, layout: str) -> int:
        """Write listings first .. first+count-1 as one dump; returns how many are new papers."""
        new_papers = 0
        with path.open("w", encoding="utf-8") as handle:
            handle.write(_CHROME_HEAD[layout].format(date=self._header_date(first)))
            for number in range(first, first + count):
                listing = self.listing(number)
                new_papers += listing.paper == number
                handle.writelines(_render(listing, layout))
        return new_papers

    def _header_date(self, first: int) -> str:
        """The page's date header ("Oct 7"): chrome, never a listing's date."""
        rng = self._rng(first, "header")
        return f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}"


def write_corpus(
    folder: str | Path, papers: int, *, seed: int = 7, per_file: int = 1000, **options: float
) -> CorpusInfo:
    """Write `papers` listings as dump files of `per_file` listings into `folder`.

    Reuses a corpus already there when its corpus.json says it was made the same way.
    """
    out = Path(folder)
    wanted = {"seed": seed, "papers": papers, "per_file": per_file}
    manifest = out / MANIFEST
    if manifest.exists():
        saved = json.loads(manifest.read_text())
        if {key: saved.get(key) for key in wanted} == wanted and not options:
            return CorpusInfo(**saved)
    out.mkdir(parents=True, exist_ok=True)
    generator = CorpusGenerator(seed, **options)
    files = (papers + per_file - 1) // per_file
    total = unique = 0
    for index in range(files):
        first = index * per_file
        layout = LAYOUTS[index % len(LAYOUTS)]
        path = out / f"dump-{index:05d}-{layout}.txt"
        unique += generator.write_file(path, first, min(per_file, papers - first), layout)
        total += path.stat().st_size
    info = CorpusInfo(seed, papers, unique, per_file, files, total)
    manifest.write_text(json.dumps(asdict(info), indent=1) + "\n")
    return info


def write_repeated(dumps: list[Path], path: Path, papers: int) -> Path:
    """One compact-layout dump of `papers` listings: the distinct papers of `dumps`, in
    order, repeated with a numbered title ("... (part 7)") so every listing is a new paper.

    Far simpler than `write_corpus` (the same abstracts come back every 436 listings): what
    a measure of raw linking speed, or a test that only needs a build long enough to
    interrupt, wants."""
    seen: dict[str, tuple[str, str]] = {}
    for dump in dumps:
        for paper in daily_papers.load(dump):
            seen.setdefault(paper.id, (paper.title, paper.abstract))
    originals = list(seen.values())
    with path.open("w", encoding="utf-8") as out:
        for number in range(papers):
            title, abstract = originals[number % len(originals)]
            out.write(f"{title} (part {number})\n{abstract}\n")
    return path


def corpus_files(folder: str | Path) -> list[Path]:
    """The dump files of a corpus, in listing order."""
    return sorted(Path(folder).glob("dump-*.txt"))


def templates_and_names(linker: Linker) -> tuple[list[Template], dict[str, tuple[str, ...]]]:
    """What a generator takes from its linker: the bundled templates, and the plain names of
    the catalog's models and datasets, sorted (a generator shuffles them by its seed)."""
    names = {
        kind: tuple(
            sorted(
                {
                    record.name
                    for record in linker.catalog.to_records()
                    if isinstance(record, Model | Dataset)
                    and record.label.value.lower() == kind
                    and _plain_name(record.name)
                }
            )
        )
        for kind in ("model", "dataset")
    }
    return bundled_templates(linker), names


@functools.cache
def _shipped_templates_and_names() -> tuple[list[Template], dict[str, tuple[str, ...]]]:
    """`templates_and_names` of the shipped linker, once per process: 0.35 s of CPU each time
    (linking the bundled papers), and the tests make a dozen generators. Generators only
    read them."""
    return templates_and_names(_shipped_linker())


@functools.cache
def _shipped_linker() -> Linker:
    """The shipped catalog's linker, once per process, from the compiled catalog as every
    `citegraph` command loads it (linker/cache.py; it links byte-identically to
    `Linker(load_catalog())`, test_linker_cache.py): building it from the catalog files was
    ~2.5 s of CPU in each process that made a corpus, loading it ~0.05 s."""
    return compiled_linker()


# -- templates --------------------------------------------------------------------------------


def bundled_templates(linker: Linker) -> list[Template]:
    """Every distinct bundled paper with its coinable names and catalog mention slots."""
    seen: dict[str, Paper] = {}
    for dump in sorted(DUMPS.glob("*.txt")):
        for paper in daily_papers.load(dump):
            seen.setdefault(paper.id, paper)
    templates = []
    for paper in seen.values():
        names: list[str] = []
        slots = []
        for mention in linker.link(paper).mentions:
            if mention.entity_type == "repo":
                continue
            if mention.method.value == "pattern":
                if mention.surface not in names:
                    names.append(mention.surface)
            else:
                slots.append((*mention.span, mention.entity_type))
        head = _TITLE_HEAD.match(paper.title)
        # A head that is a catalog name ("Llama 2: ...") stays a mention; the copy is then
        # given a coined head of its own in front, like a title without a head.
        coin_head = head is not None and not any(s < head.end("head") for s, _, _ in slots)
        if head is not None and coin_head and head.group("head") not in names:
            names.insert(0, head.group("head"))
        templates.append(
            Template(paper.title, paper.abstract, tuple(names), tuple(slots), not coin_head)
        )
    return templates


def _as_paper(template: Template) -> Paper:
    return Paper.model_construct(title=template.title, abstract=template.abstract)


def _plain_name(name: str) -> bool:
    """Names that read as one token run in running text (no brackets or slashes)."""
    return bool(re.fullmatch(r"[\w][\w .+\-]*", name))


def _suffix(name: str) -> str:
    """The trailing type marker of a coined name: GreaseLM -> LM, HumanVLM -> VLM."""
    match = re.search(r"(?:[A-Z]{2,}|-\d+[A-Za-z]*|\d+[BMK])$", name)
    return match.group(0) if match and match.start() > 0 else ""


def _date(rng: random.Random, *, with_year: bool | None = None) -> str:
    month = rng.choice(_MONTHS)
    day = rng.randint(1, 28)
    if with_year is None:
        with_year = rng.random() < 0.6
    text = f"{month} {day}, {rng.randint(2018, 2025)}" if with_year else f"{month} {day}"
    if rng.random() < 0.5:
        text += f" {rng.randint(1, 300)}"  # the listing's upvotes
    return text


def _render(listing: Listing, layout: str) -> Iterator[str]:
    paragraphs = listing.abstract.split("\n\n")
    if layout == "compact":
        yield listing.title + "\n"
        yield "".join(p + "\n" for p in paragraphs)
        return
    yield listing.title + "\n\n"
    yield "".join(p + "\n\n" for p in paragraphs)
    if layout == "metadata" and listing.date is not None:
        who = listing.organisation or f"  • {listing.authors} authors"
        yield f"{who}\n·\n{listing.date}\n\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, required=True, help="listings to write")
    parser.add_argument("--out", required=True, help="folder (use /tmp/scale-*, not the repo)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-file", type=int, default=1000, help="listings per dump file")
    args = parser.parse_args()
    started = time.perf_counter()
    info = write_corpus(args.out, args.papers, seed=args.seed, per_file=args.per_file)
    print(
        f"{args.out}: {info.papers:,} listings ({info.unique_papers:,} papers) in "
        f"{info.files:,} files, {info.bytes / 1e6:,.1f} MB, "
        f"{time.perf_counter() - started:.1f} s"
    )


if __name__ == "__main__":
    main()
