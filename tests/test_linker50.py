"""Rules from the fiftieth and fifty-first collection rounds' misses (tests/gold/dev50 and
dev51, read sets from the thirty-second session on): a list after "actions:",
"operations:", "strategies:" (and the method heads of "schemes, namely") holds methods,
whatever catalog data set shares a name with an item, and that item said again later is
still the method ("four adaptive actions: QUUX_CUT, DROP, ... Notably, combining DROP and
QUUX_CUT ..." names no DROP data set); a count, a plural model head noun and a bracket
holding a list of coined names list models ("six pretrained backend models (ZorbFM,
Zorb2Vec, ZERT, and ZorbCNN)"), while a bracket after a head with no count still spells a
class ("pre-trained language models (PLMs, LLMs and VLMs)"); one name with a number after
its letters before a plural data head after "on" or "in" is one data set ("results on
ZRS3 datasets"), not a kind of data ("3D datasets", "EEG datasets"); a training participle
before a defined long form in someone else's sentence introduces nothing ("We use the
SSL pre-trained Audio-Visual HuBERT (AV-HuBERT) model": a catalog model the paper builds
on), where "we pre-trained" still does; hyphenated adjectives and "the resulting" may
stand between an introducing verb and a name before its head noun ("we curate a
high-quality ZorbSync dataset", "We release the resulting ZorbBench dataset"); a data
set's head noun and "is built" after a bracketed acronym introduce it, as a model's do
("a finely annotated Zorb-Text Person Retrieval (ZTPR) dataset is built"); "This results
in" names the paper's own ("This results in a rich multimodal dataset, called
ZuVi-Sync,"); and a name set off by commas after an introduced head noun is the name, the
capitalised word before the head the task's ("we propose a novel QRC model, ZorbJudge,
which ..."). A long form an entry states as a cased alias (TFT's "Temporal Fusion
Transformer") is one of its long forms, as a folded one is: another run of words spelling
the acronym is another model ("a Time-Frequency Transformer"). A relative clause inside an
introduced description owns the bracketed name after it ("a new deep neural network
structure that forecasts a realtime zorblike illness rate (ZLI%)"), and an environment
called a name is an introduced data set ("a new environment called ZoinRun"). An
indefinite article over a few lower-case words before one name and a data set's head says
what kind of data it is ("a publicly available ZCU dataset"), as right before it; so does
a bracketed acronym whose head noun is given another name ("a Bengali Speech-to-Zext (STZ)
corpus named Zen-10"). A title "X: Benchmarking ..." names no benchmark when the
abstract calls X a codebase or a toolkit ("a unified, well-structured codebase called ...
(ZONICA)"). A benchmark a verb of beating takes as its object is a baseline strategy,
no data ("consistently outperform the Zorbowitz benchmark"). Improving a measure over
models compares with them ("improves accuracy over competitive models, such as ..."). A
Title Case long form's head noun, "for" and a task's acronym may stand between the
introducing words and a naming word ("a novel Fine-grained Textual Zorbsion Network for
ZS-CIR, named ZTI4CIR"). A mixed-case name a title calls a model stays the paper's model
when the abstract spells it out in lower case ("ZenRec: Large Language Model for ..." + "a
novel LLM for generative recommendation (ZenRec)"); an acronym in capitals so spelled
stays a task's. A colon sets off an appositive as a comma does ("we propose Zustango: a
text-to-music model"). A model's name, then "Transducer" a space or a hyphen apart, is the
transducer built on it, another model ("Conformer Transducer"). A Title Case run ending in
"Network(s)" or "Transformer" whose initials spell a catalog model's acronym names it only
where the entry states that long form ("Graph Isomorphism Network" of GIN, read from its
source package into `long_forms`): "a Generative Interpretation Network" is no GIN, and
"Geometric Graph Neural Networks" no GGNN, whose entry states none. Names
invented for the tests, except the catalog's DROP, AV-HuBERT, TFT, Conformer, GIN and GGNN."""

