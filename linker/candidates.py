"""Candidate generation: every catalog alias found in a text, with its place and alias.

One pass of an Aho-Corasick automaton (ahocorasick-rs, a contiguous NFA in Rust) over the
lower-cased text finds all aliases at once, however many the catalog holds; the cost is
linear in the text, not in the catalog. Aliases that only name an entity when cased ("OPT"
the model, "opt" the verb) sit in the same automaton and are checked against the original
spelling.

Spelling variants ("Llama2", "LLaMA-2", "Flan T5") are generated from each alias at index
time by re-joining its tokens with "", "-" or " ". A variant keeps every character that
carries meaning (letters, digits, dots), so versions and sizes still have to agree exactly;
rapidfuzz only scores how close the surface is to the alias it came from.

A hit only becomes a candidate when it stands alone as a name: not inside a longer word
("T5" in "mT5" or "SpeechT5"), not the tail of a hyphenated compound ("Sentence-T5"), and
not followed by a version the alias does not have ("GPT-3" in "GPT-3.5", "LLaMA" in
"LLaMA-3"). A following size ("Llama 2 70B", "T5-XL") is allowed: the family is named.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

import ahocorasick_rs
from rapidfuzz import fuzz

from citegraph.graph import ids

from . import regex_cache
from .names import YEAR, names_a_task
from .packed import Pickles

_TOKEN_SPLIT = regex_cache.compile(r"[\s\-_]+")
_MAX_VARIANT_TOKENS = 4

# What a number hyphenated to it counts, not a version of the name before it ("11-organ").
_COUNTED = r"(?:class|classes|organ|way|shot|fold|label|category|categories|task|layer|lead)\b"

# What may follow a name without changing which entity it names: a size or a size word.
# Both patterns run on the lower-cased text, so they are written in lower case without
# re.IGNORECASE (which stops the engine from skipping alternatives by their first letter).
# A network's width multiplier below 2 ("GhostNet 0.5\u00d7", "MobileNetV2 1.4x"; not a
# speed-up, "2.5x faster") and a detector's ResNet backbone ("Faster R-CNN R-50") are
# sizes of the network too: a variant of it, named as written.
SIZE_AFTER = regex_cache.compile(
    r"[\s\-]?(?:\d+(?:\.\d+)?\s?[bmkt]\b|x{0,3}l\b|xxl\b|base\b|large\b|small\b|tiny\b"
    r"|medium\b|huge\b|giant\b|mini\b)"
    r"|\s(?:0\.\d+|1\.\d+)\s?[x\u00d7](?![\w.])"
    r"(?!\s*(?:faster|slower|fewer|more|less|smaller|larger|higher|lower|speed|better|times))"
    r"|\sr-?(?:18|34|50|101|152)\b(?![\-.]\w)"
)
# ... and what would make it a different release ("GPT-3.5", "LLaMA-3", "PaLM 2", "BERT-v2",
# "GPT-4-turbo", "GPT-4-o", the edition "IWSLT'15"), or a class of models rather than one
# ("GPT-type", "BERT-like", "retro-fit").
_VERSION_AFTER = regex_cache.compile(
    # Not a dimension: "the KITTI 3D detection benchmark" is KITTI's; nor a count of what
    # the task is over: "OrganAMNIST 11-organ classification", "ImageNet 1000-class".
    rf"(?:\.\d|[\-\s]?v\d|-\d(?!d\b)|\s\d(?!d\b)(?!\d*-{_COUNTED})|'\d\d\b"
    r"|[\-\s](?:turbo|nano|pro|ultra|plus|flash|lite|max)\b"
    # "GPT-4-o", "GPT4-o-mini": the omni or vision release's letter hyphenated off, not GPT-4.
    r"|-[ov](?![a-z0-9])"
    r"|-(?:type|style|like|esque|fit\w*)\b"
    # "GPT- and BERT-style LLMs": a hyphen left hanging shares the next word's suffix.
    r"|-\s+(?:and|or|&)\s+[\w.]+-(?:type|style|like|esque)\b"
    # "the PASCAL- and COCO- datasets": a hyphen left hanging before a word that shares no
    # suffix with it, where a superscript ("COCO-20^i") was lost; the name goes on unread.
    r"|-[ \t]+(?!(?:and|or|&|to|vs\.?)\s|[\w.]+-))"
)


# What makes a model's name the name of its method, law or objective rather than of the
# model: "the popular MAE approach", "the Chinchilla scaling law", "Chinchilla optimal",
# "FLAN instruction tuning"; or of a class of models, as "-like" does: "a Faster-RCNN like
# architecture". Not "approaches": "Zorbilla approaches human accuracy" is the verb. Only
# the words the labelled papers show; matched on the 16 lower-cased characters after the
# name ("instruction tun" stands for "instruction tuning"). Datasets keep theirs.
_METHOD_AFTER = regex_cache.compile(
    r"[\s\-](?:approach\b|optimal|scaling[\s\-]law|instruction[\s\-]tun"
    r"|like\s(?:architec|models?\b|networks?\b|structure|design))"
)


# A count of items after a data set's name, apart from it: " 100k", " 1.5m".
_SUBSET_COUNT = regex_cache.compile(r" \d+(?:\.\d+)?[km]\b")


# What follows a name, as one pattern: a size, else a version, else a method's or a
# class's word (the first of the three that matches, as its alternatives are tried in
# order; `lastgroup` says which). One regex call per name instead of up to three.
_AFTER_NAME = regex_cache.compile(
    rf"(?P<size>{SIZE_AFTER.pattern})|(?P<version>{_VERSION_AFTER.pattern})"
    rf"|(?P<method>{_METHOD_AFTER.pattern})"
)


# A release word after a model's name, capitalised and ending the name: "Stable Diffusion
# Turbo", "Zorb Pro" (a variant of the model; in lower case it is a word of the sentence).
RELEASE_WORD_AFTER = regex_cache.compile(
    r"[\s\-](Turbo|Pro|Ultra|Plus|Flash|Lite|Max|Nano)\b(?![\-.]\w)"
)


# An image size glued to a dataset's name: "ImageNet256", "ImageNet64" (the downsampled
# sets generative models are trained and scored on).
RESOLUTION_GLUED = regex_cache.compile(r"(?:32|64|128|256|512|1024)(?![\w\-+]|\.\d)")


# A year after a dataset's name: an edition ("KITTI 2015", "NIST SRE 2016") the catalog may
# lack. Kept as a candidate of the dataset, whose edition the linker then names.
# "IWSLT'15" (the apostrophe as lower_same_length writes it) is the 2015 edition.
EDITION_AFTER = regex_cache.compile(r"(?:[\s\-](?:19|20)\d\d|'\d\d)(?![\w\-]|\.\d)")


# Hours of a speech dataset after its name: "Switchboard-300hr", "LibriSpeech 100h", the
# subset a model was trained on; the dataset it is part of is what the text names.
HOURS_AFTER = regex_cache.compile(r"[\s\-]\d+(?:\.\d+)?\s?(?:h|hr|hrs|hours?)(?![\w.]|\.\w)")


# The crate's contiguous NFA, not its DFA: with the shipped catalog's ~39,000 keys the DFA
# (~100 MB per automaton, ~0.1 s to build) linked 50,000 papers 6-10% slower per CPU second
# than the NFA (bench_extract, same run), the scan being a tenth of the linker's time.
_NFA = ahocorasick_rs.Implementation.ContiguousNFA
# Pluses that end a name ("RefCOCO+", "SVD++"), not ones that join two ("BERT+CRF"): another
# name than the one before them. The unseen-name patterns end a name with the same.
PLUS_ENDING = r"\+\+?(?![\w+])"
_PLUS_NAME = regex_cache.compile(PLUS_ENDING)


class AliasHit(NamedTuple):
    """An entity an alias (or a spelling variant of it) names.

    A named tuple: the index holds tens of thousands, and a compiled index is unpickled
    from the cache on every start, where frozen dataclasses cost several times more.
    """

    entity_id: str
    alias: str  # the catalog alias the surface form came from
    variant: bool  # True when matched through a re-joined spelling, not the alias itself
    case_sensitive: bool
    form: str = ""  # the exact spelling a case-sensitive hit must have in the text


class Candidate(NamedTuple):
    """A span of the text that an alias matches, with every entity it could name.

    A named tuple, not a frozen dataclass: a few are made per paper, and a frozen
    dataclass's __init__ costs several times as much.
    """

    start: int
    end: int
    surface: str
    hits: tuple[AliasHit, ...]

    def score(self, hit: AliasHit) -> float:
        """1.0 for the alias itself; for a variant, how close its spelling is (rapidfuzz)."""
        if not hit.variant:
            return 1.0
        return round(fuzz.ratio(self.surface.lower(), hit.alias.lower()) / 100.0, 3)


# A name of letters ending in two digits, written together or apart: "THUMOS14", "WMT 14".
_SHORT_YEAR_ENDING = regex_cache.compile(r"([A-Za-z]{2,})[\s\-]?(\d\d)")


def spelling_variants(alias: str) -> set[str]:
    """The alias with its tokens re-joined by "", "-" and " " (the alias itself excluded),
    with spaces around its slashes, and a name and two digits joined by an apostrophe
    ("THUMOS'14", a year written short, as "WMT'14" is).

    A version token after the name may also lose its "v": "ActivityNet v1.3" is written
    "ActivityNet-1.3" and "ActivityNet1.3" too (the version itself must still agree).
    """
    # "CNN/Daily Mail" is typeset "CNN / Daily Mail" too.
    spaced = {alias.replace("/", " / ")} - {alias} if "/" in alias else set()
    if (short_year := _SHORT_YEAR_ENDING.fullmatch(alias)) is not None:
        # "THUMOS'14" for "THUMOS14": a year's last two digits after an apostrophe
        spaced.add(f"{short_year.group(1)}'{short_year.group(2)}")
    tokens = [token for token in _TOKEN_SPLIT.split(alias.strip()) if token]
    if not 2 <= len(tokens) <= _MAX_VARIANT_TOKENS:
        return spaced
    variants = _rejoined(tokens, keep_numbers_apart=False) | spaced
    if any(_VERSION_TOKEN.fullmatch(token) for token in tokens[1:]):
        unversioned = [tokens[0]] + [
            token[1:] if _VERSION_TOKEN.fullmatch(token) else token for token in tokens[1:]
        ]
        # "ResNet-50 1.5" never becomes "ResNet-501.5"
        variants |= _rejoined(unversioned, keep_numbers_apart=True)
    variants.discard(alias)
    return variants


# A version glued to the end of a camel-case name: "V1" in "MobileNetV1", "v2" in
# "EfficientNetv2"; after capitals only a lower-case "v" ("v5" in "YOLOv5", written
# "YOLO v5"; the "V2" of "RTMDETV2" is no version mark a reader could tell apart).
_GLUED_VERSION = regex_cache.compile(r"(?:(?<=[a-z])[vV]|(?<=[A-Z])v)\d+(?:\.\d+)*$")


def glued_version_spellings(alias: str) -> set[str]:
    """A one-word name ending in a glued version, written with the version apart:
    "MobileNet-V1" and "MobileNet V1" for "MobileNetV1". The version keeps its "v" (a bare
    "MobileNet 1" could be a width or a count), so the version must still agree."""
    match = _GLUED_VERSION.search(alias)
    if match is None or match.start() < 3 or any(mark in alias for mark in " -_"):
        return set()  # a name already written in parts keeps its own spellings
    name, version = alias[: match.start()], match.group()
    return {f"{name}-{version}", f"{name} {version}"}


# A version token at the end of a name: "V2" in "NYU Depth V2", "v1" in "Pendulum-v1".
_VERSION_ENDING_TOKEN = regex_cache.compile(r"(?<=[\s\-_])[vV](?=\d+(?:\.\d+)*$)")


def version_case_spellings(alias: str) -> set[str]:
    """A case-sensitive name ending in a version token, with the version's "v" in the other
    case: "NYU Depth v2" for "NYU Depth V2". Papers write the letter either way; the
    version itself, and the name's own capitals, must still agree."""
    match = _VERSION_ENDING_TOKEN.search(alias)
    if match is None:
        return set()
    letter = match.group()
    other = letter.lower() if letter.isupper() else letter.upper()
    return {alias[: match.start()] + other + alias[match.end() :]}


