"""A generated data set named as a yearly edition of a catalog data set is that data set's
variant (scripts/catalog/rules.edition_parent): "GermEval 2018" -> GermEval, as the
linker's year rule makes an edition the catalog lacks."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from citegraph.graph.records import EdgeType
from citegraph.linker import Catalog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules

KEYS = {
    "germeval": "germeval", "kitti": "kitti", "pascalvoc": "pascal-voc", "mimiciii": "mimic-iii"
}


@pytest.mark.parametrize(
    ("name", "parent"),
    [
        ("GermEval 2018", "germeval"),
        ("KITTI2015", "kitti"),
        ("PASCAL VOC 2007", "pascal-voc"),
        ("Pascal-VOC-2012", "pascal-voc"),
    ],
)
def test_a_yearly_edition_of_a_catalog_dataset_is_its_variant(name: str, parent: str) -> None:
    assert rules.edition_parent(name, KEYS) == parent


@pytest.mark.parametrize(
    "name",
    [
        "MIMIC-III",  # a version, not a year
        "GermEval",  # no year
        "Zorbset 2019",  # a year after a name the catalog lacks
        "GermEval 2018 Task 2",  # more after the year
        "CASP12",  # a number, not a year
    ],
)
def test_other_names_have_no_edition_parent(name: str) -> None:
    assert rules.edition_parent(name, KEYS) is None


def test_a_name_that_is_itself_the_base_has_no_parent() -> None:
    # "Foo 2020" where the catalog's "Foo2020" is the entry itself, spelled without a space.
    assert rules.edition_parent("Foo 2020", {"foo2020": "foo-2020", "foo": "foo-2020"}) is None


def test_the_committed_catalog_holds_germeval_2018_as_an_edition(catalog: Catalog) -> None:
    links = catalog.lineage["dataset:germeval-2018"]
    assert [(link.target, link.type) for link in links] == [
        ("dataset:germeval", EdgeType.VARIANT_OF)
    ]
