"""Role rules of round 21 (invented names): a comparison adjective far from its "with"/"to",
a model named as an example of a training cost, and introduced.py's sentence starts."""

from __future__ import annotations

import pytest

from citegraph.graph.records import Role
from citegraph.linker import introduced
from citegraph.linker.role_features import mention_features
from citegraph.linker.role_model import DERIVED_SUBJECT, RULES_SAY_BUILDS_ON, may_say_builds_on
from citegraph.linker.roles import Sentences, compares_directly, rule_cues


def _cues(text: str, name: str) -> tuple[Role, tuple[str, ...]]:
    start = text.rindex(name)
    return rule_cues(Sentences(text), start, start + len(name), "model")


# -- "comparable / competitive / on par ... with Z" in one clause ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ZorbNet achieves comparable performance on the MMLU and GSM8K benchmarks with Quux-70B.",
        "ZorbNet reaches comparable accuracy on three reasoning benchmarks to Quux-70B.",
        "ZorbNet performs on par in accuracy with Quux-70B.",
        "ZorbNet is competitive on most tasks with Quux-70B.",
        "ZorbNet yields competitive few-shot performance with far larger models, such as Quux-70B.",
        "We tune ZorbNet, achieving MMLU and Big-Bench scores competitive to Quux-70B.",
        "On 256x256 images, we obtain sample quality similar to Quux-70B.",
        "ZorbNet can achieve similar audio quality to Quux-70B while using 40x fewer MACs.",
    ],
)
def test_a_comparison_adjective_governs_a_far_with(text: str) -> None:
    role, _ = _cues(text, "Quux-70B")
    assert role is Role.COMPARES_WITH


def test_similar_without_a_measure_is_no_comparison() -> None:
    assert _cues("Similar to Quux-70B, we pre-train with masking.", "Quux-70B")[1] == ()


@pytest.mark.parametrize(
    "text",
    [
        "We fine-tune Quux-70B and obtain comparable results with Zorb.",
        "We obtain comparable results by fine-tuning Quux-70B.",
        # the gap stops at another preposition: what the model is made from stays built on
        "We obtain comparable results with a model distilled from Quux-70B.",
        "We fine-tune Quux-70B to reach similar accuracy to Zorb.",
    ],
)
def test_a_nearer_builds_cue_still_wins_over_a_far_comparison(text: str) -> None:
    role, _ = _cues(text, "Quux-70B")
    assert role is Role.BUILDS_ON


# -- a training cost is no training of a model ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It is comparable to strong open models that involve larger pre-training FLOPs, "
        "such as Quux-70B and Blarg-67B.",
        "It rivals models with a far larger training budget, like Quux-70B.",
        "It matches models that used ten times more training compute, e.g., Quux-70B.",
    ],
)
def test_a_model_named_for_its_training_cost_is_compared(text: str) -> None:
    for name in ("Quux-70B", "Blarg-67B") if "Blarg" in text else ("Quux-70B",):
        role, cues = _cues(text, name)
        assert role is Role.COMPARES_WITH
        assert not any(cue.startswith("builds") for cue in cues)
        start = text.rindex(name)
        assert compares_directly(Sentences(text), start, start + len(name))


@pytest.mark.parametrize(
    "text", ["We pre-train Quux-70B on 2T tokens.", "We continue training Quux-70B."]
)
def test_training_a_model_still_builds_on_it(text: str) -> None:
    assert _cues(text, "Quux-70B")[0] is Role.BUILDS_ON


# -- introduced.py splits sentences as the role rules do --------------------------------------


@pytest.mark.parametrize(
    ("text", "first_word"),
    [
        ("Detectors fail on tiny objects, e.g. birds. We propose ZorbDet here.", "We"),
        ("Detectors fail, e.g. on birds, and we propose ZorbDet here.", "Detectors"),
        ("Why do detectors fail? We propose ZorbDet here.", "We"),
        ("Detection is hard! We propose ZorbDet here.", "We"),
        ("As in Smith et al. (2020) we propose ZorbDet here.", "As"),
    ],
)
def test_introductions_start_sentences_where_the_role_rules_do(text: str, first_word: str) -> None:
    position = text.index("ZorbDet")
    start = introduced._sentence_start(text, None, 0, position)
    assert start == Sentences(text).sentence_start(position, position)
    assert text[start:].startswith(first_word)


def test_an_abbreviation_does_not_cut_the_introducing_verb_off() -> None:
    text = (
        "Zorbo: detection for all\nWe propose a new detector, i.e. the Flexible Object "
        "Localization Transformer (FOLT), for detection."
    )
    found = list(introduced.find_introductions(text, text.index("\n")))
    assert [(i.name, i.entity_type, i.introduces) for i in found] == [("FOLT", "model", True)]


# -- the subject of "is based on" is the derived model, not the base --------------------------


def _features(text: str, name: str) -> tuple[Role, tuple[str, ...]]:
    start = text.index(name)
    return mention_features(Sentences(text), start, start + len(name), "model", 0)


@pytest.mark.parametrize(
    "text",
    [
        "Zorbtune is based on latent diffusion, with a convolutional autoencoder.",
        "Zorbtune (ours) is built upon a frozen Quux encoder.",
        "Zorbtune, which is largely derived from Quux, runs on a phone.",
        "Zorbtune is a fine-tuned version of Quux-7B.",
        "Zorbtune was initialized from Quux-7B.",
    ],
)
def test_the_subject_of_a_derivation_may_not_be_made_builds_on(text: str) -> None:
    rule, features = _features(text, "Zorbtune")
    assert rule is not Role.BUILDS_ON
    assert DERIVED_SUBJECT in features
    assert not may_say_builds_on(frozenset(features))
    # ... unless a rule says builds_on for another mention of it
    assert may_say_builds_on(frozenset((*features, RULES_SAY_BUILDS_ON)))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zorbtune is fine-tuned on our new corpus.", "Zorbtune"),  # the base, tuned
        ("Zorbtune is used for ranking.", "Zorbtune"),
        ("Our model is based on Zorbtune.", "Zorbtune"),  # the object is the base
        ("We fine-tune Zorbtune, which is based on Quux.", "Zorbtune"),  # a rule says so
    ],
)
def test_other_readings_are_no_derivation_subject(text: str, name: str) -> None:
    assert DERIVED_SUBJECT not in _features(text, name)[1]


@pytest.mark.parametrize(
    "text",
    [
        "We present Zorbtune based on Quux, which is fast.",
        "We present Zorbtune based upon Quux, which is fast.",
        "We present Zorbtune, built upon Quux, which is fast.",
    ],
)
def test_a_name_before_the_participle_based_on_is_not_built_on(text: str) -> None:
    rule, features = _features(text, "Zorbtune")
    assert rule is not Role.BUILDS_ON
    assert not any(feature.startswith("cue=builds") for feature in features)
    assert DERIVED_SUBJECT in features
    # the object after the participle is what is built on
    assert _cues(text, "Quux")[0] is Role.BUILDS_ON


@pytest.mark.parametrize(
    "text", ["The Quux based model is fast.", "Our Quux-based detector is fast."]
)
def test_the_compound_adjective_still_builds(text: str) -> None:
    assert _cues(text, "Quux") == (Role.BUILDS_ON, ("builds_after:base",))
