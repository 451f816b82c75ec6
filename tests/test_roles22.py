"""Role rules of round 22 (invented names): in a study, a change word that only describes
something ("instruction-tuned models", "a training set", "weaker adapters") is no change the
paper makes to a model's weights, so the study stays one that builds on nothing; a name the
paper presents as its own ("we introduce a novel X, comprising ...") is never builds_on, nor
are models a study uses side by side or lists as what it evaluates; "non-" negates a change."""

from __future__ import annotations

import pytest

from citegraph.graph.records import Role
from citegraph.linker import Linker
from citegraph.linker.role_features import (
    changes_weights,
    entity_features,
    mention_features,
    paper_features,
)
from citegraph.linker.role_model import (
    EVALUATED_OBJECT,
    OWN_NAMED,
    RULES_SAY_BUILDS_ON,
    USED_SIDE_BY_SIDE,
    may_say_builds_on,
)
from citegraph.linker.roles import Sentences

from .linking import paper, rule_role, small_linker_fixture

_CATALOG = """
version = "2026.12.0"

[[family]]
key = "zorbilla"
name = "Zorbilla"
kind = "llm"
source = "test fixture"

[[family]]
key = "quuxel"
name = "Quuxel"
kind = "llm"
source = "test fixture"

[[family]]
key = "blipster"
name = "Blipster"
kind = "llm"
source = "test fixture"

[[family]]
key = "frobnic"
name = "Frobnic"
kind = "llm"
source = "test fixture"
"""

small = small_linker_fixture(_CATALOG)

_STUDY = "Evaluating Zorb Models on Quux Tasks"


@pytest.mark.parametrize(
    "abstract",
    [
        # "-tuned" / "-adapted" as the adjective of a class of models others made
        "Differences are larger for instruction-tuned models than for base models.",
        "Students got suggestions from fine-tuned ZorbLM-2 and ZorbLM-3 models.",
        "We compare prompt frameworks using four instruction-tuned LLMs, namely Zorb-7B.",
        "Six LoRA-adapted models based on Zorb-3B were evaluated.",
        "We assess the reliability of fine-tuned text models in two regimes.",
        # "training" as the modifier of data or of a process
        "Solvers gain from a more diverse training set.",
        "Benchmarks leak into the training data during the training process.",
        # a compound whose first part is no kind of training
        "A validated tutor-training classifier scores the responses.",
        # adapters nothing trains, inserts or uses
        "Weaker adapters exhibited larger safety gaps.",
    ],
)
def test_a_change_word_that_only_describes_is_no_change(abstract: str) -> None:
    assert not changes_weights(abstract.lower())


@pytest.mark.parametrize(
    "abstract",
    [
        "We fine-tuned ZorbLM-2 on the reviews.",
        "We fine-tune ZorbLM-2 and ZorbLM-3 models on the reviews.",
        "The fine-tuned model outperforms the prompted one.",
        "Our fine-tuned models outperform the prompted ones.",
        "Both models are fine-tuned on the reviews.",
        "Models fine-tuned on the reviews outperform prompted ones.",
        "Using a trained verifier, we rank the solutions.",
        "We release a curated pre-training corpus for Ancient Greek.",
        "We train lightweight adapters for each language.",
        "We insert task-specific adapters into Zorb-7B.",
        "Fine-tuning using LoRA improves accuracy.",
        "We continue pre-training Zorb-7B on legal text.",
        "A small model is distilled from Zorb-70B.",
    ],
)
def test_a_change_the_paper_makes_still_counts(abstract: str) -> None:
    assert changes_weights(abstract.lower())


@pytest.mark.parametrize(
    "abstract",
    [
        "Using several variants of ZorbLM and Quux-4o, we construct two parallel corpora. "
        "Differences are larger for instruction-tuned models than base models.",
        "Two groups got suggestions from fine-tuned ZorbLM-2 and ZorbLM-3 models. We evaluate "
        "the gender bias of the suggestions.",
        "Six LoRA-adapted models based on Zorb-3B and Quux-1B were evaluated; weaker adapters "
        "exhibited larger safety gaps.",
    ],
)
def test_a_study_describing_models_others_tuned_builds_on_nothing(abstract: str) -> None:
    assert "evaluation_study" in paper_features(_STUDY, 2, False, abstract)


def test_a_study_that_fine_tunes_its_models_is_no_evaluation_study() -> None:
    abstract = "We fine-tune ZorbLM-2 and ZorbLM-3 models and evaluate their gender bias."
    features = paper_features(_STUDY, 2, False, abstract)
    assert "evaluation_study" not in features
    assert "examines_models" not in features


# -- a name the paper presents as its own ------------------------------------------------------


def _mention_features(text: str, name: str) -> tuple[Role, tuple[str, ...]]:
    start = text.rindex(name)
    return mention_features(Sentences(text), start, start + len(name), "model", 0)


@pytest.mark.parametrize(
    "text",
    [
        "To address these challenges, we introduce a novel ZorbNet, comprising two modules.",
        "Experiments show that the proposed ZorbNet is much more effective than Quux.",
        "Our ZorbNet consists of multiple generators.",
        "We propose ZorbNet, which pretrains the encoder.",
        "Our ZorbNet surpasses Quux by 2.5% top-1 accuracy.",
        "We present a new ZorbNet (with 7B parameters) trained on web text.",
    ],
)
def test_a_name_the_paper_presents_as_its_own_is_never_builds_on(text: str) -> None:
    role, features = _mention_features(text, "ZorbNet")
    assert OWN_NAMED in features
    assert role is not Role.BUILDS_ON
    assert not may_say_builds_on({*features, RULES_SAY_BUILDS_ON})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the name modifies the paper's own thing: it may well be what the paper builds on
        ("In this paper, we propose a novel ZorbLM distillation method.", "ZorbLM"),
        ("On the safety suite, our Zorb-5 configuration attains a high score.", "Zorb-5"),
        ("And our ZorbNet model is trained from scratch.", "ZorbNet"),
        ("We propose a ZorbLM-based classifier.", "ZorbLM"),
        # no word of presenting
        ("We fine-tune ZorbLM, which is then distilled.", "ZorbLM"),
    ],
)
def test_a_name_that_modifies_the_papers_own_thing_is_not_its_own(text: str, name: str) -> None:
    _, features = _mention_features(text, name)
    assert OWN_NAMED not in features


