"""Catalog models written out as their Title Case long form: "Graph Convolutional Networks"
is GCN, "Deep Zorb Network" is DZN when the catalog has a DZN model.

Only the initials of a whole run of Title Case words ending in "Network(s)" or
"Transformer" are read (hyphenated parts count apart). Only an acronym the catalog has *as
written* for a model counts ("GCN", never a folded or hyphen-less spelling of another
name), and never a generic class's (`is_never_name`: "Generative Adversarial Networks").
A longer run is a longer name ("Bidirectional Attentive Graph Convolutional Networks" is
not GCN), except for a leading verb ("Attacking Graph Convolutional Networks"); a run the
text names otherwise in brackets is the paper's own ("Temporal Squeeze Network (TeSNet)").
"Transformers" in the plural is a class ("Generative Pretrained Transformers").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from . import regex_cache
from .names import is_never_name

# A Title Case word, its letter runs possessive: a word cut short leaves a letter or a
# hyphen next, never the space every word of a long form is followed by, so giving
# characters back finds no match (the same matches, without retrying every Title Case word
# of a title at every length).
_AFTER_CAPITAL = r"[a-z]*+(?:-[A-Z][a-z]*+)*+"
_TITLE_WORD = rf"[A-Z]{_AFTER_CAPITAL}"
# A run of Title Case words ending in a network's head noun; nothing capitalised before it.
# The first word's capital comes before the "no word before it" check (a lookbehind over
# that capital): a pattern that opens with a character set lets the regex engine skip in C
# to the next capital, where a leading lookbehind was tried at every position. With the
# possessive runs, 5x faster on the abstracts that hold a head noun; the same matches on
# every bundled and dev text and 150,000 generated strings.
_LONG_FORM = regex_cache.compile(
    rf"(?P<words>[A-Z](?<![\w\-][A-Z]){_AFTER_CAPITAL}\s(?:{_TITLE_WORD}\s){{0,4}})"
    r"(?:Networks?|Transformer)\b"
)
_INITIAL = regex_cache.compile(r"[A-Z]")
# What names a long form in brackets after it: "(TeSNet)", "(GCNs)".
_BRACKETED = regex_cache.compile(r"\s*\((?P<name>[^()\s]{1,20})\)")


def _capitalised_before(text: str, begin: int) -> bool:
    word_start = text.rfind(" ", 0, begin - 1) + 1
    return text[word_start : word_start + 1].isupper()


def find_long_forms(
    text: str, start: int, model_acronym: Callable[[str], str | None]
) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, model id, acronym) of each long form in `text` from `start`.

    `model_acronym(acronym)` is the id of the catalog model whose name or cased alias is
    exactly `acronym`, else None.
    """
    if "Network" not in text and "Transformer" not in text:
        return  # most abstracts: two C-level searches instead of the pattern's tries
    for match in _LONG_FORM.finditer(text, start):
        begin = match.start()
        before = text[max(0, begin - 2) : begin]
        if before[:1].isalnum() and before.endswith(" ") and _capitalised_before(text, begin):
            continue  # a longer run of Title Case words: a longer name
        words = match.group("words").split()
        while len(words) > 1 and words[0].endswith("ing") and "-" not in words[0]:
            begin += len(words[0]) + 1  # "Attacking Graph Convolutional Networks"
            words = words[1:]
        acronym = (
            "".join(_INITIAL.findall(" ".join(words)))
            + "N" * (match.group().rstrip("s").endswith("Network"))
            + "T" * match.group().endswith("Transformer")
        )
        if len(acronym) < 3 or is_never_name(acronym):
            continue
        bracketed = _BRACKETED.match(text, match.end())
        if bracketed and bracketed.group("name").rstrip("s") != acronym:
            continue
        entity_id = model_acronym(acronym)
        if entity_id is not None:
            yield begin, match.end(), entity_id, acronym
