"""The fifty-eighth round of catalog sources (scripts/catalog/sources_round58.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package and version), the denials, and guard pairs for names a neighbour could be confused
with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round58


def test_the_data_set_a_loader_names() -> None:
    # scikit-learn 1.9.1 datasets/_*.py fetch_* docstrings
    loader = sources_round58.loader_dataset
    assert loader("fetch_california_housing",
                  "Load the California housing dataset (regression).\n\n    ====") == (
        "California housing", [])  # fmt: skip
    assert loader("fetch_rcv1", "Load the RCV1 multilabel dataset (classification).") == (
        "RCV1", [])  # fmt: skip
    assert loader("fetch_olivetti_faces",
                  "Load the Olivetti faces data-set from AT&T (classification).") == (
        "Olivetti faces", [])  # fmt: skip
    assert loader("fetch_lfw_people",
                  "Load the Labeled Faces in the Wild (LFW) people dataset (classification).") == (
        "LFW", [])  # fmt: skip
    # the id does not spell it: read through the UCI page (below)
    assert loader("fetch_covtype", "Load the covertype dataset (classification).") is None
    # the bundled toy sets are not read
    assert loader("load_wine", "Load the wine dataset (classification).") is None
    assert loader("fetch_openml", "Fetch dataset from openml by name or dataset id.") is None


def test_the_uci_page_spells_the_name() -> None:
    spelling = sources_round58.uci_spelling
    covtype = "`dataset's homepage <https://archive.ics.uci.edu/ml/datasets/Covertype>`__."
    assert spelling("covertype", covtype) == "Covertype"
    assert spelling("covtype", covtype) is None
    assert spelling("higgs", "[1]: https://archive.ics.uci.edu/ml/datasets/HIGGS") == "HIGGS"
    # catboost 1.2.10 datasets.py docstrings
    quoted = sources_round58.quoted_dataset
    assert quoted('Download "higgs" [1] data set.\n\n    [1]: '
                  "https://archive.ics.uci.edu/ml/datasets/HIGGS") == "HIGGS"  # fmt: skip
    assert quoted('Download "Adult Data Set" [1] from UCI Machine Learning Repository.\n'
                  "    [1]: https://archive.ics.uci.edu/ml/datasets/Adult") is None  # fmt: skip
    libsvm = "https://www.csie.ntu.edu.tw/~cjlin/libsvmtools/datasets/binary.html"
    assert quoted(f'Download "epsilon" [1] data set.\n    [1]: {libsvm}') is None


def test_the_description_title() -> None:
    title = sources_round58.descr_title
    assert title(".. _x:\n\nCalifornia Housing dataset\n--------------------------\n") == (
        "California Housing")  # fmt: skip
    assert title("The Olivetti faces dataset\n--------------------------\n") == "Olivetti faces"
    assert title("Forest covertypes\n-----------------\n") == "Forest covertypes"


def test_the_numbered_pair_and_the_readme_opening() -> None:
    # torch-geometric 2.8.1 datasets/modelnet.py
    pair = sources_round58.numbered_pair
    doc = ('The ModelNet10/40 datasets from the `"3D ShapeNets" paper.\n\n    * - ModelNet10\n'
           "      - 4,899\n    * - ModelNet40\n      - 12,311")  # fmt: skip
    assert pair(doc) == ["ModelNet10", "ModelNet40"]
    assert pair("The ModelNet10/40 datasets from the paper.") == []
    assert pair("The ShapeNet part level segmentation dataset") == []
    # torch-geometric 2.8.1 nn/conv/point_transformer_conv.py
    layer = sources_round58.titled_layer
    doc = ('The Point Transformer layer from the `"Point Transformer"\n    '
           "<https://arxiv.org/abs/2012.09164>`_ paper.")  # fmt: skip
    assert layer("PointTransformerConv", doc) == "Point Transformer"
    assert layer("PointNetConv", doc) is None
    assert layer("GATConv", 'The graph attentional operator from the `"Graph Attention '
                 'Networks"`_ paper') is None  # fmt: skip
    # tensorflow-datasets 4.9.10 datasets/*/README.md
    opening = sources_round58.readme_opening
    assert opening("wake_vision", "Wake Vision is a large, high-quality dataset") == "Wake Vision"
    assert opening("race", "Race is a large-scale reading comprehension dataset") is None
    assert opening("pass", "PASS is a large-scale image dataset") is None
    assert opening("wake", "Wake Vision is a large, high-quality dataset") is None


def test_the_committed_files_hold_the_fifty_eighth_round(catalog: Catalog) -> None:
    expected = {
        "scikit-learn": ("California housing", "Covertype", "Olivetti faces", "RCV1"),
        "catboost": ("HIGGS",),
        "torch-geometric": ("ModelNet10", "ModelNet40", "Point Transformer"),
        "tensorflow-datasets": ("Wake Vision",),
    }
    assert_stated_by(catalog, expected)
    versions = {
        "California housing": "scikit-learn 1.9.1: datasets/_california_housing.py",
        "Covertype": "scikit-learn 1.9.1: datasets/_covtype.py fetch_covtype docstring and "
        "descr/covtype.rst UCI page",
        "HIGGS": "catboost 1.2.10: datasets.py higgs docstring",
        "ModelNet40": "torch-geometric 2.8.1: datasets/modelnet.py ModelNet docstring",
        "Wake Vision": "tensorflow-datasets 4.9.10: datasets/wake_vision/README.md",
    }
    for name, source in versions.items():
        (found,) = catalog.lookup(name)
        assert catalog.entries[found].source.startswith(source), (name, source)
    assert catalog.lookup("California Housing") == catalog.lookup("California housing")
    # LFW gains scikit-learn as a source, no new entry
    (lfw,) = catalog.lookup("LFW")
    assert "scikit-learn 1.9.1: datasets/_lfw.py" in catalog.entries[lfw].source
    # denied: epsilon (the Greek letter); not read: Adult (its UCI page's name is a word)
    assert sources_round58._denied("epsilon")
    assert not catalog.lookup("epsilon")
    assert not catalog.lookup("Adult")


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    assert_apart(catalog, [("ModelNet40", "ModelNet10"), ("ModelNet40", "ModelNet"),
                           ("RCV1", "20 Newsgroups"), ("Covertype", "HIGGS")])  # fmt: skip
    text = ("We evaluate on the California Housing and Covertype benchmarks, on HIGGS and "
            "RCV1, classify shapes of ModelNet40 with a Point Transformer, and detect people "
            "on Wake Vision.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    assert by_surface.get("California Housing") == "California housing"
    assert by_surface.get("Covertype") == "Covertype"
    assert by_surface.get("HIGGS") == "HIGGS"
    assert by_surface.get("RCV1") == "RCV1"
    assert by_surface.get("ModelNet40") == "ModelNet40"
    assert by_surface.get("Wake Vision") == "Wake Vision"
    assert by_surface.get("Point Transformer") == "Point Transformer"
    # the cased names: the physics word and lower-case phrases link nothing
    plain = ("The Higgs boson decays; we wake vision models from sleep mode and study "
             "california housing prices.")  # fmt: skip
    assert not {"HIGGS", "Wake Vision", "California housing"} & set(
        names_by_surface(linker, plain).values())  # fmt: skip
