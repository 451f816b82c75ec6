"""The decision layer: which candidates become links, to which entity, with which role.

Candidates (`candidates.py`) say what *could* be named where; this layer decides:

1. overlapping candidates: the longest span wins ("Flan-T5 XL" over "T5"), then the exact
   alias over a spelling variant, then the rapidfuzz score;
2. a span still naming several entities is ambiguous and dropped: a missing link costs
   less than a wrong one;
3. links inside a repository URL or an introduced name are not mentions of their own;
4. each entity gets one role per paper, the strongest over its mentions (`roles.py`), and
   one edge carrying the evidence of the mention that decided that role.

Catalog entities arrive with their ancestors and lineage edges, so queries can roll
checkpoints up to families without reading the catalog.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cached_property
from typing import NamedTuple

from citegraph.graph import ids
from citegraph.graph.records import (
    Dataset,
    Edge,
    EdgeType,
    Evidence,
    Mention,
    Method,
    Model,
    Node,
    Paper,
    Repo,
    Role,
    SourceRef,
)

from . import regex_cache
from .candidates import (
    EDITION_AFTER,
    FOOTNOTE_MARKS,
    RELEASE_WORD_AFTER,
    RESOLUTION_GLUED,
    SIZE_AFTER,
    AliasIndex,
    Candidate,
    Scan,
    at_broken_hyphens_original,
    holds_any,
    joined_at_broken_hyphens,
    lower_same_length,
    overlaps,
    title_head,
    without_footnote_marks,
    without_markup,
)
from .catalog import Catalog
from .introduced import DATASET_HEAD, TRIGGER_WORDS, find_introductions
from .long_forms import find_long_forms
from .names import (
    LANGUAGES,
    NAMING_WORDS,
    PLAIN_WORD,
    YEAR,
    GenericAcronyms,
    has_glued_modifier,
    is_modifier_word,
    is_never_name,
    starts_sentence,
)
from .packed import PackedMap
from .repos import HOST_HINTS, HubOwners, RepoLink, find_hub_ids, find_repo_links
from .role_features import entity_features, mention_features, paper_features
from .role_model import (
    RoleModel,
    RuleConfidence,
    load_role_models,
    load_rule_confidence,
    may_say_builds_on,
)
from .roles import ABBREVIATIONS, CUE_WORDS, Sentences, list_head, rule_cues, strongest
from .unseen import (
    LIST_GLUE,
    SIZE_IN_BILLIONS,
    UNSEEN_WORDS,
    Unseen,
    dataset_lists,
    find_unseen,
)

log = logging.getLogger(__name__)

TEXT_EDGE_KEY = "text"
# A hyphen and a capital or digit right after a model's name, or a capitalised word and a
# version ("Claude Sonnet 4", "Llama Guard 3"): the name goes on.
_LONGER_NAME = regex_cache.compile(r"-[A-Z0-9]| [A-Z][a-z]+ \d")
# A hyphen and a capitalised part right after a dataset's name: another dataset the catalog
# lacks ("LAION-Aesthetics", "PubMed-Long"), unless the part is a modifier, as in title case
# ("ImageNet-Pretrained Models", "COCO-Style Annotations").
# After a capitalised part, any more hyphenated parts go on with it ("MIMIC-III-50").
_LONGER_DATASET = regex_cache.compile(r"(?:-[A-Z][A-Za-z0-9]*)+(?:-[A-Za-z0-9]+)*(?![\w\-])")
# A capitalised word right before a dataset's name, inside a sentence of the abstract: a
# longer name the catalog lacks ("Fluent Speech Commands", "Spoken SQuAD", "Rotated MNIST");
# or an acronym the catalog lacks ("MPI Sintel").
_WORD_BEFORE = regex_cache.compile(r"(?<![\w\-])([A-Z][a-z]+|[A-Z]{2,}) $")
# A Title Case word right after a dataset's acronym, ending there: "DRIVE Sim".
# (Not one more name's word starting: "WMT18 Multimodal Translation Task", "ICDAR 2015
# Competition on Scene Text Rectification" are longer names the part rules read whole.)
_WORD_AFTER = regex_cache.compile(
    r" ([A-Z][a-z]{2,})(?![\w\-])(?! [A-Z\d]| (?:on|of|for|in|and|&) [A-Z])"
)
# Two Title Case words between a catalog acronym and a lower-case dataset head noun: "on
# KITTI Scene Flow dataset" names the part, not KITTI (one word is _WORD_AFTER's).
_WORDS_BEFORE_HEAD = regex_cache.compile(
    r" ((?:[A-Z][a-z]{2,} )?[A-Z][a-z]{2,})(?= (?:dataset|benchmark|corpus|test set)s?\b)"
)
# Title Case words that follow a dataset's name without being part of it: its head noun
# (the catalog's or the unseen rules' to read) and words a sentence goes on with.
_NOT_A_NAMES_TAIL = frozenset(
    (
        "Dataset", "Datasets", "Benchmark", "Benchmarks", "Corpus", "Challenge", "Database",
        "Data", "Test", "Train", "The", "This", "These", "We", "Our", "In", "On", "For",
        "And", "With",
    )
)  # fmt: skip
# A continual-learning protocol written before a dataset's name makes another benchmark:
# "Split CIFAR-100", "split-CIFAR10", "on permuted MNIST", "Rotated MNIST" (the guideline:
# the most specific name). Lower case and apart it must follow a word after which a name
# stands ("on split MNIST"), not a subject ("we split MNIST into five tasks").
_PROTOCOL_BEFORE = regex_cache.compile(r"(?<![\w\-])([Ss]plit|[Pp]ermuted|[Rr]otated)[\s\-]$")
_BEFORE_PROTOCOL = frozenset(("on", "the", "of", "in", "and", "or", "to", "with", "(", ","))
# A numbered citation after a name: " [23]", " [1, 4]", " [2-5]". The word character before
# the space is checked by a look-behind after " [", so the regex engine skips from one
# " [" to the next (a leading look-behind is tried at every position: 38 -> 2 us a text).
_CITATION = regex_cache.compile(r" \[(?<=\w \[)\d+(?:\s*[,\u2013\-]\s*\d+)*\](?= )")


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group())


# A hyphenated compound of two capitalised words right before a model's name, inside a
# sentence of the abstract: a longer name the catalog lacks ("decoded with a Non-Attentive
# Tacotron model" names Non-Attentive Tacotron, not Tacotron).
_COMPOUND_BEFORE = regex_cache.compile(r"(?<![\w\-])([A-Z][a-z]+)-([A-Z][a-z]+) $")
# A chat or instruction-tuned variant written after a checkpoint's name ("Qwen3-4B
# Instruct", "Llama-3.1-405B-Instruct"): another model (docs/annotation-guideline.md,
# "Llama-2-7B-Chat is not Llama-2-7B").
# Matched on the text as written: a capitalised "Instruct"/"Chat", or a hyphenated one
# ("-chat" in a Hub-style name); "GPT-4 chat interface" names GPT-4 and a chat interface.
_TUNED_VARIANT = regex_cache.compile(r"(?:[\s\-](Instruct|Chat)|-(instruct|chat))\b(?![\-.]\w)")
# A version number after a release word: " 1.5" of "Gemini Flash 1.5".
_VERSION_NUMBER_AFTER = regex_cache.compile(r"[\s\-](\d+(?:\.\d+)*)(?![\w\-]|\.\d)")
_TYPE_BY_PREFIX = {"model": "model", "dataset": "dataset", "repo": "repo", "paper": "paper"}
_PATTERN_SCORE = 0.9  # introduced names are inferred from phrasing, not matched to a catalog
# A version or size as the last token of a model's name ("3.5", "7b", "4o"), and one after a
# slash that ends there ("/4", "/13b", but not "/4-turbo" or "/40k-steps").
_SIBLING_TOKEN = regex_cache.compile(r"\d+(?:\.\d+)?[A-Za-z]?")
# A release's version at the end of a checkpoint's name: "Vicuna-13B-v1.5", "X v0.2".
_VERSION_TAIL = regex_cache.compile(r"[-\s]v\d+(?:\.\d+)*$")
# A short form in brackets, and the lower-case words right before it (a space between).
_SHORT_FORM = regex_cache.compile(r"\(([A-Z][A-Za-z0-9\-]*[A-Za-z0-9])\)")
_LOWER_PHRASE_BEFORE = regex_cache.compile(
    r"(?<![\w\-])((?:[a-z][a-z\-]*[a-z] ){1,3}[a-z][a-z\-]*[a-z]) ?$"
)
# A match holds at most four spaces (three between its words, one after them), so it starts
# after the fifth space before its end: searched from there (_lower_phrase_before), the
# regex engine tries the phrase at the last few words instead of at every word of the 60
# characters (a search from a later start finds the same leftmost match: the look-behind
# still reads the character before it). Most searches find no phrase, as the last word is
# capitalised ("Large Language Models (LLMs)"): that is checked first, without the engine.
_PHRASE_SPACES = 4
# The last number of a list of a network's depths: "ResNet-20, 32, 44 and 56".
_LISTED_LAST = regex_cache.compile(
    r"\s(?:and|or|&)\s(\d+)(?![\w\-+%\u00d7]|\.\d|\s?(?:%|points?\b|times\b|x\b|percent))"
)
# A checkpoint's size word after a slash too: "RoBERTa-Base/Large" names RoBERTa-Large.
_SIZE_WORD = r"(?:[Bb]ase|BASE|[Ll]arge|LARGE|[Ss]mall|SMALL|[Tt]iny|[Mm]edium|XX?L|xx?l)"
_SIBLING_OR_SIZE = regex_cache.compile(rf"{_SIBLING_TOKEN.pattern}|{_SIZE_WORD}")
_SLASH_TOKEN = regex_cache.compile(rf"/({_SIBLING_TOKEN.pattern}|{_SIZE_WORD})(?![\w\-+]|\.\d)")
# A sibling listed after a comma or "and"/"or"/"&" instead of a slash: a dotted version or
# a size ("LLaMa 3, 3.1 and Qwen 2, 2.5", "Llama 2-7b and -13B"), or a bare number that
# ends the list ("LLaMA 1 & 2,", "Llama 2 and 3 models"), as one before a noun is as often a
# count ("GPT-4, 3 of which ..."); a quantity is no version ("GPT-3, 3.5 points lower").
_LISTED_TOKEN = regex_cache.compile(
    r"(?:,\s?|\s(?:and|or|&)\s-?)"
    r"(\d+\.\d+|\d+(?:\.\d+)?[BbMm]|\d+(?=\s?[,;)]|\s(?:models?|family|series)\b|\s(?:and|or|&)\s\d))"
    r"(?![\w\-+%\u00d7]|\.\d|\s?(?:%|points?\b|times\b|x\b|percent))"
)
# A version or edition after a dataset's name that adds another dataset by its last token:
# "/2017", " and IV", " or 2015" (see Linker._dataset_siblings). Roman numerals of two
# letters or more: "I" and "V" alone are a pronoun and a letter as often.
_ROMAN = r"(?:II|III|IV|VI|VII|VIII|IX)"
# "/-100" as in "CIFAR-10/-100": the hyphen repeated before the sibling's number.
# A version token ending a dataset's name: "V1" in "Something-Something V1".
_VERSION_WORD = regex_cache.compile(r"[vV]\d+(?:\.\d+)?")
_DATASET_SIBLING = regex_cache.compile(
    rf"(?:\s?/\s?-?|\s(?:and|or|&)\s)(\d+|{_ROMAN}|{_VERSION_WORD.pattern})(?![\w\-+]|\.\d)"
)
# A number glued to a dataset name's letters ("CIFAR10", "SST2").
_GLUED_NUMBER = regex_cache.compile(r"(?<=[A-Za-z])\d+$")
# A Title Case word right before a span, and its space: the span continues a run of them
# (a dataset's Title Case name), or a model's name is part of a longer one ("Open Sora",
# "Multitrack Music Transformer"). One pattern for both readings.
_TITLE_CASE_WORD_BEFORE = regex_cache.compile(r"(?<![\w\-])([A-Z][a-z]+) $")
_TITLE_CASE_WORD_AFTER = regex_cache.compile(r" ([A-Z][a-z]+)(?![\w\-])")
# A convention named after a data set, written with a space ("COCO-style" never matches
# the name: candidates._VERSION_AFTER): "MS COCO style overall AP".
_STYLE_AFTER = regex_cache.compile(r" style\b")
# What follows a cited author's surname: "Thakur et al.", "Reimers and Gurevych (2019)".
_CITED_AUTHOR = regex_cache.compile(r",? (?:et al\b|and [A-Z][a-z]+,? \(?(?:19|20)\d\d)")


def _title_case_word_before(text: str, low: int, high: int) -> re.Match[str] | None:
    """`_TITLE_CASE_WORD_BEFORE.search(text, low, high)`: matched where its one match can
    start, the capital before the lower-case run that ends at the space before `high` (or
    before a line break there, where "$" matches too). Opening on a look-behind, the
    pattern was tried at every position of the window."""
    space = high - 1
    if space > low and text[space] == "\n":
        space -= 1
    if space <= low or text[space] != " ":
        return None
    start = space
    while start > low and "a" <= text[start - 1] <= "z":
        start -= 1
    if start == space or start <= low:
        return None
    return _TITLE_CASE_WORD_BEFORE.match(text, start - 1, high)
# Capitalised head nouns a name may stand before ("Open Images Dataset").
_HEADS_AFTER_A_NAME = frozenset(
    {"Dataset", "Datasets", "Benchmark", "Corpus", "Challenge", "Model", "Models", "Network"}
)
# A name that is one capitalised word, the rest lower case ("Lipophilicity").
_WORD_SHAPED = regex_cache.compile(r"[A-Z][a-z]+")
_UNSEEN_SCORE = 0.7  # names typed only by the phrase around them
# Words and phrases before a repository link that say the paper releases it ("our code is
# available at", "we release ... at", "Code: ..."). Whole words only: "our" must not be found
# in "four", "source", "resources" or "your", and "we" alone is no release ("We compare
# against four baselines from github.com/other/tool" links a third party's code).
_RELEASE_CUES = regex_cache.compile(
    r"\b(?:our|code|codes|available|availability|accessible|releas(?:e|ed|es|ing)"
    r"|open[- ]?sourc(?:e|ed|ing)|github|repository|implementations?|weights|checkpoints?"
    r"|project\s+page|homepage|can\s+be\s+(?:found|accessed|downloaded)"
    r"|we\s+(?:\w+\s+){0,2}?(?:release|provide|share|publish|make|maintain|establish)\w*)\b"
)


# Words before a repository link that make it someone else's: "baselines from
# github.com/other/tool", "based on the implementation at ...". Without them (and without
# a release cue) a link is still the paper's own: every repository labelled on the read
# sets (243 of them) is the paper's, also after "The project link is", "Data and demo
# video:", "One can visit ... for a comprehensive paper list" or a footnote's mark.
_THIRD_PARTY_CUES = regex_cache.compile(
    r"\b(?:from|based\s+on|built\s+(?:on|upon)|us(?:e|es|ed|ing)|adopt\w*|borrow\w*"
    r"|provided\s+by|compar\w*|baselines?|third[- ]party|existing|off-the-shelf"
    r"|implementation\s+of|follow\w*|pre-?trained|by\s+[A-Z]?[a-z]+\s+et\s+al|e\.g|such\s+as"
    r"|exist\w*|your|source\s+of)\b"
)


# Mention(**fields), minus BaseModel.__init__'s own Python (keyword packing and checks),
# which cost as much again as the validation itself; the record is validated all the same.
# `extract` makes a few of these per paper.
_validate_mention = Mention.__pydantic_validator__.validate_python


def linked_text(paper: Paper) -> str:
    """The text mention spans index into: title, blank line, abstract."""
    return f"{paper.title}\n\n{paper.abstract}" if paper.abstract else paper.title


class _Found(NamedTuple):
    """One thing found in the text (a named tuple: several are made per paper)."""

    entity_id: str
    entity_type: str
    name: str
    surface: str
    start: int
    end: int
    score: float
    method: Method
    role: Role
    url: str | None = None  # repositories only
    features: tuple[str, ...] = ()  # what the role classifier reads (models and datasets)
    confidence: float | None = None  # the decided role's probability
    parent: str | None = None  # a sized checkpoint the catalog lacks: its family's id
    size: str | None = None


def _mention_role(
    sentences: Sentences, start: int, end: int, entity_type: str, title_length: int
) -> tuple[Role, tuple[str, ...]]:
    """The rules' role of one model or dataset mention and what its classifier reads: a
    model's features are the role classifier's, a dataset's the cues that fired."""
    if entity_type == "model":
        return mention_features(sentences, start, end, entity_type, title_length)
    return rule_cues(sentences, start, end, entity_type)


def _new_entity_id(entity_type: str, name: str) -> str:
    """The id of a model or dataset the catalog lacks, made from the name the text gives.
    A data set's name keeps its head noun "dataset" ("the UCF Crime Dataset"), its id does
    not: one paper's "UCF Crime Dataset" and another's "UCF Crime" are one node. (A
    database, corpus or benchmark is named with its word: "the MIT-BIH Arrhythmia
    Database".)"""
    if entity_type == "model":
        return ids.model_id(name=name)
    bare = _DATASET_HEAD_WORD.sub("", name)
    return ids.dataset_id(name=bare or name)


_DATASET_HEAD_WORD = regex_cache.compile(r"\s+(?:[Dd]ataset|[Dd]ata [Ss]et)$")


def _pattern_found(
    entity_id: str, entity_type: str, name: str, surface: str, start: int, end: int,
    sentences: Sentences, title_length: int, score: float = _PATTERN_SCORE,
    parent: str | None = None,
) -> _Found:  # fmt: skip
    """A model or dataset found by a pattern rather than an alias (a depth, a spelled-out
    acronym, a sibling version): the pattern's score, and the role its context gives it."""
    role, features = _mention_role(sentences, start, end, entity_type, title_length)
    return _Found(entity_id, entity_type, name, surface, start, end, score, Method.PATTERN,
                  role, None, features, None, parent)  # fmt: skip


# "our VerSemi model", "Our proposed ZorbNet", "our method, which we refer to as STACP": the
# paper's own name.
_OUR = regex_cache.compile(
    r"(?:\b[Oo]ur\s+(?:(?:proposed|new|novel)\s+)?"
    r"|\bwe\s+(?:call|name|dub|term|refer\s+to)\w*\s+(?:it\s+|this\s+\w+\s+)?(?:as\s+)?)$"
)


