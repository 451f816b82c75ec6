"""The sixteenth round of catalog sources and rules (scripts/catalog/sources_round16.py, the
head-noun and reviewed-word rules of scripts/catalog/rules.py, the linker's longer
head-noun name rule): the rules on excerpts of the packages read, and what the committed
files hold and link from them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from citegraph.linker import Catalog, Linker

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round16

from tests.linking import names as _linked

# Every word of these is ordinary (wordfreq zipf >= 2) or generic, as the real guard finds.
ORDINARY = frozenset(
    """
    decision music pop prototypical networks network net nets flair hourglass dreamer
    chronos graph neural vision funnel table bi real v matching relation time series listen
    attend and spell stacked trajectory compound word in
    """.split()  # noqa: SIM905 - a word list reads better as text
)
GUARD = rules.Guard(zipf=lambda word: 3.0 if word.strip(",") in ORDINARY else 1.0,
                    ordinary_words=frozenset(), never_names=frozenset({"PPO"}))  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["Decision Transformer", "Music Transformer", "Pop Music Transformer", "Prototypical Networks",
     "Prototypical Network", "Funnel Transformer", "Bi-Real Net", "V-Net", "Hourglass Network"],
)  # fmt: skip
def test_a_model_named_by_ordinary_words_and_a_head_noun_is_kept_as_written(text: str) -> None:
    assert GUARD.classify(text) is None  # as before, for data sets and without the rule
    assert GUARD.classify(text, model=True) == "cased"


@pytest.mark.parametrize(
    "text",
    [
        "decision transformer",  # not as papers write the name
        "Decision transformer",
        "Graph Neural Network",  # a class of models: a generic modifier
        "Vision Transformer",
        "Time Series Transformer",
        "Matching Networks",  # also a generic phrase (matching networks in detection)
        "Relation Networks",  # two models by that name, and the generic phrase
        "Transformer",  # one word, a generic term
        "Network Transformer",  # a generic term before the head noun
        # "Listen, Attend and Spell" and "Dreamer" were here: reviewed in round 18, when
        # openspeech-core and torchrl state them (tests/test_catalog18.py).
        "Stacked Hourglass Music Decision Transformer",  # more than four words
        "Dreamers",  # single words only when reviewed
        # "Chronos" was here: reviewed in round 31, when chronos-forecasting states it
        # (tests/test_catalog31.py).
    ],
)
def test_other_ordinary_texts_stay_out(text: str) -> None:
    assert GUARD.classify(text, model=True) is None


def test_reviewed_single_words_are_kept_as_written_for_models_only() -> None:
    # Round 18 adds Dreamer and Listen, Attend and Spell (tests/test_catalog18.py).
    assert {"Flair", "Hourglass"} <= set(rules.REVIEWED_MODEL_WORDS)
    assert GUARD.classify("Flair", model=True) == "cased"
    assert GUARD.classify("Hourglass", model=True) == "cased"
    assert GUARD.classify("flair", model=True) is None
    assert GUARD.classify("Flair") is None  # a data set or an alias of one: not reviewed


def test_the_head_noun_rule_is_case_sensitive_and_title_cased() -> None:
    assert rules.head_noun_name("Transformer in Transformer") is False  # a generic modifier
    assert rules.head_noun_name("Cross-Covariance Image Transformer")
    assert not rules.head_noun_name("cycle_gan")
    assert not rules.head_noun_name("Music transformer")
    assert not rules.head_noun_name("Multi-Layer Network")


def test_a_head_noun_name_has_its_other_number_as_an_alias() -> None:
    assert sources_round16.number_variants("Prototypical Networks") == ["Prototypical Network"]
    assert sources_round16.number_variants("Hourglass Network") == ["Hourglass Networks"]
    assert sources_round16.number_variants("Music Transformer") == []
    assert sources_round16.number_variants("Bi-Real Net") == []


# miditok 3.1.0's docstrings (tokenizations/midi_like.py, remi.py).
MIDILIKE = """Introduced in `This time with feeling (Oore et al.) <https://arxiv.org/abs/1808.03715>`_
and later used with `Music Transformer (Huang et al.) <https://openreview.net/forum?id=rJe4ShAcF7>`_
and `MT3 (Gardner et al.) <https://openreview.net/forum?id=iMSjopcOn0p>`_, this tokenization
"""
REMI = """Introduced with the `Pop Music Transformer (Huang and Yang) <https://dl.acm.org/doi/10.1145/3394171.3413671>`_,
the tokenization"""


def test_cited_models_are_head_noun_names_only() -> None:
    assert sources_round16.cited_models(MIDILIKE) == ["Music Transformer"]
    assert sources_round16.cited_models(REMI) == ["Pop Music Transformer"]


# easyfsl 1.5.0's package description (the methods list).
EASYFSL = """\
- [Prototypical Networks](easyfsl/methods/prototypical_networks.py)
- [SimpleShot](easyfsl/methods/simple_shot.py)
- [Matching Networks](easyfsl/methods/matching_networks.py)
- [Relation Networks](easyfsl/methods/relation_networks.py)
- [FEAT](easyfsl/methods/feat.py)
- [Transductive Information Maximization](easyfsl/methods/tim.py)
We also provide a [FewShotClassifier](easyfsl/methods/few_shot_classifier.py) class
"""


def test_easyfsl_methods_are_read_when_they_are_head_noun_names() -> None:
    assert sources_round16.linked_methods(EASYFSL) == ["Prototypical Networks"]


# flair 0.15.1's package description.
FLAIR = """* **A text embedding library.** Flair has simple interfaces that allow you to use and
combine different word and
document embeddings, including our proposed [Flair embeddings](https://www.aclweb.org/anthology/C18-1139/) and various transformers.
"""  # noqa: E501 - as the description writes it


def test_the_embeddings_a_description_says_it_proposed() -> None:
    assert sources_round16.proposed_embeddings(FLAIR) == ["Flair"]
    assert sources_round16.proposed_embeddings("we use [GloVe embeddings](https://x.org)") == []


HOURGLASS = """HourglassNet backbone.

    Stacked Hourglass Networks for Human Pose Estimation.
    More details can be found in the `paper
    <https://arxiv.org/abs/1603.06937>`__ .
"""


def test_a_backbone_title_names_the_family_as_a_network() -> None:
    assert sources_round16.backbone_title_aliases("HourglassNet", HOURGLASS) == (
        "Hourglass", ["HourglassNet", "Hourglass Network", "Hourglass Networks"],
    )  # fmt: skip
    aliases = sources_round16.backbone_title_aliases
    assert aliases("HRNet", "HRNet backbone.\n\nHigh-Resolution Representations") is None
    assert aliases("ResNet", "ResNet backbone.\n\nPlease refer to the paper") is None


def test_the_committed_files_hold_the_sixteenth_round(catalog: Catalog) -> None:
    (decision,) = catalog.lookup("Decision Transformer")
    assert "MODEL_NAMES_MAPPING['decision_transformer']" in catalog.entries[decision].source
    assert not catalog.lookup("decision transformer")  # cased only
    (music,) = catalog.lookup("Music Transformer")
    (pop,) = catalog.lookup("Pop Music Transformer")
    assert music != pop
    assert "miditok 3.1.0" in catalog.entries[music].source
    (proto,) = catalog.lookup("Prototypical Networks")
    assert catalog.lookup("Prototypical Network") == (proto,)
    assert not catalog.lookup("prototypical networks")
    (flair,) = catalog.lookup("Flair")
    assert "flair 0.15.1" in catalog.entries[flair].source and not catalog.lookup("flair")
    (hourglass,) = catalog.lookup("Hourglass")
    assert catalog.lookup("Hourglass Network") == catalog.lookup("HourglassNet") == (hourglass,)
    assert not catalog.lookup("hourglass")
    # "Dreamer" was here until round 18 (torchrl states it; tests/test_catalog18.py).
    # "Chronos" was here until round 31 (chronos-forecasting states it; tests/test_catalog31.py).
    for left_out in ("Matching Networks", "Time Series Transformer"):
        assert not catalog.lookup(left_out)


def test_papers_link_the_names_as_written_only(linker: Linker) -> None:
    text = "We compare our agent with Decision Transformer and Music Transformer baselines."
    assert {"Decision Transformer", "Music Transformer"} <= _linked(linker, text)
    lowered = "A decision transformer and a music transformer, with a flair for hourglass shapes."
    assert not {"Decision Transformer", "Music Transformer", "Flair", "Hourglass"} & _linked(
        linker, lowered
    )


def test_a_capitalised_word_before_a_head_noun_name_makes_a_longer_name(linker: Linker) -> None:
    title = "Chord-aware Music Generation Based on Multitrack Music Transformer and MusicBERT"
    assert "Music Transformer" not in _linked(linker, "We fine-tune a model.", title)
    inside = "Our model improves on the Multitrack Music Transformer in every metric."
    assert "Music Transformer" not in _linked(linker, inside)
    # a function word, a gerund or a sentence's start before it is no part of the name
    title = "Revisiting Decision Transformer for Offline Reinforcement Learning"
    assert "Decision Transformer" in _linked(linker, "We study offline agents.", title)
    assert "Music Transformer" in _linked(linker, "Music Transformer is a baseline. We win.")


def test_a_registry_model_others_are_adapted_from_is_a_family() -> None:
    page = "https://huggingface.co/sentence-transformers/LaBSE"
    base = sources_round16.adapted_base
    assert base("sentence-transformers/LaBSE", page, True, 4) == "LaBSE"
    assert base("sentence-transformers/LaBSE", page, True, 1) is None  # too few adapted
    assert base("sentence-transformers/LaBSE", page, False, 4) is None  # closed weights
    assert base("sentence-transformers/LaBSE", "https://arxiv.org/abs/2007.01852", True, 4) is None
    other = "https://huggingface.co/cointegrated/LaBSE-en-ru"
    assert base("cointegrated/LaBSE-en-ru", other, True, 4) is None  # not one word


def test_labse_and_the_checkpoints_adapted_from_it(catalog: Catalog) -> None:
    (labse,) = catalog.lookup("LaBSE")
    assert labse == "model:hf:sentence-transformers/LaBSE"
    assert "mteb 2.26.24: model registry" in catalog.entries[labse].source
    (en_ru,) = catalog.lookup("LaBSE-en-ru")
    assert en_ru != labse and catalog.ancestors(en_ru) == (labse,)