# Where a camel-case name splits into words: before a capital that follows a lower-case
# letter ("Switch|Transformers"), or that ends a run of capitals before a lower-case letter
# ("FGVC|Aircraft").
_CAMEL_BOUNDARY = regex_cache.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def camel_case_spellings(alias: str) -> set[str]:
    """A one-word camel-case name written as its words: "FGVC-Aircraft" and "FGVC Aircraft"
    for "FGVCAircraft", "Tab Net" for "TabNet", "Switch Transformers". Each word keeps its
    capital, so only those exact spellings match (lower-case "mobile net" is a phrase)."""
    if not alias.isalpha() or alias.isupper() or alias.islower():
        return set()
    words = _CAMEL_BOUNDARY.split(alias)
    if not 2 <= len(words) <= _MAX_VARIANT_TOKENS or not all(map(_is_camel_word, words)):
        return set()  # "De|BER|Ta", "L|La|MA" are no words
    if names_a_task(words):
        # mteb's "VideoRetrieval", "EmotionAnalysis": their words are a task's name in a
        # Title Case phrase ("Partially Relevant Video Retrieval (PRVR)"); the joined
        # spelling still matches.
        return set()
    return {"-".join(words), " ".join(words)}


# A camel-case name with a release number glued to its end: "AudioFlamingo3".
_CAMEL_THEN_NUMBER = regex_cache.compile(r"([A-Za-z]+)(\d+)")


