"""Rules from the twenty-first and twenty-second collection rounds' errors (tests/gold/dev21
and dev22, read in the twenty-first session after their as-found scores): a list of names
does not run back over a sentence's end, "we developed X to ..." introduces a name the text
also calls a model, "(called X)" after a model head noun, "the proposed X model", a task's
acronym with a release number ("VQA 1.0") in a list of data sets, and a ranking metric glued
to its cut-off ("HIT@1") is no data set; a list runs on over a bracketed score ("VISOR
(+98%), ..."). Catalog names are the catalog's; the rest invented
for the tests."""

from __future__ import annotations

from citegraph.linker import Linker
from tests.linking import found, ids_by_surface, introduced


def test_a_list_before_a_head_noun_stops_at_the_sentences_end(linker: Linker) -> None:
    abstract = (
        "It keeps accuracy in Llama 3.1, Mistral-NeMo, and R1-Zorb 2.5. Across benchmarks "
        "including GSM8K and MMLU, it wins."
    )
    by_surface = ids_by_surface(linker, abstract)
    # the models stay the catalog's models; nothing spans "2.5. Across"
    assert by_surface["Llama 3.1"] == "model:llama-3.1"
    assert by_surface["Mistral-NeMo"] == "model:mistral-nemo"
    assert not any("Across" in surface for surface in by_surface)
    assert not any(entity.startswith("dataset:llama") for entity in by_surface.values())


def test_we_developed_a_name_to_do_something_introduces_it(linker: Linker) -> None:
    abstract = (
        "We developed ZorbRes to deduce protein contact-maps from distance profiles. "
        "A re-training of the ZorbRes model with more proteins helps."
    )
    assert ("ZorbRes", "model") in introduced(abstract, "A Study")
    # a network-shaped name needs no other word to say it is a model
    abstract = "We propose ZorbNet to deduce protein contact-maps. ZorbNet was tested on proteins."
    assert ("ZorbNet", "model") in introduced(abstract, "A Study")


def test_a_name_that_nothing_types_is_not_introduced_by_a_clause() -> None:
    # "ZorbRes" alone could be a method: the clause says what it does, not what it is
    abstract = "We developed ZorbRes to deduce contact-maps. ZorbRes was tested on proteins."
    assert all(name != "ZorbRes" for name, _ in introduced(abstract, "A Study"))
    # a catalog model the paper trains "to" do something is not the paper's own
    assert all(name != "BERT" for name, _ in introduced("We train BERT to tag words.", "A Study"))


def test_a_bracketed_naming_word_after_a_model_head_introduces_the_name() -> None:
    abstract = (
        "In this paper, we propose a novel frequency-domain approach based on a Band-Split "
        "Zorb Transformer (called BS-Zorbformer). BS-Zorbformer relies on a band-split module."
    )
    assert ("BS-Zorbformer", "model") in introduced(abstract, "A Study")


def test_a_tasks_acronym_with_a_release_number_is_a_data_set_in_a_list(linker: Linker) -> None:
    abstract = (
        "Our approach achieves new state-of-the-art performance of single model on both "
        "VQA 1.0 and VQA 2.0 datasets."
    )
    by_surface = ids_by_surface(linker, abstract)
    assert by_surface["VQA 1.0"] == "dataset:vqa-1.0"
    assert by_surface["VQA 2.0"] == "dataset:vqa-v2"
    # the acronym alone stays a task ("VQA is a hot topic")
    assert "VQA" not in ids_by_surface(linker, "Research on VQA datasets is a hot topic.")


def test_a_metric_glued_to_its_cut_off_is_no_data_set(linker: Linker) -> None:
    abstract = (
        "ZorbE achieves the state-of-the-art performance in link prediction in terms of MRR, "
        "HIT@1 on FB15k-237 and HIT@1 on WN18RR compared to the previous baselines."
    )
    linked = found(linker, abstract)
    assert "dataset:hit" not in linked
    assert "dataset:fb15k-237" in linked


def test_the_proposed_name_and_a_model_head_introduce_the_name() -> None:
    abstract = "Results show that the proposed ZorbSeg model outperforms U-Net on three datasets."
    assert ("ZorbSeg", "model") in introduced(abstract, "A Study")
    # without "proposed" the phrase names someone's model as often as the paper's own
    abstract = "Results show that the ZorbSeg model outperforms U-Net on three datasets."
    assert ("ZorbSeg", "model") not in introduced(abstract, "A Study")


def test_a_list_of_names_runs_on_over_a_bracketed_score(linker: Linker) -> None:
    abstract = (
        "Extensive experiments demonstrate gains across well-known benchmarks, including "
        "ZorbVis (+98%), ZorbBench (+67%), and QuuxEval (+131%)."
    )
    linked = found(linker, abstract)
    assert {"dataset:zorbvis", "dataset:zorbbench", "dataset:quuxeval"} <= linked
