"""The twenty-second round of catalog sources (scripts/catalog/sources_round22.py): the rules on
excerpts of the packages read, and what the committed files hold and link from them, with a
guard pair for each new name a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round22

from tests.linking import names_by_surface as _linked


def test_a_lightzero_policy_names_the_agent_its_class_spells() -> None:
    name = sources_round22.policy_class_name
    # lightzero 0.2.0 lzero/policy/*.py (excerpts)
    assert name("AlphaZeroPolicy", "Overview:\n    The policy class for AlphaZero.") == "AlphaZero"
    doc = "Overview: The policy class for Gumbel MuZero proposed in the paper https://x."
    assert name("GumbelMuZeroPolicy", doc) == "Gumbel MuZero"
    assert name("MuZeroPolicy", "Overview: if self._cfg.model.model_type in ['conv', 'mlp']: "
                "The policy class for MuZero.") == "MuZero"  # fmt: skip
    assert name("LightZeroRandomPolicy", "The policy class for LightZero RandomPolicy.") is None
    assert name("AlphaZeroAgent", "The policy class for AlphaZero.") is None
    assert name("UniZeroPolicy", "Agent class for executing UniZero algorithms.") is None


def test_an_sktime_docstring_names_the_network_its_class_spells() -> None:
    name = sources_round22.network_name
    # sktime 1.2.0 networks/ and classification/deep_learning/ (first sentences)
    assert name("LSTMFCNNetworkTorch", "Implementation of LSTM-FCN network from Karim et al "
                "(2019) [1] in PyTorch. Overview") == ("LSTM-FCN", [])  # fmt: skip
    assert name("LSTMFCNClassifierTorch", "LSTM-FCN classifier for time series "
                "classification in PyTorch.") == ("LSTM-FCN", [])  # fmt: skip
    assert name("InceptionTimeClassifier", "InceptionTime Deep Learning Classifier. Adapted "
                "from the implementation from Fawaz et. al") == ("InceptionTime", [])  # fmt: skip
    long_form = "Contextual Time-series Neural Classifier"
    assert name("CNTCClassifier", f"{long_form} (CNTC), as described in [1].") == (
        "CNTC", [long_form]
    )  # fmt: skip
    assert name("SCINetForecaster", "SCINet Forecaster. Implementation of the SCINet "
                "forecaster, by Minhao Liu* [1]_.") == ("SCINet", [])  # fmt: skip
    assert name("LTSFLinearForecaster", "LTSF-Linear Forecaster. Implementation of the") == (
        "LTSF-Linear", []
    )  # fmt: skip
    # A positional encoding, a generic network, another class's name: nothing.
    assert name("tAPE", "Time-aware absolute positional encoding (tAPE) used in ConvTran.") is None
    assert name("MLPNetwork", "Simple MLP Network. Adapted from the implementation") is None
    assert name("LSTMFCNNetwork", "Implementation of LSTMFCNClassifier from Karim et al") is None
    assert name("GRUFCNNClassifier", "GRU-FCN for time series classification.") is None


def test_a_gluonts_docstring_names_a_model_with_its_papers_initials() -> None:
    paper = sources_round22.paper_abbreviated
    # gluonts 0.17.0 torch/distributions/implicit_quantile_network.py
    assert paper("Implicit Quantile Network from the paper ``IQN for Distributional\n"
                 "Reinforcement Learning`` (https://arxiv.org/abs/1806.06923)") == (
        "Implicit Quantile Network", "IQN"
    )  # fmt: skip
    assert paper("Implicit Quantile Layer from the paper ``IQN for Distributional ...``") is None
    assert paper("DistributionOutput class for the IQN from the paper ``Probabilistic``") is None


def test_an_mteb_task_names_the_data_set_it_takes_a_split_of() -> None:
    split = sources_round22.split_named
    description = ("Retrieve the caption that describes a given video clip from "
                   "ActivityNet Captions. Each example pairs a video with a caption.")  # fmt: skip
    assert split("mteb/ActivityNet_Captions_val2", description) == "ActivityNet Captions"
    assert split("mteb/ActivityNet_Captions_val2", "Captions of video clips.") is None
    assert split("mteb/online_store_review_sentiment", "Reviews from online store sites.") is None
    assert split("mteb/CMU_Arctic_a2t", "derived from the phonetically balanced CMU Arctic") is None


def test_a_recbole_subset_written_in_capitals_is_a_data_set() -> None:
    subset = sources_round22.capital_subset
    base = "https://recbole.s3-accelerate.amazonaws.com/ProcessedDatasets/"
    assert subset("foursquare-nyc-merged", base + "Foursquare/merged/foursquare_NYC.zip") == (
        "Foursquare NYC"
    )
    tky = base + "Foursquare/not_merged/foursquare_TKY.zip"
    assert subset("foursquare-tky-not-merged", tky) == "Foursquare TKY"
    assert subset("ipinyou-click-merged", base + "iPinYou/merged/ipinyou-click.zip") is None
    assert subset("gowalla-merged", base + "Gowalla/merged/gowalla.zip") is None


def test_discourse_corpora_keep_their_acronyms_and_versions() -> None:
    corpus = sources_round22.registry_corpus
    # dipo 0.2.1 rst/parsers/hfhub/datasets.py DATASETS names
    assert corpus("RST Discourse Treebank (RST-DT)") == ("RST Discourse Treebank", ["RST-DT"])
    assert corpus("GCDT (Georgetown Chinese Discourse Treebank)") == (
        "GCDT", ["Georgetown Chinese Discourse Treebank"]
    )  # fmt: skip
    # The long form names the corpus, not the release: no alias for a versioned name.
    assert corpus("GUM 12.1.0 (Georgetown University Multilayer corpus)") == ("GUM 12.1.0", [])
    assert corpus("RST Basque TreeBank") == ("RST Basque TreeBank", [])
    assert corpus("Potsdam Commentary Corpus (German)") == ("Potsdam Commentary Corpus", [])
    listed = sources_round22.listed_corpora
    # isanlp-rst 3.2.2 universal_parser/data_manager.py DataManager.__init__
    assert listed(":param corpus: str  - from {'GUM', 'RST-DT', 'RuRSTB', 'RST-DT-tr',}") == [
        "GUM", "RST-DT", "RuRSTB"
    ]  # fmt: skip
    assert listed(":param nfolds: int") == []


def test_denied_names_have_reasons() -> None:
    assert all(reason for reason in sources_round22.DENY_ROUND22.values())
    for name in ("MuZeroRNNFullObs", "TapNet", "MACNN", "GUM", "FCN", "LTSF-DLinear", "cINN"):
        assert name in sources_round22.DENY_ROUND22


def test_foursquare_is_reviewed_and_cased_only() -> None:
    guard = rules.Guard(zipf=lambda word: 5.0, ordinary_words=frozenset())
    assert guard.classify("Foursquare") == "cased"
    assert guard.classify("foursquare") is None
    assert guard.classify("Foursquare", model=True) is None


def test_the_committed_files_hold_the_twenty_second_round(catalog: Catalog) -> None:
    (alphazero,) = catalog.lookup("AlphaZero")
    assert "lightzero 0.2.0: lzero/policy/alphazero.py AlphaZeroPolicy docstring" in (
        catalog.entries[alphazero].source
    )
    (lstm_fcn,) = catalog.lookup("LSTM-FCN")
    assert "sktime 1.2.0: networks/lstmfcn/_lstmfcn_torch.py" in catalog.entries[lstm_fcn].source
    (iqn,) = catalog.lookup("IQN")
    assert catalog.lookup("Implicit Quantile Networks") == (iqn,)
    assert "gluonts 0.17.0" in catalog.entries[iqn].source
    (captions,) = catalog.lookup("ActivityNet Captions")
    task = "mteb 2.26.24: task 'ActivityNetCaptionsT2VRetrieval'"
    assert task in catalog.entries[captions].source
    (rstdt,) = catalog.lookup("RST Discourse Treebank")
    assert catalog.lookup("RST-DT") == (rstdt,)
    assert "dipo 0.2.1" in catalog.entries[rstdt].source
    assert "isanlp-rst 3.2.2" in catalog.entries[rstdt].source
    (foursquare,) = catalog.lookup("Foursquare")
    assert "recbole 1.2.1" in catalog.entries[foursquare].source
    for word in ("foursquare", "GUM", "TapNet", "MACNN", "MuZeroRNNFullObs", "tAPE",
                 "LTSF-DLinear", "cINN"):  # fmt: skip
        assert not catalog.lookup(word), word


def test_the_sampled_and_stochastic_agents_are_apart(catalog: Catalog) -> None:
    names = ("AlphaZero", "Sampled AlphaZero", "MuZero", "Sampled MuZero", "Stochastic MuZero",
             "Gumbel MuZero", "EfficientZero", "Sampled EfficientZero", "UniZero",
             "Sampled UniZero")  # fmt: skip
    found = [catalog.lookup(name) for name in names]
    assert all(len(ids_) == 1 for ids_ in found), found
    assert len({ids_[0] for ids_ in found}) == len(names)


def test_the_linear_forecasters_are_apart(catalog: Catalog) -> None:
    (ltsf_linear,) = catalog.lookup("LTSF-Linear")
    (dlinear,) = catalog.lookup("DLinear")
    (xlstm,) = catalog.lookup("xLSTM")
    assert ltsf_linear != dlinear
    assert "sktime 1.2.0: forecasting/xlstm.py" in catalog.entries[xlstm].source
    (lstm_fcn,) = catalog.lookup("LSTM-FCN")
    assert lstm_fcn not in catalog.lookup("FCN") + catalog.lookup("LSTM")


def test_the_subsets_and_releases_are_apart(catalog: Catalog) -> None:
    (foursquare,) = catalog.lookup("Foursquare")
    (nyc,) = catalog.lookup("Foursquare NYC")
    (tky,) = catalog.lookup("Foursquare TKY")
    assert len({foursquare, nyc, tky}) == 3
    (captions,) = catalog.lookup("ActivityNet Captions")
    (v13,) = catalog.lookup("ActivityNet v1.3")
    (val2,) = catalog.lookup("ActivityNet_Captions_val2")
    assert len({captions, v13, val2}) == 3
    (gum,) = catalog.lookup("GUM 12.1.0")
    assert not catalog.lookup("GUM 12.0")
    assert not catalog.lookup("GUM 11.1.0")
    assert gum not in catalog.lookup("GCDT")
    (pcc,) = catalog.lookup("Georgetown Chinese Discourse Treebank")
    assert catalog.lookup("GCDT") == (pcc,)


def test_the_agents_link_apart(linker: Linker) -> None:
    found = _linked(linker, "We compare against AlphaZero, Sampled MuZero, Stochastic MuZero "
                    "and EfficientZero on Atari, and report MuZero's scores.")  # fmt: skip
    assert found["AlphaZero"] == "AlphaZero"
    assert found["Sampled MuZero"] == "Sampled MuZero"
    assert found["Stochastic MuZero"] == "Stochastic MuZero"
    assert found["EfficientZero"] == "EfficientZero"
    assert "Sampled AlphaZero" not in _linked(linker, "We extend AlphaZero.").values()


def test_the_new_names_link_as_papers_write_them(linker: Linker) -> None:
    text = ("We evaluate on ActivityNet Captions, the RST Discourse Treebank and the Foursquare "
            "NYC check-ins, and compare with LSTM-FCN and Implicit Quantile Networks.")  # fmt: skip
    found = _linked(linker, text)
    assert found["ActivityNet Captions"] == "ActivityNet Captions"
    assert found["RST Discourse Treebank"] == "RST Discourse Treebank"
    assert found["LSTM-FCN"] == "LSTM-FCN"
    assert found["Implicit Quantile Networks"] == "Implicit Quantile Network"
    assert found["Foursquare NYC"] == "Foursquare NYC"
    found = _linked(linker, "We use the Foursquare-NYC and Foursquare-TKY datasets, RST-DT and "
                    "GUM 12.1.0; GUM 11.0 is older.")  # fmt: skip
    assert found["Foursquare-NYC"] == "Foursquare NYC"
    assert found["Foursquare-TKY"] == "Foursquare TKY"
    assert found["RST-DT"] == "RST Discourse Treebank"
    assert found["GUM 12.1.0"] == "GUM 12.1.0"
    assert "GUM 11.0" not in found


def test_ordinary_words_of_new_sources_link_nothing(linker: Linker) -> None:
    text = ("We chewed gum and checked in on foursquare; a sampled policy was stochastic, and "
            "the discourse of the treebank was implicit.")  # fmt: skip
    assert not _linked(linker, text)
