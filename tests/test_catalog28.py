"""The twenty-eighth round of catalog sources (scripts/catalog/sources_round28.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round28


def test_a_loader_title_names_its_data_set() -> None:
    title = sources_round28.loader_title
    # soundata 1.0.1 and mirdata 1.0.0 datasets/*.py module docstrings, first line
    assert title("ESC-50 Dataset Loader") == ("ESC-50", [])
    assert title("TAU Urban Acoustic Scenes 2019 Loader") == ("TAU Urban Acoustic Scenes 2019", [])
    assert title("Medley-solos-DB Dataset Loader.") == ("Medley-solos-DB", [])
    assert title("Jazz Trio Database (JTD) Loader") == ("JTD", ["Jazz Trio Database"])
    assert title("Sony-TAu Realistic Spatial Soundscapes (STARSS) 2022 Dataset Loader") == (
        "STARSS 2022",
        ["Sony-TAu Realistic Spatial Soundscapes 2022"],
    )
    # Refused: an identifier with "_", a title without a capital, not a loader's title.
    assert title("DCASE23_Task2 Dataset Loader") is None
    assert title("cante100 Loader") is None
    assert title("Acoustic Brainz Genre dataset") is None
    assert sources_round28.loader_id("cante100 Loader") == "cante100"
    assert sources_round28.loader_id("ESC-50 Dataset Loader") is None


def test_a_lower_case_id_needs_a_spelling_with_a_capital() -> None:
    spelling = sources_round28.module_spelling
    text = "The METR-LA data set. METR-LA has 207 sensors. Metr-LA; metr_la = 'METRLA'"
    assert spelling(text, "METRLA") == "METR-LA"
    assert spelling("DUD-E: a directory of useful decoys (dude)", "dude") == "DUD-E"
    assert spelling("PeMS-All-LA and PeMSAllLA", "PemsAllLA") == "PeMS-All-LA"  # separators win
    assert spelling("cante100 = 'cante100'", "cante100") is None  # no capital
    assert spelling("CANTE_100 constant", "cante100") is None  # a code identifier
    assert spelling("scPDB", "scpdb") == "scPDB"


_GCLSTM = ('An implementation of the the Integrated Graph Convolutional Long Short Term Memory '
           'Cell. For details see this paper: `"GC-LSTM: Graph Convolution Embedded LSTM for '
           'Dynamic Link Prediction." <https://arxiv.org/abs/1812.04206>`_')  # fmt: skip


def test_a_temporal_graph_class_is_the_model_its_paper_names() -> None:
    model = sources_round28.temporal_model
    # torch-geometric-temporal 0.56.2 nn/recurrent/*.py class docstrings
    assert model("GCLSTM", _GCLSTM) == [("GC-LSTM", ["GCLSTM"])]
    evolve = ('An implementation of the Evolving Graph Convolutional Hidden Layer. For details '
              'see this paper: `"EvolveGCN: Evolving Graph Convolutional Networks for Dynamic '
              'Graph." <https://arxiv.org/abs/1902.10191>`_')  # fmt: skip
    assert model("EvolveGCNH", evolve) == [("EvolveGCN", []), ("EvolveGCN-H", ["EvolveGCNH"])]
    dcrnn = ('An implementation of the Diffusion Convolutional Gated Recurrent Unit. For '
             'details see: `"Diffusion Convolutional Recurrent Neural Network: Data-Driven '
             'Traffic Forecasting" <https://arxiv.org/abs/1707.01926>`_')  # fmt: skip
    assert model("DCRNN", dcrnn) == [
        ("DCRNN", ["Diffusion Convolutional Recurrent Neural Network"])
    ]
    gru = ('An implementation of the Chebyshev Graph Convolutional Gated Recurrent Unit Cell. '
           'For details see this paper: `"Structured Sequence Modeling with Graph Convolutional '
           'Recurrent Networks." <https://arxiv.org/abs/1612.07659>`_')  # fmt: skip
    assert model("GConvGRU", gru) == [("GConvGRU", [])]
    # Refused: a layer, a batched copy, a class without a quoted title, a one-capital name.
    layer = ('An implementation of the Diffusion Convolution Layer. For details see: '
             '`"Diffusion Convolutional Recurrent Neural Network: Data-Driven Traffic '
             'Forecasting" <https://arxiv.org/abs/1707.01926>`_')  # fmt: skip
    assert model("DConv", layer) == []
    batched = _GCLSTM.replace("An implementation of the the", "An implementation THAT SUPPORTS "
                              "BATCHES of the")  # fmt: skip
    assert model("TGCN2", batched) == []
    assert model("AAGCN", "Two-Stream Adaptive Graph Convolutional Network.") == []
    assert model("Linear", _GCLSTM) == []


def test_a_data_set_class_names_its_data_set() -> None:
    named = sources_round28.class_named_dataset
    # wilds 2.0.0 datasets/*_dataset.py and torchio 1.2.1 datasets/*.py class docstrings
    camelyon = ("The CAMELYON17-WILDS histopathology dataset.\n    This is a modified version of "
                "the original CAMELYON17 dataset.")  # fmt: skip
    assert named("Camelyon17Dataset", camelyon) == ["CAMELYON17-WILDS", "CAMELYON17"]
    assert named("CtRate", "CT-RATE dataset.") == ["CT-RATE"]
    assert named("RSNACervicalSpineFracture", "RSNA 2022 Cervical Spine Fracture Detection "
                 "dataset.") == ["RSNA 2022 Cervical Spine Fracture Detection"]  # fmt: skip
    assert named("EPISURG", "[EPISURG ](https://doi.org/10.5522/04/9996158.v1) is a clinical "
                 "dataset of MRI") == ["EPISURG"]  # the link read as its text  # fmt: skip
    assert named("IWildCamDataset", "The iWildCam2020 dataset. This is a modified version of "
                 "the original iWildCam2020 competition dataset.") == ["iWildCam2020"]  # fmt: skip
    # The class name's parts must be in the name; "This dataset" is no name.
    yelp = "Yelp dataset. This is a modified version of the Yelp Open Dataset This dataset is"
    assert named("YelpDataset", yelp) == ["Yelp"]
    assert named("SQFDataset", "New York City stop-question-and-frisk data.") == []
    assert named("WILDSDataset", "Shared dataset class for all WILDS datasets.") == []


def test_denied_names_have_reasons() -> None:
    assert all(reason for reason in sources_round28.DENY_ROUND28.values())
    assert {"Kumar", "Hainsworth", "DALI", "ENCODE", "hERG"} <= set(sources_round28.DENY_ROUND28)


def test_the_committed_files_hold_the_twenty_eighth_round(catalog: Catalog) -> None:
    expected = {
        "soundata": ("FSDnoisy18K", "URBAN-SED", "STARSS 2022", "SINGA:PURA"),
        "mirdata": ("GuitarSet", "MedleyDB melody", "iKala", "Da-TACOS", "Slakh"),
        "torch-geometric-temporal": (
            "GConvGRU",
            "GC-LSTM",
            "DCRNN",
            "T-GCN",
            "EvolveGCN",
            "EvolveGCN-H",
            "METR-LA",
            "PEMS-BAY",
        ),
        "PyTDC": ("DUD-E", "scPDB"),
        "tiatoolbox": ("PanNuke", "CoNSeP", "NuClick", "Micro-Net"),
        "torchio": ("CT-RATE", "IXI"),
        "wilds": ("CAMELYON17-WILDS", "Waterbirds", "Py150", "RxRx1"),
    }
    assert_stated_by(catalog, expected)
    # Joined to entries an earlier source made, not duplicated.
    joined = (("HoVerNet", "tiatoolbox"), ("FSD50K", "soundata"), ("MAESTRO", "mirdata"),
              ("DNNTSP", "torch-geometric-temporal"))  # fmt: skip
    for name, package in joined:
        (found,) = catalog.lookup(name)
        assert f"{package} " in catalog.entries[found].source, name
    for word in ("Kumar", "Hainsworth", "DALI", "ENCODE", "OED", "TAP", "Queen", "Beatles",
                 "OGB-molpcba", "Tumour", "MSI"):  # fmt: skip
        assert not catalog.lookup(word), word


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    # EvolveGCN and its two variants are three entries; T-GCN is not GCN; STARSS 2022 is not
    # another year's; CAMELYON17-WILDS is not CAMELYON17.
    (evolve,) = catalog.lookup("EvolveGCN")
    (evolve_h,) = catalog.lookup("EvolveGCN-H")
    (evolve_o,) = catalog.lookup("EvolveGCN-O")
    assert len({evolve, evolve_h, evolve_o}) == 3
    (tgcn,) = catalog.lookup("T-GCN")
    assert tgcn not in catalog.lookup("GCN")
    assert not catalog.lookup("STARSS 2023")
    (wilds,) = catalog.lookup("CAMELYON17-WILDS")
    assert wilds not in catalog.lookup("CAMELYON17")
    text = "We forecast traffic on METR-LA and PEMS-BAY with DCRNN and GConvGRU."
    by_surface = names_by_surface(linker, text)
    assert by_surface["METR-LA"] == "METR-LA"
    assert by_surface["DCRNN"] == "DCRNN"
    assert by_surface["GConvGRU"] == "GConvGRU"
