"""Readers of a fifty-second round (requirements-read-round52.txt), in sources.py's style.
Asked for names the linker missed on read papers (the gold sets dev50 and dev51); each is
taken only where a package states it. Five distributions are new (fastmri, ptgaze, musicnn,
ankh, so-vits-svc-fork), read as package metadata or, musicnn's tagger, as a file; the other
places are in packages earlier rounds pinned (torchrl 0.14.1, monai 1.6.1, speechbrain 1.1.2,
espnet 202511, asteroid 0.7.0, mteb 2.26.24, nle 1.3.0, metaworld 3.1.1), read as files, and
mteb's task metadata as earlier rounds read it; no package is imported but mteb.

- fastmri: the data set a Summary calls the package ("A large-scale dataset of ...") by the
  name the description's first heading spells, the package's name read without case
  (`headed_dataset`: "# fastMRI").
- ptgaze: the data sets a description says models are trained on, "train models on <A> and
  <B>", "train a model on the <C> dataset" (`trained_on`: MPIIGaze, MPIIFaceGaze, ETH-XGaze).
- musicnn: the model a Summary says the package is, "<package> is a set of pre-trained ...
  networks" (`summary_network_set`: musicnn), and the data sets its tagger's docstring says
  its models are trained with, "<ACR> models are trained with the <Name>"
  (`models_trained_with`: MagnaTagATune, Million Song Dataset).
- ankh, metaworld: the model or benchmark a description's sentence names as the package, read
  without case and separators, "[<Name>](<arXiv link>) is the first ... model" and "<Name> is
  an open source benchmark for" (`described_package`: Ankh, Meta-World).
- so-vits-svc-fork: the project a description says the package forks, "A fork of
  [`<name>`](https://github.com/<owner>/<name>)" (`forked_project`: so-vits-svc).
- torchrl: the models its multi-agent mixers are named for, a `<Name>er` or `<Initials>Mixer`
  class whose docstring opens "<Name> mixer." and cites its arXiv paper (`mixer_model`: QMix;
  VDN, the initials of "Value-Decomposition Network").
- espnet: the spelling a class's docstring (or its `__init__`'s) opens with in parentheses
  after a long form, where the spelling read without case and separators is the class's name
  (`opening_spelling`: BSRNN, with "Band-Split RNN").
- monai: the model a loss's docstring quotes a paper title for, "'<Name>: A generative model
  for <words>.'" (`quoted_model_title`: Jukebox, of JukeboxLoss).
- speechbrain: the model a class's docstring names its source paper for, "Source paper
  <Name>: https://arxiv.org/...", the name the class's (`source_paper`: MERT).
- asteroid: the challenge a data set's licence title names, "<Long Form> (<ACR>) Challenge",
  its link's last path segment "<ACR>-Challenge" (`license_challenge`: DNS Challenge, denied
  below).
- mteb: the data set an any-to-any retrieval task is named for, the task's name without its
  category and "Retrieval", where its description says the task is "based on <that>
  dataset" and its citation title gives the name before a colon (`category_task_stem`,
  `based_on_stem`, round 19's `titled_task`: Spoken SQuAD of SpokenSQuADT2ARetrieval); the
  recordings a task's description says it draws from (`recordings_drawn_from`:
  MTG-Jamendo).
- nle: the environments a description's "Related Environments" list links to their own
  page, a capital inside the name (`related_environments`: CoinRun).

docs/catalog.md ("A fifty-second round of sources") states the rules, and what was looked at
and not read.
"""

from __future__ import annotations

import ast
import re
import warnings
from pathlib import Path

