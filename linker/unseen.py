"""Names the catalog lacks, found from how the text uses them.

Abstracts name most datasets and baselines in a few set phrasings: "on the MiniF2F
benchmark", "the GSM8K, MATH and SVAMP datasets", "benchmarks such as X and Y", "results on
X and Y", "models such as X and Y". A capitalised, name-shaped word in one of those places
is a dataset or a model even when no catalog entry knows it. The type comes from the head
noun ("benchmark", "models") or, after "results on", from what else the list holds (a
known dataset makes its unknown neighbours datasets too) or from the name's own shape
("XBench", "FooQA"). Common words, metrics, organisations and generic acronyms never become
entities: a wrong link costs more than a missing one, and these get a lower score than
catalog matches (method `pattern`).

Patterns run only at the trigger words the linker's one Aho-Corasick pass found
(UNSEEN_WORDS), never over the whole text.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from . import regex_cache
from .candidates import PLUS_ENDING, overlaps
from .names import (
    LANGUAGES,
    NAME_START,
    NAMING_AFTER_HEAD,
    NAMING_WORDS,
    YEAR,
    is_modifier_word,
    is_never_name,
    starts_sentence,
)

EntityType = Literal["model", "dataset"]

# The head nouns of a model's description set off by a comma ("LPCNet, a neural vocoder").
_APPOSED_HEAD_WORDS = (
    "model", "network", "vocoder", "encoder", "transformer", "architecture", "llm",
)  # fmt: skip

# Measures whose name, then "on", says what follows is the data they were measured on.
_METRICS_ON = (
    "eer", "wer", "cer", "map", "miou", "auc", "auroc", "f1", "f1-score", "bleu", "psnr",
    "ssim", "fid", "dice", "iou", "ndcg", "mrr", "top-1 accuracy", "top-1",
)  # fmt: skip

# Trigger words by kind, found by the linker's scan (lower case).
UNSEEN_WORDS: dict[str, tuple[str, ...]] = {
    # Dataset head nouns: "model" stands in nearly every sentence of an abstract and most
    # words before it are no names, so it is a kind of its own ("unseen_model") whose one
    # narrow shape of name is in _before_model; "models such as X" is found by its list.
    "unseen_head": ("dataset", "benchmark", "corpus", "corpora", "suite", "challenge",
                    "test set", "data set", "treebank", "leaderboard", "database",
                    "evaluation set", "shared task",
                    # "the VOiCES development set": a split of the data set named before it
                    "development set", "validation set"),
    # "model" itself, for the one shape of name that may stand before it (_before_model).
    "unseen_model": ("model", "architecture"),
    # "a ResNet50 image encoder and DeCLUTR text encoder", "a ZorbNet backbone": the one
    # name a modality's encoder or a backbone is named by (_before_encoder).
    "unseen_encoder": ("encoder", "backbone"),
    "unseen_list": ("such as", "including", "like", "e.g.", "namely", "i.e.,"),
    "unseen_compared": ("compared with", "compared to", "comparison with", "outperforms",
                        "outperforming", "outperformed", "faster than", "better than",
                        "similar to", "against",
                        # "300 times fewer parameters than PraNet": any comparative's
                        # "than" (only a network-shaped name after it is taken)
                        "than"),
    # "three different baseline models: LGESQL, SmBoP, and SLSQL": a plural model head
    # noun and a colon open a list of models; a bracket only after a count ("six
    # pretrained backend models (MusicFM, MERT, ...)", not "language models (PLMs)")
    "unseen_model_list": tuple(
        f"{head}{opening}"
        for head in ("models", "llms", "architectures", "networks")
        for opening in (":", " (")
    ),
    # "than the SOTA ZorbNet", "the former SOTA model ZorbCDR": what is state of the art.
    "unseen_sota": ("sota", "state-of-the-art", "stateoftheart"),
    "unseen_on": ("results on", "experiments on", "evaluated on", "evaluate on",
                  "evaluation on", "evaluations on", "tested on", "performance on",
                  "accuracy on", "state-of-the-art on", "sota on", "trained on",
                  "fine-tuned on", "finetuned on", "benchmarks:", "datasets:", "% on",
                  # "a 5% improvement on InfoVQA": typed by the list's known names or the
                  # name's own form, as after "trained on"
                  "improvement on", "improvements on", "gain on", "gains on",
                  # "7.85% EER on VoxCeleb1-O", "31.2 mAP on Zorb-3K": a measure's name,
                  # then what it was measured on (typed as after "results on")
                  *(f"{metric} on" for metric in _METRICS_ON),
                  # "the superiority of our model on Gait3D, OU-MVLP, and CASIA-B": what
                  # the paper's own method is run on (typed by neighbours or form)
                  *(f"our {noun} on" for noun in ("model", "models", "method", "methods",
                                                  "approach", "framework"))),
    # "3.64 on ETH-XGaze, 4.50 on MPIIFaceGaze": a score with decimals, then what it was
    # measured on (_scored_on); the scan finds the score's last digit and " on".
    "unseen_score_on": tuple(f"{digit} on" for digit in "0123456789"),
    # "DCASE 2023 Task3", "the AESW Shared Task": a numbered or shared task of a challenge.
    "unseen_task": ("task",),
    # "split-CIFAR10", "permuted-MNIST": a continual-learning benchmark made from a dataset.
    "unseen_protocol": ("split-", "permuted-", "rotated-"),
    # "the LEDGAR subset of the LexGLUE benchmark": a named part of a dataset.
    "unseen_subset": ("subset of",),
    # "in the AI-THOR environment", "MPE environments": a named environment evaluated in.
    "unseen_environment": ("environment",),
    # A model's head noun and a comma ("a neural vocoder, LPCNet,"): every match of
    # _MODEL_THEN_NAME holds one, and two abstracts in three have none (_apposed_models).
    "unseen_apposed": tuple(
        f"{head}{plural}," for head in _APPOSED_HEAD_WORDS for plural in ("", "s")
    ),
}  # fmt: skip

# Parts of a name are joined by "-", ".", "+", "/" or "_" ("UCF_CC_50", "SciClaimHunt_Num").
# An exclamation mark inside a name, before a part with a digit: "Yahoo!R3", "Yahoo! R3"
# (a brand's "!"; after a sentence's last word the next word has no digit).
_BANG_PART = r"!\s?(?=[A-Za-z]*\d)[A-Za-z0-9]++"

# One name: a capitalised word with the marks of a name (internal capitals, digits,
# hyphens), optionally followed by a version ("v2", "2.0"). Names of several words ("Visual
# Genome") are left to the catalog: in titles and at sentence starts every word has a
# capital, and "Large Language" is no name.
# The capital comes first and the "no word character before it" check after it (a
# two-character lookbehind over that capital): a pattern that starts with a character set
# lets the regex engine skip to the next capital in C, where a leading lookbehind was
# tried at every position of the text. Both forms match exactly the same strings. A plus
# or two may end the name ("RefCOCO+", "StackGAN++"), not join two ("BERT+CRF").
# Its letter-and-digit runs are possessive (*+, ++): a run cut short leaves a letter or
# digit next, and nothing that can follow a run in these patterns starts with one (a
# "-./+" part, a "+" ending, the version's space, a list separator, or the pattern's end,
# reached by the whole run first), so giving characters back never finds a match; the
# list patterns then stop trying it at every length of every capitalised word (a third
# of _LIST_BESIDE's time on the bundled papers, same matches).
_WORD = (
    rf"[A-Z](?<![\w\\\"'\-][A-Z])[A-Za-z0-9]*+"
    rf"(?:[-.+/_][A-Za-z0-9]++|{_BANG_PART})*(?:{PLUS_ENDING}|)"
)
# A version or size, or "Net" written apart ("RealtoBinary Net", as "(KAC Net)" in
# introduced.py), may follow a name's word. A version ends on a letter or digit: in "on
# BraTS 2021. We" the stop ends the sentence.
# An edition in Roman numerals may too: "DIHARD II" (only II-IV: "V" may be a letter).
# Optional parts here and in the list's glue below are written "(?:...|)", an alternation
# with an empty branch: it matches what "(?:...)?" does, in the same order, but the regex
# engine enters it without the allocation an optional group costs, and the list patterns
# enter these parts at every capitalised word of a window (13% of _LIST_BESIDE's
# instructions).
_NAME = rf"{_WORD}(?:\s(?:\d(?:[\w.]*\w|)|[vV]\d(?:[\w.]*\w|)|Net\b|I(?:I|II|V)\b)|)"
# A citation may stand after each name ("TF-ICON [51], DragFlow [105] and UltraEdit [96]"),
# or a score in brackets, maybe with its metric ("VISOR (+98%), T2I-CompBench (+67%)",
# "ActivityNet-1.3 (40.01% mAP), HACS (38.39% mAP)").
_CITATION = (
    r"(?:\s?\[\d+(?:[,\u2013\-]\s?\d+)*\]"
    r"|\s?\([+\-\u2212]?\d[\d.]*\s?%?(?:\s[A-Za-z][\w@\-]{0,11}|)\)|)"
)
# What each item is for may follow it: "CBIS-DDSM for mammography, ISIC2019 for skin
# lesions, and CHEXPERT for chest radiographs" (one to three lower-case words).
_PURPOSE = r"(?:\sfor\s[a-z][a-z\-]*(?:\s[a-z][a-z\-]*){0,2}(?=,)|)"
_SEPARATOR = rf"{_CITATION}{_PURPOSE}\s*(?:,\s*(?:and\s+|or\s+|)|\s(?:and|or|&)\s+|/)\s*"
# A later item of a list may be a coined name that opens in lower case ("MIR-1K, iKala and
# DSD100", "RoBERTa and mBERT"): the list then runs on to the names after it. Only after a
# separator, so no pattern tries it at every lower-case letter of a text.
_LATER_NAME = rf"(?:{_NAME}|(?<![\w\-])[a-z]{{1,2}}[A-Z][A-Za-z0-9]*+(?:[-.+/_][A-Za-z0-9]++)*)"
_LIST = rf"(?:the\s+)?{_NAME}(?:{_SEPARATOR}(?:the\s+)?{_LATER_NAME}){{0,7}}"
_LIST_REACH = 120  # characters before a head noun its list of names may start
# A list of two or more names, and the words that make it one list rather than a comma
# between clauses.
_LIST_BESIDE = regex_cache.compile(rf"{_NAME}(?:{_SEPARATOR}(?:the\s+|){_LATER_NAME}){{1,7}}")
_CONJOINED = regex_cache.compile(r"\s(?:and|or|&)\s|/")
_ITEM = regex_cache.compile(_NAME)
_LIST_ITEM = regex_cache.compile(_LATER_NAME)  # the items of a matched list (_listed_items)
# A list that starts right after a cue: "such as X, Y and Z", "results on X and Y".
_LIST_AFTER = regex_cache.compile(rf"\s*(?:\(\s*)?(?P<list>{_LIST})")
# Head nouns a list of names follows: "datasets such as", "models like".
_DATASET_HEADS_BEFORE = (
    "datasets",
    "dataset",
    "benchmarks",
    "benchmark",
    "corpora",
    "corpus",
    "test sets",
    "test set",
    "data sets",
    "data set",
    "suites",
    "suite",
    "collections",
    "databases",
    "database",
    "environments",
)
_MODEL_HEADS_BEFORE = (
    "models",
    "llms",
    "lms",
    "language models",
    "vlms",
    "mllms",
    "backbones",
    "architectures",
    "networks",
    "encoders",
    # network classes written as acronyms: "Spectral GNNs, like ChebyNet,"
    "gnns",
    "cnns",
    "rnns",
    "gans",
)
# A plural head noun, then a short phrase of lower-case words saying what its items are
# about, then the list cue: "benchmarks on spatial relationships generation, including",
# "models for code completion such as" (the cue follows at the match's end). Not a phrase
# with a preposition or a head of its own: "models of relation extraction for tasks like
# ACE" lists tasks.
_HEAD_THEN_PHRASE = regex_cache.compile(
    r"\b(?P<head>datasets|benchmarks|corpora|test sets|data sets|models|llms|architectures"
    r"|networks)\s(?:on|for|of|in|from|across|with)"
    r"(?:\s(?!(?:on|for|of|in|from|with|to|and|or|tasks?|problems?)\b)[a-z][a-z\-]*){1,5},?\s$"
)
# One name right after "SOTA" / "state-of-the-art", maybe after a model or method noun and
# a bracket: "the SOTA ZorbIL", "SOTA model ZorbCDR", "a previous SOTA method (Zorb-CLIP)".
# "state-of-the-art lightweight model DeepVQE-S": up to two lower-case words may describe a
# model's head noun ("the state-of-the-art sampling method UniPC" is a method's).
_SOTA_NAME = regex_cache.compile(
    r"\s+(?:(?:model|method|baseline|approach|network|architecture)s?\s+"
    r"|(?:[a-z][a-z\-]+\s+){1,2}(?:model|network|architecture)s?\s+)?"
    rf"\(?(?P<name>{_WORD})"
)
# What must follow that name: its clause goes on, it is not the first of a pair of
# modifiers ("state-of-the-art W4A4 and W3A3 accuracies").
_SOTA_NAME_ENDS = regex_cache.compile(r"\)?(?:[.,;:]|\s+(?!and\b|or\b)[a-z])")
_PLURAL_ACRONYM = regex_cache.compile(r"[A-Z]s$")  # "state-of-the-art LASs": a measure's plural
# The endings of a network's coined name: "ZorbNet", "ZorbNet29", "ZorbFormer", "Zorb-GAN",
# "RealtoBinary Net" (a PDF's space before "Net"); after a capital too ("EEGNet", "CheXNet").
_MODEL_SHAPED = regex_cache.compile(
    r"[a-z](?:Net\d*|Former|GAN|BERT|GPT)$|[A-Z]Net\d*$|-(?:GAN|BERT|GPT|Net)\d*$|[a-z] Net$"
)
# What may stand in a list of names before a head noun, walking back from the head.
_LIST_GLUE = frozenset({"and", "or", "&", "the", ",", "/"})
_VERSION_WORD = regex_cache.compile(r"\d[\w.]*|v\d[\w.]*")
# "on" triggers after which a name is what results are reported on: a dataset.
_RESULTS_ON = frozenset(
    ("results on", "experiments on", "evaluated on", "evaluate on", "evaluation on",
     "evaluations on", "tested on", "performance on", "accuracy on", "state-of-the-art on",
     "sota on", "% on", *(f"{metric} on" for metric in _METRICS_ON))
)  # fmt: skip
# The words that may open a list after a head noun's comma ("datasets, namely, X and Y").
_LIST_WORDS = r"(?:such\s+as|including|namely,?|i\.e\.,?|e\.g\.,?)"
# After a dataset head noun: glue (a dash too: "benchmark datasets—NUS-WIDE and ..."),
# then a list of names.
_AFTER_HEAD = regex_cache.compile(
    rf"(?:(?P<glue>\s*[,:(\u2014\u2013]\s*(?:{_LIST_WORDS}\s+)?"
    rf"|\s+from\s+)"
    rf"|\s+(?P<naming>(?:called|named|dubbed|termed)\s+)?)"
    rf"(?P<list>{_LIST})"
)
# "a" or "an" and up to two words before a head noun: "a Python benchmark", "an open dataset".
_ARTICLE_BEFORE_HEAD = regex_cache.compile(r"\b(?:a|an)\s(?:[\w\-]+\s){0,2}$")
# Endings of English words, not names: "the Grounding benchmark", "the Evaluation suite".
_WORD_ENDING = regex_cache.compile(r"(?:ing|tion|sion|ment|ness|ity|ance|ence|ive|ed|al)$")
# A name right after a head noun: " Br35H", " CoNLL04".
_NAME_AFTER_HEAD = regex_cache.compile(r" (?:[A-Z]|[a-z]{1,2}[A-Z])[\w\-]*[A-Z0-9]")
# An acronym defined right after a head noun: " (VisDial)".
_DEFINED_AFTER = regex_cache.compile(r"\s*\([A-Z][\w\-]*\)")
# A capitalised word of a multi-word name ("Million", "Song", "Dataset"), no marks needed.
_PLAIN_NAME_WORD = regex_cache.compile(r"[A-Z][a-zA-Z0-9\-]*(?:\.[a-z]{2,3})?")  # "Comma.ai"
# Names whose form says "dataset": FooQA, XBench, Foo-Eval, FooSet...
_DATASET_FORM = regex_cache.compile(
    r"(?:QA|Bench|BENCH|bench|Eval|EVAL|-eval|Set|Corpus|Instruct)$"
)


@dataclass(frozen=True)
class Unseen:
    """A name the text uses as a model or a dataset, and where it stands."""

    name: str
    entity_type: EntityType
    start: int
    end: int


Spans = Mapping[str, Sequence[tuple[int, int]]]
KnownTypes = Mapping[tuple[int, int], str]  # catalog candidates: span -> entity type


def find_unseen(
    text: str, lowered: str, words: Spans, known: KnownTypes, title_length: int = 0
) -> Iterator[Unseen]:
    """Unknown models and datasets, typed; `known` gives the catalog's types by span.

    In the title (Title Case: every word capitalised) only coined names count. A name glued
    to "@" and a cut-off ("HIT@1", "Recall@10", "P@5") is a ranking metric, whatever list
    it stands in.
    """
    for found in _unseen(text, lowered, words, known, title_length):
        if not text.startswith("@", found.end):
            yield found


def _unseen(
    text: str, lowered: str, words: Spans, known: KnownTypes, title_length: int
) -> Iterator[Unseen]:
    """find_unseen's names, before its last check."""
    seen: set[tuple[int, int]] = set()
    for start, end in words.get("unseen_head", ()):
        if not _word_at(lowered, start, end):
            continue
        # Most heads follow a lower-case word ("language model"): no list of names ends
        # there, and that test is cheaper than the pattern.
        if _name_before(text, start) or (
            _word_before(text, start) in _ASIDE_WORDS
            and _name_before(text, _word_span_before(text, start)[0])
        ):
            yield from _before_head(text, start, end, known, seen, title_length)
        elif start > title_length and text[start - 1] == " " and text[start].islower():
            # Three rarer shapes of name before a head after a lower-case word; each is
            # gated by a C-level test (a singular head, a comma near, a digit just before),
            # as this branch runs at most heads of most abstracts.
            if _head_end(lowered, end) == end:
                # "the MiTV voice search dataset": a name and what its data is about.
                yield from _described_before_head(text, start, end, known, seen, title_length)
            comma = text.rfind(", ", max(title_length, start - 60), start)
            if comma >= 0:
                # "On CAIL2018, a Chinese criminal case dataset": the name a comma describes.
                yield from _apposed_to_head(text, start, end, comma, known, seen, title_length)
            # "using sim2spk, sim3spk and sim4spk datasets": lower-case names, a digit.
            if _DIGIT_BEFORE.search(
                text, max(0, start - 12), start - 1
            ) and _LOWER_DIGIT_NAME.fullmatch(_word_before(text, start)):
                yield from _lower_case_list(text, start, known, seen, title_length)
        # "two public datasets, HECKTOR21 and PI-CAI22", "the benchmark dataset CoNLL04"
        if start >= title_length and (
            _name_after(text, head_end := _head_end(lowered, end))
            or (
                # "a new QG dataset called EduProbe": the name the head noun is given.
                text.startswith(NAMING_WORDS, head_end + 1)
                and _name_after(text, text.find(" ", head_end + 1))
            )
        ):
            yield from _after_head(text, lowered, end, known, seen, title_length)
        elif start >= title_length and (colon := _clause_colon(text, lowered, end)) is not None:
            # "two benchmark datasets which require spatio-temporal reasoning: X and Y"
            yield from _after_head(text, lowered, colon, known, seen, title_length)
    if "Bench" in text:
        yield from _bench_named(text, known, seen, title_length)
    for start, end in words.get("unseen_model", ()):
        # Most words before "model" are lower-case ("language model"): one C-level match
        # on the word's first letters rules them out before anything else runs.
        if start <= title_length or text[start - 1] != " ":
            continue
        if _NAME_START.match(text, text.rfind(" ", 0, start - 1) + 1) and _word_at(
            lowered, start, end
        ):
            if lowered.startswith("architecture", start):
                # "the CrossNet architecture", "the DBSRCNN architecture": a network's name.
                # Other names before it are as often a variant's or a task's ("the Pre-LN
                # architecture", "the OpenQA architecture").
                word = _word_before(text, start)
                if not (_MODEL_SHAPED.search(word) or word.isupper()):
                    continue
            yield from _before_model(text, start, known, seen)
        elif (
            lowered.startswith("model ", start)
            and (after := _BASELINE_MODEL_NAME.match(text, end))
            and _THE_BASELINE_BEFORE.search(lowered, max(0, start - 40), start)
        ):
            # "outperforms the baseline model CL4SRec,": the name after the head noun.
            span = after.span("name")
            if span not in seen and span not in known and _is_coined(after.group("name")):
                seen.add(span)
                yield Unseen(after.group("name"), "model", *span)
    for start, end in words.get("unseen_encoder", ()):
        if start > title_length and text[start - 1] == " " and _word_at(lowered, start, end):
            yield from _before_encoder(text, start, known, seen)
    for start, end in words.get("unseen_list", ()):
        if not _word_at(lowered, start, end) or not _name_after(text, end):
            continue
        before = lowered[max(0, start - 40) : start].rstrip(" ,")
        if before.endswith(_DATASET_HEADS_BEFORE):
            kind = "dataset"
        elif before.endswith(_MODEL_HEADS_BEFORE):
            kind = "model"
        elif (
            phrased := _HEAD_THEN_PHRASE.search(lowered, max(0, start - 90), start)
        ) is not None:
            # "well-known benchmarks on spatial relationships generation, including VISOR":
            # what the head's items are about stands between it and the list.
            kind = "dataset" if phrased.group("head").endswith(_DATASET_HEADS_BEFORE) else "model"
        else:
            continue
        match = _LIST_AFTER.match(text, end)
        if match:
            # With the text: "including TOFU, Harry Potter, ..." lists no "Harry".
            yield from _items(
                match.group("list"), match.start("list"), kind, known, seen, title_length,
                text=text,
            )  # fmt: skip
            yield from _multiword_listed(text, match.start("list"), kind, known, seen)
    for start, end in words.get("unseen_model_list", ()):
        if start < title_length or not _word_at(lowered, start, end - 1):
            continue
        match = _LIST_AFTER.match(text, end)
        if match is None or not _CONJOINED.search(match.group("list")):
            continue
        if text[end - 1] == "(" and not (
            text.startswith(")", match.end())
            and _COUNT_BEFORE.search(lowered, max(0, start - 40), start)
        ):
            continue  # a bracket lists models only after a count, and must close the list
        yield from _items(
            match.group("list"), match.start("list"), "model", known, seen, title_length,
            coined=True, text=text,
        )  # fmt: skip
    for start, end in words.get("unseen_sota", ()):
        if start < title_length or not _word_at(lowered, start, end):
            continue
        match = _SOTA_NAME.match(text, end)
        if (
            match
            and not _PLURAL_ACRONYM.search(match.group("name"))
            and _SOTA_NAME_ENDS.match(text, match.end())
        ):
            yield from _items(
                match.group("name"), match.start("name"), "model", known, seen, title_length,
                coined=True, text=text,
            )  # fmt: skip
    for start, end in words.get("unseen_compared", ()):
        if start < title_length or not _word_at(lowered, start, end) or not _name_after(text, end):
            continue
        match = _LIST_AFTER.match(text, end)
        if match:
            for item in _items(
                match.group("list"), match.start("list"), "model", known, set(seen),
                title_length, coined=True, text=text,
            ):  # fmt: skip
                if _MODEL_SHAPED.search(item.name):
                    seen.add((item.start, item.end))
                    yield item
    for start, _ in words.get("unseen_task", ()):
        if text[start] == "T" and (start == 0 or not text[start - 1].isalnum()):
            yield from _challenge_task(text, start, known, seen)
    for start, _ in words.get("unseen_protocol", ()):
        match = _PROTOCOL_NAME.match(text, start)
        if match and (start == 0 or not text[start - 1].isalnum()):
            span = match.span()
            if span not in seen and _is_coined(match.group("name")):
                seen.add(span)
                yield Unseen(match.group(), "dataset", *span)
    for start, _ in words.get("unseen_subset", ()):
        if start > title_length and text[start - 1] == " " and _name_after(text, start + 9):
            yield from _subset_of(text, start, known, seen)
    for start, end in words.get("unseen_environment", ()):
        if start > title_length and text[start - 1] == " " and _word_at(lowered, start, end):
            yield from _environment_name(text, start, end, known, seen)
    yield from _sized_checkpoints(text, known, seen, title_length)
    opening = text.find("On ", title_length)
    while opening >= 0:
        # "On VisualWebArena and WebArena, WALT achieves ...": a sentence that opens on
        # names and a comma reports its results on them, as "results on X" does.
        if starts_sentence(text, opening):
            yield from _sentence_opening_on(text, opening + 3, known, seen, title_length)
        opening = text.find("On ", opening + 3)
    yield from _beside_known_names(text, known, seen, title_length)
    yield from _defined_beside_known_datasets(text, known, seen, title_length)
    yield from _title_case_last_dataset(text, known, seen, title_length)
    yield from _apposed_models(text, known, seen, title_length, words.get("unseen_apposed", ()))
    yield from _lower_case_beside_known(text, known, seen, title_length)
    for start, end in words.get("unseen_score_on", ()):
        if (
            (end == len(lowered) or not lowered[end].isalnum())
            and _SCORE_BEFORE.search(text, max(0, start - 12), start + 1)
            and _name_after(text, end)
            and (match := _LIST_AFTER.match(text, end))
        ):
            # "9.13 on Gaze360": what a score is reported on is a dataset, as after
            # "results on"; a whole number ("Table 3 on", "top 5 on") is no score. Scores
            # on catalog models just before ("72.0% on GRU4Rec, 33.8% on SASRec, and 68.5%
            # on FMLP-Rec") say the gains are on models: the name is one too.
            scored: EntityType = (
                "model" if _scores_on_known_models(lowered, start, known) else "dataset"
            )
            yield from _items(
                match.group("list"), match.start("list"), scored, known, seen, title_length,
                text=text,
            )  # fmt: skip
    for start, end in words.get("unseen_on", ()):
        if not _word_at(lowered, start, end) or not _name_after(text, end):
            continue
        match = _LIST_AFTER.match(text, end)
        if match:
            # "results on X", "accuracy on X": what results are reported on is a dataset;
            # "trained on X" may be any data source, so its names are typed by neighbours.
            if _one_title_case_name(text, match):
                continue
            trigger = lowered[start:end]
            kind: EntityType | None = "dataset" if trigger in _RESULTS_ON else None
            measured_gain = (
                kind is None
                and trigger in _GAINS_ON
                and _MEASURED_GAIN_BEFORE.search(lowered, max(0, start - 16), start) is not None
            )
            if measured_gain:
                # "with 1.13 F1 and 2.64 F1 improvements on RAMS and WikiEvents": a gain in a
                # named measure is a score, and what it is on is data (as "% on" says);
                # coined names only ("a 5% improvement on Zorbo with ..." is a word).
                kind = "dataset"
            if kind == "dataset" and _scores_on_known_models(lowered, start, known):
                # "72.0% on GRU4Rec, 33.8% on SASRec, and 68.5% on FMLP-Rec": gains on
                # catalog models just before say this name is a model too.
                kind = "model"
            if trigger.startswith("our ") and not _lists_a_known_model(match, known):
                # What the paper's own method is run on is its data, unless the list
                # names models ("our method on Llama-2-7B and ZorbLM").
                kind = "dataset"
            yield from _items(
                match.group("list"), match.start("list"), kind, known, seen, title_length,
                coined=measured_gain, text=text,
            )  # fmt: skip
            if text[end - 1] == ":" and _COUNT_BEFORE.search(lowered, max(0, start - 40), start):
                # "in three datasets: Zorb Audio, Places Zorb, and Localized Zorbatives":
                # the count and the colon say every item is a dataset, of several words too.
                yield from _multiword_listed(
                    text, match.start("list"), "dataset", known, seen, counted=True
                )


