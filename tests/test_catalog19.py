"""The nineteenth round of catalog sources (scripts/catalog/sources_round19.py): the rules on
excerpts of the packages read, and what the committed files hold and link from them."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round19

from tests.linking import names as _linked


def test_a_builder_docstring_gives_the_display_name_of_its_id() -> None:
    # tensorflow-datasets 4.9.10, datasets/<id>/<id>_dataset_builder.py, class Builder
    name = sources_round19.builder_display_name
    assert name("nyu_depth_v2", "NYU Depth V2 Dataset.") == "NYU Depth V2"
    assert name("newsroom", "NEWSROOM Dataset.") == "NEWSROOM"
    assert name("protein_net", "DatasetBuilder for the ProteinNet dataset.") == "ProteinNet"
    assert name("plant_village", "The PlantVillage dataset of healthy and unhealthy leaves.") == (
        "PlantVillage"
    )
    assert name("opinion_abstracts", "OpinionAbstracts Dataset Builder.") == "OpinionAbstracts"


def test_a_builder_docstring_of_other_words_names_nothing() -> None:
    name = sources_round19.builder_display_name
    assert name("coco", "Base MS Coco dataset.") is None
    assert name("race", "DatasetBuilder for race dataset.") is None  # the id itself
    assert name("bee_dataset", "DatasetBuilder for BeeDataset dataset.") is None
    assert name("ag_news_subset", "This is a dataset for classifying news articles.") is None
    assert name("arc", "The Abstraction and Reasoning Corpus (ARC).") is None
    assert name("x", "") is None


def test_a_task_titled_by_its_name_names_the_data_set() -> None:
    # mteb 2.26.24, tasks/multilabel_classification/eng/fsd50_hf.py bibtex_citation
    citation = """@article{fonseca2022fsd50k,
  title = {FSD50K: An Open Dataset of Human-Labeled Sound Events},
  year = {2022},
}"""
    assert sources_round19.titled_task("FSD50K", citation) == "FSD50K"
    assert sources_round19.titled_task("FSD2019Kaggle", citation) is None
    assert sources_round19.titled_task("X", 'title = "No colon here"') is None


def test_an_open_clip_model_module_names_its_class() -> None:
    stems = ["coca_ViT-B-32", "coca_base", "ViT-B-32", "convnext_base"]
    assert sources_round19.prefix_class("coca_model", ["MultimodalCfg", "CoCa"], stems) == "CoCa"
    assert sources_round19.prefix_class("timm_model", ["TimmModel"], stems) is None
    assert sources_round19.prefix_class("hf_model", ["HFTextEncoder"], stems) is None
    assert sources_round19.prefix_class("model", ["CLIP"], stems) is None


def test_a_model_card_type_of_one_word_names_a_model() -> None:
    card = sources_round19.card_model_type
    assert card({"model_details": {"model_type": "SpanBERT"}}) == "SpanBERT"
    assert card({"model_details": {"model_type": "RoBERTa large"}}) is None
    assert card({"model_details": {"model_type": "Neural Module Network"}}) is None
    assert card({"model_details": {"model_type": None}}) is None
    assert card({}) is None


def test_the_ale_metadata_names_the_platform_and_its_console() -> None:
    # ale-py 0.12.1, METADATA (excerpt)
    metadata = """Metadata-Version: 2.1
Name: ale-py
Summary: The Arcade Learning Environment (ALE) - a platform for AI research.
Keywords: reinforcement-learning,arcade-learning-environment,atari

**The Arcade Learning Environment (ALE) is a simple framework that allows researchers and
hobbyists to develop AI agents for Atari 2600 games.**
"""
    found = sources_round19.platform_names(metadata)
    assert found == ("Arcade Learning Environment", ["ALE", "Atari 2600", "Atari"])
    assert sources_round19.platform_names("Summary: A toolkit.") is None


def test_reviewed_data_set_names_are_kept_as_written_only() -> None:
    guard = rules.Guard(zipf=lambda word: 5.0, ordinary_words=frozenset())
    for text in ("Arcade Learning Environment", "Atari", "Atari 2600"):
        assert guard.classify(text) == "cased"
        assert guard.classify(text.lower()) is None
    assert guard.classify("Newsroom") is None  # not reviewed: the ordinary word
    assert all(reason for reason in rules.REVIEWED_DATASET_WORDS.values())


def test_denied_names_have_reasons() -> None:
    assert all(reason for reason in sources_round19.DENY_ROUND19.values())
    for name in ("CycleGAN", "INSTRUCTIR", "Seq2Seq", "BiLSTM", "DeepseekV32"):
        assert name in sources_round19.DENY_ROUND19


def test_the_committed_files_hold_the_nineteenth_round(catalog: Catalog) -> None:
    (nyu,) = catalog.lookup("NYU Depth V2")
    assert "datasets/nyu_depth_v2/nyu_depth_v2_dataset_builder.py Builder docstring" in (
        catalog.entries[nyu].source
    )
    (newsroom,) = catalog.lookup("NEWSROOM")
    assert newsroom not in catalog.lookup("newsroom")
    (fsd,) = catalog.lookup("FSD50K")
    assert "bibtex_citation title" in catalog.entries[fsd].source
    (coca,) = catalog.lookup("CoCa")
    assert catalog.entries[coca].type == "model"
    (spanbert,) = catalog.lookup("SpanBERT")
    assert "modelcards/coref-spanbert.json model_type" in catalog.entries[spanbert].source
    (ale,) = catalog.lookup("ALE")
    assert catalog.lookup("Atari") == (ale,) == catalog.lookup("Arcade Learning Environment")
    assert not catalog.lookup("atari") and not catalog.lookup("ale")
    assert not any(catalog.entries[k].type == "dataset" for k in catalog.lookup("CycleGAN"))
    assert not catalog.lookup("INSTRUCTIR")


def test_the_new_names_link_as_papers_write_them(linker: Linker) -> None:
    found = _linked(linker, "We evaluate on FSD50K and on the NYU Depth V2 benchmark, and on "
                    "games in the Atari domain; SpanBERT and CoCa are baselines.")  # fmt: skip
    assert {"FSD50K", "NYU Depth V2", "Arcade Learning Environment"} <= found
    assert {"SpanBERT", "CoCa"} <= found


def test_ordinary_words_of_new_sources_link_nothing(linker: Linker) -> None:
    text = ("The newsroom served a pale ale and a coca tea; the atari of go is a threat to "
            "a stone.")  # fmt: skip
    assert not _linked(linker, text)


def test_an_mlx_lm_model_class_names_its_model_type_with_capitals_inside() -> None:
    name = sources_round19.model_class_name
    assert name("openelm", ["ModelArgs", "OpenELMModel", "Model"]) == "OpenELM"
    assert name("minicpm", ["MiniCPMModel"]) == "MiniCPM"
    assert name("gemma", ["GemmaModel"]) is None  # plain title case: the type itself
    assert name("laguna", ["LagunaModel"]) is None
    assert name("llama", ["Attention", "Model"]) is None


def test_openelm_links_as_written(catalog: Catalog, linker: Linker) -> None:
    (openelm,) = catalog.lookup("OpenELM")
    assert "mlx-lm 0.32.2: models/openelm.py" in catalog.entries[openelm].source
    assert not catalog.lookup("DeepseekV32")
    assert "OpenELM" in _linked(linker, "Small models such as Apple OpenELM run on device.")
