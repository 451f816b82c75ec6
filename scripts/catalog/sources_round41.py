"""Readers of a forty-first round (requirements-read-round41.txt), in sources.py's style.
This round was asked for breadth: whole model lists of well-kept packages no round had read.
Five packages are new, read as files (module source through `ast`) and package metadata,
never imported.

- paddleseg (new): the segmentation model each class registered in `paddleseg/models/*.py`
  (`@manager.MODELS.add_component`) names in its docstring's opening, "The <Name>
  implementation based on PaddlePaddle." (`implemented_model`: "The OCRNet implementation
  ..."), with the spelling of the paper title the docstring cites where it is the same name
  written otherwise (`titled_spelling`: "PP-LiteSeg: A Superior Real-Time ..." of the stated
  "PP_LiteSeg").
- paddledet (new): the detector or tracker each architecture class registered in
  `ppdet/modeling/architectures/*.py` (`@register`) names in its docstring's opening, "<Name>
  network, see <url>" or "<Name>: <title>, see <url>" (`network_name`: "FairMOT network, see
  http://arxiv.org/abs/2004.01888"), where the name read without case and separators is the
  class's name (PicoDet's docstring, copied from GFL's, names GFL and gives none); and the
  models its description's model-zoo table links to a `configs/` folder (`model_zoo_names`:
  PP-YOLOE+, OC-SORT, PP-TinyPose).
- paddleclas (new): the backbones its description links to their ImageNet-1k model pages
  (`linked_model_docs`: "[PP-LCNet](docs/zh_CN/models/ImageNet1k/PP-LCNet.md)").
- continuum (new): the data set each loader class in `datasets/*.py` names in its docstring's
  opening, "<Name> dataset (group)." (`docstring_dataset_name`: "VLCS dataset group.",
  "Continuum version of the MetaShift dataset."), the name the class's.
- tsai (new): the time-series models its description's "## Available models" list credits
  with a paper (`credited_models`: "- [XceptionTime](...) (Rahimian, 2019) ([paper](...))").

The name rules are the pure functions at the top, tested in `tests/test_catalog41.py`;
docs/catalog.md ("A forty-first round of sources") states them, and what was looked at and
not read.
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round40
from rules import Fact, norm, opening_name

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND41: dict[str, str] = {
    "ANN": "paddleseg's Asymmetric Non-local Neural Network; in papers ANN is the artificial "
    "neural network (and approximate nearest neighbour search) far more often",
    "SemanticFPN-PointRend": "paddleseg's name for a Semantic FPN with a PointRend head, a "
    "combination of two catalogued models, not a name papers give one model",
    "HRNetW48Contrast": "paddleseg's HRNet-W48 trained with pixel contrast, a backbone and a "
    "training method, not a published model's name",
    "UPerNetViTAdapter": "paddleseg's UPerNet head on a ViT-Adapter backbone, a combination of "
    "two models",
    "SSD": "paddledet's Single Shot MultiBox Detector; in capitals SSD is as often the "
    "solid-state drive, the sum of squared differences or self-supervised distillation, and "
    "no earlier round took the bare name (torchvision's SSD300 and SSDlite are catalogued)",
    "TST": "tsai's Time Series Transformer; in NLP papers TST is text style transfer, a task",
    # paddledet's trackers that associate another detector's boxes: tracking algorithms, which
    # the annotation guideline does not label as models (dev's gold on "Adaptive Confidence
    # Threshold for ByteTrack": "ByteTrack is described as 'a simple tracking algorithm' (a
    # method), so not labelled"). FairMOT, CenterTrack and JDE are trained networks and stay.
    "ByteTrack": "a tracking-by-detection association algorithm, a method, not a model",
    "DeepSORT": "a tracking-by-detection association algorithm, a method, not a model",
    "OC-SORT": "a tracking-by-detection association algorithm, a method, not a model",
    "BoT-SORT": "a tracking-by-detection association algorithm, a method, not a model",
    "DenseTeacher": "paddledet's Dense Teacher, a semi-supervised training method for "
    "detectors, not a model",
    "Car196": "continuum's loader name for Stanford Cars (catalogued); papers write Cars196",
    "ImageNet1000": "continuum's loader name for ImageNet-1k (catalogued as ImageNet)",
    # (denied by the lead after review) medical-imaging abstracts, common in fresh papers,
    # write PACS for the hospital's Picture Archiving and Communication System ("images were
    # retrieved from the PACS"); a domain-generalisation paper lists PACS beside VLCS and
    # OfficeHome, where the list rule links it as a data set without a catalog entry.
    "PACS": "also the hospital Picture Archiving and Communication System of medical imaging",
}


# Denied by an earlier round (sources_round40._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round40._denied, DENY_ROUND41)


# -- name rules (pure) ------------------------------------------------------------------------

# One name: a word with a capital (letters, digits, "+", "^", "-" and "_" inside), and a
# version word after it ("BiSeNet V2", "UNet 3+").
_ONE_NAME = r"[A-Za-z][A-Za-z0-9+^_-]*[A-Za-z0-9+](?: V?\d+\+?)?"


def implemented_model(doc: str) -> str | None:
    """The model a paddleseg model class's docstring opens by naming, "The <Name>
    implementation based on PaddlePaddle.": "The OCRNet implementation based on PaddlePaddle.
    ..." -> "OCRNet"; "The BiSeNet V2 implementation ..." -> "BiSeNet V2"; "The U^2-Net
    implementation ..." -> "U^2-Net". A name without a capital, of several words ("The
    Panoptic Feature Pyramid Networks implementation"), or another opening ("A simple
    implementation for FCN", "Interlaced Sparse Self-Attention for ...") gives none."""
    first = " ".join(doc.split())
    found = re.match(rf"The ({_ONE_NAME}) implementation based on PaddlePaddle\b", first)
    if not found or not any(ch.isupper() for ch in found[1]):
        return None
    return found[1]