_SINGULAR_DATA_HEAD = regex_cache.compile(r"\s+(?:dataset|benchmark|corpus|challenge)\b")


def _one_title_case_name(text: str, match: re.Match[str]) -> bool:
    """Whether a matched list (`_LIST_AFTER`) of plain capitalised words right before a
    singular head noun is one Title Case name: "on the Look, Listen, and Parse dataset"."""
    if not _SINGULAR_DATA_HEAD.match(text, match.end("list")):
        return False
    items = _listed_items(match.group("list"))
    return len(items) > 1 and not any(_is_coined(item.group()) for item in items)


# A coined name right after "model ", ending there: "the baseline model CL4SRec, and".
_BASELINE_MODEL_NAME = regex_cache.compile(
    rf"\s(?P<name>{NAME_START}[\w\-.+]*[\w+])(?=[,.;:)]|\s(?:and|or|by|on|in|with)\b)"
)
# "the baseline", "the state-of-the-art", "the competing": a model compared against.
_THE_BASELINE_BEFORE = regex_cache.compile(
    r"\bthe\s+(?:strong\s+|original\s+)?(?:baseline|state-of-the-art|sota|competing|"
    r"previous|existing)\s+$"
)


_ON_A_NAME = regex_cache.compile(r"\bon\s+(?=\S)")


