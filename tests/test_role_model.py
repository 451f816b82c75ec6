"""The role classifier at run time: the packed arithmetic is plain softmax, decisions follow
the threshold, and the shipped weights load."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citegraph.graph.records import Role
from citegraph.linker import Linker
from citegraph.linker.role_features import paper_features
from citegraph.linker.role_model import RoleModel, load_role_models

CLASSES = (Role.BUILDS_ON, Role.COMPARES_WITH, Role.MENTIONS)
FEATURES = [f"f{i}" for i in range(12)]
weights = st.floats(min_value=-8, max_value=8, allow_nan=False)


def naive(model: RoleModel, features: set[str]) -> list[float]:
    scores = list(model.bias)
    for feature in features:
        for index, weight in enumerate(model.weights.get(feature, (0.0,) * len(scores))):
            scores[index] += weight
    exps = [math.exp(score - max(scores)) for score in scores]
    return [value / sum(exps) for value in exps]


@settings(max_examples=200, deadline=None)
@given(
    bias=st.tuples(weights, weights, weights),
    rows=st.dictionaries(st.sampled_from(FEATURES), st.tuples(weights, weights, weights)),
    active=st.sets(st.sampled_from([*FEATURES, "unknown"])),
    classes=st.sampled_from([CLASSES, (Role.EVALUATES_ON, Role.MENTIONS)]),
)
def test_probabilities_are_the_softmax_of_summed_weights(
    bias: tuple[float, ...], rows: dict, active: set[str], classes: tuple[Role, ...]
) -> None:
    size = len(classes)
    model = RoleModel(
        "model", classes, bias[:size], {f: row[:size] for f, row in rows.items()}, None
    )
    got = model.probabilities(active)
    want = naive(model, active)
    assert list(got) == list(classes)
    for value, expected in zip(got.values(), want, strict=True):
        assert math.isclose(value, expected, rel_tol=1e-9, abs_tol=1e-12)


def test_builds_on_needs_its_threshold_and_is_never_the_fallback() -> None:
    model = RoleModel("model", CLASSES, (0.0, 0.0, 0.0), {"cue": (2.0, 0.0, 0.0)}, 0.9)
    role, confidence = model.decide({"cue"})  # P(builds_on) = 0.79 < 0.9
    assert role is not Role.BUILDS_ON
    assert math.isclose(confidence, 0.1065, abs_tol=1e-4)
    strict = RoleModel("model", CLASSES, (0.0, 0.0, 0.0), {"cue": (2.0, 0.0, 0.0)}, 0.5)
    assert strict.decide({"cue"}) == (Role.BUILDS_ON, 0.787)


def test_a_rule_said_builds_on_needs_only_the_keep_threshold() -> None:
    weights = {"cue": (2.0, 0.0, 0.0), "strongest=builds_on": (0.0, 0.0, 0.0)}
    model = RoleModel("model", CLASSES, (0.0, 0.0, 0.0), weights, 0.9, builds_on_keep=0.5)
    assert model.decide({"cue"})[0] is not Role.BUILDS_ON  # P = 0.79 < 0.9 on its own
    assert model.decide({"cue", "strongest=builds_on"}) == (Role.BUILDS_ON, 0.787)
    assert model.min_builds_on == 0.5


def test_a_survey_builds_on_nothing_however_sure_the_classifier_is() -> None:
    weights = {"cue": (5.0, 0.0, 0.0), "strongest=builds_on": (0.0, 0.0, 0.0)}
    model = RoleModel("model", CLASSES, (0.0, 0.0, 0.0), weights, 0.5, builds_on_keep=0.05)
    assert model.decide({"cue", "strongest=builds_on"})[0] is Role.BUILDS_ON
    role, _ = model.decide({"cue", "strongest=builds_on", "survey"})
    assert role is not Role.BUILDS_ON


def test_the_survey_of_the_issue_builds_on_none_of_the_models_it_names(linker: Linker) -> None:
    """"A Survey of GPT-3 Family Large Language Models Including ChatGPT and GPT-4" (the
    bundled dumps): the shipped linker once put it in three builds_on groups."""
    from citegraph.graph.records import Paper

    paper = Paper(
        id="paper:title:survey",
        title="A Survey of GPT-3 Family Large Language Models Including ChatGPT and GPT-4",
        abstract="The era of LLMs started with OpenAI GPT-3 model. We refer to GPT-3 and its "
        "successor OpenAI models, including ChatGPT and GPT4, as GPT-3 family large language "
        "models (GLLMs).",
    )
    roles = {m.entity_id: m.role for m in linker.link(paper).mentions}
    assert {"model:gpt-3", "model:chatgpt", "model:gpt-4"} <= set(roles)
    assert Role.BUILDS_ON not in roles.values()


def test_the_shipped_weights_load_and_round_trip() -> None:
    for kind, model in load_role_models().items():
        again = RoleModel.from_json(kind, model.to_json())
        assert again == model


@pytest.mark.parametrize(
    ("title", "compression"),
    [
        ("Joint Post-Training Quantization of Vision Transformers", True),
        ("Channel Pruning via Multi-Criteria based on Weight Dependency", True),
        ("Structural Knowledge Distillation for Object Detection", True),
        ("Sparsifying Large Language Models in One Shot", True),
        ("Learning Latent Dynamics for Planning from Pixels", False),
        ("A Survey of GPT-3 Family Large Language Models", False),
    ],
)
def test_a_title_about_compressing_models_is_a_paper_feature(title: str, compression: bool) -> None:
    # The guideline: compressing a model builds on it, also when the contribution is
    # evaluating the compression; the classifier weighs this paper-level signal.
    assert ("compression_paper" in paper_features(title, 2, False)) is compression


@pytest.mark.parametrize(
    ("title", "abstract", "study"),
    [
        # Examines others' models, changes none, presents nothing of its own.
        (
            "Evaluating Large Language Models for Legal Question Answering",
            "Using GPT-4 and Llama 2, we observe that accuracy drops on long statutes.",
            True,
        ),
        (
            "Can Vision-Language Models Count?",
            "We present a benchmark for evaluating counting and test five models on it.",
            True,
        ),
        (
            "A Comparative Study of Code Models",
            "We compare CodeT5 and StarCoder without any task-specific training.",
            True,
        ),
        # A study that fine-tunes the models it studies builds on them.
        (
            "An Empirical Study of Code Models",
            "We fine-tune CodeT5 and StarCoder on bug-fixing data and compare them.",
            False,
        ),
        # ... and one that pre-trains them too; "pre-trained" alone changes nothing.
        (
            "Does Pretraining Help Molecular Property Prediction?",
            "We compare pretraining strategies for GIN on molecular benchmarks.",
            False,
        ),
        (
            "Evaluating Pre-trained Language Models for Legal Question Answering",
            "We find that pre-trained models such as BERT fail on long statutes.",
            True,
        ),
        # A paper that presents its own model is no evaluation study.
        (
            "Evaluating Retrieval with a Dual Encoder",
            "We propose a retrieval model built on BERT and evaluate it on MS MARCO.",
            False,
        ),
        ("Rethinking Video Models", "Our starting point is the I3D model.", False),
        # Not a study title: "analysis" as the name of a task.
        ("Legal Question Answering", "Using GPT-4 we observe that accuracy drops.", False),
        ("Multimodal Sentiment Analysis", "Using BERT we observe that accuracy drops.", False),
        # A pipeline the paper builds is its own system.
        (
            "Exploring Retrieval for Clinical Question Answering",
            "We build a retrieval pipeline on GPT-4 and observe fewer hallucinations.",
            False,
        ),
    ],
)
def test_an_evaluation_study_is_a_paper_feature(title: str, abstract: str, study: bool) -> None:
    assert ("evaluation_study" in paper_features(title, 2, False, abstract)) is study


def test_an_evaluation_study_builds_on_nothing_however_sure_the_classifier_is() -> None:
    # The guideline: models evaluated, probed or analysed as they are are `mentions`.
    weights = {"cue": (5.0, 0.0, 0.0), "strongest=builds_on": (0.0, 0.0, 0.0)}
    model = RoleModel("model", CLASSES, (0.0, 0.0, 0.0), weights, 0.5, builds_on_keep=0.05)
    role, _ = model.decide({"cue", "strongest=builds_on", "evaluation_study"})
    assert role is not Role.BUILDS_ON


@pytest.mark.parametrize(
    ("abstract", "introduces_model", "feature"),
    [
        # Presents an evaluation approach of its own, but no model: examines models.
        (
            "We present an automated approach for building harder math problems and "
            "show that GPT-4 fails on them.",
            False,
            "examines_models",
        ),
        # ... unless the linker found it introducing a model.
        (
            "We present an automated approach for building harder math problems and "
            "show that GPT-4 fails on them.",
            True,
            None,
        ),
        # Presents nothing of its own: an evaluation study.
        ("We show that GPT-4 fails on harder math problems.", False, "evaluation_study"),
    ],
)
def test_a_study_that_presents_no_model_examines_the_models_it_names(
    abstract: str, introduces_model: bool, feature: str | None
) -> None:
    title = "Evaluating Math Reasoning in Large Language Models"
    features = set(paper_features(title, 1, False, abstract, introduces_model))
    assert features & {"examines_models", "evaluation_study"} == ({feature} if feature else set())


def test_in_a_paper_that_examines_models_only_a_cue_rule_makes_a_builds_on() -> None:
    weights = {"cue": (5.0, 0.0, 0.0), "strongest=builds_on": (0.0, 0.0, 0.0)}
    model = RoleModel("model", CLASSES, (0.0, 0.0, 0.0), weights, 0.5, builds_on_keep=0.5)
    assert model.decide({"cue", "examines_models"})[0] is not Role.BUILDS_ON
    role, _ = model.decide({"cue", "strongest=builds_on", "examines_models"})
    assert role is Role.BUILDS_ON