from __future__ import annotations

from citegraph.graph.records import Role
from citegraph.linker import Linker
from tests.linking import ids_by_surface, paper


def _roles(linker: Linker, text: str, title: str = "A Study") -> dict[str, tuple[str, Role]]:
    return {
        m.surface: (m.entity_id, m.role) for m in linker.link(paper(text, title)).mentions
    }


def test_what_actions_or_operations_list_are_methods_said_again_too(linker: Linker) -> None:
    text = (
        "We extend the action space with four adaptive actions: QUUX_CUT, DROP, "
        "ZORB_SUMMARY and QUUXIFY, which enable restructuring. Notably, combining DROP and "
        "QUUX_CUT yields the best balance."
    )
    assert ids_by_surface(linker, text) == {}
    text = "We use three operations: DROP, ZorbSwap and QuuxMix. DROP helps most."
    assert ids_by_surface(linker, text) == {}
    # DROP on its own, where results are reported, stays the data set
    text = "We report results on DROP and on ZorbQA-2."
    assert ids_by_surface(linker, text).get("DROP") == "dataset:drop"


def test_a_count_and_a_bracket_after_a_model_head_list_models(linker: Linker) -> None:
    text = (
        "We evaluate the applicability of six pretrained backend models (ZorbFM, Zorb2Vec, "
        "ZERT, ZorbecMAE, and ZorbCNN) in the context of recommendation."
    )
    assert ids_by_surface(linker, text) == {
        name: f"model:{name.lower()}"
        for name in ("ZorbFM", "Zorb2Vec", "ZERT", "ZorbecMAE", "ZorbCNN")
    }
    # no count: the bracket spells a class or its acronyms
    text = "We study pre-trained language models (PLMs, LLMs and VLMs) for this task."
    assert ids_by_surface(linker, text) == {}
    # a bracket that does not close the list is no list of models
    text = "We compare two models (ZorbFM and ZorbCNN, both large, and more) on the task."
    assert ids_by_surface(linker, text) == {}


def test_one_numbered_name_before_a_plural_data_head_is_a_data_set(linker: Linker) -> None:
    text = "Experimental results on ZRS3 datasets show that our frontend performs well."
    assert ids_by_surface(linker, text) == {"ZRS3": "dataset:zrs3"}
    # a kind of data, even with a digit, names none
    text = "We train on 3D datasets and on EEG datasets from two hospitals."
    assert ids_by_surface(linker, text) == {}


def test_a_training_participle_before_a_long_form_introduces_nothing(linker: Linker) -> None:
    title = "ZorbSync+: Leveraging AV-HuBERT to Exploit Multimodal Inconsistency"
    text = (
        "We use the transformer-based SSL pre-trained Audio-Visual HuBERT (AV-HuBERT) "
        "model as a visual and acoustic feature extractor."
    )
    roles = _roles(linker, text, title)
    assert roles["AV-HuBERT"] == ("model:av-hubert", Role.BUILDS_ON)
    # the paper's own pre-training still introduces
    text = "We pre-trained the Zorb Sequence Network (ZSN) model on web text."
    assert _roles(linker, text)["ZSN"] == ("model:zsn", Role.INTRODUCES)


def test_more_ways_to_introduce_a_data_set(linker: Linker) -> None:
    cases = {
        "ZorbSync": "To show it, we curate a high-quality ZorbSync dataset by employing a "
        "lip generator.",
        "ZorbBench": "We release the resulting ZorbBench dataset which contains over 52K "
        "instances.",
        "ZTPR": "Thirdly, a finely annotated Zorb-Text Person Retrieval (ZTPR) dataset is "
        "built as the benchmark to assess the framework.",
        "ZuVi-Sync": "This results in a rich multimodal dataset, called ZuVi-Sync, on which "
        "we train a classifier.",
    }
    for name, text in cases.items():
        assert _roles(linker, text)[name] == (f"dataset:{name.lower()}", Role.INTRODUCES), name


