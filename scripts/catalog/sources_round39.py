"""Readers of a thirty-ninth round (requirements-read-round39.txt), in sources.py's style.
Like the thirtieth and thirty-fourth to thirty-eighth rounds it was asked for names papers use
that the catalog lacked; each place below is still read whole, and every name it states that
passes the guard is taken. No package is new: each is read anew at the version an earlier
round pins, as files and package metadata, never imported.

- pytorchcv (the fourth round's pin, requirements-read-more.txt): the models its
  description's "List of implemented models" names, one word before the linked paper
  (`listed_model`: "- FCN-8s (['Fully Convolutional Networks for Semantic Segmentation'](...))").
- torchgeo (requirements-read-more.txt): the data set a `datasets` class's docstring's first
  line names in several words that, joined, spell the class name (`joined_dataset_name`:
  "Inria Aerial Image Labeling Dataset." of `InriaAerialImageLabeling`), where the sixth
  round read one-word names only.
- aeon (the twenty-ninth round's pin): the collection a loader's docstring names with its
  long form after a dash (`dashed_long_form`: "MONSTER— the MONash Scalable Time Series
  Evaluation Repository, introduced in [1]_").
- gymnasium-robotics (the first round's pin): the platform an environment docstring links to
  a GitHub repository of its own name (`repository_linked_name`: "[Adroit manipulation
  platform](https://github.com/vikashplus/Adroit)").
- lerobot (the twenty-ninth round's pin): the policy a class docstring names as the title of
  the paper it follows (`titled_policy`: 'Diffusion Policy as per "Diffusion Policy:
  Visuomotor Policy Learning via Action Diffusion"').
- mani-skill, mani-skill2, safety-gymnasium (the first and thirty-fourth rounds' pins): the
  platform a package description defines, "<Name> is a(n) ...", a name with a capital
  inside (`defined_platform`: "ManiSkill is an open-source framework for robot simulation
  ...", "Safety-Gymnasium is a highly scalable and customizable ... library.").
- proteinworkshop (the thirty-fifth round's pin): the database a data-set table row's
  description opens with as a link (`linked_source_database`: "| `astral`| [SCOPe](https://
  scop.berkeley.edu/) domain structures | ...").

"Adroit", "Safety-Gymnasium" (data sets) and "Diffusion Policy" (a model) pass the guard as
reviewed words (rules.REVIEWED_DATASET_WORDS, rules.REVIEWED_MODEL_WORDS).

The name rules are the pure functions at the top, tested in `tests/test_catalog39.py`;
docs/catalog.md ("A thirty-ninth round of sources") states them, and what was looked at and
not read.
"""

from __future__ import annotations

import ast
import re

import sources
import sources_more
import sources_round38
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND39: dict[str, str] = {
    "RiR": "pytorchcv's 'Resnet in Resnet'; matched in any case it is RIR, the room impulse "
    "response speech papers write (lhotse's rir_noise recipe is denied for the same words)",
    "NIN": "pytorchcv's 'Network In Network'; in capitals NIN is also the national "
    "identification number and a word of other abbreviations",
}


# Denied by an earlier round (sources_round38._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round38._denied, DENY_ROUND39)


# -- name rules (pure) ------------------------------------------------------------------------

_LISTED = re.compile(
    r"- ([A-Za-z][\w+-]*[A-Za-z\d+]) \(\['([^']+)'\]\(https?://[^)\s]+\)\)(?: .*)?"
)


def listed_model(line: str) -> tuple[str, str] | None:
    """(name, paper title) of a line of a description's model list, "- <Name> (['<title>'](
    <url>))", the name one word with a capital: "- FCN-8s (['Fully Convolutional Networks for
    Semantic Segmentation'](https://arxiv.org/abs/1411.4038))" -> ("FCN-8s", "Fully
    Convolutional Networks for Semantic Segmentation"). Names joined by "/" ("VGG/BN-VGG"), a
    variant in brackets ("ResNeSt(A)") and names of several words ("Lightweight OpenPose")
    give none: groups and variants, not one published network."""
    found = _LISTED.fullmatch(line.strip())
    if not found or not any(ch.isupper() for ch in found[1]):
        return None
    return found[1], found[2]