# "on our EPIC-HandKps dataset", "the proposed large DBpedia1M dataset", "we present the
# APRICOT-Mask dataset", "we first curated the AdvancedEdit dataset", "a new dataset
# called Nlakh": a data set the catalog lacks that the paper presents as its own. Not "the
# new X dataset": that may be someone else's recent one ("link prediction on the new
# WikiLinkGraphs dataset").
_OUR_DATA = regex_cache.compile(
    r"(?:\b[Oo]ur\s+(?:(?:proposed|new|novel)\s+)?"
    r"|\b[Tt]he\s+(?:proposed|newly\s+[a-z]+ed)\s+(?:[a-z][a-z\-]*\s+)?"
    r"|\b[Ww]e\s+(?:also\s+|first\s+|further\s+)?(?:present|release|curate|construct|build"
    r"|collect|create|introduce|propose|contribute)\w*\s+the\s+(?:[a-z][a-z\-]*\s+)?"
    # "we also propose a new dataset called Nlakh"
    r"|\b(?:a|an)\s+(?:new|novel)\s+(?:[a-z][a-z\-]*\s+)?(?:dataset|benchmark|corpus|database)"
    rf",?\s+(?:{'|'.join(word.strip() for word in NAMING_WORDS)})\s+)$"
)


def _said_own(
    text: str, name: str, own: re.Pattern[str], reach: int, *, whole: bool = False
) -> bool:
    """Whether `own` matches right before `name` somewhere in the text, within `reach`
    characters; with `whole`, only where that is the whole name, not the start of a longer
    one ("the APRICOT-Mask dataset, which augments the APRICOT dataset")."""
    start = text.find(name)
    while start != -1:
        after = text[start + len(name) : start + len(name) + 1]
        if not (whole and (after.isalnum() or after == "-")) and own.search(
            text, max(0, start - reach), start
        ):
            return True
        start = text.find(name, start + len(name))
    return False


def _ours_data(text: str, name: str) -> bool:
    """Whether the text presents the data set `name` as its own somewhere (_OUR_DATA)."""
    return _said_own(text, name, _OUR_DATA, 60, whole=True)


def _ours(text: str, name: str) -> bool:
    """Whether the text writes "our" or "we call" right before `name` somewhere."""
    return _said_own(text, name, _OUR, 40)


def _sized_title_head(title: str, name: str) -> bool:
    """Whether `name` is a sized checkpoint of the title's head ("JMLR-13B" under "JMLR:
    Joint Medical LLM and Retrieval Training"): the paper's own model, at one size (the
    count as unseen.SIZE_IN_BILLIONS reads it)."""
    head = title_head(title)
    return bool(head) and (
        name[: len(head)].casefold() == head.casefold()
        and SIZE_IN_BILLIONS.fullmatch(name, len(head)) is not None
    )


def _as_written(item: _Found, written: str, removed: list[int]) -> _Found:
    """`item` with its span and surface in the text as written, before a word broken at
    its hyphen was joined (candidates.joined_at_broken_hyphens)."""
    start, end = at_broken_hyphens_original(removed, item.start, item.end)
    if (start, end) == (item.start, item.end):
        return item
    return item._replace(start=start, end=end, surface=written[start:end])


def _unseen_found(
    entity_id: str, entity_type: str, name: str, surface: str, start: int, end: int,
    sentences: Sentences, title_length: int,
) -> _Found:  # fmt: skip
    """A model or dataset the catalog lacks, found from the phrase around it (an unseen
    name, an acronym defined without an introduction): the lower unseen score."""
    return _pattern_found(entity_id, entity_type, name, surface, start, end, sentences,
                          title_length, _UNSEEN_SCORE)  # fmt: skip


# A plus is part of a name: "RefCOCO+", "StackGAN++".
_SEPARATORS = regex_cache.compile(r"[^\w+]+|_")


# A model's name ending in a "v" version ("Octopus v4"), and the versions listed after
# another one ("Octopus v1, v2, and v3").
_V_VERSIONED = regex_cache.compile(r"(?P<base>\S.*?)(?P<glue>[\s-])v\d+(?:\.\d+)*")
_LISTED_V = regex_cache.compile(r"(?:,\s?(?:and\s+|or\s+)?|\s(?:and|or|&)\s)v(\d+(?:\.\d+)*)\b")


def _other_versions(
    text: str,
    found: list[_Found],
    taken: list[tuple[int, int]],
    known: Mapping[tuple[int, int], str],
) -> Iterator[tuple[int, int, str]]:
    """Other "v" versions of a model the text names: "Octopus v4, an evolution of the
    Octopus v1, v2, and v3 models" names Octopus v1, v2 and v3 too. A version is a name's
    own only with the name's base right before it, or listed right after such a version.
    Yields (start, end, name) once per span."""
    bases = {
        match.group("base"): match.group("glue")
        for item in found
        if item.entity_type == "model" and (match := _V_VERSIONED.fullmatch(item.surface))
    }
    spans = [(item.start, item.end) for item in found]
    for base, glue in bases.items():
        pattern = regex_cache.compile(rf"(?<![\w\-]){re.escape(base + glue)}v\d+(?:\.\d+)*\b")
        for match in pattern.finditer(text):
            runs = [(match.start(), match.end(), match.group())]
            position = match.end()
            while listed := _LISTED_V.match(text, position):
                runs.append((listed.start(1) - 1, listed.end(), f"{base}{glue}v{listed.group(1)}"))
                position = listed.end()
            for start, stop, name in runs:
                if (
                    overlaps(start, stop, spans)
                    or overlaps(start, stop, taken)
                    or (overlaps(start, stop, known))
                ):
                    continue
                spans.append((start, stop))
                yield start, stop, name


# The last word of a long form that makes its acronym a measure, not a model or data set:
# "Mean Absolute Error (MAE)", "Structural Similarity (SSIM)", "Equal Error Rate (EER)".
_MEASURE_HEADS = frozenset(
    """error errors score scores rate rates ratio accuracy loss distance distances
    coefficient metric divergence deviation similarity precision recall""".split()  # noqa: SIM905
)


# The last word of a spelled-out acronym that makes it something other than a model, or
# other than a data set (Linker._defined_otherwise).
_NOT_MODEL_HEADS = frozenset(
    """problem problems task tasks challenge game games benchmark dataset corpus
    algorithm algorithms method methods""".split()  # noqa: SIM905
)
_NOT_DATA_HEADS = frozenset(
    """model models network networks architecture encoder decoder transformer method methods
    algorithm algorithms framework approach module mechanism layer block operator pooling
    map maps""".split()  # noqa: SIM905
)


def _inside_a_longer_alias(start: int, end: int, candidates: list[Candidate]) -> bool:
    """Whether the span lies inside a longer span a catalog alias matched: exact alias
    matches come first, so a pattern never makes names of a catalog name's words."""
    return any(
        c.start <= start and end <= c.end and c.end - c.start > end - start for c in candidates
    )


def _inside_introduced(text: str, candidate: Candidate, introduced: set[str]) -> bool:
    """Whether the candidate is part of a longer name the paper introduces, written here
    again ("SSD300" of "SSD300-fork")."""
    surface, start = candidate.surface, candidate.start
    for name in introduced:
        offset = name.find(surface)
        if offset < 0 or len(name) == len(surface) or offset > start:
            continue
        if text.startswith(name, start - offset):
            return True
    return False


def _spelling_key(name: str) -> str:
    """A name without case and separators: "THUMOS-14", "THUMOS 14" and "thumos14" agree,
    "THUMOS14" and "THUMOS15" do not, nor do "RefCOCO" and "RefCOCO+"."""
    return _SEPARATORS.sub("", name.casefold())


def _parts_key(name: str) -> tuple[str, ...] | None:
    """A model name's parts in sorted order, when it has three or more: "Llama-3.1-Instruct-
    405B" and "Llama-3.1-405B-Instruct" are one checkpoint written in two orders (the same
    parts, sizes and versions included, so "Llama-3.1-8B-Instruct" stays apart)."""
    parts = [part for part in _PARTS.split(name.casefold()) if part]
    return tuple(sorted(parts)) if len(parts) >= 3 else None


_PARTS = regex_cache.compile(r"[\s\-_/]+")


# "By fine-tuning these models", "to compress these models", "we fine-tune the models":
# the weights of models named before are changed, as a group the text points back to.
_CHANGE_VERB_AND_GROUP = (
    r"(?:fine-?tun|finetun|quantiz|prun|distil|compress)[a-z]*\s+"
    r"(?:these|those|the|all(?:\s+(?:of\s+)?the)?|both|such)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:models|llms|networks|backbones)\b"
)
_CHANGES_THESE = regex_cache.compile(
    r"(?:\bwe\s+(?:[a-z]+\s+)?|\bby\s+|\bto\s+(?:[a-z]+\s+)?)" + _CHANGE_VERB_AND_GROUP
)
_ANAPHORIC_CUE = "builds_before:these_models"
# Every match of _CHANGES_THESE holds a match of _CHANGES_A_GROUP, which starts with one of
# these verb stems: most abstracts hold no stem, and nearly all the rest no such phrase at
# a stem, so they skip the whole pattern, whose first words ("we", "by", "to") the regex
# engine tries at every "w", "b" and "t" (28 -> 8 us a paper on the bench corpus).
_CHANGES_THESE_VERBS = ("fine-tun", "finetun", "quantiz", "prun", "distil", "compress")
_CHANGES_A_GROUP = regex_cache.compile(_CHANGE_VERB_AND_GROUP)


def _may_change_a_group(lowered: str, stems: Iterable[tuple[int, int]]) -> bool:
    """Whether _CHANGES_A_GROUP matches at some verb stem of the text (`stems`: where the
    linker's scan found them, the "change_verb" words; six str.find loops over every text
    cost 5 us a paper): where it matches nowhere, _CHANGES_THESE cannot either."""
    return any(_CHANGES_A_GROUP.match(lowered, start) for start, _ in stems)


def _changed_as_a_group(
    lowered: str, found: list[_Found], stems: Iterable[tuple[int, int]]
) -> list[_Found]:
    """The mentions, with the models named before "we fine-tune these models" (or prune,
    quantize, distil, compress them) given that builds_on cue: "... foundation models,
    DINOv2, MAE, VMamba, CoCa, SAM2, and AIMv2, ... By fine-tuning these models and
    evaluating their configurations, we ...". The guideline's "made from its weights",
    said of the group rather than of each name. Only models whose own words say nothing
    (mentions), two or more of them, before the phrase; never one compared with or
    introduced. Most abstracts hold no verb stem, and the rest no such phrase at one."""
    if not _may_change_a_group(lowered, stems):
        return found
    match = _CHANGES_THESE.search(lowered)
    if match is None:
        return found
    before = [
        index
        for index, item in enumerate(found)
        if item.entity_type == "model" and item.end <= match.start()
    ]
    referents = [index for index in before if found[index].role == Role.MENTIONS]
    if len(referents) < 2:
        return found
    changed = list(found)
    for index in referents:
        item = changed[index]
        changed[index] = item._replace(
            role=Role.BUILDS_ON, features=(*item.features, _ANAPHORIC_CUE)
        )
    return changed


def _reordered_as_one(found: list[_Found]) -> list[_Found]:
    """The mentions, with a model name found by a pattern whose parts another model name of
    the text has in another order ("Llama-3.1-Instruct-405B" beside the catalog's
    "Llama-3.1-405B-Instruct") given that entity: one checkpoint, not two. The better-scored
    spelling keeps its entity; most texts have no two such names, and pay one pass."""
    keyed = [
        (key, item)
        for item in found
        if item.entity_type == "model" and (key := _parts_key(item.surface)) is not None
    ]
    if len(keyed) < 2:
        return found
    best: dict[tuple[str, ...], _Found] = {}
    for key, item in keyed:
        if key not in best or item.score > best[key].score:
            best[key] = item
    renamed = {
        id(item): best[key]
        for key, item in keyed
        if item.method == Method.PATTERN
        and best[key].entity_id != item.entity_id
        and best[key].score > item.score
    }
    if not renamed:
        return found
    return [
        item._replace(entity_id=renamed[id(item)].entity_id, name=renamed[id(item)].name)
        if id(item) in renamed
        else item
        for item in found
    ]


def _same_name(found: list[_Found], entity_type: str, name: str) -> tuple[str, str] | None:
    """The id and name of an entity already found in this text under another spelling of
    `name`, if any: the same letters apart from case and separators, or, for a model, the
    same parts in another order."""
    key = _spelling_key(name)
    for item in found:
        if item.entity_type == entity_type and _spelling_key(item.surface) == key:
            return item.entity_id, item.name
    parts = _parts_key(name) if entity_type == "model" else None
    if parts is not None:
        for item in found:
            if item.entity_type == "model" and _parts_key(item.surface) == parts:
                return item.entity_id, item.name
    return None


def _abbreviated(
    text: str, found: list[_Found], entity_type: str, name: str
) -> tuple[str, str] | None:
    """The id and name of an entity found in this text whose name the text follows with
    `name` in brackets, if any: in "the MITBIH Atrial Fibrillation Database (MITBIH AFDB)"
    a later "MITBIH AFDB database" is that database again, not a second one."""
    bracketed = f"({name})"
    for item in found:
        if item.entity_type == entity_type and text.startswith(
            bracketed, item.end + (text[item.end : item.end + 1] == " ")
        ):
            return item.entity_id, item.name
    return None


def _first_words_named_again(found: list[_Found], entries: Mapping[str, object]) -> list[_Found]:
    """`found` with each data set the catalog lacks that is named by one word, the first
    of another such data set's name of two or three words in this text, made that one:
    "THUMOS-14, ActivityNet-1.3, and HACS Segments" and then "HACS datasets" name HACS
    Segments twice, not a second data set "HACS"."""
    longer = {
        item.name.split(" ", 1)[0]: item
        for item in found
        if item.entity_type == "dataset"
        and item.entity_id not in entries
        and 1 <= item.name.count(" ") <= 2
    }
    if not longer:
        return found
    renamed = []
    for item in found:
        named = longer.get(item.name) if item.entity_type == "dataset" else None
        if named is not None and item.entity_id not in entries and " " not in item.name:
            item = item._replace(entity_id=named.entity_id, name=named.name)
        renamed.append(item)
    return renamed


class LinkResult:
    """What linking one paper produced: mentions, and the nodes and edges to store.

    The records are made on first use from the linker's decisions (one per entity): extract
    needs only the mentions and build only the nodes and edges, so each pays for its own.
    """

    def __init__(
        self,
        paper: Paper,
        decided: list[_Found],
        linker: Linker | None,
        source: SourceRef | None,
    ) -> None:
        self.paper = paper
        self._decided = decided  # the mention that decided each entity's role, by position
        self._linker = linker
        self._source = source

    @classmethod
    def from_records(
        cls, paper: Paper, mentions: list[Mention], nodes: list[Node], edges: list[Edge]
    ) -> LinkResult:
        """A result whose records were made elsewhere (e.g. by a worker process)."""
        result = cls(paper, [], None, None)
        result.__dict__.update(mentions=mentions, nodes=nodes, edges=edges)  # cached values
        return result

    def _confidence(self, item: _Found) -> float | None:
        """The classifier's probability of the role, else the measured confidence of a role
        the rules decided (linker.rule_confidence)."""
        if item.confidence is not None or self._linker is None:
            return item.confidence
        return self._linker.rule_confidence.get(item.entity_type, {}).get(item.role.value)

    @cached_property
    def mentions(self) -> list[Mention]:
        """One mention per entity: the one that decided its role."""
        confidence = self._confidence
        return [
            _validate_mention(
                {
                    "entity_id": item.entity_id,
                    "entity_type": item.entity_type,
                    "name": item.name,
                    "surface": item.surface,
                    "span": (item.start, item.end),
                    "score": item.score,
                    "method": item.method,
                    "role": item.role,
                    "confidence": confidence(item),
                }
            )
            for item in self._decided
        ]

    @cached_property
    def nodes(self) -> list[Node]:
        """Every entity's node, with its catalog ancestors so lineage edges have endpoints."""
        nodes: dict[str, Node] = {}
        linker = self._linker
        assert linker is not None, "a result made from records has its nodes"
        for item in self._decided:
            for node in linker._entity_nodes(item, self._source):
                nodes.setdefault(node.id, node)
        return list(nodes.values())

    @cached_property
    def edges(self) -> list[Edge]:
        """The paper's MENTIONS/HAS_CODE edge to each entity, and the entities' lineage."""
        edges: dict[tuple[str, str, str], Edge] = {}
        paper_id = self.paper.id
        linker = self._linker
        assert linker is not None, "a result made from records has its edges"
        for item in self._decided:
            if item.parent is not None:
                edge = Edge(source=item.entity_id, target=item.parent, type=EdgeType.VARIANT_OF)
                edges.setdefault((edge.source, edge.target, edge.type), edge)
            for edge in linker._lineage_edges(item.parent or item.entity_id):
                edges.setdefault((edge.source, edge.target, edge.type), edge)
            is_repo = item.entity_type == "repo"
            edge = Edge(
                source=paper_id,
                target=item.entity_id,
                type=EdgeType.HAS_CODE if is_repo else EdgeType.MENTIONS,
                key=TEXT_EDGE_KEY,
                role=item.role,
                confidence=self._confidence(item),
                official=(item.role == Role.INTRODUCES) if is_repo else None,
                relation=None,
                evidence=Evidence(
                    surface=item.surface,
                    span=(item.start, item.end),
                    score=item.score,
                    method=item.method,
                    source=self._source,
                    declared_by=None,
                ),
            )
            edges[(edge.source, edge.target, edge.type)] = edge
        return list(edges.values())


