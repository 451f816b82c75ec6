"""The twenty-third round of catalog sources (scripts/catalog/sources_round23.py): the rules on
excerpts of the packages read, and what the committed files hold and link from them, with a
guard pair for each new name a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round23

from tests.linking import names_by_surface as _linked


def test_a_registry_name_is_kept_as_its_class_docstring_spells_it() -> None:
    spelling = sources_round23.registry_spelling
    # pytorch-forecasting 1.8.0 models/**/_*.py class docstrings (first sentences)
    assert spelling("DeepAR", "DeepAR: Probabilistic forecasting with autoregressive "
                    "recurrent networks.") == "DeepAR"  # fmt: skip
    assert spelling("TemporalFusionTransformer", "Temporal Fusion Transformer for forecasting "
                    "timeseries. Initialize via ...") == "Temporal Fusion Transformer"  # fmt: skip
    assert spelling("TiDEModel", "TiDE model for long-term time-series forecasting.") == "TiDE"
    assert spelling("TIDE", "Long-term Forecasting with TiDE: Time-series Dense Encoder") == (
        "TiDE"
    )
    doc = ("Initialize NBeats Model - use its :py:meth:`~from_dataset` method if possible. "
           "Based on the article `N-BEATS: Neural basis expansion analysis`_.")  # fmt: skip
    assert spelling("NBeats", doc) == "N-BEATS"
    doc = "xLSTMTime is a long-term time series forecasting architecture built on xLSTM."
    assert spelling("xLSTMTime", doc) == "xLSTMTime"
    # A docstring that does not spell the registry name, or none: nothing.
    assert spelling("DecoderMLP", "MLP on the decoder. MLP that predicts output only") is None
    assert spelling("RecurrentNetwork", "") is None
    assert spelling("TFT", "") is None


def test_a_registry_name_that_is_the_initials_of_a_spelled_one_joins_it() -> None:
    join = sources_round23.initials_join
    assert join(["Temporal Fusion Transformer"], ["TemporalFusionTransformer", "TFT"]) == {
        "Temporal Fusion Transformer": "TFT"
    }
    assert join(["Temporal Fusion Transformer"], ["TemporalFusionTransformer"]) == {}
    assert join(["TimeXer"], ["TimeXer", "TX"]) == {}


def test_a_widedeep_docstring_names_the_model_its_class_is() -> None:
    model = sources_round23.widedeep_model
    # pytorch-widedeep 1.7.0 models/** class docstrings (first sentences)
    assert model("SAINT", "Defines a [SAINT model](https://arxiv.org/abs/2106.01342) that can "
                 "be used as the `deeptabular` component") == ("SAINT", [])  # fmt: skip
    assert model("TabTransformer", "Defines our adptation of the [TabTransformer model]"
                 "(https://arxiv.org/abs/2012.06678) that can be used") == (
        "TabTransformer", []
    )  # fmt: skip
    assert model("AutoInt", "Defines an `AutoInt` model that can be used by itself. This class "
                 "implements the [AutoInt: Automatic Feature Interaction Learning via "
                 "Self-Attentive Neural Networks](https://arxiv.org/abs/1810.11921)") == (
        "AutoInt", []
    )  # fmt: skip
    long_form = "Deep Field Aware Factorization Machine"
    doc = f"{long_form} (DeepFFM) for recommendation systems. Adaptation of the paper"
    assert model("DeepFieldAwareFactorizationMachine", doc) == ("DeepFFM", [long_form])
    assert model("GatedDeepCrossNetwork", "Defines a `GatedDeepCrossNetwork` model that can be "
                 "used by itself. This class implements the Gated Deep & Cross Network (GDCN) "
                 "a") == ("GDCN", ["Gated Deep & Cross Network"])  # fmt: skip
    doc = "Adaptation of the Deep Interest Network (DIN) for recommendation systems as described"
    assert model("DeepInterestNetwork", doc) == ("DIN", ["Deep Interest Network"])
    # Another model's adaptation, a title naming another class, a package's own model.
    assert model("TabPerceiver", "Defines an adaptation of a [Perceiver](https://arxiv.org/"
                 "abs/2103.03206) that can be used") is None  # fmt: skip
    assert model("DeepCrossNetworkV2", "This class implements the [DCN V2: Improved Deep & "
                 "Cross Network](https://arxiv.org/abs/2008.13535)") is None  # fmt: skip
    assert model("TabMlp", "Defines a `TabMlp` model that can be used as the `deeptabular` "
                 "component of a Wide & Deep model") is None  # fmt: skip


def test_denied_names_have_reasons() -> None:
    assert all(reason for reason in sources_round23.DENY_ROUND23.values())
    assert "NBeatsKAN" in sources_round23.DENY_ROUND23


def test_temporal_fusion_transformer_is_reviewed_and_cased_only() -> None:
    assert rules.REVIEWED_MODEL_WORDS.get("Temporal Fusion Transformer")
    guard = rules.Guard(zipf=lambda word: 5.0, ordinary_words=frozenset())
    assert guard.classify("Temporal Fusion Transformer", model=True) == "cased"
    assert guard.classify("temporal fusion transformer", model=True) is None
    assert guard.classify("Temporal Fusion Transformer") is None


def test_the_committed_files_hold_the_twenty_third_round(catalog: Catalog) -> None:
    (tft,) = catalog.lookup("TFT")
    assert catalog.lookup("Temporal Fusion Transformer") == (tft,)
    assert "pytorch-forecasting 1.8.0: models/temporal_fusion_transformer/_tft_pkg.py" in (
        catalog.entries[tft].source
    )
    (xlstm_time,) = catalog.lookup("xLSTMTime")
    assert "pytorch-forecasting 1.8.0: models/xlstm/_xlstm_pkg.py" in (
        catalog.entries[xlstm_time].source
    )
    (samformer,) = catalog.lookup("Samformer")
    assert catalog.lookup("SAMformer") == (samformer,)
    (ft,) = catalog.lookup("FT-Transformer")
    assert catalog.lookup("FTTransformer") == (ft,)
    assert ft == "model:ft-transformer"
    for name in ("SAINT", "TabTransformer", "DeepFFM", "GDCN"):
        (found,) = catalog.lookup(name)
        assert "pytorch-widedeep 1.7.0: models/" in catalog.entries[found].source, name
    (tabnet,) = catalog.lookup("TabNet")
    assert "pytorch-widedeep 1.7.0" in catalog.entries[tabnet].source
    for word in ("NBeatsKAN", "saint", "Saint", "TabPerceiver", "TabMlp", "DecoderMLP",
                 "temporal fusion transformer"):  # fmt: skip
        assert not catalog.lookup(word), word


def test_the_forecasters_are_apart(catalog: Catalog) -> None:
    (xlstm_time,) = catalog.lookup("xLSTMTime")
    (xlstm,) = catalog.lookup("xLSTM")
    assert xlstm_time != xlstm
    (nbeats,) = catalog.lookup("N-BEATS")
    assert nbeats not in catalog.lookup("N-HiTS")
    (samformer,) = catalog.lookup("Samformer")
    (timexer,) = catalog.lookup("TimeXer")
    (tide,) = catalog.lookup("TiDE")
    (tft,) = catalog.lookup("TFT")
    assert len({samformer, timexer, tide, tft, xlstm_time}) == 5


def test_the_tabular_and_ctr_models_are_apart(catalog: Catalog) -> None:
    (ft,) = catalog.lookup("FT-Transformer")
    (tab,) = catalog.lookup("TabTransformer")
    (tabnet,) = catalog.lookup("TabNet")
    (saint,) = catalog.lookup("SAINT")
    assert len({ft, tab, tabnet, saint}) == 4
    assert ft not in catalog.lookup("Transformer")
    (deepffm,) = catalog.lookup("DeepFFM")
    (deepfm,) = catalog.lookup("DeepFM")
    (xdeepfm,) = catalog.lookup("xDeepFM")
    assert len({deepffm, deepfm, xdeepfm}) == 3
    assert deepffm not in catalog.lookup("FFM")
    (gdcn,) = catalog.lookup("GDCN")
    assert gdcn not in catalog.lookup("DCN") + catalog.lookup("DCNv2") + catalog.lookup("DCN V2")


def test_the_new_names_link_as_papers_write_them(linker: Linker) -> None:
    found = _linked(linker, "We compare with the Temporal Fusion Transformer, SAMformer and "
                    "xLSTMTime on ETTh1, and with FT-Transformer, SAINT and DeepFFM.")  # fmt: skip
    assert found["Temporal Fusion Transformer"] == "TFT"
    assert found["SAMformer"] == "Samformer"
    assert found["xLSTMTime"] == "xLSTMTime"
    assert found["FT-Transformer"] == "FT-Transformer"
    assert found["SAINT"] == "SAINT"
    assert found["DeepFFM"] == "DeepFFM"
    found = _linked(linker, "Built on xLSTM, our model beats DeepFM.")
    assert found["xLSTM"] != "xLSTMTime"
    assert found["DeepFM"] == "DeepFM"


def test_ordinary_words_of_new_sources_link_nothing(linker: Linker) -> None:
    text = ("The saint of the village fused temporal signals; Saint Petersburg has a deep "
            "field and a tab transformer in the factory.")  # fmt: skip
    assert not _linked(linker, text)