def camel_case_numbered_spellings(alias: str) -> set[str]:
    """A camel-case name ending in a glued number, written as its words and the number
    apart: "Audio Flamingo 3" and "Audio-Flamingo-3" for transformers' "AudioFlamingo3".
    The number must still agree ("Audio Flamingo 2" is another release), and the words
    keep their capitals, as in `camel_case_spellings`."""
    match = _CAMEL_THEN_NUMBER.fullmatch(alias)
    if match is None:
        return set()
    name, number = match.groups()
    return {
        f"{spelled} {number}" if " " in spelled else f"{spelled}-{number}"
        for spelled in camel_case_spellings(name)
    }


# A one-word name of letters and then a number: "wmt15", "THUMOS14".
_LETTERS_NUMBER = regex_cache.compile(r"([A-Za-z]{2,})(\d+)")


def split_number_spellings(alias: str) -> set[str]:
    """A dataset's one-word name of letters and a number written with the number apart:
    "WMT 15" and "WMT-15" for "wmt15" (the number itself must still agree), not a year.
    Datasets only: after a model's name a spaced number is as often a count or a size."""
    match = _LETTERS_NUMBER.fullmatch(alias)
    if match is None:
        return set()
    letters, number = match.groups()
    if YEAR.fullmatch(number):
        # "KITTI 2015" is the edition of KITTI the linker names (EDITION_AFTER), not a
        # separate "KITTI2015" entry: year spellings are the catalog's to add
        # (docs/catalog.md, OpenMMLab spellings).
        return set()
    return {f"{letters} {number}", f"{letters}-{number}"}


# A lower-case word glued before a capitalised name: "mini" in "miniImageNet", "tiered" in
# "tieredImageNet" (three letters or more: "mBERT", "iNaturalist" are names of their own).
_LOWER_WORD_THEN_NAME = regex_cache.compile(r"([a-z]{3,})([A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*)")


def lower_prefix_spellings(alias: str) -> set[str]:
    """A name made of a lower-case word glued to a capitalised name, written with the word
    apart or capitalised: "mini-ImageNet", "Mini-ImageNet", "mini ImageNet" and
    "MiniImageNet" for "miniImageNet". Without them "mini-ImageNet" named ImageNet, the
    name after the hyphen. The capitalised part keeps its capitals, so only these
    spellings match."""
    match = _LOWER_WORD_THEN_NAME.fullmatch(alias)
    if match is None:
        return set()
    word, name = match.groups()
    spellings = set()
    for first in (word, word.capitalize()):
        spellings |= {f"{first}-{name}", f"{first} {name}"}
    spellings.add(word.capitalize() + name)
    return spellings


# A dataset's name ending in a small edition number, apart or glued: "DIHARD 3", "dihard3".
_EDITION_NUMBER_ENDING = regex_cache.compile(r"(?P<name>.*[A-Za-z])[\s\-]?(?P<number>[234])")
_ROMAN = {"2": "II", "3": "III", "4": "IV"}


def roman_edition_spellings(alias: str) -> set[str]:
    """A dataset's name ending in edition 2, 3 or 4 with the edition in Roman numerals, as
    challenge series write it: "DIHARD III" and "DIHARD-III" for "DIHARD 3". The edition
    must still agree ("DIHARD II" is another data set); only these three, which no other
    word of a name spells ("X" or "V" could be a letter)."""
    match = _EDITION_NUMBER_ENDING.fullmatch(alias)
    if match is None:
        return set()
    name, roman = match.group("name"), _ROMAN[match.group("number")]
    return {f"{name} {roman}", f"{name}-{roman}"}


# The plural last word of a dataset's name of capitalised words: "Natural Questions", "Speech
# Commands"; not a word whose last "s" is no plural ending ("News", "Atlas", "Genesis").
_PLURAL_LAST_WORD = regex_cache.compile(r"[A-Z][a-z]{3,}[^suiwaoy]s")


def singular_spellings(alias: str) -> set[str]:
    """A dataset's name of two to four words whose last is a capitalised plural, written in
    the singular as papers do ("Natural Question" for "Natural Questions"). Kept with its
    capitals: only that exact spelling matches ("natural question" is a phrase)."""
    words = alias.split(" ")
    if not 2 <= len(words) <= _MAX_VARIANT_TOKENS or not _PLURAL_LAST_WORD.fullmatch(words[-1]):
        return set()
    if not all(word[:1].isupper() and word.isalpha() for word in words):
        return set()
    return {alias[:-1]}


_ROMAN_ENDING = regex_cache.compile(r"[\s\-][IVX]+$")
# A version or edition ending an alias: "-200-2011" in "CUB-200-2011", " 3" in "Penn Treebank 3".
_VERSION_ENDING = regex_cache.compile(r"(?:[\s\-]\d+)+$")


def versioned_spellings(
    aliases: Iterable[tuple[str, str, bool]],
) -> dict[tuple[str, str], list[str]]:
    """A dataset's alias without a number followed by the version another of its aliases
    ends in: "Caltech-UCSD Birds-200-2011" for CUB-200-2011, whose aliases are
    "Caltech-UCSD Birds" and "CUB-200-2011". The scan drops a name followed by a version it
    lacks (versions must agree), so the long form with the version would name nothing;
    the version is the entity's own, so the whole names it. By (alias, entity id)."""
    by_entity: dict[str, list[str]] = defaultdict(list)
    for text, entity_id, _ in aliases:
        if entity_id.startswith("dataset:"):
            by_entity[entity_id].append(text)
    found: dict[tuple[str, str], list[str]] = {}
    for entity_id, texts in by_entity.items():
        if len(texts) < 2:
            continue
        # Not a year alone: "PASCAL VOC 2012" is the edition the linker names (EDITION_AFTER).
        endings = {
            match.group()
            for text in texts
            if (match := _VERSION_ENDING.search(text))
            and any(ch.isalpha() for ch in text)
            and not YEAR.fullmatch(match.group()[1:])
        }
        if not endings:
            continue
        known = {text.casefold() for text in texts}
        for text in texts:
            if any(ch.isdigit() for ch in text) or _ROMAN_ENDING.search(text):
                continue  # "MIMIC-III" has its version already
            forms = [text + ending for ending in sorted(endings)]
            forms = [form for form in forms if form.casefold() not in known]
            if forms:
                found[text, entity_id] = forms
    return found


def _is_camel_word(word: str) -> bool:
    """A word of a camel-case name: an acronym of two or more capitals, or a capitalised
    word of three or more letters."""
    if word.isupper():
        return len(word) >= 2
    return len(word) >= 3 and word[0].isupper() and word[1:].islower()


