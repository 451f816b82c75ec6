"""Names no rule found: a learned detector for name-shaped words the linker left unlinked.

Hand-written patterns find an unseen name by the phrase around it ("we propose X", "on the
X dataset"); written from papers we had read, they stopped finding new names on papers we
had not (docs/quality-history.md: 349 fresh papers, not one link moved by a season of
rules). Most names they still miss are single words shaped like names: mixed case,
letters with digits, acronyms ("CasMVSNet", "DPHuBERT", "CASF-2016", "R-GCNs"), and most
of those words are not entities (methods, losses, metrics, modules, tasks).

So, after every rule and the catalog have had their say, each remaining name-shaped word
of a paper is one candidate, described by its shape, its affixes and the words around its
mentions, and a logistic regression trained on the labelled papers (scripts/names/train.py)
gives P(model), P(dataset) and P(none). A candidate becomes an unseen name of the likelier
type when that probability reaches the shipped threshold, which the training script picks
for precision on validation papers the weights never saw: a wrong link is worse than a
missing one. The weights (`name_model.json`, a few thousand numbers) are applied in plain
Python here; nothing is downloaded.

The candidates and their features are made by the same code at training and at run time
(`name_candidates`), from the linker's own output without this detector, so the training
examples are exactly the words the detector will be asked about.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Any

from . import regex_cache
from .candidates import title_head

WEIGHTS_FILE = "name_model.json"
# "own" is a model the paper presents as its own (labelled `introduces`): the words around
# its mentions differ from those of others' models, and its role is decided by them.
CLASSES = ("dataset", "model", "none", "own")

# A word shaped like a name: letters, digits and inner hyphens, dots, pluses or slashes
# ("KW-Seq2Seq", "COCO2017", "AIST++", "ACL60/60") with a capital or a digit after its
# first character ("SSD", "MagNet", "wav2vec") and a letter somewhere; a trailing full
# stop, hyphen or slash is the sentence's. Plain words ("Florence", "skip-gram") are left to
# the rules: most such words are words. The pattern starts at such an inner capital or
# digit and runs to the word's end; the word's start is then found by walking back. A
# pattern that starts with a character class is searched for in C, skipping every
# position that cannot start it: half the time of one that tries each word's start (this
# runs over every linked paper).
_INNER_SIGNAL = regex_cache.compile(r"[A-Z0-9](?<=[\w\-.+/][A-Z0-9])[\w\-.+/]*+")
_WORD_PUNCTUATION = frozenset("_-.+/")
_TRAILING = "-./"
# Shaped words that are never candidates: a number with a unit ("7B", "3D", "50K", "2.2x":
# 6% of the candidates in the labelled papers, none of them a name).
_NEVER_CANDIDATE = regex_cache.compile(r"\d+(?:\.\d+)?[A-Za-z]{1,3}")
# Words of the context around a mention (punctuation marks count as words: "(" before a
# bracketed name is a strong sign).
_CONTEXT_WORD = regex_cache.compile(r"[\w\-]+|[^\w\s]")
_LIST_GLUE = regex_cache.compile(r"\s*(?:,|,?\s*and|,?\s*or|/|;)\s*")
_SENTENCE_END = regex_cache.compile(r"[.!?]\s")
_WE = regex_cache.compile(r"\b(?:[Ww]e|[Oo]ur)\b")
# Words of the mention's sentence that say what is being done with what it names.
SENTENCE_CUES = (
    "outperform", "compar", "baseline", "state-of-the-art", "propose", "introduce",
    "dataset", "benchmark", "fine-tun", "pre-train", "based on", "such as", "including",
)  # fmt: skip
_CONTEXT_REACH = 60  # characters read on each side of a mention for its two words
_LIST_REACH = 12  # characters between a mention and a linked name it is listed with


def name_shaped(word: str) -> bool:
    """Whether a whole word is shaped like a name: the detector's candidates are such
    words."""
    return [found for found, _ in _shaped_words(word)] == [word]


def _shaped_words(text: str) -> Iterator[tuple[str, int]]:
    """The name-shaped words of `text` and where each starts, in text order."""
    for match in _INNER_SIGNAL.finditer(text):
        start = match.start() - 1
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _WORD_PUNCTUATION):
            start -= 1
        word = text[start : match.end()].rstrip(_TRAILING)
        if (
            len(word) > 1
            and word[0].isalnum()
            and any(map(str.isalpha, word))
            and _NEVER_CANDIDATE.fullmatch(word) is None
        ):
            yield word, start


def _shape(word: str) -> str:
    """The word's letters as A (capital), a (small) and 0 (digit), runs collapsed:
    "CasMVSNet" -> "AaAa", "COCO2017" -> "A0", "R-GCNs" -> "A-Aa"."""
    marks = []
    for char in word:
        mark = "A" if char.isupper() else "a" if char.islower() else "0" if char.isdigit() else char
        if not marks or marks[-1] != mark:
            marks.append(mark)
    return "".join(marks)


@dataclass(frozen=True)
class NameCandidate:
    """One name-shaped word of a paper no rule linked: its mentions and its features."""

    surface: str
    spans: tuple[tuple[int, int], ...]
    features: frozenset[str]


def name_candidates(
    text: str,
    title_length: int,
    linked: Iterable[tuple[int, int, str]],
    skip: Callable[[str, int, int], bool],
) -> list[NameCandidate]:
    """The name-shaped words of `text` (a paper's title, a blank line and its abstract)
    that `skip(word, start, end)` lets through, one candidate per distinct word, with the
    features the detector reads. `linked` holds the (start, end, type) of what the linker
    found: a word listed right beside a linked model or dataset is likely another."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for word, start in _shaped_words(text):
        end = start + len(word)
        if skip(word, start, end):
            continue
        spans.setdefault(word, []).append((start, end))
    for word in [w for w in spans if w.endswith("s") and w[:-1] in spans]:
        # "ZorbNets" beside "ZorbNet": the same name, plural, one candidate
        spans[word[:-1]] = sorted(spans[word[:-1]] + spans.pop(word))
    if not spans:
        return []
    sentences = _Sentences(text)
    beside = _Linked(text, linked)
    return [
        NameCandidate(
            word, tuple(places), _features(text, title_length, word, places, beside, sentences)
        )
        for word, places in spans.items()
    ]


class _Linked:
    """What the linker found, by where each ends and starts: which linked name, if any,
    stands right beside a mention with only list glue between (", ", " and ", "/")."""

    def __init__(self, text: str, linked: Iterable[tuple[int, int, str]]) -> None:
        self.text = text
        self.by_end = sorted((end, kind) for _, end, kind in linked)
        self.by_start = sorted((start, kind) for start, _, kind in linked)
        self.ends = [end for end, _ in self.by_end]
        self.starts = [start for start, _ in self.by_start]

    def beside(self, start: int, end: int) -> str | None:
        """The type of a linked name listed right before or after start:end, else None."""
        text = self.text
        low = bisect_left(self.ends, start - _LIST_REACH)
        for index in range(low, bisect_right(self.ends, start)):
            other_end, kind = self.by_end[index]
            if _LIST_GLUE.fullmatch(text, other_end, start):
                return kind
        low = bisect_left(self.starts, end)
        for index in range(low, bisect_right(self.starts, end + _LIST_REACH)):
            other_start, kind = self.by_start[index]
            if _LIST_GLUE.fullmatch(text, end, other_start):
                return kind
        return None


class _Sentences:
    """The text's sentences, found once for all its candidates: where each starts, and the
    cue words of each (SENTENCE_CUES), read when a mention in it first asks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(stop.end() for stop in _SENTENCE_END.finditer(text))]
        self._cues: dict[int, frozenset[str]] = {}

    def around(self, position: int) -> tuple[int, frozenset[str]]:
        """The start of the sentence holding `position`, and that sentence's cues."""
        index = bisect_right(self.starts, position) - 1
        cues = self._cues.get(index)
        if cues is None:
            end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
            sentence = self.text[self.starts[index] : end].lower()
            cues = self._cues[index] = frozenset(
                f"sentence={cue}" for cue in SENTENCE_CUES if cue in sentence
            )
        return self.starts[index], cues


def _features(
    text: str,
    title_length: int,
    word: str,
    places: list[tuple[int, int]],
    linked: _Linked,
    sentences: _Sentences,
) -> frozenset[str]:
    """What the detector reads of one word: its shape and affixes (never the word itself:
    the weights must not become a list of names read from the labels) and, for every
    mention, the two words on each side, list neighbours and cues of its sentence."""
    upper = sum(map(str.isupper, word))
    features = {
        f"shape={_shape(word)}",
        f"prefix={word[:3].lower()}",
        f"suffix3={word[-3:].lower()}",
        f"suffix4={word[-4:].lower()}",
        f"length={min(len(word), 8)}",
        f"capitals={min(upper, 5)}",
        f"mentions={min(len(places), 4)}",
    }
    if word.isupper():
        features.add("all_capitals")
    if any(map(str.isdigit, word)):
        features.add("digits")
    if "-" in word:
        features.add("hyphen")
    if places[0][0] < title_length:  # places are in text order
        features.add("in_title")
        if word == title_head(text[:title_length]):
            # "DeepGG: A Deep Graph Generator": most such words are the paper's own model
            features.add("title_head")
    plural_word = word.endswith("s") and word[:-1].isupper()
    for start, end in places:
        before = _CONTEXT_WORD.findall(text, max(0, start - _CONTEXT_REACH), start)[-2:]
        after = _CONTEXT_WORD.findall(text, end, end + _CONTEXT_REACH)[:2]
        if before:
            last = before[-1].lower()
            features.add(f"before1={last}")
            if last in ("the", "a", "an"):
                features.add("determiner_before")
            if len(before) > 1:
                features.add(f"before2={before[0].lower()}")
        if after:
            first = after[0].lower()
            features.add(f"after1={first}")
            if len(after) > 1:
                features.add(f"after2={after[1].lower()}")
            if first == ")" and before and before[-1] == "(":
                features.add("bracketed")
        if plural_word or text[end : end + 1] == "s":
            features.add("plural")
        kind = linked.beside(start, end)
        if kind is not None:
            features.add(f"listed_with={kind}")
        sentence_start, cues = sentences.around(start)
        features |= cues
        if _WE.search(text, sentence_start, start) is not None:
            features.add("we_before")
    return frozenset(features)


@dataclass(frozen=True)
class NameModel:
    """The detector's weights: per feature one weight per class, a bias per class, and
    the probability each type needs to be linked ("model", "dataset")."""

    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    thresholds: Mapping[str, float]

    @cached_property
    def _packed(self) -> tuple[dict[str, complex], complex]:
        """Each feature's weights as logits relative to the first class, two classes to a
        complex number (softmax is the same when every logit moves alike), and the bias
        alike: one C-level `sum(map(...))` over a candidate's features adds all four
        classes, as in role_model.RoleModel (a Python loop per class and feature cost as
        much as the rest of the detector)."""
        first, second, third = 0, 1, 2

        def pack(row: tuple[float, ...]) -> complex:
            return complex(row[second] - row[first], row[third] - row[first])

        packed = {feature: pack(row) for feature, row in self.weights.items()}
        return packed, pack(self.bias)

    @cached_property
    def _vocabulary(self) -> frozenset[str]:
        """The features with a weight: intersected with a candidate's few features first
        (in C, over the smaller set), so that only those are summed."""
        return frozenset(self.weights)

    @cached_property
    def _fourth(self) -> tuple[dict[str, float], float]:
        """The fourth class's logits relative to the first (see `_packed`)."""
        return (
            {feature: row[3] - row[0] for feature, row in self.weights.items()},
            self.bias[3] - self.bias[0],
        )

    def probabilities(self, features: Collection[str]) -> dict[str, float]:
        """P(class | features) for each of CLASSES (a softmax)."""
        packed, bias = self._packed
        active = self._vocabulary.intersection(features)
        pair = sum(map(packed.__getitem__, active), bias)
        fourth, fourth_bias = self._fourth
        logits = [0.0, pair.real, pair.imag, sum(map(fourth.__getitem__, active), fourth_bias)]
        top = max(logits)
        exps = [math.exp(logit - top) for logit in logits]
        total = sum(exps)
        return {kind: value / total for kind, value in zip(CLASSES, exps, strict=True)}

    def decide(self, features: Collection[str]) -> tuple[str, float, bool] | None:
        """The entity type, its probability and whether it is the paper's own model, when
        the type's probability reaches the threshold; else None. A model's probability is
        that of a model, the paper's own or another's."""
        kind, probability, own = self.likelier_type(features)
        if probability < self.thresholds[kind]:
            return None
        return kind, probability, own

    def likelier_type(self, features: Collection[str]) -> tuple[str, float, bool]:
        """"model" or "dataset", whichever is likelier, its probability, and whether the
        model is likelier the paper's own than another's."""
        probabilities = self.probabilities(features)
        model = probabilities["model"] + probabilities["own"]
        if model >= probabilities["dataset"]:
            return "model", model, probabilities["own"] >= probabilities["model"]
        return "dataset", probabilities["dataset"], False

    def to_json(self) -> dict[str, Any]:
        return {
            "classes": list(CLASSES),
            "bias": list(self.bias),
            "thresholds": dict(sorted(self.thresholds.items())),
            "weights": {feature: list(row) for feature, row in sorted(self.weights.items())},
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> NameModel:
        if tuple(raw["classes"]) != CLASSES:
            raise ValueError(f"name model classes {raw['classes']} are not {list(CLASSES)}")
        return cls(
            bias=tuple(raw["bias"]),
            weights={feature: tuple(row) for feature, row in raw["weights"].items()},
            thresholds=dict(raw["thresholds"]),
        )


def load_name_model(text: str | None = None) -> NameModel:
    """The shipped detector; `text` (the JSON) for tests and tools."""
    if text is None:
        text = resources.files("citegraph.linker").joinpath(WEIGHTS_FILE).read_text("utf-8")
    raw = json.loads(text)
    return NameModel.from_json(raw["model"])
