"""The twenty-first round of catalog sources (scripts/catalog/sources_round21.py): the rules on
excerpts of the packages read, and what the committed files hold and link from them."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round21

from tests.linking import names_by_surface as _linked


def test_a_flair_docstring_names_the_corpus_it_instantiates() -> None:
    name = sources_round21.instantiated_corpus
    # flair 0.15.1 datasets/document_classification.py, entity_linking.py, ocr.py
    assert name("Instantiates WASSA-2017 anger emotion-intensity corpus.") == "WASSA-2017"
    assert name("Initialize ZELDA Entity Linking corpus. introduced in ...") == "ZELDA"
    assert name("Initialize AIDA CoNLL-YAGO Entity Linking corpus.") == "AIDA CoNLL-YAGO"
    assert name("Instantiates the SROIE corpus with perfect ocr boxes.") == "SROIE"
    assert name("Instantiates GermEval 2018 Offensive Language Classification Corpus.") == (
        "GermEval 2018"
    )
    assert name("Instantiates TREC Question Classification Corpus with 6 classes.") == "TREC"
    assert name("Initializes the GoEmotions corpus. Parameters") == "GoEmotions"


def test_a_flair_docstring_without_a_name_names_nothing() -> None:
    name = sources_round21.instantiated_corpus
    assert name("Instantiates twitter sentiment corpus.") is None
    assert name("Instantiates 20 newsgroups corpus.") is None
    assert name("Instantiates SentEval Stanford sentiment treebank dataset.") is None
    assert name("Instantiates a Corpus from text classification-formatted task data.") is None
    assert name("Reads a data file for text classification.") is None


def test_a_ufsac_corpus_keeps_its_long_form() -> None:
    ufsac = sources_round21.ufsac_corpus
    assert ufsac("Initialize MASC (Manually Annotated Sub-Corpus) provided in UFSAC. see") == (
        "MASC", ["Manually Annotated Sub-Corpus"]
    )  # fmt: skip
    assert ufsac("Initialize Train-O-Matic provided in UFSAC. see") == ("Train-O-Matic", [])
    assert ufsac("Initialize Princeton WordNet Gloss Corpus provided in UFSAC.") == (
        "Princeton WordNet Gloss Corpus", []
    )  # fmt: skip
    assert ufsac("Initialize ragnato_ALL (concatenation of all SensEval ...)") is None


def test_paired_networks_share_the_class_name() -> None:
    pairs = sources_round21.paired_networks
    # torch-geometric 2.8.1 datasets/amazon.py, coauthor.py
    doc = ('The Amazon Computers and Amazon Photo networks from the\n`"Pitfalls of Graph '
           'Neural Network Evaluation"\n<https://arxiv.org/abs/1811.05868>`_ paper.')  # fmt: skip
    assert pairs("Amazon", doc) == ["Amazon Computers", "Amazon Photo"]
    assert pairs("Coauthor", "The Coauthor CS and Coauthor Physics networks from the x.") == [
        "Coauthor CS", "Coauthor Physics"
    ]  # fmt: skip
    assert pairs("Reddit", "The Reddit dataset from the GraphSAINT paper.") == []
    assert pairs("Amazon", "The Cora and CiteSeer networks from the x.") == []


def test_denied_names_have_reasons() -> None:
    assert all(reason for reason in sources_round21.DENY_ROUND21.values())
    for name in ("miRNA", "CDR", "CRAFT", "DECA", "NCBI", "CHEBI", "Reddit"):
        assert name in sources_round21.DENY_ROUND21


def test_reviewed_environments_are_cased_only() -> None:
    guard = rules.Guard(zipf=lambda word: 5.0, ordinary_words=frozenset({"hopper", "ant"}))
    assert guard.classify("Hopper") == "cased"
    assert guard.classify("Hopper-v4") == "cased"
    assert guard.classify("Ant-v4") == "cased"
    assert guard.classify("hopper") is None
    assert guard.classify("Ant") is None
    assert guard.classify("Amazon Photo") == "cased"


def test_the_committed_files_hold_the_twenty_first_round(catalog: Catalog) -> None:
    (jnlpba,) = catalog.lookup("JNLPBA")
    assert "flair 0.15.1: datasets/biomedical.py JNLPBA.__init__ docstring" in (
        catalog.entries[jnlpba].source
    )
    (photo,) = catalog.lookup("Amazon Photo")
    (computers,) = catalog.lookup("Amazon Computers")
    assert "torch-geometric 2.8.1: datasets.Amazon docstring" in catalog.entries[photo].source
    assert photo != computers
    (cs,) = catalog.lookup("Coauthor CS")
    (physics,) = catalog.lookup("Coauthor Physics")
    assert cs != physics
    (hopper,) = catalog.lookup("Hopper")
    (hopper4,) = catalog.lookup("Hopper-v4")
    (hopper5,) = catalog.lookup("Hopper-v5")
    assert len({hopper, hopper4, hopper5}) == 3
    assert "gymnasium 1.4.0: envs/__init__.py" in catalog.entries[hopper4].source
    (germeval18,) = catalog.lookup("GermEval 2018")
    assert "flair 0.15.1" in catalog.entries[germeval18].source
    for word in ("hopper", "Ant", "Taxi", "Blackjack", "amazon photo", "miRNA", "CRAFT",
                 "Variome", "Reddit"):  # fmt: skip
        assert not catalog.lookup(word), word


def test_the_environment_versions_are_told_apart(linker: Linker) -> None:
    found = _linked(linker, "We train agents on Hopper-v4, Humanoid-v5 and Swimmer-v3 and "
                    "report returns on Ant-v4.")  # fmt: skip
    assert found["Hopper-v4"] == "Hopper-v4"
    assert found["Humanoid-v5"] == "Humanoid-v5"
    assert found["Swimmer-v3"] == "Swimmer-v3"
    assert found["Ant-v4"] == "Ant-v4"
    assert "Hopper-v5" not in _linked(linker, "Results on Hopper-v4.").values()


def test_the_new_names_link_as_papers_write_them(linker: Linker) -> None:
    text = ("We classify nodes on Amazon Photo, Amazon Computers, Coauthor CS and Coauthor "
            "Physics, and tag genes on JNLPBA and BioCreative-II-GM.")  # fmt: skip
    found = _linked(linker, text)
    assert {"Amazon Photo", "Amazon Computers", "Coauthor CS", "Coauthor Physics"} <= set(
        found.values()
    )
    assert found["JNLPBA"] == "JNLPBA"


def test_ordinary_words_of_new_sources_link_nothing(linker: Linker) -> None:
    text = ("An ant and a taxi driver played blackjack; the hopper of a swimmer is empty, and a "
            "pendulum swings. We bought a photo on amazon from a coauthor.")  # fmt: skip
    assert not _linked(linker, text)


def test_a_name_argument_lists_its_options() -> None:
    options = sources_round21.name_options
    # torch-geometric 2.8.1 datasets/lrgb.py, LRGBDataset (excerpt)
    doc = ('The "Long Range Graph Benchmark (LRGB)" datasets.\n\n    Args:\n        root (str): '
           'Root directory.\n        name (str): The name of the dataset (one of\n'
           '            :obj:`"PascalVOC-SP"`, :obj:`"COCO-SP"`, :obj:`"PCQM-Contact"`,\n'
           '            :obj:`"Peptides-func"`, :obj:`"Peptides-struct"`)\n'
           '        split (str, optional): :obj:`"train"`, :obj:`"val"`.')  # fmt: skip
    assert options(doc) == ["PascalVOC-SP", "COCO-SP", "PCQM-Contact", "Peptides-func",
                            "Peptides-struct"]  # fmt: skip
    assert options("name (str): The name of the dataset. transform (callable): x") == []
    assert options("Args: root (str): Root directory.") == []


def test_the_name_options_are_told_apart(catalog: Catalog) -> None:
    (func,) = catalog.lookup("Peptides-func")
    (struct,) = catalog.lookup("Peptides-struct")
    (coco_sp,) = catalog.lookup("COCO-SP")
    (voc_sp,) = catalog.lookup("PascalVOC-SP")
    (cora_ml,) = catalog.lookup("Cora-ML")
    (cora,) = catalog.lookup("Cora")
    (tolokers2,) = catalog.lookup("tolokers-2")
    (tolokers,) = catalog.lookup("Tolokers")
    assert len({func, struct, coco_sp, voc_sp, cora_ml, cora, tolokers2, tolokers}) == 8
    assert coco_sp not in catalog.lookup("COCO")
    assert "torch-geometric 2.8.1: datasets.LRGBDataset docstring name 'COCO-SP'" in (
        catalog.entries[coco_sp].source
    )
    assert catalog.lookup("Cora_ML") == (cora_ml,)
    for word in ("ACM", "LINUX", "TSP", "MOOC", "alkane", "Texas", "peptides-func"):
        assert not catalog.lookup(word), word


def test_graph_benchmarks_link_apart(linker: Linker) -> None:
    found = _linked(linker, "We evaluate on Peptides-func, Peptides-struct and COCO-SP from "
                    "LRGB, and on Roman-empire and Amazon-ratings.")  # fmt: skip
    assert found["Peptides-func"] == "Peptides-func"
    assert found["Peptides-struct"] == "Peptides-struct"
    assert found["COCO-SP"] == "COCO-SP"
    assert found["Roman-empire"] == "Roman-empire"
    assert not _linked(linker, "The ACM digital library runs on LINUX; we solve the TSP.")
