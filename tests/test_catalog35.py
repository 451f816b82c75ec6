"""The thirty-fifth round of catalog sources (scripts/catalog/sources_round35.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round35


def test_the_supported_methods_list_of_a_description() -> None:
    # mmhuman3d 0.11.0 package description, abridged
    description = (
        "Supported methods:\n\n<details open>\n<summary>(click to collapse)</summary>\n\n"
        "- [x] [SMPLify](https://smplify.is.tue.mpg.de/) (ECCV'2016)\n"
        "- [x] [HMR](https://akanazawa.github.io/hmr/) (CVPR'2018)\n"
        "- [x] [ExPose](https://expose.is.tue.mpg.de) (ECCV'2020)\n"
        "- [x] [ExPose](configs/expose) (ECCV'2020)\n"
        "\n</details>\n\nSupported datasets:\n\n"
        "- [x] [3DPW](https://virtualhumans.mpi-inf.mpg.de/3DPW/) (ECCV'2018)\n"
    )
    items = sources_round35.supported_items
    assert items(description, "Supported methods:") == ["SMPLify", "HMR", "ExPose"]
    assert items(description, "Supported datasets:") == ["3DPW"]
    assert items(description, "Supported body models:") == []


def test_a_model_linked_to_its_paper_by_the_package_name() -> None:
    # demucs 4.1.0 package description, abridged
    description = (
        "The v4 version features [Hybrid Transformer Demucs][htdemucs], a hybrid model.\n"
        "It is based on [Hybrid Demucs][hybrid_paper] (also provided in this repo).\n"
        "Checkout [our paper][htdemucs]. Compare [D3Net][d3net] and [Demucs v2][demucs_v2].\n"
        "- `htdemucs`: first version of Hybrid Transformer Demucs. Default model.\n\n"
        "[hybrid_paper]: https://arxiv.org/abs/2111.03600\n"
        "[d3net]: https://arxiv.org/abs/2010.01733\n"
        "[demucs_v2]: https://github.com/facebookresearch/demucs/tree/v2\n"
        "[htdemucs]: https://arxiv.org/abs/2211.08553\n"
    )
    assert sources_round35.paper_linked_models(description, "Demucs") == [
        ("Hybrid Transformer Demucs", ["htdemucs"]), ("Hybrid Demucs", [])]  # fmt: skip


def test_the_alias_section_of_a_models_module() -> None:
    # torchdrug 0.2.1 models/__init__.py, abridged
    source = (
        "from .gearnet import GeometryAwareRelationalGraphNeuralNetwork\n"
        "from .neuralfp import NeuralFingerprint\n\n"
        "Unlisted = GeometryAwareRelationalGraphNeuralNetwork\n\n"
        "# alias\nNFP = NeuralFingerprint\nGearNet = GeometryAwareRelationalGraphNeuralNetwork\n"
        "Protein = GeometryAwareRelationalGraphNeuralNetwork\n"
    )
    docs = {
        "GeometryAwareRelationalGraphNeuralNetwork": "Geometry Aware Relational Graph Neural "
        "Network proposed in\n`Protein Representation Learning by Geometric Structure "
        "Pretraining`_.\n\nParameters: ...",
        "NeuralFingerprint": "Neural Fingerprints from `Convolutional Networks on Graphs for "
        "Learning Molecular Fingerprints`_.",
    }
    assert sources_round35.alias_models(source, docs) == [
        ("GearNet", "GeometryAwareRelationalGraphNeuralNetwork")]  # fmt: skip
    assert sources_round35.alias_models("GCN = GraphConvolutionalNetwork\n", docs) == []


def test_the_models_tables_of_a_description() -> None:
    # proteinworkshop 0.2.5 package description, abridged
    description = (
        "## Models\n\n### Invariant Graph Encoders\n\n| Name | Source | Protein Specific |\n"
        "| --- | --- | --- |\n"
        "| `GearNet`| [Zhang et al.](https://arxiv.org/abs/2203.06125) | ✓\n"
        "| `CDConv`   | [Fan et al.](https://openreview.net/forum?id=P5Z-Zl9XJ7) | ✓\n\n"
        "#### (Vector-type)\n\n| Name | Source | Protein Specific |\n| --- | --- | --- |\n"
        "| `GVP-GNN` | [Jing et al.](https://arxiv.org/abs/2009.01411) | ✓\n\n"
        "## Datasets\n\n| Name | Description | Source |\n| --- | --- | --- |\n"
        "| `go-bp` | Gene Ontology prediction | [Gligorijevic et al](https://www.nature.com/x) |\n"
    )
    assert sources_round35.model_table_names(description) == ["GearNet", "CDConv", "GVP-GNN"]
    assert sources_round35.model_table_names("## Datasets\n| `cath`| [CATH](https://x) |\n") == []


def test_a_model_the_package_is_named_for() -> None:
    heading = sources_round35.heading_model
    # hear21passt 0.0.26 description; soundnet 0.1.2 summary
    text = "\n# PaSST package for HEAR 2021 NeurIPS Challenge Holistic Evaluation\n"
    assert heading(text, "hear21passt") == "PaSST"
    assert heading(text, "hear21") is None
    assert heading("# Installation package for users\n", "installation") is None
    summary = sources_round35.summary_model
    assert summary("sound classification with SoundNet", "soundnet") == "SoundNet"
    assert summary("sound classification with soundnet", "soundnet") is None
    assert summary("sound classification with SoundNet", "sound") is None


def test_a_backbone_named_by_its_abbreviation() -> None:
    # keras-hub 0.32.0 src/models/stable_diffusion_3/mmdit.py
    doc = "A Multimodal Diffusion Transformer (MMDiT) model.\n\nMMDiT is introduced in ..."
    assert sources_round35.abbreviated_backbone("MMDiT", doc) == (
        "MMDiT", "Multimodal Diffusion Transformer")  # fmt: skip
    assert sources_round35.abbreviated_backbone("MMDiTBlock", doc) is None
    assert sources_round35.abbreviated_backbone("CLIPTextEncoder", "CLIP core network.") is None


def test_the_most_frequent_spelling_with_capitals() -> None:
    # gym-torcs 0.1.1 modules, abridged
    texts = ["# Snake Oil ... a TORCS server", "TORCS server host. TORCS port.",
             "class TorcsEnv:\n    # Torcs Custom\n    torcs_id = 1\n    run('torcs')"]  # fmt: skip
    assert sources_round35.frequent_spelling(texts, "Torcs") == "TORCS"
    assert sources_round35.frequent_spelling(["torcs only"], "Torcs") is None


def test_the_data_sets_a_summary_names() -> None:
    found = sources_round35.summary_datasets
    summary = "Dataset class for PyTorch and the EyePACS & EyeQ datasets, with extraction"
    assert found(summary) == ["EyePACS", "EyeQ"]
    assert found("Loader for the Retina dataset") == []
    assert found("Tools for the datasets") == []


def test_a_citation_key_that_spells_the_name_with_its_version() -> None:
    # torchaudio 2.11.1 datasets/*.py class docstrings
    cited = sources_round35.cited_spelling
    assert cited("*MUSDB_HQ* :cite:`MUSDB18HQ` dataset.") == ("MUSDB_HQ", "MUSDB18HQ")
    assert cited("*LJSpeech-1.1* :cite:`ljspeech17` dataset.") is None
    assert cited("*GTZAN* :cite:`tzanetakis_essl_cook_2001` dataset.") is None
    assert cited("*VoxCeleb1* :cite:`nagrani2017voxceleb` dataset.") is None
    assert cited("*QUESST14* :cite:`Mir2015QUESST2014EQ` dataset.") is None


def test_the_data_sets_a_docstring_lists_with_a_link() -> None:
    # asteroid 0.7.0 data/musdb18_dataset.py MUSDB18Dataset docstring, abridged
    doc = (
        "MUSDB18 music separation dataset\n\n"
        "Out-of-the-box, asteroid does only support MUSDB18-HQ which comes as\n"
        "uncompressed WAV files. To use the MUSDB18, please convert it to WAV first:\n\n"
        "- MUSDB18 HQ: https://zenodo.org/record/3338373\n"
        "- MUSDB18     https://zenodo.org/record/1117372\n"
    )
    assert sources_round35.linked_list_names(doc) == [("MUSDB18 HQ", ["MUSDB18-HQ"])]
    assert rules.norm("MUSDB18 HQ") == rules.norm("MUSDB18HQ")


def test_the_model_a_folder_imports() -> None:
    # magenta 2.1.4 models/*/__init__.py docstrings
    imported = sources_round35.imported_model
    assert imported("Imports Onsets and Frames model.") == "Onsets and Frames"
    assert imported("Imports Pianoroll RNN-NADE model.") == "Pianoroll RNN-NADE"
    assert imported("Imports SVG VAE.") is None
    assert imported("Import of Score2Perf problem module.") is None


def test_the_data_set_a_creation_module_is_named_for() -> None:
    # magenta 2.1.4 models/onsets_frames_transcription/*_create_dataset*.py
    named = sources_round35.dataset_module_name
    text = "flags.DEFINE_string('input_dir', None, 'Directory where the un-zipped MAPS files are.')"
    assert named("onsets_frames_transcription_create_dataset_maps", text) == "MAPS"
    assert named("onsets_frames_transcription_create_dataset", text) is None
    assert named("onsets_frames_transcription_create_dataset_maps", "maps_config2_train") is None


def test_denied_names_have_reasons() -> None:
    assert all(reason.strip() for reason in sources_round35.DENY_ROUND35.values())
    # Chained to the earlier rounds' lists.
    assert sources_round35._denied("SMPLify") and sources_round35._denied("EFT")
    assert sources_round35._denied("Trento") and not sources_round35._denied("Europarl")
    # The first round's denial of node2vec is lifted (docs/catalog.md, thirty-fifth round).
    assert "Node2Vec" not in rules.DENY and "MetaPath2Vec" not in rules.DENY


def test_the_committed_files_hold_the_thirty_fifth_round(catalog: Catalog) -> None:
    expected = {
        "mmhuman3d": ("HMR", "SPIN", "VIBE", "HybrIK", "PARE", "ExPose", "PyMAF-X", "CLIFF"),
        "demucs": ("Hybrid Transformer Demucs", "htdemucs", "HTDemucs"),
        "torchdrug": ("GearNet", "ChebNet", "KBGAT", "NeuralLP", "GraphAF", "ProteinCNN"),
        "proteinworkshop": ("CDConv", "GCPNet", "GVP-GNN", "Multi-ACE", "Tensor Field Network"),
        "hear21passt": ("PaSST",),
        "soundnet": ("SoundNet",),
        "keras-hub": ("MMDiT",),
        "gym-torcs": ("TORCS", "Torcs"),
        "torch-eyepacs": ("EyePACS", "EyeQ"),
        "torch-geometric": ("Node2Vec", "node2vec", "MetaPath2Vec"),
        "magenta": ("Onsets and Frames", "MAPS", "Melody RNN", "Performance RNN"),
    }
    assert_stated_by(catalog, expected)
    # Joined, not new: the spellings of data sets and models read before.
    for name in ("MUSDB18HQ", "MUSDB18-HQ", "MUSDB18 HQ"):
        (found,) = catalog.lookup(name)
        entry = catalog.entries[found]
        assert entry.name == "MUSDB_HQ" and "asteroid " in entry.source, name
    joined = [("RGCN", "torchdrug "), ("R-GCN", "pykeen "), ("ESM2", "proteinworkshop "),
              ("Hybrid Demucs", "demucs "), ("DimeNet++", "proteinworkshop ")]  # fmt: skip
    for name, package in joined:
        (found,) = catalog.lookup(name)
        assert package in catalog.entries[found].source, name
    (gearnet,) = catalog.lookup("GearNet")
    assert "proteinworkshop " in catalog.entries[gearnet].source
    # Left out: the denied fits, loss, refiners and acronyms.
    denied = ("SMPLify", "SMPLify-X", "BalancedMSE", "DeciWatch", "SmoothNet", "EGNN", "NFP",
              "Music VAE")  # fmt: skip
    for word in denied:
        for found in catalog.lookup(word):
            source = catalog.entries[found].source
            assert "mmhuman3d " not in source and "proteinworkshop " not in source, word
            assert "torchdrug " not in source, word


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    pairs = [("Hybrid Transformer Demucs", "Hybrid Demucs"), ("HMR", "SPIN"), ("VIBE", "PARE"),
             ("PyMAF-X", "ExPose"), ("GearNet", "GCN"), ("GVP-GNN", "GCPNet"),
             ("EyePACS", "EyeQ"), ("MUSDB18HQ", "MUSDB18"), ("Node2Vec", "MetaPath2Vec"),
             ("ESM2", "ESM"), ("MMDiT", "DiT"), ("CDConv", "GCN"), ("MAPS", "MAESTRO"),
             ("Melody RNN", "Performance RNN")]  # fmt: skip
    assert_apart(catalog, pairs)
    for absent in ("HMR2", "GearNet2", "EyePACS-2", "TORCS2", "MUSDB19", "DCASE 2018", "DCASE"):
        assert not catalog.lookup(absent), absent
    text = ("We compare node2vec and MetaPath2Vec, GearNet, CDConv and GVP-GNN. Our mesh model "
            "is compared with HMR, SPIN, VIBE and PARE. Separation baselines are Hybrid "
            "Transformer Demucs and PaSST tagging on MUSDB18HQ. Driving agents use TORCS; "
            "retinal images come from EyePACS. Onsets and Frames is tested on MAPS.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    for surface, name in (("node2vec", "Node2Vec"), ("MetaPath2Vec", "MetaPath2Vec"),
                          ("GearNet", "GearNet"), ("CDConv", "CDConv"), ("GVP-GNN", "GVP-GNN"),
                          ("HMR", "HMR"), ("SPIN", "SPIN"), ("VIBE", "VIBE"), ("PARE", "PARE"),
                          ("PaSST", "PaSST"), ("MUSDB18HQ", "MUSDB_HQ"), ("TORCS", "TORCS"),
                          ("EyePACS", "EyePACS"), ("Onsets and Frames", "Onsets and Frames"),
                          ("MAPS", "MAPS")):  # fmt: skip
        assert by_surface.get(surface) == name, surface
    # The words behind the capitals link nothing.
    plain = ("We spin the wheel and pare the list; the vibe of the cliff at sunset. Fold the "
             "maps and expose the film; onsets and frames of the video.")  # fmt: skip
    assert names_by_surface(linker, plain) == {}