def _rejoined(tokens: list[str], *, keep_numbers_apart: bool) -> set[str]:
    """`tokens` joined by every choice of "", "-" or " " between each two; with
    `keep_numbers_apart`, a number never runs into the number after it."""
    choices = [
        ("-", " ") if keep_numbers_apart and left[-1].isdigit() and right[0].isdigit()
        else ("", "-", " ")
        for left, right in itertools.pairwise(tokens)
    ]  # fmt: skip
    joined = set()
    for separators in itertools.product(*choices):
        parts = [tokens[0]]
        for separator, token in zip(separators, tokens[1:], strict=True):
            parts.extend((separator, token))
        joined.add("".join(parts))
    return joined


# A version token: "v1.3", "V2" (not "v" alone, nor a word such as "vs").
_VERSION_TOKEN = regex_cache.compile(r"[vV]\d+(?:\.\d+)*")


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether start:end overlaps any of `spans` (pairs of start and end; a mapping keyed by
    spans will do): the one test of "this place is taken" for every stage of the linker."""
    for other_start, other_end in spans:  # noqa: SIM110 - no generator per call: hot path
        if start < other_end and other_start < end:
            return True
    return False


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether `text` holds one of `words` as a plain substring: the cheap gate, a few
    substring searches in C, that rules most texts out before a pattern whose every match
    holds one of the words runs over them."""
    return any(map(text.__contains__, words))  # (no generator: called for most mentions)


def title_head(title: str) -> str | None:
    """The words before a title's first colon ("UL2" of "UL2: Unifying Language Learning
    Paradigms"), stripped; None for a title without one (or starting with it). The paper's
    own name, for the introduction patterns, the role features and the unseen names."""
    colon = title.find(":")
    return title[:colon].strip() if colon > 0 else None


def lower_same_length(text: str) -> str:
    """Lower-case without changing length, so spans found in it index the original text.

    The typographic apostrophe becomes the plain one, as aliases spell it ("WMT'19" is
    typeset "WMT\u201919"), and the Unicode hyphens (U+2010, and U+2011, the non-breaking one
    text copied from PDFs and web pages keeps: "GPT\u20114o") become "-": the versions
    after a name are then read as versions, and a compound stays a compound ("x\u2011ResNet").
    The multiplication sign between two digits becomes "x", as sizes of mixtures of experts
    are spelled in aliases ("Mixtral-8\u00d77B" is "Mixtral-8x7B"); elsewhere it stays a sign
    ("44\u00d7than GANet" keeps its "than").
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    if "\u2019" in lowered:
        lowered = lowered.replace("\u2019", "'")
    if "\u2010" in lowered or "\u2011" in lowered:
        lowered = lowered.translate(_HYPHENS)
    if "\u00d7" in lowered:
        lowered = _TIMES_BETWEEN_DIGITS.sub("x", lowered)
    return lowered


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_TIMES_BETWEEN_DIGITS = regex_cache.compile("(?<=\\d)\u00d7(?=\\d)")

# Typesetting around a name in abstracts copied from LaTeX or Markdown: "\textit{Qwen2.5}",
# "{\em BERT}", "$\text{T5}$", "`Llama-2`", "**BERT**". The cue patterns read words and
# spaces, so "fine-tune \textsc{Llama-2}" hid its cue from them, and "\emph{RoBERTa}" its
# neighbours. A citation, reference or footnote is blanked with its argument ("GPT-4\cite{x}
# into Mistral" kept "into" from its name), and LaTeX's non-breaking space between two words
# is a space ("MS~COCO", "Pascal~VOC" are the catalog's "MS COCO", "Pascal VOC").
# Every alternative starts with a character (the "~" is matched before the look-behind
# that checks the character before it), so the regex engine skips to the next mark in C;
# a leading look-behind made it try every alternative at every position (53 -> 6 us per
# marked abstract, the same matches).
_FORMATTING = regex_cache.compile(
    r"\\(?:text(?:it|bf|sc|tt|rm|sf|sl|up)?|emph|math(?:rm|bf|it|tt|sf|cal)|underline"
    r"|url)\{(?P<inner>[^{}\\$]*)\}"
    r"|\{\\(?:em|it|bf|sc|tt|rm|sf|sl)\s+(?P<declared>[^{}\\$]*)\}"  # "{\em BERT}"
    r"|_\{(?P<subscript>[^{}\\$]*)\}"  # "BERT_{base}": BERT base
    r"|\\(?:cite[a-z]*|footnote|ref|eqref|label)\*?(?:\[[^\]{}]*\])*\{[^{}]*\}"
    r"|~(?<=[\w).,]~)(?=[\w\\$({])"  # a non-breaking space; not "~50%", a URL's "/~x"
    r"|\$|`|\*\*"
    # markdown's emphasis, one star against a word on one side only: "We introduce *Zorb*"
    # (the star first and what stands before it checked after it: every branch then starts
    # with a literal, so the regex engine skips from one mark to the next instead of trying
    # each branch at every position of the text; a leading look-behind is tried everywhere)
    r"|\*(?<![\w*]\*)(?=\w)|\*(?<=[\w.)]\*)(?![\w*])"
)
_KEPT = ("inner", "declared", "subscript")
# The characters markup starts with. Tested one by one with `in` (a C substring search over
# the text): frozenset.isdisjoint(text) hashes every character of the text, 17 us a paper,
# one in twenty of the linker's time, where the six searches take 0.1 us.
_MARKS = ("\\", "$", "`", "*", "_", "~")


def without_markup(text: str) -> str:
    """`text` with typesetting commands, `$`, backquotes and `**`/`*` emphasis blanked,
    without changing its length: spans found in it index the original, and a name inside
    the markup keeps its place ("\\textit{Qwen2.5}" reads "        Qwen2.5 "). Citations,
    references and footnotes go with their arguments; a "~" between words is a space, so
    the surface of "MS~COCO" reads "MS COCO" while its span still covers the "~".

    A LaTeX accent inside a word is dropped for its letter, the characters the command
    took moved before the word as spaces: "Gl\\'orIA" reads "  GlorIA", "T\\"ULU 2"
    "  TULU 2" (its span then ends where the original word ends). Catalogs and labels
    spell such names in ASCII too ("Tulu", "Sabia-65B"), and ids fold accents alike.
    """
    if not any(mark in text for mark in _MARKS):
        return text
    if "\\" in text and _ONE_ACCENT.search(text):  # rare: the word pattern runs only then
        text = _without_accents(text)
    return _FORMATTING.sub(_blank, text)


def joined_at_broken_hyphens(text: str, start: int = 0) -> tuple[str, list[int]]:
    """`text` with each word a PDF's line end broke after its hyphen ("MobileNet- v2",
    "MIT- BIH arrhythmia database") read whole, from `start` on; and where the spaces were
    taken out, as positions of the joined text (each space stood right before one), for
    `at_broken_hyphens_original` to map spans back to the text as written. Only a
    capital, a digit or a "v" version after the break continues a name; a lower-case word
    after it ("seg- mentation") is no name's, and a hyphen left hanging ("GPT- and
    BERT-style", "the PASCAL- and COCO- datasets") stays."""
    if text.find("- ", start) == -1:  # one C search; the pattern runs for few abstracts
        return text, []
    pieces: list[str] = []
    removed: list[int] = []
    last = 0
    for match in _BROKEN_HYPHEN.finditer(text, start):
        space = match.end() - 1
        pieces.append(text[last:space])
        last = space + 1
        removed.append(space - len(removed))
    if not removed:
        return text, []
    pieces.append(text[last:])
    return "".join(pieces), removed


