"""Builds_on precision rules of round 18 (invented names)."""

from citegraph.graph.records import Role
from citegraph.linker.roles import Sentences

from .linking import rule_role


def _role(text: str, name: str) -> Role:
    return rule_role(text, name)


def test_a_comparison_verb_between_the_builds_cue_and_the_name_makes_a_baseline() -> None:
    text = "Our finetuned ZorbNet model outperforms the few-shot prompted BlargLM model."
    assert _role(text, "BlargLM") is Role.COMPARES_WITH
    assert _role(text, "ZorbNet") is Role.BUILDS_ON


def test_a_builds_cue_nearer_than_the_comparison_still_builds() -> None:
    text = "Compared with prior work, we fine-tune BlargLM on our corpus."
    assert _role(text, "BlargLM") is Role.BUILDS_ON


def test_a_name_set_as_backbone_after_a_comparison_still_builds() -> None:
    text = "It outperforms methods fine-tuned from BlargLM as the backbone."
    assert _role(text, "BlargLM") is Role.BUILDS_ON


def test_instruction_tuned_as_the_adjective_of_a_listed_class_is_no_builds_cue() -> None:
    text = (
        "This study compares two prompt formats across four instruction-tuned LLMs, "
        "namely ZorbLM 7B and BlargLM 8B."
    )
    assert _role(text, "BlargLM 8B") is not Role.BUILDS_ON


def test_instruction_tuning_a_model_still_builds() -> None:
    assert _role("We instruction-tune ZorbLM 7B on our data.", "ZorbLM 7B") is Role.BUILDS_ON
    text = "We release instruction-tuned ZorbLM 7B and BlargLM 8B models."
    assert _role(text, "BlargLM 8B") is Role.BUILDS_ON


def test_a_named_variant_of_a_model_is_an_introduced_model() -> None:
    from citegraph.linker.introduced import find_introductions

    text = "Zorb: Long Inputs\n\nWe introduce QuuxLM, a Korean variant of BlargLM 82B."
    found = {(i.name, i.entity_type) for i in find_introductions(text, len("Zorb: Long Inputs"))}
    assert ("QuuxLM", "model") in found


def test_the_proposed_model_is_the_papers_own_not_a_base() -> None:
    text = "Experiments on ImageNet and COCO demonstrate that the proposed ZorbNet is faster."
    assert _role(text, "ZorbNet") is Role.MENTIONS
    text = "Experiments with our newly proposed ZorbNet show gains."
    assert _role(text, "ZorbNet") is Role.MENTIONS


def test_a_model_built_on_after_the_proposed_method_still_builds() -> None:
    text = "The proposed method is built on ZorbNet."
    assert _role(text, "ZorbNet") is Role.BUILDS_ON


def test_examples_of_existing_models_after_a_builds_cue_do_not_build() -> None:
    text = "Our scheme can be integrated into existing detectors, e.g., ZorbDet [20] and BlargDet."
    assert _role(text, "BlargDet") is not Role.BUILDS_ON
    text = "It enables adaptations of popular pre-trained models (e.g., ZorbBERT, BlargBERT)."
    assert _role(text, "BlargBERT") is not Role.BUILDS_ON


def test_an_example_of_the_papers_own_component_still_builds() -> None:
    text = "Our method employs a small tunable policy model (e.g., ZorbT5) to write hints."
    assert _role(text, "ZorbT5") is Role.BUILDS_ON


def test_an_adverb_makes_trained_the_models_adjective() -> None:
    text = "We find paths between independently trained ZorbViT and BlargGPT models."
    assert _role(text, "BlargGPT") is not Role.BUILDS_ON
    assert _role("We jointly train ZorbViT with our decoder.", "ZorbViT") is Role.BUILDS_ON