import sources
import sources_longforms
import sources_more
import sources_round19
import sources_round51
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND52: dict[str, str] = {
    "VDN": "torchrl's VDNMixer initials ('Value-Decomposition Network mixer.'); "
    "linker/long_forms.py links any Title Case run ending in 'Networks' whose initials spell "
    "a catalog acronym, and a first run of the round linked dev's 'Weighted Residuals for Very "
    "Deep Networks' to the multi-agent model; the model is kept by its words",
    "DNS Challenge": "asteroid's dns_license title ('Deep Noise Suppression (DNS) Challenge'); "
    "papers evaluate on an edition ('Interspeech2020 DNS-Challenge', dev2), which the linker "
    "found before, and a first run of the round linked the whole challenge there instead (one "
    "true link lost, one false link)",
    "DC-CRN": "espnet's enh/layers/dc_crn.py DC_CRN docstring ('Densely-Connected "
    "Convolutional Recurrent Network (DC-CRN)', Tan and Wang); the matcher reads DC-CRN and "
    "DCCRN alike, and DCCRN is another, more cited enhancement model (Deep Complex "
    "Convolution Recurrent Network, Hu et al. 2020), which the entry would swallow",
}

# Denied by an earlier round (round 51's `_denied`, which asks the rounds before it) or by
# this one.
_denied = sources_more.denial(sources_round51._denied, DENY_ROUND52)


# -- name rules (pure) ------------------------------------------------------------------------

_NAME = r"[A-Z][\w-]*[A-Z][\w-]*"  # one word with a capital inside: MPIIGaze, ETH-XGaze


def headed_dataset(summary: str, description: str, package: str) -> str | None:
    """The data set a Summary calls the package ("A large-scale dataset of ..."), by the
    name the description's first Markdown heading spells, where that is the package's name
    read without case and separators: ("A large-scale dataset of both raw MRI measurements
    and clinical MRI images.", "# fastMRI\\n...", "fastmri") -> "fastMRI"; a Summary that
    is not "A ... dataset" or a heading that is not the package's name gives none."""
    if not re.match(r"An? (?:[\w-]+ )*dataset\b", " ".join(summary.split())):
        return None
    heading = re.search(r"^#+ +(.+?) *$", description, flags=re.M)
    if not heading or norm(heading[1]) != norm(package):
        return None
    return heading[1]


def trained_on(text: str) -> list[str]:
    """The data sets a text says models are trained on, each a word with a capital inside:
    "To train models on MPIIGaze and MPIIFaceGaze, use ..." -> ["MPIIGaze", "MPIIFaceGaze"];
    "to train a model on the ETH-XGaze dataset" -> ["ETH-XGaze"]; "train models on your own
    data" gives none."""
    names: list[str] = []
    pattern = rf"\btrain (?:models|a model) on (?:the )?({_NAME})(?: and ({_NAME}))?\b"
    for found in re.finditer(pattern, " ".join(text.split())):
        for name in found.groups():
            if name and name not in names:
                names.append(name)
    return names


def summary_network_set(summary: str, package: str) -> str | None:
    """The model a Summary says the package is, "<package> is a set of pre-trained ...
    networks", spelled as the Summary writes it: ('Pronounced as "musician", musicnn is a
    set of pre-trained deep convolutional neural networks for music audio tagging',
    "musicnn") -> "musicnn"."""
    found = re.search(
        r"\b([\w-]+) is a set of pre-?trained [\w -]*networks\b", " ".join(summary.split())
    )
    return found[1] if found and norm(found[1]) == norm(package) else None


def models_trained_with(doc: str) -> list[str]:
    """The data sets a docstring says models are trained with, "<ACR> models are trained
    with the <Name> dataset" (the lower-case word not part of the name) or "... with the
    <Title Case Name>.": ("MTT models are trained with the MagnaTagATune dataset. MSD models
    are trained with the Million Song Dataset.") -> ["MagnaTagATune", "Million Song
    Dataset"]."""
    names: list[str] = []
    pattern = r"\b[A-Z]{2,} models are trained with the ([A-Z]\w*(?: [A-Z]\w*)*)(?: dataset)?\."
    for found in re.finditer(pattern, " ".join(doc.split())):
        if found[1] not in names:
            names.append(found[1])
    return names