_FIRST_LINE_DATASET = re.compile(r"([A-Z][\w.-]*(?: [\w.-]+){1,6}) [Dd]ataset\.")


def joined_dataset_name(class_name: str, doc: str) -> str | None:
    """The data set a class docstring's first line names in several words, "<Words>
    dataset.", where the words joined (case, separators and "." aside) spell the class name:
    ("InriaAerialImageLabeling", "Inria Aerial Image Labeling Dataset.") -> "Inria Aerial
    Image Labeling"; "Cropland Data Layer (CDL) dataset." of `CDL`, "NWPU VHR-10 dataset."
    of `VHR10` and one-word names ("LEVIR-CD dataset.", the sixth round's) give none."""
    first = doc.strip().splitlines()[0].strip() if doc.strip() else ""
    found = _FIRST_LINE_DATASET.fullmatch(first)
    if not found:
        return None
    return found[1] if norm(found[1].replace(".", "")) == norm(class_name) else None


def _subsequence(letters: str, of: str) -> bool:
    rest = iter(of)
    return all(letter in rest for letter in letters)


def dashed_long_form(doc: str) -> tuple[str, list[str]] | None:
    """(name, [long form]) where a docstring writes a name in capitals, a dash and "the
    <long form>" of a repository, archive or benchmark, the name's letters the long form's
    capitals in order, its first and last among them: "MONSTER— the MONash Scalable Time
    Series Evaluation Repository, introduced in [1]_, ..." -> ("MONSTER", ["MONash Scalable
    Time Series Evaluation Repository"])."""
    text = " ".join(doc.split())
    found = re.search(
        r"\b([A-Z]{3,})\s*[\u2014\u2013]+\s*"  # an em or en dash
        r"the ((?:[A-Za-z]+ ){1,7}(?:Repository|Archive|Benchmark))\b",
        text,
    )
    if not found:
        return None
    name, long_form = found[1], found[2]
    capitals = "".join(ch for ch in long_form if ch.isupper())
    if not (capitals[:1] == name[:1] and capitals[-1:] == name[-1:]):
        return None
    return (name, [long_form]) if _subsequence(name, capitals) else None


_GITHUB_LINK = re.compile(
    r"\[([A-Z][\w-]*)(?: [^\]]*)?\]\(https://github\.com/[\w.-]+/([\w.-]+?)/?\)"
)


def repository_linked_name(doc: str) -> list[str]:
    """The names a docstring links to a GitHub repository of the same name, "[<Name>
    <words>](https://github.com/<owner>/<Name>)", the link text's first word the repository's
    name (case aside): "based on the [Adroit manipulation platform](https://github.com/
    vikashplus/Adroit)" -> ["Adroit"]; "[Relay Policy Learning](https://github.com/google-
    research/relay-policy-learning)" gives none. Each name once, in the order written."""
    found: list[str] = []
    for link in _GITHUB_LINK.finditer(doc):
        if link[1].casefold() == link[2].casefold() and link[1] not in found:
            found.append(link[1])
    return found


def titled_policy(doc: str) -> str | None:
    """The policy a class docstring names as the title of the paper it follows, '<Name> as
    per "<Name>: <subtitle>"': 'Diffusion Policy as per "Diffusion Policy: Visuomotor Policy
    Learning via Action Diffusion"' -> "Diffusion Policy"; 'VQ-BeT Policy as per "Behavior
    Generation with Latent Actions"' (a title without the name) gives none."""
    found = re.match(r'([A-Z][\w-]*(?: [A-Z][\w-]*){0,3}) as per "([^":]+):', doc.strip())
    return found[1] if found and found[1] == found[2] else None


