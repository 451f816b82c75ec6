"""The linker's faster spellings of its patterns and gates find what the plain ones did.

Several patterns were rewritten so that the regex engine can skip to where they may match
(a word boundary checked after a first letter instead of before it, possessive letter
runs), and a few searches were narrowed or gated by what the scan found. Each rewrite must
match exactly the strings its plain spelling matched: these tests keep the plain spelling
beside the shipped one and compare them on generated strings, and show the gated rules
still find their names.
"""

from __future__ import annotations

import random
import re

from citegraph.linker import candidates, long_forms, policy, role_features, unseen
from citegraph.linker.candidates import AliasIndex, lower_same_length, without_markup
from citegraph.linker.unseen import UNSEEN_WORDS, find_unseen


def _generated(pieces: list[str], count: int, seed: int, most: int = 12) -> list[str]:
    """`count` strings made of 1 to `most` of `pieces`, the same on every run."""
    chosen = random.Random(seed)
    return [
        "".join(chosen.choice(pieces) for _ in range(chosen.randint(1, most))) for _ in range(count)
    ]


Spans = list[tuple[tuple[int, int], tuple[str | None, ...]]]


def _spans(pattern: re.Pattern[str], text: str) -> Spans:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


def test_changes_weights_matches_its_plain_spelling() -> None:
    plain = re.compile(
        r"fine-?tun|(?<!pre-)(?<!pre)\b(?:re-?)?train(?:s|ed|ing)?\b|\blora\b|adapter|distil"
        r"|quantiz|quantis|prun(?:e|ed|ing)\b|(?:instruction|prompt)[- ]tun|\badapt(?:s|ed|ing)?\b"
        r"|\bcontinu\w+\s+pre-?train|\bpre-?train(?:s|ing)\b"
    )
    pieces = ["pre", "-", "re", "train", "ing", "s", "ed", " ", "lora", "adapt", "er", "x", "_",
              "continual", "fine", "tun", "prun", "e", "instruction", "prompt", "distil", "é",
              "1", "\n", "quantiz"]  # fmt: skip
    for text in _generated(pieces, 20_000, seed=1):
        assert _spans(role_features._CHANGES_WEIGHTS, text) == _spans(plain, text), text


def test_long_form_matches_its_plain_spelling() -> None:
    word = r"[A-Z][a-z]*(?:-[A-Z][a-z]*)*"
    plain = re.compile(rf"(?<![\w\-])(?P<words>(?:{word}\s){{1,5}})(?:Networks?|Transformer)\b")
    pieces = ["Graph", " ", "Network", "Networks", "Transformer", "-", "Conv", "x", "A", "a",
              "_", "\n", "Deep", "s", "1", "é", "Ü", "Net", "works"]  # fmt: skip
    for text in _generated(pieces, 20_000, seed=2, most=14):
        assert _spans(long_forms._LONG_FORM, text) == _spans(plain, text), text


def test_metrics_before_matches_its_plain_spelling_at_every_end() -> None:
    plain = re.compile(rf"\b{policy._METRIC},\s*{policy._METRIC},?\s*(?:(?:and|or)\s+)?$")
    pieces = ["BLEU", "ROUGE", "-1", "-L", "METEOR", "CIDEr", "chrF", "BERTScore", "BLEURT",
              "F1", ",", " ", "and ", "or ", "x", "_", "é", "B", "RT"]  # fmt: skip
    for text in _generated(pieces, 3_000, seed=3, most=8):
        for high in range(len(text) + 1):
            shipped = policy._METRICS_BEFORE.search(text, max(0, high - 60), high)
            reference = plain.search(text, max(0, high - 60), high)
            assert (shipped and shipped.span()) == (reference and reference.span()), text