def _scores_on_known_models(lowered: str, start: int, known: KnownTypes) -> bool:
    """Whether the 80 characters before the "on" at `start`, in its sentence, report a score
    on a name the catalog knows as a model ("33.8% on SASRec, and 68.5% on ...")."""
    low = max(0, start - 80, lowered.rfind(". ", 0, start) + 1)
    starts = {
        span_start: kind for (span_start, _), kind in known.items() if low <= span_start < start
    }
    return any(
        starts.get(match.end()) == "model" for match in _ON_A_NAME.finditer(lowered, low, start)
    )


def _lists_a_known_model(match: re.Match[str], known: KnownTypes) -> bool:
    """Whether a matched list (`_LIST_AFTER`) holds a name the catalog knows as a model."""
    offset = match.start("list")
    return any(
        known.get((offset + item.start(), offset + item.end())) == "model"
        for item in _listed_items(match.group("list"))
    )


def _sentence_opening_on(
    text: str, start: int, known: KnownTypes, seen: set[tuple[int, int]], title_length: int
) -> Iterator[Unseen]:
    """The coined names a sentence opens on before a comma ("On VisualWebArena and
    WebArena, ..."; `start` is after its "On "): data sets. A model among them says the
    results are the model's ("On Llama-2-7B and Mistral-7B, pruning ..."), and a name
    shaped like a network's ("ZorbNet") or with a size is a model's: then nothing."""
    match = _LIST_AFTER.match(text, start)
    if match is None:
        return
    listed, offset = match.group("list"), match.start("list")
    items = _listed_items(listed)
    # The list pattern reads on over the comma ("VisualWebArena and WebArena, WALT"): the
    # opening's list ends at its first item after "and"/"or", or is its first item.
    last = 0
    for index in range(1, len(items)):
        if _CONJOINED.search(listed, items[index - 1].end(), items[index].start()):
            last = index
            break
    items = items[: last + 1]
    if not text.startswith(", ", offset + items[-1].end()):
        return
    listed = listed[: items[-1].end()]
    for item in items:
        span = (offset + item.start(), offset + item.end())
        if known.get(span) == "model" or _MODEL_SHAPED.search(item.group()):
            return
        if _SIZE_IN_NAME.search(item.group()):
            return
    yield from _items(listed, offset, "dataset", known, seen, title_length, coined=True, text=text)


# A model's size inside or at the end of a name: "Zorb-7B", "Zorb 13b", "Zorb-1.5B-Chat".
_SIZE_IN_NAME = regex_cache.compile(r"(?<![A-Za-z])\d+(?:\.\d+)?[BbMm](?![a-z])")


# A score with decimals ending at the scan's match ("3.64", not "v1.5" or "3.64.1").
_SCORE_BEFORE = regex_cache.compile(r"(?<![\w.])\d+\.\d+$")
_GAINS_ON = frozenset({"improvement on", "improvements on", "gain on", "gains on"})
# A measure's name or a percentage right before a gain: "2.64 F1 improvements on", "a 3.1%
# BLEU gain on", "a 5% improvement on" (coined names after it only).
_MEASURED_GAIN_BEFORE = regex_cache.compile(
    r"(?:\d%|\b(?:" + "|".join(_METRICS_ON) + r"|accuracy|rouge(?:-\w+)?))\s+$"
)
# A count right before a plural data head and its colon: "in three datasets:", "two public
# benchmarks:" (up to two words between).
_COUNT_BEFORE = regex_cache.compile(r"\b(?:two|three|four|five|six|[2-9])\s(?:[a-z\-]+\s){0,2}$")


# Head nouns after which the names before them are data, whatever else they name: "the
# Chameleon and Cornell datasets" are graphs, not the Chameleon model. Not "suite" (the
# Pythia suite is models), "challenge" or "leaderboard".
_DATA_HEADS = frozenset(
    ("dataset", "benchmark", "corpus", "corpora", "test set", "data set", "treebank")
)  # fmt: skip


def dataset_lists(text: str, lowered: str, words: Spans) -> list[tuple[int, int]]:
    """Spans of the runs of names right before a dataset head noun ("the GSM8K, MATH and
    SVAMP" before "datasets"), or listed after it ("benchmarks, including FLAN, MMLU and
    MTEB"): a model name the catalog matches inside one is not that model here."""
    spans = []
    for start, end in words.get("unseen_head", ()):
        if lowered[start:end] not in _DATA_HEADS or not _word_at(lowered, start, end):
            continue
        if _name_before(text, start) and (begin := _list_start(text, start)) is not None:
            spans.append((begin, start))
        # "benchmarks, including FLAN, MMLU, MTEB": a list of two or more after the head.
        after = _AFTER_HEAD.match(text, _head_end(lowered, end))
        if after is not None and after.group("glue") and len(_LIST_ITEM.findall(after["list"])) > 1:
            spans.append(after.span("list"))
    return spans


def _beside_known_names(
    text: str, known: KnownTypes, seen: set[tuple[int, int]], title_length: int
) -> Iterator[Unseen]:
    """Coined names listed with a dataset or a model the catalog knows: "on THUMOS14
    and ActivityNet v1.3", "MNIST, SVHN and Zorb-10K", "such as GCN and GIN, ... than GAT
    and GGNN". Things listed together are of one kind, whatever phrase precedes the list.

    The list must be joined by "and", "or", "&" or "/": after a comma alone the next
    capitalised word may start a clause ("On COCO, ViTDet improves ..."). Only coined names
    (two capitals or a digit) join, and the last one must end its name.
    """
    for (start, end), known_type in known.items():
        if start < title_length or known_type not in ("model", "dataset"):
            continue
        entity_type: EntityType = "model" if known_type == "model" else "dataset"
        window_start = max(title_length, start - _LIST_REACH)
        for match in _LIST_BESIDE.finditer(text, window_start, min(len(text), end + _LIST_REACH)):
            if match.start() > start:
                # Later lists start later still, so none holds the name: stopping here
                # spares searching the rest of the window for lists that cannot count.
                break
            if match.end() < end:
                continue
            listed = match.group()
            if (
                not _CONJOINED.search(listed)
                and not _bracketed(text, match.start(), match.end())
                and not (known_type == "model" and _closed_list(text, match.start(), match.end()))
            ):
                break
            yield from _listed_unseen(
                text, match.start(), _listed_items(listed), entity_type, known, seen
            )
            break
        if " " in text[start:end] and (after := _AFTER_KNOWN.match(text, end)) is not None:
            # "namely Music Transformer, DeepJ, and ... Transformer-XL": a name of several
            # words heads the list, which _LIST_BESIDE (names of one word) cannot hold; the
            # names after it are listed with it all the same.
            listed = text[start : after.end()]
            if (
                _CONJOINED.search(listed)
                or _bracketed(text, start, after.end())
                or (known_type == "model" and _closed_list(text, start, after.end()))
            ):
                yield from _listed_unseen(
                    text, end, _listed_items(after.group()), entity_type, known, seen
                )


# A bracketed acronym after a Title Case long form: "YouTube Faces (YTF)", "Habitat-Matterport
# 3D (HM3D)". The long form runs back over capitalised words (and the small words inside
# names: "Labeled Faces in the Wild") from the bracket.
_BRACKETED_ACRONYM = regex_cache.compile(
    r"\((?P<acronym>[A-Z][A-Za-z0-9&\-]*[A-Z0-9][A-Za-z0-9\-]*)\)"
)
_LONG_FORM_BEFORE = regex_cache.compile(
    r"(?:[A-Z][\w\-]*\s+(?:(?:of|in|the|for|and|on|to|&)\s+)?){0,7}[A-Z0-9][\w\-]*\s$"
)
# List glue between two items: ", ", ", and ", " and ", " or "; before, it may follow the
# bracket of another defined acronym ("Labeled Faces in the Wild (LFW), YouTube ...").
_GLUE_BEFORE = regex_cache.compile(r"\)?(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:the\s+)?$")
_GLUE_AFTER = regex_cache.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:the\s+)?")
_NOUN_AFTER = regex_cache.compile(r"\s+[a-z]")


def _defined_beside_known_datasets(
    text: str, known: KnownTypes, seen: set[tuple[int, int]], title_length: int
) -> Iterator[Unseen]:
    """An acronym defined by a Title Case long form, listed with a data set the catalog
    knows, is a data set: "Labeled Faces in the Wild (LFW), YouTube Faces (YTF), and
    MegaFace", "two benchmark datasets, Kolektor SDD2 (KSDD2) and MVTec-AD". Things
    listed together are of one kind (_beside_known_names), but its list pattern holds
    names of one word, not a long form with its bracket."""
    datasets = [span for span, kind in known.items() if kind == "dataset"]
    if not datasets:
        return
    ends = {end for _, end in datasets}
    starts = {start for start, _ in datasets}
    for match in _BRACKETED_ACRONYM.finditer(text, title_length):
        span = match.span("acronym")
        if span in known or span in seen or not _is_coined(match.group("acronym")):
            continue
        bracket = match.start()
        if bracket == 0 or text[bracket - 1] != " ":
            continue
        long_form = _LONG_FORM_BEFORE.search(text, max(title_length, bracket - 80), bracket)
        if long_form is None:
            continue
        after = _GLUE_AFTER.match(text, match.end())
        if after is None and _NOUN_AFTER.match(text, match.end()):
            continue  # "ImageNet or Chest X-Ray (CXR) datasets": a kind of data
        glue = _GLUE_BEFORE.search(text, max(0, long_form.start() - 12), long_form.start())
        if not (
            (glue is not None and glue.start() in ends)
            or (after is not None and after.end() in starts)
        ):
            continue
        seen.add(span)
        yield Unseen(match.group("acronym"), "dataset", *span)


# The names listed right after a known name: ", DeepJ, and ..." (see _beside_known_names).
_AFTER_KNOWN = regex_cache.compile(rf"(?:{_SEPARATOR}(?:the\s+|){_LATER_NAME}){{1,7}}")


_PLURAL_DATA_HEAD = regex_cache.compile(r"\s(?:datasets|benchmarks|corpora|data\ssets)\b")


def _listed_unseen(
    text: str,
    offset: int,
    items: list[re.Match[str]],
    entity_type: EntityType,
    known: KnownTypes,
    seen: set[tuple[int, int]],
) -> Iterator[Unseen]:
    """The coined names among a list's items (matched at `offset`), typed as the known
    name listed with them."""
    # Among two or more datasets (known, or coined names) a plain capitalised word
    # is a dataset's name too: "on CIFAR-10, Scenes and MiniPlaces", "the CUB,
    # FGVC-Aircraft, Cars and Stanford dogs datasets".
    # So is one listed with a known dataset right before a plural dataset head noun: "the
    # Davis and KIBA datasets".
    plain = entity_type == "dataset" and (
        _datasets_listed(offset, items, known) >= 2
        or _PLURAL_DATA_HEAD.match(text, offset + items[-1].end()) is not None
    )
    for number, item in enumerate(items, 1):
        name = item.group()
        begin, stop = offset + item.start(), offset + item.end()
        if (begin, stop) in seen or overlaps(begin, stop, known):
            continue
        if not (
            _is_name(name) or (entity_type == "dataset" and _subset_name(name))
        ) or not (_is_coined(name) or (plain and not _WORD_ENDING.search(name))):
            continue
        if not _standalone(text, begin, stop):
            continue
        if number == len(items) and not _ends_name(text, name, stop):
            continue
        seen.add((begin, stop))
        yield Unseen(name, entity_type, begin, stop)


