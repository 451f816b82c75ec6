"""Rules from the fortieth and forty-first collection rounds' misses (tests/gold/dev40 and
dev41, read sets from the twenty-ninth session on): a challenge's name with capitalised
words before "Challenge" after a catalog data set ("AIshell Speaker Verification Challenge
2019"); an acronym the text spells out as a problem, a task or a data set is no catalog
model of the same letters ("a Cooperative Language Acquisition Problem (CLAP)"); a catalog
name inside the paper's own longer name said again is no link of its own ("SSD300" of
"SSD300-fork"); a bracketed acronym of the capitalised words a verb after the description's
head governs names no introduced model ("a fusion model capable of predicting Gene Ontology
(GO) terms"); a bracket that goes on after its word holds a phrase ("(F0
contour)"); plain title words naming a task are no name ("Revisiting Point Cloud
Classification: A New Benchmark Dataset ..."); "Our model" before a long form is not cut at
its first word; catalog aliases numbered with an edition word ("Gemini 1.5 Pro") make the
family one numbered by version ("Gemini 1.5"); plain words after a title's verb are its
object ("Unlocking Model Insights: A Dataset for ..."), and a title presenting a data set
makes the paper a benchmark paper for the role features; plain words after "datasets from"
are the data's sources ("datasets from Ontario, Quebec, California"); a family's version
written with a "v" is the catalog's version ("Llama V2" is Llama 2); from dev42's misses: a
longer name after a catalog model keeps a decimal size ("DeepSeek-R1-Distill-Qwen-1.5B"),
two digits after an apostrophe spell a catalog name ending in them ("THUMOS'14"), and a
release word before the version names the catalog's release ("Gemini Flash 1.5"); a Title
Case task with a hyphenated lower-case part defines a task's acronym ("Multi-hop Question
Answering (MHQA)"); a bracket a capitalised word goes on from holds no introduced name
("non-native (L2) English speech"); "namely" after a verb of use lists models the
paper uses ("We selected two representative models ..., namely MockingJay and NPC"); a
defined acronym before a plural head names models of a kind the paper trains ("We train
Fourier NO (FNO) models"), not its own; a count of items after a data set keeps the data
set ("the MSMARCO 100k retrieval task"); a cased name whose first word holds two capitals
is the name with its last word in lower case too ("COCO-stuff", "DeepMind Control suite");
"X-inspired" names X, a model the design drew on, not one it builds on ("ResNet-inspired
residual connections"); a title on compressing data ("Vector Quantization
for ... Audio Codec", "Learned Image Compression") makes no compression paper for the role
features.
Names invented for the tests, except the catalog's AISHELL, CLAP, SSD300, Gemini, Llama 2
and GPT-4."""

from __future__ import annotations

from citegraph.graph.records import Role
from citegraph.linker import Linker
from citegraph.linker.role_features import paper_features
from tests.linking import ids_by_surface, paper


def test_capitalised_words_before_challenge_after_a_catalog_dataset_are_its_name(
    linker: Linker,
) -> None:
    text = "Our previous work in the AIshell Speaker Verification Challenge 2019 shows gains."
    assert ids_by_surface(linker, text) == {
        "AIshell Speaker Verification Challenge 2019": (
            "dataset:aishell-speaker-verification-challenge-2019"
        )
    }
    # the catalog name alone stays the catalog's
    assert ids_by_surface(linker, "We train on AISHELL and test on it.") == {
        "AISHELL": "dataset:aishell"
    }


def test_an_acronym_spelled_out_as_a_problem_is_no_catalog_model(linker: Linker) -> None:
    text = (
        "We propose a novel AI challenge called a Cooperative Language Acquisition Problem "
        "(CLAP) in which agents learn. Two methods for solving CLAP are compared."
    )
    assert "model:clap" not in ids_by_surface(linker, text).values()
    # the model CLAP, not spelled out otherwise, stays linked
    assert ids_by_surface(linker, "We extract audio embeddings with CLAP for tagging.") == {
        "CLAP": "model:clap"
    }


def test_a_catalog_name_inside_the_papers_own_name_said_again_is_no_link(
    linker: Linker,
) -> None:
    text = (
        "We proposed a new CNN-based detector, SSD300-zorb. We compared SSD300-zorb with "
        "other detection methods."
    )
    mentions = linker.link(paper(text)).mentions
    assert [(m.surface, m.role) for m in mentions] == [("SSD300-zorb", Role.INTRODUCES)]


def test_an_acronym_of_words_a_verb_governs_is_no_introduced_model(linker: Linker) -> None:
    text = (
        "In this work, we propose a transformer-based fusion model capable of predicting "
        "Zorb Ontology (ZO) terms from full-scale protein sequences."
    )
    assert ids_by_surface(linker, text) == {}
    # the long form of the paper's model, right after its head, is still introduced
    named = linker.link(paper("We propose a new model, the Zorb Tree Network (ZTN), for graphs."))
    assert {(m.surface, m.role) for m in named.mentions} >= {("ZTN", Role.INTRODUCES)}