def described_package(description: str, package: str) -> str | None:
    """The model or benchmark a description's sentence names as the package (read without
    case and separators): "[<Name>](https://arxiv.org/abs/...) is the first <words> model"
    or, opening a paragraph, "<Name> is an open source benchmark for": ("[Ankh](https://arxiv.org/abs/2301.06568)
    is the first general-purpose protein language model", "ankh") -> "Ankh"; ("Meta-World is
    an open source benchmark for developing ...", "metaworld") -> "Meta-World"."""
    linked = r"\[([\w-]+)\]\(https?://arxiv\.org/abs/[\d.]+\) is the first [\w -]*\bmodel\b"
    benchmark = r"^([A-Z][\w-]*) is an open[ -]source benchmark for\b"  # a paragraph's start
    found = [*re.finditer(linked, " ".join(description.split())),
             *re.finditer(benchmark, description, flags=re.M)]  # fmt: skip
    return next((f[1] for f in found if norm(f[1]) == norm(package)), None)


def forked_project(description: str) -> str | None:
    """The project a description says the package forks, "A fork of [`<name>`](https://
    github.com/<owner>/<name>)", the link's repository the name: ("A fork of
    [`so-vits-svc`](https://github.com/svc-develop-team/so-vits-svc) with realtime support")
    -> "so-vits-svc"."""
    found = re.search(
        r"\bA fork of \[`([\w.-]+)`\]\(https://github\.com/[\w.-]+/([\w.-]+?)/?\)", description
    )
    return found[1] if found and found[1] == found[2] else None


