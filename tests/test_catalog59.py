"""The fifty-ninth round of catalog sources (scripts/catalog/sources_round59.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package and version), the denials, and guard pairs for names a neighbour could be confused
with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round59


def test_a_plus_reads_p_or_plus() -> None:
    assert sources_round59.spellings("CAM++") == {"campp", "campplus", "camplusp", "camplusplus"}
    assert sources_round59.spellings("SeACo-Paraformer") == {"seacoparaformer"}


def test_the_model_a_registered_class_names() -> None:
    # funasr 1.4.16 models/*/model.py registered classes' docstrings
    named = sources_round59.registered_model
    assert named(["Paraformer"], "Paraformer",
                 "Paraformer: Non-autoregressive End-to-End ASR Model.\n\n    High-accuracy") == (
        "Paraformer")  # fmt: skip
    assert named(["SeacoParaformer"], "SeacoParaformer",
                 "SeACo-Paraformer: Semantic-Aware Contextual Paraformer.") == (
        "SeACo-Paraformer")  # fmt: skip
    assert named(["CAMPPlus"], "CAMPPlus", "CAM++ Speaker Verification Model.\n\n    Extracts") == (
        "CAM++")  # fmt: skip
    assert named(["BAT"], "BAT", "BAT (Boundary-Aware Transducer): Low-latency RNN-T model") == (
        "BAT")  # fmt: skip
    assert (
        named(
            ["ERes2NetV2", "iic/speech_eres2netv2_sv_zh-cn_16k-common"],
            "ERes2NetV2SV",
            "ERes2NetV2: Enhanced Res2Net v2 for Speaker Verification.",
        )
        == "ERes2NetV2"
    )
    # the title of the paper an arXiv link on the next line gives
    doc = ("Author: Ziyang Ma, Zhisheng Zheng\nemotion2vec: Self-Supervised Pre-Training for "
           "Speech Emotion Representation\nhttps://arxiv.org/abs/2312.15185")  # fmt: skip
    assert named(["Emotion2vec"], "Emotion2vec", doc) == "emotion2vec"
    assert named(["Emotion2vec"], "Emotion2vec", doc.rsplit("\n", 1)[0]) is None
    # another name, or none
    assert named(["SenseVoiceSmall"], "SenseVoiceSmall",
                 "CTC-attention hybrid Encoder-Decoder model") is None  # fmt: skip
    assert (
        named(
            ["OpenAIWhisperModel"],
            "OpenAIWhisperModel",
            "Whisper-LID: Language Identification using OpenAI Whisper encoder.",
        )
        is None
    )
    # the registry keys, not another decorator, are read from source
    assert sources_round59.paper_link(
        "See the [SenseVoice paper](https://arxiv.org/abs/2407.04051), [paper]"
        "(https://arxiv.org/abs/2407.04051)") == ["SenseVoice"]  # fmt: skip


_MODEL_LIST = """intro
## Model List
<a name="TextToSpeech"></a>
<table>
  <thead><tr><th> Text-to-Speech Module Type </th><th> Model Type </th><th> Dataset </th>
  <th> Example </th></tr></thead>
  <tbody>
    <tr><td rowspan="2">Acoustic Model</td><td>SpeedySpeech</td><td>CSMSC</td>
      <td><a href = "./examples/csmsc/tts2">speedyspeech-csmsc</td></tr>
    <tr><td><a href = "https://arxiv.org/abs/2211.03545">ERNIE-SAT</td>
      <td>VCTK / AISHELL-3 / ZH_EN / finetune</td><td>x</td></tr>
    <tr><td>Voice Cloning</td><td>SV2TTS (GE2E + Tacotron2)</td><td>VoxCeleb1/2</td><td>y</td></tr>
  </tbody>