def test_a_bracket_that_goes_on_after_a_word_holds_no_introduced_name(linker: Linker) -> None:
    text = (
        "We train an encoder to disentangle singer identity and singing prosody (Z0 contour) "
        "from phonetic content."
    )
    assert ids_by_surface(linker, text) == {}
    # a list in the bracket still names the models
    listed = "We propose two models (ZorbNet-A and ZorbNet-B) for graphs."
    assert {m.role for m in linker.link(paper(listed)).mentions} == {Role.INTRODUCES}


def test_plain_title_words_naming_a_task_are_no_introduced_name(linker: Linker) -> None:
    title = "Revisiting Zorb Cloud Classification: A New Benchmark Dataset and Model"
    text = "We introduce ZorbObjectNN, a new real-world point cloud object dataset."
    assert ids_by_surface(linker, text, title) == {"ZorbObjectNN": "dataset:zorbobjectnn"}


def test_our_model_before_a_long_form_is_not_cut_at_its_first_word(linker: Linker) -> None:
    text = (
        "Our model Sequence-to-zorbution Neural Networks (Seq2ZNN) consists of two blocks. "
        "Seq2ZNN is trained end-to-end."
    )
    assert "model:sequence-to-zorbution" not in ids_by_surface(linker, text).values()


def test_a_family_whose_catalog_versions_carry_an_edition_word_is_numbered(
    linker: Linker,
) -> None:
    # the catalog holds Gemini 1.0 Pro and Gemini 1.5 Pro (and Flash), not Gemini 1.5
    text = "We prompt Gemini 1.0, Gemini 1.5 and Gemini 1.5 Pro on the questions."
    assert ids_by_surface(linker, text) == {
        "Gemini 1.0": "model:gemini-1.0",
        "Gemini 1.5": "model:gemini-1.5",
        "Gemini 1.5 Pro": "model:gemini-1.5-pro",
    }


def test_plain_words_after_a_title_verb_are_its_object_not_a_name(linker: Linker) -> None:
    title = "Unlocking Zorb Insights: A Dataset for Automated Card Generation"
    text = "We introduce a dataset of 500 question-answer pairs for 25 models."
    assert ids_by_surface(linker, text, title) == {}
    # a coined name after the verb, or plain words after "Introducing", are names
    coined = "Introducing ZorbLM: A Model for Zorb Tasks"
    assert "model:zorblm" in ids_by_surface(linker, "We train a model.", coined).values()


def test_a_title_presenting_a_dataset_makes_a_benchmark_paper() -> None:
    assert "benchmark_paper" in paper_features("Unlocking Zorb Insights: A Dataset for X", 3, False)
    assert "benchmark_paper" not in paper_features("Zorbing on the Quux dataset", 3, False)


def test_plain_words_after_datasets_from_are_sources_not_datasets(linker: Linker) -> None:
    text = "We improve accuracy using datasets from Zorbario, Quux, and New Zorb State."
    assert ids_by_surface(linker, text) == {}
    # coined names there are data sets
    assert ids_by_surface(linker, "We train on datasets from ZorbCXR and QuuxSet-2.") == {
        "ZorbCXR": "dataset:zorbcxr",
        "QuuxSet-2": "dataset:quuxset-2",
    }


def test_a_version_written_with_a_v_is_the_catalog_version(linker: Linker) -> None:
    text = "We encode the text with Llama V2, GPT v4 and Llama v2 7B."
    assert ids_by_surface(linker, text) == {
        "Llama V2": "model:llama-2",
        "GPT v4": "model:gpt-4",
        "Llama v2 7B": "model:hf:meta-llama/Llama-2-7b-hf",
    }
    # a version the catalog lacks stays a new name of its family
    assert ids_by_surface(linker, "We encode the text with Llama v9.") == {
        "Llama v9": "model:llama-v9"
    }



def test_a_longer_name_after_a_catalog_model_keeps_a_decimal_size(linker: Linker) -> None:
    text = "We focus on a 1.5-billion-parameter model, DeepSeek-R1-Zorb-Qwen-1.5B, on 4 GPUs."
    assert ids_by_surface(linker, text) == {
        "DeepSeek-R1-Zorb-Qwen-1.5B": "model:deepseek-r1-zorb-qwen-1.5b"
    }


def test_two_digits_after_an_apostrophe_spell_the_catalog_name(linker: Linker) -> None:
    # mmaction2's THUMOS14, typeset with a typographic apostrophe as papers print it
    text = "Our model outperforms the state of the art on THUMOS\u201914 and on THUMOS'14."
    assert set(ids_by_surface(linker, text).values()) == {"dataset:thumos14"}


