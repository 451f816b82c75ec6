"""The thirty-second session's cheaper ways to run the linker's patterns find what the
plain ones did.

Patterns searched over a whole text whose every alternative starts with a common letter or
a word boundary make the regex engine try most positions; these are now tried only where
a substring search says a match can start (or, for a list, where the scan found it). Each
shipped form is compared with the plain search it replaces, on generated strings and on the
bundled papers' texts, and the words the shipped form searches for are checked against
the alternatives of the pattern, so that a new alternative cannot be missed silently.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from citegraph.linker import role_features
from citegraph.linker.candidates import holds_any, lower_same_length
from citegraph.loaders import daily_papers

DUMPS = Path(__file__).resolve().parent.parent / "examples" / "data" / "hf-papers"


def _generated(pieces: list[str], count: int, seed: int, most: int = 12) -> list[str]:
    """`count` strings made of 1 to `most` of `pieces`, the same on every run."""
    chosen = random.Random(seed)
    return [
        "".join(chosen.choice(pieces) for _ in range(chosen.randint(1, most))) for _ in range(count)
    ]


def _bundled_texts(lowered: bool = True) -> list[str]:
    """The bundled papers' titles and abstracts (lower-cased, as paper_features reads them)."""
    texts = []
    for dump in sorted(DUMPS.glob("*.txt")):
        for paper in daily_papers.load(dump):
            text = f"{paper.title}\n\n{paper.abstract}"
            texts.append(text.lower() if lowered else text)
    return texts


def _alternatives(pattern: re.Pattern[str]) -> list[str]:
    """The top-level alternatives of a pattern, as written."""
    parts, depth, start, escaped, in_class = [], 0, 0, False, False
    source = pattern.pattern
    for index, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
    return [*parts, source[start:]]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [match.span() for match in matches]  # type: ignore[attr-defined]


def test_changes_are_the_pattern_s_matches() -> None:
    # Each alternative holds one of _CHANGE_WORDS, and starts at it or the listed offsets
    # before it: a new alternative needs its word here.
    opening = {
        "fine-?tun": "fine",
        "r(?<!pre-r)(?<!\\wr)e-?train(?:s|ed|ing)?\\b": "train",
        "t(?<!pre-t)(?<!\\wt)rain(?:s|ed|ing)?\\b": "train",
        "l(?<!\\wl)ora\\b": "lora",
        "adapter": "adapt",
        "distil": "distil",
        "quantiz": "quanti",
        "quantis": "quanti",
        "prun(?:e|ed|ing)\\b": "prun",
        "instruction[- ]tun": "instruction",
        "prompt[- ]tun": "prompt",
        "a(?<!\\wa)dapt(?:s|ed|ing)?\\b": "adapt",
        "c(?<!\\wc)ontinu\\w+\\s+pre-?train": "continu",
        "p(?<!\\wp)re-?train(?:s|ing)\\b": "train",
    }
    assert _alternatives(role_features._CHANGES_WEIGHTS) == list(opening)
    assert {word for word, _ in role_features._CHANGE_WORDS} == set(opening.values())
    pieces = ["pre", "-", "re", "train", "ing", "s", "ed", " ", "lora", "adapt", "er", "x", "_",
              "continual", "fine", "tun", "prun", "e", "instruction", "prompt", "distil", "é",
              "1", "\n", "quantiz", "quantis", "continued ", "p", "r", "t", "a", "c"]  # fmt: skip
    texts = _generated(pieces, 30_000, seed=1) + _bundled_texts()
    for text in texts:
        expected = _spans(role_features._CHANGES_WEIGHTS.finditer(text))
        assert _spans(role_features._changes(text)) == expected, text


def test_abstract_survey_is_searched_where_it_can_start() -> None:
    openings = ("i(?<!\\wi)n\\s+this", "t(?<!\\wt)his", "t(?<!\\wt)(?:his|he\\s+present)",
                "e(?<!\\we)xplores?")  # fmt: skip
    for alternative in _alternatives(role_features._ABSTRACT_SURVEY):
        assert alternative.startswith(openings), alternative
    pieces = ["in this survey", "in this review", "this survey covers", "this review paper ",
              "this paper provides a review of", "the present work reviews", "this article ",
              "explores recent advances", "explore the state-of-the-art developments", "x",
              "_", "é", "1", " ", "  ", "\n", "\t", "this", "in", "survey", "surveys", "of",
              "t", "i", "the", "present", "the present", "win", "xthis", "in\u00a0"]  # fmt: skip
    texts = _generated(pieces, 30_000, seed=2, most=8) + _bundled_texts()
    for text in texts:
        lowered = text.lower()
        plain = holds_any(lowered, role_features._ABSTRACT_SURVEY_WORDS) and bool(
            role_features._ABSTRACT_SURVEY.search(lowered)
        )
        assert role_features._surveys_in_abstract(text) == plain, text