</table>
## Documents
<a name="Later"></a><table><tr><th>Model Type</th></tr><tr><td>Ignored</td></tr></table>
"""


def test_the_model_list_tables() -> None:
    # paddlespeech 1.5.0's description, "## Model List" (shortened)
    cells = sources_round59.model_list_cells(_MODEL_LIST)
    assert cells == [
        ("Model Type", "SpeedySpeech", "TextToSpeech"),
        ("Dataset", "CSMSC", "TextToSpeech"),
        ("Model Type", "ERNIE-SAT", "TextToSpeech"),
        ("Dataset", "VCTK", "TextToSpeech"),
        ("Dataset", "AISHELL-3", "TextToSpeech"),
        ("Dataset", "ZH_EN", "TextToSpeech"),
    ]
    names = sources_round59.table_names
    assert names("Transformer based Attention Models") == []
    assert names("DeepSpeech2 RNN + Conv based Models") == []
    assert names("ECAPA-TDNN + AHC / SC") == ["SC"]  # two letters: the guard leaves it out
    assert names("Librispeech, etc.") == ["Librispeech"]
    rows = sources_round59.html_table_rows(
        '<tr><td rowspan="2">A</td><td colspan="2">B</td></tr><tr><td>C</td><td>D</td></tr>'
    )
    assert rows == [["A", "B", "B"], ["A", "C", "D"]]


def test_the_description_title_and_the_suites() -> None:
    title = sources_round59.description_title
    assert title("procgen", "**Status:** x\n\n# Procgen Benchmark\n\n16 simple") == (
        "Procgen", ["Procgen Benchmark"])  # fmt: skip
    assert title("crafter", "[![PyPI](x)](y)\n\n# Crafter\n\nOpen world") == ("Crafter", [])
    assert title("craftax", "# ⛏️ Craftax\nCraftax is an RL environment") == ("Craftax", [])
    assert title("robosuite", "# robosuite\n\n![gallery]") == ("robosuite", [])
    # a heading in fenced code is a comment; the first heading of another name names nothing
    assert title("funasr", "```bash\n# FunASR toolkit\n```\n# Other") is None
    assert title("libero", "## **Benchmarking**\n# Contents\n# LIBERO") is None
    # procgen2 0.10.7 procgen/env.py
    assert sources_round59.env_names('X = 1\nENV_NAMES = [\n    "bigfish",\n    "maze",\n]\n') == [
        "bigfish", "maze"]  # fmt: skip
    # hf-libero 0.1.4's description
    suites = sources_round59.bold_suites
    text = ("**LIBERO** provides: 130 tasks grouped into four task suites: **LIBERO-Spatial**, "
            "**LIBERO-Object**, **LIBERO-Goal**, and **LIBERO-100**. **LIBERO-100** is "
            "further splitted into **LIBERO-90** and **LIBERO-10** ... **NEW!!!**")  # fmt: skip
    assert suites("libero", text) == ["LIBERO-Spatial", "LIBERO-Object", "LIBERO-Goal",
                                      "LIBERO-100", "LIBERO-90", "LIBERO-10"]  # fmt: skip
    assert suites("libero", "**LIBERO-Spatial** without the platform in bold") == []


def test_the_committed_files_hold_the_fifty_ninth_round(catalog: Catalog) -> None:
    expected = {
        "funasr": ("Paraformer", "SeACo-Paraformer", "E-Paraformer", "BiCifParaformer",
                   "SenseVoice", "CAM++", "emotion2vec", "ERes2NetV2", "CT-Transformer",
                   "Fun-ASR-Nano", "Qwen3-ASR", "Qwen-Audio", "SCAMA", "UniASR", "LCBNet"),
        "paddlespeech": ("SpeedySpeech", "DiffSinger", "ERNIE-SAT", "WaveFlow", "MDTC",
                         "TED En-Zh", "AISHELL-3"),
        "procgen2": ("Procgen", "Procgen Benchmark", "BigFish", "StarPilot", "CoinRun"),
        "crafter": ("Crafter",),
        "craftax": ("Craftax",),
        "robosuite": ("robosuite",),
        "robomimic": ("robomimic",),
        "hf-libero": ("LIBERO-Spatial", "LIBERO-Object", "LIBERO-Goal", "LIBERO-10",
                      "LIBERO-90", "LIBERO-100"),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    versions = {
        "Paraformer": "funasr 1.4.16: models/paraformer/model.py Paraformer docstring",
        "CAM++": "funasr 1.4.16: models/campplus/model.py CAMPPlus docstring",
        "SenseVoice": "funasr 1.4.16: package description '[SenseVoice paper](...)'",
        "SpeedySpeech": "paddlespeech 1.5.0: package description Model List (TextToSpeech) "
        "'Model Type' 'SpeedySpeech'",
        "Procgen": "procgen2 0.10.7: package description heading 'Procgen Benchmark'",
        "bigfish": "procgen2 0.10.7: procgen/env.py ENV_NAMES 'bigfish'",
        "Crafter": "crafter 1.8.3: package description heading 'Crafter'",
        "LIBERO-Spatial": "hf-libero 0.1.4: package description '**LIBERO-Spatial**'",
    }
    for name, source in versions.items():
        (found,) = catalog.lookup(name)
        assert catalog.entries[found].source.startswith(source), (name, source)
    # coqui-tts' "Speedy Speech" (two words the guard leaves out) joins PaddleSpeech's entry
    (speedy,) = catalog.lookup("SpeedySpeech")
    assert "coqui-tts 0.28.0: .models.json" in catalog.entries[speedy].source
    # denied, or left out by the guard as words
    for name in (
        "BAT",
        "LLM-ASR",
        "MonotonicAligner",
        "ParaformerStreaming",
        "QwenAudioChat",
        "San-m",
        "FSMN-KWS",
        "PANN",
        "GE2E",
        "MFA",
        "ZH_EN",
        "IWLST2012_zh",
    ):
        assert sources_round59._denied(name), name
    for name in (
        "LLM-ASR",
        "MonotonicAligner",
        "ParaformerStreaming",
        "San-m",
        "FSMN-KWS",
        "PANN",
        "GE2E",
        "ZH_EN",
        "maze",
        "heist",
        "Transducer",
    ):
        assert not catalog.lookup(name), name


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    assert_apart(catalog, [("SeACo-Paraformer", "Paraformer"), ("E-Paraformer", "Paraformer"),
                           ("CAM++", "CAM"), ("Craftax", "Crafter"), ("LIBERO-10", "LIBERO"),
                           ("LIBERO-90", "LIBERO-100"), ("Procgen", "CoinRun"),
                           ("SenseVoice", "Whisper"), ("ERes2NetV2", "ResNet")])  # fmt: skip
    text = ("We fine-tune Paraformer and SenseVoice, extract CAM++ embeddings, and evaluate "
            "agents on Procgen (BigFish, StarPilot), Crafter and Craftax, and policies on "
            "robosuite and LIBERO-Spatial.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    assert by_surface.get("Paraformer") == "Paraformer"
    assert by_surface.get("SenseVoice") == "SenseVoice"
    assert by_surface.get("CAM++") == "CAM++"
    assert by_surface.get("Procgen") == "Procgen"
    assert by_surface.get("BigFish") == "bigfish"
    assert by_surface.get("StarPilot") == "starpilot"
    assert by_surface.get("Crafter") == "Crafter"
    assert by_surface.get("Craftax") == "Craftax"
    assert by_surface.get("robosuite") == "robosuite"
    assert by_surface.get("LIBERO-Spatial") == "LIBERO-Spatial"
    # the words and phrases the coined names fold to link nothing; CAM is not CAM++
    plain = ("Grad-CAM and class activation maps (CAM) show that the boss fight is hard, a big "
             "fish eats small fish and a crafter of tools builds a maze.")  # fmt: skip
    assert not {"CAM++", "bossfight", "bigfish", "Crafter"} & set(
        names_by_surface(linker, plain).values())  # fmt: skip