# The rest of a list of datasets after a known one (and its year or version, which the
# catalog's span may leave out: "Pascal VOC 2012"): more names, then a last item of two or
# three Title Case words after "and"/"or" ("ADE20K and Pascal Context."), which ends the
# sentence or stands before a dataset head noun.
_TITLE_CASE_LAST = regex_cache.compile(
    r"(?:\s(?:\d[\w.]*\w|v\d[\w.]*))?"
    rf"(?P<rest>(?:{_SEPARATOR}(?!and\b|or\b)(?:the\s+)?{_NAME})*),?\s(?:and|or)\s"
    r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})"
    r"(?=\.(?:\s|$)|\s(?:datasets?|benchmarks?)\b)"
)


def _title_case_last_dataset(
    text: str, known: KnownTypes, seen: set[tuple[int, int]], title_length: int
) -> Iterator[Unseen]:
    """A name of several Title Case words that ends a list of datasets: "Pascal VOC 2012,
    ADE20K and Pascal Context", "VizDoom, MiniGrid and Super Mario Bros". Things listed
    together are of one kind (see _beside_known_names), whose lists hold names of one word;
    a name of several plain words is taken only as the last item, after "and"/"or", where
    it must end the sentence or stand before "datasets", and only when the list holds two
    datasets the catalog knows: in title case any run of capitals looks like a name."""
    for (start, end), known_type in known.items():
        if start < title_length or known_type != "dataset" or text[end : end + 1] not in ", ":
            continue
        match = _TITLE_CASE_LAST.match(text, end)
        if match is None:
            continue
        span = match.span("name")
        if span in seen or overlaps(*span, known):
            continue
        listed = sum(
            1 for (begin, stop), kind in known.items()
            if kind == "dataset" and start <= begin and stop <= match.start("name")
        )  # fmt: skip
        words = match.group("name").split()
        if listed < 2 or any(is_never_name(word) or is_modifier_word(word) for word in words):
            continue
        seen.add(span)
        yield Unseen(match.group("name"), "dataset", *span)


def _bracketed(text: str, start: int, end: int) -> bool:
    """Whether brackets enclose start:end: "(RTFM, Messenger, NetHack)". In brackets a
    comma parts names, as "and" does outside: no clause starts there."""
    return start > 0 and text[start - 1] == "(" and text.startswith(")", end)


def _datasets_listed(offset: int, items: list[re.Match[str]], known: KnownTypes) -> int:
    """How many of a list's items (matched at `offset`) are datasets the catalog knows or
    coined names."""
    return sum(
        known.get((offset + item.start(), offset + item.end())) == "dataset"
        or _is_coined(item.group())
        for item in items
    )


# What closes a list of model names joined by commas alone: its bracket, or a last item
# that is no name ("CLIP, DeViSE, and the proposed ...").
_LIST_CLOSED = regex_cache.compile(r"\)|,?\s(?:and|or)\s+(?:the\s+)?[a-z]")


def _closed_list(text: str, start: int, end: int) -> bool:
    """Whether a comma-joined list of names is a whole list, not names before a clause
    ("On COCO, ViTDet improves"): in brackets ("(LeNet, AlexNet, VGGnet, ResNet)"), or
    ended by "and" before a lower-case word."""
    if text[end : end + 1] == ")":
        return text[max(0, start - 1) : start] == "("
    return _LIST_CLOSED.match(text, end) is not None


# A name and a description whose head is a model's, set off by a comma: "LPCNet, a
# recently proposed neural vocoder", "an RNN model, RETAIN, over ...". The description is
# a short noun phrase (no preposition: "GLUE, a benchmark for language models" is not one).
# Each word is taken whole ("[\w\-]++": a space follows it, so a shorter word never
# matches; a quarter of _MODEL_THEN_NAME's instructions went to trying them).
_APPOSED_HEADS = "(?:" + "|".join(f"{head}s?" for head in _APPOSED_HEAD_WORDS) + ")"
_APPOSED_DESCRIPTION = r"(?P<desc>(?:[\w\-]++\s){0,5}?)"
# What follows the name in the first shape: ", a recently proposed neural vocoder", or the
# same description in brackets: "PICARD (a T5 model for SQL semantic parsing)".
_COMMA_MODEL_TAIL = rf"(?:,\s|\s\()(?:a|an)\s{_APPOSED_DESCRIPTION}{_APPOSED_HEADS}(?![\w\-])"
_NAME_THEN_MODEL = regex_cache.compile(
    rf"(?<![\w\-])(?P<name>{NAME_START}[\w.+\-]*[\w+]){_COMMA_MODEL_TAIL}"
)
# "an?" with the word boundary checked after the "a" (`(?<!\wa)`), not before it as `\b`:
# a pattern whose first item is a literal lets the regex engine skip to each "a" instead of
# trying every position (51 -> 8 us a paper on the dev sets, the same matches).
_MODEL_THEN_NAME = regex_cache.compile(
    rf"a(?<!\wa)n?\s{_APPOSED_DESCRIPTION}{_APPOSED_HEADS},\s"
    rf"(?P<name>{NAME_START}[\w.+\-]*[\w+])(?=\s?[,(])"
)
# _NAME_THEN_MODEL's tail alone, without which the whole pattern, tried at every position,
# cannot match (4.6% of papers); in two patterns that each start with a rare literal, so
# the regex engine skips to each comma or bracket (as one pattern it tried the bracketed
# shape's leading space at every space: 23 -> 2 us a paper). The bracket's pattern checks
# the space before it by a look-behind, so it is searched from one character further on.
_DESCRIPTION_THEN_MODEL = rf"(?:a|an)\s{_APPOSED_DESCRIPTION}{_APPOSED_HEADS}(?![\w\-])"
_COMMA_THEN_MODEL = regex_cache.compile(rf",\s{_DESCRIPTION_THEN_MODEL}")
_BRACKET_THEN_MODEL = regex_cache.compile(rf"\((?<=\s\(){_DESCRIPTION_THEN_MODEL}")
_NOT_IN_DESCRIPTION = frozenset(
    {"for", "of", "to", "with", "on", "in", "from", "and", "or", "by", "as", "the", "that"}
)
# Verbs of taking a model to work with ("by integrating ZorbBERT, a deep learning model
# fine-tuned on clinical texts"), in every inflection: the name after one is the object,
# never the end of a longer name.
_TAKING_VERBS = ("use", "employ", "adopt", "integrate", "incorporate", "leverage", "utilize",
                 "utilise", "exploit", "extend", "adapt", "deploy", "combine", "select",
                 "apply", "train", "evaluate", "enhance", "modify", "initialize")  # fmt: skip


