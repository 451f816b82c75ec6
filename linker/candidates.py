"""Candidate generation: every catalog alias found in a text, with its place and alias.

One pass of an Aho-Corasick automaton (pyahocorasick, C) finds all aliases at once, however
many the catalog holds; the cost is linear in the text, not in the catalog. Two automata run:
one over the text lower-cased for ordinary aliases, one over the original text for aliases
that only name an entity when cased ("OPT" the model, "opt" the verb).

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
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

import ahocorasick
from rapidfuzz import fuzz

_TOKEN_SPLIT = re.compile(r"[\s\-_]+")
_MAX_VARIANT_TOKENS = 4
# What may follow a name without changing which entity it names: a size or a size word.
_SIZE_AFTER = re.compile(
    r"[\s\-]?(?:\d+(?:\.\d+)?\s?[BbMmKkTt]\b|x{0,3}l\b|xxl\b|base\b|large\b|small\b|tiny\b"
    r"|medium\b|huge\b|giant\b|mini\b)",
    re.IGNORECASE,
)
# ... and what would make it a different release ("GPT-3.5", "LLaMA-3", "PaLM 2", "BERT-v2",
# "GPT-4-turbo"), or a class of models rather than one ("GPT-type", "BERT-like", "retro-fit").
_VERSION_AFTER = re.compile(
    r"(?:\.\d|[\-\s]?v\d|[\-\s]\d|[\-\s](?:turbo|nano|pro|ultra|plus|flash|lite|max)\b"
    r"|-(?:type|style|like|esque|fit\w*|inspired)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class AliasHit:
    """An entity an alias (or a spelling variant of it) names."""

    entity_id: str
    alias: str  # the catalog alias the surface form came from
    variant: bool  # True when matched through a re-joined spelling, not the alias itself
    case_sensitive: bool


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span of the text that an alias matches, with every entity it could name."""

    start: int
    end: int
    surface: str
    hits: tuple[AliasHit, ...]

    def score(self, hit: AliasHit) -> float:
        """1.0 for the alias itself; for a variant, how close its spelling is (rapidfuzz)."""
        if not hit.variant:
            return 1.0
        return round(fuzz.ratio(self.surface.lower(), hit.alias.lower()) / 100.0, 3)


def spelling_variants(alias: str) -> set[str]:
    """The alias with its tokens re-joined by "", "-" and " " (the alias itself excluded)."""
    tokens = [token for token in _TOKEN_SPLIT.split(alias.strip()) if token]
    if not 2 <= len(tokens) <= _MAX_VARIANT_TOKENS:
        return set()
    variants = set()
    for separators in itertools.product(("", "-", " "), repeat=len(tokens) - 1):
        parts = [tokens[0]]
        for separator, token in zip(separators, tokens[1:], strict=True):
            parts.extend((separator, token))
        variants.add("".join(parts))
    variants.discard(alias)
    return variants


def lower_same_length(text: str) -> str:
    """Lower-case without changing length, so spans found in it index the original text."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


class AliasIndex:
    """Finds catalog aliases in text. Built once per catalog; immutable and reusable."""

    def __init__(self, aliases: Iterable[tuple[str, str, bool]]) -> None:
        """Index (alias text, entity id, case_sensitive) triples; pure computation, no I/O."""
        folded: dict[str, dict[AliasHit, None]] = {}
        cased: dict[str, dict[AliasHit, None]] = {}
        for text, entity_id, case_sensitive in aliases:
            table = cased if case_sensitive else folded
            forms = [(text, False)] + [(v, True) for v in sorted(spelling_variants(text))]
            for form, variant in forms:
                key = form if case_sensitive else lower_same_length(form)
                hit = AliasHit(entity_id, text, variant, case_sensitive)
                table.setdefault(key, {})[hit] = None
        self._folded = _automaton(folded)
        self._cased = _automaton(cased)
        self.size = len(folded) + len(cased)

    def candidates(self, text: str, lowered: str | None = None) -> list[Candidate]:
        """Every standalone alias occurrence in `text`, overlapping ones included, in order.

        `lowered` may pass `lower_same_length(text)` when the caller already has it.
        """
        found: dict[tuple[int, int], list[AliasHit]] = {}
        lowered = lowered if lowered is not None else lower_same_length(text)
        for automaton, haystack in ((self._folded, lowered), (self._cased, text)):
            if automaton is None:
                continue
            for last, (length, hits) in automaton.iter(haystack):
                start, end = last - length + 1, last + 1
                fit = _fit(text, start, end)
                if fit is _Fit.SIZED:
                    # "Llama 2 70B" names the Llama 2 family; "ImageNet-21k" is not ImageNet.
                    hits = tuple(hit for hit in hits if hit.entity_id.startswith("model:"))
                surface = text[start:end]
                if surface.islower():
                    # An acronym alias found in lower case is a word ("retro", "opt"), not it.
                    hits = tuple(hit for hit in hits if not _is_acronym(hit.alias))
                if fit is not _Fit.NONE and hits:
                    found.setdefault((start, end), []).extend(hits)
        return [
            Candidate(start, end, text[start:end], tuple(dict.fromkeys(hits)))
            for (start, end), hits in sorted(found.items())
        ]


def _automaton(table: dict[str, dict[AliasHit, None]]) -> ahocorasick.Automaton | None:
    if not table:
        return None
    automaton = ahocorasick.Automaton()
    for key, hits in table.items():
        automaton.add_word(key, (len(key), tuple(hits)))
    automaton.make_automaton()
    return automaton


def _is_acronym(alias: str) -> bool:
    letters = [ch for ch in alias if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class _Fit(Enum):
    NONE = "part of a longer name"
    WHOLE = "a whole name"
    SIZED = "a whole name followed by a size"


def _fit(text: str, start: int, end: int) -> _Fit:
    """Whether text[start:end] is a whole name, not part of a longer one."""
    if start > 0:
        before = text[start - 1]
        if _is_word_char(before):
            return _Fit.NONE
        # "Sentence-T5", "Chinese-LLaMA": the tail of a hyphenated compound is another model.
        if before == "-" and start > 1 and _is_word_char(text[start - 2]):
            return _Fit.NONE
    if end < len(text):
        if _is_word_char(text[end]):
            return _Fit.NONE
        rest = text[end : end + 16]
        if _SIZE_AFTER.match(rest):
            return _Fit.SIZED
        if _VERSION_AFTER.match(rest):
            return _Fit.NONE
    return _Fit.WHOLE
