"""The fifteenth round of catalog sources (scripts/catalog/sources_round15.py): its name rules
on excerpts of the packages it reads, and what the committed files hold from them."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round15

# pycox 0.3.0's package description (the list after its opening paragraph).
PYCOX = """\
**pycox** is a python package for survival analysis and time-to-event prediction with [PyTorch](https://pytorch.org/).

The package contains

- survival models: (Logistic-Hazard, DeepHit, DeepSurv, Cox-Time, MTLR, etc.)
- evaluation criteria (concordance, Brier score, Binomial log-likelihood, etc.)
- event-time datasets (SUPPORT, METABRIC, KKBox, etc)
- simulation studies
- illustrative examples
"""


def test_a_bullet_lists_models_or_data_sets_in_parentheses() -> None:
    assert sources_round15.bullet_list(PYCOX, "models") == [
        "Logistic-Hazard", "DeepHit", "DeepSurv", "Cox-Time", "MTLR",
    ]  # fmt: skip
    assert sources_round15.bullet_list(PYCOX, "datasets") == ["SUPPORT", "METABRIC", "KKBox"]


def test_other_bullets_and_running_text_name_nothing() -> None:
    assert sources_round15.bullet_list(PYCOX, "criteria") == [
        "concordance", "Brier score", "Binomial log-likelihood",
    ]  # fmt: skip
    assert sources_round15.bullet_list(PYCOX, "studies") == []
    prose = "It has survival models (DeepHit, DeepSurv) and more."
    assert sources_round15.bullet_list(prose, "models") == []


# ultralytics 8.4.190's cfg/models files: the header and the scales block (lines shortened).
YOLOV5 = """\
# Ultralytics YOLOv5 object detection model with P3/8 - P5/32 outputs
# Model docs: https://docs.ultralytics.com/models/yolov5

# Parameters
nc: 80 # number of classes
scales: # model compound scaling constants, i.e. 'model=yolov5n.yaml' will call yolov5.yaml with scale 'n'
  # [depth, width, max_channels]
  n: [0.33, 0.25, 1024]
  s: [0.33, 0.50, 1024]
  m: [0.67, 0.75, 1024]
  l: [1.00, 1.00, 1024]
  x: [1.33, 1.25, 1024]

# YOLOv5 v6.0 backbone
backbone:
  - [-1, 1, Conv, [64, 6, 2, 2]] # 0-P1/2
"""  # noqa: E501
YOLOV8_CLS = """\
# Ultralytics YOLOv8-cls image classification model with YOLO backbone
scales: # model compound scaling constants, i.e. 'model=yolov8n-cls.yaml' will call yolov8-cls.yaml with scale 'n'
  # [depth, width, max_channels]
  n: [0.33, 0.25, 1024]
  s: [0.33, 0.50, 1024]
"""  # noqa: E501
YOLOV8 = """\
# Ultralytics YOLOv8 object detection model with P3/8 - P5/32 outputs
scales: # model compound scaling constants, i.e. 'model=yolov8n.yaml' will call yolov8.yaml with scale 'n'
  # [depth, width, max_channels]
  n: [0.33, 0.25, 1024] # YOLOv8n summary: 129 layers, 3157200 parameters, 8.9 GFLOPS
  s: [0.33, 0.50, 1024] # YOLOv8s summary: 129 layers, 11166560 parameters, 28.8 GFLOPS
"""  # noqa: E501
RTDETR_L = """\
# Ultralytics RT-DETR-l hybrid object detection model with P3/8 - P5/32 outputs
scales: # model compound scaling constants, i.e. 'model=rtdetr-l.yaml' will call rtdetr-l.yaml with scale 'l'
  # [depth, width, max_channels]
  l: [1.00, 1.00, 1024]
"""  # noqa: E501


def test_a_scales_comment_names_each_scale_by_the_file_name() -> None:
    assert sources_round15.scale_call_names("yolov5", "YOLOv5", YOLOV5) == [
        "YOLOv5n", "YOLOv5s", "YOLOv5m", "YOLOv5l", "YOLOv5x",
    ]  # fmt: skip
    assert sources_round15.scale_call_names("yolov8-cls", "YOLOv8-cls", YOLOV8_CLS) == [
        "YOLOv8n-cls", "YOLOv8s-cls",
    ]  # fmt: skip


def test_summaries_another_file_name_or_the_file_itself_name_nothing_here() -> None:
    # the first round reads the per-scale summaries ("YOLOv8n summary")
    assert sources_round15.scale_call_names("yolov8", "YOLOv8", YOLOV8) == []
    # the example is the file itself: no scale in its name
    assert sources_round15.scale_call_names("rtdetr-l", "RT-DETR-l", RTDETR_L) == []
    # the header names less than the file (yolov5-p6.yaml: "YOLOv5")
    p6 = YOLOV5.replace("yolov5n.yaml", "yolov5n-p6.yaml").replace("yolov5.yaml", "yolov5-p6.yaml")
    assert sources_round15.scale_call_names("yolov5-p6", "YOLOv5", p6) == []
    # the comment calls another file
    assert sources_round15.scale_call_names("yolov6", "YOLOv6", YOLOV5) == []


# lm-eval 0.4.13's tasks/translation/wmt14_en-fr.yaml, as YAML reads it (`include` aside).
WMT14_EN_FR = {
    "dataset_name": "fr-en",
    "dataset_path": "wmt/wmt14",
    "doc_to_target": ' {{translation["fr"]}}',
    "doc_to_text": 'English phrase: {{translation["en"]}}\n\nFrench phrase:',
    "task": "wmt14-en-fr",
}
NAMES = {"wmt/wmt14": "WMT14"}


def test_a_translation_prompt_names_its_language_pair() -> None:
    assert sources_round15.translation_pair(WMT14_EN_FR, NAMES) == "WMT14 English-French"
    back = WMT14_EN_FR | {
        "doc_to_target": ' {{translation["en"]}}',
        "doc_to_text": 'French phrase: {{translation["fr"]}}\n\nEnglish phrase:',
        "task": "wmt14-fr-en",
    }
    assert sources_round15.translation_pair(back, NAMES) == "WMT14 French-English"


def test_another_prompt_task_or_data_set_names_no_pair() -> None:
    assert sources_round15.translation_pair(WMT14_EN_FR, {}) is None
    assert sources_round15.translation_pair(WMT14_EN_FR | {"task": "wmt14-fr-en"}, NAMES) is None
    other = WMT14_EN_FR | {"doc_to_text": "Translate: {{translation['en']}}"}
    assert sources_round15.translation_pair(other, NAMES) is None
    assert sources_round15.translation_pair({"task": "wmt14-en-fr"}, NAMES) is None


def test_denied_names_have_reasons() -> None:
    assert all(reason for reason in sources_round15.DENY_ROUND15.values())


def test_the_committed_files_hold_the_fifteenth_round(catalog: Catalog) -> None:
    # pycox's survival models and event-time data sets; SUPPORT denied, Cox-Time and
    # Logistic-Hazard left out by the ordinary-word guard
    (deepsurv,) = catalog.lookup("DeepSurv")
    assert "pycox 0.3.0: package description survival models" in catalog.entries[deepsurv].source
    (metabric,) = catalog.lookup("METABRIC")
    assert catalog.entries[metabric].type == "dataset"
    assert not catalog.lookup("SUPPORT") and not catalog.lookup("Cox-Time")
    # ultralytics' scales comments: sized checkpoints, each its own entity, under the family
    (small,) = catalog.lookup("YOLOv5s")
    (nano,) = catalog.lookup("YOLOv5n")
    assert small != nano
    assert catalog.ancestors(small) == catalog.lookup("YOLOv5")
    assert "cfg/models/v5/yolov5.yaml scales comment" in catalog.entries[small].source
    (seg,) = catalog.lookup("YOLOv8n-seg")
    assert seg != catalog.lookup("YOLOv8n")[0]
    # lm-eval's translation tasks: each direction its own pair, apart from the data set
    (en_fr,) = catalog.lookup("WMT14 English-French")
    assert en_fr not in catalog.lookup("WMT14 French-English") + catalog.lookup("WMT14")
    assert "lm-eval 0.4.13: tasks/translation/wmt14_en-fr.yaml" in catalog.entries[en_fr].source
