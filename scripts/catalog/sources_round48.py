"""Readers of a forty-eighth round (requirements-read-round48.txt), in sources.py's style.
Asked for names the linker missed on read papers (the gold sets dev42 and dev43); each is
taken only where a package states it. One distribution is new (panns-inference), read as
package metadata; the other places are in packages earlier rounds pinned (fiftyone 1.22.1,
tensorflow-datasets 4.9.10, PyTDC 1.1.15, tiatoolbox 2.1.3, espnet 202511), read as files
(module source through `ast`, package metadata); none is imported.

- fiftyone: the family a zoo class's docstring opens with where the class's zoo name is that
  family's name and a version number ("ActivityNet is a large-scale video dataset ..." of
  `activitynet-100`) (`version_family`): a data set, and the version's `parent`.
- tensorflow-datasets: the benchmark an RL Unplugged description opens with, cited to its
  arXiv paper, "DeepMind Control Suite [Tassa et al., 2018](https://arxiv.org/abs/1801.00690)
  is a set of control tasks" (`cited_subject`).
- PyTDC: the resource its description opens a sentence with in bold, "**Therapeutics Data
  Commons** is a coordinated initiative", with the abbreviation a heading gives its long form,
  "## Built on the Therapeutic Data Commons (TDC)" (`bold_subject`, `heading_abbreviation`).
- tiatoolbox: the pathology tile encoders of `models/architecture/vanilla.py`'s
  `timm_arch_dict`, each key under a comment "# <Name> tile encoder: https://huggingface.co/
  <hub>" (`tile_encoder`): UNI, Prov-GigaPath, Virchow2...
- panns-inference: the model its description says the package's models are trained from,
  named before its paper's title, "trained from PANNs: Large-Scale Pretrained Audio Neural
  Networks for Audio Pattern Recognition" (`titled_package_model`).
- espnet: the spelling a module's message gives the model its classes are named after,
  "using pre-trained AV-HuBERT model" of `AVHubertModel` (`pretrained_spelling`).

docs/catalog.md ("A forty-eighth round of sources") states the rules, and what was looked at
and not read.
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round27
import sources_round47
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND48: dict[str, str] = {}


# Names an earlier round denied that this round takes again, each with its reason; a later
# round's `_denied`, chained to this one, takes them too.
READMIT_ROUND48: dict[str, str] = {
    "ActivityNet": "round 13 denied mmaction2's unqualified ActivityNet after a false link on "
    "a dev paper whose data set is ActivityNet Captions, which the catalog lacked then; it has "
    "had ActivityNet Captions since round 22 (the longer name is matched first), and papers "
    "name the family bare (\"THUMOS'14 and ActivityNet (1.2 & 1.3)\"); fiftyone's "
    'ActivityNet100Dataset docstring opens "ActivityNet is a large-scale video dataset"',
}


def _earlier_denied(*names: str) -> bool:
    """Denied by an earlier round (sources_round47._denied and the rounds it asks), unless
    this round takes the name again (`READMIT_ROUND48`)."""
    return not any(name in READMIT_ROUND48 for name in names) and sources_round47._denied(*names)


# Denied by an earlier round (`_earlier_denied`) or by this one.
_denied = sources_more.denial(_earlier_denied, DENY_ROUND48)


# -- name rules (pure) ------------------------------------------------------------------------

# What is left of a zoo name once its family's name is taken off: a version number, a release
# ("100", "v6", "700-2020").
_VERSION = re.compile(r"v?\d[\d.]*")


def version_family(zoo_name: str, doc: str) -> str | None:
    """The family a fiftyone zoo class's docstring opens with (round 27's subject: "<Name>
    is ...") where the zoo name, read without case and separators, is that name and a
    version number: ("activitynet-100", "ActivityNet is a large-scale video dataset ...") ->
    "ActivityNet"; ("kinetics-700-2020", "Kinetics is a collection ...") -> "Kinetics";
    ("open-images-v6", "Open Images V6 is ...") -> None (the subject is the version);
    ("kitti-multiview", "KITTI contains ...") -> None (no version number)."""
    found = sources_round27._SUBJECT.match(" ".join(doc.split()))
    if not found:
        return None
    subject, zoo = found.group(1), norm(zoo_name)
    rest = zoo[len(norm(subject)) :]
    if zoo.startswith(norm(subject)) and rest and _VERSION.fullmatch(rest):
        return subject
    return None


def cited_subject(description: str) -> str | None:
    """The name a description opens with, cited to an arXiv paper by a markdown link and
    followed by "is" or "are": "DeepMind Control Suite [Tassa et al., 2018](https://arxiv.org/
    abs/1801.00690)\\nis a set of control tasks ..." -> "DeepMind Control Suite"; "The datasets
    follow the [RLDS format](https://github.com/...)" -> None."""
    text = " ".join(description.split())
    found = re.match(
        r"([A-Z][\w-]*(?: [A-Z][\w-]*)*) \[[^\]]+, (?:19|20)\d\d\]\(https?://arxiv\.org/[^)]+\) "
        r"(?:is|are) ",
        text,
    )
    return found[1] if found else None


def bold_subject(description: str) -> str | None:
    """The first name a description opens a sentence with in bold, followed by "is a":
    "**Therapeutics Data Commons** is a coordinated initiative ..." -> "Therapeutics Data
    Commons"; "**panns_inference** provides ..." -> None."""
    found = re.search(
        r"(?:^|(?<=[.\n]) ?)\*\*([A-Z][\w-]*(?: [A-Z][\w-]*)+)\*\* is an? ",
        description,
        flags=re.MULTILINE,
    )
    return found[1] if found else None


def heading_abbreviation(description: str, name: str) -> tuple[str, str] | None:
    """(long form, abbreviation) a markdown heading gives `name`: "## Built on the
    Therapeutic Data Commons (TDC)" with "Therapeutics Data Commons" -> ("Therapeutic Data
    Commons", "TDC"), where the abbreviation is the initials of the long form's words and
    each word is the name's, a plural's "s" aside."""
    for found in re.finditer(
        r"^#+ .*?\b((?:[A-Z][\w-]*)(?: [A-Z][\w-]*)+) \(([A-Z]{2,})\)\s*$",
        description,
        flags=re.MULTILINE,
    ):
        words, named = found[1].split(), name.split()
        initials = "".join(w[0] for w in words)
        if (
            len(words) == len(named)
            and initials == found[2]
            and all(
                w.rstrip("s").casefold() == n.rstrip("s").casefold()
                for w, n in zip(words, named, strict=True)
            )
        ):
            return found[1], found[2]
    return None


def tile_encoder(comment: str, key: str) -> str | None:
    """The model a tiatoolbox comment names, "# <Name> tile encoder: <link>", where the name
    read without case and separators is the dictionary key under it: ("# Prov-GigaPath tile
    encoder: https://...", "prov-gigapath") -> "Prov-GigaPath"; ("# UNI2-h tile encoder:
    ...", "UNI2") -> "UNI2" (the key, a name with a capital, where the comment's name is the
    key and a suffix after a hyphen); ("# HO-mini tile encoder: ...", "H0-mini") -> None."""
    found = re.match(r"#\s*([A-Z][\w-]*) tile encoder:", comment.strip())
    if not found:
        return None
    if norm(found[1]) == norm(key):
        return found[1]
    if found[1].startswith(key + "-") and any(c.isupper() for c in key):
        return key
    return None


def titled_package_model(description: str, package: str) -> str | None:
    """The model a description names before its paper's title, "<Name>: <Title>", where the
    name read without case is the package's first word: ("... trained from PANNs: Large-Scale
    Pretrained Audio Neural Networks for Audio Pattern Recognition: https://...",
    "panns-inference") -> "PANNs"."""
    first = re.split(r"[-_]", package)[0]
    for found in re.finditer(r"\b([A-Z][A-Za-z0-9]+): [A-Z][\w-]*(?: [\w-]+){2,}", description):
        if norm(found[1]) == norm(first):
            return found[1]
    return None


def pretrained_spelling(message: str, class_names: list[str]) -> str | None:
    """The spelling a message gives a model, "pre-trained <Name> model", where the name read
    without case and separators is a class's name without its "Model" suffix:
    ("Training from scratch without using pre-trained AV-HuBERT model", ["AVHubertModel"]) ->
    "AV-HuBERT"."""
    found = re.search(r"\bpre-?trained ([A-Z][\w-]*) model\b", " ".join(message.split()))
    stems = {norm(re.sub(r"Model$", "", c)) for c in class_names if c.endswith("Model")}
    return found[1] if found and norm(found[1]) in stems else None


# -- readers ----------------------------------------------------------------------------------


def fiftyone_family_facts() -> list[Fact]:
    """The families fiftyone's zoo classes open their docstrings with where the zoo name is
    the family's and a version number (`version_family`: ActivityNet of activitynet-100 and
    -200; COCO and Kinetics confirm or join what the catalog has), and each version's fact as
    round 27 names it, with the family as what it is a version of (its `parent`)."""
    v, root = sources._package("fiftyone", "fiftyone")
    folder = root / "zoo" / "datasets"
    families: dict[str, Fact] = {}
    versions: list[Fact] = []
    for module in ("base.py", "tf.py", "torch.py"):
        for node in ast.parse((folder / module).read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef):
                continue
            zoo_name = sources_round27._returned_name(node)
            doc = ast.get_docstring(node) or ""
            family = version_family(zoo_name, doc) if zoo_name else None
            read = sources_round27.zoo_dataset_name(zoo_name, doc) if family else None
            if not family or not read or _denied(family, read[0]):
                continue
            where = f"{v}: zoo/datasets/{module} {node.name} name={zoo_name!r} docstring"
            if family not in families:
                families[family] = Fact("dataset", "dataset", family, where, kind="dataset")
            elif where not in families[family].source:
                families[family].source += f"; {where}"
            versions.append(Fact("dataset", "dataset", read[0], where, aliases=read[1],
                                 kind="dataset", version_of=family))  # fmt: skip
    return [families[name] for name in sorted(families)] + versions


def tfds_cited_facts() -> list[Fact]:
    """The benchmarks tensorflow-datasets' RL Unplugged builders' `_*_DESCRIPTION` strings
    open with, cited to their paper (`cited_subject`: DeepMind Control Suite); benchmarks of
    modality embodied."""
    v, root = sources._package("tensorflow-datasets", "tensorflow_datasets")
    facts: list[Fact] = []
    folder = root / "rl_unplugged"
    for path in sorted(folder.glob("*/*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Constant):
                continue
            variable = getattr(node.targets[0], "id", "")
            if not (variable.startswith("_") and variable.endswith("_DESCRIPTION")):
                continue
            name = cited_subject(str(node.value.value))
            if name:
                where = f"{v}: rl_unplugged/{path.relative_to(folder).as_posix()} {variable}"
                fact = Fact("dataset", "dataset", name, where, kind="benchmark",
                            modality="embodied", task="continuous control")  # fmt: skip
                sources_more.append_new_fact(facts, _denied, fact)
    return facts


def pytdc_facts() -> list[Fact]:
    """The resource PyTDC's description opens a bold sentence with (`bold_subject`:
    Therapeutics Data Commons), with the long form and abbreviation a heading gives it
    (`heading_abbreviation`: "Therapeutic Data Commons", "TDC") as aliases; a benchmark of
    modality molecule."""
    package = "PyTDC"
    text = sources.description(package)
    name = bold_subject(text)
    if not name:
        return []
    found = heading_abbreviation(text, name)
    aliases = [a for a in (found or ()) if a != name]
    fact = Fact("dataset", "dataset", name,
                f"{sources.source_label(package)}: package description '**{name}**'",
                aliases=aliases, kind="benchmark", modality="molecule",
                task="therapeutics")  # fmt: skip
    facts: list[Fact] = []
    sources_more.append_new_fact(facts, _denied, fact)
    return facts


def tiatoolbox_encoder_facts() -> list[Fact]:
    """The pathology tile encoders of tiatoolbox's `timm_arch_dict`, each key under its
    comment (`tile_encoder`), with the Hub id its `model` loads ("hf-hub:MahmoodLab/UNI")
    where the comment names the key itself (UNI2's comment names UNI2-h, another id);
    families of kind vision, the key a match key."""
    v, root = sources._package("tiatoolbox", "tiatoolbox")
    path = root / "models" / "architecture" / "vanilla.py"
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    facts: list[Fact] = []
    for node in ast.parse(source).body:
        if not (isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") ==
                "timm_arch_dict" and isinstance(node.value, ast.Dict)):  # fmt: skip
            continue
        for key_node, value in zip(node.value.keys, node.value.values, strict=True):
            if not isinstance(key_node, ast.Constant) or not isinstance(value, ast.Dict):
                continue
            key = str(key_node.value)
            comment = lines[key_node.lineno - 2]
            name = tile_encoder(comment, key)
            if not name:
                continue
            model = next((str(val.value) for k, val in zip(value.keys, value.values,
                                                            strict=True)
                          if isinstance(k, ast.Constant) and k.value == "model"
                          and isinstance(val, ast.Constant)), "")  # fmt: skip
            hub = re.sub(r"^hf[-_]hub:", "", model) if re.match(r"hf[-_]hub:", model) else None
            if hub and not re.search(rf"huggingface\.co/{re.escape(hub)}\s*$", comment):
                hub = None
            if hub and norm(hub.split("/", 1)[1]) != norm(name):
                hub = None
            where = f"{v}: models/architecture/vanilla.py timm_arch_dict[{key!r}] comment"
            fact = Fact("model", "family", name, where, match_keys=[key], hf_id=hub,
                        kind="vision", note="pathology tile encoder")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact, key)
    return facts


def panns_facts() -> list[Fact]:
    """The model panns-inference's description names before its paper's title
    (`titled_package_model`: PANNs); a family of kind audio."""
    package = "panns-inference"
    name = titled_package_model(sources.description(package), package)
    if not name:
        return []
    fact = Fact("model", "family", name,
                f"{sources.source_label(package)}: package description '{name}:'",
                kind="audio", note="audio tagging")  # fmt: skip
    facts: list[Fact] = []
    sources_more.append_new_fact(facts, _denied, fact)
    return facts


def espnet_spelling_facts() -> list[Fact]:
    """The model espnet's `espnet2/asr/encoder/*.py` modules spell in a message as a
    pre-trained model named like one of their classes (`pretrained_spelling`: AV-HuBERT of
    avhubert_encoder.py's AVHubertModel); families of kind audio, the class a match key."""
    v, root = sources._package("espnet", "espnet2")
    facts: list[Fact] = []
    for path in sorted((root / "asr" / "encoder").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [n.name for n in tree.body if isinstance(n, ast.ClassDef)]
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            name = pretrained_spelling(node.value, names)
            if name:
                model = next(c for c in names if norm(c) == norm(name) + "model")
                where = f"{v}: espnet2/asr/encoder/{path.name} message 'pre-trained {name} model'"
                fact = Fact("model", "family", name, where, match_keys=[model],
                            kind="audio", note="audio-visual speech representation")  # fmt: skip
                sources_more.append_new_fact(facts, _denied, fact, model)
    return facts