def test_a_name_set_off_after_an_introduced_head_is_the_name(linker: Linker) -> None:
    text = (
        "Moreover, we propose a novel QRC model, ZorbJudge, which captures the complex "
        "interactions among facts, pleas, and laws."
    )
    assert _roles(linker, text) == {"ZorbJudge": ("model:zorbjudge", Role.INTRODUCES)}
    # with no name set off after it, the name before the head is the name
    text = "We propose a novel ZorbRC model, which captures the interactions."
    assert _roles(linker, text) == {"ZorbRC": ("model:zorbrc", Role.INTRODUCES)}


def test_a_cased_long_form_is_a_long_form_too(linker: Linker) -> None:
    # TFT's entry states "Temporal Fusion Transformer" as a cased alias (a reviewed word):
    # another run of words spelling TFT is another model, as for folded long forms.
    text = "We model beats with a Time-Frequency Transformer over spectrograms."
    assert ids_by_surface(linker, text) == {}
    text = "We forecast the load with the Temporal Fusion Transformer over weather data."
    assert ids_by_surface(linker, text) == {"Temporal Fusion Transformer": "model:tft"}


def test_a_relative_clause_in_a_description_owns_the_name_after_it(linker: Linker) -> None:
    text = (
        "In this paper, we propose a new deep neural network structure that forecasts a "
        "realtime zorblike illness rate (ZLI%) in two cities."
    )
    assert ids_by_surface(linker, text) == {}
    # with no clause, the bracketed acronym of the description is the paper's model
    text = "In this paper, we propose a new deep neural network structure (ZorbNet) for it."
    assert _roles(linker, text) == {"ZorbNet": ("model:zorbnet", Role.INTRODUCES)}


def test_an_environment_called_a_name_is_an_introduced_data_set(linker: Linker) -> None:
    text = (
        "Most notably, we introduce a new environment called ZoinRun, designed as a "
        "benchmark for generalization in RL."
    )
    assert _roles(linker, text) == {"ZoinRun": ("dataset:zoinrun", Role.INTRODUCES)}


def test_an_acronym_after_an_indefinite_article_and_adjectives_is_a_kind_of_data(
    linker: Linker,
) -> None:
    text = "Leveraging a publicly available ZCU dataset, we consider two prediction tasks."
    assert ids_by_surface(linker, text) == {}
    text = "We use a large public ZBQA dataset and the ZorbQA dataset."
    assert ids_by_surface(linker, text) == {"ZorbQA": "dataset:zorbqa"}


def test_an_acronym_whose_head_is_named_otherwise_is_a_kind_of_data(linker: Linker) -> None:
    text = (
        "We develop a 78-hour annotated Bengali Speech-to-Zext (STZ) corpus named Zen-10. "
        "Models struggle on Zen-10."
    )
    assert _roles(linker, text) == {"Zen-10": ("dataset:zen-10", Role.INTRODUCES)}
    # a head with no name of its own is the acronym's
    text = "We release the Zorb Language Modeling (ZLM) benchmark for small models."
    assert _roles(linker, text) == {"ZLM": ("dataset:zlm", Role.INTRODUCES)}


def test_a_benchmarking_title_name_the_abstract_calls_a_codebase_is_none(
    linker: Linker,
) -> None:
    title = "ZONICA: Benchmarking on Long-tailed Medical Image Classification"
    text = (
        "To help the community, we build a unified, well-structured codebase called Zorbal "
        "OpeN-source Long-taIled ClassifiCAtion (ZONICA), which implements over 30 methods."
    )
    assert ids_by_surface(linker, text, title=title) == {}
    # without it the title's name is the benchmark
    assert ids_by_surface(linker, "Long tails matter. We show it.", title=title) == {
        "ZONICA": "dataset:zonica"
    }