def _inflections(verb: str) -> tuple[str, ...]:
    """A regular verb's forms: "integrate" -> integrates, integrated, integrating;
    "apply" -> applies, applied, applying."""
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return (verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing")
    stem = verb[:-1] if verb.endswith("e") else verb
    return (verb, verb + "s", stem + "ed", stem + "ing")


# Lower-case words that may stand right before such a name; any other ("proposes implicit
# CF-NADE, a ... model") may be the start of a longer name.
_BEFORE_APPOSED = _NOT_IN_DESCRIPTION | frozenset(
    {"a", "an", "than", "choose", "chooses", "choosing", "chose", "chosen",
     # "can outperform ZorbSep, a recent spectrogram-based model": what is compared with
     "outperform", "outperforms", "outperformed", "outperforming", "surpass", "surpasses",
     "beat", "beats", "over", "versus", "vs", "including", "like",
     *(form for verb in _TAKING_VERBS for form in _inflections(verb))}
)  # fmt: skip


def _apposed_models(
    text: str,
    known: KnownTypes,
    seen: set[tuple[int, int]],
    title_length: int,
    head_commas: Sequence[tuple[int, int]],
) -> Iterator[Unseen]:
    """Coined names a comma and a model's description set apart: "The LPCNet, a recently
    proposed neural vocoder", "Recently, AutoVC, a conditional autoencoder based model",
    "we evaluated an RNN model, RETAIN, over ...". Only coined names (two capitals or a
    digit), as with a dataset's description (_apposed_to_head).

    `head_commas` are where the scan found a head noun and a comma ("unseen_apposed").
    """
    # Each shape runs only where what all its matches hold is in the abstract: the first
    # shape's tail (_names_then_models), the second's head noun and comma (found by the scan;
    # its pattern, tried at every "a", cost 10 us a paper, a fortieth of the linker's time).
    matches: Iterable[re.Match[str]] = _names_then_models(text, title_length)
    if any(start > title_length for start, _ in head_commas):
        matches = itertools.chain(matches, _MODEL_THEN_NAME.finditer(text, title_length))
    for match in matches:
        if any(word in _NOT_IN_DESCRIPTION for word in match.group("desc").split()):
            continue
        name = match.group("name")
        begin, stop = match.span("name")
        if (begin, stop) in seen or overlaps(begin, stop, known):
            continue
        if not _is_name(name) or not _is_coined(name) or name in _NOT_FIRST:
            continue
        before = _word_before(text, begin)
        if before.isalpha() and before.islower() and before not in _BEFORE_APPOSED:
            continue
        seen.add((begin, stop))
        yield Unseen(name, "model", begin, stop)


def _names_then_models(text: str, title_length: int) -> Iterator[re.Match[str]]:
    """`_NAME_THEN_MODEL.finditer(text, title_length)`, tried only before its tails.

    A match's name is a run of word characters, ".", "+" and "-" that its tail (", a ...
    model", " (a ... model") follows at once, so it ends where the tail starts and starts
    where the run does or after a "." or "+" in it (no word character or hyphen before
    it). The tails are found by two searches that skip from comma to comma and bracket to
    bracket; the whole pattern, tried at every position of the abstract wherever one tail
    stood, cost ~200,000 instructions a text. No tail starts inside another, so every
    tail is found; the matches come in the same order, each after the last one's end.
    """
    tails = [match.start() for match in _COMMA_THEN_MODEL.finditer(text, title_length)]
    tails += [match.start() - 1 for match in _BRACKET_THEN_MODEL.finditer(text, title_length + 1)]
    end = title_length
    for tail in sorted(tails):
        first = tail
        while first > 0 and (text[first - 1].isalnum() or text[first - 1] in "_.+-"):
            first -= 1
        for start in range(max(first, end), tail):
            if (start == first or text[start - 1] in ".+") and (
                match := _NAME_THEN_MODEL.match(text, start)
            ):
                end = match.end()
                yield match
                break


def _listed_items(listed: str) -> list[re.Match[str]]:
    """The names of a list, which ends with the name after its last "and" or "or": in "on
    Cora, Citeseer, and PubMed, GRE2-MDCL achieves" a model starts the next clause."""
    return list(_listed_items_of(listed))


@functools.lru_cache(maxsize=32)
def _listed_items_of(listed: str) -> tuple[re.Match[str], ...]:
    """_listed_items, once per list: a paper's list is read for each known name in it and
    again by the rules that find it after a cue (a third of the calls repeat one)."""
    items = list(_LIST_ITEM.finditer(listed))
    joins = [join.end() for join in _CONJOINED.finditer(listed)]
    if joins:
        last = next((i for i, item in enumerate(items) if item.start() >= joins[-1]), None)
        if last is not None:
            del items[last + 1 :]
    return tuple(items)


# Words between a dataset's name and its head noun that say how the data is had or used,
# not what it is: "the WANDS public dataset", "the NYUv2 standard benchmark".
_ASIDE_WORDS = frozenset({"public", "open", "open-source", "standard", "popular", "well-known"})


def _before_head(
    text: str,
    head: int,
    head_end: int,
    known: KnownTypes,
    seen: set[tuple[int, int]],
    title_length: int,
) -> Iterator[Unseen]:
    """Names right before a dataset head noun: "the MiniF2F benchmark", "(UCF101 and JHMDB)
    datasets", "the Magnatagatune dataset", "the Million Song Dataset".

    A list of names needs coined ones ("Grounding benchmark" is too often a phrase); after
    "the", a run of one to three capitalised words directly before the head is one name
    (a capitalised head, "Dataset", is part of it).
    """
    # A language right before the head says which part of the data is meant and is no
    # part of the name: "the CoNLL 2012 English test set" names CoNLL 2012.
    stop = head
    word_start, word_end = _word_span_before(text, head)
    if text[word_start:word_end] in LANGUAGES or text[word_start:word_end] in _ASIDE_WORDS:
        # "the WANDS public dataset": a word saying how the data is had, not its name
        stop = word_start
    begin = _list_start(text, stop)
    if begin is None:
        return
    if text.startswith("The ", begin) and begin + 4 < stop:
        begin += 4  # "The Freiburg EEG dataset is used ...": the sentence's article
    listed = text[begin:stop]
    found = list(
        _items(listed, begin, "dataset", known, seen, title_length, coined=True, text=text)
    )
    if (
        len(found) == 1
        and not _JOINS_NAMES.search(listed)
        and _names_a_kind_of_data(text, begin, head, head_end)
    ):
        return
    # A capitalised head ("Multimodal EmotionLines Dataset") is part of the last name: the
    # catalog or the Title Case rule below reads that.
    if begin >= title_length and text[head].islower() and _JOINS_NAMES.search(listed):
        found.extend(_multiword_items(text, listed, begin, known, seen, found))
    yield from found
    if found or begin < title_length:
        return
    # A bracket opens the name: "a larger dataset (Million Song Dataset)".
    bracket = text.startswith("(", begin)
    if bracket:
        begin, listed = begin + 1, listed[1:]
    words = listed.split()
    before = _word_before(text, begin)
    if YEAR.fullmatch(before) and not bracket:
        # "the 2016 AAPM Low-Dose CT Grand Challenge dataset": the edition's year opens
        # the name (the walk back took it for a version of a name before it).
        year_start = _word_span_before(text, begin)[0]
        if _word_before(text, year_start).lower() in _ARTICLE_OR_USING:
            begin, listed = year_start, text[year_start:stop]
            words, before = listed.split(), _word_before(text, year_start)
    # After "the"; or, when the head itself is capitalised inside a sentence ("the
    # Magnatagatune dataset and Million Song Dataset"), after any lower-case word or in
    # brackets: a capitalised "Dataset" there is part of the name.
    named_head = text[head].isupper() and (
        bracket
        or (
            before.isalpha()
            and before.islower()
            # "the Yahoo! Learning to Rank Challenge": a Title Case phrase's preposition
            # before the run, whose first words stand before it.
            and not (before in _TITLE_PREPOSITIONS and _capitalised_before(
                text, _word_span_before(text, begin)[0]
            ))
        )
    )
    if (
        (
            before.lower() not in _ARTICLE_OR_USING
            and not named_head
            and not _the_described(text, begin)
            and not (before == "available" and _AVAILABLE.search(text, max(0, begin - 30), begin))
        )
        or not (
            1 <= len(words) <= 3
            # "the INTERSPEECH 2009 Emotion Challenge database": a longer run of capitalised
            # words with an acronym or a year in it is one name too.
            or (len(words) <= _LONG_NAME_WORDS and any(map(_is_coined, words)))
        )
        or not all(
            _PLAIN_NAME_WORD.fullmatch(w) or (len(words) > 1 and YEAR.fullmatch(w))
            for w in words
        )
        or words[0] in _NOT_FIRST
    ):
        return
    if _DEFINED_AFTER.match(text, _head_end(text, head_end)):
        return  # "the Visual Dialog dataset (VisDial)": the acronym names it
    if text.startswith(NAMING_AFTER_HEAD, _head_end(text, head_end)):
        # A naming word right after the head: the name before the head says what the data
        # is for ("the first multilingual Open KBC dataset, called mOKB6").
        return
    if _singular_benchmark(text, head) and _BEATEN_BEFORE.search(text, max(0, begin - 30), begin):
        return  # "outperform the Markowitz benchmark": a baseline strategy beaten, no data
    if (
        text[head].islower()
        and not any(map(_is_coined, words))
        and _NAME_AFTER_HEAD.match(text, _head_end(text, head_end))
    ):
        return  # "on the Kaggle dataset Br35H": the name follows, Kaggle is where it is from
    end = head_end if text[head].isupper() and stop == head else begin + len(listed.rstrip())
    if end == head_end and (edition := _EDITION_AFTER_HEAD.match(text, end)):
        end = edition.end()  # "Program Synthesis Benchmark 2": its edition is part of it
    name = text[begin:end]
    # A language starts a longer name before a capitalised head ("Chinese Discourse
    # Treebank"); alone it is no name ("the English Dataset").
    named_language = named_head and len(words) > 1 and words[0] in LANGUAGES
    if (
        (begin, end) in seen
        or any(begin <= s < end for s, _ in known)
        or (is_never_name(words[0]) and not named_language)
    ):
        return
    if len(words) == 1 and (
        len(words[0]) < 4 or not _is_name(words[0]) or _WORD_ENDING.search(words[0])
    ):
        return  # "the Grounding benchmark" is a phrase
    seen.add((begin, end))
    yield Unseen(name, "dataset", begin, end)


# The most words a Title Case name before a head noun may have when one is an acronym or a
# year; three otherwise.
_LONG_NAME_WORDS = 6


# A small edition number after a capitalised head noun, not a count or a measure after it
# ("Zorb Benchmark 2 as a database", not "Zorb Dataset 2%" or "Zorb Benchmark 2.5 points").
_EDITION_AFTER_HEAD = regex_cache.compile(r" [1-9](?![\w%.,]\w|[\w%])")


# "the MiTV voice search dataset", "in Daimler urban scene segmentation dataset", "a new
# ZORB speech recognition benchmark": a name, one to three lower-case words, the head noun
# (singular: "Zorb image datasets" are many).
# The name may start with lower-case letters before a capital ("the arXiv summarization
# dataset", the guideline's own example of a data source's dataset named as such).
_DESCRIBED = regex_cache.compile(
    rf"\b(?:the|on|in|new)\s(?P<name>{NAME_START}[A-Za-z0-9+.\-]*[A-Za-z0-9+])"
    r"(?P<words>(?:\s[a-z][a-z\-]*){1,3})\s$"
)


def _described_before_head(
    text: str,
    head: int,
    head_end: int,
    known: KnownTypes,
    seen: set[tuple[int, int]],
    title_length: int,
) -> Iterator[Unseen]:
    """A name the catalog lacks followed by lower-case words saying what its data is, before
    a singular head noun: "the MiTV voice search dataset", "the Zorbo motion forecasting
    dataset". The annotators name such a dataset with those words ("MiTV voice search
    dataset"), and the name alone is none: a word the catalog knows (a model, "COCO",
    "VTAB-1k") is what the words describe, so the rule leaves it to the catalog. The
    words must be content words ("on BERT with different datasets" is none), and the
    name must be name-shaped, not a generic word ("the Reddit conversation dataset")."""
    match = _DESCRIBED.search(text, max(title_length, head - 70), head)
    if match is None:
        return
    words = match.group("words").split()
    if any(word in _NOT_DESCRIBING for word in words):
        return
    begin, stop = match.start("name"), match.end("words")
    name = match.group("name")
    if (begin, stop) in seen or overlaps(begin, stop, known):
        return
    if not (_ITEM.fullmatch(name) or _MIXED_CASE_NAME.fullmatch(name)):
        return
    if not _is_name(name) or name in _NOT_FIRST:
        return
    if not _standalone(text, begin, match.end("name")):
        return
    if (
        _ACRONYM_NAME.fullmatch(name) or any(map(str.isdigit, name))
    ) and not text.startswith("database", head):
        # "the CASIA-B gait dataset", "the UCLASS stuttering dataset": an acronym is the
        # data set's whole name, and the words say what its data is (annotators write
        # "CASIA-B"); so is a name with a number ("the Librispeech-100 speech recognition
        # benchmark" names Librispeech-100); a word that is a name ("the MiTV voice search
        # dataset") they keep, and a database is named with its words ("the MIT-BIH
        # arrhythmia database").
        stop = match.end("name")
    seen.add((begin, stop))
    yield Unseen(text[begin:stop], "dataset", begin, stop)


# A name ending in "Bench", glued or after a hyphen: "CDR-Bench", "AudioBench",
# "T2I-CompBench" (not "Bench" alone, nor "Tool Bench", whose words may be a phrase's); a
# coined part may stand apart before it ("T2I CompBench": a digit or a second capital).
_BENCH_NAME = regex_cache.compile(
    r"(?<![\w\-])(?P<name>(?:[A-Z0-9][A-Za-z0-9]*-|[A-Z0-9](?=[a-z]*[A-Z0-9])[A-Za-z0-9]* )?"
    r"[A-Z][A-Za-z0-9]+-?Bench)(?![\w\-])"
)


def _bench_named(
    text: str, known: KnownTypes, seen: set[tuple[int, int]], title_length: int
) -> Iterator[Unseen]:
    """A benchmark's name wherever it stands in the abstract, by its "Bench" ending: "our
    held-out OPV-Bench", "with AudioBench audio-scene tests", "synthetic and CDR-Bench".
    No phrase around it is needed: the ending says what it is, as "QA" or "Eval" type a
    listed name (_DATASET_FORM)."""
    for match in _bench_names(text, title_length):
        start, end = match.span("name")
        first, space, _ = match.group("name").partition(" ")
        if space and is_never_name(first):
            start += len(first) + 1  # "the LLM ZorbBench": a class's acronym is no part
        if (start, end) in seen or overlaps(start, end, known):
            continue
        seen.add((start, end))
        yield Unseen(text[start:end], "dataset", start, end)


def _bench_names(text: str, title_length: int) -> Iterator[re.Match[str]]:
    """`_BENCH_NAME.finditer(text, title_length)`, tried only before each "Bench".

    The pattern opens on a look-behind, so the regex engine tried it at every position of
    an abstract that holds "Bench" (~600,000 instructions a text). A match ends in "Bench"
    after a run of letters, digits and hyphens, and maybe one space and another such run
    before it ("Zorb VideoBench"): the pattern is matched at those positions alone, in
    order, each after the last match's end.
    """
    starts: set[int] = set()
    at = text.find("Bench", title_length)
    while at != -1:
        first = _run_start(text, at)
        if first > 0 and text[first - 1] == " ":
            first = _run_start(text, first - 1)
        starts.update(range(max(first, title_length), at))
        at = text.find("Bench", at + 1)
    end = title_length
    for start in sorted(starts):
        if start >= end and (match := _BENCH_NAME.match(text, start)):
            end = match.end()
            yield match


def _run_start(text: str, end: int) -> int:
    """Where the run of ASCII letters, digits and hyphens that ends at `end` starts."""
    start = end
    while start > 0 and (text[start - 1] in _RUN_CHARACTERS):
        start -= 1
    return start


_RUN_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")


# An acronym written in capitals, with digits or hyphens ("CASIA-B", "OU-MVLP", "ETT").
_ACRONYM_NAME = regex_cache.compile(r"[A-Z][A-Z0-9\-]*[A-Z0-9]")


# ", a Chinese criminal case dataset", ", two multimodal benchmarks": after the name(s) the
# description is of (a comma, an article or a count, up to four words, the head).
_APPOSITION = regex_cache.compile(
    r",\s(?P<article>a|an|the|two|three|four|five|both)\s(?P<words>(?:[\w\-]+\s){0,4})$"
)
_COUNTS = frozenset({"two", "three", "four", "five", "both"})


def _apposed_to_head(
    text: str,
    head: int,
    head_end: int,
    comma: int,
    known: KnownTypes,
    seen: set[tuple[int, int]],
    title_length: int,
) -> Iterator[Unseen]:
    """A coined name a comma and a dataset head noun describe: "on CAIL2018, a Chinese
    criminal case dataset", "we use IndicGenBench, a generation task benchmark dataset",
    "on MultiVENT 2.0 and TVR, two multimodal benchmarks" (a count and a plural head:
    the list before the comma). Only coined names (two capitals or a digit): "However,
    the synthetic dataset" describes no word before the comma."""
    match = _APPOSITION.match(text, comma, head)
    if match is None or any(w in _NOT_APPOSED for w in match.group("words").split()):
        return
    plural = _head_end(text, head_end) > head_end
    if plural != (match.group("article") in _COUNTS):
        return
    if plural:
        begin = _list_start(text, comma)
        if begin is None or begin < title_length:
            return
        listed = text[begin:comma]
        if not _CONJOINED.search(listed):
            return
        yield from _items(listed, begin, "dataset", known, seen, title_length, coined=True,
                          text=text)  # fmt: skip
        return
    start = text.rfind(" ", 0, comma) + 1
    name = text[start:comma]
    if start < title_length or (start, comma) in seen or not _ITEM.fullmatch(name):
        return
    before = text[max(0, start - 30) : start].split()[-1:]
    if not _is_name(name) or overlaps(start, comma, known):
        return
    if not _is_coined(name) and not (
        before and before[0] in ("On", "on") and _PLAIN_NAME_WORD.fullmatch(name)
    ):
        # A plain word only where "on" says results are on it: "On Karel, a challenging
        # program synthesis benchmark, ..." ("However, the dataset" describes no word).
        return
    if before and before[0][:1].isupper() and not is_never_name(before[0]):
        return  # "the CMU Zorb-7, a ...": part of a longer name ("On CAIL2018" is not)
    seen.add((start, comma))
    yield Unseen(name, "dataset", start, comma)


# A lower-case name with a digit after three letters or more: "text8", "sim2spk". Words
# of that shape name tools and methods as often ("seq2seq", "word2vec", "top1",
# "bfloat16"), so only a list of datasets makes one a dataset.
_DIGIT_BEFORE = regex_cache.compile(r"\d[a-z0-9]*$")
_LOWER_DIGIT_NAME = regex_cache.compile(r"[a-z]{3,}\d+[a-z0-9]*")
_LOWER_DIGIT_BEFORE = regex_cache.compile(r"(?<![\w\-])([a-z]{3,}\d+[a-z0-9]*) (?:and|or) $")
_LOWER_DIGIT_AFTER = regex_cache.compile(r" (?:and|or) ([a-z]{3,}\d+[a-z0-9]*)(?![\w\-])")
_JOINERS = (" and ", " or ")
_NOT_LOWER_NAMES = frozenset({"seq2seq", "word2vec", "node2vec", "wav2vec", "wav2vec2"})


def _lower_case_list(
    text: str, head: int, known: KnownTypes, seen: set[tuple[int, int]], title_length: int
) -> Iterator[Unseen]:
    """Lower-case names with a digit listed before a dataset head noun: "we train on
    sim2spk, sim3spk and sim4spk datasets". A list of two or more, all of that shape; one
    such word alone ("bfloat16 datasets") says how the data is stored as often."""
    words: list[tuple[int, int]] = []
    position = head
    while True:
        begin, end = _word_span_before(text, position)
        word = text[begin:end].rstrip(",")
        if begin < title_length or not word:
            break
        if _LOWER_DIGIT_NAME.fullmatch(word):
            words.append((begin, begin + len(word)))
        elif word not in ("and", "or"):
            break
        position = begin
    if len(words) < 2:
        return
    for begin, end in words:
        if text[begin:end] in _NOT_LOWER_NAMES or (begin, end) in seen or (begin, end) in known:
            continue
        seen.add((begin, end))
        yield Unseen(text[begin:end], "dataset", begin, end)


def _lower_case_beside_known(
    text: str, known: KnownTypes, seen: set[tuple[int, int]], title_length: int
) -> Iterator[Unseen]:
    """A lower-case name with a digit joined by "and" or "or" to a lower-case dataset the
    catalog knows: "results on text8 and enwik8". Things listed together are of one kind.
    Only beside a lower-case known name: both are then names of the same habit, and the
    test keeps this loop over every catalog match cheap."""
    for (start, end), known_type in known.items():
        if not text[start].islower() or start < title_length or known_type != "dataset":
            continue
        spans = []
        # Most known names have no "and"/"or" beside them: a C-level test rules them out.
        if text.endswith(_JOINERS, title_length, start):
            before = _LOWER_DIGIT_BEFORE.search(text, max(title_length, start - 30), start)
            if before is not None:
                spans.append(before.span(1))
        if text.startswith(_JOINERS, end):
            after = _LOWER_DIGIT_AFTER.match(text, end)
            if after is not None:
                spans.append(after.span(1))
        for begin, stop in spans:
            if text[begin:stop] in _NOT_LOWER_NAMES or (begin, stop) in seen:
                continue
            if (begin, stop) in known:
                continue
            seen.add((begin, stop))
            yield Unseen(text[begin:stop], "dataset", begin, stop)


_JOINS_NAMES = regex_cache.compile(r",|&|/|\b(?:and|or)\b")  # in a list of names
# How a task's name ends ("Question Answering", "Text Summarization"); "Pascal Sentence"
# and "Materials Project" end in other English nouns and are names.
_TASK_ENDING = regex_cache.compile(r"(?:ing|tion|sion|ment|sis)$")
# The glue between the items of a list of names: ", ", " and ", ", and ", " or ", " & ",
# "/" (the items before a head noun, "the ActivityNet Captions and YouCook2"; the models the
# linker gives one role when side by side in a list).
LIST_GLUE = regex_cache.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+|/)\s*")


