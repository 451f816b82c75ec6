"""The seventh round of catalog sources (scripts/catalog/sources_round7.py): its name rules on
excerpts of the packages it reads, and what the committed files hold from them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from citegraph.linker import Catalog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round7


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("GemNet-OC-S2EFS-OC20+OC22", ("GemNet-OC", ["OC20", "OC22"])),
        ("GemNet-OC-S2EFS-OC20->OC22", ("GemNet-OC", ["OC20", "OC22"])),
        ("GemNet-dT-S2EF-OC20-2M", ("GemNet-dT", ["OC20"])),
        ("DimeNet++-S2EF-force-only-OC20-20M+Rattled", ("DimeNet++", ["OC20"])),
        ("eSCN-L6-M2-Lay12-S2EF-OC20-All+MD", ("eSCN", ["OC20"])),
        ("SCN-t4-b2-S2EF-OC20-2M", ("SCN", ["OC20"])),
        # no task written: the data sets follow the sizes; splits and abbreviations are not kept
        ("EquiformerV2-31M-OMAT24-MP-sAlex", ("EquiformerV2", ["OMAT24"])),
        ("EquiformerV2-DeNS-153M-MP", ("EquiformerV2", [])),
        ("eSCN-IS2RE-ODAC", ("eSCN", [])),
        ("CGCNN-IS2RE-OC20-10k", ("CGCNN", ["OC20"])),
        ("checkpoint", None),
    ],
)  # fmt: skip
def test_fairchem_checkpoints_name_a_network_and_the_data_sets_after_its_task(
    key: str, expected: tuple[str, list[str]] | None
) -> None:
    assert sources_round7.fairchem_checkpoint_names(key) == expected


def test_a_model_class_is_named_by_the_word_its_docstring_opens_with() -> None:
    name = sources_round7.opening_class_name
    assert name("GemNetT", "GemNet-T, triplets-only variant of GemNet\n\nParameters") == "GemNet-T"
    assert name("PaiNN", "PaiNN model based on the description in Schütt et al.") == "PaiNN"
    assert name("eSCN", "Equivariant Spherical Channel Network\nPaper: ...") is None
    assert name("SchNetWrap", "Wrapper around the continuous-filter ... SchNet") is None
    assert name("GemNetOC", "Arguments\n---------\nnum_spherical: int") is None


@pytest.mark.parametrize(
    ("class_name", "doc", "name"),
    [
        ("NHiTSModel", "An implementation of the N-HiTS model, as presented in [1]_.", "N-HiTS"),
        ("Chronos2Model", "Chronos-2 Model for zero-shot forecasting.", "Chronos-2"),
        ("TimesFM2p5Model", "TimesFM 2.5 Model for zero-shot forecasting.", "TimesFM 2.5"),
        ("TimesFM3Model", "TimesFM 3.0 foundation model for zero-shot time series forecasting.",
         "TimesFM 3.0"),
        ("TiRexModel", "TiRex foundation model for zero-shot time series forecasting.", "TiRex"),
        ("NBEATSModel", "Neural Basis Expansion Analysis Time Series Forecasting (N-BEATS). "
         "This is an implementation", "N-BEATS"),
        ("TSMixerModel", "Time-Series Mixer (TSMixer): An All-MLP Architecture for Time Series.",
         "TSMixer"),
        # generic classes, descriptions, a name that is not the class's
        ("RNNModel", "Recurrent Neural Network Model (RNNs). This class provides", None),
        ("TransformerModel", "Transformer model Transformer is a state-of-the-art", None),
        ("NaiveEnsembleModel", "Naive combination model Naive implementation", None),
        ("BlockRNNModel", "Block Recurrent Neural Network Model (RNNs).", None),
        ("TFTExplainer", "Temporal Fusion Transformers (TFT) for Interpretable ...", None),
    ],
)  # fmt: skip
def test_darts_models_are_what_their_init_docstring_names(
    class_name: str, doc: str, name: str | None
) -> None:
    assert sources_round7.darts_model_name(class_name, doc) == name


def test_torchmd_names_are_what_a_docstring_opens_with() -> None:
    name = sources_round7.torchmd_name
    doc = "TensorNet's architecture. From TensorNet: Cartesian Tensor Representations ..."
    assert name("TensorNet", doc, "model") == "TensorNet"
    assert name("TorchMD_ET", "Equivariant Transformer's architecture. From ...", "model") is None
    assert name("S66X8", "S66x8 Benchmark. This dataset is built from ...", "dataset") == "S66x8"
    assert name("WaterBox", "WaterBox dataset from [1]_. The dataset ...", "dataset") == "WaterBox"
    assert name("Tripeptides", "Tripeptide Benchmark. 248 random tripeptides", "dataset") is None
    assert (
        name("Ace", "The ACE dataset. This dataset is sourced from HDF5 files.", "dataset") is None
    )
    assert name("ANIMD", "ANI Molecular Dynamics (ANI-MD) Benchmark.", "dataset") is None


def test_the_committed_files_hold_the_seventh_round(catalog: Catalog) -> None:
    assert catalog.lookup("OC20") == ("dataset:oc20",)
    assert catalog.lookup("OC22") == ("dataset:oc22",)
    assert catalog.lookup("OMat24") == ("dataset:omat24",)
    assert catalog.lookup("OC20") != catalog.lookup("OC22")
    assert catalog.lookup("GemNet-OC") == ("model:gemnet-oc",)
    assert catalog.lookup("GemNet-T") == ("model:gemnet-t",)
    assert catalog.lookup("EquiformerV2") == ("model:equiformerv2",)
    assert catalog.lookup("eSCN") == ("model:escn",)
    # a variant is not its base network: DimeNet++ is not DimeNet, GemNet-dT not GemNet-T
    assert catalog.lookup("DimeNet++") == ("model:dimenet++",)
    assert catalog.lookup("DimeNet") == ("model:dimenet",)
    assert catalog.lookup("GemNet-dT") != catalog.lookup("GemNet-T")
    # denied: an abbreviation with other meanings
    assert all("fairchem" not in catalog.entries[e].source for e in catalog.lookup("SCN"))
    # checkpoint identifiers and splits make nothing
    assert catalog.lookup("EquiformerV2-31M-OMAT24-MP-sAlex") == ()
    assert catalog.lookup("sAlex") == ()
    # darts: new foundation models; releases stay apart from their family
    assert catalog.lookup("TiRex") == ("model:tirex",)
    assert catalog.lookup("TiRex-2") == ("model:tirex-2",)
    assert catalog.lookup("TimesFM 2.5") == ("model:timesfm-2.5",)
    assert catalog.lookup("TimesFM 2.5") != catalog.lookup("TimesFM")
    assert catalog.lookup("N-HiTS") == catalog.lookup("NHITS")
    assert "darts 0.48.1" in catalog.entries[catalog.lookup("N-BEATS")[0]].source
    # denied: T0 stays BigScience's T0, TCN is a generic class
    assert all("darts" not in catalog.entries[e].source for e in catalog.lookup("T0"))
    assert all("darts" not in catalog.entries[e].source for e in catalog.lookup("TCN"))
    # torchmd-net: TensorNet and COMP6's S66x8; denied: the captioning metric, the database,
    # the force field's name
    assert catalog.lookup("TensorNet") == ("model:tensornet",)
    assert catalog.lookup("S66x8") == ("dataset:s66x8",)
    for denied in ("SPICE", "DrugBank", "MACE-OFF", "MACEOFF"):
        assert all("torchmd-net" not in catalog.entries[e].source for e in catalog.lookup(denied))
    assert "fairchem-core 1.10.0: models/pretrained_models.json" in (
        catalog.entries["dataset:oc20"].source
    )