def _initials(words: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", words) if w).upper()


def mixer_model(class_name: str, doc: str) -> tuple[str, list[str]] | None:
    """(name, aliases) of the model a multi-agent mixer class is named for: its docstring
    opens "<Name> mixer." and cites an arXiv paper, and the class is `<Name>er`
    ("QMixer", "QMix mixer.") -> ("QMix", []), or `<Initials>Mixer` with the name's words
    spelling the initials ("VDNMixer", "Value-Decomposition Network mixer.") -> ("VDN",
    ["Value-Decomposition Network"])."""
    text = " ".join(doc.split())
    found = re.match(r"([A-Z][\w-]*(?: [A-Z][\w-]*)*) mixer\.", text)
    if not found or not re.search(r"https?://arxiv\.org/abs/", text):
        return None
    name = found[1]
    if class_name == f"{name}er" and " " not in name:
        return name, []
    stem = class_name.removesuffix("Mixer")
    if stem != class_name and stem.isupper() and _initials(name) == stem:
        return stem, [name]
    return None


def opening_spelling(class_name: str, doc: str) -> tuple[str, str] | None:
    """(spelling, long form) where a docstring opens with a long form and, in parentheses,
    a spelling that read without case and separators is the class's name: ("BSRNN",
    "Band-Split RNN (BSRNN).") -> ("BSRNN", "Band-Split RNN"); ("DC_CRN", "Densely-Connected
    Convolutional Recurrent Network (DC-CRN).") -> ("DC-CRN", "Densely-Connected
    Convolutional Recurrent Network"); a spelling that is not the class's gives none."""
    found = re.match(r"([A-Z][\w-]*(?: [A-Z][\w-]*)+) \(([\w-]+)\)", " ".join(doc.split()))
    if not found or norm(found[2]) != norm(class_name):
        return None
    return found[2], found[1]


def quoted_model_title(doc: str) -> str | None:
    """The model a docstring quotes a paper title for, the title calling it a model before
    its colon: ("Based on: Dhariwal, et al. 'Jukebox: A generative model for music.'
    https://arxiv.org/abs/2005.00341") -> "Jukebox"."""
    found = re.search(r"'([A-Z][\w-]*): An? [\w -]*\bmodel for [\w -]+\.?'", " ".join(doc.split()))
    return found[1] if found else None


def source_paper(class_name: str, doc: str) -> str | None:
    """The model a class's docstring names its source paper for, "Source paper <Name>:
    https://arxiv.org/...", where the name is the class's: ("MERT", "Source paper MERT:
    https://arxiv.org/abs/2306.00107") -> "MERT"; ("Wav2Vec2", "Source paper wav2vec2.0:
    ...") -> None."""
    found = re.search(r"\bSource paper ([\w.-]+): https?://arxiv\.org/", doc)
    return found[1] if found and found[1] == class_name else None


def license_challenge(title: str, link: str) -> str | None:
    """The challenge a data set's licence title names, "<Long Form> (<ACR>) Challenge", where
    the title's link ends in "<ACR>-Challenge": ("Deep Noise Suppression (DNS) Challenge",
    "https://github.com/microsoft/DNS-Challenge") -> "DNS Challenge"."""
    found = re.fullmatch(r"[A-Z][\w-]*(?: [A-Z][\w-]*)+ \(([A-Z]{2,})\) Challenge", title.strip())
    if not found or link.rstrip("/").rsplit("/", 1)[-1] != f"{found[1]}-Challenge":
        return None
    return f"{found[1]} Challenge"


def category_task_stem(task_name: str, category: str, task_type: str) -> str | None:
    """An any-to-any retrieval task's name without its category and "Retrieval":
    ("SpokenSQuADT2ARetrieval", "t2a", "Any2AnyRetrieval") -> "SpokenSQuAD"; a task of
    another type, or a name not ending so, gives none."""
    if task_type != "Any2AnyRetrieval" or not category:
        return None
    suffix = f"{category.upper()}Retrieval"
    stem = task_name.removesuffix(suffix)
    return stem if stem != task_name and stem else None


def based_on_stem(description: str, stem: str) -> bool:
    """Whether a task's description says it is based on the data set its name's stem
    spells: ("Text-to-audio retrieval task based on SpokenSQuAD dataset. ...",
    "SpokenSQuAD") -> True; a description that names no data set so gives False."""
    return bool(re.search(rf"\bbased on (?:the )?{re.escape(stem)} dataset\b", description))


def recordings_drawn_from(description: str) -> str | None:
    """The collection a task's description says its recordings are drawn from, a name with
    capitals joined by a hyphen: ("... over 706 music recordings drawn from MTG-Jamendo
    (Creative Commons).") -> "MTG-Jamendo"."""
    found = re.search(r"\brecordings drawn from ([A-Z][\w]*-[A-Z][\w]*)\b", description)
    return found[1] if found else None


def related_environments(description: str) -> list[str]:
    """The environments a description's "Related Environments" list links to their own page,
    "- [<Name>](<url>)", the URL's last path segment the name read without case and
    separators, and a capital inside the name: ("# Related Environments\\n- [CoinRun](https://
    github.com/openai/coinrun)\\n- [rogue-gym](https://github.com/kngwyu/rogue-gym)") ->
    ["CoinRun"]."""
    _, found, rest = description.partition("# Related Environments")
    if not found:
        return []
    names: list[str] = []
    for line in rest.splitlines():
        if line.startswith("#"):
            break
        item = re.match(r"\s*[-*] \[([^\]]+)\]\((https?://[^)\s]+)\)\s*$", line)
        if not item or not re.fullmatch(_NAME, item[1]):
            continue
        segment = item[2].rstrip("/").rsplit("/", 1)[-1]
        if norm(segment) == norm(item[1]) and item[1] not in names:
            names.append(item[1])
    return names


# -- readers ----------------------------------------------------------------------------------


def _metadata_where(package: str, what: str) -> str:
    return f"{sources.source_label(package)}: package {what}"


def package_metadata_facts() -> tuple[list[Fact], list[Fact]]:
    """(models, data sets) the new distributions' metadata states: fastmri's headed data set
    (fastMRI), ptgaze's trained-on data sets (MPIIGaze, MPIIFaceGaze, ETH-XGaze), musicnn's
    model (musicnn), ankh's (Ankh), so-vits-svc-fork's forked project (so-vits-svc), and
    metaworld's benchmark (Meta-World)."""
    models: list[Fact] = []
    datasets: list[Fact] = []
    add = sources_more.append_named_facts
    add(datasets, _denied,
        headed_dataset(sources.summary("fastmri"), sources.description("fastmri"), "fastmri"),
        "dataset", "dataset",
        _metadata_where("fastmri", "metadata Summary and description heading"),
        kind="dataset", modality="image", task="MRI reconstruction")  # fmt: skip
    add(datasets, _denied, trained_on(sources.description("ptgaze")),
        "dataset", "dataset", _metadata_where("ptgaze", "description"),
        kind="dataset", modality="image", task="gaze estimation")  # fmt: skip
    add(models, _denied, summary_network_set(sources.summary("musicnn"), "musicnn"),
        "model", "family", _metadata_where("musicnn", "metadata Summary"),
        kind="audio", note="music audio tagging")  # fmt: skip
    add(models, _denied, described_package(sources.description("ankh"), "ankh"),
        "model", "family", _metadata_where("ankh", "description"),
        kind="molecule", note="protein language model")  # fmt: skip
    add(models, _denied, forked_project(sources.description("so-vits-svc-fork")),
        "model", "family", _metadata_where("so-vits-svc-fork", "description"),
        kind="speech", note="singing voice conversion")  # fmt: skip
    add(datasets, _denied, described_package(sources.description("metaworld"), "metaworld"),
        "dataset", "dataset", _metadata_where("metaworld", "description"),
        kind="benchmark", modality="embodied",
        task="multi-task and meta reinforcement learning")  # fmt: skip
    add(datasets, _denied, related_environments(sources.description("nle")),
        "dataset", "dataset", _metadata_where("nle", "description 'Related Environments'"),
        kind="benchmark", modality="embodied")  # fmt: skip
    return models, datasets


def musicnn_tagger_facts() -> list[Fact]:
    """The data sets musicnn's tagger docstrings say its models are trained with
    (`models_trained_with`: MagnaTagATune, Million Song Dataset); modality audio."""
    v, root = sources._package("musicnn", "musicnn")
    facts: list[Fact] = []
    path = root / "tagger.py"
    for node, doc in sources_more.definitions(path):
        for name in models_trained_with(doc):
            where = f"{v}: tagger.py {node.name} docstring"
            fact = Fact("dataset", "dataset", name, where, kind="dataset", modality="audio",
                        task="music auto-tagging")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def torchrl_mixer_facts() -> list[Fact]:
    """The models torchrl's multi-agent mixers are named for (`mixer_model`: QMix; VDN, whose
    initials are denied, so that the model is named by its words, "Value-Decomposition
    Network"); families of kind other (multi-agent value factorisation). A long form ending in
    "Network" is otherwise no alias: linker/long_forms.py links such a Title Case run to the
    acronym its initials spell (`sources_longforms.read_by_the_linker`)."""
    v, root = sources._package("torchrl", "torchrl")
    facts: list[Fact] = []
    for node, doc in sources_more.classes(root / "modules" / "models" / "multiagent.py"):
        found = mixer_model(node.name, doc)
        if found:
            name, long_forms = found
            where = f"{v}: modules/models/multiagent.py {node.name} docstring"
            if _denied(name) and long_forms:  # VDN: the model is kept by its words
                name, long_forms = long_forms[0], []
            # a long form linker/long_forms.py reads is no alias (it links the run itself)
            aliases = [a for a in long_forms if not sources_longforms.read_by_the_linker(a)]
            fact = Fact("model", "family", name, where, aliases=aliases, kind="other",
                        note="multi-agent value factorisation")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def _class_docstrings(path: Path) -> list[tuple[str, str]]:
    """(class name, docstring) of a module's top-level classes, the `__init__` docstring
    after the class's own (each read on its own)."""
    found: list[tuple[str, str]] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.ClassDef):
            continue
        found.append((node.name, ast.get_docstring(node) or ""))
        for item in node.body:
            if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                found.append((node.name, ast.get_docstring(item) or ""))
    return found