def test_own_work_is_searched_at_its_words() -> None:
    openings = {
        "\\b(?:we|this\\s+(?:paper|work|article))\\s": ("we", "this"),
        "\\bour\\s": ("our",),
        "\\bwe\\s": ("we",),
        "\\bresulting\\s": ("resulting",),
        "\\bstarting\\s": ("starting",),
        "\\bas\\s": ("as",),
    }
    for alternative in _alternatives(role_features._OWN_WORK):
        words = next(words for start, words in openings.items() if alternative.startswith(start))
        assert set(words) <= set(role_features._OWN_WORK_WORDS), alternative
    pieces = ["we ", "propose ", "a ", "new ", "model", "this paper ", "this work ", "our ",
              "method", " for evaluating", "we call", "resulting model", "starting point",
              "we create", "as the backbone", "as", "x", "_", "é", "1", " ", "\n", "twe ",
              "ours ", "s", "evaluat", "framework", "introduces "]  # fmt: skip
    texts = _generated(pieces, 30_000, seed=3, most=10) + _bundled_texts()
    for text in texts:
        shipped = any(
            role_features._OWN_WORK.match(text, at)
            for at in role_features._word_starts(text, role_features._OWN_WORK_WORDS)
        )
        assert shipped == bool(role_features._OWN_WORK.search(text)), text


def test_lowered_texts_read_alike() -> None:
    # The patterns above run on str.lower()'s text (paper_features) and on the linker's
    # same-length lowering (role features of a mention): both forms are searched alike.
    text = "We Fine\u2011Tune LLaMA. In\u00a0this Survey, we review"
    assert role_features.changes_weights(lower_same_length(text))
    assert role_features._surveys_in_abstract(text)


def test_names_then_models_are_the_pattern_s_matches() -> None:
    from citegraph.linker import unseen

    pieces = ["ZorbNet", "LPCNet", "mT5", "3D-Net", "x", ".", "+", "-", "_", " ", ",", "(",
              ", a neural vocoder", " (an LLM", ", a recently proposed model", ", an encoder",
              " (a transformer", ", a model", "s", " for ", "a ", "é", "1", "\n", "v2", "Zorb.",
              "Net+", "ofZorb", ")", ", a zorb network", " (a big small tiny new old models",
              "A", "-Zorb"]  # fmt: skip
    chosen = random.Random(4)
    texts = _generated(pieces, 30_000, seed=4, most=10) + _bundled_texts(lowered=False)
    for text in texts:
        start = chosen.randint(0, 3) if len(text) > 3 else 0
        expected = [
            (match.span(), match.groupdict())
            for match in unseen._NAME_THEN_MODEL.finditer(text, start)
        ]
        shipped = [
            (match.span(), match.groupdict()) for match in unseen._names_then_models(text, start)
        ]
        assert shipped == expected, text


def test_we_call_matches_are_the_pattern_s_matches() -> None:
    from citegraph.linker import introduced

    pieces = ["we call ", "We call ", "we name ", "we dub ", "we term ", "we refer to as ",
              "WE CALL ", "a large language model", " model", " models", ", ", ", which ",
              " that ", "dataset", " data set", " benchmark", "vision-language ", "ZorbNet",
              "Zorb-7B", "X1", "x", " ", "\n", ".", "(", "é", "\u017f", "seq2seq ", "u-net",
              "the resulting", "pre-trained ", "-", "ours ", "LLM", "mLLM ", "corpus",
              "a model, which we call ZorbNet", "dataset we name Zorb-10K",
              "xmodel we dub X"]  # fmt: skip
    chosen = random.Random(5)
    texts = _generated(pieces, 30_000, seed=5, most=9) + _bundled_texts(lowered=False)
    for text in texts:
        lowered = lower_same_length(text)
        low = chosen.randint(0, min(5, len(text)))
        high = len(text) - chosen.randint(0, min(5, len(text) - low))
        expected = [match.span() for match in introduced._WE_CALL.finditer(text, low, high)]
        shipped = [match.span() for match in introduced._we_call_matches(text, lowered, low, high)]
        assert shipped == expected, (text, low, high)


