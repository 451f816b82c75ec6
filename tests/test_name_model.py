"""The learned name detector (linker/name_model.py) and its training script
(scripts/names/train.py): what it is asked about, how it decides, how the linker uses what
it says, and that the shipped weights are what the committed labels give."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from citegraph.graph.records import Method, Role
from citegraph.linker import Linker
from citegraph.linker.name_model import (
    CLASSES,
    NameModel,
    load_name_model,
    name_candidates,
    name_shaped,
)
from citegraph.linker.role_model import LEARNED_NAME, may_say_builds_on

from .linking import paper
from .test_gold import _numbers_close

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "linker" / "name_model.json"


def _script() -> ModuleType:
    path = ROOT / "scripts" / "names" / "train.py"
    spec = importlib.util.spec_from_file_location("citegraph_names_train", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


# A detector that reads one thing: a word shaped like "ZorbQuux" (capital, small, capital,
# small) is a model, the paper's own when "we" comes before it in its sentence; "Zq9" shapes
# are data sets. Hand-made, so the linker's use of a detector is tested without depending on
# what the shipped weights learned.
TOY = NameModel(
    bias=(0.0, 0.0, 2.0, 0.0),
    weights={
        "shape=AaAa": (0.0, 6.0, 0.0, 0.0),
        "shape=Aa0": (6.0, 0.0, 0.0, 0.0),
        "we_before": (0.0, -3.0, 0.0, 3.0),
    },
    thresholds={"model": 0.5, "dataset": 0.5},
)


@pytest.mark.parametrize(
    "word, shaped",
    [("CasMVSNet", True), ("COCO2017", True), ("wav2vec", True), ("SGCN-2", True),
     ("R-GCNs", True), ("3D-CNN", True), ("Florence", False), ("skip-gram", False),
     ("2024", False), ("A", False), ("Transformer", False), ("SSD", True), ("CNNs", True),
     ("7B", False), ("2.2x", False)],
)  # fmt: skip
def test_a_name_shaped_word_has_an_inner_capital_or_letters_with_digits_but_no_unit(
    word: str, shaped: bool
) -> None:
    assert name_shaped(word) is shaped


def test_candidates_are_the_name_shaped_words_the_skip_test_lets_through() -> None:
    text = "ZorbNet: A Study\n\nWe compare ZorbNet with QuuxGAN (Q-G) and BERT, on Flim9."
    found = name_candidates(text, len("ZorbNet: A Study"), [], lambda w, s, e: w == "BERT")
    by_word = {c.surface: c for c in found}
    assert set(by_word) == {"ZorbNet", "QuuxGAN", "Q-G", "Flim9"}
    assert len(by_word["ZorbNet"].spans) == 2
    assert {"in_title", "title_head", "mentions=2"} <= by_word["ZorbNet"].features
    assert "bracketed" in by_word["Q-G"].features
    assert {"digits", "sentence=compar", "we_before"} <= by_word["Flim9"].features


def test_a_word_listed_beside_a_linked_name_says_what_that_name_is() -> None:
    text = "A Study\n\nWe evaluate on ImageNet and Zorb10K, then on MNIST-2."
    start = text.index("ImageNet")
    (candidate,) = name_candidates(
        text, len("A Study"), [(start, start + len("ImageNet"), "dataset")],
        lambda word, *_: word in ("ImageNet", "MNIST-2"),  # the catalog's
    )  # fmt: skip
    assert candidate.surface == "Zorb10K"
    assert "listed_with=dataset" in candidate.features


def test_the_shipped_weights_read_shapes_and_contexts_never_whole_words() -> None:
    """The detector must not become a list of names read from the labels: no feature is a
    candidate word itself, only its shape, three- and four-letter ends, and its context."""
    model = load_name_model()
    prefixes = {feature.split("=")[0] for feature in model.weights}
    assert prefixes <= {
        "shape", "prefix", "suffix3", "suffix4", "length", "capitals", "mentions",
        "all_capitals", "digits", "hyphen", "in_title", "title_head", "before1", "before2",
        "after1", "after2", "determiner_before", "bracketed", "plural", "listed_with",
        "sentence", "we_before",
    }  # fmt: skip
    assert min(model.thresholds.values()) >= 0.3 and max(model.thresholds.values()) <= 0.9


def test_the_detector_decides_the_likelier_type_against_its_threshold() -> None:
    kind, probability, own = TOY.decide({"shape=AaAa"})  # type: ignore[misc]
    assert (kind, own) == ("model", False) and probability > 0.5
    assert TOY.decide({"shape=AaAa", "we_before"})[2] is True  # type: ignore[index]
    assert TOY.decide({"shape=Aa0"})[0] == "dataset"  # type: ignore[index]
    assert TOY.decide({"shape=A"}) is None  # "none" is likelier
    strict = NameModel(TOY.bias, TOY.weights, {"model": 0.999, "dataset": 0.5})
    assert strict.decide({"shape=AaAa"}) is None
    assert NameModel.from_json(json.loads(json.dumps(TOY.to_json()))) == TOY
    with pytest.raises(ValueError, match="classes"):
        NameModel.from_json({**TOY.to_json(), "classes": ["model", "none"]})
    assert sum(TOY.probabilities({"shape=AaAa"}).values()) == pytest.approx(1.0)
    assert tuple(TOY.probabilities(set())) == CLASSES


def test_the_linker_links_what_the_detector_says_with_its_own_method(linker: Linker) -> None:
    toy = linker.with_name_model(TOY)
    text = "We fine-tune ZorbQuux on Flim9 and compare with BERT."
    mentions = {m.surface: m for m in toy.link(paper(text)).mentions}
    assert mentions["ZorbQuux"].entity_id == "model:zorbquux"
    assert mentions["ZorbQuux"].method == Method.LEARNED
    assert mentions["ZorbQuux"].score == 0.6
    # a name no rule and no catalog entry vouches for is never builds_on
    assert mentions["ZorbQuux"].role != Role.BUILDS_ON
    assert mentions["Flim9"].entity_id == "dataset:flim9"
    assert mentions["BERT"].method == Method.EXACT  # the catalog's, not the detector's
    # without a detector, the rules alone: neither word is a name to them
    rules = {m.surface for m in linker.with_name_model(None).link(paper(text)).mentions}
    assert "ZorbQuux" not in rules and "Flim9" not in rules
    assert not Linker(linker.catalog, learned_names=False).name_model


def test_the_papers_own_word_is_introduced(linker: Linker) -> None:
    toy = linker.with_name_model(TOY)
    mentions = {
        m.surface: m for m in toy.link(paper("We show that ZorbQuux works.", "A Study")).mentions
    }
    assert mentions["ZorbQuux"].role == Role.INTRODUCES  # "we" before it: the toy's own
    titled = paper("It generalises to three tasks.", "ZorbQuux: Fast Editing")
    mentions = {m.surface: m for m in toy.link(titled).mentions}
    assert mentions["ZorbQuux"].role == Role.INTRODUCES  # the title's head


def test_a_plural_or_a_spelling_of_a_linked_name_is_no_candidate(linker: Linker) -> None:
    text = "We compare ResNet-50 and ResNet-50s with ZorbQuux and ZorbQuuxs."
    mentions = linker.with_name_model(TOY).link(paper(text)).mentions
    # the plural of a word the detector links is the same entity
    assert {m.entity_id for m in mentions if m.method == Method.LEARNED} == {"model:zorbquux"}
    assert not [
        c for c in linker.name_candidates(paper(text)) if c.surface.startswith("ResNet")
    ]


def test_a_learned_name_may_not_be_builds_on() -> None:
    assert may_say_builds_on({"strongest=builds_on"})
    assert not may_say_builds_on({"strongest=builds_on", LEARNED_NAME})


def test_the_training_script_refuses_blind_sets(tmp_path: Path) -> None:
    train = _script()
    with pytest.raises(SystemExit, match="blind"):
        train.main(
            ["tests/gold/dev/labels.jsonl", "--validate", "tests/gold/blind/labels.jsonl",
             "--out", str(tmp_path / "x.json")]
        )  # fmt: skip


def test_the_thresholds_are_the_lowest_precise_enough_on_validation() -> None:
    train = _script()
    rows = {
        "model": {"0.30": {"right": 5, "wrong": 4, "precision": 0.556},
                  "0.35": {"right": 4, "wrong": 1, "precision": 0.8},
                  "0.40": {"right": 3, "wrong": 0, "precision": 1.0}},
        "dataset": {"0.30": {"right": 0, "wrong": 2, "precision": 0.0},
                    "0.35": {"right": 0, "wrong": 0, "precision": 1.0}},
    }  # fmt: skip
    assert train.choose_thresholds(rows) == {"model": 0.35, "dataset": 0.35}


@pytest.mark.slow  # links about 5,000 labelled papers and fits the detector
def test_the_name_detector_is_what_its_script_makes_from_the_labels() -> None:
    """The shipped weights are what the committed labels give (numbers to 2e-4, so a
    different scikit-learn build may differ in the last digit, not in a decision); the
    labels are the ones hashed beside them, and no blind set is among them."""
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    train = _script()
    files = {}
    for key in ("trained_on", "validated_on"):
        files[key] = [ROOT / item["file"] for item in shipped[key]]
        for item in shipped[key]:
            assert not train.is_blind(Path(item["file"]))
            digest = hashlib.sha256((ROOT / item["file"]).read_bytes()).hexdigest()
            assert digest == item["sha256"], item["file"]
    assert not set(files["trained_on"]) & set(files["validated_on"])
    again = train.train(files["trained_on"], files["validated_on"])
    again["trained_on"] = shipped["trained_on"]  # paths as given on the command line
    again["validated_on"] = shipped["validated_on"]
    _numbers_close(json.loads(json.dumps(again)), shipped)
