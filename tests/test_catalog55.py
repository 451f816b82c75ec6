"""The fifty-fifth round of catalog sources (scripts/catalog/sources_round55.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package and version), the reviewed spelling, and guard pairs for names a neighbour could be
confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round55


def test_the_data_sets_a_description_says_are_supported() -> None:
    # MMSA 2.2.1 package description
    supported = sources_round55.supported_datasets
    text = ("- Supports 3 MSA datasets: [MOSI](https://ieeexplore.ieee.org/abstract/document/"
            "7742221), [MOSEI](https://aclanthology.org/P18-1208.pdf), and [CH-SIMS]("
            "https://aclanthology.org/2020.acl-main.343/).\n- Easy to use")  # fmt: skip
    assert supported(text) == ["MOSI", "MOSEI", "CH-SIMS"]
    assert supported(text.replace("Supports 3", "Supports 4")) == []  # the count disagrees
    assert supported("Supports many datasets: [A](x), [B](y).") == []
    assert supported("MMSA currently supports MOSI, MOSEI, and CH-SIMS dataset.") == []


def test_the_networks_a_description_lists_as_implemented() -> None:
    # NiftyNet 0.6.0 package description
    networks = sources_round55.implemented_networks
    text = "* Implementation of recent networks (HighRes3DNet, 3D U-net, V-net, DeepMedic)\n"
    assert networks(text) == ["HighRes3DNet", "3D U-net", "V-net", "DeepMedic"]
    assert networks("* Comprehensive evaluation metrics for medical image segmentation") == []


def test_the_model_a_class_says_it_implements() -> None:
    # speechbrain 1.1.2 nnet/CNN.py SincConv
    implements = sources_round55.implements_named
    doc = ("This function implements SincConv (SincNet).\n\n    M. Ravanelli, Y. Bengio, "
           '"Speaker Recognition from raw waveform with\n    SincNet", in Proc. of  SLT 2018 '
           "(https://arxiv.org/abs/1808.00158)\n")  # fmt: skip
    assert implements("SincConv", doc) == "SincNet"
    assert implements("Conv1d", doc) is None  # another class's sentence
    assert implements("SincConv", "This function implements SincConv (SincNet).") is None
    assert implements("Conv2d", "This function implements 2d convolution.") is None


def test_the_long_form_a_class_opens_with_where_its_acronym_is_denied() -> None:
    # recbole 1.2.1 model/context_aware_recommender/dcn.py, fm.py, din.py
    long_form = sources_round55.opening_long_form
    doc = ("Deep & Cross Network replaces the wide part in Wide&Deep with cross network,\n"
           "    automatically construct limited high-degree cross features")  # fmt: skip
    assert long_form("DCN", doc) == "Deep & Cross Network"
    assert long_form("DCNV2", doc) is None
    assert long_form("FM", "Factorization Machine considers the second-order") == (
        "Factorization Machine"
    )
    denied = sources_round55.denied_acronym_long_form
    assert denied("DCN", doc) == "Deep & Cross Network"  # DCN is denied
    assert denied("DIN", "Deep Interest Network utilizes the attention mechanism") is None


def test_the_data_sets_a_quoted_abstract_constructs() -> None:
    # crfm-helm 0.5.16 benchmark/scenarios/medbullets_scenario.py MedBulletsScenario
    constructed = sources_round55.constructed_datasets
    doc = ("To address these challenges, we construct two new datasets: JAMA Clinical "
           "Challenge and\n    Medbullets. JAMA Clinical Challenge consists of "
           "questions")  # fmt: skip
    assert constructed(doc) == ["JAMA Clinical Challenge", "Medbullets"]
    assert constructed(doc.replace("two new", "three new")) == []
    assert constructed("we construct two new datasets: one for QA and a second.") == []


def test_the_committed_files_hold_the_fifty_fifth_round(catalog: Catalog) -> None:
    expected = {
        "MMSA": ("MOSI", "MOSEI", "CH-SIMS"),
        "NiftyNet": ("DeepMedic", "HighRes3DNet"),
        "speechbrain": ("SincNet",),
        "recbole": ("Deep & Cross Network",),
        "crfm-helm": ("JAMA Clinical Challenge", "Medbullets"),
    }
    assert_stated_by(catalog, expected)
    versions = {
        "MOSEI": "MMSA 2.2.1: package description 'Supports 3 MSA datasets'",
        "DeepMedic": "NiftyNet 0.6.0: package description 'Implementation of recent networks'",
        "SincNet": "speechbrain 1.1.2: nnet/CNN.py SincConv docstring",
        "Deep & Cross Network": "recbole 1.2.1: model/context_aware_recommender/dcn.py DCN",
        "Medbullets": "crfm-helm 0.5.16: benchmark/scenarios/medbullets_scenario.py",
    }
    for name, source in versions.items():
        (found,) = catalog.lookup(name)
        assert catalog.entries[found].source.startswith(source), (name, source)
    # V-net is a reviewed spelling of the generated V-Net, matched as written
    (v_net,) = catalog.lookup("V-Net")
    assert catalog.lookup("V-net") == (v_net,)
    assert "V-net" in catalog.entries[v_net].cased_aliases
    assert "V-net" in rules.REVIEWED_MODEL_WORDS
    assert "NiftyNet 0.6.0" in catalog.entries[v_net].source
    # DCN stays denied (Deformable Convolutional Networks); FM's long form is ordinary words
    assert sources_round55._denied("DCN")
    assert not catalog.lookup("DCN")
    assert not catalog.lookup("Factorization Machine")


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    assert_apart(catalog, [("MOSI", "MOSEI"), ("V-Net", "Dense V-Net"), ("3D U-Net", "U-Net"),
                           ("Deep & Cross Network", "Gated Deep & Cross Network"),
                           ("JAMA Clinical Challenge", "Medbullets")])  # fmt: skip
    text = ("We evaluate on CMU-MOSI and MOSEI, build on SincNet and DeepMedic, compare with "
            "FCN-CRF, DRIU, and V-net, and answer Medbullets and JAMA Clinical Challenge "
            "questions with a Deep & Cross Network.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    assert by_surface.get("MOSEI") == "MOSEI"
    assert by_surface.get("SincNet") == "SincNet"
    assert by_surface.get("DeepMedic") == "DeepMedic"
    assert by_surface.get("V-net") == "V-Net"
    assert by_surface.get("Medbullets") == "Medbullets"
    assert by_surface.get("JAMA Clinical Challenge") == "JAMA Clinical Challenge"
    assert by_surface.get("Deep & Cross Network") == "Deep & Cross Network"
    # a Gated Deep & Cross Network is GDCN, not the model it extends
    by_surface = names_by_surface(linker, "We train a Gated Deep & Cross Network on Criteo.")
    assert "Deep & Cross Network" not in by_surface.values()
