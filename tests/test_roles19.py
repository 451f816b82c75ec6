"""Role rules of round 19: cue windows end at sentence boundaries, one definition of a name
word before a catalog name, comparison measures (invented names)."""

from __future__ import annotations

import pytest

from citegraph.graph.records import Role
from citegraph.linker import Linker
from citegraph.linker.role_model import may_say_builds_on
from citegraph.linker.roles import Sentences, rule_cues

from .linking import found, rule_role, small_linker_fixture

_CATALOG = """
version = "2026.12.0"

[[family]]
key = "zorbilla"
name = "Zorbilla"
kind = "llm"
source = "test fixture"

[[family]]
key = "quux-transformer"
name = "Quux Transformer"
cased_aliases = ["Quux Transformer"]
kind = "seq2seq"
source = "test fixture"
"""


small = small_linker_fixture(_CATALOG)


def _role(text: str, name: str) -> Role:
    return rule_role(text, name)


def test_a_name_that_starts_a_sentence_takes_no_cue_from_the_previous_one() -> None:
    text = "We present a model based on latent flows. ZorbAudio renders long music."
    assert _role(text, "ZorbAudio") is Role.MENTIONS
    text = "Our system outperforms two strong baselines. BlargLM is then used to rank outputs."
    start = text.index("BlargLM")
    assert "compares_before:outperform" not in rule_cues(
        Sentences(text), start, start + 7, "model"
    )[1]


def test_a_name_written_with_a_lower_case_start_also_starts_a_sentence() -> None:
    text = "We present a model based on latent flows. zBlarg renders long music."
    assert _role(text, "zBlarg") is Role.MENTIONS
    text = "We fine-tune small models, e.g. zBlarg and more."
    assert _role(text, "zBlarg") is Role.BUILDS_ON


def test_a_name_that_starts_a_sentence_keeps_the_cues_of_its_own_sentence() -> None:
    assert _role("We study rewards. ZorbNet is fine-tuned on our data.", "ZorbNet") is (
        Role.BUILDS_ON
    )


def test_a_name_that_starts_the_abstract_takes_no_cue_from_the_title() -> None:
    text = "Adapters Built on Frozen Encoders\n\nBlargLM has become a common choice."
    assert _role(text, "BlargLM") is Role.MENTIONS


def test_abbreviations_end_no_sentence() -> None:
    assert _role("We fine-tune small models, e.g. ZorbLM and BlargLM.", "BlargLM") is (
        Role.BUILDS_ON
    )
    assert _role("Our tuned model beats the prior best vs. BlargLM on QA.", "BlargLM") is (
        Role.COMPARES_WITH
    )
    text = "We fine-tune the encoders of Quux et al. (2021) and BlargLM."
    assert _role(text, "BlargLM") is Role.BUILDS_ON


def test_a_version_or_a_decimal_ends_no_sentence_but_its_final_dot_does() -> None:
    text = "We fine-tune ZorbLM v1.5 and BlargLM 2.5 on legal text."
    assert _role(text, "BlargLM 2.5") is Role.BUILDS_ON
    text = "We fine-tune ZorbLM v1.5. BlargLM 2.5 scores each answer."
    assert _role(text, "BlargLM 2.5") is Role.MENTIONS


def test_etc_before_a_capital_ends_a_sentence() -> None:
    text = "Prior systems were built on CNNs, RNNs, etc. BlargLM changed that."
    assert _role(text, "BlargLM") is Role.MENTIONS


def test_sentence_start_is_where_a_name_opens_its_sentence() -> None:
    text = "It is based on diffusion. ZorbAudio is new."
    assert Sentences(text).sentence_start(text.index("ZorbAudio")) == text.index("ZorbAudio")


def test_the_titles_own_name_is_never_builds_on_by_the_classifier() -> None:
    assert not may_say_builds_on(frozenset({"titles_own", "rule=mentions"}))
    assert may_say_builds_on(frozenset({"rule=mentions"}))


def test_a_name_that_begins_with_the_titles_head_is_marked_the_papers_own() -> None:
    from citegraph.linker.role_features import mention_features

    title = "Zorb: Unifying Paradigms"
    text = f"{title}\n\nWe scale Zorb 20B up and it outperforms BlargLM."
    start = text.index("Zorb 20B")
    features = mention_features(Sentences(text), start, start + 8, "model", len(title))[1]
    assert "titles_own" in features
    start = text.index("BlargLM")
    features = mention_features(Sentences(text), start, start + 7, "model", len(title))[1]
    assert "titles_own" not in features