def test_bench_names_are_the_pattern_s_matches() -> None:
    from citegraph.linker import unseen

    pieces = ["Bench", "ZorbBench", "CDR-Bench", "Zorb VideoBench", "OPV-Bench", "-", " ",
              "x", "X", "1", "a", "_", "é", "\n", "the ", "LLM ", "Bench-", "ABench-XBench",
              "Zorb2 ", "Video", "bench", "M3", "("]  # fmt: skip
    chosen = random.Random(6)
    texts = _generated(pieces, 30_000, seed=6, most=8) + _bundled_texts(lowered=False)
    for text in texts:
        start = chosen.randint(0, min(4, len(text)))
        expected = [
            (match.span(), match.groupdict()) for match in unseen._BENCH_NAME.finditer(text, start)
        ]
        shipped = [(match.span(), match.groupdict()) for match in unseen._bench_names(text, start)]
        assert shipped == expected, text


def test_evaluated_object_search_is_the_pattern_s() -> None:
    pieces = ["we evaluate ", "We Evaluate ", "compared ", "three ", "LLMs", "models", " (",
              ": ", "such as ", "including ", "GPT-4", ", ", "and ", "the performance of ",
              "evaluated models", "probing ", "tests ", "x", " ", "é", "\n", "analyses ",
              "benchmarked ", "open-source ", "-", "examining ", "assessment",
              "we compare four LLMs: ", "We evaluate models (", "Zorb, ", "Zorb-7B, and ",
              "evaluated LLMs, e.g., "]  # fmt: skip
    texts = _generated(pieces, 30_000, seed=7, most=10) + _bundled_texts(lowered=False)
    for text in texts:
        before = text[-160:]
        expected = role_features._EVALUATED_OBJECT.search(before)
        shipped = role_features._evaluated_object_search(before, before.lower())
        assert (shipped and shipped.span()) == (expected and expected.span()), before


def test_title_case_word_before_is_the_pattern_s_search() -> None:
    from citegraph.linker import policy

    pieces = ["Open ", "Sora", " ", "the ", "Xx", "x", "X", "-", "\n", "é", "Deep ", "1",
              "ab", "Cd ", "  ", "(", "Éa "]  # fmt: skip
    chosen = random.Random(8)
    for text in _generated(pieces, 30_000, seed=8, most=8) + _bundled_texts(lowered=False):
        high = chosen.randint(0, len(text))
        low = max(0, high - chosen.choice((24, 30, 5, 2)))
        expected = policy._TITLE_CASE_WORD_BEFORE.search(text, low, high)
        shipped = policy._title_case_word_before(text, low, high)
        assert (shipped and shipped.span()) == (expected and expected.span()), (text, low, high)


def test_windows_searched_only_when_they_hold_what_every_match_holds() -> None:
    from citegraph.linker import policy

    pieces = ["BLEU", "ROUGE", "F1", ", ", "and ", "Non", "-", "Attentive", " ", "GTA",
              "-to-", " -> ", "\u2192", "x", "A", "Zorb", "\n", "MAPE", "MSE", ","]  # fmt: skip
    for text in _generated(pieces, 30_000, seed=9, most=10):
        for pattern, words in (
            (policy._METRICS_BEFORE, (",",)),
            (policy._COMPOUND_BEFORE, ("-",)),
            (policy._ADAPTED_FROM, policy._ADAPTED_WORDS),
        ):
            found = pattern.search(text)
            assert found is None or holds_any(found.group(), words), (pattern, text)


def test_accents_are_read_as_the_word_pattern_reads_them() -> None:
    from citegraph.linker import candidates

    pieces = ["Gl", "\\'", "or", "IA", "T", '\\"', "ULU", "\\'{a}", "{", "}", "a", "e", "s",
              " ", "BERT", "\\'s", "\\", "1", "x", "é", "^", "~", "`", "\\^o", "\\~n"]  # fmt: skip
    for text in _generated(pieces, 30_000, seed=10, most=10):
        expected = candidates._ACCENTED_WORD.sub(candidates._accented, text)
        assert candidates._without_accents(text) == expected, text