def test_a_release_word_before_the_version_names_the_catalog_release(linker: Linker) -> None:
    text = "Summaries are generated by Gemini Flash 1.5 and Gemini Pro 1.0."
    assert ids_by_surface(linker, text) == {
        "Gemini Flash 1.5": "model:gemini-1.5-flash",
        "Gemini Pro 1.0": "model:gemini-1.0-pro",
    }


def test_a_title_case_task_with_a_hyphenated_lower_part_names_a_task(linker: Linker) -> None:
    text = (
        "However, Multi-hop Zorb Answering (MHZA) remains challenging. To enhance "
        "performance on MHZA, we propose a prompting method."
    )
    assert ids_by_surface(linker, text) == {}


def test_a_bracket_a_capitalised_word_goes_on_from_is_no_introduced_name(
    linker: Linker,
) -> None:
    text = (
        "We propose a weakly-supervised model for word-level detection in non-native (Z2) "
        "Zorbish speech."
    )
    assert ids_by_surface(linker, text) == {}


def test_namely_after_a_verb_of_use_lists_models_the_paper_uses(linker: Linker) -> None:
    text = (
        "We selected two representative models based on Transformer and CNN, namely "
        "ZorbJay and Quux Predictive Coding (QPC), and ran experiments."
    )
    roles = {m.surface: m.role for m in linker.link(paper(text)).mentions}
    assert roles.get("ZorbJay") not in (None, Role.INTRODUCES)
    # after an introducing verb "namely" still names the paper's own
    own = "We propose a new speech model, namely ZorbJay, for emotion recognition."
    assert {(m.surface, m.role) for m in linker.link(paper(own)).mentions} == {
        ("ZorbJay", Role.INTRODUCES)
    }


def test_a_defined_acronym_before_a_plural_head_is_no_introduced_name(linker: Linker) -> None:
    text = "We train Zorbier NO (ZNO) models to predict the evolution of the proxies."
    roles = {m.surface: m.role for m in linker.link(paper(text)).mentions}
    assert roles.get("ZNO") not in (None, Role.INTRODUCES)


def test_a_title_on_compressing_data_is_no_compression_paper() -> None:
    assert "compression_paper" in paper_features("Post-Training Quantization of Zorb-7B", 1, False)
    for title in (
        "ZORB-CODEC: Group-Residual Vector Quantization for High Fidelity Audio Codec",
        "Learned Image Compression with Zorb Priors",
    ):
        assert "compression_paper" not in paper_features(title, 3, False)


def test_a_count_of_items_after_a_dataset_keeps_the_dataset(linker: Linker) -> None:
    text = "We win on the MSMARCO 100k retrieval task and on the Natural Questions 100k task."
    assert ids_by_surface(linker, text) == {
        "MSMARCO": "dataset:ms-marco",
        "Natural Questions": "dataset:natural-questions",
    }
    # a longer catalog name still wins, and a model's size is still a size
    assert ids_by_surface(linker, "We pre-train on ImageNet 21k.") == {
        "ImageNet 21k": "dataset:imagenet-21k"
    }


def test_a_cased_name_with_its_last_word_in_lower_case_is_the_name(linker: Linker) -> None:
    # mmsegmentation's COCO-Stuff and tensorflow-datasets' DeepMind Control Suite are
    # matched as written; papers write the last word in lower case too
    text = "We evaluate on COCO-stuff and on the DeepMind Control suite."
    assert ids_by_surface(linker, text) == {
        "COCO-stuff": "dataset:coco-stuff",
        "DeepMind Control suite": "dataset:deepmind-control-suite",
    }
    # the spellings of such a name too, but not a head noun the text writes in lower case
    assert ids_by_surface(linker, "We add an MLP mixer block.") == {"MLP mixer": "model:mlp-mixer"}
    assert "dataset:hf:mteb/AVE-Dataset" not in ids_by_surface(
        linker, "We evaluate on the AVE dataset."
    ).values()
    # a first word without two capitals keeps the ordinary-word guard
    dogs = ids_by_surface(linker, "Some Stanford dogs bark.")
    assert "dataset:stanford-dogs" not in dogs.values()


def test_a_model_a_design_is_inspired_by_is_named_not_built_on(linker: Linker) -> None:
    text = (
        "We propose ZorbFlexiNet, which combines depthwise convolutions with "
        "ResNet-inspired residual connections, and use a Word2Vec-inspired technique."
    )
    roles = {m.surface: m.role for m in linker.link(paper(text)).mentions}
    assert roles["ResNet"] is not Role.BUILDS_ON
    assert roles["Word2Vec"] is not Role.BUILDS_ON
    # "-like" still names a class, no model
    assert "model:gpt" not in ids_by_surface(linker, "We train a GPT-like decoder.").values()