class Linker:
    """Links papers to catalog entities, introduced entities and repositories."""

    def __init__(
        self,
        catalog: Catalog,
        role_models: Mapping[str, RoleModel] | None = None,
        rule_confidence: RuleConfidence | None = None,
    ) -> None:
        """Index the catalog (pure computation; the catalog was loaded by the caller).

        `role_models` decides roles by entity type; None means the shipped classifiers, an
        empty mapping the cue rules alone (what the classifier is trained against).
        `rule_confidence` gives the roles the rules decide their confidence; None means the
        shipped figures with the shipped classifiers, and none with the rules alone.
        """
        self.catalog = catalog
        self.role_models: Mapping[str, RoleModel] = (
            load_role_models() if role_models is None else dict(role_models)
        )
        if rule_confidence is None:
            rule_confidence = load_rule_confidence() if role_models is None else {}
        self.rule_confidence = {kind: dict(roles) for kind, roles in rule_confidence.items()}
        self.hub_owners = HubOwners.of(
            [(entry.type, entry.hf_id) for entry in catalog.entries.values() if entry.hf_id]
        )
        self._depths = DepthVariants.of(catalog)
        self._versions = VersionVariants.of(catalog)
        # Data sources (kind "source": Wikipedia) are a dataset only where the text names
        # them as data: "knowledge from Wikipedia", "6 million Wikipedia articles" name none.
        self._data_sources = frozenset(
            entity_id
            for entity_id, entry in catalog.entries.items()
            if entry.type == "dataset" and entry.kind == "source"
        )
        # Every model name and alias of two or more words, case-folded: the gate before
        # `_lower_case_model`'s look-ups for a lower-case phrase (nearly all miss).
        self._model_phrases = frozenset(
            alias.casefold()
            for entry in catalog.entries.values()
            if entry.type == "model"
            for alias in (entry.name, *entry.aliases, *entry.cased_aliases)
            if " " in alias
        )
        self.index = AliasIndex(
            catalog.aliases(),
            {**TRIGGER_WORDS, **CUE_WORDS, **UNSEEN_WORDS, "host": HOST_HINTS, "url": URL_MARKS,
             "hub_owner": self.hub_owners.keywords(), "depth": self._depths.keywords(),
             "version_family": self._versions.keywords(), "footnote_mark": FOOTNOTE_MARKS,
             "change_verb": _CHANGES_THESE_VERBS},
        )  # fmt: skip
        nodes: dict[str, Node] = {}
        lineage: dict[str, list[Edge]] = {}
        for record in catalog.to_records():
            if isinstance(record, Edge):
                lineage.setdefault(record.source, []).append(record)
            else:
                nodes[record.id] = record
        self._nodes: Mapping[str, Node] = nodes
        self._lineage: Mapping[str, list[Edge]] = lineage
        self._names = {
            node_id: node.name for node_id, node in self._nodes.items() if hasattr(node, "name")
        }

    def with_roles(
        self, role_models: Mapping[str, RoleModel], rule_confidence: RuleConfidence
    ) -> Linker:
        """This linker deciding roles with other classifiers and rule confidences: what
        `Linker(self.catalog, role_models, rule_confidence)` makes, without indexing the
        catalog again (everything else a linker holds comes from the catalog alone). The
        role scripts and tests compare role decisions on one catalog this way."""
        other = copy.copy(self)
        other.role_models = dict(role_models)
        other.rule_confidence = {kind: dict(roles) for kind, roles in rule_confidence.items()}
        return other

    def __getstate__(self) -> dict[str, object]:
        """Pickled (to the compiled-catalog cache, to worker processes) with the catalog's
        nodes and lineage edges packed: each is unpickled when a paper first names it."""
        state = self.__dict__.copy()
        state["_nodes"] = PackedMap.pack(self._nodes)
        state["_lineage"] = PackedMap.pack(self._lineage)
        return state

    def link(self, paper: Paper) -> LinkResult:
        """Mentions, nodes and edges for one paper."""
        return self._linked(paper, self._found(paper))

    def _linked(self, paper: Paper, found: list[_Found]) -> LinkResult:
        """The paper's link result from what `_found` read in it."""
        return self._result(paper, found, paper.sources[0] if paper.sources else None)

    def _found(self, paper: Paper) -> list[_Found]:
        """Everything the text names, one item per mention, with the rules' roles."""
        unjoined = without_markup(linked_text(paper))
        # "MobileNet- v2": read whole (the abstract's spans are mapped back at the end).
        text, removed = joined_at_broken_hyphens(unjoined, len(paper.title))
        lowered = lower_same_length(text)
        title_length = len(paper.title)
        found: list[_Found] = []
        taken: list[tuple[int, int]] = []  # spans no later rule may name again
        known: dict[tuple[int, int], str] = {}  # catalog links by span, for unseen names

        def add_unseen(
            entity_type: str, name: str, start: int, end: int, *, take: bool, know: bool
        ) -> None:
            """A name the catalog lacks, as written, found by the phrase around it (the
            lower unseen score); its span `taken` from later rules and/or `known` to the
            unseen-name patterns. A name run together with a modifier ("LSTMbased") is none."""
            if has_glued_modifier(name):
                return
            found.append(_unseen_found(
                _new_entity_id(entity_type, name), entity_type, name, name, start, end,
                sentences, title_length,
            ))  # fmt: skip
            if take:
                taken.append((start, end))
            if know:
                known[start, end] = entity_type

        scan = self.index.scan(text, lowered)
        marks = scan.words.get("footnote_mark")
        if marks:
            # "corpus Opencpop111https://...": a footnote mark glued between a name and the
            # footnote (candidates.without_footnote_marks); read again without it (rare).
            unmarked = without_footnote_marks(text, marks)
            if unmarked is not text:
                text, lowered = unmarked, lower_same_length(unmarked)
                scan = self.index.scan(text, lowered)
        sentences = Sentences(text, scan.words, lowered)
        repo_links = find_repo_links(text, scan.words.get("host", []))
        # Nothing inside a link is a mention ("turkunlp.org/gpt3-finnish" names no GPT-3).
        taken += [(link.start, link.end) for link in repo_links] + url_spans(
            text, scan.words.get("url", [])
        )
        for link in repo_links:
            found.append(self._repo_found(link, text, sentences))
        for hub_id, start, end in find_hub_ids(
            text, scan.words.get("hub_owner", []), self.hub_owners
        ):
            if not overlaps(start, end, taken):
                found.append(self._hub_id_found(hub_id, text, start, end, sentences, title_length))
                taken.append((start, end))

        triggers = [
            (start, end, kind) for kind in TRIGGER_WORDS for start, end in scan.words.get(kind, ())
        ]
        triggers.sort()
        # Acronyms this paper spells out in lower case name a task or a kind of thing here
        # ("temporal action localization (TAL)"): never an entity, whatever matches them.
        generic = GenericAcronyms(text)
        introduced: set[str] = set()
        intros = list(find_introductions(text, title_length, lowered, triggers))
        # Names the paper introduces as its method (and nowhere as a model or dataset):
        # in this paper they name no catalog entity ("a defense method termed ... (LED)").
        methods = {i.name for i in intros if i.entity_type == "method"}
        if methods:
            methods -= {i.name for i in intros if i.entity_type != "method"}
        for intro in intros:
            if intro.entity_type == "method":
                continue
            if overlaps(intro.start, intro.end, taken) or (
                intro.name in generic
                and not intro.spelled_out
                # "GenRec: Large Language Model for ..." + "a novel LLM for generative
                # recommendation (GenRec)": a mixed-case name the title calls a model is one.
                and not (intro.end <= title_length and not intro.name.isupper())
            ):
                # A lower-case long form names a class or a task ("temporal action
                # localization (TAL)"), unless the paper introduces it as its model.
                continue
            named = self.catalog.lookup(intro.name)
            if not intro.introduces:
                if not named:  # a catalog name is the catalog path's to link
                    add_unseen(intro.entity_type, intro.name, intro.start, intro.end,
                               take=True, know=False)  # fmt: skip
                continue
            same_type = [i for i in named if self._type_of(i) == intro.entity_type]
            if named and (not same_type or not intro.may_be_known):
                continue  # "Llama-2" is a model whatever the sentence calls it
            entity_id = (
                same_type[0]
                if len(same_type) == 1
                else _new_entity_id(intro.entity_type, intro.name)
            )
            method = Method.EXACT if len(same_type) == 1 else Method.PATTERN
            score = 1.0 if len(same_type) == 1 else _PATTERN_SCORE
            name = self._name_of(entity_id, intro.name)
            found.append(
                _Found(entity_id, intro.entity_type, name, intro.name, intro.start, intro.end,
                       score, method, Role.INTRODUCES)
            )  # fmt: skip
            taken.append((intro.start, intro.end))
            introduced.add(intro.name)

        data_lists: list[tuple[int, int]] | None = None  # made when a model is matched
        for candidate in _leftmost_longest(scan.candidates):
            if overlaps(candidate.start, candidate.end, taken) or candidate.surface in generic:
                continue
            if candidate.surface in methods or candidate.surface + "s" in methods:
                continue  # "Zorb Networks (ZNs), a paradigm ...": "ZN" is the method too
            if (
                candidate.end <= title_length
                or (
                    " " not in candidate.surface
                    and candidate.start > title_length
                    and starts_sentence(text, candidate.start)
                )
            ) and _title_cased_word(text, candidate, title_length):
                # "... via Molecular Conformer Information" over "molecular conformer
                # information": the title's capital is title case, the abstract's word;
                # so is a sentence's first word ("Humanoid robots ...") the abstract writes
                # in lower case elsewhere ("on real humanoids").
                continue
            if _word_before_is_language(text, candidate.start) and all(
                self._type_of(hit.entity_id) == "model" for hit in candidate.hits
            ):
                # "Arabic Stable LM", "Chinese LLaMA": a language before a model's name
                # makes a longer name, another model (the guideline's "Chinese-LLaMA").
                continue
            if (
                (after := _TRANSDUCER_AFTER.match(text, candidate.end)) is not None
                and all(self._type_of(hit.entity_id) == "model" for hit in candidate.hits)
            ):
                # "experiments based on Conformer Transducer with ...": the encoder's name
                # and "Transducer" name the transducer model, another model than the encoder.
                add_unseen("model", text[candidate.start : after.end()], candidate.start,
                           after.end(), take=True, know=True)  # fmt: skip
                continue
            if candidate.surface in introduced:
                # "MobileNets: Efficient ..." introduces MobileNets; where the abstract says
                # it again, the catalog's MobileNet (its plural matched) is not another link.
                continue
            if introduced and _inside_introduced(text, candidate, introduced):
                # "we proposed a new detector, SSD300-fork. We compared SSD300-fork with
                # ...": the paper's own name said again holds no link to SSD300.
                continue
            decided = self._decide(candidate)
            if decided is None:
                unversioned = self._unversioned(candidate)
                if unversioned is not None and not overlaps(candidate.start, candidate.end, taken):
                    # "Vicuna-13B" where the catalog has v1.3 and v1.5: the checkpoint as
                    # written, no version, a variant of their family.
                    name, parent = unversioned
                    found.append(_pattern_found(
                        ids.model_id(name=name), "model", name, candidate.surface,
                        candidate.start, candidate.end, sentences, title_length, parent=parent,
                    ))  # fmt: skip
                    known[candidate.start, candidate.end] = "model"
                continue
            entity_id, score, method = decided
            if (
                method is Method.FUZZY
                and " " in candidate.surface
                and (
                    (
                        (
                            before := _title_case_word_before(
                                text, max(0, candidate.start - 24), candidate.start
                            )
                        )
                        and not is_never_name(before.group(1))
                    )
                    or (
                        # "Deep State Space Models": the run goes on after it too.
                        (after := _TITLE_CASE_WORD_AFTER.match(text, candidate.end))
                        and after.group(1) not in _HEADS_AFTER_A_NAME
                    )
                )
                and all(" " not in hit.alias for hit in candidate.hits)
            ):
                # "Partially Relevant Video Retrieval (PRVR)": a one-word catalog name
                # (mteb's VideoRetrieval) spelled as words inside a longer run of Title Case
                # words is part of that phrase, no name of its own; after an organisation
                # or an article ("Google Open Images", "The Open Images") it is the name.
                continue
            if (
                candidate.surface.islower()
                and "-" not in candidate.surface
                and _WORD_SHAPED.fullmatch(self._name_of(entity_id, ""))
            ):
                # "the desired range for lipophilicity, drug-likeness, and melting point": a
                # catalog name that is one capitalised word (Lipophilicity), written in lower
                # case, is the word. Hyphenated it is a spelling of the name: "x-vector"
                # (espnet's Xvector) is no English word.
                continue
            if (
                candidate.surface.isupper()
                and f"({candidate.surface})" in text
                and self._defined_otherwise(text, candidate.surface, entity_id)
            ):
                # "Sea Surface Temperature (SST)": the paper spells the acronym out as
                # something other than the catalog's Stanford Sentiment Treebank.
                continue
            entity_type = self._type_of(entity_id)
            if entity_type == "dataset" and _METHODS_LISTED.search(
                lowered, max(0, candidate.start - 60), list_head(sentences, candidate.start)
            ):
                # "modern compression schemes, namely DRIVE and QUIC-FL": what a method's
                # head noun lists are methods, whatever data set shares a name with one;
                # said again later ("combining DROP and ..."), it is that method still.
                methods.add(candidate.surface)
                continue
            if entity_type == "dataset" and self._suite_before_member(
                text, candidate, entity_id, scan.candidates
            ):
                continue  # "the GLUE SST-2 dataset": the suite says whose task SST-2 is
            if (
                entity_type == "dataset"
                and candidate.surface.endswith("s")
                and " " in candidate.surface
                and _COUNT_BEFORE.search(lowered, max(0, candidate.start - 16), candidate.start)
            ):
                # "over 10 million PubMed abstracts", "the top 3 PubMed abstracts": a count of
                # items drawn from a source, not the dataset named as such.
                continue
            if (
                entity_type == "dataset"
                and candidate.start > 1
                and text[candidate.start - 1] == "("
                and text.startswith(")", candidate.end)
                and _short_form_of_before(text, candidate, found)
            ):
                # "IWSLT-2017 en-fr (IWSLT)": the bracketed short form of the dataset just
                # named, not a second one.
                continue
            if (
                entity_id in self._data_sources
                and not _HEAD_AFTER_SOURCE.match(lowered, candidate.end)
                and not _TRAINED_ON_BEFORE.search(
                    lowered, max(0, candidate.start - 40), candidate.start
                )
            ):
                if data_lists is None:
                    data_lists = dataset_lists(text, lowered, scan.words)
                if not overlaps(candidate.start, candidate.end, data_lists):
                    continue  # "leveraging knowledge from Wikipedia": where data comes from
            if entity_type == "dataset" and _STYLE_AFTER.match(lowered, candidate.end):
                # "MS COCO style overall AP": a convention named after the data set. Data sets
                # only: read for models too ("R-CNN style heads") it moved the role
                # classifier's training examples and the retrained weights lost a
                # builds_on (docs/evaluation.md, runs 117-121).
                continue
            if entity_type == "model" and _GLUED_LOSS.match(lowered, candidate.end):
                continue  # "RNNT-loss pretraining", "a CTC-loss": the loss, not the model
            if entity_type == "model" and _RANGE_TO.match(lowered, candidate.end):
                # "from LLaMA 7B to 65B": a range of the family's sizes names the family.
                entity_id = self._family_of(entity_id, candidate.surface)
            if entity_type == "model":
                if data_lists is None:
                    data_lists = dataset_lists(text, lowered, scan.words)
                if overlaps(candidate.start, candidate.end, data_lists):
                    continue  # "the Chameleon and Cornell datasets" name no model
                low = max(0, candidate.start - 60)
                if "," in text[low : candidate.start] and _METRICS_BEFORE.search(
                    text, low, candidate.start
                ):
                    continue  # "metrics (such as BLEU, ROUGE, and BERT)": BERTScore's name
                if candidate.surface in _ALSO_A_METRIC and _among_metrics(text, candidate):
                    continue  # "measured using MAPE, MAE, MSE and rRMSE": the error, no model
                if _TOOL_HEAD_BEFORE.search(lowered, max(0, candidate.start - 12), candidate.start):
                    # "using the pose estimation framework OpenPose": the text calls the
                    # name a tool, which the guideline does not label as a model.
                    continue
            end, surface, parent, size = candidate.end, candidate.surface, None, None
            if (
                entity_type == "dataset"
                and candidate.start > title_length
                and _MODEL_HEAD_AFTER.match(text, end)
            ):
                continue  # "the Deep Planning Network (PlaNet)": a model's name holds it
            if entity_type == "dataset":
                longer = _longer_dataset(text, candidate.start, end, title_length)
                if longer is not None and longer[0] < candidate.start:
                    word = text[longer[0] : candidate.start].strip()
                    if word.isupper() and self._spelled(word):
                        longer = None  # "fine-tuned BERT SQuAD": a name of its own before it
                if longer is not None:
                    # "LAION-Aesthetics", "Fluent Speech Commands": a dataset the catalog
                    # lacks whose name holds a catalog dataset's; that one is not named.
                    start, stop = longer
                    # A title's head ("UMLS-KGI-BERT: ...") is the paper's own name: the
                    # introduction patterns decide what it is.
                    own_name = stop <= title_length and text.startswith(":", stop)
                    if not own_name and not overlaps(start, stop, taken):
                        name = text[start:stop]
                        add_unseen("dataset", name, start, stop, take=True, know=True)
                    continue
            if entity_type == "dataset" and text.startswith(")", end):
                edition = _BRACKETED_EDITION.match(text, end)
                written = candidate.surface + edition.group(1) if edition else ""
                named = [i for i in self._spelled(written) if self._type_of(i) == "dataset"]
                if edition and len(named) == 1 and named[0] != entity_id:
                    # "Medical Information Mart for Intensive Care (MIMIC)-III", "(HASOC)
                    # 2021 dataset": the edition after the bracketed acronym is the one named.
                    entity_id, end, surface = named[0], edition.end(), written
                elif edition and not named and YEAR.fullmatch(edition.group(1)[1:]):
                    # An edition the catalog lacks: a variant of the dataset ("KITTI 2015").
                    end, parent, surface = edition.end(), entity_id, written
                    name = f"{self._name_of(entity_id, candidate.surface)} {edition.group(1)[1:]}"
                    entity_id, method = ids.dataset_id(name=name), Method.PATTERN
            sized = self._sized(entity_id, text, lowered, end) if entity_type == "model" else None
            variant = (
                _TUNED_VARIANT.match(text, end) or RELEASE_WORD_AFTER.match(text, end)
                if entity_type == "model"
                else None
            )
            reordered = (
                self._version_after_release_word(candidate.surface, variant, text)
                if sized is None and variant is not None and variant.re is RELEASE_WORD_AFTER
                else None
            )
            if reordered is not None:
                # "Gemini Flash 1.5": the catalog's Gemini 1.5 Flash, the release word
                # written before the version.
                end, entity_id = reordered
                surface, method = text[candidate.start : end], Method.PATTERN
            elif sized is None and variant is not None:
                # "Qwen3-4B Instruct" where the catalog lacks it: the tuned variant the text
                # names, a variant of the catalog model (the most specific name).
                end, parent = variant.end(), entity_id
                surface = text[candidate.start : end]
                tuned = (variant.group(1) or variant.group(2)).title()
                # A release word keeps the text's space or hyphen ("Stable Diffusion Turbo").
                glue = text[variant.start()] if variant.re is RELEASE_WORD_AFTER else "-"
                name = f"{self._name_of(entity_id, candidate.surface)}{glue}{tuned}"
                entity_id, method = ids.model_id(name=name), Method.PATTERN
            elif (
                sized is None
                and entity_type == "model"
                and _LONGER_NAME.match(text, end)
                and not _modifier_after(text, end)
            ):
                # "Qwen2.5-Math-PRM-72B": a model the catalog lacks whose name starts with
                # a catalog family's; linking the family would name the wrong entity. The
                # longer name is the model the text names, when its parts are a name's
                # (capitalised or numbered: not "BART-L-w-CT") and the paper does not call
                # it its method ("we propose ERNIE-Layout, a ... solution").
                longer = _longer_model(text, end) if candidate.start > title_length else None
                if longer is not None:
                    name = text[candidate.start : longer]
                    if (
                        name not in methods
                        # "CLIP-MoEs" under "CLIP-MoE: ...": the plural of the paper's own,
                        # or of a longer name linked before it, is that one
                        and not (
                            name.endswith("s")
                            and (
                                name[:-1] in introduced
                                or any(item.surface == name[:-1] for item in found)
                            )
                        )
                        and not overlaps(candidate.start, longer, taken)
                        and not overlaps(candidate.start, longer, known)
                    ):
                        add_unseen("model", name, candidate.start, longer, take=True, know=True)
                continue
            elif entity_type == "model" and _compound_before(text, candidate.start, title_length):
                # "a Non-Attentive Tacotron model": likewise, a longer name before it.
                continue
            elif entity_type == "model" and (
                begin := _name_word_before(text, candidate.start, title_length)
            ) is not None:
                # "the OpenAI ADM, Stable Diffusion, and Open Sora models", "a simple
                # approach, Constrained Word2Vec (CW2V)": a capitalised word inside the
                # sentence starts a longer name; the catalog model is not named. Before
                # "model(s)" the longer name is the model the text names.
                if _MODELS_AFTER.match(text, candidate.end) and not overlaps(
                    begin, candidate.end, taken
                ):
                    name = text[begin : candidate.end]
                    add_unseen("model", name, begin, candidate.end, take=True, know=True)
                continue
            elif entity_type == "model" and _longer_head_noun_name(text, candidate, title_length):
                # "Based on Multitrack Music Transformer": likewise, a longer head-noun name.
                continue
            if sized is not None:
                # "Gemma 2B" where the catalog has Gemma but no 2B checkpoint: the checkpoint
                # the text names, a variant of the family (docs/annotation-guideline.md).
                end, size = sized
                surface, parent = text[candidate.start : end], entity_id
                name = f"{self._name_of(entity_id, surface)} {size}"
                entity_id, method = ids.model_id(name=name), Method.PATTERN
            elif entity_type == "dataset" and (
                resolution := RESOLUTION_GLUED.match(text, end)
            ):
                # "ImageNet256" where the catalog lacks it: the dataset at that image size,
                # a variant of the dataset, named as written.
                end, parent = resolution.end(), entity_id
                surface = text[candidate.start : end]
                name = surface
                entity_id, method = ids.dataset_id(name=name), Method.PATTERN
            elif entity_type == "dataset" and (release := RELEASE_WORD_AFTER.match(text, end)):
                # "CheXpert Plus" where the catalog has CheXpert but not that release: the
                # release the text names, a variant of the data set (as "Zorb Pro" of a model).
                end, parent = release.end(), entity_id
                surface = text[candidate.start : end]
                glue = text[release.start()]
                name = f"{self._name_of(entity_id, candidate.surface)}{glue}{release.group(1)}"
                entity_id, method = ids.dataset_id(name=name), Method.PATTERN
            elif entity_type == "dataset" and (edition := EDITION_AFTER.match(lowered, end)):
                # "KITTI 2015" where the catalog has KITTI but not that edition: the edition
                # the text names, a variant of the dataset (the most specific name).
                # "IWSLT'15" is the 2015 edition, written with the year's last two digits.
                year = _full_year(edition.group())
                end, parent = edition.end(), entity_id
                surface = text[candidate.start : end]
                name = f"{self._name_of(entity_id, candidate.surface)} {year}"
                entity_id, method = ids.dataset_id(name=name), Method.PATTERN
            if (
                entity_type == "dataset"
                and end < len(text)
                and text[end] in "- "
                and (part := _dataset_part(text, end, title_length)) is not None
            ):
                # "BC5CDR-chem", "BioASQ Task 12B", "WMT18 Multimodal Translation Task": a
                # part of the dataset (a subset, a task of a challenge) the catalog lacks, a
                # variant of the dataset (the most specific name; docs/annotation-guideline.md
                # labels it as written).
                base = name if parent else self._name_of(entity_id, candidate.surface)
                end, parent = part.end(), parent or entity_id
                surface = text[candidate.start : end]
                # A challenge or a named part is labelled as written ("MPII Multi-Person"),
                # not under the catalog's longer name ("MPII Human Pose Multi-Person").
                written = part.group("event") or part.group("named")
                name = surface if written else base + part.group()
                entity_id, method = ids.dataset_id(name=name), Method.PATTERN
            role, features = _mention_role(
                sentences, candidate.start, end, entity_type, title_length
            )
            name = name if parent else self._name_of(entity_id, surface)
            found.append(
                _Found(entity_id, entity_type, name, surface, candidate.start, end, score,
                       method, role, None, features, None, parent, size)
            )  # fmt: skip
            known[candidate.start, candidate.end] = entity_type

        if scan.lowered_acronyms:
            for start, end, entity_id in self._listed_lowered_datasets(text, scan, found):
                if (
                    overlaps(start, end, taken)
                    or overlaps(start, end, known)
                    or text[start:end] in generic
                ):
                    continue
                role, features = _mention_role(sentences, start, end, "dataset", title_length)
                found.append(
                    _Found(entity_id, "dataset", self._name_of(entity_id, text[start:end]),
                           text[start:end], start, end, 1.0, Method.EXACT, role, None,
                           features)
                )  # fmt: skip
                known[start, end] = "dataset"

        for index, start, end in scan.tails:
            # "QA-FB15k", "NTCD-TIMIT": a hyphenated compound whose tail is a catalog
            # dataset names another dataset the catalog lacks (as "LAION-Aesthetics" does).
            longer = self._compound_dataset(text, index, start, end, title_length)
            compound_type = "dataset"
            if longer is None:
                # "x-ResNet", "AV-Conformer": a short head before a catalog model's name
                # makes a variant the catalog lacks, named as written (not the model).
                longer, compound_type = self._compound_model(text, index, start, end), "model"
            if longer is None or overlaps(longer, end, taken) or overlaps(longer, end, known):
                continue
            name = text[longer:end]
            if compound_type == "model" and (
                start <= title_length
                or name in methods
                or name in generic
                # "audio-visual (AV) ... the AV-Conformer": a head the paper spells out in
                # lower case describes the model ("an audio-visual Conformer"), no name.
                or name.split("-", 1)[0] in generic
                or _lower_case_defined(text, longer, end)
                or name == title_head(paper.title)
                or any(overlaps(longer, end, [(f.start, f.end)]) for f in found)
            ):
                # The paper's own name (its title's head, its method "called DCP-CLIP") is
                # the introduction patterns' to read; an acronym of a lower-case phrase
                # ("attention module (SA-SAM)") names a part or a kind of thing.
                continue
            add_unseen(compound_type, name, longer, end, take=True, know=True)

        for item in [f for f in found if f.entity_type == "dataset" and f.start > title_length]:
            # "the GTA-to-Cityscapes datasets", "SYNTHIA → Cityscapes": domain adaptation
            # from a source to a target dataset names two datasets; the source is one too.
            low = max(title_length, item.start - 40)
            # (every match holds one of _ADAPTED_WORDS: three substring tests in C spare the
            # pattern, which opens on a look-behind, its try at every position)
            source = (
                _ADAPTED_FROM.search(text, low, item.start)
                if holds_any(text[low : item.start], _ADAPTED_WORDS)
                else None
            )
            if source is None or overlaps(source.start(1), source.end(1), taken):
                continue
            name = source.group(1)
            if is_never_name(name) or overlaps(source.start(1), source.end(1), known):
                continue
            if any(self._type_of(i) != "dataset" for i in self._spelled(name)):
                continue  # a model or a method adapted to a dataset is no dataset
            add_unseen("dataset", name, source.start(1), source.end(1), take=True, know=False)

        for source in self._sources_before_heads(text, title_length, scan):
            # "using the Amazon dataset", "on public Amazon datasets", "such as Reddit
            # dataset": a platform's name before a dataset head names its dataset; a
            # determiner that makes the data unnamed ("a Twitter dataset we collect") or a
            # language ("the English corpus") does not.
            name = source.group(2)
            start, stop = source.start(2), source.end(2)
            if (
                source.group(1).casefold() in _UNNAMED_DETERMINERS
                or not is_never_name(name)
                or name in LANGUAGES
                or overlaps(start, stop, taken)
                or overlaps(start, stop, known)
            ):
                continue
            add_unseen("dataset", name, start, stop, take=True, know=False)

        for start, end, family, name in self._depths.find(text, scan.words.get("depth", ())):
            # "ResNet-110", "ResNet38": a depth of a family the catalog numbers by depth,
            # which the catalog lacks; the scan dropped the family there (versions agree).
            if overlaps(start, end, taken) or overlaps(start, end, known):
                continue
            found.append(_pattern_found(
                ids.model_id(name=name), "model", name, text[start:end], start, end, sentences,
                title_length, parent=family,
            ))  # fmt: skip
            known[start, end] = "model"

        versions = self._versions.find(text, scan.words.get("version_family", ()))
        for start, version_end, end in versions:
            # "Llama 5", "Qwen4-32B": a version of a family the catalog numbers by version,
            # which the catalog lacks; the scan dropped the family there (versions agree).
            name = text[start:end]
            if overlaps(start, end, taken) or overlaps(start, end, known) or (
                self.catalog.lookup(text[start:version_end]) or self.catalog.lookup(name)
            ):
                continue
            numbered = self._numbered_without_v(text[start:version_end], text[version_end:end])
            if numbered is not None:
                # "Llama v2", "GPT V4": the catalog's Llama 2 and GPT-4 (versions agree, the
                # "v" is a way to write them).
                found.append(_pattern_found(
                    numbered, "model", self._name_of(numbered, name), name, start, end,
                    sentences, title_length,
                ))  # fmt: skip
                known[start, end] = "model"
                continue
            add_unseen("model", name, start, end, take=False, know=True)

        for start, end, entity_id, acronym in find_long_forms(text, 0, self._model_acronym):
            # "Graph Convolutional Networks": a catalog model's acronym spelled out, unless
            # the paper presents it as its own method ("we present Temporal Zorb Networks
            # (TZNs), a framework").
            if overlaps(start, end, taken) or overlaps(start, end, known):
                continue
            if acronym in methods or acronym + "s" in methods:
                continue
            if any(item.entity_id == entity_id for item in found):
                continue  # named by its acronym already: one way in, its roles unchanged
            phrase_long_forms = self._long_forms(entity_id, _initials(text[start:end]))
            if _long_form_key(text[start:end]) not in phrase_long_forms:
                # "A Generative Interpretation Network": not the catalog's GIN, whose stated
                # long form is "Graph Isomorphism Network"; "Geometric Graph Neural
                # Networks" is no GGNN, whose entry states none: only a long form a source
                # states (or an alias spells) names the entry by its initials.
                continue
            found.append(_pattern_found(
                entity_id, "model", self._name_of(entity_id, text[start:end]), text[start:end],
                start, end, sentences, title_length,
            ))  # fmt: skip
            known[start, end] = "model"

        for start, end, entity_id, short in self._lower_case_long_forms(text, title_length):
            # "the prototypical networks (PROTO)", "vision transformers (ViTs)": a catalog
            # model's name of plain words, in lower case (a phrase elsewhere), that the text
            # shortens in brackets to the model's own short name or a cut of its first word.
            if overlaps(start, end, taken) or overlaps(start, end, known) or short in methods:
                continue
            if any(item.entity_id == entity_id for item in found):
                continue  # named already: one way in, its roles unchanged
            found.append(_pattern_found(
                entity_id, "model", self._name_of(entity_id, text[start:end]), text[start:end],
                start, end, sentences, title_length,
            ))  # fmt: skip
            known[start, end] = "model"

        text_end = len(text)
        for index in range(len(found)):  # the items found so far, not the siblings added
            item = found[index]
            if (
                item.entity_type != "dataset"
                or item.end >= text_end
                or text[item.end] not in "/ "  # nothing joins another token on: the common case
                or item.role == Role.INTRODUCES
            ):
                continue
            for start, end, entity_id, name, parent in self._dataset_siblings(text, item):
                if overlaps(start, end, taken) or overlaps(start, end, known):
                    continue
                found.append(_pattern_found(
                    entity_id, "dataset", name, text[start:end], start, end, sentences,
                    title_length, parent=parent,
                ))  # fmt: skip
                taken.append((start, end))
                known[start, end] = "dataset"

        for item in [f for f in found if f.entity_type == "model" and f.role != Role.INTRODUCES]:
            for start, end, entity_id, parent in self._slash_siblings(text, item):
                if overlaps(start, end, taken):
                    continue
                name = item.surface[: len(item.surface) - len(item.surface.rpartition("-")[2])]
                found.append(_pattern_found(
                    entity_id, "model",
                    self._name_of(entity_id, name + text[start:end] if parent else text[start:end]),
                    text[start:end], start, end, sentences, title_length, parent=parent,
                ))  # fmt: skip
                taken.append((start, end))
                known[start, end] = "model"

        # Names that are the paper's own (its title's head, its introductions) or already
        # linked are not unseen entities: the introduction patterns decide the former.
        own: set[str] | None = None  # made only when an unseen name turns up (rarely)
        # A citation between a name and its head noun or list glue ("the CUAVE [23]
        # database") is read as spaces, so the name stands where the patterns look.
        uncited, lowered_uncited = text, lowered
        if "[" in text:
            uncited = _CITATION.sub(_spaces, text)
            lowered_uncited = _CITATION.sub(_spaces, lowered)
        for unseen in _whole_names(
            list(find_unseen(uncited, lowered_uncited, scan.words, known, title_length)), text
        ):
            if overlaps(unseen.start, unseen.end, taken) or overlaps(
                unseen.start, unseen.end, known
            ):
                continue
            if has_glued_modifier(unseen.name) or _inside_a_longer_alias(
                unseen.start, unseen.end, scan.candidates
            ):
                # "an LSTMbased encoder" (a lost hyphen) names no model; "On this dataset,
                # Onsets and Frames achieved ...": the words of a catalog name are not names
                # of their own, even where the name itself went unlinked.
                continue
            if own is None:
                own = {item.surface.casefold() for item in found}
                head = title_head(paper.title) or ""
                own.update(p.strip().casefold() for p in re.split(r"\s*(?:&|and|,)\s*", head))
            if unseen.name.casefold() in own:
                continue
            named = self.catalog.lookup(unseen.name)
            if named and not (
                unseen.entity_type == "dataset"
                and data_lists
                and overlaps(unseen.start, unseen.end, data_lists)
                and all(self._type_of(i) == "model" for i in named)
            ):
                # A catalog name the candidates left out on purpose (ambiguous). Except a
                # name the catalog has only as a model, dropped as a model because it stands
                # in a list of datasets: "results on the Chameleon and Cornell datasets"
                # names the dataset Chameleon.
                continue
            if unseen.name in generic or unseen.name in methods or unseen.name + "s" in methods:
                continue
            start, stop, written = unseen.start, unseen.end, unseen.name
            if (
                unseen.entity_type == "dataset"
                and (event := _dataset_part(text, stop, title_length)) is not None
                and event.group("event")
            ):
                # "the DCASE 2023 Challenge": a challenge is labelled by its whole name.
                stop = event.end()
                written = text[start:stop]
            elif unseen.entity_type == "dataset" and (
                edition := _EVENT_EDITION.match(text, stop)
            ):
                # "the Zero Resource Speech Challenge 2021": its year too.
                stop = edition.end()
                written = text[start:stop]
            # "THUMOS-14" after "THUMOS14" in one abstract is the same name spelled again,
            # not a second entity: it takes the id and name of the first spelling.
            same = _same_name(found, unseen.entity_type, written) or _abbreviated(
                text, found, unseen.entity_type, written
            )
            if same is not None:
                entity_id, name = same
            else:
                entity_id = _new_entity_id(unseen.entity_type, written)
                name = written
            item = _unseen_found(
                entity_id, unseen.entity_type, name, written, start, stop, sentences,
                title_length,
            )  # fmt: skip
            if unseen.entity_type == "model" and (
                _ours(text, written) or _sized_title_head(paper.title, written)
            ):
                # "We evaluated our VerSemi model": a name the catalog lacks that the paper
                # calls its own is the paper's model, not one it builds on; so is a sized
                # checkpoint of the title's head ("JMLR-13B outperforms ...").
                item = item._replace(role=Role.INTRODUCES)
            found.append(item)
        for start, stop, name in _other_versions(text, found, taken, known):
            # "YOLO v5, v7, v8": "YOLO v7" is a spelling of the catalog's YOLOv7.
            named = [i for i in self._spelled(name) if self._type_of(i) == "model"]
            entity_id = named[0] if len(named) == 1 else _new_entity_id("model", name)
            found.append(_unseen_found(
                entity_id, "model", self._name_of(entity_id, name), text[start:stop], start,
                stop, sentences, title_length,
            ))  # fmt: skip
            taken.append((start, stop))
        found = _changed_as_a_group(lowered, found, scan.words.get("change_verb", ()))
        found = _first_words_named_again(found, self.catalog.entries)
        if removed:
            found = [_as_written(item, unjoined, removed) for item in found]
        return found

    def entity_features(self, paper: Paper) -> dict[str, frozenset[str]]:
        """Each linked model's and dataset's pooled classifier features (for training)."""
        return self._model_features(paper, self._found(paper))

    def _model_features(self, paper: Paper, found: list[_Found]) -> dict[str, frozenset[str]]:
        return self._pooled(paper, found, types=("model",))

    def link_and_features(self, paper: Paper) -> tuple[LinkResult, dict[str, frozenset[str]]]:
        """`link(paper)` and `entity_features(paper)` from one reading of the text. The role
        training script asks both of the same papers, and finding the mentions is nearly
        all of either's cost; neither step changes what the other reads."""
        found = self._found(paper)
        return self._linked(paper, found), self._model_features(paper, found)

    # -- decisions ------------------------------------------------------------------------

    def _decide(self, candidate: Candidate) -> tuple[str, float, Method] | None:
        if len(candidate.hits) == 1:  # the common case: one alias, one entity
            (hit,) = candidate.hits
            if not hit.variant:
                return hit.entity_id, 1.0, Method.EXACT
            return hit.entity_id, candidate.score(hit), Method.FUZZY
        exact = [hit for hit in candidate.hits if not hit.variant]
        pool = exact or list(candidate.hits)
        scored = sorted(((candidate.score(hit), hit) for hit in pool), key=lambda item: -item[0])
        best_score = scored[0][0]
        best_ids = {hit.entity_id for score, hit in scored if score == best_score}
        if len(best_ids) != 1:
            log.debug("ambiguous %r: %s", candidate.surface, sorted(best_ids))
            return None
        (entity_id,) = best_ids
        return entity_id, best_score, Method.EXACT if exact else Method.FUZZY

    def _unversioned(self, candidate: Candidate) -> tuple[str, str] | None:
        """(name, family id) when an ambiguous span names versions of one checkpoint and
        nothing else: "Vicuna-13B" (Vicuna-13B-v1.3 and -v1.5), "Mistral-Instruct-7B"
        (Mistral-7B-Instruct-v0.1 to v0.3). The name is theirs without the version, the
        family the one they are all variants of; else None (no version is guessed)."""
        found = {hit.entity_id for hit in candidate.hits}
        if len(found) < 2 or any(self._type_of(i) != "model" for i in found):
            return None
        stems = set()
        families: set[str] | None = None
        for entity_id in found:
            name = self._name_of(entity_id, "")
            stem = _VERSION_TAIL.sub("", name)
            if stem == name:
                return None
            stems.add(stem)
            parents = {
                edge.target
                for edge in self._lineage.get(entity_id, ())
                if edge.type == EdgeType.VARIANT_OF
            }
            families = parents if families is None else families & parents
        if len(stems) != 1 or not families or len(families) != 1:
            return None
        return stems.pop(), families.pop()

    def _variant_parent(self, entity_id: str) -> str | None:
        """The catalog entity a catalog checkpoint is a variant of, if it is one."""
        families = [
            edge.target
            for edge in self._lineage.get(entity_id, ())
            if edge.type == EdgeType.VARIANT_OF
        ]
        return families[0] if len(families) == 1 else None

    def _slash_siblings(
        self, text: str, item: _Found
    ) -> Iterator[tuple[int, int, str, str | None]]:
        """The models a slash after a linked model's name adds by its last token: "GPT-3.5/4"
        names GPT-4 too, "Llama-2-7b/13b" Llama-2-13b, "GPT-3/3.5/4" both. Only a name the
        catalog has is linked (the sibling's name, its version or size agreeing, is looked
        up whole), at the token after the slash; except a network's depth ("ResNet-20, 32,
        44 and 56"), whose listed depths the catalog lacks are its family's networks too
        (yielded with that family as their parent; a catalog sibling's parent is None)."""
        surface = item.surface
        cut = max(surface.rfind("-"), surface.rfind(" "))
        if cut <= 0 or not _SIBLING_OR_SIZE.fullmatch(surface, cut + 1):
            return
        prefix, position = surface[: cut + 1], item.end
        sized = surface[-1].isalpha()  # "7b": a size; "3.1": a version
        # The family of a catalog network named by a depth ("ResNet-20"), whose other depths
        # listed after it are its networks too, in the catalog or not.
        depths = (
            (item.parent or self._variant_parent(item.entity_id))
            if surface[cut] == "-" and surface[cut + 1 :].isdigit()
            else None
        )

        def sibling(match: re.Match[str]) -> tuple[int, int, str, str | None] | None:
            """The model the listed token names: the catalog's sibling of that name, or
            ("ResNet-20, 32, 44 and 56") a depth the catalog lacks, beside a catalog depth
            of the same family, as that family's network of that depth."""
            start, end, value = match.start(1), match.end(1), match.group(1)
            named = [
                entity_id for entity_id in self.catalog.lookup(prefix + value)
                if self._type_of(entity_id) == "model"
            ]  # fmt: skip
            if len(named) == 1 and named[0] != item.entity_id:
                return start, end, named[0], None
            if not named and depths is not None and value.isdigit():
                return start, end, ids.model_id(name=prefix + value), depths
            return None

        while token := _SLASH_TOKEN.match(text, position) or _LISTED_TOKEN.match(text, position):
            if token.re is _LISTED_TOKEN and text[token.end(1) - 1].isalpha() != sized:
                break  # "LLaMA 1 & 2, 7B & 13B": sizes after versions name the family's sizes
            if (found := sibling(token)) is not None:
                yield found
            position = token.end(1)
            if token.group(1).isdigit() and (last := _LISTED_LAST.match(text, position)):
                # "..., 44 and 56": the list's last number after a listed one.
                if (found := sibling(last)) is not None:
                    yield found
                break

    def _listed_lowered_datasets(
        self, text: str, scan: Scan, found: list[_Found]
    ) -> Iterator[tuple[int, int, str]]:
        """Catalog datasets named by an all-capitals alias written in lower case, listed
        right after a dataset the text names: "Hellaswag, arc, boolq and piqa" (the
        lower-case task names of evaluation harnesses). A lower-case acronym is a word
        elsewhere ("an arc of the graph"), so only the list makes it the dataset: the item
        before it, after a comma or "and"/"or", must be a linked dataset, and the name must
        end there (a comma, "and", a bracket or the sentence's end after it).

        Yields (start, end, dataset id); each is found in turn, so a list of several
        lower-case names ("arc, boolq and piqa") is read from its first linked name on.
        """
        ends = {item.end for item in found if item.entity_type == "dataset"}
        for start, end, hits in scan.lowered_acronyms:
            datasets = {h.entity_id for h in hits if self._type_of(h.entity_id) == "dataset"}
            if len(datasets) != 1 or len(datasets) != len({h.entity_id for h in hits}):
                continue
            before = _LISTED_BEFORE.search(text, max(0, start - 8), start)
            if before is None or before.start() not in ends:
                continue
            if not _LISTED_AFTER.match(text, end):
                continue
            ends.add(end)
            yield start, end, datasets.pop()

    @staticmethod
    def _sources_before_heads(
        text: str, title_length: int, scan: Scan
    ) -> Iterator[re.Match[str]]:
        """"<word> <Capitalised> dataset" after the title, at the dataset head words the scan
        found: group 1 the word before, group 2 the capitalised name."""
        for head_start, _ in scan.words.get("unseen_head", ()):
            if head_start <= title_length or not _SOURCE_HEAD.match(text, head_start):
                continue
            low = max(title_length, head_start - 80)
            source = _SOURCE_BEFORE_HEAD.search(
                text, _after_third_last_space(text, low, head_start), head_start
            )
            if source is not None:
                yield source

    def _compound_model(self, text: str, index: int, start: int, end: int) -> int | None:
        """Where a model name starts whose tail, after a hyphen, is the catalog model of
        key `index` found at `start:end` as written ("x-ResNet", "AV-Conformer"), or None.

        The head must be one lower-case letter or one to three capitals, standing alone
        (not the end of a longer compound), and no generic word; the tail must end the
        name, name only models and be written exactly as the catalog spells it.
        """
        if end < len(text) and (_is_name_char(text[end]) or text[end] in "-+."):
            return None
        hits = self.index.hits_at(index)
        if not hits or any(self._type_of(hit.entity_id) != "model" for hit in hits):
            return None
        tail = text[start:end]
        if not any(tail in (hit.alias, hit.form) for hit in hits):
            return None
        head = _COMPOUND_MODEL_HEAD.search(text, max(0, start - 5), start)
        if head is None or is_never_name(head.group(1)):
            return None
        return head.start(1)

    def _compound_dataset(
        self, text: str, index: int, start: int, end: int, title_length: int
    ) -> int | None:
        """Where a dataset name starts whose tail, after a hyphen, is the catalog alias of
        key `index` found at `start:end` ("QA-FB15k", "NTCD-TIMIT", "MP-DocVQA"), or None.

        The alias must name only datasets, be written as one word and end the compound; the
        head must be one word with a capital or a digit ("split-", "non-", "pre-" are
        modifiers) that names no catalog model ("RoBERTa-MNLI" is a fine-tuned model, not a
        dataset) and is no generic word but an acronym (a task's: "QA-FB15k"); a title's
        head before its colon is the paper's own name, left to the introduction patterns.
        """
        if end < len(text) and (_is_name_char(text[end]) or text[end] == "-"):
            return None
        if " " in text[start:end]:
            return None  # "Text-Video Retrieval": words, not a name's tail
        head = _HEAD_BEFORE_HYPHEN.search(text, max(0, start - 30), start)
        if head is None:
            return None
        word = head.group(1)
        if not any(ch.isupper() or ch.isdigit() for ch in word):
            return None
        if is_never_name(word) and not word.isupper():
            return None  # "Model-", "Data-"; an acronym of a task names a variant: "QA-FB15k"
        hits = self.index.hits_at(index)
        if not hits or any(self._type_of(hit.entity_id) != "dataset" for hit in hits):
            return None
        if any(self._type_of(i) == "model" for i in self.catalog.lookup(word)):
            return None
        if end <= title_length and text.startswith(":", end):
            return None
        return head.start(1)

    def _spelled(self, name: str) -> tuple[str, ...]:
        """The catalog entities `name` is an alias of, else those a spelling variant of an
        alias spells ("KITTI 2015" for "KITTI2015"): what linking `name` alone would find."""
        named = self.catalog.lookup(name)
        if named:
            return named
        whole = [c for c in self.index.candidates(name) if (c.start, c.end) == (0, len(name))]
        return tuple(dict.fromkeys(hit.entity_id for c in whole for hit in c.hits))

    def _suite_before_member(
        self, text: str, candidate: Candidate, entity_id: str, candidates: list[Candidate]
    ) -> bool:
        """Whether the catalog data set `candidate` names is a suite written right before
        one of its own members ("GLUE SST-2", "SuperGLUE BoolQ"): the text names the member,
        the suite only says whose it is (the catalog's `part_of`). `candidates` are the
        scan's, searched only when a space or hyphen follows (rarely)."""
        end = candidate.end
        if end >= len(text) or text[end] not in " -":
            return False  # the common case
        following = next((c for c in candidates if c.start == end + 1), None)
        entry = self.catalog.entries.get(entity_id)
        if following is None or entry is None:
            return False
        for hit in following.hits:
            member = self.catalog.entries.get(hit.entity_id)
            if member is not None and entry.key in member.part_of:
                return True
        return False

    def _dataset_siblings(
        self, text: str, item: _Found
    ) -> Iterator[tuple[int, int, str, str, str | None]]:
        """The datasets a version or edition after a linked dataset's name adds by its last
        token: "TUT Acoustic Scenes 2016/2017" names the 2017 edition too, "MIMIC III and IV"
        MIMIC-IV, "KITTI 2012 and 2015" KITTI 2015 (the guideline labels each; a range keeps
        nothing apart). The added token must be of the same kind as the name's own (a year
        after a year, a Roman numeral after one, a number after a number), so "MIMIC-III and
        2 other datasets" adds nothing. The sibling is the catalog's dataset of that name;
        an edition year the catalog lacks is named as the edition, a variant of the same
        dataset the name's own edition is a variant of.

        Yields (start, end, entity id, name, parent id or None) of each sibling token.
        """
        surface, end = item.surface, item.end
        if end >= len(text) or text[end] not in "/ ":
            return  # the common case: nothing joins another token on
        if text[end] == "/" and (suffixes := _SUFFIX_SIBLINGS.match(text, end)) is not None:
            # "RefCOCO/+/g": the name with each suffix is a sibling (RefCOCO+, RefCOCOg).
            position = end
            while (suffix := _SUFFIX_SIBLING.match(text, position, suffixes.end())) is not None:
                start, stop = suffix.span(1)
                written = surface + suffix.group(1)
                named = [i for i in self._spelled(written) if self._type_of(i) == "dataset"]
                if len(named) == 1:
                    yield start, stop, named[0], self._name_of(named[0], written), None
                elif not named:
                    yield start, stop, ids.dataset_id(name=written), written, None
                position = stop
            return
        cut = max(surface.rfind("-"), surface.rfind(" "))
        glued = None
        if cut > 0:
            prefix, own = surface[: cut + 1], surface[cut + 1 :]
        elif glued := _GLUED_NUMBER.search(surface):
            # "CIFAR10/100": the number glued to the name's letters, the sibling after a
            # slash (only: "CIFAR10 and 100 samples" is a count).
            prefix, own = surface[: glued.start()], glued.group()
        else:
            return
        kind = _token_kind(own)
        if kind is None:
            return
        position = end
        while (token := _DATASET_SIBLING.match(text, position)) is not None:
            start, stop, value = token.start(1), token.end(1), token.group(1)
            if _token_kind(value) != kind or value == own or (glued and "/" not in token.group(0)):
                return
            named = [
                entity_id for entity_id in self._spelled(prefix + value)
                if self._type_of(entity_id) == "dataset"
            ]  # fmt: skip
            if len(named) == 1 and named[0] != item.entity_id:
                yield start, stop, named[0], self._name_of(named[0], prefix + value), None
            elif not named and kind == "year":
                # "KITTI 2012 and 2015", the catalog lacking both: the edition named as the
                # item's own edition is ("KITTI 2012", a variant of KITTI).
                base = item.name[: -len(own)] if item.name.endswith(own) else prefix
                name = base.rstrip(" -") + " " + value
                entity_id = ids.dataset_id(name=name)
                parent = item.parent if entity_id not in self.catalog.entries else None
                yield start, stop, entity_id, self._name_of(entity_id, name), parent
            position = stop

    def _version_after_release_word(
        self, family: str, release: re.Match[str], text: str
    ) -> tuple[int, str] | None:
        """Where "<family> <release word> <version>" ends, and the one catalog model it
        names when the catalog writes the version first ("Gemini Flash 1.5" is Gemini 1.5
        Flash); else None."""
        version = _VERSION_NUMBER_AFTER.match(text, release.end())
        if version is None:
            return None
        named = [
            entity_id
            for entity_id in self.catalog.lookup(f"{family} {version.group(1)} {release.group(1)}")
            if self._type_of(entity_id) == "model"
        ]
        return (version.end(), named[0]) if len(named) == 1 else None

    def _sized(self, entity_id: str, text: str, lowered: str, end: int) -> tuple[int, str] | None:
        """Where a size written after a catalog family ends, and the size ("7B", "XL").

        Only for families and unsized releases ("Phi-3 3.8B"; a sized checkpoint already
        has its size), only a size that ends the name ("large-scale" is no size), and
        numeric sizes upper-cased as papers write them.
        """
        entry = self.catalog.entries.get(entity_id)
        if entry is None or (entry.level != "family" and entry.size):
            return None  # a checkpoint with a size has it already ("Llama-2-7B")
        match = SIZE_AFTER.match(lowered, end)
        if match is None:
            # "T5 (Large)": a size word in brackets right after the family's name.
            bracketed = _BRACKETED_SIZE.match(text, end)
            if bracketed is None:
                return None
            return bracketed.end(), bracketed.group(1).lower()
        stop = match.end()
        if stop < len(text) and (
            text[stop] in "-_." and stop + 1 < len(text) and text[stop + 1].isalnum()
        ):
            return None
        if _RANGE_TO.match(lowered, stop):
            return None  # "from LLaMA 7B to 65B": a range keeps the family
        size = text[end:stop].strip(" -")
        if not size[:1].isdigit() and _CLASS_AFTER_SIZE_WORD.match(lowered, stop):
            return None  # "Llama2 large language models": "large" begins a class's name
        if size[:1].isdigit():
            size = size.upper().replace(" ", "")
        return stop, size

    def _repo_found(self, link: RepoLink, text: str, sentences: Sentences) -> _Found:
        before = sentences.lowered[sentences.sentence_start(link.start) : link.start]
        # A link standing alone at the end, after the last sentence ("... templates.
        # https://github.com/x/y"), is the paper's own.
        last = not text[link.end :].strip(" \n.,;)")
        ended = before.rstrip().endswith((".", "!", "?")) and not before.rstrip().endswith(
            ABBREVIATIONS
        )
        alone = not before.strip() or (last and ended)
        released = (
            alone
            or _RELEASE_CUES.search(before) is not None
            or _THIRD_PARTY_CUES.search(before) is None
        )
        role = Role.INTRODUCES if released else Role.MENTIONS
        name = self._name_of(link.entity_id, link.path)
        return _Found(link.entity_id, link.entity_type, name, text[link.start : link.end],
                      link.start, link.end, 1.0, Method.PATTERN, role, link.url)  # fmt: skip

    def _numbered_without_v(self, versioned: str, tail: str) -> str | None:
        """The one catalog model a family's version written with a "v" names when the
        catalog writes that version without it ("Llama v2" is Llama 2, "GPT V4 Turbo"
        GPT-4 Turbo), else None."""
        written = _V_NUMBER.search(versioned)
        if written is None:
            return None
        base, number = versioned[: written.start()], written.group(1)
        named = {
            entity_id
            for glue in (" ", "-", "")
            for entity_id in self.catalog.lookup(f"{base}{glue}{number}{tail}")
            if self._type_of(entity_id) == "model"
        }
        return named.pop() if len(named) == 1 else None

    def _hub_id_found(
        self, hub_id: str, text: str, start: int, end: int, sentences: Sentences, title_length: int
    ) -> _Found:
        """A bare Hub id in the text: the catalog entry with that Hub id, else the Hub
        repository itself, of the kind the catalog has under its owner (models first)."""
        for entity_type in ("model", "dataset"):
            entity_id = ids.hosted_id(entity_type, "hf", hub_id)
            if entity_id in self.catalog.entries:
                method, score = Method.EXACT, 1.0
                break
        else:
            kinds = self.hub_owners.kinds[hub_id.partition("/")[0].lower()]
            entity_type = "model" if "model" in kinds else "dataset"
            entity_id = ids.hosted_id(entity_type, "hf", hub_id)
            method, score = Method.PATTERN, _PATTERN_SCORE
        role, features = _mention_role(sentences, start, end, entity_type, title_length)
        name = self._name_of(entity_id, hub_id)
        return _Found(entity_id, entity_type, name, text[start:end], start, end, score, method,
                      role, None, features)  # fmt: skip

    def _family_of(self, entity_id: str, surface: str) -> str:
        """The family a sized checkpoint written `surface` belongs to: an ancestor family
        whose name starts the surface ("LLaMA" in "LLaMA 7B", not Vicuna-7B's base Llama 2);
        the checkpoint itself when there is none."""
        entry = self.catalog.entries.get(entity_id)
        if entry is None or not entry.size:
            return entity_id
        written = _spelling_key(surface)
        for ancestor in self.catalog.ancestors(entity_id):
            family = self.catalog.entries[ancestor]
            if family.level == "family" and written.startswith(_spelling_key(family.name)):
                return ancestor
        return entity_id

    def _lower_case_long_forms(
        self, text: str, title_length: int
    ) -> Iterator[tuple[int, int, str, str]]:
        """(start, end, model id, short form) of each catalog model's name written in lower
        case before a bracketed short form that names it: the model's own short name or
        alias ("vision transformers (ViTs)"), or at least four first letters of the phrase
        ("prototypical networks (PROTO)"). Two to four words, the model's name in the
        catalog whole (a plural's "s" aside); "general language models (LMs)" is no GLM."""
        position = text.find("(", title_length)
        while position != -1:
            bracket = _SHORT_FORM.match(text, position)
            # The phrase is searched for only before a short form: most brackets hold none,
            # and the search over the 60 characters before each cost a twentieth of the
            # linker's time.
            phrase = (
                _lower_phrase_before(text, max(title_length, position - 60), position)
                if bracket is not None
                else None
            )
            position = text.find("(", position + 1)
            if bracket is None or phrase is None:
                continue
            short = bracket.group(1)
            words = phrase.group(1).split()
            for count in range(min(4, len(words)), 1, -1):
                written = " ".join(words[-count:])
                folded = written.casefold()
                if folded not in self._model_phrases and folded[:-1] not in self._model_phrases:
                    continue  # no model's name, as written or without a plural's "s"
                entity_id = self._lower_case_model(written)
                if entity_id is None and written.endswith("s"):
                    entity_id = self._lower_case_model(written[:-1])
                if entity_id is None:
                    continue
                entry = self.catalog.entries[entity_id]
                names = {entry.name, *entry.aliases, *entry.cased_aliases}
                first = written.split()[0]
                if short in names or short.removesuffix("s") in names or (
                    len(short) >= 4 and first.startswith(short.casefold())
                ):
                    start = phrase.end(1) - len(written)
                    yield start, phrase.end(1), entity_id, short
                break

    def _lower_case_model(self, written: str) -> str | None:
        """The one catalog model a lower-case phrase spells, as written or in Title Case."""
        named = [
            i for i in (*self.catalog.lookup(written), *self.catalog.lookup(written.title()))
            if self._type_of(i) == "model"
        ]
        return named[0] if len(set(named)) == 1 else None

    def _model_acronym(self, acronym: str) -> str | None:
        """The catalog model named exactly `acronym` (as written), if one is."""
        for entity_id in self.catalog.lookup(acronym):
            entry = self.catalog.entries[entity_id]
            if entry.type == "model" and (entry.name == acronym or acronym in entry.cased_aliases):
                return entity_id
        return None

    def _type_of(self, entity_id: str) -> str:
        return _TYPE_BY_PREFIX[entity_id[: entity_id.index(":")]]

    def _long_forms(self, entity_id: str, letters: list[str]) -> set[str]:
        """The entry's long forms for an acronym of `letters` (`_long_form_key`s): its
        aliases of several words whose initials spell the acronym, folded or cased (round
        23's "Temporal Fusion Transformer" of TFT is a cased alias, a reviewed word), and
        the long forms its sources state that are no aliases (`Entry.long_forms`)."""
        entry = self.catalog.entries.get(entity_id)
        if entry is None:
            return set()
        return {
            _long_form_key(alias)
            for alias in (*entry.aliases, *entry.cased_aliases, *entry.long_forms)
            if " " in alias and _initials(alias) == letters
        }

    def _another_long_form(self, entity_id: str, phrase: str) -> bool:
        """Whether `phrase` spells the entry's acronym otherwise than every long form the
        entry has ("Generative Interpretation Network" against a GIN whose long form is
        "Graph Isomorphism Network"). An entry without one says nothing either way."""
        known = self._long_forms(entity_id, _initials(phrase))
        return bool(known) and _long_form_key(phrase) not in known

    def _defined_otherwise(self, text: str, acronym: str, entity_id: str) -> bool:
        """Whether the text spells `acronym` out, in the words before its bracketed
        "(ACRONYM)", as a long form other than every one the catalog entry has: the
        catalog's long forms are its aliases of several words whose initials spell the
        acronym. An entry without one says nothing either way ("Segment Anything Model
        (SAM)" against a catalog SAM named only so), and the entity stays linked."""
        entry = self.catalog.entries.get(entity_id)
        if entry is None:
            return False
        letters = [ch for ch in acronym if ch.isupper()]
        position = text.find(f"({acronym})")
        words = PLAIN_WORD.findall(text, max(0, position - 90), position)
        if len(words) < len(letters):
            return False
        phrase = words[-len(letters) :]
        if [word[0].upper() for word in phrase] != letters:
            return False
        if phrase[-1].casefold() in _MEASURE_HEADS:
            # "the Mean Absolute Error (MAE) and ... scores": a measure, whatever long
            # forms the entry has (the catalog's MAE, the masked autoencoder, has none).
            return True
        other_kind = _NOT_MODEL_HEADS if self._type_of(entity_id) == "model" else _NOT_DATA_HEADS
        if phrase[-1].casefold() in other_kind:
            # "a Cooperative Language Acquisition Problem (CLAP)": a problem, a task or a
            # data set is no model (the catalog's CLAP, an audio-text model), and "a Graph
            # Tree Network (GTN)" no data set, whatever long forms the entry has.
            return True
        return self._another_long_form(entity_id, " ".join(phrase))

    def _name_of(self, entity_id: str, fallback: str) -> str:
        return self._names.get(entity_id, fallback)

    # -- output ---------------------------------------------------------------------------

    def _result(self, paper: Paper, found: list[_Found], source: SourceRef | None) -> LinkResult:
        """One decided mention per entity, carrying the entity's role and its confidence.

        Introductions come from their patterns; models' and datasets' other roles from the
        role classifier of their type when there is one (its probability is the
        confidence), else from the strongest rule role of their mentions (with the measured
        confidence of that rule role). The evidence is the first mention whose own rule
        role is the decided role, else the entity's first mention.
        """
        found = _reordered_as_one(found)
        by_entity = self._by_entity(found)
        pooled = self._pooled(paper, found, by_entity) if self.role_models else {}
        decided = []
        for entity_id, items in by_entity.items():
            first = items[0]
            if entity_id in pooled:
                role, confidence = self.role_models[first.entity_type].decide(pooled[entity_id])
                chosen = first if first.role == role else _first_with(items, role)
                decided.append(chosen._replace(role=role, confidence=confidence))
            elif len(items) == 1:
                decided.append(first)  # the common case: one mention, its rule role
            else:
                role = strongest([item.role for item in items])
                chosen = first if first.role == role else _first_with(items, role)
                decided.append(chosen if chosen.role == role else chosen._replace(role=role))
        decided.sort(key=_by_position)
        decided = self._own_data(paper, decided)
        if pooled and "model" in self.role_models:
            decided = self._listed_alike(paper, decided, by_entity, pooled)
        return LinkResult(paper, decided, self, source)

    def _own_data(self, paper: Paper, decided: list[_Found]) -> list[_Found]:
        """The decisions, with a data set the catalog lacks that the paper presents as its
        own (_OUR_DATA: "on our EPIC-HandKps dataset", "we present the APRICOT-Mask
        dataset") introduced. Decided after the role classifier's features were pooled:
        its weights were trained with the introductions of the patterns alone, and this
        rule, read into them, cost the validation papers two builds_on found."""
        text = None
        for index, item in enumerate(decided):
            if (
                item.entity_type == "dataset"
                and item.role != Role.INTRODUCES
                and item.method == Method.PATTERN
                and item.entity_id not in self.catalog.entries
            ):
                text = text if text is not None else linked_text(paper)
                if _ours_data(text, item.surface):
                    decided[index] = item._replace(role=Role.INTRODUCES, confidence=None)
        return decided

    def _listed_alike(
        self,
        paper: Paper,
        decided: list[_Found],
        by_entity: dict[str, list[_Found]],
        pooled: dict[str, frozenset[str]],
    ) -> list[_Found]:
        """The decisions, with models named once each, side by side in one list ("with
        Qwen3-Coder-480B and Kimi-K2", "models such as A and B"), given one role when the
        classifier split them between builds_on and another: the list's words are the
        same for each, so is what the paper does with them. builds_on when the items'
        mean builds_on probability reaches the classifier's threshold, else each item's
        best other role. Not where a guard forbids builds_on for an item."""
        model = self.role_models["model"]
        text = linked_text(paper)
        groups: list[list[int]] = []
        previous = None
        for index, item in enumerate(decided):
            if (
                item.entity_type != "model"
                or item.entity_id not in pooled
                or len(by_entity[item.entity_id]) != 1
                or item.role not in (Role.BUILDS_ON, Role.MENTIONS, Role.COMPARES_WITH)
            ):
                previous = None
                continue
            if previous is not None and LIST_GLUE.fullmatch(
                text, decided[previous].end, item.start
            ):
                groups[-1].append(index)
            else:
                groups.append([index])
            previous = index
        changed = list(decided)
        for group in groups:
            if len(group) < 2:
                continue
            roles = {decided[i].role for i in group}
            if Role.BUILDS_ON not in roles or len(roles) == 1:
                continue
            features = [pooled[decided[i].entity_id] for i in group]
            if not all(may_say_builds_on(f) for f in features):
                continue
            probabilities = [model.probabilities(f) for f in features]
            mean = sum(p[Role.BUILDS_ON] for p in probabilities) / len(group)
            threshold = model.builds_on_threshold or 0.5
            for i, p in zip(group, probabilities, strict=True):
                if mean >= threshold:
                    changed[i] = decided[i]._replace(role=Role.BUILDS_ON, confidence=round(mean, 4))
                else:
                    role = max((r for r in p if r != Role.BUILDS_ON), key=p.__getitem__)
                    changed[i] = decided[i]._replace(role=role, confidence=round(p[role], 4))
        return changed

    @staticmethod
    def _by_entity(found: list[_Found]) -> dict[str, list[_Found]]:
        """Mentions grouped by entity, each group in text order."""
        by_entity: dict[str, list[_Found]] = {}
        for item in sorted(found, key=_by_position):
            by_entity.setdefault(item.entity_id, []).append(item)
        return by_entity

    def _pooled(
        self,
        paper: Paper,
        found: list[_Found],
        by_entity: dict[str, list[_Found]] | None = None,
        types: Iterable[str] | None = None,
    ) -> dict[str, frozenset[str]]:
        """Classifier features of every entity of `types` (default: those with a role model)
        whose role is not an introduction."""
        by_entity = by_entity if by_entity is not None else self._by_entity(found)
        wanted = self.role_models if types is None else set(types)
        # Each entity's type, listed once: the membership test and the count run in C.
        entity_types = [items[0].entity_type for items in by_entity.values()]
        if not any(map(wanted.__contains__, entity_types)):
            return {}
        models = entity_types.count("model")
        introduced = {item.entity_type for item in found if item.role == Role.INTRODUCES}
        about_paper = paper_features(
            paper.title, models, "dataset" in introduced, paper.abstract, "model" in introduced
        )
        entries = self.catalog.entries
        pooled = {}
        for entity_id, items in by_entity.items():
            if items[0].entity_type not in wanted:
                continue
            roles = [item.role for item in items]
            if Role.INTRODUCES in roles:
                continue
            entry = entries.get(entity_id)
            pooled[entity_id] = entity_features(
                (item.features for item in items),
                kind=entry.kind if entry else None,
                level=entry.level if entry else None,
                open_weights=bool(entry and entry.hf_id),
                rule_role=strongest(roles),
                about_paper=about_paper,
            )
        return pooled

    def _entity_nodes(self, item: _Found, source: SourceRef | None) -> Iterator[Node]:
        """The entity's node, plus its catalog ancestors so lineage edges have endpoints."""
        known = self._nodes.get(item.entity_id)
        if known is not None:
            yield known
            for ancestor in self.catalog.ancestors(item.entity_id):
                if ancestor in self._nodes:
                    yield self._nodes[ancestor]
            return
        sources = (source,) if source is not None else ()
        if item.entity_type == "repo":
            hosted = ids.hosted_parts(item.entity_id)
            if hosted is None:
                raise ValueError(f"not a hosted repository id: {item.entity_id!r}")
            host, path = hosted
            yield Repo(id=item.entity_id, host=host, path=path, url=item.url or "", sources=sources)  # type: ignore[arg-type]
            return
        if item.parent is not None:
            if item.entity_type == "model":
                yield Model(id=item.entity_id, name=item.name, size=item.size, origin="link",
                            sources=sources)  # fmt: skip
            else:
                yield Dataset(id=item.entity_id, name=item.name, origin="link", sources=sources)
            yield from self._entity_nodes(item._replace(entity_id=item.parent, parent=None), None)
            return
        hosted = ids.hosted_parts(item.entity_id)
        hf_id = hosted[1] if hosted is not None and hosted[0] == "hf" else None
        origin = (
            "introduced"
            if item.role == Role.INTRODUCES and item.method == Method.PATTERN
            else "link"
        )
        record_type = Model if item.entity_type == "model" else Dataset
        yield record_type(
            id=item.entity_id, name=item.name, hf_id=hf_id, origin=origin, sources=sources
        )

    def _lineage_edges(self, entity_id: str) -> Iterable[Edge]:
        for node_id in (entity_id, *self.catalog.ancestors(entity_id)):
            yield from self._lineage.get(node_id, ())


