"""Rules from the thirty-sixth session (read sets only; the sixty-second and sixty-third
collection rounds' papers are scored as found before any rule is written from them).

A data set's name of plain words whose first word keeps its capital inside a sentence while
the others are lowered ("evaluated on Google speech commands") is that name: a writer who
lowers the rest keeps the proper noun. At a sentence's start the capital says nothing ("The
stack of ..."), and a model's name of plain words stays a phrase in lower case ("a Vision
transformer" is the class).

From the sixty-second and sixty-third rounds' false links (read from this session on): the
MAE of a measurement ("reducing vCDR MAE by over 56%", "the median MAE") is the mean
absolute error, not the masked autoencoder; a tool's head noun right before a catalog model
("the pose estimation framework OpenPose") calls it a tool, which the guideline leaves
unlabelled; "(CITATION)", a citation's placeholder, is no data set's short name; and a
catalog data set's version hyphenated on with more parts after it ("MIMIC-III-50") is a
longer name the catalog lacks, not the catalog's MIMIC.
"""

from __future__ import annotations

from citegraph.graph.records import Role
from citegraph.linker import Linker
from tests.linking import paper


def _found(linker: Linker, text: str, title: str = "A Study") -> dict[str, tuple[str, Role]]:
    return {
        m.surface: (m.entity_id, m.role) for m in linker.link(paper(text, title)).mentions
    }


def test_a_data_set_name_lowered_after_its_capitalised_first_word_inside_a_sentence(
    linker: Linker,
) -> None:
    found = _found(linker, "We evaluate keyword spotting on Google speech commands.")
    assert found["Google speech commands"][0] == "dataset:speech-commands"


def test_the_same_words_at_a_sentence_start_are_no_name(linker: Linker) -> None:
    found = _found(linker, "Google speech commands are short. We study keyword spotting.")
    assert "Google speech commands" not in found


def test_a_model_name_of_plain_words_lowered_inside_a_sentence_stays_a_phrase(
    linker: Linker,
) -> None:
    found = _found(linker, "We train a small Vision transformer on satellite images.")
    assert all(entity != "model:vit" for entity, _ in found.values())


def test_a_metric_s_change_by_over_a_value_and_a_median_are_the_error(linker: Linker) -> None:
    found = _found(
        linker,
        "Our model reduces the vCDR MAE by over 56%. We beat the baseline (35.9s vs 40.3s "
        "median MAE).",
    )
    assert "MAE" not in found
    pretrained = _found(linker, "We fine-tune MAE on satellite images.")
    assert pretrained["MAE"][0] == "model:mae"


def test_a_tool_head_noun_right_before_a_model_calls_it_a_tool(linker: Linker) -> None:
    found = _found(linker, "Joints are extracted with the pose estimation framework OpenPose.")
    assert "OpenPose" not in found
    assert _found(linker, "Joints are extracted with OpenPose.")["OpenPose"][0] == "model:openpose"


def test_a_citation_placeholder_is_no_data_set(linker: Linker) -> None:
    found = _found(linker, "We report results on the Zorbmorph 2020 dataset (CITATION).")
    assert "CITATION" not in found


def test_a_versioned_catalog_data_set_with_a_subset_after_it_is_a_longer_name(
    linker: Linker,
) -> None:
    found = _found(linker, "On the MIMIC-III-50 dataset, our model outperforms all baselines.")
    assert "MIMIC" not in found
    assert found["MIMIC-III-50"][0] == "dataset:mimic-iii-50"