def test_a_benchmark_that_is_beaten_is_a_baseline(linker: Linker) -> None:
    text = (
        "The agents learn adaptive strategies that consistently outperform the Zorbowitz "
        "benchmark in both absolute return and risk-adjusted performance."
    )
    assert ids_by_surface(linker, text) == {}
    text = "Our model outperforms the baselines on the ZorbQA benchmark."
    assert ids_by_surface(linker, text) == {"ZorbQA": "dataset:zorbqa"}


def test_improving_a_measure_over_models_compares_with_them(linker: Linker) -> None:
    text = (
        "We demonstrate that our approach improves accuracy over competitive models, such as "
        "ZorbMLP, ResNet and QuuxFormer, by validating on seven classification datasets."
    )
    roles = _roles(linker, text)
    assert roles["ResNet"] == ("model:resnet", Role.COMPARES_WITH)
    # "improves accuracy on" names where it was measured, not a comparison
    text = "Fine-tuning ResNet improves accuracy on medical images."
    assert _roles(linker, text)["ResNet"][1] is not Role.COMPARES_WITH


def test_a_title_case_network_for_a_task_named_after_a_comma_is_introduced(
    linker: Linker,
) -> None:
    text = (
        "In this work, we propose a novel Fine-grained Textual Zorbsion Network for ZS-CIR, "
        "named ZTI4CIR. In particular, ZTI4CIR comprises two main components."
    )
    assert _roles(linker, text) == {"ZTI4CIR": ("model:zti4cir", Role.INTRODUCES)}


def test_a_mixed_case_title_name_stays_the_paper_model_when_spelled_out(
    linker: Linker,
) -> None:
    title = "ZenRec: Large Language Model for Generative Recommendation"
    text = (
        "In this paper, we present a novel LLM for generative recommendation (ZenRec) that "
        "utilizes the expressive power of LLMs."
    )
    assert _roles(linker, text, title)["ZenRec"] == ("model:zenrec", Role.INTRODUCES)
    # an acronym in capitals spelled out in lower case stays a task's
    title = "ZRT: Large Language Model for Zorb Recommendation"
    text = "We study zorb recommendation tasks (ZRT) with large models."
    assert "ZRT" not in _roles(linker, text, title)


def test_a_plain_name_and_a_colon_appositive_is_introduced(linker: Linker) -> None:
    text = "In this paper, we propose Zustango: a text-to-music model based on diffusion."
    assert _roles(linker, text) == {"Zustango": ("model:zustango", Role.INTRODUCES)}


def test_a_model_then_transducer_is_the_transducer_model(linker: Linker) -> None:
    text = "Through experiments based on Conformer Transducer with an adapter, we show gains."
    assert ids_by_surface(linker, text) == {"Conformer Transducer": "model:conformer-transducer"}
    text = "We distill a Conformer-Transducer teacher into a small student."
    assert ids_by_surface(linker, text) == {"Conformer-Transducer": "model:conformer-transducer"}
    # the encoder alone stays the catalog's Conformer
    text = "We train a Conformer encoder on speech."
    assert ids_by_surface(linker, text) == {"Conformer": "model:conformer"}


def test_a_network_run_names_an_entry_only_by_a_stated_long_form(linker: Linker) -> None:
    # GIN states "Graph Isomorphism Network" (torchdrug's GIN = GraphIsomorphismNetwork)
    text = "We explain models with a Generative Interpretation Network over graphs."
    assert ids_by_surface(linker, text) == {}
    text = "We embed graphs with a Graph Isomorphism Network and pool them."
    assert ids_by_surface(linker, text) == {"Graph Isomorphism Network": "model:gin"}
    # GGNN's entry states no long form: a run spelling G G N N names no GGNN
    text = "We survey Geometric Graph Neural Networks for molecules."
    assert ids_by_surface(linker, text) == {}
