"""Readers of a twenty-third round (requirements-read-round23.txt), in sources.py's style. Like
the twenty-first round, not driven by a gold set's errors: registries and docstrings of
packages the catalog had not read, taking every name they state that passes the guard.

- pytorch-forecasting (new): the model registry, each `models/**/_*_pkg*.py` container's
  `_tags["info:name"]`, kept when the docstring of the class its `get_cls` returns spells that
  name, or the name without a `Model` suffix (`registry_spelling`): "DeepAR: Probabilistic
  forecasting with ..." of `DeepAR`, "Temporal Fusion Transformer for forecasting ..." of
  `TemporalFusionTransformer`, "TiDE model for ..." of `TiDEModel`; the docstring's spelling is
  the name. A registry name in the same model folder that is the initials of a spelled one
  (`TFT` beside "Temporal Fusion Transformer") names it too, and then names the entry, the
  long form its alias (`initials_join`). Model families of kind other;
- pytorch-widedeep (new): the model classes of `models/**` whose docstring's first sentence
  names the model its class is ("Defines a [SAINT model](https://arxiv.org/...)", "This class
  implements the [AutoInt: Automatic ...](...)") or whose first two sentences give a long form
  spelling the class name before an abbreviation in parentheses ("Deep Field Aware
  Factorization Machine (DeepFFM) for recommendation systems" of
  `DeepFieldAwareFactorizationMachine`; `widedeep_model`); the module's spelling of the
  name with separators, where it has one, names the entry ("FT-Transformer" in
  ft_transformer.py, `FTTransformer` an alias); model families of kind other.

The name rules are the pure functions at the top, tested in `tests/test_catalog23.py`;
docs/catalog.md ("A twenty-third round of sources") states them, and what was looked at and
not read (lightly, d3rlpy, tianshou, pytorch-metric-learning, tsai, torchdrug, learn2learn).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import sources
import sources_more
import sources_round22
from rules import Fact, _word_runs, norm, separated_spellings

# Names this round's packages state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND23: dict[str, str] = {
    "NBeatsKAN": "pytorch-forecasting's own variant of N-BEATS with Kolmogorov-Arnold layers; "
    "its docstring cites the N-BEATS article, and no paper names a model so",
}


# Denied by an earlier round (sources_round22._denied and the rounds it asks) or by this one.
_denied = sources_more.denial(sources_round22._denied, DENY_ROUND23)


def _head(doc: str, sentences: int = 2) -> str:
    """The docstring's first sentences, whitespace folded."""
    parts = re.split(r"(?<=\.)\s", " ".join(doc.split()))
    return " ".join(parts[:sentences])


def registry_spelling(info_name: str, doc: str) -> str | None:
    """How a model class's docstring spells its registry name: the first run of words in its
    first two sentences that folds (`norm`) to the name without a `Model` suffix, else to the
    name, with a capital; a spelling adding separators wins over the identifier as written
    ("N-BEATS" in "Initialize NBeats Model ... the article `N-BEATS: Neural basis ...`").
    ("TiDE" for `TiDEModel` in "TiDE model for long-term ..."; None for `DecoderMLP` in "MLP
    on the decoder.")."""
    head = _head(doc)
    keys = [norm(info_name)]
    if info_name.endswith("Model") and info_name != "Model":
        keys.insert(0, norm(info_name[: -len("Model")]))
    for key in keys:
        spellings = [s for s in _word_runs(head) if norm(s) == key and s != s.casefold()]
        if spellings:
            other = [s for s in spellings if s not in (info_name, info_name[: -len("Model")])]
            return (other or spellings)[0]
    return None


def _initials(text: str) -> str:
    """The capitals a long form's abbreviation takes ("Temporal Fusion Transformer" -> TFT)."""
    return "".join(w[0] for w in re.split(r"[\s\-]+", text) if w[:1].isupper())


