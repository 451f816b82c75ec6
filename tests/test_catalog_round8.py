"""The eighth round of catalog sources (scripts/catalog/sources_round8.py): its name rules on
excerpts of the speech and audio packages it reads, and what the committed files hold from
them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from citegraph.linker import Catalog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round8

# An excerpt of parallel-wavegan 0.6.1's package description.
DESCRIPTION = """\
This repository provides **UNOFFICIAL** pytorch implementations of the following models:
- [Parallel WaveGAN](https://arxiv.org/abs/1910.11480)
- [Multiband-MelGAN](https://arxiv.org/abs/2005.05106)
- [StyleMelGAN](https://arxiv.org/abs/2011.01557)

You can combine these state-of-the-art non-autoregressive models to build your own vocoder!

## What's new

- 2021/08/03 Support [StyleMelGAN](https://arxiv.org/abs/2011.01557) generator!
- 2020/05/16 [Multi-band MelGAN](https://arxiv.org/abs/2005.05106) is available!
- 2020/03/12 [PWG G + MelGAN D + STFT-loss samples](#Results) are available!

## Recipe

Currently, the following recipes are supported.

- [LJSpeech](https://keithito.com/LJ-Speech-Dataset/): English female speaker
- [LibriTTS-R](https://arxiv.org/abs/2305.18802): English multi-speaker enhanced by restoration.
- [YesNo](https://arxiv.org/abs/1904.02882): English speaker (For debugging)
- [Oniku\\_kurumi\\_utagoe\\_db/](http://onikuru.info/db-download/): Single Japanese female singer
- [KiSing](http://shijt.site/index.php/2021/05/16/kising/): Single Mandarin female singer

To run the recipe, please follow the below instruction.
- not a recipe
"""


def test_the_description_lists_models_with_the_spellings_that_link_the_same_paper() -> None:
    assert sources_round8.described_models(DESCRIPTION) == [
        ("Parallel WaveGAN", "1910.11480", []),
        ("Multiband-MelGAN", "2005.05106", ["Multi-band MelGAN"]),
        ("StyleMelGAN", "2011.01557", []),
    ]
    assert sources_round8.described_models("no list here") == []


def test_recipe_corpora_are_the_names_the_list_links_not_identifiers() -> None:
    # YesNo is listed (DENY_ROUND8 refuses it later); the identifier-like name is not a name
    assert sources_round8.recipe_corpora(DESCRIPTION) == [
        "LJSpeech", "LibriTTS-R", "YesNo", "KiSing",
    ]  # fmt: skip


def test_a_generator_class_names_the_model_its_class_spells() -> None:
    name = sources_round8.generator_name
    assert name("StyleMelGANGenerator", "Style MelGAN generator module.") == "Style MelGAN"
    assert name("HiFiGANGenerator", "HiFiGAN generator module.") == "HiFiGAN"
    assert name("MelGANDiscriminator", "MelGAN discriminator module.") is None
    assert name("UHiFiGANGenerator", "HiFiGAN generator module.") is None


@pytest.mark.parametrize(
    ("class_name", "doc", "module", "name"),
    [
        ("FastSpeech", "FastSpeech module for end-to-end text-to-speech.", "fastspeech",
         "FastSpeech"),
        ("JETS", "JETS module (generator + discriminator).\n\nThis is a module of JETS",
         "jets", "JETS"),
        ("Transformer", "Transformer-TTS module.\n\nThis is a module of text-to-speech",
         "transformer", "Transformer-TTS"),
        ("ParallelWaveGANGenerator", "Parallel WaveGAN Generator module.", "parallel_wavegan",
         "Parallel WaveGAN"),
        ("WaveNet", "WaveNet with global conditioning.", "wavenet", "WaveNet"),
        ("EBranchformerEncoder", "E-Branchformer encoder module.", "e_branchformer_encoder",
         "E-Branchformer"),
        ("RawNet3Encoder", "RawNet3 encoder. Extracts frame-level RawNet embeddings",
         "rawnet3_encoder", "RawNet3"),
        ("AvocodoGenerator", "Avocodo generator module.", "avocodo", "Avocodo"),
        # blocks and parts beside a model, another module's name, another class's name
        ("ReferenceEncoder", "Reference encoder module.\n\nThis module is", "style_encoder",
         None),
        ("PosteriorEncoder", "Posterior encoder module in VITS.", "posterior_encoder", None),
        ("JETSGenerator", "Generator module in JETS.", "generator", None),
        ("Decoder", "Decoder module of Spectrogram prediction network.", "decoder", None),
        ("TADEResBlock", "TADEResBlock module.", "tade_res_block", None),
        ("Conv2d", "Conv2d module with customized initialization.", "upsample", None),
        ("FairseqHubertEncoder", "FairSeq Hubert encoder module, used for loading",
         "hubert_encoder", None),
        ("LongformerEncoder", "Longformer SA Conformer encoder module.", "longformer_encoder",
         None),
        ("FastSpeech2Loss", "Loss function module for FastSpeech2.", "loss", None),
    ],
)  # fmt: skip
def test_espnet_models_are_what_a_class_docstring_opens_with(
    class_name: str, doc: str, module: str, name: str | None
) -> None:
    assert sources_round8.espnet_model_name(class_name, doc, module) == name


def test_audiocraft_models_and_the_checkpoints_get_pretrained_lists() -> None:
    name = sources_round8.audiocraft_model_name
    assert name("MusicGen", "MusicGen main model with convenient generation API.") == "MusicGen"
    assert name("EncodecModel", "Encodec model operating on the raw waveform.") == "Encodec"
    assert name("BaseGenModel", "Base generative model with convenient generation API.") is None
    assert name("LMModel", "Transformer-based language model on multiple streams") is None
    doc = """Return pretrained model, we provide four models:
        - facebook/musicgen-small (300M), text to music,
          # see: https://huggingface.co/facebook/musicgen-small
        - facebook/musicgen-melody (1.5B) text to music and text+melody to music,
        """
    # the "# see:" links are not list items
    assert sources_round8.listed_hub_ids(doc) == [
        "facebook/musicgen-small", "facebook/musicgen-melody",
    ]  # fmt: skip


def test_pyannote_models_open_with_their_name_and_call_themselves_a_model() -> None:
    name = sources_round8.named_model
    assert name("PyanNet", "PyanNet segmentation model\n\nSincNet > LSTM") == "PyanNet"
    assert name("SSeRiouSS", "Self-Supervised Representation for Speaker Segmentation") is None
    assert name("StatsPool", "Statistics pooling\n\nCompute temporal mean") is None


def test_the_committed_files_hold_the_eighth_round(catalog: Catalog) -> None:
    # vocoders: the description's names, the spellings that link the same paper, and the
    # hyphenated HiFi-GAN beside coqui-tts' HiFiGAN
    assert catalog.lookup("Parallel WaveGAN") == ("model:parallel-wavegan",)
    assert catalog.lookup("MelGAN") == ("model:melgan",)
    assert catalog.lookup("Multi-band MelGAN") == catalog.lookup("Multiband-MelGAN")
    assert catalog.lookup("Multi-band MelGAN") != catalog.lookup("MelGAN")
    assert catalog.lookup("Style MelGAN") == catalog.lookup("StyleMelGAN") != ()
    assert catalog.lookup("HiFi-GAN") == catalog.lookup("HiFiGAN") == ("model:hifigan",)
    assert "parallel-wavegan 0.6.1: package description (arXiv:2010.05646)" in (
        catalog.entries["model:hifigan"].source
    )
    # ESPnet: text-to-speech models, WaveNet, speech encoders; FastSpeech is not FastSpeech 2
    for name in ("FastSpeech", "JETS", "Transformer-TTS", "WaveNet", "E-Branchformer", "ProDiff"):
        assert catalog.lookup(name), name
        assert "espnet 202511" in catalog.entries[catalog.lookup(name)[0]].source
    assert catalog.lookup("FastSpeech") != catalog.lookup("FastSpeech 2")
    assert catalog.lookup("E-Branchformer") != catalog.lookup("Branchformer")
    # singing voice synthesis, a singing vocoder and speaker encoders
    for name in ("XiaoiceSing", "Avocodo", "RawNet3", "SKA-TDNN"):
        assert catalog.lookup(name), name
    assert "espnet 202511" in catalog.entries[catalog.lookup("ECAPA-TDNN")[0]].source
    # audiocraft: AudioGen and MAGNeT with their Hub checkpoints; MusicGen's join the family
    assert catalog.lookup("AudioGen") == ("model:audiogen",)
    assert catalog.lookup("MAGNeT") == ("model:magnet",)
    medium = catalog.lookup("musicgen-medium")
    assert len(medium) == 1 and catalog.entries[medium[0]].hf_id == "facebook/musicgen-medium"
    # pyannote.audio
    assert catalog.lookup("PyanNet") == ("model:pyannet",)
    # corpora; denied: the yes/no corpus, an abbreviation with other meanings, a filter bank
    for name in ("JSUT", "CSMSC", "LibriTTS-R", "Opencpop", "KiSing"):
        assert catalog.lookup(name), name
    assert catalog.lookup("LibriTTS-R") != catalog.lookup("LibriTTS")
    for denied in ("YesNo", "CSD", "PQMF"):
        assert not any(
            package in catalog.entries[e].source
            for e in catalog.lookup(denied)
            for package in ("parallel-wavegan", "espnet")
        )
