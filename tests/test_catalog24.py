"""The twenty-fourth round of catalog sources (scripts/catalog/sources_round24.py): the rules on
excerpts of the packages read, and what the committed files hold, with guard pairs for the new
names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round24


def test_a_builder_module_is_titled_by_its_corpus() -> None:
    title = sources_round24.titled_corpus
    # sign-language-datasets 0.4.0 datasets/*/*.py module docstrings (first lines)
    assert title("RWTH-PHOENIX 2014 T: Parallel Corpus of Sign Language Video, Gloss and "
                 "Translation") == "RWTH-PHOENIX 2014 T"  # fmt: skip
    assert title("ASL Citizen - A Community-Sourced Dataset for Advancing Isolated Sign "
                 "Language Recognition") == "ASL Citizen"  # fmt: skip
    assert title("The Sem-Lex Benchmark: Modeling ASL Signs and Their Phonemes") == (
        "Sem-Lex Benchmark"
    )
    assert title("PopSign ASL v1.0: An Isolated American Sign Language Dataset") == (
        "PopSign ASL v1.0"
    )
    assert title("asl-signs dataset for Google - Isolated Sign Language Recognition") is None
    assert title("bsl_corpus dataset.") is None
    assert title("A German Sign Language (DGS) lexicon for natural science subjects.") is None


def test_a_torchvision_class_is_named_by_the_long_form_it_abbreviates() -> None:
    long_form = sources_round24.linked_long_form
    doc = "`Semantic Boundaries Dataset <http://home.bharathh.info/pubs/codes/SBD/>`_\n\nThe SBD"
    assert long_form("SBDataset", doc) == "Semantic Boundaries Dataset"
    assert long_form("OxfordIIITPet", "`Oxford-IIIT Pet Dataset   <https://www.robots.ox.ac."
                     "uk/~vgg/data/pets/>`_.") is None  # fmt: skip
    assert long_form("MNIST", "`MNIST <http://yann.lecun.com/exdb/mnist/>`_ Dataset.") is None
    assert long_form("DTD", "`Describable Textures Dataset (DTD) <https://www.robots.ox.ac.uk"
                     "/~vgg/data/dtd/>`_.") is None  # fmt: skip


def test_denied_names_have_reasons() -> None:
    assert all(reason for reason in sources_round24.DENY_ROUND24.values())
    assert {"SBD", "WMT-SLT"} <= set(sources_round24.DENY_ROUND24)


def test_semantic_boundaries_dataset_is_reviewed_and_cased_only() -> None:
    assert rules.REVIEWED_DATASET_WORDS.get("Semantic Boundaries Dataset")
    guard = rules.Guard(zipf=lambda word: 5.0, ordinary_words=frozenset())
    assert guard.classify("Semantic Boundaries Dataset") == "cased"
    assert guard.classify("semantic boundaries dataset") is None


def test_the_committed_files_hold_the_twenty_fourth_round(catalog: Catalog) -> None:
    (phoenix,) = catalog.lookup("RWTH-PHOENIX 2014 T")
    assert "sign-language-datasets 0.4.0: datasets/rwth_phoenix2014_t/" in (
        catalog.entries[phoenix].source
    )
    (sbd,) = catalog.lookup("Semantic Boundaries Dataset")
    assert "torchvision 0.29.2: datasets/sbd.py SBDataset docstring" in (
        catalog.entries[sbd].source
    )
    for name in ("WLASL", "AUTSL", "How2Sign", "ASL Citizen", "ASLG-PC12", "Public DGS Corpus"):
        (found,) = catalog.lookup(name)
        assert "sign-language-datasets 0.4.0" in catalog.entries[found].source, name
    for word in ("SBD", "WMT-SLT", "semantic boundaries dataset", "asl citizen"):
        assert not catalog.lookup(word), word


def test_the_phoenix_releases_are_apart(catalog: Catalog) -> None:
    # RWTH-PHOENIX-Weather 2014 (continuous recognition) and 2014 T (translation) are two
    # corpora; only the 2014 T one is stated, and the year alone must not find it.
    (phoenix,) = catalog.lookup("RWTH-PHOENIX 2014 T")
    assert phoenix not in catalog.lookup("RWTH-PHOENIX 2014")
    assert phoenix not in catalog.lookup("RWTH-PHOENIX-Weather 2014")
    assert phoenix not in catalog.lookup("PHOENIX")


def test_the_boundaries_dataset_is_not_pascal_voc(catalog: Catalog) -> None:
    (sbd,) = catalog.lookup("Semantic Boundaries Dataset")
    assert sbd not in catalog.lookup("PASCAL VOC") + catalog.lookup("PASCAL VOC 2012")
    (asl_citizen,) = catalog.lookup("ASL Citizen")
    (wlasl,) = catalog.lookup("WLASL")
    (popsign,) = catalog.lookup("PopSign ASL v1.0")
    assert len({asl_citizen, wlasl, popsign}) == 3