def _multiword_items(
    text: str,
    listed: str,
    begin: int,
    known: KnownTypes,
    seen: set[tuple[int, int]],
    found: Sequence[Unseen],
) -> Iterator[Unseen]:
    """Names of two or three capitalised words in a list before a dataset head noun: "the
    ActivityNet Captions and YouCook2 datasets", "the Wikipedia and Pascal Sentence
    datasets", "the JARVIS and Materials Project benchmarks".

    Single words are left to `_items`, which skips a word with a capitalised neighbour:
    those words are one name here, since only list glue separates the list's names. A
    Title Case run is as often a task ("the Question Answering and Summarization
    benchmarks") or a descriptive phrase, so the run needs a coined word of its own
    ("ActivityNet", "RGB+D") or a neighbour in the list that is a dataset (known, or found
    by `_items`: "Pascal Sentence" beside Wikipedia), and no word may be a generic one
    ("Amazon", "English"), and the last may not end like a task's noun ("Answering").
    """
    spans = []
    position = 0
    for separator in LIST_GLUE.finditer(listed):
        spans.append((position, separator.start()))
        position = separator.end()
    spans.append((position, len(listed.rstrip())))
    items = []
    for start, end in spans:
        words = listed[start:end].split()
        if words and words[0] == "the":
            start += 4
            words = words[1:]
        items.append((begin + start, begin + end, words))
    has_dataset = bool(found) or any(known.get((s, e)) == "dataset" for s, e, _ in items)
    for start, end, words in items:
        if not 2 <= len(words) <= 3 or (start, end) in seen or overlaps(start, end, known):
            continue
        if words[0] in _NOT_FIRST or not _ITEM.fullmatch(words[0]):
            continue
        if not all(_ITEM.fullmatch(w) or _VERSION_WORD.fullmatch(w) for w in words[1:]):
            continue  # "NIST SRE 2016": a year or version ends the name
        if any(map(is_never_name, words)) or _TASK_ENDING.search(words[-1]):
            continue
        if not (has_dataset or any(_is_coined(w) for w in words)):
            continue
        seen.add((start, end))
        yield Unseen(text[start:end], "dataset", start, end)


_LIST_WINDOW = 240  # characters after a cue its list may run to
_LIST_END = regex_cache.compile(r"[.;:)]\s|[.;:)]$")


def _multiword_listed(
    text: str,
    begin: int,
    kind: EntityType,
    known: KnownTypes,
    seen: set[tuple[int, int]],
    *,
    counted: bool = False,
) -> Iterator[Unseen]:
    """Names of two or three capitalised words inside a list a cue opens ("datasets,
    including TOFU, Harry Potter, ZsRE, and MUSE", "models, i.e., DALLE2, Latent
    Diffusion, Stable Diffusion, GLIDE and Craiyon"), which `_items` reads one word at a
    time and so skips.

    Only where the list is one of names, item after item, up to its end; and only beside
    two names the catalog knows as the cue's kind, which say what the list holds, or, with
    `counted`, after a count and a colon that say so ("three datasets: Zorb Audio, Places
    Zorb, and Localized Zorbatives"). A run's words must all be capitalised (or a
    version), none a generic word, the last not a task's noun ("Question Answering"). An
    item that is not such a run ends the list.
    """
    stop = _LIST_END.search(text, begin, begin + _LIST_WINDOW)
    end = stop.start() if stop else min(len(text), begin + _LIST_WINDOW)
    position, chunks = begin, []
    for separator in LIST_GLUE.finditer(text, begin, end):
        chunks.append((position, separator.start()))
        position = separator.end()
    chunks.append((position, end))
    neighbours = 0
    runs = []
    whole = True  # every item is a name, up to the sentence's end
    for start, stop_at in chunks:
        words = text[start:stop_at].split()
        if words and words[0] == "the":
            start, words = start + 4, words[1:]
        if known.get((start, stop_at)) == kind:
            neighbours += 1
            continue
        if (start, stop_at) in known or not words or not 1 <= len(words) <= 3:
            whole = False
            break
        if not all(_ITEM.fullmatch(w) or _VERSION_WORD.fullmatch(w) for w in words):
            whole = False
            break
        if len(words) > 1 or (counted and _is_coined(words[0])):
            runs.append((start, stop_at, words))
    if neighbours < 2 and not (counted and whole and stop is not None and len(chunks) > 1):
        return
    for start, stop_at, words in runs:
        if (start, stop_at) in seen or overlaps(start, stop_at, known):
            continue
        if words[0] in _NOT_FIRST or not _ITEM.fullmatch(words[0]):
            continue
        if any(map(is_never_name, words)) or _TASK_ENDING.search(words[-1]):
            continue
        seen.add((start, stop_at))
        yield Unseen(text[start:stop_at], kind, start, stop_at)


def _names_a_kind_of_data(text: str, begin: int, head: int, head_end: int) -> bool:
    """Whether the one name before a dataset head noun says what kind of data it holds, not
    which dataset: "two public WSI datasets", "publicly available LTR datasets" (a plural
    head with one name, not after "the": several datasets of that kind), "a public TBQA
    dataset", "a MIDI dataset" (an indefinite article before it). A named dataset is "the
    PDTB dataset", "the SHU dataset" or, with the article left out, "on CIFAR dataset"."""
    before_start, before_end = _word_span_before(text, begin)
    before = text[before_start:before_end]
    if _head_end(text, head_end) > head_end or text[head:head_end].lower() == "corpora":
        if before in ("on", "in") and _LETTERS_THEN_DIGIT.search(text, begin, head):
            # "results on LRS3 datasets": a name with a number after its letters is one
            # data set's (its splits or parts), not a kind of data ("3D", "EEG").
            return False
        return before.lower() != "the"
    if _COINED_MIXED_CASE.fullmatch(text[begin:head].strip()):
        # "on a challenging EgoNLQ benchmark": a kind of data is an acronym in capitals
        # ("a public TBQA dataset"), a name in mixed case with two capitals is one dataset.
        return False
    # "a MIDI dataset", "a public TBQA dataset", "a publicly available ICU dataset": an
    # indefinite article before the name, maybe over a few lower-case words.
    for _ in range(3):
        if before.lower() in ("a", "an"):
            return True
        if not before.isalpha() or not before.islower():
            return False
        before_start, before_end = _word_span_before(text, before_start)
        before = text[before_start:before_end]
    return False


_LETTERS_THEN_DIGIT = regex_cache.compile(r"[A-Za-z]{2}\d")

# One word of mixed case with two capitals or more: "EgoNLQ", "ZorbQA" (not "MIDI", "Zorbic").
_COINED_MIXED_CASE = regex_cache.compile(r"(?=\S*[a-z])(?=\S*[A-Z]\S*[A-Z])[A-Za-z][A-Za-z0-9\-]*")


# The shape of a name right before "model": "a pre-trained MusicBERT model", "the BriVL
# model", "eCeLLM models"; it may start with one or two lower-case letters before a
# capital. _before_model asks for more (lower-case letters, two capitals or a digit).
_NAME_START = regex_cache.compile(NAME_START)
_MIXED_CASE_NAME = regex_cache.compile(rf"{NAME_START}[A-Za-z0-9.+\-]*[A-Za-z0-9+]")


# An acronym of four or more capitals (no digit, no hyphen) right after "the" and before
# "model": "the TRADE model", "the SUMBT model". A task's acronym is shorter ("the SLU
# model", "the ASR model") or spelled out in lower case (GenericAcronyms).
_THE_ACRONYM_MODEL = regex_cache.compile(r"[A-Z]{4,}")
# "the" and one or two lower-case words before such an acronym: "the highly successful
# CABASC model", "the popular TRADE model" (the words describe the one model named).
# Not a preposition or conjunction: "the expressivity of CTDG models" is no description.
_THE_DESCRIBED = regex_cache.compile(
    r"(?<![\w\-])the "
    r"(?:(?!(?:of|for|in|on|with|to|by|from|and|or|as|at|than)\s)[a-z][a-z\-]* ){1,2}$"
)
# An acronym of three or more capitals, a hyphen and a number: "XLSR-53" (not "E2E").
_NUMBERED_ACRONYM = regex_cache.compile(r"[A-Z]{3,}-\d+")
# Capitals with a digit between them: "DM2F", "R2D2" (not "3D", "T5").
_DIGIT_INSIDE_CAPITALS = regex_cache.compile(r"[A-Z]{2,}\d+[A-Z]+\d*|[A-Z]+\d+[A-Z]{2,}\d*")
# A network class's word after a hyphen, which makes the hyphenated word a network's name.
_NETWORK_PART = regex_cache.compile(r"GANs?|Net|BERT|GPT|LSTM|CNN|GNN|GCN|RNN|TTS")


def _before_model(
    text: str, head: int, known: KnownTypes, seen: set[tuple[int, int]]
) -> Iterator[Unseen]:
    """A coined name right before "model(s)" in the abstract.

    "Model" is the commonest noun of an abstract, and the word before it is most often a
    task's or a class's acronym ("SLU models", "E2E model", "CTC models", "an LSTM model")
    or a phrase ("Mixture-of-Experts model", "U-Net-based models", "an Ornstein-Uhlenbeck
    model"). So only a name in mixed case, with lower-case letters and two capitals or a
    digit, counts, none of whose hyphenated parts is a plain or generic word.
    """
    word = _word_before(text, head)
    begin = head - 1 - len(word)
    stop = head - 1
    if (begin, stop) in seen or not _MIXED_CASE_NAME.fullmatch(word):
        return
    if word.isupper() and not _NUMBERED_ACRONYM.fullmatch(word):
        # "the XLSR-53 model": an acronym and a hyphenated number name one model anywhere.
        # "the DM2F model": so does a digit inside capitals after "the".
        if not _THE_ACRONYM_MODEL.fullmatch(word) and not (
            _DIGIT_INSIDE_CAPITALS.fullmatch(word) and text.endswith("the ", 0, begin)
        ):
            return
        if not text.endswith("the ", 0, begin) and not (
            # Singular only: "the expressivity of CTDG models" is a class of models.
            not text.startswith(("models", "architectures"), head)
            and _THE_DESCRIBED.search(text, max(0, begin - 40), begin)
        ):
            return
    if not _is_name(word) or not _is_coined(word):
        return
    parts = word.split("-")
    if is_never_name(parts[0]) or any(
        part.islower() or (is_never_name(part) and not _NETWORK_PART.fullmatch(part))
        for part in parts
    ):
        return  # "BiLSTM-CRF", "GPT-family"; not "Fre-GAN" (a network's word after a name)
    if overlaps(begin, stop, known) or not _standalone(text, begin, stop):
        return
    seen.add((begin, stop))
    yield Unseen(word, "model", begin, stop)


# A name with a parameter count after a hyphen, in billions: "JMLR-13B", "Meditron-70B".
# A count in billions names a model's checkpoint (data sets counted in billions, LAION-5B
# or DataComp-1B, are the catalog's; "MovieLens-1M" counts in millions, and is data).
# Found from the count, which starts with a literal "-" (a scan from every capital cost
# twice the time), then read back to the start of its word.
SIZE_IN_BILLIONS = regex_cache.compile(r"-\d+(?:\.\d+)?[Bb](?![\w\-+])")


def _sized_checkpoints(
    text: str, known: KnownTypes, seen: set[tuple[int, int]], title_length: int
) -> Iterator[Unseen]:
    """Names of sized checkpoints the catalog lacks, in the abstract: the count is a
    model's own mark, wherever the name stands ("outperforms Meditron-70B (68.9%)")."""
    for match in SIZE_IN_BILLIONS.finditer(text, title_length):
        begin, stop = match.start(), match.end()
        while begin > title_length and (text[begin - 1].isalnum() or text[begin - 1] in "_.-"):
            begin -= 1
        if not text[begin].isupper() or not text[begin].isascii() or text[begin - 1] == "/":
            continue  # a name starts with a capital, not inside a path or URL
        name = text[begin:stop]
        base = name.rpartition("-")[0]
        if (begin, stop) in seen or is_never_name(base.split("-")[0]) or not _is_name(base):
            continue
        if overlaps(begin, stop, known):
            continue
        seen.add((begin, stop))
        yield Unseen(name, "model", begin, stop)


_MODALITIES = frozenset(
    {"text", "image", "audio", "speech", "visual", "vision", "video", "language"}
)


