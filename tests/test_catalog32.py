"""The thirty-second round of catalog sources (scripts/catalog/sources_round32.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round32


def test_the_rows_of_a_table_under_a_heading() -> None:
    # beir 2.2.0 package description, abridged
    description = (
        "| Other | table |\n| --- | --- |\n| not | this |\n"
        "## :beers: Available Datasets\n\n"
        "| Dataset   | Website| BEIR-Name | Public? |\n"
        "| -------- | -----| ---------| ------- |\n"
        "| NFCorpus   | [Homepage](https://example.org) | ``nfcorpus`` | ✅ |\n"
        "| Touche-2020| [Homepage](https://example.org) | ``webis-touche2020``| ✅ |\n"
        "\n| After | table |\n"
    )
    rows = sources_round32.table_rows(description, "Available Datasets")
    assert [(r["Dataset"], r["BEIR-Name"]) for r in rows] == [
        ("NFCorpus", "``nfcorpus``"),
        ("Touche-2020", "``webis-touche2020``"),
    ]


def test_a_beir_row_names_the_data_set_its_beir_name_names() -> None:
    named = sources_round32.beir_row_name
    assert named("NFCorpus", "``nfcorpus``") == "NFCorpus"
    assert named("TREC-NEWS", "``trec-news``") == "TREC-NEWS"
    assert named("Touche-2020", "``webis-touche2020``") == "Touche-2020"
    # A display name the BEIR-Name does not spell, or with a parenthesis, names nothing.
    assert named("FiQA-2018", "``fiqa``") is None
    assert named("DBPedia", "``dbpedia-entity``") is None
    assert named("Signal-1M(RT)", "``signal1m``") is None


def test_a_listed_model_is_a_coined_word_or_an_abbreviated_long_form() -> None:
    listed = sources_round32.listed_model
    assert listed("TabTransformer") == ("TabTransformer", [])
    assert listed("TabNet: Attentive Interpretable Tabular Learning") == ("TabNet", [])
    assert listed("DANETs: Deep Abstract Networks for Tabular Data Classification") == (
        "DANETs", [])  # fmt: skip
    assert listed("Gated Adaptive Network for Deep Automated Learning of Features (GANDALF)") == (
        "GANDALF", ["Gated Adaptive Network for Deep Automated Learning of Features"])  # fmt: skip
    for text in ("Mixture Density Networks", "Gated Additive Tree Ensemble",
                 "Neural Oblivious Decision Ensembles for Deep Learning on Tabular Data",
                 "Denoising AutoEncoder", "Long Form Here (XYZ)"):  # fmt: skip
        assert listed(text) is None, text


def test_a_download_docstring_names_its_data_set() -> None:
    named = sources_round32.downloaded_dataset
    assert named("Download the Mill 19 dataset.") == "Mill 19"
    assert named("Download a PhotoTourism dataset: https://www.cs.ubc.ca/") == "PhotoTourism"
    assert named("Download the EyefulTower dataset.\n\nUse the --help flag") == "EyefulTower"
    assert named("Download the sitcoms3D dataset.") == "sitcoms3D"
    for doc in ("Download the blender dataset.", "Download the dnerf dataset.",
                "Download a dataset", "Download specific captures a given dataset"):  # fmt: skip
        assert named(doc) is None, doc


def test_denied_names_have_reasons() -> None:
    assert all(reason.strip() for reason in sources_round32.DENY_ROUND32.values())
    # Chained to the earlier rounds' lists.
    assert sources_round32._denied("Quora") and sources_round32._denied("AMC")


def test_the_committed_files_hold_the_thirty_second_round(catalog: Catalog) -> None:
    expected = {
        "beir": ("TREC-NEWS", "CQADupstack"),
        "pytorch-tabular": ("GANDALF", "DANETs"),
        "nerfstudio": ("PhotoTourism", "EyefulTower", "sitcoms3D"),
    }
    assert_stated_by(catalog, expected)
    # beir's spellings of data sets read before join them: one ClimateFEVER, one ArguAna.
    assert catalog.lookup("Climate-FEVER") == catalog.lookup("ClimateFEVER")
    (arguana,) = catalog.lookup("ArguAna")
    assert "beir 2.2.0" in catalog.entries[arguana].source
    # Left out: the denied names, rows whose BEIR-Name spells another name, model classes.
    for word in ("Quora", "Robust04", "FiQA-2018", "DBPedia Entity", "Signal-1M",
                 "Mixture Density Networks", "Gated Additive Tree Ensemble", "D-NeRF",
                 "NeRF-OSR", "blender"):  # fmt: skip
        found = catalog.lookup(word)
        assert not any("beir" in catalog.entries[f].source for f in found), word
        assert not any("nerfstudio" in catalog.entries[f].source for f in found), word
        assert not any("pytorch-tabular" in catalog.entries[f].source for f in found), word


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    # pytorch-tabular's DANETs is not the segmentation DANet; GANDALF is not GATE; TREC-NEWS
    # is not TREC-COVID.
    pairs = [("DANETs", "DANet"), ("TREC-NEWS", "TREC-COVID"), ("GANDALF", "TabNet"),
             ("CQADupstack", "CQADupstack-Android-PL"),
             ("EyefulTower", "PhotoTourism")]  # fmt: skip
    assert_apart(catalog, pairs)
    text = ("We train GANDALF and DANETs on tabular data, retrieve on TREC-NEWS and "
            "CQADupstack, and render the EyefulTower and PhotoTourism scenes.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    assert by_surface["GANDALF"] == "GANDALF"
    assert by_surface["TREC-NEWS"] == "TREC-NEWS"
    assert by_surface["CQADupstack"] == "CQADupstack"
    assert by_surface["EyefulTower"] == "EyefulTower"
    # GANDALF is matched in capitals only, and the denied names link nothing in plain text.
    plain = ("Gandalf is a wizard; answers were posted on Quora; a gate and a node of the "
             "tree; we use Blender to render.")  # fmt: skip
    assert names_by_surface(linker, plain) == {}
