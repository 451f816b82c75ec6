"""The twenty-sixth round of catalog sources (scripts/catalog/sources_round26.py): the rules on
excerpts of the packages read, what the committed files hold, and that the linker links the
new names in invented sentences, with guard pairs for the names a neighbour could be confused
with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round26

_DIAGRAM = (
    ".. inheritance-diagram:: synthcity.plugins.privacy.plugin_pategan.PATEGANPlugin\n"
    "    :parts: 1\n\n\n"
)


def test_the_first_sentence_skips_directives() -> None:
    first = sources_round26.first_sentence
    assert first(_DIAGRAM + "PATE-GAN: Generating Synthetic Data with Differential Privacy "
                 "Guarantees.\n\nArgs: ...") == (
        "PATE-GAN: Generating Synthetic Data with Differential Privacy Guarantees."
    )  # fmt: skip
    assert first(":bdg-success:`Convolution`\n\nEEGNet v4 model.") == "EEGNet v4 model."
    assert first("") == ""


def test_a_docstring_spells_its_class() -> None:
    spelled = sources_round26.docstring_spelling
    # synthcity 0.2.12 plugins/**/plugin_*.py, the class name without "Plugin"
    assert spelled("PATEGAN", _DIAGRAM + "PATE-GAN: Generating Synthetic Data.") == "PATE-GAN"
    assert spelled("RadialGAN", "RadialGAN PyTorch implementation: Leveraging ...") == ("RadialGAN")
    assert spelled("TimeGAN", "Synthetic time series generation using TimeGAN.") == "TimeGAN"
    assert spelled("CTGAN", "Conditional Tabular GAN implementation.") is None
    assert spelled("TVAE", "Tabular VAE implementation.") is None
    # braindecode 1.8.1 models and datasets
    assert spelled("EEGConformer", "EEG Conformer from Song et al (2022) [song2022]_.") == (
        "EEG Conformer"
    )
    assert spelled("EEGDINO", "EEG-DINO from Wang et al. (2025) [eegdino]_.") == "EEG-DINO"
    assert spelled("TUHAbnormal", "Temple University Hospital (TUH) Abnormal EEG Corpus.") == (
        "TUH Abnormal"
    )
    assert spelled("Deep4Net", "Deep ConvNet model from Schirrmeister et al (2017).") is None
    # Digits and "+" count.
    assert spelled("CTABGAN", "CTAB-GAN+ for tabular data.") is None
    assert spelled("CTABGANPlus", "CTAB-GAN+ for tabular data.") is None
    assert spelled("CTABGAN+", "CTAB-GAN+ for tabular data.") == "CTAB-GAN+"
    assert spelled("IFNet", "IFNetV2 from Wang J et al (2023).") is None
    # Only the first sentence counts.
    assert spelled("EEGNet", "A network. EEGNet is compared.") is None


def test_a_coined_name_has_a_capital_inside_a_word() -> None:
    inner = sources_round26.inner_capital
    assert inner("PrivBayes") and inner("TVAE") and inner("GReaT") and inner("PATE-GAN")
    assert not inner("Bayesian Network")
    assert not inner("Normalizing Flows")
    assert not inner("Decoder")


def test_a_distribution_names_its_class() -> None:
    namesake = sources_round26.namesake_class
    assert namesake("realtabformer", ["REaLTabFormer"]) == "REaLTabFormer"
    assert namesake("ctgan", ["Discriminator", "Generator", "CTGAN"]) == "CTGAN"
    assert namesake("linformer", ["LinformerLM", "Linformer"]) == "Linformer"
    assert namesake("be-great", ["GReaT"]) is None
    assert namesake("tabular", ["tabular"]) is None  # no capital: a module, not a name


def test_an_sdv_synthesizer_names_the_model_it_wraps() -> None:
    wrapped = sources_round26.wrapped_model
    assert wrapped("Model wrapping ``CTGAN`` model.\n\n    Args: ...") == "CTGAN"
    assert wrapped("Model wrapping ``TVAE`` model.") == "TVAE"
    assert wrapped("Model wrapping ``copulas.multivariate.GaussianMultivariate`` copula.") is None
    assert wrapped("Combination of GaussianCopula transformation and GANs.") is None


def test_a_bold_list_names_data_sets() -> None:
    listed = sources_round26.bold_listed
    # rul-datasets 0.18.0 reader/__init__.py
    doc = (
        "A module for dataset readers. Currently supported datasets are:\n\n"
        "* **C-MAPSS** Turbofan Degradation Dataset\n"
        "* **FEMTO** (PRONOSTIA) Bearing Dataset\n"
        "* **XJTU-SY** Bearing Dataset\n"
        "* **N-C-MAPSS** New Turbofan Degradation Dataset\n\n"
        "Readers are the foundation of the **RUL Datasets** library."
    )
    assert listed(doc) == [
        ("C-MAPSS", []),
        ("FEMTO", ["PRONOSTIA"]),
        ("XJTU-SY", []),
        ("N-C-MAPSS", []),
    ]


def test_an_owner_acronym_before_a_name_is_a_spelling() -> None:
    prefixed = sources_round26.owner_prefixed
    text = "The NASA C-MAPSS Turbofan Degradation dataset is ...\nthe New C-MAPSS dataset"
    assert prefixed(text, "C-MAPSS") == ["NASA C-MAPSS"]
    assert prefixed("The NASA C-MAPSS2 data", "C-MAPSS") == []
    assert prefixed(text, "XJTU-SY") == []


def test_a_data_set_is_named_by_what_it_is_commonly_referred_to_as() -> None:
    referred = sources_round26.referred_names
    doc = ('This dataset is commonly referred to as "BCI Competition IV Dataset 2b". It\n'
           "serves as a benchmark.")  # fmt: skip
    assert referred(doc) == ["BCI Competition IV Dataset 2b"]
    assert referred('referred to as "the data"') == []


def test_a_description_names_its_source_data_sets() -> None:
    sources_of = sources_round26.source_data_sets
    # medmnist 3.0.2 info.INFO[...]['description']
    assert sources_of("The DermaMNIST is based on the HAM10000, a large collection of ...") == [
        ("HAM10000", [])
    ]
    assert sources_of("The RetinaMNIST is based on the DeepDRiD challenge, which ...") == [
        ("DeepDRiD", [])
    ]
    assert sources_of("providing a dataset (NCT-CRC-HE-100K) of 100,000 patches") == [
        ("NCT-CRC-HE-100K", [])
    ]
    assert sources_of(
        "The OrganAMNIST is based on 3D computed tomography (CT) images from Liver Tumor "
        "Segmentation Benchmark (LiTS)."
    ) == [("LiTS", ["Liver Tumor Segmentation Benchmark"])]
    # No name: a description, lower-case words before an abbreviation, another abbreviation.
    assert sources_of("The PneumoniaMNIST is based on a prior dataset of 5,856 images.") == []
    assert sources_of("optical coherence tomography (OCT) images") == []
    assert sources_of("Broad Bioimage Benchmark Collection (LiTS)") == []


def test_denied_names_have_reasons() -> None:
    assert all(reason for reason in sources_round26.DENY_ROUND26.values())
    assert {"DGCNN", "SyncNet", "NMT", "PBT", "BIOT"} <= set(sources_round26.DENY_ROUND26)


def test_the_committed_files_hold_the_twenty_sixth_round(catalog: Catalog) -> None:
    expected = {
        "CTGAN": "ctgan 0.12.1: synthesizers/ctgan.py CTGAN",
        "TVAE": "ctgan 0.12.1: synthesizers/tvae.py TVAE docstring",
        "GReaT": "be-great 0.0.14: great.py GReaT docstring",
        "REaLTabFormer": "realtabformer 0.2.4: realtabformer.py REaLTabFormer",
        "Linformer": "linformer 0.2.3: linformer.py Linformer",
        "PATE-GAN": "synthcity 0.2.12: plugins/privacy/plugin_pategan.py PATEGANPlugin",
        "TimeGAN": "synthcity 0.2.12: plugins/time_series/plugin_timegan.py TimeGANPlugin",
        "EEGNet": "braindecode 1.8.1: models/eegnet.py EEGNet docstring",
        "EEG Conformer": "braindecode 1.8.1: models/eegconformer.py EEGConformer docstring",
        "TUH Abnormal": "braindecode 1.8.1: datasets/tuh.py TUHAbnormal docstring",
        "CHB-MIT": "braindecode 1.8.1: datasets/chb_mit.py CHBMIT module text",
        "C-MAPSS": "rul-datasets 0.18.0: reader/__init__.py module docstring list",
        "FEMTO": "rul-datasets 0.18.0: reader/__init__.py module docstring list",
        "N-C-MAPSS": "rul-datasets 0.18.0: reader/__init__.py module docstring list",
        "BCI Competition IV Dataset 2a": "moabb 1.7.2: datasets/bnci/bnci_2014.py BNCI2014_001",
        "BNCI 2015-001": "moabb 1.7.2: datasets/bnci/bnci_2015.py BNCI2015_001",
        "HAM10000": "medmnist 3.0.2: info.INFO['dermamnist']['description']",
        "LiTS": "medmnist 3.0.2: info.INFO['organamnist']['description']",
        "LIDC-IDRI": "medmnist 3.0.2: info.INFO['nodulemnist3d']['description']",
    }
    for name, source in expected.items():
        (found,) = catalog.lookup(name)
        assert source in catalog.entries[found].source, name
    (ctgan,) = catalog.lookup("CTGAN")
    assert "sdv 2.0.0: single_table/ctgan.py CTGANSynthesizer docstring" in (
        catalog.entries[ctgan].source
    )
    (cmapss,) = catalog.lookup("C-MAPSS")
    assert catalog.lookup("NASA C-MAPSS") == (cmapss,)
    # medmnist's spelling joins torchxrayvision's NIH ChestX-ray14.
    (nih,) = catalog.lookup("NIH-ChestXray14")
    assert "torchxrayvision" in catalog.entries[nih].source
    assert "medmnist 3.0.2: info.INFO['chestmnist']" in catalog.entries[nih].source
    (femto,) = catalog.lookup("FEMTO")
    assert catalog.lookup("PRONOSTIA") == (femto,)
    # Guard pairs: digits keep data sets apart, a denied name takes no entry of this round.
    assert catalog.lookup("N-C-MAPSS") != (cmapss,)
    assert catalog.lookup("BCI Competition IV Dataset 2b") != catalog.lookup(
        "BCI Competition IV Dataset 2a"
    )
    assert catalog.lookup("BCI competition IV dataset 4") != catalog.lookup(
        "BCI Competition IV Dataset 2a"
    )
    for denied in ("SyncNet", "NMT", "PBT", "BIOT", "Image AdsGAN"):
        assert not any(
            "braindecode" in catalog.entries[e].source or "synthcity" in catalog.entries[e].source
            for e in catalog.lookup(denied)
        ), denied
    (dgcnn,) = catalog.lookup("DGCNN")
    assert "braindecode" not in catalog.entries[dgcnn].source
    for generic in ("Bayesian Network", "Normalizing Flows", "Decoder", "Discriminator"):
        assert not any(
            "synthcity" in catalog.entries[e].source or "ctgan" in catalog.entries[e].source
            for e in catalog.lookup(generic)
        ), generic


def test_the_new_names_are_linked_in_sentences(linker: Linker) -> None:
    text = ("We synthesise tables with CTGAN, TVAE, GReaT and REaLTabFormer, and decode EEG "
            "with EEGNet and the EEG Conformer on TUH Abnormal and CHB-MIT. Remaining useful "
            "life is estimated on NASA C-MAPSS and XJTU-SY.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    for name in ("CTGAN", "TVAE", "GReaT", "REaLTabFormer", "EEGNet", "EEG Conformer",
                 "TUH Abnormal", "CHB-MIT", "XJTU-SY"):  # fmt: skip
        assert by_surface[name] == name, name
    assert by_surface["NASA C-MAPSS"] == "C-MAPSS"
    # Ordinary words are not the names: "great", a "brain module", "Biot" of physics.
    plain = names_by_surface(linker, "A great result: a brain module solves the Biot problem.")
    assert not plain