def at_broken_hyphens_original(removed: list[int], start: int, end: int) -> tuple[int, int]:
    """The span `start:end` of a text `joined_at_broken_hyphens` joined, in the text as
    written."""
    last = end - 1
    return start + bisect_right(removed, start), last + bisect_right(removed, last) + 1


# The hyphen first and the letter or digit before it checked after it, so the regex engine
# skips from hyphen to hyphen (a leading look-behind is tried at every position).
_BROKEN_HYPHEN = regex_cache.compile(r"-(?<=[A-Za-z0-9]-) (?=[A-Z0-9]|v\d)")


# A LaTeX accent inside a word ("Gl\\'orIA", "T\\"ULU", "Sabi\\'{a}"), on a letter that
# takes one: "BERT\\'s" is an escaped apostrophe, not an accented "s".
_ACCENT = r"\\[\"'`^~](?:[AEIOUYCNaeiouycn]|\{[AEIOUYCNaeiouycn]\})"
_ACCENTED_WORD = regex_cache.compile(rf"[A-Za-z0-9]*(?:{_ACCENT}[A-Za-z0-9]*)+")
_ONE_ACCENT = regex_cache.compile(_ACCENT)


def _without_accents(text: str) -> str:
    """`_ACCENTED_WORD.sub(_accented, text)`, the word pattern matched only at the start of
    the letters and digits before each accent (its leading run, tried at every position
    of the text, cost ~500,000 instructions a text that holds one): a match is such a run,
    then accents and runs, so the first match from any position starts there."""
    pieces = []
    last = 0
    for accent in _ONE_ACCENT.finditer(text):
        if accent.start() < last:
            continue  # inside the last word read
        start = accent.start()
        while start > last and text[start - 1] in _ASCII_ALNUM:
            start -= 1
        match = _ACCENTED_WORD.match(text, start)
        assert match is not None, "an accent is a match of the word pattern"
        pieces += (text[last:start], _accented(match))
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)


_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _accented(match: re.Match[str]) -> str:
    word = _ONE_ACCENT.sub(_letter, match.group())
    return " " * (len(match.group()) - len(word)) + word


def _letter(match: re.Match[str]) -> str:
    return match.group().strip("{}")[-1]  # '\\"U' -> "U", "\\'{a}" -> "a"


# A footnote's mark glued between a word and the footnote's text, as arXiv's HTML pages
# render it when an abstract is copied: the mark's digit three times ("corpus
# Opencpop111https://wenet.org.cn/opencpop/", "we train v-MLLM222v-MLLM is short for ...",
# "GRLM111https://github.com/..."). Read as one word, the name before it is lost to every
# pattern ("Opencpop111https"). The scan finds the three digits (FOOTNOTE_MARKS, a keyword
# group: no search of its own over every text); a mark is one only after a letter or a
# bracket and before a link or a word: "S222K)" and "1000X" keep their digits.
FOOTNOTE_MARKS = tuple(digit * 3 for digit in "123456789")
_FOOTNOTE_MARK = regex_cache.compile(r"([1-9])\1\1(?=https?:|www\.|[A-Za-z][\w\-])")


def without_footnote_marks(text: str, marks: Iterable[tuple[int, int]]) -> str:
    """`text` with each glued footnote mark among `marks` (where the scan found a digit
    three times) read as three spaces: the same length, so spans found in it index the
    text as written. `text` itself when none of them is a mark."""
    blanked = text
    for start, _ in marks:
        glued = start > 0 and (
            text[start - 1].isalpha()
            or text[start - 1] == ")"
            # "for Bemba.111The corpus ...": after a sentence's full stop, before its next
            # sentence (not "3.111" or "v1.111": a word's letter before the stop).
            or (
                text[start - 1] == "."
                and start > 1
                and text[start - 2].isalpha()
                and text[start + 3 : start + 4].isupper()
            )
        )
        if glued and _FOOTNOTE_MARK.match(text, start):
            blanked = f"{blanked[:start]}   {blanked[start + 3 :]}"
    return blanked


def _blank(match: re.Match[str]) -> str:
    for group in _KEPT:
        inner = match.group(group)
        if inner is not None:
            return " " * (match.start(group) - match.start()) + inner + " "
    return " " * len(match.group())


class Scan(NamedTuple):
    """One pass over a text: alias candidates, and where each keyword group occurs."""

    candidates: list[Candidate]
    words: dict[str, list[tuple[int, int]]]
    # (key index, start, end) of aliases found as the tail of a hyphenated compound
    # ("QA-FB15k"), left out of the candidates: the linker reads some as a longer name.
    tails: list[tuple[int, int, int]]
    # (start, end, hits) of all-capitals aliases written in lower case ("arc", "piqa"),
    # left out of the candidates: a word, unless listed with datasets (Linker._found).
    lowered_acronyms: list[tuple[int, int, tuple[AliasHit, ...]]]