def _before_encoder(
    text: str, head: int, known: KnownTypes, seen: set[tuple[int, int]]
) -> Iterator[Unseen]:
    """A coined name before "encoder" or "backbone", maybe with a modality between: "a
    ResNet50 image encoder and DeCLUTR text encoder", "with a ZorbNet backbone". The name
    passes `_before_model`'s tests, which this calls at the name, and is no all-capitals
    acronym (a class's there: "a CNN encoder"; "the BERT-style encoder" fails the tests)."""
    at = head
    if _word_before(text, at).lower() in _MODALITIES:
        at = _word_span_before(text, at)[0]
        if at < 1 or text[at - 1] != " ":
            return
    if _word_before(text, at).isupper():
        return
    yield from _before_model(text, at, known, seen)


# Words that start a sentence or a phrase, not a name ("Our Dataset", "This Benchmark").
_NOT_FIRST = frozenset({"Our", "This", "These", "That", "A", "An", "The", "We", "Its", "Their"})


# A challenge's task written after the challenge's coined name (and its year, and up to two
# Title Case words of the task's own name): "DCASE 2023 Task3", "DCASE2018 Task1 Subtask B",
# "IELTS Writing Task 2", "CoNLL-2012 Shared Task", "AESW Shared Task 2016". The shape is
# the challenge's whole name: a numbered task or a Shared Task is data results are
# reported on, and the guideline labels the task as written (the most specific name).
_CHALLENGE_TASK = regex_cache.compile(
    rf"(?P<name>{_WORD})(?: (?:19|20)\d\d)?(?: [A-Z][a-z]+){{0,2}}"
    r" (?:Task ?\d+[A-Za-z]?(?: Subtask [A-Z0-9]\b)?|Shared Task(?: (?:19|20)\d\d)?)"
    r"(?![\w\-])"
)
_TASK_REACH = 50  # characters before "Task" the challenge's name may start


def _challenge_task(
    text: str, task: int, known: KnownTypes, seen: set[tuple[int, int]]
) -> Iterator[Unseen]:
    """The challenge's task whose "Task" starts at `task` (see _CHALLENGE_TASK), when the
    challenge's name is coined and no catalog name (policy._dataset_part extends those)."""
    for match in _CHALLENGE_TASK.finditer(text, max(0, task - _TASK_REACH), task + 30):
        if not match.start() < task < match.end():
            continue
        name = match.group("name")
        begin, stop = match.span()
        if (
            (begin, stop) in seen
            or overlaps(begin, stop, known)
            or not _is_name(name)
            or not _is_coined(name)
            or _capitalised_before(text, begin)
        ):
            continue
        seen.add((begin, stop))
        yield Unseen(match.group(), "dataset", begin, stop)
        return


# A continual-learning protocol joined to a dataset's coined name by a hyphen: "split-CIFAR10",
# "Permuted-MNIST" (written apart, policy._longer_dataset reads it beside a catalog name).
_PROTOCOL_NAME = regex_cache.compile(
    r"(?:[Ss]plit|[Pp]ermuted|[Rr]otated)-(?P<name>[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)(?![\w\-])"
)


def _capitalised_before(text: str, start: int) -> bool:
    """Whether a capitalised word (no list glue) stands right before `start`: the name
    starting there is the end of a longer one ("the Zorb DCASE ...")."""
    before = text[max(0, start - 40) : start].rstrip(" ")
    if not before or not before[-1].isalnum():
        return False
    last = before.split()[-1]
    return last[0].isupper() and last.lower() not in _GLUE_WORDS


def _head_end(lowered: str, end: int) -> int:
    """Past a head noun's plural "s"."""
    return end + 1 if end < len(lowered) and lowered[end] == "s" else end


def _after_head(
    text: str,
    lowered: str,
    end: int,
    known: KnownTypes,
    seen: set[tuple[int, int]],
    title_length: int,
) -> Iterator[Unseen]:
    """Names a dataset head noun introduces: "datasets, X and Y", "datasets: X, Y",
    "datasets (X, Y)", "the dataset X". After a comma or colon a single name must end its
    clause ("On both datasets, Zorb-7B achieves ..." names a model, not a dataset)."""
    head_end = _head_end(lowered, end)  # after a plural's "s"
    match = _AFTER_HEAD.match(text, head_end)
    if match is None:
        return
    listed = match.group("list")
    if match.group("naming") and (
        words := _NAMED_WORDS.match(text, match.start("list"))
    ) is not None and not any(map(is_never_name, words.group().split())):
        # "the publicly available dataset named Semantic Drone, which ...": a naming word
        # gives the whole run of capitalised words up to the clause's end as one name.
        start, stop = words.span()
        if (start, stop) not in seen and not overlaps(start, stop, known):
            seen.add((start, stop))
            yield Unseen(words.group(), "dataset", start, stop)
        return
    items = _LIST_ITEM.findall(listed)
    glue = match.group("glue")
    head_start = lowered.rfind(" ", 0, end) + 1
    if (
        glue
        and glue.strip() in (",", ":")
        and head_end > end
        and _COUNT_BEFORE.search(lowered, max(0, head_start - 40), head_start)
    ):
        # "on two action recognition datasets, IKEA ASM and LEMMA": the count says every
        # item is a data set, of several words too.
        yield from _multiword_listed(
            text, match.start("list"), "dataset", known, seen, counted=True
        )
    if glue and len(items) < 2:
        after = match.end("list")
        if after < len(text) and text[after] not in ".;)" and not (
            # "on a Python benchmark, HearthStone, and two ...": a name set off by commas
            # after "a" and a singular head is the head's own name.
            text[after] == ","
            and glue.strip() == ","
            and head_end == end
            and _ARTICLE_BEFORE_HEAD.search(lowered, max(0, head_start - 40), head_start)
        ):
            return
    # "the benchmark dataset CoNLL04": a coined name right after a lower-case head
    # ("Dataset Subpopulation Organization" is a Title Case phrase); after a naming word
    # any name ("the publicly available dataset named Semantic Drone").
    # "datasets from Ontario, Quebec, California": after "from" plain words are the data's
    # sources (places, organisations); only coined names there are data sets.
    coined = (not glue or glue.strip() == "from") and not match.group("naming")
    if coined and text[match.start() - 1].isupper():
        return
    yield from _items(
        listed, match.start("list"), "dataset", known, seen, title_length,
        coined=coined, text=text,
    )  # fmt: skip


# Two to four capitalised words after a head noun's naming word, up to the clause's end.
_NAMED_WORDS = regex_cache.compile(
    r"[A-Z][\w\-]*(?: [A-Z][\w\-]*){1,3}"
    r"(?=[,.;:)]|\s+(?:which|that|and|with|to|for|of|in|is|was|from)\b)"
)


# A plural head noun, then the rest of its clause up to a colon: "datasets which require
# spatio-temporal reasoning:", "benchmarks for long-context retrieval:".
_CLAUSE_TO_COLON = regex_cache.compile(r"s\s+(?:which|that|for|of|from|in|with)\s[^.;:()]{0,70}:")


def _clause_colon(text: str, lowered: str, end: int) -> int | None:
    """Where the colon that ends a plural head noun's clause stands, when a name follows
    it ("datasets which require ...: TGIF-QA and SVQA"); else None. The colon is given to
    `_after_head` as the head's end, which reads the list after it as it reads one after
    "datasets:"."""
    if not lowered.startswith("s", end):
        return None
    match = _CLAUSE_TO_COLON.match(lowered, end)
    if match is None or not _name_after(text, match.end()):
        return None
    return match.end() - 1


def _list_start(text: str, head: int) -> int | None:
    """Where the run of names and list glue ("the GSM8K, MATH and SVAMP") that ends right
    before the head noun at `head` starts; None when the word before is no name.

    Walks back word by word instead of searching a pattern anchored at the head, which
    costs a try at every position of the window.
    """
    position = head
    begin = None
    reach = max(0, head - _LIST_REACH)
    while position > reach:
        end = position
        while end > reach and text[end - 1] == " ":
            end -= 1
        word_start = text.rfind(" ", reach, end) + 1
        word = text[word_start:end]
        core = word.strip("(),")
        if not word or word.endswith("."):
            break  # a list does not run back over a sentence's end ("... Qwen 2.5. Across")
        if _LIST_ITEM.fullmatch(core):
            begin = word_start
        elif word.lower() not in _LIST_GLUE and not _VERSION_WORD.fullmatch(core):
            break  # a version ("HASOC 2021") belongs to the name before it
        position = word_start
    return begin


# What may stand right before a one-word name and its head: "the X dataset", and, as
# abstracts write it without the article, "using X dataset".
_ARTICLE_OR_USING = frozenset({"the", "using"})
# A verb of beating, then "the", before a name and "benchmark": the benchmark is what is
# beaten, a baseline ("consistently outperform the Markowitz benchmark").
_BEATEN_BEFORE = regex_cache.compile(
    r"\b(?:outperform|outperforms|outperformed|outperforming|beat|beats|beating|surpass"
    r"|surpasses|surpassed|surpassing|exceed|exceeds|exceeded|exceeding)\s+the\s+$"
)


def _singular_benchmark(text: str, head: int) -> bool:
    """Whether the head noun at `head` is "benchmark" (singular, lower case)."""
    return text.startswith("benchmark", head) and not text.startswith("benchmarks", head)
# "we used the publicly available Comma.ai dataset": how the data is had, between the
# article and the name.
_AVAILABLE = regex_cache.compile(r"\b(?:[Tt]he|a)\s+(?:publicly\s+|freely\s+)?available\s+$")


def _the_described(text: str, begin: int) -> bool:
    """Whether "the" and one to three lower-case words stand before `begin`: "on the public
    Argoverse dataset", "The official Paracrawl corpus", "on the publicly available
    real-world Argoverse dataset" name the dataset as "the" alone does."""
    position = begin
    for _ in range(3):
        word_start, _ = _word_span_before(text, position)
        word = text[word_start:position].strip()
        if not (word.replace("-", "").isalpha() and word.islower()) or (
            word in _NOT_IN_DESCRIPTION
        ):
            return False  # "the majority of DCASE AAC challenge submissions"
        if _word_before(text, word_start).lower() == "the":
            return True
        position = word_start
    return False


def _subset_of(
    text: str, start: int, known: KnownTypes, seen: set[tuple[int, int]]
) -> Iterator[Unseen]:
    """The coined name of a dataset's part: "the LEDGAR subset of the LexGLUE benchmark".
    Only after "the" (not "a Zorb-style subset of"), and only a name with a coined shape
    (two capitals or a digit), standing alone."""
    begin, end = _word_span_before(text, start)
    name = text[begin:end]
    if (
        (begin, end) in known
        or (begin, end) in seen
        or not text.endswith("the ", 0, begin)
        or not _is_name(name)
        or not _is_coined(name)
        or not _standalone(text, begin, end)
    ):
        return
    seen.add((begin, end))
    yield Unseen(name, "dataset", begin, end)


def _environment_name(
    text: str, start: int, end: int, known: KnownTypes, seen: set[tuple[int, int]]
) -> Iterator[Unseen]:
    """The coined name (two capitals or a digit) before "environment(s)": "on the AI-THOR
    environment", "an example and MPE environments". Singular only after "the" ("a
    simulated GridWorld environment" is the paper's own). (A name a PDF's line end broke
    at its hyphen, "the AI2- THOR environment", reaches here whole:
    candidates.joined_at_broken_hyphens.)"""
    begin, stop = _word_span_before(text, start)
    name = text[begin:stop]
    if not name or not _is_coined(name) or not _is_name(name):
        return
    plural = text.startswith("s", end)
    if (
        (begin, stop) in known
        or (begin, stop) in seen
        or not (plural or text.endswith("the ", 0, begin))
        or not _standalone(text, begin, stop)
    ):
        return
    seen.add((begin, stop))
    yield Unseen(name, "dataset", begin, stop)


def _word_before(text: str, start: int) -> str:
    begin, end = _word_span_before(text, start)
    return text[begin:end]


def _word_span_before(text: str, start: int) -> tuple[int, int]:
    """Where the word before `start` stands, across any number of spaces."""
    end = start
    while end > 0 and text[end - 1] == " ":
        end -= 1
    return text.rfind(" ", 0, end) + 1, end


def _name_before(text: str, start: int) -> bool:
    """Whether the word before `start` can end a name ("GSM8K", "Quux-7", "(ours)").

    The head must stand after a space: in "(LLMs)" it is no head noun.
    """
    if start == 0 or text[start - 1] != " ":
        return False
    word = _word_before(text, start)
    if not word or word.islower():
        return False  # "language model", "open-source LLMs"
    return word[0].isupper() or word[0] == "(" or any(map(str.isdigit, word))


# The words _AFTER_HEAD's glue allows between a head noun's comma and its list.
_LIST_WORD_AFTER = regex_cache.compile(rf"{_LIST_WORDS}\s+")


def _name_after(text: str, end: int) -> bool:
    """Whether a name (capitalised, maybe after "the" or a bracket) can start after `end`."""
    position = end
    while position < len(text) and text[position] in " (:,\u2014\u2013":
        position += 1
    if text.startswith("from ", position):
        position += 5  # "benchmarks from ProteinGym and ClinVar"
    elif (word := _LIST_WORD_AFTER.match(text, position)) is not None:
        position = word.end()  # "datasets, namely, Newsroom and Bytecup" (_AFTER_HEAD's glue)
    if text.startswith("the ", position):
        position += 4
    return position < len(text) and text[position].isupper()


def _word_at(lowered: str, start: int, end: int) -> bool:
    """Whether the trigger is a whole word (or phrase), not part of one."""
    if start > 0 and lowered[start].isalnum() and lowered[start - 1].isalnum():
        return False  # a trigger that starts with a sign ("% on") follows a number
    return end >= len(lowered) or not lowered[end].isalnum() or lowered[end] == "s"


