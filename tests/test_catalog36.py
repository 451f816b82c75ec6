"""The thirty-sixth round of catalog sources (scripts/catalog/sources_round36.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round36


def test_the_model_a_package_folder_is_of() -> None:
    # pypots 1.5 <task>/<folder>/__init__.py docstrings
    model = sources_round36.package_model
    doc = "The package of the partially-observed time-series imputation model GRU-D.\n\nRefer to"
    assert model(doc, "grud") == "GRU-D"
    doc = "The package of the partially-observed time-series anomaly detection model TimeMixer++."
    assert model(doc, "timemixerpp") is None  # "pp" is not "++" to the folder
    assert model("The package of the time-series imputation model GP-VAE.", "gpvae") == "GP-VAE"
    # A method, a name copied from another folder, another opening: none.
    assert model("The package of the partially-observed time-series imputation method LOCF.",
                 "locf") is None  # fmt: skip
    assert model("The package of the partially-observed time-series imputation model "
                 "Transformer.", "crossformer") is None  # fmt: skip
    assert model("The implementation of TEFN for the partially-observed time-series "
                 "forecasting task.", "tefn") is None  # fmt: skip


def test_a_class_named_by_its_paper_titles_initials() -> None:
    # torchrec 1.9.2 models/dlrm.py, abridged
    named = sources_round36.title_initials_model
    doc = ('Recsys model from "Deep Learning Recommendation Model for Personalization and\n'
           'Recommendation Systems" (https://arxiv.org/abs/1906.00091).')  # fmt: skip
    assert named("DLRM", doc) == "DLRM"
    modified = ('Recsys model modified from the original model from "Deep Learning '
                'Recommendation Model for Personalization and Recommendation Systems"')  # fmt: skip
    assert named("DLRM", modified) is None
    assert named("DLRM_Projection", doc) is None
    assert named("DLRT", doc) is None


def test_a_module_headed_by_a_model_and_its_paper() -> None:
    # weaver-core 0.5.3 nn/model/*.py module docstrings
    headed = sources_round36.paper_headed_model
    doc = 'Particle Transformer (ParT)\n\nPaper: "Particle Transformer for Jet Tagging" - https://'
    assert headed(doc) == ("Particle Transformer", ["ParT"])
    doc = 'ParticleNet\n\nPaper: "ParticleNet: Jet Tagging via Particle Clouds" - https://'
    assert headed(doc) == ("ParticleNet", [])
    assert headed(" ParticleNeXt\n\nAn improved version of ParticleNet (https://...).") is None
    assert headed('ParticleNeXt\n\nPaper: "ParticleNet: Jet Tagging via Particle Clouds"') is None


def test_a_quoted_title_named_as_the_linked_repository() -> None:
    # crfm-helm 0.5.16 scenario docstrings, abridged
    titled = sources_round36.repo_titled_name
    doc = ('We use the version from "AttnGAN: Fine-Grained Text to Image Generation with '
           'Attentional\n    Generative Adversarial Networks" where 10 captions ...\n'
           "    Website: https://github.com/taoxugit/AttnGAN")  # fmt: skip
    assert titled(doc) == ("AttnGAN", "model")
    doc = ('"PubMedQA: A Dataset for Biomedical Research Question Answering" ... '
           "https://github.com/pubmedqa/pubmedqa")  # fmt: skip
    assert titled(doc) == ("PubMedQA", "dataset")
    # No repository of that name, or a subtitle that says neither: none.
    assert titled('"AttnGAN: Fine-Grained ... Adversarial Networks" https://github.com/a/b') is None
    assert titled('"Foo: Learning to Rank" https://github.com/a/Foo') is None


def test_the_speech_enhancement_data_sets_of_two_descriptions() -> None:
    # clearvoice 0.1.2 and sgmse 0.1.2 package descriptions, abridged
    description = (
        "on the popular benchmarks: [VoiceBank+DEMAND](https://paperswithcode.com/dataset/demand)"
        " testset (16kHz & 48kHz) and [DNS-Challenge-2020](https://paperswithcode.com/dataset/"
        "deep-noise-suppression-2020) (Interspeech) testset. See [this page](https://x.org)."
    )
    assert sources_round36.pwc_linked_datasets(description) == [
        "VoiceBank+DEMAND", "DNS-Challenge-2020"]  # fmt: skip
    description = (
        "checkpoints for models that have been trained on the VoiceBank-DEMAND and WSJ0-CHiME3 "
        "datasets, as described in [2]. ... a checkpoint trained on our WSJ0-REVERB dataset."
    )
    assert sources_round36.trained_on_datasets(description) == ["VoiceBank-DEMAND", "WSJ0-CHiME3"]
    key = sources_round36.plus_key
    assert key("VoiceBank+DEMAND") == key("VoiceBank-DEMAND") != key("VoiceBank")


def test_the_hyphenated_spellings_of_a_model() -> None:
    # espnet 202511 espnet2/spk/encoder/xvector_encoder.py, abridged
    text = ('# x-vector, cross checked with SpeechBrain implementation:\n'
            'class XvectorEncoder(AbsEncoder):\n    """X-vector encoder. Extracts frame-level '
            'x-vector embeddings.\n    Paper: "X-vectors: Robust dnn embeddings"')  # fmt: skip
    assert sources_round36.hyphenated_spellings(text, "Xvector") == ["x-vector", "X-vector"]
    assert sources_round36.hyphenated_spellings("xvector_encoder Xvector", "Xvector") == []


