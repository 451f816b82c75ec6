"""Rules from the twenty-fifth and twenty-sixth collection rounds' errors (tests/gold/dev25
and dev26, read in the twenty-third session after they had served as threshold-validation
sets): a dimension after a catalog name is no release ("the KITTI 3D detection benchmark"),
a metric's acronym with a value or a change is the metric ("reduces MAE by 48%"), an
acronym the paper spells out as something else is not the catalog's ("Sea Surface
Temperature (SST)"), a participle right after the article describes the head noun ("X, a
tailored diffusion model"), a naming word gives a data set's whole Title Case name ("a
dataset named Zorb Drone"), a Title Case phrase's words before a preposition belong to the
challenge after it ("the Learning to Rank Challenge"), a size word after a slash names the
sibling checkpoint ("RoBERTa-Base/Large"), and a bracketed acronym glued to "-based" is
what the model named after it builds on ("(RGCN)-based model gRGCN"); a long form that is
the paper's title names the paper's model by its acronym; "News" alone is never a name.
Catalog names are the catalog's; the rest invented for the tests."""

from __future__ import annotations

from citegraph.linker import Linker
from tests.linking import ids_by_surface, introduced, paper


def test_a_dimension_after_a_catalog_name_is_no_release_of_it(linker: Linker) -> None:
    linked = ids_by_surface(linker, "On the KITTI 3D Monocular detection benchmark, we gain 2%.")
    assert linked == {"KITTI": "dataset:kitti"}
    # a number after the name still is one: "GPT 4" is GPT-4, "GPT-3d" no GPT-3
    linked = ids_by_surface(linker, "We compare GPT 4 and GPT-3d on the benchmark.")
    assert linked["GPT 4"] == "model:gpt-4"
    assert "model:gpt-3" not in linked.values()


def test_a_metric_acronym_with_a_value_or_a_change_is_the_metric(linker: Linker) -> None:
    for abstract in (
        "Zorbo achieves an average improvement of 6.94% in MAE over the best method.",
        "The ARIMA model performs best, with a MAE of 1.38 kWh.",
        "Zorbo reduces MAE by up to 48.2% relative to the strongest baselines.",
        "Zorbo reaches the lowest MAE on all nine targets.",
    ):
        assert "model:mae" not in ids_by_surface(linker, abstract).values(), abstract
    # the Masked Autoencoder stays a model
    for abstract in (
        "We pre-train a ViT with MAE and fine-tune it for detection.",
        "We compare DINOv2, MAE and iBOT as backbones.",
    ):
        assert "model:mae" in ids_by_surface(linker, abstract).values(), abstract


def test_an_acronym_spelled_out_as_something_else_is_not_the_catalog_entry(
    linker: Linker,
) -> None:
    abstract = (
        "In oceans, Sea Surface Temperature (SST) is a critical factor. We review models "
        "that predict SST."
    )
    assert ids_by_surface(linker, abstract) == {}
    # spelled out as the catalog spells it, it is the catalog's
    linked = ids_by_surface(linker, "We evaluate on the Stanford Sentiment Treebank (SST).")
    assert set(linked.values()) == {"dataset:stanford-sentiment-treebank"}
    # hyphens and the plural do not make another long form
    linked = ids_by_surface(linker, "We pre-train with Masked Auto-Encoders (MAE) on images.")
    assert "model:mae" in linked.values()


def test_a_participle_after_the_article_describes_the_head_noun() -> None:
    assert introduced(
        "This paper introduces Zorbputer, a tailored diffusion model combined with EM.", "Study"
    ) == [("Zorbputer", "model")]
    assert introduced("We present ZorbNet, a specially designed network for retrieval.", "S") == [
        ("ZorbNet", "model")
    ]
    # after the head noun the participle still ends the noun phrase
    assert introduced("We introduce ZorbSet, a dataset tailored for retrieval.", "S") == [
        ("ZorbSet", "dataset")
    ]


def test_a_naming_word_gives_a_data_sets_whole_title_case_name(linker: Linker) -> None:
    linked = ids_by_surface(
        linker,
        "The model was evaluated on the publicly available dataset named Zorb Drone, which "
        "consists of aerial images.",
    )
    assert linked == {"Zorb Drone": "dataset:zorb-drone"}


def test_a_title_case_phrase_before_a_preposition_belongs_to_the_challenge(
    linker: Linker,
) -> None:
    abstract = "In May 2010 Zorb! Inc. hosted the Learning to Zorb Challenge with two datasets."
    assert "dataset:zorb-challenge" not in ids_by_surface(linker, abstract).values()
    # after a lower-case word that is no preposition the run is the name
    linked = ids_by_surface(linker, "We use a larger corpus, the Million Zorb Dataset.")
    assert linked == {"Million Zorb Dataset": "dataset:million-zorb"}


def test_a_data_sets_id_leaves_out_the_head_noun_its_name_keeps(linker: Linker) -> None:
    # one paper's "UCF Zorb Dataset" and another's "UCF Zorb" are one node
    found = {
        m.surface: (m.entity_id, m.name)
        for m in linker.link(paper("We show results on the UCF Zorb2Local Dataset.")).mentions
    }
    assert found == {"UCF Zorb2Local Dataset": ("dataset:ucf-zorb2local", "UCF Zorb2Local Dataset")}


def test_a_size_word_after_a_slash_names_the_sibling_checkpoint(linker: Linker) -> None:
    linked = ids_by_surface(linker, "We evaluate on GLUE using RoBERTa-Base/Large.")
    assert linked["Large"] == "model:roberta-large"
    assert linked["RoBERTa-Base"] == "model:hf:FacebookAI/roberta-base"
    linked = ids_by_surface(linker, "We fine-tune T5-small/base/large on the task.")
    assert {linked["base"], linked["large"]} == {"model:t5-base", "model:t5-large"}
    # a word the catalog has no such checkpoint of adds nothing
    linked = ids_by_surface(linker, "We fine-tune GPT-2/Large models.")
    assert "Large" not in linked


def test_a_bracketed_acronym_glued_to_based_is_what_the_named_model_builds_on(
    linker: Linker,
) -> None:
    abstract = (
        "In this paper, we present a relational zorb convolutional network (RZCN)-based "
        "model gRZCN for semantic parsing. gRZCN extracts the global semantics."
    )
    assert introduced(abstract, "S") == [("gRZCN", "model")]
    abstract = abstract.replace("RZCN", "RGCN")  # a catalog model
    roles = {m.surface: m.role.value for m in linker.link(paper(abstract)).mentions}
    assert roles == {"RGCN": "builds_on", "gRGCN": "introduces"}


def test_a_long_form_that_is_the_title_names_the_papers_own_model() -> None:
    title = "Generative Conditional Zorb Imputation Networks"
    abstract = (
        "Specifically, we elucidate the theoretical underpinnings of the Generative "
        "Conditional Zorb Imputation Networks (GCZI), demonstrating its robust properties."
    )
    assert introduced(abstract, title) == [("GCZI", "model")]
    # under another title, plain capitals after a long form are as often a concept's
    assert introduced(abstract, "Imputation Revisited") == []


def test_news_alone_is_no_data_sets_name(linker: Linker) -> None:
    # a list of domains typed by a catalog data set: "News" is the domain, not a data set
    linked = ids_by_surface(linker, "We translate real documents from TED, News and Europarl.")
    assert "News" not in linked
    assert linked["Europarl"].startswith("dataset:")