def opening_spelling_facts() -> list[Fact]:
    """The models espnet2's `enh/layers/*.py` classes are spelled as in their docstrings'
    openings, with the long form before it an alias (`opening_spelling`: BSRNN, "Band-Split
    RNN"; DC-CRN denied)."""
    facts: list[Fact] = []
    v, root = sources._package("espnet", "espnet2")
    for path in sorted((root / "enh" / "layers").glob("*.py")):
        for class_name, doc in _class_docstrings(path):
            found = opening_spelling(class_name, doc)
            if not found:
                continue
            spelling, long_form = found
            where = f"{v}: espnet2/enh/layers/{path.name} {class_name} docstring"
            fact = Fact("model", "family", spelling, where, aliases=[long_form], kind="speech",
                        note="speech enhancement and separation")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def monai_loss_title_facts() -> list[Fact]:
    """The models monai's `losses/*.py` class docstrings quote a paper title for
    (`quoted_model_title`: Jukebox, of JukeboxLoss); families of kind audio."""
    return sources_more.class_docstring_facts(
        "monai", "monai", "losses/*.py", _denied, lambda _, doc: quoted_model_title(doc),
        lambda name, where, _: Fact("model", "family", name, where, kind="audio",
                                    note="generative model of music"),
    )  # fmt: skip