def defined_platform(description: str) -> str | None:
    """The platform a package description defines on a line of its own, "<Name> is a(n)
    ...", the name one word (hyphens joining capitalised parts) with a capital inside:
    "ManiSkill is an open-source framework for robot simulation ..." -> "ManiSkill";
    "Safety-Gymnasium is a highly scalable and customizable ... library." ->
    "Safety-Gymnasium"; "Installation of ManiSkill is ..." and "Adroit is a 28 degree of
    freedom system" (no capital inside) give none. The first such line."""
    for line in description.splitlines():
        found = re.match(r"\**([A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)*)\** is an? ", line.strip())
        if found and any(ch.isupper() for ch in found[1][1:]):
            return found[1]
    return None


def linked_source_database(row: str) -> str | None:
    """The database a data-set table row's description opens with as a link, one word with a
    capital: "| `astral`| [SCOPe](https://scop.berkeley.edu/) domain structures | ..." ->
    "SCOPe"; "| `afdb_rep_v4`| Representative structures identified from the [AlphaFold
    database](...)" (the link not first) and header rows give none."""
    cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
    if len(cells) < 2 or not re.fullmatch(r"`[\w-]+`", cells[0]):
        return None
    found = re.match(r"\[([A-Z][A-Za-z0-9]*)\]\(https?://[^)\s]+\)", cells[1])
    return found[1] if found and len(found[1]) > 2 else None


# -- readers ----------------------------------------------------------------------------------


def _section(description: str, heading: str) -> list[str]:
    """The lines under a markdown heading, to the next heading of the same or a higher level."""
    lines = description.splitlines()
    level = len(heading) - len(heading.lstrip("#"))
    start = next((i + 1 for i, line in enumerate(lines) if line.strip() == heading), None)
    if start is None:
        return []
    end = next((i for i in range(start, len(lines))
                if re.match(rf"#{{1,{level}}} ", lines[i])), len(lines))  # fmt: skip
    return lines[start:end]


def pytorchcv_listed_facts() -> list[Fact]:
    """The models pytorchcv's description lists under "## List of implemented models"
    (`listed_model`: FCN-8s, NASNet, QuartzNet, ...): families of kind speech where the
    linked title is a speech or acoustic model's, else vision."""
    v = sources.source_label("pytorchcv")
    facts: list[Fact] = []
    for line in _section(sources.description("pytorchcv"), "## List of implemented models"):
        found = listed_model(line)
        if not found:
            continue
        name, title = found
        speech = re.search(r"\b(?:Speech|Acoustic)\b", title)
        fact = Fact("model", "family", name,
                    f"{v}: package metadata Description 'List of implemented models'",
                    kind="speech" if speech else "vision")  # fmt: skip
        sources_more.append_new_fact(facts, _denied, fact)
    return facts


def torchgeo_joined_facts() -> list[Fact]:
    """The remote-sensing data sets torchgeo's exported `datasets` classes name in several
    words on their docstring's first line (`joined_dataset_name`: Inria Aerial Image
    Labeling of `InriaAerialImageLabeling`): data sets of modality image, the class name a
    match key, never an alias (the linker reads a camel-case alias as its words, and most of
    these names are ordinary words the guard leaves out: "Forest Damage", "Open Buildings")."""
    v, root = sources._package("torchgeo", "torchgeo")
    folder = root / "datasets"
    exported = set(sources._string_list(folder / "__init__.py", "__all__"))
    facts: list[Fact] = []
    for path in sorted(folder.glob("*.py")):
        for node, doc in sources_more.definitions(path):
            if not isinstance(node, ast.ClassDef) or node.name not in exported:
                continue
            name = joined_dataset_name(node.name, doc)
            if not name or _denied(name, node.name):
                continue
            where = f"{v}: datasets/{path.name} {node.name} docstring"
            facts.append(Fact("dataset", "dataset", name, where, match_keys=[node.name],
                              kind="dataset", modality="image"))  # fmt: skip
    return facts