# Where a web address shows itself; the address is the whitespace-free run around it.
URL_MARKS = ("://", "www.", ".org/", ".com/", ".net/", ".io/", ".ai/", ".cn/", ".edu/")


# A size range after a family's first size ("LLaMA 7B to 65B"): the guideline keeps the
# family. A size word in brackets after a family ("T5 (Large)") names the checkpoint.
# Two metrics listed right before a name: the list is of metrics ("BLEU, ROUGE, and BERT").
# Error, image, ranking and speech metrics too ("RMSE, MSE, MAE, and R²": the mean absolute
# error, not the MAE model).
_METRIC = (
    r"(?:BLEU|ROUGE(?:-[12L])?|METEOR|CIDEr|SPICE|chrF|TER|BERTScore|BLEURT|COMET|F1"
    r"|RMSE|MSE|MAPE|SMAPE|MASE|NRMSE|PSNR|SSIM|LPIPS"
    r"|FID|AUC|AUROC|WER|CER|EER|NDCG|MRR|mAP)"
)
# The first metric as _METRIC with its word boundary checked after its first letter
# ("B(?<!\wB)LEU" is "\bBLEU"): a pattern that opens with literals lets the regex engine skip
# to them in C; the leading "\b" made it try every alternative at every position of the 60
# characters before each model name (2.6x slower; the same matches at every position of
# all 1,811 texts and of 100,000 generated strings).
_FIRST_METRIC = (
    r"(?:B(?<!\wB)LEU|R(?<!\wR)OUGE(?:-[12L])?|M(?<!\wM)ETEOR|C(?<!\wC)IDEr|S(?<!\wS)PICE"
    r"|c(?<!\wc)hrF|T(?<!\wT)ER|B(?<!\wB)ERTScore|B(?<!\wB)LEURT|C(?<!\wC)OMET|F(?<!\wF)1"
    r"|R(?<!\wR)MSE|M(?<!\wM)SE|M(?<!\wM)APE|S(?<!\wS)MAPE|M(?<!\wM)ASE|N(?<!\wN)RMSE"
    r"|P(?<!\wP)SNR|S(?<!\wS)SIM|L(?<!\wL)PIPS|F(?<!\wF)ID|A(?<!\wA)UC|A(?<!\wA)UROC"
    r"|W(?<!\wW)ER|C(?<!\wC)ER|E(?<!\wE)ER|N(?<!\wN)DCG|M(?<!\wM)RR|m(?<!\wm)AP"
    r")"
)
_METRICS_BEFORE = regex_cache.compile(rf"{_FIRST_METRIC},\s*{_METRIC},?\s*(?:(?:and|or)\s+)?$")
# Catalog models whose name is also a metric's acronym (MAE: the Masked Autoencoder and the
# mean absolute error; no other catalog name is one of _METRIC's). Among metrics, they are
# the metric: one metric right before and one right after, two after, or the word
# "metric(s)" after ("MAPE, MAE, MSE and rRMSE", "MAE, MSE and RMSE", "on MAE metric").
# `_METRIC_AFTER` also takes a lower-case prefix on a metric ("rRMSE", "nDCG").
_ALSO_A_METRIC = frozenset({"MAE"})
# A tool's head noun right before a name: "the pose estimation framework OpenPose", "the
# toolkit Kaldi". Not "tool": "the annotation tool GPT-4" is a model used as a tool, which
# the guideline still labels.
_TOOL_HEAD_BEFORE = regex_cache.compile(
    r"\b(?:framework|toolkit|toolbox|library|software|package)\s+$"
)
_METRIC_BEFORE = regex_cache.compile(rf"{_FIRST_METRIC},\s*$")
_METRIC_AFTER = regex_cache.compile(rf",?\s*(?:(?:and|or)\s+)?[a-z]?{_METRIC}\b")
_METRICS_AFTER = regex_cache.compile(
    rf",\s*[a-z]?{_METRIC},?\s*(?:(?:and|or)\s+)?[a-z]?{_METRIC}\b"
)
_METRIC_WORD_AFTER = regex_cache.compile(r"\s+metrics?\b")
# A metric's value or change, which a model never has: "a MAE of 1.38 kWh", "reduces MAE by
# up to 48.2%", "... by over 56%", "an improvement of 6.94% in MAE", "the lowest MAE", "the
# median MAE".
_METRIC_VALUE_AFTER = regex_cache.compile(
    r"\s+(?:of|by|=|:|to)\s+(?:up\s+to\s+|only\s+|about\s+|approximately\s+|over\s+"
    r"|more\s+than\s+|nearly\s+|almost\s+|around\s+|roughly\s+|at\s+least\s+)?\d"
)
_METRIC_CHANGE_BEFORE = regex_cache.compile(
    r"(?:%\s+(?:in|on)|\b(?:reduc(?:es|ed|ing|e)|lower(?:s|ed|ing)?|lowest|decreas(?:es|ed|ing|e)"
    r"|minimi[sz](?:es|ed|ing|e)|smaller|average|median|terms\s+of)(?:\s+the)?"
    # its value and unit before it: "obtained a 1.15 km2 MAE", "a 0.42 MAE"
    r"|(?<![\w.])\d+(?:\.\d+)?(?:\s?[a-z%][a-z0-9%/]{0,5})?)\s+$"
)