class AliasIndex:
    """Finds catalog aliases (and, optionally, cue words) in text in one pass.

    Built once per catalog; immutable and reusable. Case-sensitive aliases sit in the same
    automaton under their lower-cased key and are checked against the original spelling on
    a hit, so a text is scanned once, not once per case rule. `keywords` are extra word
    groups the later layers need (introduction cues, URL marks); finding them in the same
    pass is what keeps linking linear in the text with a small constant.
    """

    def __init__(
        self,
        aliases: Iterable[tuple[str, str, bool]],
        keywords: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        """Index (alias text, entity id, case_sensitive) triples; pure computation, no I/O."""
        hits_by_key: dict[str, dict[AliasHit, None]] = {}
        kinds_by_key: dict[str, dict[str, None]] = {}
        aliases = list(aliases)
        versioned = versioned_spellings(aliases)
        for text, entity_id, case_sensitive in aliases:
            # (form, variant, case-sensitive): a camel-case name's words keep their capitals,
            # so those spellings match only as written, whatever the alias's own rule.
            forms = [(text, False, case_sensitive)]
            spellings = sorted(spelling_variants(text))
            forms += [(v, True, case_sensitive) for v in spellings]
            forms += [(v, True, case_sensitive) for v in sorted(glued_version_spellings(text))]
            if case_sensitive:
                forms += [(v, True, True) for v in sorted(version_case_spellings(text))]
            if case_sensitive and _lowered_first_letter_keeps_it_a_name(text):
                forms.append((text[0].lower() + text[1:], True, True))
            if case_sensitive and (lowered_last := _lowered_last_word(text)) is not None:
                # "COCO-stuff", "MLP mixer": the name and its spellings, last word lowered
                forms.append((lowered_last, True, True))
                forms += [
                    (lowered, True, True)
                    for spelling in spellings
                    if (lowered := _lowered_last_word(spelling)) is not None
                ]
            if case_sensitive and (lowered_all := _lowered_plain_words(text)) is not None:
                forms.append((lowered_all, True, True))  # "MIT-BIH arrhythmia database"
            forms += [(v, True, True) for v in sorted(camel_case_spellings(text))]
            forms += [(v, True, True) for v in sorted(camel_case_numbered_spellings(text))]
            forms += [(v, True, True) for v in sorted(lower_prefix_spellings(text))]
            if entity_id.startswith("dataset:"):
                forms += [(v, True, case_sensitive) for v in sorted(split_number_spellings(text))]
                forms += [(v, True, True) for v in sorted(singular_spellings(text))]
                forms += [(v, True, True) for v in sorted(roman_edition_spellings(text))]
            for form in versioned.get((text, entity_id), ()):
                forms += [
                    (v, True, case_sensitive) for v in (form, *sorted(spelling_variants(form)))
                ]
            for form, variant, cased in forms:
                hit = AliasHit(entity_id, text, variant, cased, form if cased else "")
                hits_by_key.setdefault(lower_same_length(form), {})[hit] = None
        for kind, words in (keywords or {}).items():
            for word in words:
                kinds_by_key.setdefault(word.lower(), {})[kind] = None
        self.size = len(hits_by_key)
        self._keys: list[str] = []
        # Per key index: the keyword groups it belongs to, and what its alias hits need.
        self._kinds: list[tuple[str, ...]] = []
        # Per key index: its hits; True in a loaded index until a scan finds the key.
        self._aliases: list[_AliasKey | bool | None] = []
        self._packed_aliases: Pickles | None = None  # the hits' pickles in a loaded index
        for key in sorted(hits_by_key.keys() | kinds_by_key.keys()):
            hits = tuple(hits_by_key.get(key, ()))
            self._keys.append(key)
            self._kinds.append(tuple(kinds_by_key.get(key, ())))
            # Per key, once: which filters a hit of it can need, so the scan loop (run for
            # every occurrence in every text) skips the ones that cannot apply.
            self._aliases.append(
                _AliasKey(
                    hits,
                    any(hit.case_sensitive for hit in hits),
                    any(_is_acronym(hit.alias) for hit in hits),
                    tuple(hit for hit in hits if _names_a_model(hit)),
                    tuple(hit for hit in hits if _names_a_model(hit) and _has_plural(hit.alias)),
                )
                if hits
                else None
            )
        # Per key index: its keyword group when the key is a word of one group and no
        # alias, else None. Three matches in five are such words (cue and trigger words):
        # the scan files each with this one lookup, without the key's other lists.
        self._only_kind: list[str | None] = [
            kinds[0] if len(kinds) == 1 and alias is None else None
            for kinds, alias in zip(self._kinds, self._aliases, strict=True)
        ]
        self._automata: dict[bool, Any] = {}  # by "ASCII only"

    def _automaton(self, ascii_only: bool) -> Any:
        """The automaton over `_keys` (positions are key indexes), built on first use.

        The crate cannot serialise an automaton (G-Research/ahocorasick_rs#41), so every
        process builds its own from the compiled key list.

        The bytes automaton serves ASCII texts (nearly all), where byte offsets are
        character offsets: on a str the crate converts each match's offsets by counting
        characters from the start of the text, which cost more than the search itself. The
        str automaton serves the rest.
        """
        automaton = self._automata.get(ascii_only)
        if automaton is None:
            if ascii_only:
                automaton = ahocorasick_rs.BytesAhoCorasick(
                    [key.encode() for key in self._keys], implementation=_NFA
                )
            else:
                automaton = ahocorasick_rs.AhoCorasick(self._keys, implementation=_NFA)
            self._automata[ascii_only] = automaton
        return automaton

    def __getstate__(self) -> dict[str, object]:
        """Pickled without the automata (the crate's cannot be pickled: workers and the
        compiled-catalog cache rebuild them from the keys) and with the keys' alias hits
        packed: a scan unpickles the hits of the keys it finds (see `packed`). In
        `_aliases`, True then stands for "hits not unpickled yet"."""
        state = self.__dict__.copy()
        state["_automata"] = {}
        state["_aliases"] = [None if alias is None else True for alias in self._aliases]
        if self._packed_aliases is None:  # a loaded index keeps the pickles it was loaded from
            state["_packed_aliases"] = Pickles.of(self._aliases)
        return state

    def _alias(self, index: int) -> _AliasKey | None:
        """The hits of key `index` (unpickled now if they were still packed)."""
        alias = self._aliases[index]
        if alias is True:
            assert self._packed_aliases is not None, "only a loaded index has packed hits"
            alias = self._aliases[index] = self._packed_aliases[index]
        return alias

    def candidates(self, text: str, lowered: str | None = None) -> list[Candidate]:
        """Every standalone alias occurrence in `text`, overlapping ones included, in order."""
        return self.scan(text, lowered).candidates

    def scan(self, text: str, lowered: str | None = None) -> Scan:
        """Candidates and keyword positions of `text`.

        `lowered` may pass `lower_same_length(text)` when the caller already has it.
        """
        # One key per span (the span's lower-cased text), so hits never need merging.
        found: dict[tuple[int, int], tuple[AliasHit, ...]] = {}
        # Most matches are keywords (cue and trigger words), so their path is the short one.
        words: dict[str, list[tuple[int, int]]] = defaultdict(list)
        if not self._keys:
            return Scan([], words, [], [])
        lowered = lowered if lowered is not None else lower_same_length(text)
        if lowered.isascii():
            matches = self._automaton(True).find_matches_as_indexes(
                lowered.encode("ascii"), overlapping=True
            )
        else:
            matches = self._automaton(False).find_matches_as_indexes(lowered, overlapping=True)
        text_end = len(text)
        tails: list[tuple[int, int, int]] = []
        lowered_acronyms: list[tuple[int, int, tuple[AliasHit, ...]]] = []
        kinds_of, aliases_of, only_kind_of = self._kinds, self._aliases, self._only_kind
        for index, start, end in matches:
            only_kind = only_kind_of[index]
            if only_kind is not None:  # a keyword and nothing else: the common match
                words[only_kind].append((start, end))
                continue
            kinds = kinds_of[index]
            if kinds:
                span = (start, end)
                for kind in kinds:
                    words[kind].append(span)
            alias = aliases_of[index]
            if alias is None:
                continue
            # Most hits sit inside a longer word ("opt" in "adopt"): the cheapest test first,
            # before the key's hits are even looked at (or unpickled, in a loaded index).
            if start > 0:
                before = lowered[start - 1]  # a Unicode hyphen reads as "-" there
                if (before.isalnum() or before == "_") and not (
                    # (the function's first test inline: most hits inside a word fail it)
                    text[start].isupper() and _glued_to_a_function_word(text, start)
                ):
                    continue
                if before == "\\":
                    continue  # "$\Phi : x \rightarrow w$": a LaTeX command, no name
                # "Sentence-T5", "Chinese-LLaMA": the tail of a hyphenated compound is
                # another model; in "GTA-to-Cityscapes" (a transfer between two) it is itself.
                if (
                    before == "-"
                    and start > 1
                    and _is_word_char(text[start - 2])
                    and lowered[start - 4 : start] != "-to-"
                    and not _participle_before(text, start - 1)
                ):
                    tails.append((index, start, end))
                    continue
            if alias is True:
                alias = self._alias(index)
            hits, cased, acronyms, model_hits, _ = alias
            span_end = end
            if end < text_end:
                after = text[end]
                if after.isalnum() or after == "_":
                    if after.isdigit() and RESOLUTION_GLUED.match(text, end):
                        # "ImageNet256": the dataset at that image size, a variant of it
                        # the linker names as written.
                        hits = tuple(hit for hit in hits if _names_a_dataset(hit))
                        if not hits:
                            continue
                    else:
                        plural = alias.plural_hits
                        if (
                            not plural
                            or after != "s"
                            or _word_goes_on(text, end + 1)
                            # "boxing gloves": a plural in lower case is the word's (the
                            # plural of a name keeps its capitals: "MobileNets").
                            or text[start:end].islower()
                        ):
                            continue
                        # "MobileNets": the plural of a model's name names that model (a
                        # plural acronym, "GCNs", is a class: never here).
                        hits, span_end = plural, end + 1
                elif after == "+" and _PLUS_NAME.match(text, end):
                    # "RefCOCO+", "StackGAN++", "LoRA+": another name, as a version is;
                    # "BERT+CRF" joins two.
                    continue
                else:
                    rest = lowered[end : end + 16]
                    following = _AFTER_NAME.match(rest)
                    if following is None:
                        pass
                    elif following.lastgroup == "size":
                        # "Llama 2 70B" names the Llama 2 family; "ImageNet-21k" is not
                        # ImageNet. A count apart from a data set's name that no longer
                        # alias spells is how many items of it were taken ("the MSMARCO
                        # 100k retrieval task"): the data set.
                        hits = (
                            hits if _SUBSET_COUNT.match(rest) else model_hits
                        )
                    elif following.lastgroup == "version":
                        if RELEASE_WORD_AFTER.match(text, end):
                            # "Stable Diffusion Turbo", "CheXpert Plus": a release of the
                            # model or data set the catalog may lack, which the linker
                            # names as written (not the model or data set).
                            hits = tuple(
                                hit for hit in hits if _names_a_model(hit) or _names_a_dataset(hit)
                            )
                        elif not (EDITION_AFTER.match(rest) or HOURS_AFTER.match(rest)):
                            continue
                        else:
                            # "KITTI 2015" (an edition, named by policy), "Switchboard-300hr"
                            # (so many hours of it: the dataset itself)
                            hits = tuple(hit for hit in hits if _names_a_dataset(hit))
                    else:
                        # "the MAE approach", "the Chinchilla scaling law": the method's;
                        # "a Faster-RCNN like architecture": a class.
                        hits = tuple(hit for hit in hits if _names_a_dataset(hit))
            if cased:
                surface = text[start:end]
                kept = tuple(h for h in hits if not h.case_sensitive or h.form == surface)
                if len(kept) < len(hits) and acronyms and surface.islower():
                    # "arc" for the cased ARC: a word, unless listed with datasets.
                    lowered_acronyms.append((start, end, hits))
                hits = kept
            if acronyms and _not_an_acronym_spelling(surface := text[start:end]):
                # An acronym alias found in lower case is a word ("retro", "opt"), not it;
                # in camel case ("ViTs", "CoCo") it is another name written with the same
                # letters: the plural of ViT is not VITS, CoCo is not COCO.
                kept = tuple(
                    hit
                    for hit in hits
                    if not _is_acronym(hit.alias)
                    or (_names_a_model(hit) and _numbered_in_lower_case(hit.alias, surface))
                )
                if len(kept) < len(hits) and lowered[start:end] == text[start:end]:
                    # "hellaswag, arc and piqa": the linker reads some as the dataset.
                    lowered_acronyms.append((start, end, hits))
                hits = kept
            if (
                hits
                and " " in lowered[start:end]
                and lowered[start + 1 : end] == text[start + 1 : end]
            ):
                # "a vision transformer", "the stack": a capitalised name made of plain words
                # ("Vision Transformer", "The Stack") written in lower case is the phrase;
                # so is one written so but for a sentence's capital ("The stack tracks ...").
                lower = lowered[start] == text[start]
                # "evaluated on Google speech commands": a data set's name whose first word
                # keeps its capital inside a sentence is that name, its other words lowered.
                mid_sentence = not lower and _inside_a_sentence(text, start)
                hits = tuple(
                    hit for hit in hits
                    if not _is_phrase_of_words(hit.alias)
                    or not (lower or any(ch.isupper() for ch in hit.alias[1:]))
                    or (mid_sentence and _names_a_dataset(hit))
                )  # fmt: skip
            if hits:
                found[start, span_end] = hits
        candidates = [
            Candidate(start, end, text[start:end], hits)
            for (start, end), hits in sorted(found.items())
        ]
        return Scan(candidates, words, tails, lowered_acronyms)

    def hits_at(self, index: int) -> tuple[AliasHit, ...]:
        """The alias hits of key `index` (as Scan.tails gives it)."""
        alias = self._alias(index)
        return alias.hits if alias is not None else ()


class _AliasKey(NamedTuple):
    hits: tuple[AliasHit, ...]
    cased: bool  # some hit names its entity only in one exact spelling
    acronyms: bool  # some hit comes from an all-capitals alias
    model_hits: tuple[AliasHit, ...]  # the hits still valid when a size follows
    plural_hits: tuple[AliasHit, ...]  # the hits still valid when an "s" follows


# Three or more capitalised words ending in a network's head noun: "Graph Attention
# Network", "Audio Spectrogram Transformer" (two, "Vision Transformer", name a class too).
_LONG_NETWORK_NAME = regex_cache.compile(r"(?:[A-Z][a-z]+ ){2,}(?:Transformer|Network)")


def _has_plural(alias: str) -> bool:
    """Whether "<alias>s" in a text is the plural of this model's name: one word with a
    capital inside it ("MobileNet", "EfficientNet"), ending in a lower-case letter other
    than "s", or a long network's name (_LONG_NETWORK_NAME). Not an acronym ("GCNs" are a
    class of models), nor a name of two ordinary words ("Vision Transformers" are a class,
    "Transformers" a library)."""
    if _LONG_NETWORK_NAME.fullmatch(alias):
        return True  # "Audio Spectrogram Transformers" are AST models, not a class
    if len(alias) < 4 or " " in alias or not alias[-1].islower() or alias[-1] == "s":
        return False
    return any(ch.isupper() for ch in alias[1:]) and any(ch.islower() for ch in alias[:-1])


def _lowered_first_letter_keeps_it_a_name(alias: str) -> bool:
    """Whether a case-sensitive alias still names its entity with its first letter in lower
    case ("transformer-XL" for "Transformer-XL"): a capitalised word with a capital or a
    digit later on, which no ordinary word has. "Apertus" lower-cased is a word."""
    return (
        len(alias) > 2
        and alias[0].isupper()
        and alias[1].islower()
        and any(ch.isupper() or ch.isdigit() for ch in alias[2:])
    )


# The last word of a name after a space or a hyphen: "Stuff" of "COCO-Stuff".
_LAST_WORD = regex_cache.compile(r"(?<=[\s\-])[A-Z][a-z]+$")
# Head nouns a name ends in that the text's own head noun would be in lower case ("the AVE
# dataset" names AVE, not mteb's "AVE-Dataset").
_HEAD_WORDS_KEPT = frozenset(
    {"Dataset", "Datasets", "Data", "Database", "Benchmark", "Corpus", "Model", "Models", "Network"}
)


def _lowered_last_word(alias: str) -> str | None:
    """A case-sensitive alias of several words with its last, plain word in lower case,
    when its first word holds two capitals no ordinary word has ("COCO-stuff",
    "DeepMind Control suite"): papers write the last word either way, and the first keeps
    it a name. None for other aliases ("Stanford Dogs" stays as written)."""
    last = _LAST_WORD.search(alias)
    if last is None or last.group() in _HEAD_WORDS_KEPT:
        return None
    first = _TOKEN_SPLIT.split(alias, maxsplit=1)[0]
    if sum(ch.isupper() for ch in first) < 2:
        return None
    return alias[: last.start()] + last.group().lower()


def _lowered_plain_words(alias: str) -> str | None:
    """A case-sensitive alias of three words or more with every plain word after its first
    in lower case, when that first word holds two capitals ("MIT-BIH arrhythmia database"
    for "MIT-BIH Arrhythmia Database"): a head noun among them is safe there, as the
    first two words already make the name longer than the text's "AVE dataset"."""
    words = alias.split(" ")
    if len(words) < 3 or sum(ch.isupper() for ch in words[0]) < 2:
        return None
    if not all(_PLAIN_TITLE_WORD.fullmatch(word) for word in words[1:]):
        return None
    return " ".join([words[0], *(word.lower() for word in words[1:])])


_PLAIN_TITLE_WORD = regex_cache.compile(r"[A-Z][a-z]+")


def _word_goes_on(text: str, position: int) -> bool:
    return position < len(text) and _is_word_char(text[position])


# A capital between lower-case letters: "ViTs", "CoCo" (not "ArBERT", where the capitals run on).
_CAMEL_HUMP = regex_cache.compile(r"[a-z][A-Z][a-z]")


# Two to four capitalised words of three letters or more run together: "CallHome", "TimeBank".
_TITLE_CASE_COMPOUND = regex_cache.compile(r"(?:[A-Z][a-z]{2,}){2,4}")


def _not_an_acronym_spelling(surface: str) -> bool:
    """Whether an all-capitals alias written as `surface` is not that acronym: all lower
    case, or camel case with a single capital inside lower-case letters. Words run together
    in title case ("CallHome" for CALLHOME) spell a name written in capitals, not an
    acronym's letters in other cases ("ViTs", "CoCo")."""
    if surface.islower():
        return True
    return _CAMEL_HUMP.search(surface) is not None and not _TITLE_CASE_COMPOUND.fullmatch(surface)


# An acronym, a hyphen and a number: "GPT-4", "OPT-175B", "GPT-3.5".
_NUMBERED_ACRONYM = regex_cache.compile(r"[A-Z]{2,}-\d[\w.]*")


def _numbered_in_lower_case(alias: str, surface: str) -> bool:
    """Whether a model's acronym alias with a hyphenated number, written all in lower case,
    still names it ("gpt-4" in "(gpt-3.5-turbo or gpt-4)"): no word is spelled that way,
    as "opt" or "retro" are."""
    return surface.islower() and _NUMBERED_ACRONYM.fullmatch(alias) is not None


def _inside_a_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` follows a lower-case word or a comma in its sentence (no
    capital of a sentence's start, a title's or a heading's)."""
    before = text[max(0, start - 2) : start]
    return len(before) == 2 and before[1] == " " and (before[0].islower() or before[0] == ",")


def _is_phrase_of_words(alias: str) -> bool:
    """Whether an alias is two or more words of letters only, some capitalised: a name
    only when capitalised ("Vision Transformer", "The Pile"; not "wav2vec 2.0")."""
    words = alias.split()
    return (
        len(words) >= 2
        and all(word.isalpha() for word in words)
        and any(ch.isupper() for ch in alias)
    )


def _is_acronym(alias: str) -> bool:
    letters = [ch for ch in alias if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# Function words a PDF's lost space glues to the name after them: "pruning theBERT model".
_GLUED_FUNCTION_WORDS = frozenset(
    {"the", "of", "to", "and", "in", "on", "for", "with", "by", "from", "using", "via", "than"}
)


def _glued_to_a_function_word(text: str, start: int) -> bool:
    """Whether the capital at `start` begins a name a lost space glued to the lower-case
    function word before it ("theBERT", "ofLLaMA"): the word's lower-case run, from its
    start up to the capital, is one of _GLUED_FUNCTION_WORDS. Names that start with lower
    case letters ("mT5", "xLSTM", "eCeLLM") have none of those as their prefix."""
    if not text[start].isupper() or not text[start - 1].islower():
        return False
    begin = start - 1
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    return text[begin:start] in _GLUED_FUNCTION_WORDS


def _participle_before(text: str, hyphen: int) -> bool:
    """Whether the word before the hyphen at `hyphen` is a lower-case participle that
    describes the name after it ("compressed-PSPNet-based", "pretrained-BERT"): the name is
    the catalog's, not the tail of another name ("Sentence-T5", "x-ResNet")."""
    start = hyphen
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start:hyphen]
    return len(word) >= 4 and word.islower() and word.endswith("ed")


def _names_a_dataset(hit: AliasHit) -> bool:
    return ids.label_of(hit.entity_id) == "Dataset"


def _names_a_model(hit: AliasHit) -> bool:
    """Whether a catalog hit's entity is a model (plural aliases and sizes are models')."""
    return ids.label_of(hit.entity_id) == "Model"