def plus_spelling(name: str) -> str | None:
    """The "+" a stated name spells out as "Plus" at its end, the way papers write the model:
    "DeepLabV3Plus" -> "DeepLabV3+"; "UNetPlusPlus" -> "UNet++"; a name without it gives
    none."""
    found = re.fullmatch(r"(.*?[A-Za-z0-9])((?:Plus)+)", name)
    if not found:
        return None
    return found[1] + "+" * (len(found[2]) // 4)


def titled_spelling(name: str, doc: str) -> str | None:
    """The spelling of `name` a quoted paper title in the docstring opens with, "<Spelling>:
    <subtitle>", where read without case and separators it is the same name written
    otherwise: ("PP_LiteSeg", '... "PP-LiteSeg: A Superior Real-Time Semantic Segmentation
    Model"') -> "PP-LiteSeg"; ("KNet", '"K-Net: Towards Unified Image Segmentation"') ->
    "K-Net"; ("UNet3+", '"UNet 3+: A Full-Scale Connected UNet ..."') -> "UNet 3+". The
    name's own spelling, a title opening with another name ('"Gated-SCNN: ..."' of GSCNN), and
    a spelling that differs only in case or has fewer capitals (a reference's lower case:
    "ESPNetv2" of ESPNetV2, "Fast-scnn" of FastSCNN, "GCnet" of GCNet) give none."""
    text = " ".join(doc.split())
    for found in re.finditer(rf"(?:\"|[,.*] )({_ONE_NAME}): [A-Z]", text):
        spelling = found[1]
        if spelling.casefold() == name.casefold() or norm(spelling) != norm(name):
            continue
        if _capitals(spelling) >= _capitals(name):
            return spelling
    return None


def _capitals(text: str) -> int:
    return sum(ch.isupper() for ch in text)


def network_name(cls: str, doc: str) -> str | None:
    """The network a paddledet architecture class's docstring opens by naming, "<Name>
    network, see <url>" or "<Name>: <title>, see <url>", where the name read without case and
    separators is the class's: ("FairMOT", "FairMOT network, see http://arxiv.org/abs/...")
    -> "FairMOT"; ("CascadeRCNN", "Cascade R-CNN network, see ...") -> "Cascade R-CNN";
    ("BlazeFace", "BlazeFace: Sub-millisecond Neural Face Detection ..., see ...") ->
    "BlazeFace". ("PicoDet", "Generalized Focal Loss network, see ...") and ("SSD", "Single
    Shot MultiBox Detector, see ...") give none."""
    return opening_name(
        doc, r"([A-Z][A-Za-z0-9-]*(?: [A-Z][A-Za-z0-9-]*)?)(?: network\b|:).*?\bsee https?://", cls
    )


# -- readers ----------------------------------------------------------------------------------


def _registered_classes(path, decorator: str) -> list[tuple[str, str]]:
    """(class name, docstring) of each top-level class in a module decorated with
    `decorator` (the dotted name as written, without "@")."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef) and any(
            ast.unparse(d) == decorator for d in node.decorator_list
        ):
            found.append((node.name, ast.get_docstring(node) or ""))
    return found


def paddleseg_facts() -> list[Fact]:
    """The segmentation models paddleseg's registered model classes name (`implemented_model`:
    OCRNet, BiSeNet V2, PP-LiteSeg), each with the class name as a match key and, where the
    cited title spells the name otherwise (`titled_spelling`) or the name spells out a "+"
    (`plus_spelling`: DeepLabV3Plus), that spelling as its name and the stated one an alias (a
    stated spelling with "_", PP_LiteSeg, a match key); kind vision."""
    v, root = sources._package("paddleseg", "paddleseg")
    facts: list[Fact] = []
    for path in sorted((root / "models").glob("*.py")):
        for cls, doc in _registered_classes(path, "manager.MODELS.add_component"):
            stated = implemented_model(doc)
            if not stated:
                continue
            titled = titled_spelling(stated, doc) or plus_spelling(stated)
            name = titled or stated
            if _denied(name, stated, cls):
                continue
            aliases = [stated] if titled and "_" not in stated else []
            keys = [k for k in (cls, stated) if k != name and k not in aliases]
            facts.append(Fact("model", "family", name,
                              f"{v}: models/{path.name} {cls} docstring", aliases=aliases,
                              match_keys=keys, kind="vision"))  # fmt: skip
    return facts


def paddledet_facts() -> list[Fact]:
    """The detectors and trackers paddledet's registered architecture classes name
    (`network_name`: FairMOT, CenterTrack, TTFNet, Cascade R-CNN), each with the class name as
    a match key; kind vision."""
    v, root = sources._package("paddledet", "ppdet")
    facts: list[Fact] = []
    for path in sorted((root / "modeling" / "architectures").glob("*.py")):
        for cls, doc in _registered_classes(path, "register"):
            name = network_name(cls, doc)
            if not name or _denied(name, cls):
                continue
            keys = [cls] if cls != name else []
            facts.append(Fact("model", "family", name,
                              f"{v}: modeling/architectures/{path.name} {cls} docstring",
                              match_keys=keys, kind="vision"))  # fmt: skip
    return facts


_CONFIG_LINK = re.compile(r'<li><a href="configs/[^"]*">\s*([^<>]*?)\s*</a></li>')


def model_zoo_names(description: str) -> list[str]:
    """The models the description's model-zoo table lists as links to a folder of the
    package's `configs/` (the table whose columns open with "2D Detection"): '<li><a
    href="configs/mot/fairmot">FairMOT</a></li>' -> "FairMOT". Links elsewhere (a backbone's
    module under `ppdet/modeling/`, another repository such as Paddle3D's "Smoke", a
    pipeline's README) and the other tables (backbones, necks, losses, augmentations) give
    none."""
    names: list[str] = []
    for table in re.findall(r"<table.*?</table>", description, flags=re.S):
        if "<b>2D Detection</b>" not in table:
            continue
        for name in _CONFIG_LINK.findall(table):
            if name and any(ch.isupper() for ch in name) and name not in names:
                names.append(name)
    return names


def paddledet_zoo_facts() -> list[Fact]:
    """The detectors, trackers and keypoint models paddledet's description lists in its
    model-zoo table (`model_zoo_names`: PP-YOLOE+, PP-PicoDet, OC-SORT, PP-TinyPose); kind
    vision."""
    label = sources.source_label("paddledet")
    return [Fact("model", "family", name, f"{label}: package metadata Description model zoo",
                 kind="vision")
            for name in model_zoo_names(sources.description("paddledet"))
            if not _denied(name)]  # fmt: skip


def linked_model_docs(description: str) -> list[str]:
    """The backbones a description links to their page under `docs/*/models/ImageNet1k/`,
    the link text read without case and separators being the page's name:
    "[PP-LCNetv2](docs/zh_CN/models/ImageNet1k/PP-LCNetV2.md)" -> "PP-LCNetv2". Links to
    other pages ("[骨干网络和预训练模型库](docs/zh_CN/models/ImageNet1k/model_list.md)", the
    PULC and PP-ShiTu pages) give none."""
    names: list[str] = []
    for text, page in re.findall(r"\[([^\]]+)\]\(docs/[^)]*/models/ImageNet1k/([^)/]+)\.md\)",
                                 description):  # fmt: skip
        if norm(text) == norm(page) and any(ch.isupper() for ch in text) and text not in names:
            names.append(text)
    return names


def paddleclas_facts() -> list[Fact]:
    """The backbones paddleclas' description links to their ImageNet-1k model pages
    (`linked_model_docs`: PP-HGNet, PP-LCNet, PP-LCNetv2); kind vision."""
    label = sources.source_label("paddleclas")
    return [Fact("model", "family", name, f"{label}: package metadata Description model page link",
                 kind="vision")
            for name in linked_model_docs(sources.description("paddleclas"))
            if not _denied(name)]  # fmt: skip


_LISTED_MODEL = re.compile(
    r"^- \[([^\]]+)\]\(https://github\.com/timeseriesAI/tsai/blob/main/tsai/models/\w+\.py\)"
    r"(.*?)(?=^- \[|^\S|\Z)",
    flags=re.M | re.S,
)


def credited_models(description: str) -> list[str]:
    """The models a description's "## Available models" list names, each item '- [<Name>](<the
    package's module>)' crediting a paper by its first author and year and linking it,
    "(Karim, 2017) ([paper](https://arxiv.org/abs/1709.05206))": "LSTM-FCN", "InceptionTime",
    "mWDN". An item the package adapted from another model ("TSiT ... Adapted from ViT
    (Dosovitskiy, 2020)"), modified from another library ("TabModel - modified from fastai's
    TabularModel") or without a credited paper gives none."""
    found = re.search(r"^## Available models:?\s*$(.*?)(?=^## )", description, flags=re.M | re.S)
    if not found:
        return []
    names: list[str] = []
    for name, rest in _LISTED_MODEL.findall(found[1]):
        text = " ".join(rest.split())
        if re.search(r"\b(?:[Aa]dapted|[Mm]odified) from\b", text):
            continue
        if not re.search(r"\([A-Z][\w'-]+ ?, (?:19|20)\d\d\) \(\[paper\]\(", text):
            continue
        if any(ch.isupper() for ch in name) and name not in names:
            names.append(name)
    return names


# tsai's names for other models than the catalog's entry of that name: its "ResNet" is Wang et
# al.'s 1-D residual network for time series (2016), not He et al.'s image network the
# hand-written ResNet is; it must not become a source of that entry.
_TSAI_OTHER_MODEL = frozenset({"ResNet"})


def tsai_facts() -> list[Fact]:
    """The time-series models tsai's description lists with their papers (`credited_models`:
    InceptionTime, XceptionTime, mWDN, XCM, MLSTM-FCN), but a name the catalog gives another
    model (`_TSAI_OTHER_MODEL`); kind other, as the earlier rounds' time-series classifiers."""
    label = sources.source_label("tsai")
    return [Fact("model", "family", name, f"{label}: package metadata Description 'Available "
                 "models'", kind="other")
            for name in credited_models(sources.description("tsai"))
            if name not in _TSAI_OTHER_MODEL and not _denied(name)]  # fmt: skip


def docstring_dataset_name(cls: str, doc: str) -> str | None:
    """The data set a loader class's docstring opens by naming, "<Name> dataset." or "<Name>
    dataset group." or "Continuum version of the <Name> dataset.", where the name read without
    case and separators is the class's: ("VLCS", "VLCS dataset group. Contain Caltech101, ...")
    -> "VLCS"; ("MetaShift", "Continuum version of the MetaShift dataset.") -> "MetaShift";
    ("ColoredMNIST", "Colored MNIST dataset.") -> "Colored MNIST". A long form ("German Traffic
    Sign Recognition Benchmark (GTSRB) dataset."), a name other than the class's ("FGVC-Aircraft
    2013 dataset." of FGVCAircraft) or another opening ("Subset of ImageNet1000 ...") gives
    none."""
    pattern = r"(?:Continuum version of the )?([A-Z][\w-]*(?: [A-Z0-9][\w-]*)*) [Dd]ataset\b"
    return opening_name(doc, pattern, cls)


def continuum_facts() -> list[Fact]:
    """The data sets continuum's `datasets/*.py` loader classes name in their docstrings'
    openings (`docstring_dataset_name`: VLCS, PACS, OfficeHome, TerraIncognita, MetaShift), each
    with the class name as a match key and, where a reference the docstring lists spells the
    name otherwise ("* Stream-51: Streaming Classification ..."), that spelling as its name;
    modality image."""
    v, root = sources._package("continuum", "continuum")
    facts: list[Fact] = []
    for path in sorted((root / "datasets").glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef) or node.name.startswith("_"):
                continue
            doc = ast.get_docstring(node) or ""
            stated = docstring_dataset_name(node.name, doc)
            if not stated:
                continue
            titled = titled_spelling(stated, doc)
            name = titled or stated
            if _denied(name, stated, node.name):
                continue
            aliases = [stated] if titled else []
            keys = [node.name] if node.name not in (name, stated) else []
            facts.append(Fact("dataset", "dataset", name,
                              f"{v}: datasets/{path.name} {node.name} docstring",
                              aliases=aliases, match_keys=keys, kind="dataset",
                              modality="image"))  # fmt: skip
    return facts