def _among_metrics(text: str, candidate: Candidate) -> bool:
    """Whether the name stands in a list of metrics, is called a metric, or has a value."""
    start, end = candidate.start, candidate.end
    return bool(
        _METRIC_WORD_AFTER.match(text, end)
        or _METRIC_VALUE_AFTER.match(text, end)
        or _METRIC_CHANGE_BEFORE.search(text, max(0, start - 30), start)
        or (
            _METRIC_AFTER.match(text, end)
            and (
                _METRIC_BEFORE.search(text, max(0, start - 30), start)
                or _METRICS_AFTER.match(text, end)
            )
        )
    )


_CLASS_AFTER_SIZE_WORD = regex_cache.compile(r"\s+(?:language|vision|multimodal|foundation)\b")
_RANGE_TO = regex_cache.compile(r"\s+to\s+\d+(?:\.\d+)?\s?[bmkt]\b")
_BRACKETED_SIZE = regex_cache.compile(r" \((Small|Base|Large|XL|XXL|small|base|large)\)")


def url_spans(text: str, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of every web address in `text` (scheme-less ones like `turkunlp.org/x` too).

    `marks` are the spans where URL_MARKS occur in the lower-cased text, in any order, as
    the linker's scan finds them.
    """
    # The marks are lower case: "WWW." in the text is no mark.
    found = sorted(
        (start, end) for start, end in marks if text[start:end] == text[start:end].lower()
    )
    spans: list[tuple[int, int]] = []
    for mark_start, mark_end in found:
        start = max(text.rfind(" ", 0, mark_start), text.rfind("\n", 0, mark_start)) + 1
        ends = [i for i in (text.find(" ", mark_end), text.find("\n", mark_end)) if i != -1]
        end = min(ends, default=len(text))
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


# A depth after a family's name: two or three digits, no leading zero ("-110", " 56", "38").
_DEPTH = regex_cache.compile(r"[- ]?([1-9]\d{1,2})")


class DepthVariants:
    """Depths of model families the catalog numbers by depth ("ResNet-110" beside its
    ResNet-18 ... ResNet-152), where the catalog lacks that depth.

    A number after a family's name is a version, and versions must agree ("GPT-4" is not
    "GPT-4o"), so the scan drops such a family match. Where the catalog itself names the
    family's checkpoints by a two- or three-digit depth, an unlisted depth is another
    checkpoint of the same family (docs/annotation-guideline.md: the most specific name,
    "ResNet-50" is not "ResNet"): linked as that checkpoint, a variant of the family. The
    families come from the catalog, so a new source's numbered family is covered without a
    rule; single digits (versions: "Phi-4", "Claude 3") and dates ("GPT-4-0613") are not
    depths.
    """

    __slots__ = ("_families", "_pattern")

    def __init__(self, families: Mapping[str, tuple[str, str]]) -> None:
        # spelling of the family in the text -> (family id, family name)
        self._families = dict(families)
        names = sorted(self._families, key=lambda name: (-len(name), name))
        # The names come first, with no lookbehind before them: a pattern that opens with
        # an alternation of literals lets the regex engine skip in C to where one of their
        # first letters stands (the lookbehind made it try every position, 2.5x the time);
        # `find` checks the word start instead.
        self._pattern = (
            regex_cache.compile(
                rf"({'|'.join(map(re.escape, names))}){_DEPTH.pattern}(?![\w\-+]|\.\d)"
            )
            if names
            else None
        )

    @classmethod
    def of(cls, catalog: Catalog) -> DepthVariants:
        numbered: dict[str, int] = {}
        for entity_id, entry in catalog.entries.items():
            if entry.type != "model" or entry.level != "checkpoint":
                continue
            for link in catalog.lineage.get(entity_id, ()):
                if link.type != EdgeType.VARIANT_OF or link.target not in catalog.entries:
                    continue
                family = catalog.entries[link.target].name
                if entry.name.startswith(family) and _DEPTH.fullmatch(entry.name, len(family)):
                    numbered[link.target] = numbered.get(link.target, 0) + 1
        families: dict[str, tuple[str, str]] = {}
        for family_id, count in numbered.items():
            if count < 2:
                continue
            entry = catalog.entries[family_id]
            for alias in (entry.name, *entry.aliases, *entry.cased_aliases):
                if " " not in alias and alias[:1].isalpha():
                    families.setdefault(alias, (family_id, entry.name))
        return cls(families)

    def keywords(self) -> tuple[str, ...]:
        """The families' spellings as the linker's scan looks for them (lower-cased): where
        the scan finds none, `find` has nothing to try."""
        return tuple(sorted({lower_same_length(name) for name in self._families}))

    def find(
        self, text: str, family_spans: Iterable[tuple[int, int]]
    ) -> Iterator[tuple[int, int, str, str]]:
        """(start, end, family id, checkpoint name) of every depth the text writes.

        `family_spans` are where the scan found a family's spelling (`keywords`, any case).
        The pattern is tried only there, left to right and never inside an earlier match:
        what `finditer` over the whole text finds (it can match nowhere else), without
        running the pattern's alternation of names at every position (a twentieth of the
        linker's time when it did).
        """
        for match in _family_matches(self._pattern, text, family_spans):
            family_id, family_name = self._families[match.group(1)]
            yield match.start(), match.end(), family_id, f"{family_name}-{match.group(2)}"


def _family_matches(
    pattern: re.Pattern[str] | None, text: str, family_spans: Iterable[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """The matches of a family pattern (a family's spelling, then its number) that start
    where the scan found a spelling, left to right and never inside an earlier match, and
    not inside a longer word ("XResNet-50") or a compound ("a-ResNet-56"). What `finditer`
    over the whole text finds at word starts (the pattern can match nowhere else), without
    running its alternation of names at every position."""
    if pattern is None:
        return
    resume = 0
    for start in sorted({start for start, _ in family_spans}):
        if start < resume:
            continue
        match = pattern.match(text, start)
        if match is None:
            continue
        resume = match.end()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_-"):
            continue
        yield match


# A version in a model's name: "v" and a number ("YOLOv8", "BERT-v2") or a single digit and
# its decimals ("GPT-4", "Llama 3.1", "Qwen2.5"); two or three digits are depths (above).
_VERSION = r"[vV]\d+(?:\.\d+)*|\d(?:\.\d+)*"
# A version written with a "v" at the end of a family's versioned name: " v2", "-V4".
_V_NUMBER = regex_cache.compile(r"[-\s]?[vV](\d+(?:\.\d+)*)$")
# A catalog alias that numbers a family by version, an edition word or a size may follow:
# "Gemini 1.5 Pro" and "Gemini 1.0 Ultra" make Gemini a family numbered by version.
_VERSIONED_ALIAS_HEAD = (
    rf"(?P<base>[A-Za-z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)[-\s]?(?P<number>{_VERSION})"
)
# What may follow an unseen version as part of its name: a size ("Qwen4-32B", "Llama 5
# 70B"), then hyphenated parts a name has ("-32B-Instruct", "-mini") or a capitalised
# edition word ("Gemini 3 Pro"). Anything else hyphenated or joined on ("GPT-6o", "Grok-2x")
# is a name the pattern does not know the end of: no match.
_UNSEEN_VERSION_TAIL = regex_cache.compile(
    r"(?:[\s\-]\d+(?:\.\d+)?[BMK]\b)?"
    r"(?:-(?:[A-Z0-9][A-Za-z0-9]*(?:\.\d+)*|mini|turbo|nano|pro|ultra|plus|flash|lite|max"
    r"|instruct|chat|base|preview)(?![\w+])"
    r"|\s(?:Pro|Ultra|Flash|Turbo|Mini|Nano|Lite|Max|Plus|Instruct|Chat|Large|Medium|Small"
    r"|XL)\b)*"
)


_VERSIONED_ALIAS = regex_cache.compile(_VERSIONED_ALIAS_HEAD + _UNSEEN_VERSION_TAIL.pattern)


class VersionVariants:
    """Versions of model families the catalog numbers by version ("Llama 2", "Llama 3",
    "Llama 3.1" ...), where the catalog lacks the version the text writes ("Llama 5",
    "GPT-6", "Qwen4-32B").

    The scan drops a family's name before a version (versions must agree: "GPT-4" is not
    "GPT-4o"), so such a name was no link at all. A family the catalog itself names with at
    least two versions is numbered by version, and an unlisted version of it is another
    model of that family (docs/annotation-guideline.md: the most specific name): linked
    under the name as written, by pattern, with no lineage claimed (the catalog's own
    versions do not all record one). The families come from the catalog, as with
    `DepthVariants`; a name the catalog holds is the scan's, never this.
    """

    __slots__ = ("_names", "_pattern")

    def __init__(self, families: Iterable[str]) -> None:
        names = sorted(set(families), key=lambda name: (-len(name), name))
        self._names = tuple(names)
        # Names first, then the version, which must end the word (a size or a named part
        # may follow: _UNSEEN_VERSION_TAIL); the word start is checked in `find`, as in
        # DepthVariants.
        self._pattern = (
            regex_cache.compile(
                rf"(?P<version>(?:{'|'.join(map(re.escape, names))})[-\s]?(?:{_VERSION}))"
                rf"(?![\w+]|\.\d){_UNSEEN_VERSION_TAIL.pattern}(?![\w+\-]|\.\d)"
            )
            if names
            else None
        )

    @classmethod
    def of(cls, catalog: Catalog) -> VersionVariants:
        versions: dict[str, set[str]] = {}  # family spelling -> the versions the catalog has
        for entity_id, entry in catalog.entries.items():
            if entry.type != "model":
                continue
            for alias in (entry.name, *entry.aliases, *entry.cased_aliases):
                match = _VERSIONED_ALIAS.fullmatch(alias)
                if match is None:
                    continue
                base = match.group("base")
                family = catalog.lookup(base)
                if len(family) == 1 and family[0] != entity_id and (
                    catalog.entries[family[0]].type == "model"
                ):
                    versions.setdefault(base, set()).add(
                        alias[len(base) : match.end("number")].strip(" -vV")
                    )
        return cls(base for base, numbers in versions.items() if len(numbers) >= 2)

    def keywords(self) -> tuple[str, ...]:
        """The families' spellings as the linker's scan looks for them (lower-cased)."""
        return tuple(sorted({lower_same_length(name) for name in self._names}))

    def find(
        self, text: str, family_spans: Iterable[tuple[int, int]]
    ) -> Iterator[tuple[int, int, int]]:
        """(start, version end, end) of every version of a numbered family the text writes,
        catalog versions included (the caller skips those: what follows a catalog version,
        "GPT-4-0613", is the scan's and the longer-name rule's to read): tried only where the
        scan found a family's spelling (`keywords`), left to right and never inside an
        earlier match."""
        for match in _family_matches(self._pattern, text, family_spans):
            yield match.start(), match.end("version"), match.end()


# The rest of a longer model name after a catalog model's: hyphenated parts that start
# with a capital or a digit ("-Math-PRM-72B", "-3.3-70B-Ins-DAP", "-CRF", "-Qwen-1.5B"), ending the
# word, and a parameter count written after a space ("Nemotron-Mini-Hindi 4B": the size
# names the checkpoint, as "Llama-2-7b" does); or a capitalised word and a version ("Claude
# Sonnet 4").
_LONGER_MODEL = regex_cache.compile(
    r"(?:-[A-Z0-9][A-Za-z0-9]*(?:\.\d+[A-Za-z]*)*)+(?:\s\d+(?:\.\d+)?[BMT](?![\w/+\-]|\.\d))?"
    r"(?![\w/+\-])"
    r"|\s[A-Z][a-z]+\s\d+(?:\.\d+)?(?![\w/+\-]|\.\d)"
)


# A loss glued to a model's name by a hyphen ("RNNT-loss", "CLIP-loss"): the loss it names.
_GLUED_LOSS = regex_cache.compile(r"-loss(?:es)?\b")
# The word after a hyphen right after a name: "-Based" in "LLaMA2-7B-Based models".
_HYPHENATED_WORD = regex_cache.compile(r"-([A-Za-z]+)\b")


def _modifier_after(text: str, end: int) -> bool:
    """Whether a modifier word (names.is_modifier_word) is hyphenated onto the name ending
    at `end`: "LLaMA2-7B-Based models" are models based on LLaMA2-7B, whose name it is, not
    a longer one (title case capitalises the modifier as it would a name's part)."""
    match = _HYPHENATED_WORD.match(text, end)
    return match is not None and is_modifier_word(match.group(1))


def _longer_model(text: str, end: int) -> int | None:
    """Where the longer model name that goes on after a catalog model's name at `end`
    ends, when its parts are a name's (see _LONGER_MODEL); None otherwise."""
    match = _LONGER_MODEL.match(text, end)
    return match.end() if match is not None else None


def _longer_dataset(text: str, start: int, end: int, title_length: int) -> tuple[int, int] | None:
    """The span of a longer dataset name around the catalog dataset found at `start:end`, if
    the text writes one: a capitalised hyphenated part after it ("LAION-Aesthetics"), or a
    capitalised word or an acronym before it inside an abstract's sentence ("Fluent Speech
    Commands", "MPI Sintel").

    In a title every word has a capital, and a sentence's first word has one whatever it is,
    so neither counts as part of a name; nor do generic words, languages and organisations
    ("English Wikipedia", "Google Speech Commands" is the catalog's own alias).
    """
    protocol = _PROTOCOL_BEFORE.search(text, max(0, start - 16), start)
    if protocol is not None and (
        protocol.group(1)[0].isupper()
        or text[protocol.end() - 1] == "-"
        or _word_before_at(text, protocol.start()) in _BEFORE_PROTOCOL
    ):
        return protocol.start(), end
    after = _LONGER_DATASET.match(text, end)
    if after is not None and not any(
        is_modifier_word(part) for part in after.group().split("-") if part
    ):
        return start, after.end()
    if start <= title_length:
        return None
    word_after = _WORD_AFTER.match(text, end) or _WORDS_BEFORE_HEAD.match(text, end)
    if (
        word_after is not None
        and text[start:end].isupper()
        and " " not in text[start:end]
        and word_after.group(1) not in _NOT_A_NAMES_TAIL
        and not is_never_name(word_after.group(1))
        and not is_modifier_word(word_after.group(1))
        and _inside_sentence(text, start)
        and not _CITED_AUTHOR.match(text, word_after.end(1))
    ):
        # "NVIDIA's DRIVE Sim": a capitalised word after a catalog acronym, inside an
        # abstract's sentence, goes on with its name; the acronym alone names another. Not
        # an author cited after it: "BEIR Thakur et al. (2021)" (a page's text run together
        # from a name and its citation) names BEIR.
        return start, word_after.end(1)
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return None
    if not _inside_sentence(text, before.start()) or is_never_name(before.group(1)):
        return None
    return before.start(), end


def _word_before_at(text: str, at: int) -> str:
    """The word before the one starting at `at`, lower case; a comma or bracket right
    before it stands for itself ("MNIST, split CIFAR-10", "(permuted MNIST")."""
    words = text[max(0, at - 20) : at].split()
    if not words:
        return ""
    return words[-1][-1] if words[-1][-1] in ",(" else words[-1].lower()


def _whole_names(names: list[Unseen], text: str) -> list[Unseen]:
    """`names` without those inside another one's span, and without the start of a long
    form whose bracketed acronym is also among them: two patterns reading "the TabZilla
    Benchmark Suite" ("TabZilla" before a head noun, the whole Title Case name) name one
    data set, by its whole name; "the Ryerson audio-visual database of emotional speech and
    song (RAVDESS) dataset" names one, by its acronym."""
    if len(names) < 2:
        return names
    return [
        name for name in names
        if not any(
            (
                other.start <= name.start and name.end <= other.end
                and (other.start, other.end) != (name.start, name.end)
            )
            or _spells_out(text, name, other)
            for other in names
        )
    ]  # fmt: skip


def _spells_out(text: str, name: Unseen, acronym: Unseen) -> bool:
    """Whether `name` starts the long form that `acronym` abbreviates right after it: the
    same type and initial, and nothing but words between the name and the bracket."""
    return (
        acronym.entity_type == name.entity_type
        and name.end < acronym.start <= name.end + _LONG_FORM_REACH
        and text[acronym.start - 1] == "("
        and acronym.name[:1] == name.name[:1].upper()
        and acronym.name.isupper()
        and not _CLAUSE_MARK.search(text, name.end, acronym.start - 1)
    )


_LONG_FORM_REACH = 100  # characters from a long form's first words to its acronym
_CLAUSE_MARK = regex_cache.compile(r"[.;:,()]")


def _lower_phrase_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """_LOWER_PHRASE_BEFORE's leftmost match in text[start:end], searched only where its
    last word starts in lower case after a space, and only from the space before which no
    match can start (see _PHRASE_SPACES)."""
    # Where the last word ends: before the space and the newline the pattern's " ?$" allows.
    stop = end
    if stop > start and text[stop - 1] == "\n":
        stop -= 1
    if stop > start and text[stop - 1] == " ":
        stop -= 1
    space = text.rfind(" ", start, stop)
    if space == -1 or space + 1 == stop or not "a" <= text[space + 1] <= "z":
        return None
    space = end
    for _ in range(_PHRASE_SPACES + 1):
        space = text.rfind(" ", start, space)
        if space == -1:  # fewer spaces: a match may start anywhere
            return _LOWER_PHRASE_BEFORE.search(text, start, end)
    return _LOWER_PHRASE_BEFORE.search(text, space + 1, end)


# A method's head noun in the plural and a list's opening word, right before a list (run
# on lower-cased text).
# "Transducer" after a model's name, a space or a hyphen apart: "Conformer Transducer",
# "Conformer-Transducer" (the transducer built with that encoder, another model).
_TRANSDUCER_AFTER = regex_cache.compile(r"[ \-]Transducers?\b")

_METHODS_LISTED = regex_cache.compile(
    r"\b(?:schemes|methods|algorithms|techniques|approaches|frameworks|models"
    r"|actions|operations|operators|strategies|policies)"
    r"\s*(?:,?\s*(?:namely|such\s+as|including|like|e\.g\.,?)|:)\s*$"
)


def _word_before_is_language(text: str, start: int) -> bool:
    """Whether a language's name other than English, capitalised, stands right before
    `start` (one space)."""
    if start < 2 or text[start - 1] != " ":
        return False
    word_start = text.rfind(" ", 0, start - 1) + 1
    word = text[word_start : start - 1]
    # "the English RoBERTa": most models are English ones; the word says which.
    return word in LANGUAGES and word != "English"


def _title_cased_word(text: str, candidate: Candidate, title_length: int) -> bool:
    """Whether a name found in the title, its words capitalised there as every title word
    is ("Conformer", "Video Retrieval"), is written only in lower case in the abstract: the
    words, not the name ("Efficient Cross-Modal Video Retrieval ..." + "cross-modal video
    retrieval aims to ..." names no VideoRetrieval data set). So is a name in capitals in a
    title all in capitals, which says nothing of case ("CLASSIFICATION OF AIRBORNE LASER
    SCANNING DATA" + "airborne laser scanning ..." names no LASER encoder)."""
    surface = candidate.surface
    abstract = text[title_length:]
    if surface in abstract and (" " in surface or _written_inside_a_sentence(abstract, surface)):
        return False
    if surface.isupper() and not any(ch.islower() for ch in text[:title_length]):
        abstract = abstract.lower()  # "Laser scanning ..." at a sentence's start too
    elif not all(
        word[:1].isupper() and word[1:].isalpha() and word[1:].islower()
        for word in surface.split(" ")
    ):
        return False
    lowered = surface.lower()
    position = abstract.find(lowered)
    while position != -1:
        end = position + len(lowered)
        if (position == 0 or not abstract[position - 1].isalnum()) and (
            end == len(abstract) or not abstract[end].isalnum()
        ):
            return True
        position = abstract.find(lowered, position + 1)
    return False


def _written_inside_a_sentence(abstract: str, surface: str) -> bool:
    """Whether the abstract writes `surface` as written other than as a sentence's first
    word, where every word is capitalised ("Humanoid robots are ..." says nothing of the
    title's "Humanoid Whole-Body Control" being the Humanoid environment)."""
    position = abstract.find(surface)
    while position != -1:
        if not starts_sentence(abstract, position):
            return True
        position = abstract.find(surface, position + 1)
    return False


def _initials(phrase: str) -> list[str]:
    return [word[0].upper() for word in PLAIN_WORD.findall(phrase)]


def _long_form_key(phrase: str) -> str:
    """A long form compared case-, hyphen- and plural-blind: "Masked Auto-Encoders" is
    "Masked Autoencoder"."""
    return "".join(word.lower().removesuffix("s") for word in PLAIN_WORD.findall(phrase))


def _lower_case_defined(text: str, start: int, end: int) -> bool:
    """Whether the name at `start:end` stands in brackets after a lower-case word: the
    acronym of a lower-case phrase ("a subject-aware spatial attention module (SA-SAM)"),
    a part or a kind of thing named in passing."""
    if not (text[start - 1 : start] == "(" and text[end : end + 1] == ")"):
        return False
    before = text[max(0, start - 30) : start - 1].split()
    return bool(before) and before[-1].isalpha() and before[-1].islower()


def _compound_before(text: str, start: int, title_length: int) -> bool:
    """Whether a hyphenated compound of two capitalised words stands right before the model
    name found at `start`, inside an abstract's sentence: "decoded with a Non-Attentive
    Tacotron model" names Non-Attentive Tacotron, a model the catalog lacks. Not in a title
    (every word has a capital) nor as a sentence's first word; a compound whose second part
    is a modifier word ("Self-Supervised", "Pre-Trained") or with a generic word is no
    name."""
    if start <= title_length or "-" not in text[max(0, start - 40) : start]:
        return False  # (every match holds its hyphen: one substring test spares the search)
    before = _COMPOUND_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not _inside_sentence(text, before.start()):
        return False
    first, second = before.groups()
    return not (is_modifier_word(second) or is_never_name(first) or is_never_name(second))


# "model(s)" after a longer name: the longer name is the model the text names.
_MODELS_AFTER = regex_cache.compile(r"\s+models?\b")
# Function words: capitalised in titles ("Using Decision Transformer for ...", "Towards ...")
# and at a sentence's start, never a name's first word.
_NOT_NAME_WORDS = frozenset(
    """
    a an the and or of on in for to with via from by using based towards toward than vs
    into over under beyond without is are we our their its this that these those
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def _may_start_name(word: str, in_title: bool) -> bool:
    """Whether a capitalised word written right before a catalog model's name can be the
    first word of a longer, different name ("Open Sora", "Constrained Word2Vec",
    "Multitrack Music Transformer"), so that the catalog model is not what the text names.

    The one definition for both places that ask (`_name_word_before` inside an abstract's
    sentences, `_longer_head_noun_name` in titles too): the question is the same, and two
    word lists had drifted apart (round 16 refused function words, gerunds and participles,
    round 17 modifiers), so the same word before the same name was read two ways. A word
    cannot start a name when it is
    - generic, a language or an organisation (names.is_never_name: "English RoBERTa",
      "Google BERT", "Transformer"): it says what or whose the model is;
    - a modifier (names.is_modifier_word: "Pretrained", "Efficient", "Based");
    - a function word (_NOT_NAME_WORDS: "Using Decision Transformer", "Towards ...");
    - in a title, a gerund or a participle ("Revisiting Prototypical Networks", "Improved
      ..."): a title capitalises every word, so there the capital says nothing and the verb
      form is the title's wording. Inside a sentence the capital is the evidence: "a simple
      approach, Constrained Word2Vec (CW2V)", "the Improved DDPM" are names of their own.
    """
    folded = word.casefold()
    if folded in _NOT_NAME_WORDS or is_never_name(word) or is_modifier_word(word):
        return False
    return not (in_title and folded.endswith(("ing", "ed")))


def _name_word(text: str, start: int, floor: int, title_length: int) -> int | None:
    """Where a capitalised word that may start a longer name (`_may_start_name`) stands
    right before the model name found at `start`, not before `floor`; None if none does."""
    before = _title_case_word_before(text, max(floor, start - 30), start)
    if before is None or not _may_start_name(before.group(1), start <= title_length):
        return None
    return before.start()


def _name_word_before(text: str, start: int, title_length: int) -> int | None:
    """Where a capitalised word that starts a longer name stands right before the model
    name found at `start`, inside a sentence of the abstract: "Open Sora", "Constrained
    Word2Vec" (see `_may_start_name`). Not a sentence's first word (capitalised whatever
    it is)."""
    if start - 2 <= title_length or text[start - 1] != " " or not text[start - 2].islower():
        return None  # one C-level test rules out most names: no lower-case word before
    begin = _name_word(text, start, title_length, title_length)
    if begin is None or not _inside_sentence(text, begin):
        return None
    return begin


# A model name of two or more words ending in a head noun ("Music Transformer", "Prototypical
# Networks").
_HEAD_NOUN_NAME = regex_cache.compile(
    r"[A-Z][\w\-]* (?:[\w\-]+ )*(?:Transformers?|Networks?|Nets?)"
)
# A model name of plain capitalised words ("Graph Attention Network"), and the capitalised
# word, maybe hyphenated ("Relation-Aware"), a title writes right before it.
_PLAIN_TITLE_WORDS = regex_cache.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+")
_HYPHENATED_BEFORE = regex_cache.compile(r"(?<![\w\-])[A-Z][a-z]+(?:-[A-Z][a-z]+)+ $")
_TITLE_WORD_BEFORE = regex_cache.compile(r"(?<![\w\-])([A-Z][a-z]+(?:-[A-Z][a-z]+)*) $")


def _longer_head_noun_name(text: str, candidate: Candidate, title_length: int) -> bool:
    """Whether a capitalised word that may start a longer name (`_may_start_name`) stands
    right before a model name of two or more words that ends in a head noun, in a title or
    inside an abstract's sentence: "Based on Multitrack Music Transformer" names
    Multitrack Music Transformer, a model the catalog lacks, not Music Transformer. Not a
    sentence's or a title's first word."""
    if not _HEAD_NOUN_NAME.fullmatch(candidate.surface):
        return False
    start = candidate.start
    if (
        start <= title_length or _HYPHENATED_BEFORE.search(text, max(0, start - 40), start)
    ) and _PLAIN_TITLE_WORDS.fullmatch(candidate.surface):
        # "Heterogeneous Graph Attention Network", "Relation-Aware Graph Attention Network
        # for ...": a long form of plain words after another capitalised word of a title is
        # the end of the paper's own longer name, a participle too ("Contextualized"), but
        # not after a gerund, a function word or a modifier ("Improving Graph Attention
        # Networks", "with Graph ...", "Domain Agnostic Quux Transformer"); so is one
        # after a hyphenated capitalised word inside a sentence ("a novel Heterophily-Aware
        # Graph Attention Network (HA-GAT)").
        before = _TITLE_WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is not None:
            word = before.group(1)
            return not word.endswith("ing") and _may_start_name(word, in_title=False)
    begin = _name_word(text, start, 0, title_length)
    if begin is None:
        return False
    if start > title_length and not _inside_sentence(text, begin):
        return False
    return not (start <= title_length and begin == 0)


def _inside_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` stands inside a sentence, not first in it (nor first after
    an opening bracket or quote), where every word is capitalised whatever it is."""
    ahead = text[max(0, at - 3) : at].rstrip(" ")
    return bool(ahead) and ahead[-1] not in ".!?:;\n(\"'"


def _full_year(edition: str) -> str:
    """The year of an edition matched by EDITION_AFTER (" 2015", "-2015", "'15"), in four
    digits: "'15" is 2015, "'98" 1998."""
    digits = edition[1:]
    if edition[0] != "'":
        return digits
    return ("19" if digits >= "50" else "20") + digits


# A part of a dataset written right after its name: a lower-case subset after a hyphen
# ("BC5CDR-chem", "BC5CDR-disease"), a numbered task ("BioASQ Task 12B", "DCASE 2021 Task 6",
# "Task1 Subtask B"), a challenge's named task ("WMT18 Multimodal Translation Task"), the
# challenge itself when written with a capital ("DCASE 2023 Challenge", "ICDAR 2015
# Competition on Scene Text Rectification", with up to three capitalised words before it:
# "AIshell Speaker Verification Challenge 2019"; "the MOT16 challenge" is how a text speaks of
# MOT16), or one or two capitalised words before "benchmark" ("the MPII Multi-Person
# benchmark", "the ICDAR 2013 Robust Reading dataset").
_DATASET_PART = regex_cache.compile(
    r"-(?P<subset>[a-z]{3,})(?![\w\-])"
    r"| Task ?\d+[A-Za-z]?(?: Subtask [A-Z0-9]\b)?(?![\w\-])"
    r"|(?: [A-Z][a-z]+){1,3} (?:Shared )?Task\b(?!-)"
    r"|(?P<event>(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)*){0,3} (?:Grand )?(?:Challenge|Competition)"
    r"(?: (?:19|20)\d\d)?"
    r"(?: on(?: [A-Z][A-Za-z]+){1,5})?)(?![\w\-])"
    r"|(?P<named>(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)*){1,2})(?= (?:benchmark|dataset|corpus)\b)"
)
# Lower-case words after a hyphen that make no subset: a split of the same dataset ("COCO-val")
# or a modifier (names.is_modifier_word; and participles, "ImageNet-trained", "COCO-finetuning").
_SPLIT_WORDS = frozenset(("train", "val", "valid", "validation", "test", "dev", "eval", "set"))
# Capitalised words that name what a dataset is, not a part of it ("the ZINC Dataset").
_HEAD_NOUNS = frozenset(
    """dataset datasets data benchmark benchmarks corpus corpora set sets test tests suite
    network model challenge task tasks""".split()  # noqa: SIM905 - a word list reads best as text
)


# The year after a challenge's name ("Zero Resource Speech Challenge 2021"), matched at the
# name's end: the name must end in the event's word.
_EVENT_EDITION = regex_cache.compile(
    r"(?:(?<=Challenge)|(?<=Shared Task)|(?<=Competition)) (?:19|20)\d\d(?![\w\-]|\.\d)"
)


def _dataset_part(text: str, end: int, title_length: int) -> re.Match[str] | None:
    """The part of a dataset written right after its name ending at `end` (see
    _DATASET_PART), or None."""
    if end >= len(text) or text[end] not in "- ":
        return None  # the common case: no part follows
    part = _DATASET_PART.match(text, end)
    if part is None:
        return None
    subset = part.group("subset")
    if subset is not None and (
        subset in _SPLIT_WORDS or is_modifier_word(subset) or subset.endswith(("ed", "ing"))
    ):
        return None
    if (part.group("event") or part.group("named")) and end <= title_length:
        return None  # a title capitalises every word: "... at BioASQ8 Challenge"
    named = part.group("named")
    if named is not None and any(
        is_never_name(word) or is_modifier_word(word) or word.casefold() in _HEAD_NOUNS
        for word in named.strip().replace(" ", "-").split("-")
    ):
        return None  # "WMT16 German-English benchmarks", "the X Large-Scale benchmark"
    return part


# Suffixes after a data set's name, each after a slash, that make its siblings' names:
# "RefCOCO/+/g" (RefCOCO+, RefCOCOg). One lower-case letter or plus signs; the run must end
# the word ("RefCOCO/g-split" is none).
_SUFFIX_SIBLINGS = regex_cache.compile(r"(?:/(?:\+{1,2}|[a-z]))+(?![\w\-/+])")
_SUFFIX_SIBLING = regex_cache.compile(r"/(\+{1,2}|[a-z])")


# A source dataset written right before its target in domain adaptation: "GTA-to-", "GTA5 → ".
_ADAPTED_FROM = regex_cache.compile(
    r"(?<![\w\-])([A-Z][A-Za-z0-9]*[A-Za-z0-9])(?:-to-|\s?(?:→|->)\s?)$"
)
_ADAPTED_WORDS = ("-to-", "→", "->")
def _short_form_of_before(text: str, candidate: Candidate, found: list[_Found]) -> bool:
    """Whether the bracketed candidate starts the name of a dataset found just before the
    bracket, with at most a lower-case part between ("IWSLT-2017 en-fr (IWSLT)")."""
    short = candidate.surface.casefold()
    for item in reversed(found[-4:]):
        if item.entity_type != "dataset" or item.end >= candidate.start:
            continue
        between = text[item.end : candidate.start - 1]
        if len(between) > 12 or not all(w.islower() for w in between.split()):
            continue
        surface = item.surface.casefold()
        return len(surface) > len(short) and surface.startswith(short)
    return False


# A data head right after a data source's name names it as data: "on the Wikipedia corpus",
# "the Wikipedia dataset" (not "Wikipedia dumps", "Wikipedia articles": where data came from).
_HEAD_AFTER_SOURCE = regex_cache.compile(rf"[\s\-]+{DATASET_HEAD}\b")
# ... or what a model was trained on: "pre-trained on English Wikipedia".
_TRAINED_ON_BEFORE = regex_cache.compile(r"train(?:ed|ing|s)?\s+on\s+(?:the\s+)?(?:[a-z]+\s+)?$")
# A count right before a source's plural items ("10 million PubMed abstracts", "top 3 ...").
_COUNT_BEFORE = regex_cache.compile(
    r"(?<![\w.\-])(?:\d[\d.,]*[kmb]?|million|billion|thousand|hundred) $"
)
# An edition or version written after a dataset's bracketed acronym: "(MIMIC)-III", "(HASOC) 2021".
_BRACKETED_EDITION = regex_cache.compile(r"\)((?:[\s\-](?:19|20)\d\d)|-[IVX]+|-\d+)(?![\w\-]|\.\d)")
# A capitalised model head noun right after a dataset's name, which makes both one model's
# name ("Deep Planning Network"); lower case, it is what the model was trained on ("an
# ImageNet model").
_MODEL_HEAD_AFTER = regex_cache.compile(
    r" (?:Networks?|Nets?|Models?|Architecture|Transformer)\b(?!-)"
)
# A platform's or organisation's name (names.NEVER_NAMES: "Amazon", "Reddit") right before a
# dataset head noun, with the word before it.
# Two words before a dataset head word: the head found by the scan, the words read back
# from it (a pattern starting with a word at every position of the text cost more than the
# rest of the paper's dataset rules together).
_SOURCE_HEAD = regex_cache.compile(r"(?:dataset|datasets|corpus|corpora|benchmark)\b(?!-)")
_SOURCE_BEFORE_HEAD = regex_cache.compile(r"(?<!\w)(\w+) ([A-Z][a-z]+) $")


def _after_third_last_space(text: str, low: int, high: int) -> int:
    """Where a search of text[low:high] for _SOURCE_BEFORE_HEAD can first match: after the
    third-last space, as a match ends at `high` (or at a newline right before it) and holds
    exactly two spaces, its words none. Searching from there finds the same match; the
    pattern opens with no literal the regex engine could skip to, so it was tried at every
    position of its 80-character window (half the time of that search; the same match on
    every position of all 1,811 texts and of 200,000 generated strings)."""
    position = high
    for _ in range(3):
        position = text.rfind(" ", low, position)
        if position < 0:
            return low
    return position + 1
_UNNAMED_DETERMINERS = frozenset(("a", "an", "our", "their", "new", "its", "this", "his", "her"))
# What joins a name to the list item before it, and what may follow a listed name.
_LISTED_BEFORE = regex_cache.compile(r"(?:,|,?\s(?:and|or))\s$")
_LISTED_AFTER = regex_cache.compile(r"(?:,|\s(?:and|or)\s|\)|\.(?!\w)|;|$)")
# The short head of a model's compound before its hyphen (any Unicode hyphen): "x-",
# "AV-" ("x\u2011ResNet", "AV-Conformer").
_COMPOUND_MODEL_HEAD = regex_cache.compile(r"(?<![\w\-.])([a-z]|[A-Z]{1,3})[\-\u2010\u2011]$")
# The word before a hyphen that ends right before a catalog alias: "QA-" in "QA-FB15k".
_HEAD_BEFORE_HYPHEN = regex_cache.compile(r"(?<![\w\-])([A-Za-z0-9]+)-$")


def _is_name_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _token_kind(token: str) -> str | None:
    """What a dataset name's last token is: an edition "year", a "roman" numeral, a
    "number", or None (a word: no sibling is written after it)."""
    if token.isdigit():
        return "year" if YEAR.fullmatch(token) else "number"
    if re.fullmatch(_ROMAN, token):
        return "roman"
    if _VERSION_WORD.fullmatch(token):
        return "version"  # "Something-Something V1 and V2"
    return None


def _first_with(items: list[_Found], role: Role) -> _Found:
    """The first mention whose own rule role is `role` (the evidence), else the first."""
    return next((item for item in items if item.role == role), items[0])


def _by_position(item: _Found) -> tuple[int, int]:
    return item.start, item.end


def _longest_first(candidate: Candidate) -> tuple[int, int]:
    return candidate.start, candidate.start - candidate.end


def _leftmost_longest(candidates: list[Candidate]) -> Iterator[Candidate]:
    """Non-overlapping candidates: at each position the longest span; then move past it."""
    # Candidates come ordered by (start, end); this puts the longest first at each start.
    ordered = sorted(candidates, key=_longest_first)
    frontier = -1
    for candidate in ordered:
        if candidate.start >= frontier:
            yield candidate
            frontier = candidate.end
