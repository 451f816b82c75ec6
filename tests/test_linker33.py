"""Rules from the twenty-third and twenty-fourth collection rounds' errors (tests/gold/dev23
and dev24, read in the twenty-second session after they had served as threshold-validation
sets): an acronym before words saying what its data is names the data set alone ("the
CASIA-B gait dataset"), a parameter count after a longer name of a catalog family belongs to
it ("Nemotron-Mini-Hindi 4B"), a long form's head stands before its first preposition
("SymPAC (Symbolic Music Language Model with ...)"), "state-of-the-art lightweight model X",
"SLM" is a model head, a long form set off after "a ... framework," is the framework's name,
and "-of-Thought" prompting techniques, noise models and the IEEE are never models or data
sets; a repository URL broken after "github.com/" is still read; "RNNT-loss" is a loss.
Catalog names are the catalog's; the rest invented for the tests."""

from __future__ import annotations

from citegraph.linker import Linker
from tests.linking import ids_by_surface, introduced, paper


def test_an_acronym_before_words_describing_its_data_names_the_data_set_alone(
    linker: Linker,
) -> None:
    abstract = (
        "Our method reaches 98.0% rank-1 accuracy on the ZORB-B gait dataset and 90.4% on "
        "the QU-XVLP gait dataset. We also evaluate on the ZCLASS stuttering dataset."
    )
    linked = ids_by_surface(linker, abstract)
    assert linked["ZORB-B"] == "dataset:zorb-b"
    assert linked["QU-XVLP"] == "dataset:qu-xvlp"
    assert linked["ZCLASS"] == "dataset:zclass"
    assert not any(" " in surface for surface in linked)


def test_a_name_with_described_data_keeps_its_words_when_it_is_no_acronym(
    linker: Linker,
) -> None:
    # a name that is a word (not all capitals) is named with its words, as annotators do
    linked = ids_by_surface(linker, "We evaluate on the ZorbTV voice search dataset.")
    assert linked == {"ZorbTV voice search": "dataset:zorbtv-voice-search"}
    # and a database is named with its words ("the MIT-BIH arrhythmia database")
    linked = ids_by_surface(linker, "Models were tested on the ZORB-BIH arrhythmia database.")
    assert linked == {"ZORB-BIH arrhythmia": "dataset:zorb-bih-arrhythmia"}


def test_a_parameter_count_after_a_longer_name_of_a_catalog_family_is_its_checkpoint(
    linker: Linker,
) -> None:
    abstract = (
        "We introduce Nemotron-Zorb-Hindi 4B, a bilingual SLM supporting both Hindi and "
        "English. It outperforms Nemotron-Zorb-Tamil 8B on every task."
    )
    linked = ids_by_surface(linker, abstract)
    assert linked["Nemotron-Zorb-Hindi 4B"] == "model:nemotron-zorb-hindi-4b"
    assert linked["Nemotron-Zorb-Tamil 8B"] == "model:nemotron-zorb-tamil-8b"
    # "SLM" (a small language model) is a model head noun: the paper introduces it
    roles = {m.surface: m.role.value for m in linker.link(paper(abstract)).mentions}
    assert roles["Nemotron-Zorb-Hindi 4B"] == "introduces"
    # a count that does not end the name is none ("4B-token corpus")
    linked = ids_by_surface(linker, "We train Nemotron-Zorb on a 4B-token corpus.")
    assert "model:nemotron-zorb-4b" not in linked.values()


def test_a_bracketed_long_form_is_headed_before_its_first_preposition() -> None:
    abstract = (
        "To enhance controllability, we introduce ZorPAC (Zorbal Music Language Model with "
        "Prompting And Constrained Generation), which is trained on transcribed audio."
    )
    assert ("ZorPAC", "model") in introduced(abstract, "A Study")
    # the head before the preposition decides: a framework's long form stays undecided
    abstract = (
        "We introduce ZorPAC (Zorbal Music Generation Framework with Prompting And "
        "Constrained Generation), which is trained on transcribed audio."
    )
    assert ("ZorPAC", "model") not in introduced(abstract, "A Study")


def test_a_state_of_the_art_model_may_be_described_before_its_name(linker: Linker) -> None:
    abstract = (
        "It achieves performance comparable to that of the state-of-the-art lightweight "
        "model ZorbVQE-S."
    )
    assert ids_by_surface(linker, abstract) == {"ZorbVQE-S": "model:zorbvqe-s"}
    # a described method is no model
    abstract = (
        "Combined with the state-of-the-art sampling method ZorbPC, our time steps improve "
        "generation."
    )
    assert ids_by_surface(linker, abstract) == {}


def test_a_long_form_set_off_after_a_framework_is_no_model(linker: Linker) -> None:
    abstract = (
        "A dynamic graph learning framework, Co-Zorb Encoding Network (CZE-N), is proposed "
        "using these techniques. CZE-N is fast."
    )
    assert ids_by_surface(linker, abstract) == {}
    # after a model head noun it is the paper's model
    abstract = "We propose a new model, Co-Zorb Encoding Network (CZE-N), for graphs."
    assert ids_by_surface(linker, abstract) == {"CZE-N": "model:cze-n"}


def test_of_thought_techniques_noise_models_and_the_ieee_are_never_entities(
    linker: Linker,
) -> None:
    abstract = (
        "We propose a novel Graph-of-Thought (GoT) guided compositional reasoning model "
        "called GoT-ZQA and compare it with Tree-of-Thoughts prompting."
    )
    assert ids_by_surface(linker, abstract, "GoT-ZQA: Graph-of-Thought Guided Reasoning") == {
        "GoT-ZQA": "model:got-zqa"
    }
    title = "ZDN: A Novel Edge-Dependent Noise Model for Graph Data"
    abstract = "The Zorb-Dependent Noise (ZDN) model addresses this. ZDN posits noisy labels."
    assert ids_by_surface(linker, abstract, title) == {}
    assert ids_by_surface(linker, "Our experiments on IEEE test systems show gains.") == {}


def test_a_repository_url_broken_after_the_hosts_slash_is_still_its_repository(
    linker: Linker,
) -> None:
    # a PDF's line break after "github.com/" leaves a space before the owner
    abstract = "Our implementation is available at https://github.com/ ZorbLearning/ZorbNet."
    assert ids_by_surface(linker, abstract) == {
        "https://github.com/ ZorbLearning/ZorbNet": "repo:github:ZorbLearning/ZorbNet"
    }
    # a slash and a space before ordinary words start no path
    assert ids_by_surface(linker, "See https://github.com/ for more and github.com/ owner.") == {}


def test_a_loss_glued_to_a_models_name_is_the_loss(linker: Linker) -> None:
    abstract = "We use RNNT-loss pretraining and a CLIP-losses mix. The RNN-T model is a baseline."
    assert ids_by_surface(linker, abstract) == {"RNN-T": "model:rnn-t"}