# -- several models used side by side in a study or a benchmark paper -------------------------


def _entity(cue: str, *about: str, rule_role: Role = Role.BUILDS_ON) -> frozenset[str]:
    mention = ("rule=builds_on", f"cue={cue}", "in_list") if cue else ("rule=mentions", "in_list")
    return entity_features([mention], None, None, False, rule_role, about)


@pytest.mark.parametrize(
    "about", [("examines_models", "models=4"), ("benchmark_paper", "models=3")]
)
@pytest.mark.parametrize("cue", ["builds_before:using", "builds_before:experiment"])
def test_a_model_used_side_by_side_in_a_study_is_not_builds_on(
    about: tuple[str, ...], cue: str
) -> None:
    features = _entity(cue, *about)
    assert USED_SIDE_BY_SIDE in features
    assert not may_say_builds_on(features)


@pytest.mark.parametrize(
    ("cue", "about", "rule_role"),
    [
        # a change of weights is no mere use
        ("builds_before:fine", ("benchmark_paper", "models=4"), Role.BUILDS_ON),
        # a method paper's models
        ("builds_before:using", ("models=4",), Role.BUILDS_ON),
        # one or two models: a component as often as not
        ("builds_before:using", ("examines_models", "models=2"), Role.BUILDS_ON),
        # no rule said builds_on: the classifier may still find one
        ("", ("benchmark_paper", "models=4"), Role.MENTIONS),
    ],
)
def test_a_change_a_method_paper_or_a_pair_is_no_side_by_side_use(
    cue: str, about: tuple[str, ...], rule_role: Role
) -> None:
    assert USED_SIDE_BY_SIDE not in _entity(cue, *about, rule_role=rule_role)


def test_a_study_comparing_prompt_frameworks_across_four_llms_builds_on_none(
    small: Linker,
) -> None:
    title = "Evaluating Prompt Frameworks for Large Language Models"
    abstract = (
        "We introduce an adaptive prompt framework, which selects prompting strategies. This "
        "study compares manual and adaptive prompt frameworks using four instruction-tuned "
        "LLMs, namely Zorbilla 7B, Quuxel 3B, Blipster 7B, and Frobnic 7B, across four datasets."
    )
    roles = {m.entity_id: m.role for m in small.link(paper(abstract, title)).mentions}
    assert roles and Role.BUILDS_ON not in roles.values()


# -- "non-" negates a change ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Prior works used a non-instruction-tuned model, such as, ZorbLM.",
        "Prior works used non-fine-tuned ZorbLM.",
    ],
)
def test_a_negated_change_is_no_builds_on_cue(text: str) -> None:
    assert rule_role(text, "ZorbLM") is not Role.BUILDS_ON


@pytest.mark.parametrize(
    "text",
    ["We adopt an instruction-tuned ZorbLM as the text encoder.", "We fine-tune ZorbLM."],
)
def test_an_unnegated_change_still_builds(text: str) -> None:
    assert rule_role(text, "ZorbLM") is Role.BUILDS_ON


# -- models listed as what an evaluation examines ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "We compare the zero-shot performance of three general-purpose LLMs (Zorb-20b, "
            "Quux-70b, and Blip-180b) on the benchmark.",
            "Quux-70b",
        ),
        (
            "Our results highlight trade-offs among evaluated models\u2014Zorb-7B, Quux-7B, "
            "and Blip-13B.",
            "Zorb-7B",
        ),
        ("In this study, we evaluate LLMs such as Zorb-4, Quux 2, and Blip.", "Blip"),
        ("We benchmark several open-source models, including Zorb-7B and Quux-7B.", "Zorb-7B"),
    ],
)
def test_a_model_listed_as_an_evaluations_object_is_evaluated_as_it_is(
    text: str, name: str
) -> None:
    _, features = _mention_features(text, name)
    assert EVALUATED_OBJECT in features
    assert not may_say_builds_on(features)
    # a rule's builds_on for another mention of it still counts
    assert may_say_builds_on({*features, RULES_SAY_BUILDS_ON})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We evaluate our method on Zorb-7B and Quux-7B.", "Zorb-7B"),
        ("Our prompting method improves the performance of Zorb-4.", "Zorb-4"),
        ("We fine-tune three LLMs (Zorb-7B, Quux-7B, and Blip-13B) on the data.", "Quux-7B"),
        ("We study problems such as Zorb-7B failures.", "Zorb-7B"),
        # the evaluation fine-tunes them
        (
            "We benchmark open-source LLMs, including Zorb-3B and Quux-8B, under zero-shot, "
            "one-shot, and fine-tuning using LoRA.",
            "Zorb-3B",
        ),
    ],
)
def test_a_model_the_paper_runs_its_method_on_is_no_evaluations_object(
    text: str, name: str
) -> None:
    _, features = _mention_features(text, name)
    assert EVALUATED_OBJECT not in features