def initials_join(spelled: list[str], registry: list[str]) -> dict[str, str]:
    """Long forms among `spelled` whose initials are another registry name of the same model
    folder -> that name: {"Temporal Fusion Transformer": "TFT"} for the names of
    pytorch-forecasting's `temporal_fusion_transformer/` ("TemporalFusionTransformer", spelled
    so, and "TFT"); a one-word name has no initials to join."""
    joined: dict[str, str] = {}
    for long_form in spelled:
        if " " not in long_form:
            continue
        letters = _initials(long_form)
        if len(letters) >= 2 and letters in registry and letters != long_form:
            joined[long_form] = letters
    return joined


_DEFINES = re.compile(r"Defines (?:a|an|our \w+ of the) \[([A-Za-z][\w-]*) model\]\(https?://")
_IMPLEMENTS = re.compile(r"This class implements the \[([A-Za-z][\w-]*): [^\]]+\]\(https?://")
_LONG_FORM_ABBR = re.compile(r"((?:[A-Z][a-z]+|&)(?: (?:[A-Z][a-z]+|&)){1,6}) \(([A-Za-z]+)\)")


def _class_key(text: str) -> str:
    return norm(text.replace("&", ""))


def widedeep_model(class_name: str, doc: str) -> tuple[str, list[str]] | None:
    """The model a pytorch-widedeep class's docstring names as the class: ("SAINT", []) from
    "Defines a [SAINT model](https://arxiv.org/abs/2106.01342) that can be used ...";
    ("AutoInt", []) from "... This class implements the [AutoInt: Automatic Feature
    Interaction Learning ...](https://...)"; ("DeepFFM", ["Deep Field Aware Factorization
    Machine"]) from "Deep Field Aware Factorization Machine (DeepFFM) for recommendation
    systems." of `DeepFieldAwareFactorizationMachine`, where the long form spells the class
    name ("&" dropped: "Gated Deep & Cross Network (GDCN)" of `GatedDeepCrossNetwork`).
    "Defines an adaptation of a [Perceiver](...)" of `TabPerceiver` names another model."""
    head = _head(doc)
    key = _class_key(class_name)
    for pattern in (_DEFINES, _IMPLEMENTS):
        found = pattern.search(head)
        if found and norm(found.group(1)) == key:
            return found.group(1), []
    for found in _LONG_FORM_ABBR.finditer(head):
        long_form, abbreviation = found.groups()
        words = long_form.split()
        for start in range(len(words) - 1):
            spelled = " ".join(words[start:])
            if words[start] != "&" and _class_key(spelled) == key:
                return abbreviation, [spelled]
    return None


def _module_file(root: Path, module: str) -> Path | None:
    """The file of a dotted module under the package `root` (its __init__ for a package)."""
    parts = module.split(".")[1:]
    base = root.joinpath(*parts)
    if base.with_suffix(".py").is_file():
        return base.with_suffix(".py")
    if (base / "__init__.py").is_file():
        return base / "__init__.py"
    return None


def _resolve_class(root: Path, module: str, name: str, depth: int = 0) -> Path | None:
    """The module file that defines class `name` imported from `module`, following a
    package's re-exports (`from pytorch_forecasting.models import xLSTMTime`)."""
    path = _module_file(root, module)
    if path is None or depth > 3:
        return None
    tree = ast.parse(path.read_text(encoding="utf-8"))
    if any(isinstance(n, ast.ClassDef) and n.name == name for n in tree.body):
        return path
    for node in ast.walk(tree):
        if (isinstance(node, ast.ImportFrom) and node.module and node.level == 0
                and any(alias.name == name for alias in node.names)):  # fmt: skip
            return _resolve_class(root, node.module, name, depth + 1)
    return None


def _class_doc(path: Path, name: str) -> str:
    return next((doc for node, doc in sources_more.classes(path) if node.name == name), "")