def _items(
    listed: str,
    offset: int,
    kind: EntityType | None,
    known: KnownTypes,
    seen: set[tuple[int, int]],
    title_length: int,
    *,
    coined: bool = False,
    text: str | None = None,
) -> Iterator[Unseen]:
    """The unknown, name-shaped items of a list, typed by `kind` or by their neighbours.

    With `text` (the whole text), an item must stand alone (`_standalone`), and a single
    item must end its name (`_ends_name`): for lists that nothing closes ("results on X").
    """
    items = [(m.group(), offset + m.start(), offset + m.end()) for m in _listed_items(listed)]
    known_kinds = {known[(s, e)] for _, s, e in items if (s, e) in known}
    if kind is None or (kind == "model" and known_kinds == {"dataset"}):
        # What the list's known names are decides when the context does not, and over a
        # model head noun: "two networks, namely CORA and CiteSeer" lists datasets.
        if known_kinds == {"dataset"}:
            kind = "dataset"
        elif known_kinds == {"model"}:
            kind = "model"
    for name, start, end in items:
        if (start, end) in known or (start, end) in seen:
            continue
        if (
            not _is_name(name)
            # "VQA 1.0 and VQA 2.0 datasets": a task's acronym with a release's number is
            # that release of the task's data set.
            and not (kind == "dataset" and _ACRONYM_RELEASE.fullmatch(name))
            and not (
                # In a Title Case title every hyphenated phrase looks like this.
                kind == "dataset"
                and len(items) > 1
                and start >= title_length
                and _listed_title_hyphen(name)
            )
            and not (kind == "dataset" and _subset_name(name))
            # "on S669, ProTherm, and ProteinGym datasets": a capital and a number, listed
            # with data sets (alone it is as often a GPU, "A100", or a label, "Q1").
            and not (kind == "dataset" and len(items) > 1 and _LETTER_NUMBER.fullmatch(name))
        ):
            continue
        name_is_coined = _is_coined(name)
        if (coined or start < title_length) and not name_is_coined:
            continue
        if (
            not name_is_coined
            and _WORD_ENDING.search(name)
            and (text is None or _next_word(text, end) not in _HEAD_WORDS)
        ):
            # "results on the Detection and Classification of ...": English words ("the
            # Insurance Dataset" is a name).
            continue
        if text is not None and not _standalone(text, start, end):
            continue
        if text is not None and len(items) == 1 and not _ends_name(text, name, end):
            continue
        if text is not None and _title_case_goes_on(text, name, end):
            continue  # "X and Moments in Time": the plain word starts a longer Title Case name
        item_kind = kind
        if item_kind is None:
            if not _DATASET_FORM.search(name):
                continue
            item_kind = "dataset"
        seen.add((start, end))
        yield Unseen(name, item_kind, start, end)


# A capitals-only acronym and a release number: "VQA 1.0", "VQA v1".
_ACRONYM_RELEASE = regex_cache.compile(r"[A-Z]{2,} (?:\d+\.\d+|v\d+(?:\.\d+)?)")
# A coined name and a lower-case part after a hyphen: "USPTO-full", "ChestX-ray",
# "VerilogEval-human". Where a dataset stands this is the dataset's part or variant, as
# policy._dataset_part reads "BC5CDR-chem" after a catalog name; _is_name refuses the shape
# elsewhere ("BERT-style", "LLaMA-based").
_SUBSET_NAME = regex_cache.compile(
    r"[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*-(?P<part>[a-z]{3,})"
)
# Lower-case parts that make no variant of data: a model's size, a split, a way of making.
_NOT_SUBSET = frozenset(
    """large base small tiny medium huge wise grained train val valid test dev eval set
    data""".split()  # noqa: SIM905 - a word list reads best as text
)


def _subset_name(name: str) -> bool:
    """Whether `name` is a coined name and a lower-case part that names a variant of data
    (see _SUBSET_NAME): not a modifier ("BERT-style"), participle or size."""
    match = _SUBSET_NAME.fullmatch(name)
    if match is None:
        return False
    part = match.group("part")
    return not (is_modifier_word(part) or part.endswith(("ed", "ing")) or part in _NOT_SUBSET)


# Title Case words joined by hyphens: "Skeleton-Kinetics", "Check-Covid".
_TITLE_HYPHEN = regex_cache.compile(r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})+")


def _listed_title_hyphen(name: str) -> bool:
    """Whether a Title Case hyphenated word in a list of two or more datasets is a name:
    "(SciFact, SciFact-Open and Check-Covid)", "the NTU RGB+D and Skeleton-Kinetics
    benchmarks". Alone such a word is a phrase ("Open-Source", "Data-Driven"), which is why
    `_is_name` refuses it; in a list under a dataset head it stands where names stand.
    None of its parts may be a generic word or a modifier ("Zorb-Based")."""
    if not _TITLE_HYPHEN.fullmatch(name):
        return False
    parts = name.split("-")
    return not any(is_never_name(p) or is_modifier_word(p) or p in _PHRASE_PARTS for p in parts)


# Parts of Title Case hyphenated phrases ("Open-Source", "Multi-Domain", "Real-World",
# "Few-Shot", "Out-Of-Distribution"), never of a name in these lists.
_PHRASE_PARTS = frozenset(
    """Open Source Closed Multi Cross Non Semi Self Pre Post Real World Large Small Long
    Short High Low Fine Zero Few Shot Domain Task Out Of Distribution Time Level Scale
    Grained Turn Hop Modal Lingual Step""".split()  # noqa: SIM905 - a word list reads best as text
)


# Lower-case words that may follow a whole name: list glue, prepositions, clause words,
# head nouns, the verbs results are reported with. Any other ("experiments on Indic
# scripts", "on LiDAR data") makes the capitalised word a modifier, not a name.
_AFTER_NAME = frozenset(
    """and or with for in on under using by to from while when where which that as than at
    across over via against of respectively dataset datasets benchmark benchmarks corpus
    corpora suite test set sets split splits challenge task tasks shared environment environments
    val valid validation minival trainval dev test-dev
    game games show shows showed demonstrate demonstrates demonstrated reveal reveals
    indicate indicates confirm confirms suggest suggests verify verifies validate validates
    prove proves illustrate illustrates highlight highlights achieve achieves achieved
    is are was were has have exhibit exhibits exhibited deliver delivers delivered perform
    performs performed outperform outperforms outperformed yield yields yielded obtain
    obtains obtained remain remains remained struggle struggles struggled fail fails failed
    suffer suffers suffered produce produces produced provide provides provided can could
    may might will would should also still often only""".split()  # noqa: SIM905
)
# Languages before a name say which of its parts is meant, and are no part of the name.
# Words that may stand between a name and the next capitalised word; "SOTA" is the
# trigger of "than the SOTA ZorbIL", not a longer name's first word.
_GLUE_WORDS = frozenset({"and", "or", "the", "&", "/", "vs", "vs.", "sota"})
_OPENING_PREPOSITIONS = frozenset({"On", "In"})
_TITLE_PREPOSITIONS = frozenset({"to", "of", "for", "in", "on", "with", "from"})
_HEAD_WORDS = frozenset(
    {"Dataset", "Datasets", "Benchmark", "Benchmarks", "Corpus", "Corpora", "Challenge", "Suite"}
)


# Lower-case words that describe no data: function words, the verbs and nouns that may
# follow a name anyway (_AFTER_NAME: "on BERT with different datasets"), and the words of
# a phrase about a dataset rather than part of its name ("the VTAB-1k fine-tuning
# benchmark", "the PANDA challenge dataset", "on VQA-v2 benchmark dataset"), or about how
# a version of it was made ("the AmaSQuAD synthetic dataset" is AmaSQuAD's machine-made part).
_NOT_DESCRIBING = _AFTER_NAME | frozenset(
    """a an the its their our this that these those new large small public different
    related other same full entire whole original standard popular used known widely
    training train test testing validation evaluation dev development pretraining
    pre-training fine-tuning finetuning tuning instruction benchmark dataset data
    challenge generic synthetic translated augmented filtered cleaned extended
    expanded""".split()  # noqa: SIM905 - a word list reads best as text
)


# Words that make the description something other than the name's kind: "X, a model
# trained on a large dataset", "SFT, the impact of different SFT datasets".
_NOT_APPOSED = frozenset(
    """a an the its their our this that these those and or with for in on under using by to
    from while when where which as than at across over via against of is are was were has
    have model models method methods framework approach system trained built collected
    derived impact use""".split()  # noqa: SIM905 - a word list reads best as text
)


def _next_word(text: str, end: int) -> str:
    """The word after `end` ("Dataset" in "Insurance Dataset), with"), without its punctuation."""
    return text[end + 1 : end + 12].split(" ", 1)[0].rstrip(".,;:)")


_POSSESSIVE = frozenset({"'s", "\u2019s"})


def _standalone(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at start:end stands alone, not inside a longer
    capitalised name: "CMU" in "the CMU Multimodal Opinion ... (CMU-MOSEI)" or
    "EmotionLines" in "Multimodal EmotionLines Dataset" do not. Brackets, commas and list
    words separate names; a head noun ("Dataset") may follow."""
    before = text[max(0, start - 40) : start].rstrip(" ")
    if before and before[-1].isalnum():
        last = before.split()[-1]
        if (
            last[0].isupper()
            and last.lower() not in _GLUE_WORDS
            and last not in LANGUAGES
            and last not in _OPENING_PREPOSITIONS
            and last[-2:] not in _POSSESSIVE
        ):
            # "the English CoNLL-2009 dataset": a language says which part; "On ZorbSet,
            # ...": a sentence's first preposition is no part of a name; nor is an owner
            # ("PhysioNet's MIT-BIH dataset").
            return False
    after = text[end : end + 40]
    if after[:2] in _POSSESSIVE and after[2:3] == " " and after[3:4].isupper():
        # "Montezuma's Revenge", "Flipkart's Voice Search": the first word of a longer
        # name, or its owner's (a curly mark too).
        return False
    if after.startswith(" "):
        following = after.split(maxsplit=1)[0] if after.strip() else ""
        word = following.rstrip(".,;:)")
        if (
            following[:1].isupper()
            and word not in _HEAD_WORDS
            and (word not in LANGUAGES or not _is_coined(text[start:end]))
        ):
            # "CoNLL 2012 English": a language after a coined name says which part; after
            # a plain word it is the word's language ("Ancient Greek", "Old English").
            return False
    return True


# A glue word and a capitalised word after a plain word: a Title Case name goes on
# ("Moments in Time", "Words in Context"); not "in Table 2" (a number after the word). A
# coined name ("ZorbSet in English") is whole in itself.
_TITLE_CASE_GOES_ON = regex_cache.compile(r" (?:in|of|on|for|to|at) [A-Z][a-z]+\b(?! \d)")


def _title_case_goes_on(text: str, name: str, end: int) -> bool:
    """Whether the plain word `name`, ending at `end`, starts a longer Title Case name."""
    return not _is_coined(name) and _TITLE_CASE_GOES_ON.match(text, end) is not None


def _ends_name(text: str, name: str, end: int) -> bool:
    """Whether a single name after "results on" ends there: not a modifier ("Indic
    scripts") and, without a digit, longer than two letters ("accuracy on SA": a task's
    acronym)."""
    if len(name) < 3 and not any(map(str.isdigit, name)):
        return False
    after = text[end : end + 30]
    if not after.startswith(" ") or not after.strip():
        return True
    if _title_case_goes_on(text, name, end):
        return False  # "Moments in Time", "Learning to Rank": a longer Title Case name
    # "on DAVIS 2017 val/test": the first of the splits
    word = after.split(maxsplit=1)[0].rstrip(".,;:)").split("/")[0]
    return not word or not word[0].islower() or word in _AFTER_NAME


_LETTER_NUMBER = regex_cache.compile(r"[A-Z]\d{3,}")


def _is_coined(name: str) -> bool:
    """Marks only a made-up name has: two capitals or a digit, or a release's "v" version
    after the word ("Midjourney V6", "Vega v1": a number alone follows any noun, "Table 3")."""
    if not name.strip():
        return False
    first = name.split()[0]
    capitals = sum(map(str.isupper, first))  # per-character loops in C: see _is_name
    return capitals >= 2 or any(map(str.isdigit, first)) or bool(_V_VERSION_AFTER.search(name))


_V_VERSION_AFTER = regex_cache.compile(r"\s[vV]\d[\w.]*$")


def _is_name(name: str) -> bool:
    """A word that can be a model's or dataset's name, not a common word, metric or org."""
    first = name.split()[0]
    if is_never_name(first):
        return False
    parts = first.split("-")
    if len(parts) > 1 and all(
        (p.isupper() and is_never_name(p)) or p.casefold() == "non" for p in parts if p
    ):
        return False  # generic acronyms joined: "ID-OOD dataset pairs", "Non-IID data"
    # The per-character tests run as map(str.isdigit, ...) and the like: the loop in C,
    # several times cheaper than a generator (every name-shaped word of a list gets here).
    if len(parts) > 1 and not any(map(str.isdigit, first)):
        # "BERT-style", "DPO-trained": a name and an ordinary word; "Fine-Tuning",
        # "Open-Source": Title Case words. Neither is a name of its own.
        if any(part.islower() for part in parts[1:]):
            return False
        if all(part[:1].isupper() and part[1:].islower() for part in parts if part):
            return False
    letters = sum(map(str.isalpha, first))
    if letters < 2:
        return False
    capitals = sum(map(str.isupper, first))
    # One capital and no digit or hyphen ("Cityscapes") is a name only in these contexts,
    # and only when it is not the start of a plain word run ("Experiments").
    return capitals >= 2 or any(map(str.isdigit, first)) or "-" in first or len(first) >= 4