def test_the_titles_head_itself_is_the_papers_own_but_a_shorter_name_in_it_is_not() -> None:
    from citegraph.linker.role_features import mention_features

    title = "ZORBLM: Deep Distillation of Transformers"
    text = f"{title}\n\nWe distil a small model."
    features = mention_features(Sentences(text), 0, 6, "model", len(title))[1]
    assert "titles_own" in features
    title = "BlargLM-based Ranking: A Study"
    text = f"{title}\n\nWe fine-tune BlargLM for ranking."
    features = mention_features(Sentences(text), 0, 7, "model", len(title))[1]
    assert "titles_own" not in features


# -- one definition of a word that starts a longer name before a catalog model's --------------


@pytest.mark.parametrize(
    "text",
    [
        "We follow a simple approach, Gated Zorbilla (GZ), for rare words.",
        "Our agent improves on the Sparsed Quux Transformer in every metric.",
        "Our agent improves on the Blarg Quux Transformer in every metric.",
    ],
)
def test_a_capitalised_word_inside_a_sentence_starts_a_longer_name(
    small: Linker, text: str
) -> None:
    assert not {"model:zorbilla", "model:quux-transformer"} & found(small, text)


@pytest.mark.parametrize(
    "text",
    [
        "We adapt the pretrained Efficient Quux Transformer to speech.",  # a modifier
        "We adapt the Google Quux Transformer to speech.",  # an organisation
        "We adapt the English Zorbilla model to speech.",  # a language
    ],
)
def test_a_modifier_organisation_or_language_starts_no_name_in_either_check(
    small: Linker, text: str
) -> None:
    assert {"model:zorbilla", "model:quux-transformer"} & found(small, text)


def test_a_verb_form_in_a_title_starts_no_name(small: Linker) -> None:
    title = "Revisiting Quux Transformer for Offline Agents"
    assert "model:quux-transformer" in found(small, "We study offline agents.", title)
    # a modifier in a title, as inside a sentence, starts no name either
    title = "A Domain Agnostic Quux Transformer for Long Inputs"
    assert "model:quux-transformer" in found(small, "We study long inputs.", title)
    title = "Scaling Blarg Quux Transformer to Long Inputs"
    assert "model:quux-transformer" not in found(small, "We study long inputs.", title)


# -- comparison measures: what the paper's system is measured against ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our model, tripling the performance of BlargLM on summaries, is small.",
        "Our 1B model, doubling the throughput of BlargLM, serves more users.",
        "Our model achieves 95% of BlargLM's performance at a tenth of the cost.",
        "Our model reaches about 90% of the accuracy of BlargLM on QA.",
        "Our network is ten times the size of BlargLM yet trains faster.",
        "It runs 3.5 times faster than BlargLM on a phone.",
        "ZorbNet achieves a 13x actual speedup over BlargLM while keeping accuracy.",
        "The gains over BlargLM grow with compute.",
        "Our tagger improves over BlargLM by four points.",
        "Our small model matches BlargLM on every task.",
    ],
)
def test_a_measure_of_the_papers_system_against_a_model_is_a_comparison(text: str) -> None:
    assert _role(text, "BlargLM") is Role.COMPARES_WITH


@pytest.mark.parametrize(
    "text",
    [
        "We tune only 0.1% of the parameters of BlargLM with adapters.",
        "We improve the reasoning ability of BlargLM with new data.",
    ],
)
def test_a_share_of_a_models_parameters_or_its_improvement_is_no_comparison(text: str) -> None:
    assert _role(text, "BlargLM") is not Role.COMPARES_WITH


def test_a_comparisons_direct_object_is_told_from_a_place_named_after_it() -> None:
    from citegraph.linker.roles import compares_directly

    def direct(text: str, name: str) -> bool:
        start = text.index(name)
        return compares_directly(Sentences(text), start, start + len(name))

    assert direct("Our model outperforms 175B BlargLM on QA.", "BlargLM")
    assert direct("It outperforms strong baselines such as ZorbLM and BlargLM.", "BlargLM")
    assert direct("It is tripling the performance of BlargLM-XXL.", "BlargLM-XXL")
    assert not direct("It surpasses random selection by 3 points on BlargLM.", "BlargLM")


def test_a_model_only_ever_compared_directly_is_never_rescued_to_builds_on() -> None:
    from citegraph.linker.role_features import entity_features

    direct = ("rule=compares_with", "compared_directly")
    only = entity_features([direct, direct], "llm", "family", True)
    assert "only_compared" in only and not may_say_builds_on(only)
    mixed = entity_features([direct, ("rule=mentions",)], "llm", "family", True)
    assert "only_compared" not in mixed and may_say_builds_on(mixed)


def test_matching_as_a_noun_before_a_preposition_is_no_comparison() -> None:
    text = "Through gradient matching on small models, e.g., BlargLM, our method selects data."
    assert _role(text, "BlargLM") is not Role.COMPARES_WITH
    text = "Our small model, matching BlargLM on every task, is cheap."
    assert _role(text, "BlargLM") is Role.COMPARES_WITH