def test_the_network_a_title_works_with() -> None:
    network = sources_round36.title_network
    title = "Get To The Point: Summarization with Pointer-Generator Networks"
    assert network(title) == ("Pointer-Generator Network", "Pointer-Generator Networks")
    assert network("Semi-Supervised Classification with Graph Convolutional Networks") is None
    assert network("Learning with Pointer Networks") is None


def test_the_models_a_description_links_to_an_example() -> None:
    # torch-geometric 2.8.1 package description, abridged
    description = (
        "- **[SEAL](https://github.com/pyg-team/pytorch_geometric/blob/master/examples/"
        "seal_link_pred.py)** from Zhang and Chen: [Link Prediction Based on Graph Neural "
        "Networks](https://arxiv.org/pdf/1802.09691.pdf) (NeurIPS 2018)\n"
        "- **[SGConv](https://pytorch-geometric.readthedocs.io/en/latest/generated/"
        "torch_geometric.nn.conv.SGConv.html)** from Wu *et al.*: [Simplifying Graph "
        "Convolutional Networks](https://arxiv.org/abs/1902.07153) (CoRR 2019)\n"
    )
    assert sources_round36.example_linked_models(description) == ["SEAL"]


def test_denied_names_have_reasons() -> None:
    assert all(reason.strip() for reason in sources_round36.DENY_ROUND36.values())
    # Chained to the earlier rounds' lists.
    assert sources_round36._denied("FiLM") and sources_round36._denied("SMPLify")
    assert sources_round36._denied("TCN") and sources_round36._denied("TimeLLM")
    for word in ("X-vector", "x-vector", "Pointer-Generator Network", "Pointer-Generator Networks"):
        assert rules.REVIEWED_MODEL_WORDS[word].strip(), word


def test_the_committed_files_hold_the_thirty_sixth_round(catalog: Catalog) -> None:
    expected = {
        "pypots": ("GRU-D", "SAITS", "BRITS", "CSAI", "GP-VAE", "ImputeFormer",
                   "TSLANet", "VaDER", "CRLI"),
        "torchrec": ("DLRM",),
        "weaver-core": ("Particle Transformer", "ParT", "ParticleNet"),
        "crfm-helm": ("AttnGAN", "BioBART"),
        "clearvoice": ("VoiceBank+DEMAND", "VoiceBank-DEMAND", "DNS-Challenge-2020"),
        "sgmse": ("WSJ0-CHiME3",),
        "tensorflow-datasets": ("Pointer-Generator Network",),
        "torch-geometric": ("SEAL",),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    # Joined, not new: espnet's spellings of speechbrain's Xvector.
    for name in ("x-vector", "X-vector"):
        (found,) = catalog.lookup(name)
        entry = catalog.entries[found]
        assert entry.name == "Xvector" and "espnet " in entry.source, name
    # Left out: the denied names and the guard's words.
    for word in ("FiLM", "FITS", "BTTF", "TRMF", "RevIN_SCINet", "M-RNN", "Raindrop", "Koopa"):
        for found in catalog.lookup(word):
            assert "pypots " not in catalog.entries[found].source, word


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    pairs = [("GRU-D", "GRU"), ("Particle Transformer", "ParticleNet"), ("SAITS", "BRITS"),
             ("GP-VAE", "CSAI"), ("VoiceBank+DEMAND", "WSJ0-CHiME3"), ("DLRM", "DeepFM"),
             ("AttnGAN", "BioBART")]  # fmt: skip
    assert_apart(catalog, pairs)
    for absent in ("GRU-D2", "DLRM2", "ParT2", "VoiceBank", "DEMAND", "Pointer-Generator"):
        assert not catalog.lookup(absent), absent
    text = ("We build on GRU-D and SAITS, compare with DLRM and the Particle Transformer, and "
            "extract X-vector embeddings. Our summariser extends the Pointer-Generator Network "
            "and AttnGAN. Link prediction follows SEAL.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    for surface, name in (("GRU-D", "GRU-D"), ("SAITS", "SAITS"), ("DLRM", "DLRM"),
                          ("Particle Transformer", "Particle Transformer"),
                          ("X-vector", "Xvector"), ("AttnGAN", "AttnGAN"), ("SEAL", "SEAL"),
                          ("Pointer-Generator Network", "Pointer-Generator Network")):  # fmt: skip
        assert by_surface.get(surface) == name, (surface, by_surface)
    # The words behind the capitals link nothing.
    plain = ("The particle transformer station sealed the part; a pointer-generator mechanism "
             "and a seal of the x vector.")  # fmt: skip
    assert names_by_surface(linker, plain) == {}
