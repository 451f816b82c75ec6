"""Readers of a forty-fourth round (requirements-read-round44.txt), in sources.py's style.
Asked for names the linker missed on read papers; each is taken only where a package states
it. Five distributions are new (browsergym-webarena, browsergym-visualwebarena, iopaint,
keras-ordered-neurons, pytorch-tree-lstm), read as package metadata; the rest are places in
packages earlier rounds pinned, read as files (module source through `ast`); none is
imported.

- mmdet (round 2's pin): the referring-expression data sets its `RefCocoDataset` docstring
  names in backquotes, "The `Refcoco` and `Refcoco+` dataset is based on ...", "The
  `Refcocog` dataset is based on ..." (`backquoted_datasets`), spelled with the casing of
  the catalog's data set the name begins with (`stem_cased`: "Refcoco+" -> "RefCOCO+").
- torchvision (the first round's pin): the data set a `datasets` class's docstring opens by
  linking, where the link's text is the name of the page it links to (`page_named_link`:
  "`Flickr30k Entities <https://bryanplummer.com/Flickr30kEntities/>`_ Dataset."); and the
  spelling a `models/resnet.py` builder's docstring gives its own name ("Wide ResNet-50-2
  model from ..." of wide_resnet50_2, `builder_spelling`), an alias of the builder's entry
  where no entry has it yet.
- browsergym-webarena, browsergym-visualwebarena (new): the benchmark each summary names,
  "<Name> benchmark for BrowserGym" (`browsergym_benchmark`).
- espnet (round 8's pin): the speech-translation corpora its description's `ST` recipe list
  names (`recipe_list`: "Support numbers of `ST` recipes (Fisher-CallHome Spanish,
  Libri-trans, IWSLT'18, How2, Must-C, Mboshi-French, etc.)"); and the model a module's
  docstring names as a class it defines, "<long form> (<Class>) model" (`module_model`:
  "Standalone version of Structured (Sequence) State Space (S4) model." of
  `espnet2/asr/state_spaces/s4.py`).
- torchxrayvision (round 4's pin): the class a `baseline_models` docstring opens with and
  cites to its arXiv paper by a spelling of it (`cited_class`: "VQGAN image autoencoder ...
  A VQ-GAN (`Esser et al., 2021 <https://arxiv.org/abs/2012.09841>`_) ...").
- iopaint (new): the models its description links to their page on the project's site
  (`site_model_links`: "[LaMa](https://www.iopaint.com/models/erase/lama)").
- torch-geometric (the first round's pin): the long form a `nn/conv` operator's docstring
  opens with where its initials are the operator's model ("The Principal Neighbourhood
  Aggregation graph convolution operator" of PNAConv, `initials_long_form`), an alias of
  that model.
- mmtrack (round 3's pin): the tracker a docstring links to its arXiv paper right after
  quoting the paper's title (`titled_arxiv_link`: '"Fully-Convolutional Siamese Networks for
  Object Tracking." `SiamFC <https://arxiv.org/abs/1606.09549>`_').
- keras-ordered-neurons, pytorch-tree-lstm (new): the model each summary says the package
  implements (`summary_implemented_model`: "Unofficial implementation of ON-LSTM", "A
  Tree-LSTM model package for PyTorch"), with the long form the description's heading
  spells where its initials make the name ("# Keras Ordered Neurons LSTM" -> "Ordered
  Neurons LSTM", `heading_long_form`).
- ultralytics (the first round's pin): the models its `DepthMetrics` docstring says its
  averaging follows, "used by Depth Anything V2 and Monodepth2" (`used_by_models`).

docs/catalog.md ("A forty-fourth round of sources") states the rules, and what was looked at
and not read.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable

import sources
import sources_more
import sources_round43
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND44: dict[str, str] = {
    "IWSLT'18": "espnet's ST recipe list names the IWSLT 2018 evaluation campaign by its "
    "year with an apostrophe; the campaign's tasks use several corpora, and the catalog "
    "names IWSLT's data sets by edition (IWSLT 2017, IWSLT-2016)",
}


# Denied by an earlier round (sources_round43._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round43._denied, DENY_ROUND44)


# -- name rules (pure) ------------------------------------------------------------------------


def _flat(doc: str) -> str:
    return " ".join(doc.split())


def backquoted_datasets(doc: str) -> list[str]:
    """The data sets a docstring names in backquotes as what a loader reads, "The `A` and
    `B` dataset is based on ..." -> ["A", "B"]: ("The `Refcoco` and `Refcoco+` dataset is
    based on `ReferItGame: ...`_. The `Refcocog` dataset is based on ...") -> ["Refcoco",
    "Refcoco+", "Refcocog"]. A backquoted name elsewhere (a parameter) gives none."""
    names: list[str] = []
    for found in re.finditer(r"\bThe ((?:`[^`\s]+`(?:,? and |, )?)+) datasets? (?:is|are) "
                             r"based on\b", _flat(doc)):  # fmt: skip
        names += [n for n in re.findall(r"`([^`\s]+)`", found[1]) if n not in names]
    return names


def stem_cased(name: str, known: Iterable[str]) -> str:
    """`name` with its stem spelled as the known data set it begins with (read without
    case), the longest such: ("Refcoco+", ["RefCOCO"]) -> "RefCOCO+"; ("Refcocog",
    ["RefCOCO"]) -> "RefCOCOg"; ("Refcoco", ["RefCOCO"]) -> "RefCOCO". A name no known one
    begins is kept as written."""
    stems = [k for k in known if name.casefold().startswith(k.casefold())]
    if not stems:
        return name
    stem = max(stems, key=len)
    return stem + name[len(stem) :]


def page_named_link(doc: str) -> str | None:
    """The text of the reST link a docstring opens with, where it is the name of the page it
    links to (read without case and separators, the link's last path segment without an
    extension): "`Flickr30k Entities <https://bryanplummer.com/Flickr30kEntities/>`_ Dataset."
    -> "Flickr30k Entities"; "`Flickr8k Entities <http://hockenmaier.cs.illinois.edu/
    8k-pictures.html>`_ Dataset." -> None (the page is another's)."""
    found = re.match(r"`([^`<]+?)\s*<(https?://[^>]+)>`_", _flat(doc))
    if not found:
        return None
    segments = [s for s in found[2].split("?")[0].split("/")[3:] if s]
    last = re.sub(r"\.\w+$", "", segments[-1]) if segments else ""
    return found[1] if last and norm(last) == norm(found[1]) else None


def builder_spelling(function: str, doc: str) -> str | None:
    """The spelling a torchvision builder's docstring opens with, "<Name> model from", where
    the name read without case and separators is the builder's: ("wide_resnet50_2", "Wide
    ResNet-50-2 model from ...") -> "Wide ResNet-50-2"; ("mobilenet_v3_large", "MobileNetV3
    (Large) model from ...") -> None."""
    found = re.match(r"(.+?) model from\b", _flat(doc))
    return found[1] if found and norm(found[1]) == norm(function) else None


def browsergym_benchmark(summary: str) -> str | None:
    """The benchmark a BrowserGym plug-in's summary names: "WebArena benchmark for
    BrowserGym" -> "WebArena"; "BrowserGym: a gym environment ..." -> None."""
    found = re.fullmatch(r"([A-Z][\w+-]*(?: [A-Z][\w+-]*)*) benchmark for BrowserGym", summary)
    return found[1] if found else None


def recipe_list(description: str, task: str) -> list[str]:
    """The corpora espnet's description lists for one task's recipes, "- Support numbers of
    `ST` recipes (A, B, etc.)" -> ["A", "B"], "etc." and "the above ... recipes" left out."""
    found = re.search(rf"^- Support numbers of `{re.escape(task)}` recipes[^(\n]*\(([^)\n]*)\)",
                      description, flags=re.MULTILINE)  # fmt: skip
    if not found:
        return []
    items = [i.strip() for i in found[1].split(",")]
    return [i for i in items if i and not i.startswith(("etc", "the above"))]


def module_model(module_doc: str, classes: Iterable[str]) -> str | None:
    """The class a module's docstring names as a model in parentheses after its long form,
    where the module defines it: ("Standalone version of Structured (Sequence) State Space
    (S4) model.", ["S4"]) -> "S4"; a parenthesis naming no class of the module gives none."""
    found = re.search(r"\(([A-Z][\w+-]*)\) model\b", _flat(module_doc))
    return found[1] if found and found[1] in set(classes) else None


def cited_class(cls: str, doc: str) -> tuple[str, list[str]] | None:
    """(name, aliases) of a class whose docstring opens with its name and cites the paper of
    a spelling of it to arXiv: ("VQGAN", "VQGAN image autoencoder ... A VQ-GAN (`Esser et al.,
    2021 <https://arxiv.org/abs/2012.09841>`_) ...") -> ("VQGAN", ["VQ-GAN"]). A class that
    cites another paper ("ResNet autoencoder ... Latent Shift (`Cohen et al., 2021 <...>`_)")
    gives none."""
    text = _flat(doc)
    if not re.match(rf"{re.escape(cls)}\b", text):
        return None
    cite = r"\(`[A-Z][\w-]+ et al\.,? \d{4} <https?://arxiv\.org/abs/[\d.]+v?\d*>`_\)"
    for spelled in re.findall(rf"\b([A-Z][\w-]*) {cite}", text):
        if norm(spelled) == norm(cls):
            return cls, [spelled] if spelled != cls else []
    return None


def site_model_links(description: str, site: str) -> list[str]:
    """The names a description links to a model page on the project's site,
    "[<Name>](https://<site>/models/<kind>/<slug>)", one word with a capital:
    "[LaMa](https://www.iopaint.com/models/erase/lama)" -> "LaMa"; a link to the models'
    index ("[models](https://www.iopaint.com/models)") gives none."""
    pattern = rf"\[([A-Za-z][\w+-]*)\]\(https?://{re.escape(site)}/models/[\w-]+/[\w-]+\)"
    names: list[str] = []
    for name in re.findall(pattern, description):
        if re.search(r"[A-Z]", name) and name not in names:
            names.append(name)
    return names


def initials_long_form(cls: str, doc: str) -> str | None:
    """The long form a graph operator's docstring opens with, "The <Long Form> graph
    convolution operator", where the initials of its capitalised words are the class's name
    without "Conv": ("PNAConv", "The Principal Neighbourhood Aggregation graph convolution
    operator from ...") -> "Principal Neighbourhood Aggregation"; ("GATConv", "The graph
    attentional operator ...") -> None."""
    found = re.match(r"The ((?:[A-Z][a-z]+ ){1,6})graph convolution(?:al)? operator\b",
                     _flat(doc))  # fmt: skip
    if not found or not cls.endswith("Conv"):
        return None
    words = found[1].split()
    return " ".join(words) if "".join(w[0] for w in words) == cls[: -len("Conv")] else None


def titled_arxiv_link(doc: str) -> list[str]:
    """The names a docstring links to an arXiv paper right after quoting the paper's title,
    '"<Title>." `<Name> <https://arxiv.org/abs/...>`_', one word with a capital inside:
    ('... proposed in "Fully-Convolutional Siamese Networks for Object Tracking." `SiamFC
    <https://arxiv.org/abs/1606.09549>`_.') -> ["SiamFC"]."""
    pattern = r"\"[A-Z][^\"]{10,}\"\.? `([A-Za-z][\w+-]*) <https?://arxiv\.org/abs/[\d.]+v?\d*>`_"
    return [n for n in re.findall(pattern, _flat(doc)) if re.search(r"[a-z][A-Z]|[A-Z]{2}", n)]


def summary_implemented_model(summary: str) -> str | None:
    """The model a package's summary says it implements, one word with a capital and a
    hyphen or a digit: "Unofficial implementation of ON-LSTM" -> "ON-LSTM"; "A Tree-LSTM
    model package for PyTorch" -> "Tree-LSTM"."""
    found = re.fullmatch(r"(?:(?:Unofficial |Official )?[Ii]mplementation of "
                         r"|An? )([A-Z][\w]*[-\d][\w-]*)(?: model package for \w+)?",
                         summary.strip())  # fmt: skip
    if not found:
        return None
    if summary.strip().startswith(("A ", "An ")) and "model package" not in summary:
        return None
    return found[1]


def heading_long_form(name: str, description: str) -> str | None:
    """The long form a description's first heading spells for `name`, after a framework word
    the heading opens with (Keras, PyTorch): the initials of its words before the last,
    then "-" and the last word, are the name: ("ON-LSTM", "# Keras Ordered Neurons LSTM") ->
    "Ordered Neurons LSTM"; ("Tree-LSTM", "# pytorch-tree-lstm") -> None."""
    found = re.search(r"^# (.+)$", description, flags=re.MULTILINE)
    if not found:
        return None
    words = found[1].split()
    if words and words[0] in ("Keras", "PyTorch", "Pytorch", "TensorFlow"):
        words = words[1:]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    initials = "".join(w[0] for w in words[:-1])
    return " ".join(words) if f"{initials}-{words[-1]}" == name else None


def used_by_models(doc: str) -> list[str]:
    """The models a docstring says a protocol is "used by", names of capitalised words, one
    of them with a digit or a version ("... the per-sample averaging used by Depth Anything
    V2 and Monodepth2.") -> ["Depth Anything V2", "Monodepth2"]."""
    found = re.search(r"\bused by ((?:[A-Z][\w-]*(?: [A-Z][\w-]*)*)(?:(?:,| and) "
                      r"[A-Z][\w-]*(?: [A-Z][\w-]*)*)*)", _flat(doc))  # fmt: skip
    if not found:
        return []
    names = re.split(r", (?:and )?| and ", found[1])
    return [n for n in names if re.search(r"\d", n)]


# -- readers ----------------------------------------------------------------------------------


def mmdet_refcoco_facts(known_datasets: Iterable[str]) -> list[Fact]:
    """The referring-expression data sets mmdet's `datasets/refcoco.py` `RefCocoDataset`
    docstring names (`backquoted_datasets`), spelled as the known data set their name begins
    with (`stem_cased`: RefCOCO+, RefCOCOg; "Refcoco" confirms the hand-written RefCOCO);
    modality multimodal, task referring expressions."""
    v, root = sources._package("mmdet", "mmdet")
    path = root / "datasets" / "refcoco.py"
    known = list(known_datasets)
    facts: list[Fact] = []
    for node, doc in sources_more.classes(path):
        for written in backquoted_datasets(doc):
            name = stem_cased(written, known)
            fact = Fact("dataset", "dataset", name, f"{v}: datasets/refcoco.py {node.name} "
                        f"docstring '`{written}`'", kind="benchmark", modality="multimodal",
                        task="referring expressions")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact, written)
    return facts


def torchvision_linked_facts() -> list[Fact]:
    """The data sets torchvision's `datasets` classes' docstrings open by linking to their
    page (`page_named_link`: Flickr30k Entities); modality image."""
    return sources_more.class_docstring_facts(
        "torchvision", "torchvision", "datasets/*.py", _denied,
        lambda _, doc: page_named_link(doc),
        lambda name, where, _: Fact("dataset", "dataset", name, where, kind="dataset",
                                    modality="image"),
    )  # fmt: skip


def torchvision_spelling_facts(taken: set[str]) -> list[Fact]:
    """The spellings torchvision's `models/resnet.py` builders' docstrings give their names
    (`builder_spelling`: "Wide ResNet-50-2" of wide_resnet50_2, "ResNeXt-50 32x4d"), as facts
    of the builder's family that join timm's and torchvision's entry of that identifier; a
    spelling some entry already has (`taken`, names and aliases folded: "ResNet-50") gives
    none, so no alias moves between entries."""
    v, root = sources._package("torchvision", "torchvision")
    facts: list[Fact] = []
    for node, doc in sources_more.definitions(root / "models" / "resnet.py"):
        if not isinstance(node, ast.FunctionDef):
            continue
        name = builder_spelling(node.name, doc)
        if not name or name.casefold() in taken:
            continue
        fact = Fact("model", "family", name, f"{v}: models/resnet.py {node.name} docstring",
                    match_keys=[node.name], kind="vision")  # fmt: skip
        sources_more.append_new_fact(facts, _denied, fact, node.name)
    return facts


def browsergym_facts() -> list[Fact]:
    """The web-agent benchmarks the BrowserGym plug-ins' summaries name
    (`browsergym_benchmark`: WebArena, VisualWebArena); task web agents."""
    facts: list[Fact] = []
    for package in ("browsergym-webarena", "browsergym-visualwebarena"):
        sources_more.append_named_facts(
            facts, _denied, browsergym_benchmark(sources.summary(package)), "dataset", "dataset",
            f"{sources.source_label(package)}: package metadata Summary",
            kind="benchmark", task="web agents")  # fmt: skip
    return facts


def espnet_st_corpus_facts() -> list[Fact]:
    """The speech-translation corpora espnet's description lists for its `ST` recipes
    (`recipe_list`: How2, Libri-trans, Mboshi-French, Fisher-CallHome Spanish; Must-C
    confirms the hand-written MuST-C); modality speech, task speech translation."""
    label = sources.source_label("espnet")
    facts: list[Fact] = []
    for name in recipe_list(sources.description("espnet"), "ST"):
        fact = Fact("dataset", "dataset", name,
                    f"{label}: package description 'ST' recipes '{name}'", kind="dataset",
                    modality="speech", task="speech translation")  # fmt: skip
        sources_more.append_new_fact(facts, _denied, fact)
    return facts


def espnet_module_model_facts() -> list[Fact]:
    """The models espnet2's module docstrings name as a class of the module
    (`module_model`: S4 of `asr/state_spaces/s4.py`); kind other."""
    v, root = sources._package("espnet", "espnet2")
    facts: list[Fact] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = [n.name for n in tree.body if isinstance(n, ast.ClassDef)]
        name = module_model(ast.get_docstring(tree) or "", classes)
        if name:
            where = f"{v}: espnet2/{path.relative_to(root).as_posix()} module docstring"
            sources_more.append_new_fact(facts, _denied, Fact("model", "family", name, where,
                                                              kind="other"))  # fmt: skip
    return facts


def torchxrayvision_cited_facts() -> list[Fact]:
    """The models torchxrayvision's `baseline_models` classes open their docstrings with and
    cite to the arXiv paper of a spelling of them (`cited_class`: VQGAN, with VQ-GAN);
    kind vision."""
    return sources_more.class_docstring_facts(
        "torchxrayvision", "torchxrayvision", "baseline_models/**/*.py", _denied, cited_class,
        lambda found, where, _: Fact("model", "family", found[0], where, aliases=found[1],
                                     kind="vision"),
        also_denied=lambda found, _: found[1],
    )  # fmt: skip


def iopaint_facts() -> list[Fact]:
    """The inpainting models iopaint's description links to their page on iopaint.com
    (`site_model_links`: LaMa, PowerPaint, AnyText, BrushNet); kind vision (diffusion for
    the models its diffusion pages list)."""
    label = sources.source_label("iopaint")
    text = sources.description("iopaint")
    facts: list[Fact] = []
    for name in site_model_links(text, "www.iopaint.com"):
        page = re.search(rf"\[{re.escape(name)}\]\(https?://www\.iopaint\.com/models/([\w-]+)/",
                         text)  # fmt: skip
        kind = "diffusion" if page and page[1] == "diffusion" else "vision"
        fact = Fact("model", "family", name, f"{label}: package description link '{name}'",
                    kind=kind, note="image inpainting")  # fmt: skip
        sources_more.append_new_fact(facts, _denied, fact)
    return facts


def torch_geometric_long_form_facts(models: list[Fact]) -> list[Fact]:
    """The long forms torch-geometric's `nn/conv` operators' docstrings open with, where
    their initials are a model read so far (`initials_long_form`: "Principal Neighbourhood
    Aggregation" of PNAConv -> PNA): a fact of that model with the long form as its alias,
    which joins the model's entry."""
    v, root = sources._package("torch-geometric", "torch_geometric")
    known = {f.name for f in models if f.type == "model" and f.level == "family"}
    facts: list[Fact] = []
    for path in sorted((root / "nn" / "conv").glob("*.py")):
        for node, doc in sources_more.classes(path):
            long_form = initials_long_form(node.name, doc)
            stem = node.name[: -len("Conv")]
            if long_form and stem in known:
                fact = Fact("model", "family", stem,
                            f"{v}: nn/conv/{path.name} {node.name} docstring",
                            aliases=[long_form], kind="other")  # fmt: skip
                sources_more.append_new_fact(facts, _denied, fact, long_form)
    return facts


def mmtrack_linked_facts() -> list[Fact]:
    """The trackers mmtrack's docstrings link to their arXiv paper after quoting its title
    (`titled_arxiv_link`: SiamFC); kind vision, noted as object tracking."""
    v, root = sources._package("mmtrack", "mmtrack")
    facts: list[Fact] = []
    for path in sorted(root.rglob("*.py")):
        if ".mim" in path.parts:
            continue
        where = path.relative_to(root).as_posix()
        for node, doc in sources_more.definitions(path):
            for name in titled_arxiv_link(doc):
                fact = Fact("model", "family", name, f"{v}: {where} {node.name} docstring",
                            kind="vision", note="object tracking")  # fmt: skip
                sources_more.append_new_fact(facts, _denied, fact)
    return facts


def summary_model_facts() -> list[Fact]:
    """The models keras-ordered-neurons' and pytorch-tree-lstm's summaries say they implement
    (`summary_implemented_model`: ON-LSTM, Tree-LSTM), with the long form the description's
    heading spells (`heading_long_form`: "Ordered Neurons LSTM"); kind other."""
    facts: list[Fact] = []
    for package in ("keras-ordered-neurons", "pytorch-tree-lstm"):
        name = summary_implemented_model(sources.summary(package))
        if not name:
            continue
        long_form = heading_long_form(name, sources.description(package))
        fact = Fact("model", "family", name,
                    f"{sources.source_label(package)}: package metadata Summary",
                    aliases=[long_form] if long_form else [], kind="other")  # fmt: skip
        sources_more.append_new_fact(facts, _denied, fact)
    return facts


def ultralytics_used_by_facts() -> list[Fact]:
    """The depth-estimation models ultralytics' `DepthMetrics` docstring says its averaging
    follows (`used_by_models`: Depth Anything V2, Monodepth2); kind vision, noted as monocular
    depth estimation."""
    v, root = sources._package("ultralytics", "ultralytics")
    facts: list[Fact] = []
    for node, doc in sources_more.classes(root / "utils" / "metrics.py"):
        if node.name != "DepthMetrics":
            continue
        for name in used_by_models(doc):
            fact = Fact("model", "family", name,
                        f"{v}: utils/metrics.py {node.name} docstring", kind="vision",
                        note="monocular depth estimation")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
    return facts