def _all_docstrings(path) -> list[tuple[str, str]]:
    """(where, docstring) of a module and of every class and function in it, as written."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = [("module docstring", ast.get_docstring(tree) or "")]
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef | ast.FunctionDef):
            found.append((f"{node.name} docstring", ast.get_docstring(node) or ""))
    return [(where, doc) for where, doc in found if doc]


def aeon_dashed_facts() -> list[Fact]:
    """The collections aeon's `datasets/*.py` docstrings name with a dashed long form
    (`dashed_long_form`: MONSTER, from `load_monster_dataset`): benchmarks of task time series
    classification, as the twenty-ninth round's archives, the long form an alias."""
    v, root = sources._package("aeon", "aeon")
    facts: list[Fact] = []
    for path in sorted((root / "datasets").glob("*.py")):
        for where, doc in _all_docstrings(path):
            found = dashed_long_form(doc)
            if not found:
                continue
            name, aliases = found
            fact = Fact("dataset", "dataset", name, f"{v}: datasets/{path.name} {where}",
                        aliases=[a for a in aliases if not _denied(a)], kind="benchmark",
                        task="time series classification")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def gymnasium_robotics_linked_facts() -> list[Fact]:
    """The platforms gymnasium-robotics' `envs/**/*.py` docstrings link to a repository of
    their own name (`repository_linked_name`: Adroit; D4RL, read since the eleventh round,
    gains the source): benchmarks of modality embodied."""
    v, root = sources._package("gymnasium-robotics", "gymnasium_robotics")
    envs = root / "envs"
    facts: list[Fact] = []
    for path in sorted(envs.rglob("*.py")):
        for where, doc in _all_docstrings(path):
            for name in repository_linked_name(doc):
                place = f"{v}: envs/{path.relative_to(envs).as_posix()} {where}"
                fact = Fact("dataset", "dataset", name, place, kind="benchmark",
                            modality="embodied")  # fmt: skip
                sources_more.append_new_fact(facts, _denied, fact)
    return facts


def lerobot_titled_facts() -> list[Fact]:
    """The policies lerobot's `policies/*/modeling_*.py` classes name as their paper's title
    (`titled_policy`: Diffusion Policy): families of kind other, noted as robot policies."""
    v, root = sources._package("lerobot", "lerobot")
    policies = root / "policies"
    facts: list[Fact] = []
    for path in sorted(policies.glob("*/modeling_*.py")):
        for node, doc in sources_more.definitions(path):
            name = titled_policy(doc) if isinstance(node, ast.ClassDef) else None
            if not name:
                continue
            where = f"{v}: policies/{path.relative_to(policies).as_posix()} {node.name} docstring"
            fact = Fact("model", "family", name, where, kind="other",
                        note="robot visuomotor policy")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
    return facts


def defined_platform_facts() -> list[Fact]:
    """The platforms mani-skill's, mani-skill2's and safety-gymnasium's descriptions define
    (`defined_platform`: ManiSkill, ManiSkill2, Safety-Gymnasium): benchmarks of modality
    embodied."""
    facts: list[Fact] = []
    for distribution in ("mani-skill", "mani-skill2", "safety-gymnasium"):
        sources_more.append_named_facts(
            facts, _denied, defined_platform(sources.description(distribution)),
            "dataset", "dataset",
            f"{sources.source_label(distribution)}: package metadata Description",
            kind="benchmark", modality="embodied")  # fmt: skip
    return facts


def proteinworkshop_database_facts() -> list[Fact]:
    """The databases proteinworkshop's description's "## Datasets" table rows open their
    description with (`linked_source_database`: SCOPe, CATH, ESMAtlas): data sets noted as
    protein structures."""
    v = sources.source_label("proteinworkshop")
    facts: list[Fact] = []
    for row in _section(sources.description("proteinworkshop"), "## Datasets"):
        name = linked_source_database(row)
        if name:
            fact = Fact("dataset", "dataset", name,
                        f"{v}: package metadata Description 'Datasets' table",
                        kind="dataset", note="protein structures")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact)
    return facts
