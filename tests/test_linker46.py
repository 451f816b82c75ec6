"""Rules from the forty-fourth to forty-seventh collection rounds' misses (tests/gold/dev44-
dev47, read sets from the thirtieth session on): the words of a catalog name are no
unseen names of their own, even where the catalog name itself stays unlinked ("On this
dataset, Onsets and Frames achieved ..." names no data sets "Onsets" and "Frames"); a
long form whose capitals, some inside its words, spell the bracketed acronym after it
defines that acronym ("COntrasting user pReference expAnsion and Learning (CORAL)"), and
its first word is no name; a name set off by dashes after its description is introduced
("a novel graph meta-learning framework -- Meta-GNN --"); markdown's one-star emphasis is
markup ("We introduce *NExT-QA*"); a benchmark named together with a framework is a data
set ("AbRank, a large-scale benchmark and evaluation framework"); a count hyphenated after a
data set is no version of it ("OrganAMNIST 11-organ classification"); generic words a
slash pairs are no name ("DNA/RNA benchmark datasets"); a long form's capitals spell its
acronym across lower-case words too ("Spatio-temporal Long-term Partial sensing Forecast
(SLPF)"); a catalog name of three words or more whose first word holds two capitals
matches with the words after it in lower case ("MIT-BIH arrhythmia database"); a plain
capitalised word listed with a known data set right before "datasets" is a data set ("the
Davis and KIBA datasets"); a coined name before "development set" or "validation set"
names a data set ("the VOiCES development set"); a title all in capitals says nothing of a
name in capitals the abstract writes in lower case ("AIRBORNE LASER SCANNING" is no LASER);
an acronym the text spells out as an algorithm or a method is no catalog model ("Dual
Learning Algorithm (DLA)"); from dev46's and dev47's misses: a hyphenated acronym of a
lower-case task names the task ("Query-by-example spoken term detection (QbE-STD)"), a
lower-case letter of it a small word's initial, and a transducer's acronym names a model;
an address a page wrote twice, the second glued to the name, names its repository once; a
year after a challenge's name is its edition ("Zero Resource Speech Challenge 2021"); a
name run together with a modifier word where a page lost the hyphen is no name ("an
LSTMbased encoder-decoder").
Names invented for the tests, except the catalog's Onsets and Frames, MIT-BIH
Arrhythmia Database, KIBA, LASER, BERT and DLA."""

from __future__ import annotations

from citegraph.graph.records import Role
from citegraph.linker import Linker
from tests.linking import found, ids_by_surface, paper


def test_the_words_of_a_catalog_name_are_no_unseen_names(linker: Linker) -> None:
    text = (
        "The ZorbPiano dataset was released in 2019. On this dataset, Onsets and Frames "
        "achieved a high onset score."
    )
    linked = ids_by_surface(linker, text)
    assert "Onsets" not in linked and "Frames" not in linked
    # the same phrase with coined names the catalog lacks still names data sets
    text = text.replace("Onsets and Frames", "ZorbOnsets and QuuxFrames")
    assert ids_by_surface(linker, text) == {
        "ZorbPiano": "dataset:zorbpiano",
        "ZorbOnsets": "dataset:zorbonsets",
        "QuuxFrames": "dataset:quuxframes",
    }


def test_capitals_inside_a_long_form_spell_its_acronym(linker: Linker) -> None:
    text = (
        "We propose a novel recommender model, called ZOrbing user pReference expAnsion and "
        "Learning (ZORAL). Firstly, ZORAL extracts hidden preferences."
    )
    mentions = linker.link(paper(text)).mentions
    assert [(m.surface, m.role) for m in mentions] == [("ZORAL", Role.INTRODUCES)]
    # a long form whose capitals are only its initials is the usual path's
    text = "We propose the Zorbing Quux Network (ZQN) for link prediction."
    assert [(m.surface, m.role) for m in linker.link(paper(text)).mentions] == [
        ("ZQN", Role.INTRODUCES)
    ]


def test_a_name_set_off_by_dashes_after_its_description_is_introduced(linker: Linker) -> None:
    text = (
        "We propose a novel graph meta-learning framework -- Meta-ZNN -- to tackle few-shot "
        "node classification. Additionally, Meta-ZNN is a general model."
    )
    mentions = linker.link(paper(text)).mentions
    assert [(m.surface, m.role) for m in mentions] == [("Meta-ZNN", Role.INTRODUCES)]
    # a dash after a description that is no model or data set introduces nothing
    text = "We propose a novel graph meta-learning framework \u2014 ZorbNet \u2014 for graphs."
    assert linker.link(paper(text)).mentions == []


def test_markdown_emphasis_around_a_name_is_markup(linker: Linker) -> None:
    text = "We introduce *ZorbQA*, a rigorously designed video question answering benchmark."
    mentions = linker.link(paper(text)).mentions
    assert [(m.surface, m.entity_id, m.role) for m in mentions] == [
        ("ZorbQA", "dataset:zorbqa", Role.INTRODUCES)
    ]


def test_a_benchmark_named_with_a_framework_is_a_data_set(linker: Linker) -> None:
    text = (
        "We introduce ZorbRank, a large-scale benchmark and evaluation framework that "
        "reframes affinity prediction as ranking."
    )
    assert ids_by_surface(linker, text) == {"ZorbRank": "dataset:zorbrank"}
    # a framework alone stays no entity
    text = "We introduce ZorbRank, an evaluation framework that reframes prediction as ranking."
    assert ids_by_surface(linker, text) == {}