def _registry(path: Path) -> list[tuple[str, str, str]]:
    """(container class, `info:name`, (module, class) `get_cls` imports) of a `_pkg` file."""
    found = []
    for node, _ in sources_more.classes(path):
        info_name, target = None, None
        for item in node.body:
            if isinstance(item, ast.Assign) and getattr(item.targets[0], "id", "") == "_tags":
                try:
                    info_name = ast.literal_eval(item.value).get("info:name")
                except ValueError:
                    info_name = None
            if isinstance(item, ast.FunctionDef) and item.name == "get_cls":
                for sub in ast.walk(item):
                    if isinstance(sub, ast.ImportFrom) and sub.module:
                        target = (sub.module, sub.names[0].name)
        if info_name and target:
            found.append((node.name, info_name, *target))
    return found


def pytorch_forecasting_facts() -> list[Fact]:
    """The models pytorch-forecasting's registry names and their classes' docstrings spell
    (`registry_spelling`), joined by initials within a model folder (`initials_join`):
    model families of kind other, one per name with every container that states it."""
    v, root = sources._package("pytorch-forecasting", "pytorch_forecasting")
    by_folder: dict[Path, list[tuple[str, str | None, str]]] = {}
    for path in sorted((root / "models").rglob("_*_pkg*.py")):
        for container, info_name, module, cls in _registry(path):
            where = f"{v}: {path.relative_to(root).as_posix()} {container} _tags['info:name']"
            defined = _resolve_class(root, module, cls)
            spelled = registry_spelling(info_name, _class_doc(defined, cls)) if defined else None
            if spelled and defined:
                where += f", {defined.relative_to(root).as_posix()} {cls} docstring"
            by_folder.setdefault(path.parent, []).append((info_name, spelled, where))
    by_name: dict[str, Fact] = {}
    for folder in sorted(by_folder):
        rows = by_folder[folder]
        registry = [info_name for info_name, _, _ in rows]
        joined = initials_join([s for _, s, _ in rows if s], registry)
        for info_name, spelled, where in rows:
            if spelled is None and info_name not in joined.values():
                continue
            name = joined.get(spelled or "", spelled or info_name)
            if _denied(name, info_name):
                continue
            aliases = [lf for lf, short in joined.items() if short == name]
            fact = by_name.get(name)
            if fact is None:
                by_name[name] = Fact("model", "family", name, where, aliases=aliases,
                                     match_keys=[info_name], kind="other")  # fmt: skip
                continue
            if where not in fact.source.split("; "):
                fact.source = f"{fact.source}; {where}"
            fact.aliases += [a for a in aliases if a not in fact.aliases]
            if info_name not in fact.match_keys:
                fact.match_keys.append(info_name)
    return [by_name[name] for name in sorted(by_name)]


def widedeep_facts() -> list[Fact]:
    """The models pytorch-widedeep's classes are (`widedeep_model`): model families of kind
    other, the class name a match key."""
    v, root = sources._package("pytorch-widedeep", "pytorch_widedeep")
    facts: list[Fact] = []
    for path in sorted((root / "models").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for node in ast.parse(text).body:
            if not isinstance(node, ast.ClassDef) or node.name.startswith("_"):
                continue
            found = widedeep_model(node.name, ast.get_docstring(node) or "")
            if not found or _denied(found[0], node.name):
                continue
            name, aliases = found
            # The module's own spelling with separators ("FT-Transformer" beside
            # `FTTransformer` in ft_transformer.py) names the entry, as papers write it; the
            # docstring's spelling stays an alias.
            spelled = separated_spellings(text, name)
            if spelled:
                name, aliases = spelled[0], [name, *aliases]
            where = f"{v}: {path.relative_to(root).as_posix()} {node.name} docstring"
            facts.append(Fact("model", "family", name, where,
                              aliases=[a for a in aliases if not _denied(a)],
                              match_keys=[node.name], kind="other"))  # fmt: skip
    return facts
