"""The forty-first round of catalog sources (scripts/catalog/sources_round41.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round41


def test_the_model_a_paddleseg_docstring_implements() -> None:
    # paddleseg 2.8.0 paddleseg/models/*.py registered classes' docstrings
    named = sources_round41.implemented_model
    assert named("The OCRNet implementation based on PaddlePaddle.\n\n    The original") == (
        "OCRNet"
    )
    assert named("The BiSeNet V2 implementation based on PaddlePaddle.") == "BiSeNet V2"
    assert named("The U^2-Net implementation based on PaddlePaddle.") == "U^2-Net"
    assert named("The UNet3+ implementation based on PaddlePaddle.") == "UNet3+"
    assert named("The PP_LiteSeg implementation based on PaddlePaddle.") == "PP_LiteSeg"
    for doc in (
        "A simple implementation for FCN based on PaddlePaddle.",
        "Interlaced Sparse Self-Attention for Semantic Segmentation.",
        "The Panoptic Feature Pyramid Networks implementation based on PaddlePaddle.",
        "The implementation based on PaddlePaddle.",
        "",
    ):
        assert named(doc) is None, doc


def test_the_spelling_a_cited_title_or_a_plus_gives() -> None:
    titled = sources_round41.titled_spelling
    doc = "Yanjun Ma. PP-LiteSeg: A Superior Real-Time Semantic Segmentation Model."
    assert titled("PP_LiteSeg", doc) == "PP-LiteSeg"
    assert titled("KNet", 'Zhang, et al. "K-Net: Towards Unified Image Segmentation"') == "K-Net"
    assert titled("UNet3+", '"UNet 3+: A Full-Scale Connected UNet for ..."') == "UNet 3+"
    # A reference's lower case, a case-only difference, another name: none.
    assert titled("FastSCNN", '"Fast-scnn: Fast semantic segmentation network"') is None
    assert titled("ESPNetV2", '"ESPNetv2: A Light-weight, Power Efficient"') is None
    assert titled("GSCNN", '"Gated-SCNN: Gated Shape CNNs for Semantic Segmentation"') is None
    assert titled("OCRNet", '"Object-Contextual Representations for Semantic"') is None
    plus = sources_round41.plus_spelling
    assert plus("DeepLabV3Plus") == "DeepLabV3+"
    assert plus("UNetPlusPlus") == "UNet++"
    assert plus("Plus") is None and plus("OCRNet") is None


def test_the_network_a_paddledet_docstring_names() -> None:
    # paddledet 2.6.0 ppdet/modeling/architectures/*.py registered classes' docstrings
    named = sources_round41.network_name
    assert named("FairMOT", "FairMOT network, see http://arxiv.org/abs/2004.01888") == "FairMOT"
    assert named("CascadeRCNN", "Cascade R-CNN network, see https://arxiv.org/abs/1712.00726") == (
        "Cascade R-CNN"
    )
    assert named("BlazeFace", "BlazeFace: Sub-millisecond Neural Face Detection on Mobile GPUs, "
                 "see https://arxiv.org/abs/1907.05047") == "BlazeFace"  # fmt: skip
    # PicoDet's docstring is GFL's, copied; SSD's names the long form.
    gfl = "Generalized Focal Loss network, see https://arxiv.org/abs/2006.04388"
    assert named("PicoDet", gfl) is None
    assert named("SSD", "Single Shot MultiBox Detector, see https://arxiv.org/abs/1512.02325") is (
        None
    )
    assert named("DETR", "") is None


def test_the_models_paddledets_zoo_table_links() -> None:
    description = (
        '<table><tr><td><b>Backbones</b></td></tr><li><a href="configs/convnext">ConvNext</a></li>'
        "</table>\n## 模型库\n<table><tr><td><b>2D Detection</b></td></tr><ul>"
        '<li><a href="configs/ppyoloe/README_cn.md">PP-YOLOE+</a></li>\n'
        '<li><a href="configs/mot/fairmot">FairMOT</a></li>\n'
        '<li><a href="ppdet/modeling/necks/fpn.py">FPN</a></li>\n'
        '<li><a href="https://github.com/PaddlePaddle/Paddle3D">Smoke</a></li>\n'
        '<li><a href="configs/mot/fairmot">FairMOT</a></li></ul></table>'
    )
    assert sources_round41.model_zoo_names(description) == ["PP-YOLOE+", "FairMOT"]


def test_the_backbones_paddleclas_links_to_their_pages() -> None:
    description = (
        "发布产业级特色骨干网络[PP-HGNet](docs/zh_CN/models/ImageNet1k/PP-HGNet.md)、"
        "[PP-LCNetv2](docs/zh_CN/models/ImageNet1k/PP-LCNetV2.md)\n"
        "  - [骨干网络和预训练模型库](docs/zh_CN/models/ImageNet1k/model_list.md)\n"
        "- 2022.9.13 发布[PP-ShiTuV2](docs/zh_CN/models/PP-ShiTu/README.md)"
    )
    assert sources_round41.linked_model_docs(description) == ["PP-HGNet", "PP-LCNetv2"]


def test_the_models_tsais_list_credits_with_a_paper() -> None:
    # tsai 1.0.1 description, "## Available models:"
    link = "https://github.com/timeseriesAI/tsai/blob/main/tsai/models"
    description = (
        "## Available models:\n\nHere's a list:\n\n"
        f"- [LSTM-FCN]({link}/RNN_FCN.py)\n  (Karim, 2017) ([paper](https://arxiv.org/abs/1709.05206))\n"
        f"- [XCM]({link}/XCM.py) -\n  An Explainable Convolutional Neural Network (Fauvel, 2021)\n"
        "  ([paper](https://hal.inria.fr/hal-03469487/document))\n"
        f"- [TabModel]({link}/TabModel.py) -\n  modified from fastai's\n"
        "  [TabularModel](https://docs.fast.ai/tabular.model.html#TabularModel)\n"
        f"- [TSiT]({link}/TSiTPlus.py)\n  Adapted from ViT (Dosovitskiy, 2020)\n"
        "  ([paper](https://arxiv.org/abs/2010.11929))\n\n"
        "plus other custom models like: TransformerModel\n\n## How to start\n\n"
        f"- [Later]({link}/Later.py) (Someone, 2024) ([paper](https://arxiv.org/abs/1))\n"
    )
    assert sources_round41.credited_models(description) == ["LSTM-FCN", "XCM"]
    assert sources_round41.credited_models("## Other\n") == []


def test_the_data_set_a_continuum_docstring_names() -> None:
    # continuum 1.2.7 datasets/*.py loader classes' docstrings
    named = sources_round41.docstring_dataset_name
    assert named("VLCS", "VLCS dataset group. Contain Caltech101, LabelMe, SUN09") == "VLCS"
    assert named("MetaShift", "Continuum version of the MetaShift dataset.\n\nReferences:") == (
        "MetaShift"
    )
    assert named("ColoredMNIST", "Colored MNIST dataset.") == "Colored MNIST"
    assert named("Caltech101", "Caltech 101 Dataset. Use the argument") == "Caltech 101"
    for cls, doc in (
        ("GTSRB", "German Traffic Sign Recognition Benchmark (GTSRB) dataset. 43 classes"),
        ("FGVCAircraft", "FGVC-Aircraft 2013 dataset."),
        ("ImageNet100", "Subset of ImageNet1000 made of only 100 classes."),
        ("CTRL", "CTRL generic class."),
        ("Synbols", ""),
    ):
        assert named(cls, doc) is None, cls
    # The reference a docstring lists spells Stream-51.
    doc = "Stream51 dataset.\n\nReference:\n    * Stream-51: Streaming Classification and Novelty"
    assert sources_round41.titled_spelling("Stream51", doc) == "Stream-51"


def test_denied_names_have_reasons() -> None:
    assert all(reason.strip() for reason in sources_round41.DENY_ROUND41.values())
    for name in ("ANN", "SSD", "TST", "ByteTrack", "DeepSORT", "OC-SORT", "BoT-SORT"):
        assert sources_round41._denied(name), name
    # Chained to the earlier rounds' lists: RiR (39), HCP (38), FPN (first round).
    assert sources_round41._denied("RiR") and sources_round41._denied("HCP")
    assert sources_round41._denied("FPN")


def test_the_committed_files_hold_the_forty_first_round(catalog: Catalog) -> None:
    expected = {
        "paddleseg": ("PP-LiteSeg", "RTFormer", "STDCSeg", "SFNet", "GINet", "PortraitNet"),
        "paddledet": ("FairMOT", "CenterTrack", "TTFNet", "PP-YOLOE+", "PP-PicoDet",
                      "PP-TinyPose", "HigherHRNet", "BlazeFace", "FCOSR"),
        "paddleclas": ("PP-HGNet", "PP-LCNetv2"),
        "tsai": ("XceptionTime", "mWDN", "XCM", "ResCNN", "MLSTM-FCN"),
        "continuum": ("VLCS", "OfficeHome", "TerraIncognita", "MetaShift", "Stream-51",
                      "AwA2", "Colored MNIST"),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    # Spellings added to entries already there: paddledet's PP-YOLOE (mmyolo's PPYOLOE),
    # paddleclas' PP-LCNet (transformers' PPLCNet), paddleseg's K-Net, DeepLabV3Plus, UNet3+.
    for spelling, name in (("PP-YOLOE", "PPYOLOE"), ("PP-LCNet", "PPLCNet"), ("K-Net", "KNet"),
                           ("DeepLabV3Plus", "DeepLabV3+"), ("UNet3+", "UNet 3+"),
                           ("Faster RCNN", "Faster R-CNN")):  # fmt: skip
        assert catalog.lookup(spelling) == catalog.lookup(name), spelling
        assert catalog.lookup(spelling), spelling
    # Left out: denied names, and tsai's time-series ResNet never joins the image ResNet.
    for name in ("ByteTrack", "DeepSORT", "OC-SORT", "BoT-SORT", "DenseTeacher", "TST",
                 "SemanticFPN-PointRend", "HRNetW48Contrast", "Car196",
                 "ImageNet1000"):  # fmt: skip
        assert not catalog.lookup(name), name
    (resnet,) = catalog.lookup("ResNet")
    assert "tsai" not in catalog.entries[resnet].source


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    pairs = [
        ("PP-YOLOE+", "PP-YOLOE"),
        ("PP-YOLOE-R", "PP-YOLOE"),
        ("PP-YOLOv2", "PP-YOLO"),
        ("PP-YOLO-Tiny", "PP-YOLO"),
        ("PP-LCNetv2", "PP-LCNet"),
        ("PP-PicoDet", "PicoDet"),
        ("GFLv2", "GFL"),
        ("FCOSR", "FCOS"),
        ("HigherHRNet", "HRNet"),
        ("MscaleOCRNet", "OCRNet"),
        ("ESPNetV1", "ESPNetv2"),
        ("MLSTM-FCN", "LSTM-FCN"),
        ("GRU-FCN", "LSTM-FCN"),
        ("XceptionTime", "InceptionTime"),
        ("Colored MNIST", "MNIST"),
        ("OfficeHome", "Office-31"),
        ("Stream-51", "CORe50"),
    ]
    assert_apart(catalog, pairs)
    text = ("We compare PP-YOLOE+ with PP-YOLOE, track with FairMOT and CenterTrack, segment "
            "with PP-LiteSeg and RTFormer, and classify series with XceptionTime and "
            "MLSTM-FCN.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    expected = {"PP-YOLOE+": "PP-YOLOE+", "PP-YOLOE": "PPYOLOE", "FairMOT": "FairMOT",
                "CenterTrack": "CenterTrack", "PP-LiteSeg": "PP-LiteSeg", "RTFormer": "RTFormer",
                "XceptionTime": "XceptionTime", "MLSTM-FCN": "MLSTM-FCN"}  # fmt: skip
    for surface, name in expected.items():
        assert by_surface.get(surface) == name, (surface, by_surface)
    # A tracking algorithm is not linked as a model (dev's gold on ByteTrack).
    assert "ByteTrack" not in names_by_surface(linker, "Adaptive thresholds for ByteTrack.")