def test_a_count_hyphenated_after_a_data_set_is_no_version_of_it(linker: Linker) -> None:
    text = (
        "It reaches 0.99 AUC on OrganAMNIST 11-organ classification, and high accuracy on "
        "CIFAR-10 10-class classification and ImageNet 1000-class classification."
    )
    assert ids_by_surface(linker, text) == {
        "OrganAMNIST": "dataset:organamnist",
        "CIFAR-10": "dataset:cifar-10",
        "ImageNet": "dataset:imagenet",
    }
    # a version hyphenated to a word still makes another release
    assert ids_by_surface(linker, "We fine-tune Llama 2-chat on it.") == {
        "Llama 2-chat": "model:llama-2-chat"
    }


def test_generic_words_a_slash_pairs_are_no_name(linker: Linker) -> None:
    text = "We comprehensively evaluate ZorbBind on DNA/RNA benchmark datasets."
    assert "DNA/RNA" not in ids_by_surface(linker, text)


def test_capitals_of_a_long_form_with_lower_case_words_spell_its_acronym(linker: Linker) -> None:
    text = "We propose a Spatio-temporal Long-term Partial sensing Zorbcast (SLPZ) model."
    mentions = linker.link(paper(text)).mentions
    assert [(m.surface, m.role) for m in mentions] == [("SLPZ", Role.INTRODUCES)]


def test_a_name_of_three_words_after_a_coined_first_matches_with_its_words_lowered(
    linker: Linker,
) -> None:
    text = "The approach is validated with ECG data from MIT-BIH arrhythmia database."
    assert ids_by_surface(linker, text) == {
        "MIT-BIH arrhythmia database": "dataset:mit-bih-arrhythmia-database"
    }


def test_a_plain_word_listed_with_a_known_data_set_before_datasets_is_one(
    linker: Linker,
) -> None:
    text = "Training results conducted with the Zorbis and KIBA datasets show it is viable."
    assert ids_by_surface(linker, text) == {"Zorbis": "dataset:zorbis", "KIBA": "dataset:kiba"}
    # without the plural head noun after the list, a plain word stays a word
    text = "Training results conducted with Zorbis and KIBA show it is viable."
    assert ids_by_surface(linker, text) == {"KIBA": "dataset:kiba"}


def test_a_coined_name_before_a_development_set_is_a_data_set(linker: Linker) -> None:
    text = "We evaluated the models on the ZOiCES development set recorded in noisy rooms."
    assert ids_by_surface(linker, text) == {"ZOiCES": "dataset:zoices"}


def test_a_title_in_capitals_says_nothing_of_a_name_in_capitals(linker: Linker) -> None:
    title = "CLASSIFICATION OF AIRBORNE LASER SCANNING DATA USING ZORB FEATURES"
    abstract = "Airborne laser scanning gives dense point clouds of cities."
    assert "model:laser" not in found(linker, abstract, title)
    # a name the abstract writes in capitals too stays linked from such a title
    title = "FINE-TUNING BERT FOR ZORB CLASSIFICATION"
    abstract = "We fine-tune BERT on a new corpus of zorb reports."
    assert "model:bert" in found(linker, abstract, title)


def test_an_acronym_spelled_out_as_an_algorithm_is_no_catalog_model(linker: Linker) -> None:
    text = (
        "We adopt the Dual Learning Algorithm (DLA) to estimate click propensities. "
        "DLA jointly learns the ranker and the propensity model."
    )
    assert "model:dla" not in ids_by_surface(linker, text).values()
    # the catalog's DLA, not spelled out otherwise, stays linked
    assert ids_by_surface(linker, "We use a DLA backbone for the detector.") == {"DLA": "model:dla"}


def test_a_hyphenated_acronym_of_a_lower_case_task_names_the_task(linker: Linker) -> None:
    text = (
        "Query-by-example zorb term detection (QbE-ZTD) is constrained by data scarcity. "
        "This paper introduces a novel, language-agnostic QbE-ZTD model for it."
    )
    assert "QbE-ZTD" not in ids_by_surface(linker, text)
    # a lower-case transducer's acronym still names the model
    text = "The recurrent neural network transducer (RNN-T) is a streaming ASR model we build on."
    assert ids_by_surface(linker, text) == {"RNN-T": "model:rnn-t"}


def test_an_address_written_twice_names_its_repository_once(linker: Linker) -> None:
    text = "Code is available at https://github.com/zorblab/ZorbSegGithub.com/zorblab/ZorbSeg."
    assert set(ids_by_surface(linker, text).values()) == {"repo:github:zorblab/ZorbSeg"}
    # a Pages repository's own name holds its host after a dot
    text = "See https://github.com/zorblab/zorblab.github.com for the page."
    assert set(ids_by_surface(linker, text).values()) == {"repo:github:zorblab/zorblab.github.com"}


def test_a_year_after_a_challenges_name_is_its_edition(linker: Linker) -> None:
    text = "We reach new results on the metrics of the Zorb Speech Challenge 2021 (Track 1)."
    assert ids_by_surface(linker, text) == {
        "Zorb Speech Challenge 2021": "dataset:zorb-speech-challenge-2021"
    }


def test_a_name_run_together_with_a_modifier_is_no_name(linker: Linker) -> None:
    text = "The model is an LSTMbased encoder-decoder with a 2-dimensional attention module."
    assert "LSTMbased" not in ids_by_surface(linker, text)
    # a coined name that only ends in such letters stays one
    text = "The model is a ZorbFREE encoder-decoder with a 2-dimensional attention module."
    assert ids_by_surface(linker, text) == {"ZorbFREE": "model:zorbfree"}
