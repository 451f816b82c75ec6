"""The fifty-second round of catalog sources (scripts/catalog/sources_round52.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package and version), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round52


def test_the_data_set_a_summary_and_a_heading_name() -> None:
    # fastmri 0.3.0 package metadata
    summary = "A large-scale dataset of both raw MRI measurements and clinical MRI images."
    headed = sources_round52.headed_dataset
    assert headed(summary, "# fastMRI\n\n[![LICENSE](...)]", "fastmri") == "fastMRI"
    assert headed(summary, "# Fast MRI tools\n", "fastmri") is None
    assert headed("Tools for MRI reconstruction.", "# fastMRI\n", "fastmri") is None


def test_the_data_sets_models_are_trained_on() -> None:
    # ptgaze 0.3.0 package description; musicnn 0.1.0 tagger.py top_tags docstring
    text = ("To train models on MPIIGaze and MPIIFaceGaze, use [this repository](https://github."
            "com/hysts/pytorch_mpiigaze). You can also use [this repository](...) to train a "
            "model on the ETH-XGaze dataset.")  # fmt: skip
    assert sources_round52.trained_on(text) == ["MPIIGaze", "MPIIFaceGaze", "ETH-XGaze"]
    assert sources_round52.trained_on("train models on your own data") == []
    doc = ("MTT models are trained with the MagnaTagATune dataset.\n    MSD models are trained "
           "with the Million Song Dataset.")  # fmt: skip
    assert sources_round52.models_trained_with(doc) == ["MagnaTagATune", "Million Song Dataset"]


def test_the_models_and_benchmarks_a_package_names_as_itself() -> None:
    # musicnn 0.1.0 Summary; ankh 1.10.0 and metaworld 3.1.1 descriptions
    summary = ('Pronounced as "musician", musicnn is a set of pre-trained deep convolutional '
               "neural networks for music audio tagging")  # fmt: skip
    assert sources_round52.summary_network_set(summary, "musicnn") == "musicnn"
    assert sources_round52.summary_network_set(summary, "musician") is None
    described = sources_round52.described_package
    text = ("<br/>\n\n[Ankh](https://arxiv.org/abs/2301.06568) is the first general-purpose "
            "protein language model trained on Google's **TPU-V4**")  # fmt: skip
    assert described(text, "ankh") == "Ankh"
    assert described(text, "prottrans") is None
    text = ("</p>\n\nMeta-World is an open source benchmark for developing and evaluating "
            "multi-task and meta reinforcement learning algorithms")  # fmt: skip
    assert described(text, "metaworld") == "Meta-World"
    assert described("We use Meta-World is an open source benchmark for", "metaworld") is None


def test_the_project_a_package_forks() -> None:
    # so-vits-svc-fork 4.2.30 package description
    text = ("A fork of [`so-vits-svc`](https://github.com/svc-develop-team/so-vits-svc) with "
            "**realtime support**")  # fmt: skip
    assert sources_round52.forked_project(text) == "so-vits-svc"
    assert sources_round52.forked_project("A fork of [`x`](https://github.com/o/y)") is None


def test_the_models_multi_agent_mixers_are_named_for() -> None:
    # torchrl 0.14.1 modules/models/multiagent.py
    doc = ("Value-Decomposition Network mixer.\n\n    Mixes the local Q values of the agents "
           "into a global Q value by summing them together.\n    From the paper "
           "https://arxiv.org/abs/1706.05296 .")  # fmt: skip
    mixer = sources_round52.mixer_model
    assert mixer("VDNMixer", doc) == ("VDN", ["Value-Decomposition Network"])
    doc = "QMix mixer.\n\n    Mixes ... From the paper https://arxiv.org/abs/1803.11485 ."
    assert mixer("QMixer", doc) == ("QMix", [])
    assert mixer("Mixer", "A base class for mixers.") is None
    assert mixer("VDNMixer", "Value-Decomposition Network mixer.") is None  # no paper cited
    # the initials are denied: long_forms.py would read "Very Deep Networks" as VDN
    assert sources_round52._denied("VDN")


def test_the_spelling_a_docstring_opens_with() -> None:
    # espnet 202511 espnet2/enh/layers/bsrnn.py BSRNN.__init__, dc_crn.py DC_CRN
    spelling = sources_round52.opening_spelling
    assert spelling("BSRNN", "Band-Split RNN (BSRNN).\n\n References: ...") == (
        "BSRNN",
        "Band-Split RNN",
    )
    long_form = "Densely-Connected Convolutional Recurrent Network"
    assert spelling("DC_CRN", f"{long_form} (DC-CRN).") == ("DC-CRN", long_form)
    assert spelling("TCN", "Temporal Convolutional Network (TasNet).") is None
    # DC-CRN folds to DCCRN, another enhancement model
    assert sources_round52._denied("DC-CRN")


def test_the_names_quoted_titles_and_source_papers_give() -> None:
    # monai 1.6.1 losses/spectral_loss.py JukeboxLoss; speechbrain 1.1.2 huggingface/mert.py
    doc = ("Calculate spectral component ...\n\n    Based on:\n        Dhariwal, et al. "
           "'Jukebox: A generative model for music.' https://arxiv.org/abs/2005.00341")  # fmt: skip
    assert sources_round52.quoted_model_title(doc) == "Jukebox"
    assert sources_round52.quoted_model_title("'Attention Is All You Need'") is None
    doc = "A class for ... MERT models.\n\n    Source paper MERT: https://arxiv.org/abs/2306.00107"
    assert sources_round52.source_paper("MERT", doc) == "MERT"
    doc = "Source paper wav2vec2.0: https://arxiv.org/abs/2006.11477"
    assert sources_round52.source_paper("Wav2Vec2", doc) is None


def test_the_challenge_a_licence_title_names() -> None:
    # asteroid 0.7.0 data/dns_dataset.py dns_license
    challenge = sources_round52.license_challenge
    link = "https://github.com/microsoft/DNS-Challenge"
    assert challenge("Deep Noise Suppression (DNS) Challenge", link) == "DNS Challenge"
    assert challenge("The CHiME-5 speech corpus", "http://spandh.dcs.shef.ac.uk/") is None
    # papers evaluate on its editions ("Interspeech2020 DNS-Challenge"), which it would take
    assert sources_round52._denied("DNS Challenge")


def test_the_data_sets_mteb_tasks_name() -> None:
    # mteb 2.26.24 SpokenSQuADT2ARetrieval, SongDescriberA2TRetrieval
    stem = sources_round52.category_task_stem
    assert stem("SpokenSQuADT2ARetrieval", "t2a", "Any2AnyRetrieval") == "SpokenSQuAD"
    assert stem("SciFact", "t2t", "Retrieval") is None
    assert stem("ABOI2VRetrieval", "i2i", "Any2AnyRetrieval") is None
    based = sources_round52.based_on_stem
    assert based("Text-to-audio retrieval task based on SpokenSQuAD dataset. Given", "SpokenSQuAD")
    assert not based("Retrieve photos from sketches.", "Sketchy")
    text = "It provides 1,106 captions over 706 music recordings drawn from MTG-Jamendo (CC)."
    assert sources_round52.recordings_drawn_from(text) == "MTG-Jamendo"
    assert sources_round52.recordings_drawn_from("clips drawn from YouTube videos") is None


def test_the_environments_a_description_relates() -> None:
    # nle 1.3.0 package description
    text = ("# Related Environments\n- [gym\\_nethack](http://campbelljc.com/research/gym_nethack/)"
            "\n- [rogue-gym](https://github.com/kngwyu/rogue-gym)\n- [MiniGrid](https://github.com/"
            "maximecb/gym-minigrid)\n- [CoinRun](https://github.com/openai/coinrun)\n- [OpenAI "
            "Procgen Benchmark](https://openai.com/blog/procgen-benchmark/)\n\n# Interview\n"
            "- [NetHack](https://github.com/x/nethack)\n")  # fmt: skip
    assert sources_round52.related_environments(text) == ["CoinRun"]
    assert sources_round52.related_environments("- [CoinRun](https://x/coinrun)") == []


def test_the_reviewed_words_of_the_round() -> None:
    for word in ("Ankh", "Jukebox", "Value-Decomposition Network"):
        assert rules.REVIEWED_MODEL_WORDS[word].strip()
    for word in ("Million Song Dataset", "Meta-World"):
        assert rules.REVIEWED_DATASET_WORDS[word].strip()


def test_the_committed_files_hold_the_fifty_second_round(catalog: Catalog) -> None:
    expected = {
        "fastmri": ("fastMRI",),
        "ptgaze": ("MPIIGaze", "MPIIFaceGaze", "ETH-XGaze"),
        "musicnn": ("musicnn", "MagnaTagATune", "Million Song Dataset"),
        "ankh": ("Ankh",),
        "so-vits-svc-fork": ("so-vits-svc",),
        "metaworld": ("Meta-World",),
        "nle": ("CoinRun",),
        "torchrl": ("QMix", "Value-Decomposition Network"),
        "espnet": ("BSRNN",),
        "monai": ("Jukebox",),
        "speechbrain": ("MERT",),
        "mteb": ("Spoken SQuAD", "MTG-Jamendo"),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    versions = {
        "fastMRI": "fastmri 0.3.0: package metadata Summary and description heading",
        "MPIIGaze": "ptgaze 0.3.0: package description",
        "musicnn": "musicnn 0.1.0: package metadata Summary",
        "Million Song Dataset": "musicnn 0.1.0: tagger.py top_tags docstring",
        "Ankh": "ankh 1.10.0: package description",
        "so-vits-svc": "so-vits-svc-fork 4.2.30: package description",
        "Meta-World": "metaworld 3.1.1: package description",
        "CoinRun": "nle 1.3.0: package description 'Related Environments'",
        "Value-Decomposition Network": "torchrl 0.14.1: modules/models/multiagent.py VDNMixer",
        "BSRNN": "espnet 202511: espnet2/enh/layers/bsrnn.py BSRNN",
        "MERT": "speechbrain 1.1.2: integrations/huggingface/mert.py MERT",
        "Spoken SQuAD": "mteb 2.26.24: task 'SpokenSQuADT2ARetrieval' bibtex_citation title",
        "MTG-Jamendo": "mteb 2.26.24: task 'SongDescriberA2TRetrieval' description",
    }
    for name, source in versions.items():
        (found,) = catalog.lookup(name)
        assert catalog.entries[found].source.startswith(source), (name, source)
    (jukebox,) = catalog.lookup("Jukebox")  # transformers 4.57.6 stated it first
    assert "monai 1.6.1: losses/spectral_loss.py JukeboxLoss" in catalog.entries[jukebox].source
    assert catalog.lookup("MusiCNN") == catalog.lookup("musicnn")
    assert catalog.lookup("So-VITS-SVC") == catalog.lookup("so-vits-svc")
    assert catalog.lookup("Band-Split RNN") == catalog.lookup("BSRNN")
    # cased: the English words; denied: the initials and the whole challenge
    for text in ("ankh", "jukebox", "million song dataset", "meta world", "VDN", "DC-CRN",
                 "DNS Challenge", "MSD"):  # fmt: skip
        assert not catalog.lookup(text), text


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    assert_apart(catalog, [("Spoken SQuAD", "SQuAD"), ("MPIIGaze", "MPIIFaceGaze"),
                           ("MTG-Jamendo", "MTG jamendo autotagging moodtheme"),
                           ("Meta-World", "MT10"), ("QMix", "Value-Decomposition Network"),
                           ("BSRNN", "BS-RoFormer"), ("MERT", "LXMERT"),
                           ("so-vits-svc", "VITS")])  # fmt: skip
    text = ("We train on the Million Song Dataset, MagnaTagATune and MTG-Jamendo and compare MERT, "
            "Jukebox and MusiCNN features; Ankh embeds proteins; we convert voices with "
            "So-VITS-SVC; BSRNN separates music; we estimate gaze on MPIIGaze and ETH-XGaze; "
            "we reconstruct fastMRI knees; we answer Spoken SQuAD questions; agents play "
            "CoinRun and solve Meta-World tasks; a Value-Decomposition Network and QMIX mix "
            "values.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    expected = {"Million Song Dataset": "Million Song Dataset", "MagnaTagATune": "MagnaTagATune",
                "MTG-Jamendo": "MTG-Jamendo", "MERT": "MERT", "Jukebox": "Jukebox",
                "MusiCNN": "musicnn", "Ankh": "Ankh", "So-VITS-SVC": "so-vits-svc",
                "BSRNN": "BSRNN", "MPIIGaze": "MPIIGaze", "ETH-XGaze": "ETH-XGaze",
                "fastMRI": "fastMRI", "Spoken SQuAD": "Spoken SQuAD", "CoinRun": "CoinRun",
                "Meta-World": "Meta-World",
                "Value-Decomposition Network": "Value-Decomposition Network",
                "QMIX": "QMix"}  # fmt: skip
    for surface, name in expected.items():
        assert by_surface.get(surface) == name, (surface, by_surface)
    text = (
        "The jukebox played while we trained very deep networks; an ankh hung on the wall; "
        "Weighted Residuals for Very Deep Networks; we denoise on the DCCRN baseline."
    )
    by_surface = names_by_surface(linker, text, title="Weighted Residuals for Very Deep Networks")
    assert not {"Jukebox", "Ankh", "Value-Decomposition Network", "QMix"} & set(
        by_surface.values()
    ), by_surface
