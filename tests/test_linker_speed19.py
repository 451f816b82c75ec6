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
        r"(?<!vector )quanti[sz]|prun(?:e|ed|ing)\b"
        r"|(?<!audio )(?<!image )(?<!video )(?<!speech )compress"
        r"|distil|sparsi|low-bit|\bbinar|ternary"
    )
    pieces = ["binar", "y", "ized", " ", "-", "x", "_", "é", "1", "prun", "ing", "e",
              "quantiz", "ternary", "low-bit", "com", "press", "vector ", "audio ", "image ",
              "video ", "speech ", "q", "c"]  # fmt: skip
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


def test_abstract_survey_matches_its_plain_spelling() -> None:
    plain = re.compile(
        role_features._ABSTRACT_SURVEY.pattern.replace("i(?<!\\wi)n", "\\bin")
        .replace("t(?<!\\wt)his", "\\bthis")
        .replace("t(?<!\\wt)(?:his|he", "\\b(?:this|the")
        .replace("e(?<!\\we)xplores", "\\bexplores")
    )
    assert "(?<!" not in plain.pattern
    pieces = ["in this survey", "in this review", "this survey covers", "this review paper ",
              "this paper provides a review of", "the present work reviews", "this article ",
              "explores recent advances", "explore the state-of-the-art developments", "x",
              "_", "é", "1", " ", "  ", "\n", "this", "in", "survey", "surveys", "of", "t",
              "i"]  # fmt: skip
    for text in _generated(pieces, 20_000, seed=8, most=8):
        assert _spans(role_features._ABSTRACT_SURVEY, text) == _spans(plain, text), text


def test_formatting_matches_its_plain_spelling() -> None:
    shipped = candidates._FORMATTING.pattern
    star_first = r"|\*(?<![\w*]\*)(?=\w)|\*(?<=[\w.)]\*)(?![\w*])"
    assert shipped.endswith(star_first)
    plain = re.compile(shipped.replace(star_first, r"|(?<![\w*])\*(?=\w)|(?<=[\w.)])\*(?![\w*])"))
    pieces = ["*", "**", "Zorb", "a", " ", ".", ")", "(", "_", "{", "}", "\\textit{", "\\cite{",
              "$", "`", "~", "{\\em ", "1", "é", "\n"]  # fmt: skip
    for text in _generated(pieces, 20_000, seed=9):
        assert _spans(candidates._FORMATTING, text) == _spans(plain, text), text


def test_patterns_searched_over_whole_texts_start_with_a_literal() -> None:
    """A pattern that starts with a look-behind, a word boundary or a case-insensitive
    word is tried by the regex engine at every position of the text; these are searched
    over every text (or every abstract that holds one of a few words), and a rule that put
    such a start back in front of one made it the linker's costliest pattern."""
    from re import _compiler, _parser  # the internals regex_cache relies on too

    for pattern in (
        candidates._FORMATTING, role_features._COMPRESSION, role_features._ABSTRACT_SURVEY,
        role_features._CHANGES_WEIGHTS, unseen._COMMA_THEN_MODEL, unseen._MODEL_THEN_NAME,
    ):  # fmt: skip
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        literal = _compiler._get_literal_prefix(parsed, pattern.flags)[0]
        assert literal or _compiler._get_charset_prefix(parsed, pattern.flags), pattern.pattern


def test_list_tokens_read_backwards_are_the_sentence_tokens_last_first() -> None:
    from citegraph.linker import roles

    pieces = ["Llama", "GPT-4o", "8B", " ", ", ", "and", " or ", "&", "/", "(", ")", "[", "]",
              ";", ":", "mini", "the", "\u00a0", "\n", "x" * 30, "-"]  # fmt: skip
    chosen = random.Random(10)
    for text in _generated(pieces, 5_000, seed=10, most=40):
        end = chosen.randint(0, len(text))
        low = chosen.randint(0, end)
        whole = [m.span() for m in roles._LIST_TOKEN.finditer(text, low, end)]
        assert [m.span() for m in roles._list_tokens_backwards(text, low, end)] == whole[::-1]


def test_the_scan_finds_every_change_verb_stem_str_find_finds() -> None:
    index = AliasIndex((), {"change_verb": policy._CHANGES_THESE_VERBS})
    pieces = ["fine-tun", "finetun", "quantiz", "prun", "distil", "compress", "ing", "e",
              " these models", "é", "-", " ", "pr", "un", "fine", "tun"]  # fmt: skip
    for text in _generated(pieces, 5_000, seed=11):
        lowered = lower_same_length(text)
        found = sorted(start for start, _ in index.scan(text, lowered).words["change_verb"])
        want = sorted(
            at for stem in policy._CHANGES_THESE_VERBS for at in range(len(lowered))
            if lowered.startswith(stem, at)
        )  # fmt: skip
        assert found == want, text