def test_a_model_used_to_make_data_does_not_build() -> None:
    text = "Training data grows by predicting structures for 12M sequences using ZorbFold."
    assert _role(text, "ZorbFold") is Role.MENTIONS
    text = "We generate 50K instructions with seed tasks using BlargGPT."
    assert _role(text, "BlargGPT") is Role.MENTIONS


def test_a_model_used_by_the_papers_system_still_builds() -> None:
    text = "Our agent answers questions using BlargGPT as the planner."
    assert _role(text, "BlargGPT") is Role.BUILDS_ON
    assert _role("We classify the generated texts using ZorbBERT.", "ZorbBERT") is Role.BUILDS_ON


def test_models_including_after_a_comparison_in_the_sentence_are_compared_not_built_on() -> None:
    text = (
        "The performance of ZorbDiT easily surpasses state-of-the-art open-source models as "
        "well as mainstream closed-source commercial models including QuuxDiff 3, BlargE 3, "
        "and Frob V6."
    )
    assert _role(text, "BlargE 3") is not Role.BUILDS_ON


def test_models_including_without_a_comparison_still_build() -> None:
    text = "Rather than training from scratch, we fine-tune models including ZorbLM and BlargLM."
    assert _role(text, "BlargLM") is Role.BUILDS_ON


def _features_rule(text: str, name: str, title: str) -> Role:
    from citegraph.linker.role_features import mention_features

    start = text.index(name, len(title))
    return mention_features(Sentences(text), start, start + len(name), "model", len(title))[0]


def test_a_name_the_title_heads_with_is_the_papers_own_not_a_base() -> None:
    title = "Zorb2: Unifying Learning Paradigms"
    text = f"{title}\n\nFinally, we apply instruction tuning to the Zorb2 20B model."
    assert _features_rule(text, "Zorb2 20B", title) is Role.MENTIONS


def test_a_base_named_beside_the_titles_head_still_builds() -> None:
    title = "Zorb2: Unifying Learning Paradigms"
    text = f"{title}\n\nWe apply instruction tuning to the Zorb2x and BlargLM models."
    assert _features_rule(text, "BlargLM", title) is Role.BUILDS_ON
    assert _features_rule(text, "Zorb2x", title) is Role.BUILDS_ON


def test_a_lower_case_coined_name_after_introduce_a_novel_model_is_introduced() -> None:
    from citegraph.linker.introduced import find_introductions

    text = "Zorb\n\nTo this end, we introduce a novel model zorb-en-icl, which uses examples."
    found = {(i.name, i.entity_type) for i in find_introductions(text, len("Zorb"))}
    assert ("zorb-en-icl", "model") in found


def test_a_lower_case_word_after_a_model_head_is_no_name() -> None:
    from citegraph.linker.introduced import find_introductions

    for text in ("Zorb\n\nWe train a model end-to-end on our data.",
                 "Zorb\n\nWe train a model end-to-end, which is fast."):
        assert not [i for i in find_introductions(text, len("Zorb")) if i.name == "end-to-end"]


def test_what_other_work_builds_on_is_background() -> None:
    text = (
        "Several multiple instance learning frameworks proposed for this task utilize a "
        "ZorbNet50 backbone pre-trained on natural images."
    )
    assert _role(text, "ZorbNet50") is Role.MENTIONS


def test_the_papers_own_framework_built_on_a_model_still_builds() -> None:
    text = "Our framework utilizes a ZorbNet50 backbone."
    assert _role(text, "ZorbNet50") is Role.BUILDS_ON
    text = "We propose several frameworks that utilize ZorbNet50."
    assert _role(text, "ZorbNet50") is Role.BUILDS_ON


def test_any_between_the_builds_cue_and_the_name_is_a_claim_not_a_base() -> None:
    text = "It can easily be implemented on any IR system thanks to the availability of ZorbGPT."
    assert _role(text, "ZorbGPT") is Role.MENTIONS
    assert _role("Without any changes, we fine-tune ZorbGPT.", "ZorbGPT") is Role.BUILDS_ON