def speechbrain_source_paper_facts() -> list[Fact]:
    """The models speechbrain's `integrations/huggingface/*.py` classes name their source
    paper for, the name the class's (`source_paper`: MERT; HuBERT, WavLM, LaBSE and NLLB
    confirm entries already there); families of kind audio."""
    return sources_more.class_docstring_facts(
        "speechbrain", "speechbrain", "integrations/huggingface/*.py", _denied, source_paper,
        lambda name, where, _: Fact("model", "family", name, where, kind="audio",
                                    note="self-supervised audio model"),
    )  # fmt: skip


def _license_titles(path: Path) -> list[tuple[str, str, str]]:
    """(variable, title, title_link) of a module's `<name>_license = dict(title=...,
    title_link=...)` assignments."""
    found: list[tuple[str, str, str]] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)):
            continue
        target = node.targets[0]
        if not (isinstance(target, ast.Name) and target.id.endswith("_license")):
            continue
        fields = {
            k.arg: k.value.value
            for k in node.value.keywords
            if k.arg and isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)
        }
        if "title" in fields and "title_link" in fields:
            found.append((target.id, fields["title"], fields["title_link"]))
    return found


def asteroid_challenge_facts() -> list[Fact]:
    """The challenges asteroid's `data/*.py` licence titles name (`license_challenge`: DNS
    Challenge, denied, so that this reader adds nothing now); data sets of modality speech."""
    v, root = sources._package("asteroid", "asteroid")
    facts: list[Fact] = []
    for path in sorted((root / "data").glob("*.py")):
        for variable, title, link in _license_titles(path):
            name = license_challenge(title, link)
            if name:
                where = f"{v}: data/{path.name} {variable} title"
                fact = Fact("dataset", "dataset", name, where, kind="dataset",
                            modality="speech", task="speech enhancement")  # fmt: skip
                sources_more.append_new_fact(facts, _denied, fact)
    return facts


def mteb_any2any_facts() -> list[Fact]:
    """The data sets mteb's any-to-any retrieval tasks are named for by their citation title
    (`category_task_stem`, round 19's `titled_task`: Spoken SQuAD) and the collection a
    task's recordings are drawn from (`recordings_drawn_from`: MTG-Jamendo); benchmarks by
    name only, as round 19's (a task's Hub copy may be a subsample)."""
    import mteb

    v = f"mteb {sources.version('mteb')}"
    facts: list[Fact] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tasks = sorted(mteb.get_tasks(exclude_beta=False), key=lambda t: t.metadata.name)
    for task in tasks:
        meta = task.metadata
        stem = category_task_stem(meta.name, str(meta.category or ""), str(meta.type or ""))
        name = None
        if stem and based_on_stem(meta.description or "", stem):
            name = sources_round19.titled_task(stem, meta.bibtex_citation or "")
        if name:
            where = f"{v}: task {meta.name!r} bibtex_citation title"
            modality = "speech" if "audio" in (meta.modalities or []) else None
            fact = Fact("dataset", "dataset", name, where, kind="benchmark",
                        modality=modality, task=str(meta.type))  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
        name = recordings_drawn_from(meta.description or "")
        if name:
            where = f"{v}: task {meta.name!r} description"
            fact = Fact("dataset", "dataset", name, where, kind="dataset", modality="audio",
                        task="music auto-tagging")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
    return facts