def test_what_follows_a_name_is_read_in_the_order_of_the_three_patterns() -> None:
    pieces = [" ", "-", "7", "b", ".", "5", "v", "2", "'", "15", "turbo", "x", "l", "large",
              "approach", "like", " architec", "scaling law", "type", "k", "mini"]  # fmt: skip
    for text in _generated(pieces, 20_000, seed=4, most=6):
        rest = text[:16]
        expected = (
            "size" if candidates.SIZE_AFTER.match(rest)
            else "version" if candidates._VERSION_AFTER.match(rest)
            else "method" if candidates._METHOD_AFTER.match(rest)
            else None
        )  # fmt: skip
        found = candidates._AFTER_NAME.match(rest)
        assert (found.lastgroup if found else None) == expected, rest


def test_a_source_before_a_head_is_searched_from_where_it_can_start() -> None:
    pieces = [" ", "  ", "\n", "-", "Ab", "Cde", "ABC", "x", "yz", "_", "1", ".", ",", "é",
              "Amazon", "the", "\t"]  # fmt: skip
    pattern = policy._SOURCE_BEFORE_HEAD
    for text in _generated(pieces, 3_000, seed=5, most=14):
        for high in range(len(text) + 1):
            low = max(0, high - 80)
            shipped = pattern.search(text, policy._after_third_last_space(text, low, high), high)
            reference = pattern.search(text, low, high)
            assert (shipped and (shipped.span(), shipped.groups())) == (
                reference and (reference.span(), reference.groups())
            ), (text, high)


def test_text_without_markup_is_returned_as_it_is() -> None:
    text = "Zorb: A Model\n\nWe fine-tune Zorb-7B on 3 tasks."
    assert without_markup(text) is text
    assert without_markup("We use `Zorb` and **Quux**.") == "We use  Zorb  and   Quux  ."


def _unseen_names(text: str, title_length: int = 0) -> list[tuple[str, str]]:
    lowered = lower_same_length(text)
    words = AliasIndex((), UNSEEN_WORDS).scan(text, lowered).words
    return [(u.name, u.entity_type) for u in find_unseen(text, lowered, words, {}, title_length)]


def test_a_model_set_off_after_its_description_is_found_where_the_scan_saw_its_head() -> None:
    assert ("LPCNet", "model") in _unseen_names(
        "A Study\n\nSpeech is decoded by a recently proposed neural vocoder, LPCNet, in real time.",
        title_length=7,
    )
    assert ("ZorbNet", "model") in _unseen_names(
        "A Study\n\nWe evaluate an RNN model, ZorbNet, over three sets.", title_length=7
    )


def test_the_head_and_comma_keys_are_the_pattern_heads() -> None:
    for key in UNSEEN_WORDS["unseen_apposed"]:
        assert re.fullmatch(unseen._APPOSED_HEADS + ",", key), key


def test_compression_title_matches_its_plain_spelling() -> None:
    plain = re.compile(
        r"quanti[sz]|prun(?:e|ed|ing)\b|compress|distil|sparsi|low-bit|\bbinar|ternary"
    )
    pieces = ["binar", "y", "ized", " ", "-", "x", "_", "é", "1", "prun", "ing", "e",
              "quantiz", "ternary", "low-bit", "com", "press"]  # fmt: skip
    for text in _generated(pieces, 20_000, seed=6):
        assert _spans(role_features._COMPRESSION, text) == _spans(plain, text), text


def test_study_and_survey_titles_are_told_as_by_their_patterns() -> None:
    pieces = ["evaluation", "assess", "benchmark", "analyze", "analysis", "analyses", "of",
              "study", "studies", "an", "comparative", "systematic", "in-depth", "how", "do",
              "is", "which", "?", "survey", "review", "position", "paper", "perspective",
              " ", "  ", "-", "x", "_", "é", "\n", "re", "s"]  # fmt: skip
    for text in _generated(pieces, 20_000, seed=7, most=8):
        assert role_features._study_title(text) == bool(role_features._STUDY_TITLE.search(text))
        surveyed = candidates.holds_any(text, role_features._SURVEY_WORDS)
        assert surveyed or not role_features._SURVEY.search(text), text
